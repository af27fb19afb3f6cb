package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
)

// tabs draws the header line: the title, one tab per name with the active
// one marked, and right at the right edge of width cells. When they do not
// fit, right is left out and the tabs are cut.
func tabs(s *styles, title string, names []string, active int, right string, width int) string {
	parts := []string{s.title.Render(title)}
	for i, name := range names {
		if i == active {
			parts = append(parts, s.tabOn.Render(name))
		} else {
			parts = append(parts, s.tab.Render(name))
		}
	}
	left := strings.Join(parts, "  ")
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return truncate(left, width)
	}
	return left + strings.Repeat(" ", gap) + right
}
