package tui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// heavyDB returns a database with ten years of heavy use: 40 entries on
// every working day (25 mails, 10 calls, 5 visits), about 100 thousand.
func heavyDB(b *testing.B) *store.DB {
	db := mustOpen(b)
	cal := rhythm.NewCalendar(rhythm.DefaultSettings().History, nil)
	var entries []rhythm.Entry
	for d := testToday - 3652; d < testToday; d++ {
		if !cal.IsWorkingDay(d) {
			continue
		}
		for k, n := range map[rhythm.Kind]int{rhythm.Mail: 25, rhythm.Call: 10, rhythm.Visit: 5} {
			for i := range n {
				entries = append(entries, rhythm.Entry{ID: fmt.Sprintf("%s-%s-%d", d, k, i), Date: d, Kind: k,
					Who: "Acme BV", CreatedAt: d.Time().Add(time.Duration(9*60+i) * time.Minute)})
			}
		}
	}
	if _, _, err := db.Import(b.Context(), entries); err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkKeyPress measures what one key press costs each view at 80×24
// on ten years of heavy use: Update (which only queues the disk work as a
// command) and View. The keys step the shown day back and forth, so every
// frame is computed anew.
func BenchmarkKeyPress(b *testing.B) {
	m := newTestModel(b, heavyDB(b), 80, 24)
	for v := range viewCount {
		b.Run(i18n.Views[v].In(i18n.English), func(b *testing.B) {
			run(b, m, m.setView(v))
			keys := []tea.KeyPressMsg{kp("h"), kp("l")}
			if v == viewLog {
				keys = []tea.KeyPressMsg{kp("j"), kp("k")}
			}
			i := 0
			for b.Loop() {
				m.Update(keys[i%2])
				_ = m.View()
				i++
			}
		})
	}
}

// BenchmarkFirstFrame measures reading the first snapshot and drawing the
// Today view, as Run does before the program starts.
func BenchmarkFirstFrame(b *testing.B) {
	db := heavyDB(b)
	for b.Loop() {
		m := newModel(b.Context(), db, Options{Today: func() rhythm.Date { return testToday }})
		snap, err := load(b.Context(), db, m.loadRequest())
		if err != nil {
			b.Fatal(err)
		}
		m.c.snap = snap
		_ = m.View()
	}
}
