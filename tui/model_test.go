package tui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// screen returns the model's frame without styling.
func screen(m *model) string { return ansi.Strip(m.View().Content) }

// count returns the entries of kind on date in db.
func count(tb testing.TB, db *store.DB, d rhythm.Date, k rhythm.Kind) int {
	tb.Helper()
	l, err := db.Ledger(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return l.Count(d, k)
}

func TestTickKeysLogOnTheDayShown(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	if !strings.Contains(screen(m), "mail  ■■■□□  3/5") {
		t.Fatalf("first frame lacks mail 3/5:\n%s", screen(m))
	}
	press(t, m, keys("m", "m", "c", "v")...)
	for _, c := range []struct {
		kind rhythm.Kind
		want int
	}{{rhythm.Mail, 5}, {rhythm.Call, 3}, {rhythm.Visit, 1}} {
		if got := count(t, db, testToday, c.kind); got != c.want {
			t.Errorf("%s on today = %d, want %d", c.kind, got, c.want)
		}
	}
	v := screen(m)
	for _, want := range []string{"■■■■■  5/5 ✓", "■■ +1  3/2 ✓", "visit ■  1/1 ✓", "day met ✓", "logged visit"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	if !m.c.snap.tracker.Status(testToday).DayMet {
		t.Error("today not met after m m c v")
	}
}

func TestUndoRemovesTheLastEntryOfTheDayShown(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	press(t, m, kp("v"), kp("u"))
	if got := count(t, db, testToday, rhythm.Visit); got != 0 {
		t.Errorf("visits after v u = %d, want 0", got)
	}
	if got := count(t, db, testToday, rhythm.Mail); got != 3 {
		t.Errorf("mails after v u = %d, want 3 (undo must take only the visit)", got)
	}
	if !strings.Contains(screen(m), "undid visit") {
		t.Errorf("status does not say what was undone:\n%s", screen(m))
	}
}

func TestUndoOnAnEmptyDaySaysSoAndWritesNothing(t *testing.T) {
	db := mustOpen(t)
	m := newTestModel(t, db, 80, 24)
	press(t, m, kp("u"))
	if !strings.Contains(screen(m), "nothing to undo on Fri 27 Nov") {
		t.Errorf("no notice:\n%s", screen(m))
	}
	if n, _ := db.EntryCount(context.Background()); n != 0 {
		t.Errorf("entries = %d, want 0", n)
	}
}

func TestDayNavigationNeverPassesToday(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	cases := []struct {
		key  string
		want rhythm.Date
	}{
		{"right", testToday}, // already today: stays
		{"left", testToday - 1},
		{"h", testToday - 2},
		{"l", testToday - 1},
		{"right", testToday},
		{"l", testToday},
		{"h", testToday - 1},
		{"t", testToday},
	}
	for i, c := range cases {
		press(t, m, kp(c.key))
		if m.c.day != c.want {
			t.Fatalf("step %d (%s): day = %s, want %s", i, c.key, m.c.day, c.want)
		}
	}
	press(t, m, kp("l"))
	if !strings.Contains(screen(m), "never logs ahead") {
		t.Errorf("→ on today does not explain:\n%s", screen(m))
	}
}

func TestTickOnAPreviousDay(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	yesterday := testToday - 1
	before := count(t, db, yesterday, rhythm.Call)
	press(t, m, kp("left"), kp("c"))
	if got := count(t, db, yesterday, rhythm.Call); got != before+1 {
		t.Errorf("calls yesterday = %d, want %d", got, before+1)
	}
	v := screen(m)
	if !strings.Contains(v, "Thu 26 Nov") || !strings.Contains(v, "viewing Thu 26 Nov") {
		t.Errorf("view does not show yesterday:\n%s", v)
	}
}

func TestTabCyclesTheViews(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	want := []string{"Week 48", "November 2026", "legend", "newest first", "Who next", "Review · Week 47", "Streak"}
	for i, w := range want {
		press(t, m, kp("tab"))
		if !strings.Contains(screen(m), w) {
			t.Fatalf("after %d tabs the view lacks %q:\n%s", i+1, w, screen(m))
		}
	}
	press(t, m, kp("shift+tab"))
	if !strings.Contains(screen(m), "Review · Week 47") {
		t.Errorf("shift+tab from Today does not reach the Review:\n%s", screen(m))
	}
}

func TestPeriodKeysStepWeeksMonthsAndYears(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	press(t, m, kp("tab"), kp("["))
	if m.c.day != testToday-7 || !strings.Contains(screen(m), "Week 47") {
		t.Errorf("[ in Week: day %s, want %s:\n%s", m.c.day, testToday-7, screen(m))
	}
	press(t, m, kp("]"), kp("]"))
	if m.c.day != testToday {
		t.Errorf("] past today: day %s, want today", m.c.day)
	}
	press(t, m, kp("tab"), kp("["))
	if !strings.Contains(screen(m), "October 2026") {
		t.Errorf("[ in Month does not show October:\n%s", screen(m))
	}
	press(t, m, kp("tab"), kp("["))
	if !strings.Contains(screen(m), "2025") {
		t.Errorf("[ in Year does not show 2025:\n%s", screen(m))
	}
}

func TestHelpShowsTheKeysOfTheViewAndCloses(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	cases := []struct {
		tabs          int
		want, notWant []string
	}{
		{0, []string{"Keys", "tick mail", "previous day", "undo", "quit"}, []string{"filter kind", "previous week"}},
		{1, []string{"previous week/month/year", "next week/month/year"}, []string{"filter kind"}},
		{4, []string{"filter kind", "edit who & note", "delete"}, []string{"previous week"}},
	}
	for _, c := range cases {
		run(t, m, m.setView(viewID(c.tabs)))
		press(t, m, kp("?"))
		v := screen(m)
		for _, w := range c.want {
			if !strings.Contains(v, w) {
				t.Errorf("%s help lacks %q:\n%s", i18n.Views[c.tabs].In(i18n.English), w, v)
			}
		}
		for _, w := range c.notWant {
			if strings.Contains(v, w) {
				t.Errorf("%s help shows %q, which does not work there", i18n.Views[c.tabs].In(i18n.English), w)
			}
		}
		press(t, m, kp("x"))
		if strings.Contains(screen(m), "any key closes") {
			t.Error("a key did not close the help")
		}
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newTestModel(t, mustOpen(t), 80, 24)
		_, cmd := m.Update(kp(k))
		if cmd == nil {
			t.Fatalf("%s returns no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok || m.mode != modeQuitting {
			t.Errorf("%s does not quit", k)
		}
	}
}

func TestAddFormLogsWithWhoAndNote(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	press(t, m, kp("a"))
	if !strings.Contains(screen(m), "Add a contact on Fri 27 Nov 2026") {
		t.Fatalf("no form:\n%s", screen(m))
	}
	// Kind: move down to call; then who and note.
	press(t, m, kp("down"), kp("enter"))
	press(t, m, keys(strings.Split("Acme BV", "")...)...)
	press(t, m, kp("enter"))
	press(t, m, keys(strings.Split("demo booked", "")...)...)
	press(t, m, kp("enter"))
	if m.form != nil {
		t.Fatalf("form still open:\n%s", screen(m))
	}
	entries, err := db.Entries(context.Background(), store.EntryQuery{From: testToday, To: testToday, Kind: rhythm.Call, NewestFirst: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 || entries[0].Who != "Acme BV" || entries[0].Note != "demo booked" {
		t.Fatalf("calls today = %+v, want 3 with the newest for Acme BV, demo booked", entries)
	}
}

func TestAddFormEscWritesNothing(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	before, _ := db.EntryCount(context.Background())
	press(t, m, kp("a"), kp("enter"))
	press(t, m, keys("A", "c", "m", "e")...)
	press(t, m, kp("esc"))
	if m.form != nil {
		t.Fatal("esc did not close the form")
	}
	if after, _ := db.EntryCount(context.Background()); after != before {
		t.Errorf("entries %d → %d after esc, want unchanged", before, after)
	}
	if !strings.Contains(screen(m), "cancelled: nothing written") {
		t.Errorf("no notice:\n%s", screen(m))
	}
	// The keys typed into the form must not have ticked anything.
	if got := count(t, db, testToday, rhythm.Mail); got != 3 {
		t.Errorf("mails = %d, want 3", got)
	}
}

func TestLogViewEditDeleteAndFilter(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	run(t, m, m.setView(viewLog))
	newest := m.c.snap.log[0]
	// Edit who of the newest entry.
	press(t, m, kp("e"))
	if m.form == nil {
		t.Fatalf("e opened no form:\n%s", screen(m))
	}
	for range len([]rune(newest.Who)) {
		press(t, m, tea_backspace())
	}
	press(t, m, keys(strings.Split("Zuidas", "")...)...)
	press(t, m, kp("enter"), kp("enter"))
	got, err := db.Entry(context.Background(), newest.ID)
	if err != nil || got.Who != "Zuidas" {
		t.Fatalf("after edit: %+v, %v; want who Zuidas", got, err)
	}
	// Delete the second entry: ask, refuse, ask, confirm.
	press(t, m, kp("down"), kp("d"))
	second := m.c.snap.log[1]
	if !strings.Contains(screen(m), "? y/n") {
		t.Fatalf("no question:\n%s", screen(m))
	}
	press(t, m, kp("n"))
	if _, err := db.Entry(context.Background(), second.ID); err != nil {
		t.Fatalf("n deleted the entry: %v", err)
	}
	press(t, m, kp("d"), kp("y"))
	if _, err := db.Entry(context.Background(), second.ID); err == nil {
		t.Fatal("y did not delete the entry")
	}
	// Filter: mail only, then call only.
	press(t, m, kp("f"))
	for _, e := range m.c.snap.log {
		if e.Kind != rhythm.Mail {
			t.Fatalf("filter mail shows %s", e.Kind)
		}
	}
	if !strings.Contains(screen(m), "mail only") {
		t.Errorf("filter not shown:\n%s", screen(m))
	}
	press(t, m, kp("f"))
	if logOf(m).kind != rhythm.Call {
		t.Errorf("second f: filter %q, want call", logOf(m).kind)
	}
}

func TestLogViewScrollsAndLoadsMore(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	logOf(m).limit = 20 // a small page, to see the next one load
	run(t, m, m.setView(viewLog))
	press(t, m, kp("t"))
	press(t, m, kp("f"), kp("f"), kp("f"), kp("f")) // back to all kinds, limit reset
	logOf(m).limit = 20
	press(t, m, kp("t"))
	for range 30 {
		press(t, m, kp("j"))
	}
	if logOf(m).cursor < 20 || len(m.c.snap.log) <= 20 {
		t.Errorf("cursor %d over %d entries: the next page did not load", logOf(m).cursor, len(m.c.snap.log))
	}
	press(t, m, kp("k"))
	if logOf(m).cursor < 19 {
		t.Errorf("k moved the cursor to %d", logOf(m).cursor)
	}
}

func TestOtherProcessesChangesAppear(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	other, err := store.Open(context.Background(), db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Log(context.Background(), testToday, rhythm.Visit, 1, "Elsewhere BV", ""); err != nil {
		t.Fatal(err)
	}
	run(t, m, m.poll())
	if !strings.Contains(screen(m), "Elsewhere BV") {
		t.Errorf("the poll did not bring in the other process's visit:\n%s", screen(m))
	}
}

func TestUserTextCannotDriveTheTerminal(t *testing.T) {
	db := mustOpen(t)
	evil := "Evil\x1b]0;pwned\x07 BV\x1b[2J\r\n\x9b31m"
	if _, err := db.Log(context.Background(), testToday, rhythm.Mail, 1, evil, "note\x1b[5m"); err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, db, 80, 24)
	for v := range viewCount {
		run(t, m, m.setView(v))
		raw := m.View().Content
		for _, bad := range []string{"\x1b]0;pwned", "\x1b[2J", "\x07", "\x9b", "\x1b[5m", "\r"} {
			if strings.Contains(raw, bad) {
				t.Errorf("%s view passes %q through", i18n.Views[v].In(i18n.English), bad)
			}
		}
	}
	m.setView(viewToday)
	if !strings.Contains(screen(m), "Evil BV") {
		t.Errorf("sanitised name missing:\n%s", screen(m))
	}
}

func TestAFailedWriteShowsInTheStatusLine(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	db.Close()
	press(t, m, kp("m"))
	if !strings.Contains(screen(m), "could not log") {
		t.Errorf("no error in the status line:\n%s", screen(m))
	}
}

func TestLogViewOutcomeKeyCyclesTheOutcome(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	run(t, m, m.setView(viewLog))
	e := m.c.snap.log[0]
	// Won comes last: stepping to lost never passes won, which makes the
	// account a customer for good.
	want := []rhythm.Outcome{rhythm.Meeting, rhythm.Proposal, rhythm.Lost, rhythm.Won, rhythm.NoOutcome, rhythm.Reply}
	if e.Outcome != rhythm.Reply {
		t.Fatalf("seeded newest entry has outcome %q, want reply", e.Outcome)
	}
	for _, w := range want {
		press(t, m, kp("o"))
		got, err := db.Entry(context.Background(), e.ID)
		if err != nil || got.Outcome != w {
			t.Fatalf("after o: outcome %q, %v; want %q", got.Outcome, err, w)
		}
	}
	if !strings.Contains(screen(m), "outcome: reply") {
		t.Errorf("no notice of the outcome:\n%s", screen(m))
	}
}

func TestAccountsViewSortsAndSetsTheStage(t *testing.T) {
	db := seededDB(t)
	if _, err := db.Log(context.Background(), testToday, rhythm.Mail, 1, "Zeeland Zuivel", ""); err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, db, 80, 24)
	run(t, m, m.setView(viewAccounts))
	v := screen(m)
	for _, want := range []string{"Accounts", "by last touch", "Acme BV", "prospect", "Delta ICT", "customer", "Zeeland Zuivel", "warming", "Who next"} {
		if !strings.Contains(v, want) {
			t.Errorf("Accounts view lacks %q:\n%s", want, v)
		}
	}
	press(t, m, kp("s"))
	if accountsOf(m).order != rhythm.ByTouches || !strings.Contains(screen(m), "by touches") {
		t.Errorf("s: order %q", accountsOf(m).order)
	}
	press(t, m, kp("s"))
	if accountsOf(m).order != rhythm.ByName {
		t.Errorf("s s: order %q, want name", accountsOf(m).order)
	}
	// By name, the first is Acme BV (a prospect): p makes it a customer.
	press(t, m, kp("p"))
	accounts, err := db.Accounts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range accounts {
		if a.Key == "acme bv" && a.Stage != rhythm.Customer {
			t.Errorf("Acme BV is a %s after p, want customer", a.Stage)
		}
	}
	press(t, m, kp("j"), kp("j"))
	if accountsOf(m).cursor != 2 {
		t.Errorf("cursor %d after j j, want 2", accountsOf(m).cursor)
	}
	press(t, m, kp("k"))
	if accountsOf(m).cursor != 1 {
		t.Errorf("cursor %d after k, want 1", accountsOf(m).cursor)
	}
}

func TestQuitWaitsForQueuedTicks(t *testing.T) {
	for _, quitKey := range []string{"q", "ctrl+c"} {
		db := seededDB(t)
		m := newTestModel(t, db, 80, 24)
		// Three ticks whose writes have not run yet, then quit at once.
		var pending []tea.Cmd
		for _, k := range []string{"m", "m", "v"} {
			_, cmd := m.Update(kp(k))
			if cmd != nil {
				pending = append(pending, cmd)
			}
		}
		_, cmd := m.Update(kp(quitKey))
		if cmd != nil {
			if _, quits := cmd().(tea.QuitMsg); quits {
				t.Fatalf("%s quit with writes still queued", quitKey)
			}
		}
		if !strings.Contains(screen(m), "saving, then quitting") {
			t.Errorf("%s: no notice while saving:\n%s", quitKey, screen(m))
		}
		// Keys pressed while the writes finish do nothing.
		press(t, m, kp("m"))
		// The writes run one after the other; the last one quits.
		quit := false
		for _, c := range pending {
			quit = drive(m, c) || quit
		}
		if !quit || m.mode != modeQuitting {
			t.Errorf("%s: did not quit after the writes", quitKey)
		}
		if got := count(t, db, testToday, rhythm.Mail); got != 5 {
			t.Errorf("%s: mails today = %d, want 5 (3 seeded + 2 ticked)", quitKey, got)
		}
		if got := count(t, db, testToday, rhythm.Visit); got != 1 {
			t.Errorf("%s: visits today = %d, want 1", quitKey, got)
		}
	}
}

// drive runs c and the commands its messages lead to, one message at a
// time and the commands of a batch in order, and reports whether one of
// them quit.
func drive(m *model, c tea.Cmd) bool {
	for c != nil {
		switch msg := c().(type) {
		case tea.QuitMsg:
			return true
		case tea.BatchMsg:
			quit := false
			for _, b := range msg {
				quit = drive(m, b) || quit
			}
			return quit
		default:
			_, c = m.Update(msg)
		}
	}
	return false
}

func TestCtrlCInTheFormQuitsAndWritesNothing(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	before, _ := db.EntryCount(context.Background())
	press(t, m, kp("a"), kp("enter"))
	press(t, m, keys("q", "x")...) // q is a letter in the form
	if m.mode == modeQuitting || m.form == nil {
		t.Fatal("q in the form quit or closed it")
	}
	_, cmd := m.Update(kp("ctrl+c"))
	if cmd == nil {
		t.Fatal("ctrl+c in the form did nothing")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c in the form did not quit")
	}
	if after, _ := db.EntryCount(context.Background()); after != before {
		t.Errorf("entries %d → %d", before, after)
	}
}

func TestDeleteQuestionTakesOnlyY(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	run(t, m, m.setView(viewLog))
	e := m.c.snap.log[0]
	press(t, m, kp("d"), kp("j"))
	if _, err := db.Entry(context.Background(), e.ID); err != nil {
		t.Fatalf("j answered the delete question: %v", err)
	}
	_, cmd := m.Update(kp("d"))
	run(t, m, cmd)
	_, cmd = m.Update(kp("q"))
	if cmd == nil {
		t.Fatal("q at the question did nothing")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("q at the question did not quit")
	}
	if _, err := db.Entry(context.Background(), e.ID); err != nil {
		t.Errorf("quitting at the question deleted the entry: %v", err)
	}
}

func TestMonthStepsKeepTheDayOfTheMonth(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	run(t, m, m.setView(viewMonth))
	run(t, m, m.moveDay(rhythm.NewDate(2026, 3, 31)))
	for _, want := range []rhythm.Date{rhythm.NewDate(2026, 2, 28), rhythm.NewDate(2026, 1, 31), rhythm.NewDate(2025, 12, 31)} {
		press(t, m, kp("["))
		if m.c.day != want {
			t.Fatalf("[ → %s, want %s", m.c.day, want)
		}
	}
	press(t, m, kp("]"), kp("]"), kp("]"))
	if want := rhythm.NewDate(2026, 3, 31); m.c.day != want {
		t.Errorf("] ] ] → %s, want %s", m.c.day, want)
	}
	// Moving by day forgets the kept day.
	press(t, m, kp("h"), kp("["))
	if want := rhythm.NewDate(2026, 2, 28); m.c.day != want {
		t.Errorf("h [ → %s, want %s", m.c.day, want)
	}
}
