package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ritme/i18n"
)

// TestDutchViewsGolden renders every view in Dutch at 80×24 and compares it
// with testdata/TestDutchViewsGolden/<view>.golden.
func TestDutchViewsGolden(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	m.c.lang = i18n.Dutch
	m.c.keys = defaultKeyMap(i18n.Dutch)
	for v := range viewCount {
		t.Run(i18n.Views[v].In(i18n.English), func(t *testing.T) {
			run(t, m, m.setView(v))
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
		})
	}
	for _, want := range []string{"Vandaag", "Logboek"} {
		if !strings.Contains(screen(m), want) {
			t.Errorf("Dutch tabs lack %q", want)
		}
	}
}
