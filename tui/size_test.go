package tui

import (
	"context"
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

// TestCutViewsSaySo renders every view at a sweep of sizes and checks that
// a view taller than its area never loses lines silently: the frame then
// says what it left out ("↓ N more"), or the view itself does ("short:",
// "narrow:").
func TestCutViewsSaySo(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	for v := range viewCount {
		run(t, m, m.setView(v))
		for w := 30; w <= 130; w += 10 {
			m.Update(tea.WindowSizeMsg{Width: w, Height: 200})
			full := strings.Count(strings.TrimRight(m.views[v].View(), "\n"), "\n") + 1
			for h := 10; h <= 30; h++ {
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				if full <= m.area.height {
					continue
				}
				frame := screen(m)
				if !strings.Contains(frame, "more") && !strings.Contains(frame, "short:") && !strings.Contains(frame, "narrow:") {
					t.Fatalf("%s at %d×%d is %d lines tall in %d, and does not say what it left out:\n%s",
						i18n.Views[v].In(i18n.English), w, h, full, m.area.height, frame)
				}
			}
		}
	}
}

// TestSmallTerminalsKeepWhatMattersMost checks the sizes that once cut
// parts silently: Today at 40×12 and 80×12 (calls and visits were hidden),
// the Month at 60×20 (Sunday and the totals were lost).
func TestSmallTerminalsKeepWhatMattersMost(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	cases := []struct {
		view          viewID
		width, height int
		want          []string
	}{
		{viewToday, 40, 12, []string{"mail  ■■■□□  3/5", "call  ■■  2/2 ✓", "visit □  0/1", "short: who and when hidden", "narrow: figures hidden"}},
		{viewToday, 80, 12, []string{"mail  ■■■□□  3/5", "visit □  0/1", "Streak", "↓ 5 more"}},
		{viewToday, 60, 40, []string{"09:55 Bakker Bouw", "Year to date"}},
		{viewToday, 60, 30, []string{"09:55 Bakker Bouw", "narrow: figures hidden"}},
		{viewMonth, 60, 20, []string{"Sun", " 29", "done", "expected", "pace", "17 of 20 working days met", "short: counts hidden"}},
		{viewMonth, 45, 24, []string{"Sun", " 29", "narrow: counts hidden", "pace"}},
		{viewYear, 45, 24, []string{"narrow: weeks 15–53 shown", "█", "visit 18/37"}},
	}
	for _, c := range cases {
		run(t, m, m.setView(c.view))
		m.Update(tea.WindowSizeMsg{Width: c.width, Height: c.height})
		got := screen(m)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s at %d×%d lacks %q:\n%s", i18n.Views[c.view].In(i18n.English), c.width, c.height, w, got)
			}
		}
	}
}

// TestLongKindNames: a kind named longer than six letters keeps the Log's
// columns in line and the Year's summary whole.
func TestLongKindNames(t *testing.T) {
	db := seededDB(t)
	ctx := context.Background()
	if _, err := db.Log(ctx, testToday, "linkedin-inmail", 2, "Zuidas Foods", ""); err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, db, 80, 24)
	run(t, m, m.setView(viewLog))
	// The who column begins at the same place on every line.
	col := -1
	for _, line := range strings.Split(screen(m), "\n") {
		for _, who := range []string{"Zuidas Foods", "Delta ICT", "Acme BV"} {
			i := strings.Index(line, who)
			if i < 0 {
				continue
			}
			at := len([]rune(line[:i]))
			if col == -1 {
				col = at
			} else if at != col {
				t.Errorf("the who column moves from %d to %d:\n%s", col, at, screen(m))
			}
		}
	}
	if !strings.Contains(screen(m), "linkedin-in… Zuidas Foods") {
		t.Errorf("the Log does not show the long kind:\n%s", screen(m))
	}
	run(t, m, m.setView(viewYear))
	if got := screen(m); !strings.Contains(got, "linkedin-inmail 2/0") || !strings.Contains(got, "visit 18/37") {
		t.Errorf("the Year's summary is cut:\n%s", got)
	}
}
