package tui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/rhythm"
	"ritme/store"
)

// testToday is the fixed today of every TUI test: a Friday.
var testToday = rhythm.NewDate(2026, time.November, 27)

func TestMain(m *testing.M) {
	// Entry times are shown in local time; fix the zone so that golden
	// files do not depend on the machine.
	time.Local = time.UTC
	os.Exit(m.Run())
}

// mustOpen opens a new database in a temporary folder.
func mustOpen(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "ritme.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	// New entries are stamped at a fixed time after every seeded one.
	db.Now = func() time.Time { return time.Date(2026, time.November, 27, 16, 30, 0, 0, time.UTC) }
	return db
}

// seededDB returns a database with three weeks of history before testToday,
// with fixed ids and times so that views render the same every run: every
// working day met except Wed 18 Nov (one call short) and Mon 23 Nov (no
// visit), a surplus mail on Thu 26 Nov, and today 3 mails and 2 calls; one
// entry in eleven has a reply and one a meeting; Acme BV is a prospect and
// Delta ICT a customer; Hoek Metaal, a suspect never touched, has a mail
// follow-up overdue since Wed 25 Nov, and Noord Data, a prospect, a visit
// due today.
func seededDB(tb testing.TB) *store.DB {
	tb.Helper()
	db := mustOpen(tb)
	var entries []rhythm.Entry
	n := 0
	add := func(d rhythm.Date, k rhythm.Kind, count int) {
		y, m, dd := d.Civil()
		for i := range count {
			n++
			who := []string{"Acme BV", "Van Dijk Logistiek", "Bakker Bouw", "Jansen Foods", "Delta ICT"}[n%5]
			entries = append(entries, rhythm.Entry{
				ID:   fmt.Sprintf("%08x-0000-4000-8000-%012d", n*2654435761%(1<<32), n),
				Date: d, Kind: k, Who: who, Note: map[bool]string{true: "follow-up"}[n%4 == 0],
				Outcome:   map[int]rhythm.Outcome{0: rhythm.Reply, 5: rhythm.Meeting}[n%11],
				CreatedAt: time.Date(y, m, dd, 9, 0, 0, 0, time.UTC).Add(time.Duration(n%97+i*37) * time.Minute),
			})
		}
	}
	cal := rhythm.NewCalendar(rhythm.DefaultSettings().History, nil)
	for d := testToday - 25; d < testToday; d++ {
		if !cal.IsWorkingDay(d) {
			continue
		}
		calls, visits, mails := 2, 1, 5
		switch d {
		case rhythm.NewDate(2026, 11, 18):
			calls = 1
		case rhythm.NewDate(2026, 11, 23):
			visits = 0
		case rhythm.NewDate(2026, 11, 26):
			mails = 6
		}
		add(d, rhythm.Mail, mails)
		add(d, rhythm.Call, calls)
		add(d, rhythm.Visit, visits)
	}
	add(testToday, rhythm.Mail, 3)
	add(testToday, rhythm.Call, 2)
	stages := []rhythm.AccountStage{{Name: "Acme BV", Stage: rhythm.Prospect}, {Name: "Delta ICT", Stage: rhythm.Customer},
		{Name: "Hoek Metaal", Stage: rhythm.Suspect}, {Name: "Noord Data", Stage: rhythm.Prospect}}
	if _, _, err := db.Import(context.Background(), entries, stages...); err != nil {
		tb.Fatal(err)
	}
	followUps := []rhythm.FollowUp{
		{Name: "Hoek Metaal", Kind: rhythm.Mail, Due: testToday - 2, Note: "send the offer", MadeOn: testToday - 7,
			MadeAt: time.Date(2026, 11, 20, 15, 0, 0, 0, time.UTC), State: rhythm.FollowUpOpen},
		{Name: "Noord Data", Kind: rhythm.Visit, Due: testToday, MadeOn: testToday - 3,
			MadeAt: time.Date(2026, 11, 24, 15, 0, 0, 0, time.UTC), State: rhythm.FollowUpOpen},
	}
	if _, _, err := db.ImportFollowUps(context.Background(), followUps); err != nil {
		tb.Fatal(err)
	}
	return db
}

// newTestModel returns a model on testToday without polling, with its first
// snapshot loaded.
func newTestModel(tb testing.TB, st Store, width, height int) *model {
	tb.Helper()
	m := newModel(context.Background(), st, Options{Today: func() rhythm.Date { return testToday }})
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	run(tb, m, m.enqueue(op{kind: opReload}))
	if !m.c.ready() {
		tb.Fatalf("no snapshot after the first load: status %q", m.status)
	}
	return m
}

// press sends key presses to m and runs the commands they return, as the
// Bubble Tea runtime would, but synchronously.
func press(tb testing.TB, m *model, keys ...tea.KeyPressMsg) {
	tb.Helper()
	for _, k := range keys {
		_, cmd := m.Update(k)
		run(tb, m, cmd)
	}
}

// run executes cmd and feeds its messages back into m until nothing is
// left, as the Bubble Tea runtime would, but synchronously. Cursor blink
// timers are dropped: they would tick forever.
func run(tb testing.TB, m *model, cmd tea.Cmd) {
	tb.Helper()
	for depth := 0; cmd != nil; depth++ {
		if depth > 100 {
			tb.Fatal("command chain does not end")
		}
		if name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(); strings.Contains(name, "/cursor.") {
			return
		}
		msg := cmd()
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(cmd) {
			// tea.BatchMsg and tea's sequence message: run each in order.
			for i := range v.Len() {
				run(tb, m, v.Index(i).Interface().(tea.Cmd))
			}
			return
		}
		switch msg.(type) {
		case nil, tea.QuitMsg:
			return
		}
		_, cmd = m.Update(msg)
	}
}

// kp returns the key press of a printable key or a named key.
func kp(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// keys turns "m m c" into key presses.
func keys(s ...string) []tea.KeyPressMsg {
	out := make([]tea.KeyPressMsg, len(s))
	for i, k := range s {
		out[i] = kp(k)
	}
	return out
}

// tea_backspace returns a backspace key press.
func tea_backspace() tea.KeyPressMsg { return tea.KeyPressMsg{Code: tea.KeyBackspace} }

// logOf returns m's Log view.
func logOf(m *model) *logView { return m.views[viewLog].(*logView) }

// accountsOf returns m's Accounts view.
func accountsOf(m *model) *accountsView { return m.views[viewAccounts].(*accountsView) }
