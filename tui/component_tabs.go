package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// tabs draws the header line: the title, one tab per name with the active
// one marked, and at the right edge of width cells the first of rights
// that fits. When nothing fits with two spaces between the tabs, one is
// tried; when still nothing fits, the rights are left out, and the tabs
// are one space apart where that fits, else cut.
func tabs(s *styles, title string, names []string, active int, width int, rights ...string) string {
	parts := []string{s.title.Render(title)}
	for i, name := range names {
		if i == active {
			parts = append(parts, s.tabOn.Render(name))
		} else {
			parts = append(parts, s.tab.Render(name))
		}
	}
	left := strings.Join(parts, "  ")
	for _, sep := range []string{"  ", " "} {
		left = strings.Join(parts, sep)
		for _, right := range rights {
			if gap := width - lipgloss.Width(left) - lipgloss.Width(right); gap >= 1 {
				return left + strings.Repeat(" ", gap) + right
			}
		}
	}
	if left = strings.Join(parts, " "); lipgloss.Width(left) <= width {
		return left
	}
	return truncate(strings.Join(parts, "  "), width)
}
