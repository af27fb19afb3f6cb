package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ritme/i18n"
)

// TestEverySizeRendersWithinBounds renders every view, the help and the
// form at sizes from 1×1 to 300×100. No size may panic, and no frame may be
// wider or taller than the terminal.
func TestEverySizeRendersWithinBounds(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	var sizes [][2]int
	step := 1
	if testing.Short() {
		step = 7 // a coarser grid, for the run under the race detector
	}
	for w := 1; w <= 300; w += step {
		for _, h := range []int{1, 2, 3, 5, 9, 10, 11, 17, 24, 40, 100} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for h := 1; h <= 100; h += step {
		for _, w := range []int{1, 2, 5, 29, 30, 31, 45, 60, 75, 76, 79, 80, 81, 120, 200, 300} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	screens := []struct {
		name  string
		setup func()
	}{}
	for v := range viewCount {
		screens = append(screens, struct {
			name  string
			setup func()
		}{i18n.Views[v].In(i18n.English), func() { m.mode, m.form = modeBrowse, nil; run(t, m, m.setView(v)) }})
	}
	screens = append(screens,
		struct {
			name  string
			setup func()
		}{"help", func() { m.setView(viewToday); m.mode = modeHelp }},
		struct {
			name  string
			setup func()
		}{"form", func() {
			m.mode = modeForm
			m.form = newAddForm(i18n.English, m.c.snap.settings.Kinds(), m.c.accountNames(), m.c.day, true, m.width)
			m.form.Init()
		}},
	)
	for _, sc := range screens {
		sc.setup()
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s at %d×%d panics: %v", sc.name, w, h, r)
					}
				}()
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				frame := m.View().Content
				if got := lipgloss.Height(frame); got > h {
					t.Fatalf("%s at %d×%d is %d lines tall", sc.name, w, h, got)
				}
				for i, line := range strings.Split(frame, "\n") {
					if got := lipgloss.Width(line); got > w {
						t.Fatalf("%s at %d×%d: line %d is %d cells wide: %q", sc.name, w, h, i, got, line)
					}
				}
			}()
		}
	}
}

// TestSmallTerminalSaysSo checks the notice below the minimum size.
func TestSmallTerminalSaysSo(t *testing.T) {
	m := newTestModel(t, seededDB(t), 20, 6)
	if got := screen(m); !strings.Contains(got, "terminal too small") {
		t.Errorf("20×6 shows:\n%s", got)
	}
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 16})
	if got := screen(m); strings.Contains(got, "too small") || !strings.Contains(got, "mail") {
		t.Errorf("60×16 shows:\n%s", got)
	}
}
