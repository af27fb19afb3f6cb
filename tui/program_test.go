package tui

import (
	"bytes"
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// startProgram runs the whole TUI on a seeded database at 80×24 and waits
// for the first complete frame.
func startProgram(t *testing.T) *teatest.TestModel {
	t.Helper()
	m := newModel(context.Background(), seededDB(t), Options{Today: func() rhythm.Date { return testToday }, Poll: time.Hour})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Year to date"))
	}, teatest.WithDuration(5*time.Second))
	return tm
}

// finalScreen quits the program and returns its last frame, unstyled.
func finalScreen(t *testing.T, tm *teatest.TestModel) []byte {
	t.Helper()
	// Render the frame before quitting: the quitting frame is empty.
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	fm.mode = modeBrowse
	return []byte(ansi.Strip(fm.View().Content))
}

// TestViewsGolden renders every view at 80×24 on the seeded database with a
// fixed today and compares it with testdata/TestViewsGolden/<view>.golden.
// Regenerate with: go test ./tui -run TestViewsGolden -update
func TestViewsGolden(t *testing.T) {
	// Text that only the complete view shows, to wait for before quitting:
	// the Log reads its entries when it first opens.
	complete := [viewCount]string{"Year to date", "1× reply · 1× meeting", "◆", "legend", "2d5f347a", "Who next", "best week streak"}
	for v := range viewCount {
		t.Run(i18n.Views[v].In(i18n.English), func(t *testing.T) {
			tm := startProgram(t)
			for range v {
				tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
			}
			if v > 0 {
				teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
					return bytes.Contains(b, []byte(complete[v]))
				}, teatest.WithDuration(5*time.Second))
			}
			golden.RequireEqual(t, finalScreen(t, tm))
		})
	}
}

// TestTickThroughTheProgram ticks m m v c in the running program and checks
// the frame shows the day met.
func TestTickThroughTheProgram(t *testing.T) {
	tm := startProgram(t)
	for _, r := range "mmvc" {
		tm.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("day met"))
	}, teatest.WithDuration(5*time.Second))
	golden.RequireEqual(t, finalScreen(t, tm))
}
