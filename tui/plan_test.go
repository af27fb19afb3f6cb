package tui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/rhythm"
	"ritme/store"
)

// todayOf returns m's Today view.
func todayOf(m *model) *todayView { return m.views[viewToday].(*todayView) }

// entriesOf returns the entries of db dated d.
func entriesOf(tb testing.TB, db *store.DB, d rhythm.Date) []rhythm.Entry {
	tb.Helper()
	es, err := db.Entries(context.Background(), store.EntryQuery{From: d, To: d})
	if err != nil {
		tb.Fatal(err)
	}
	return es
}

// TestPlanLoadsAfterTheFirstFrame: the first snapshot, read before the
// program starts, leaves the plan out; Init reads it.
func TestPlanLoadsAfterTheFirstFrame(t *testing.T) {
	db := seededDB(t)
	m := newModel(context.Background(), db, Options{Today: func() rhythm.Date { return testToday }, Poll: time.Millisecond})
	snap, err := load(context.Background(), db, m.loadRequest())
	if err != nil {
		t.Fatal(err)
	}
	if snap.plan != nil {
		t.Fatal("the first snapshot read the plan")
	}
	m.c.snap = snap
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	first := screen(m)
	if !strings.Contains(first, "Year to date") || strings.Contains(first, "Hoek Metaal") {
		t.Errorf("first frame:\n%s", first)
	}
	// Run the load Init starts, not its poll, which ticks forever.
	batch, ok := m.Init()().(tea.BatchMsg)
	if !ok {
		t.Fatal("Init returned no batch")
	}
	for _, c := range batch {
		if msg, ok := c().(opDoneMsg); ok {
			_, cmd := m.Update(msg)
			run(t, m, cmd)
		}
	}
	if v := screen(m); !strings.Contains(v, "› □ Hoek Metaal overdue 25 Nov") || !strings.Contains(v, "□ Noord Data due today") {
		t.Errorf("the plan after Init:\n%s", v)
	}
}

// TestEnterTicksThePlanItem selects items with ↓ and ticks them with
// enter: an entry of the item's kind for its account on the day shown; the
// plan stays put, the item marked done.
func TestEnterTicksThePlanItem(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	before := m.c.plan()
	press(t, m, kp("enter"))
	press(t, m, keys("j", "j", "j", "j", "j")...) // the last item: Noord Data's visit
	press(t, m, kp("enter"))
	var got []string
	for _, e := range entriesOf(t, db, testToday) {
		if e.Who == "Hoek Metaal" || e.Who == "Noord Data" {
			got = append(got, string(e.Kind)+" "+e.Who)
		}
	}
	if want := []string{"mail Hoek Metaal", "visit Noord Data"}; !slices.Equal(got, want) {
		t.Errorf("entries after enter: %q, want %q", got, want)
	}
	after := m.c.plan()
	for i, k := range after.Kinds {
		for j, it := range k.Items {
			if it.Key != before.Kinds[i].Items[j].Key {
				t.Fatalf("the plan moved: %v → %v", before.Kinds, after.Kinds)
			}
		}
	}
	if !after.Kinds[0].Items[0].Done || !after.Kinds[2].Items[0].Done {
		t.Errorf("ticked items not done: %+v", after.Kinds)
	}
	v := screen(m)
	for _, want := range []string{"■ 16:30 Hoek Metaal overdue 25", "› ■ 16:30 Noord Data due today", "visit ■  1/1 ✓"} {
		if !strings.Contains(v, want) {
			t.Errorf("Today lacks %q:\n%s", want, v)
		}
	}
	// ↓ stops at the last item; ↑ goes back.
	press(t, m, kp("j"))
	if todayOf(m).sel != 5 {
		t.Errorf("selection %d after j past the end, want 5", todayOf(m).sel)
	}
	press(t, m, kp("k"))
	if todayOf(m).sel != 4 {
		t.Errorf("selection %d after k, want 4", todayOf(m).sel)
	}
}

// TestNSetsTheNextFollowUp: n on a plan item asks when, in any WHEN form,
// and sets the account's follow-up of the item's kind.
func TestNSetsTheNextFollowUp(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	press(t, m, kp("enter"), kp("n")) // tick Hoek Metaal, then its next
	if m.mode != modeForm || !strings.Contains(screen(m), "Next follow-up for Hoek Metaal") {
		t.Fatalf("n opened no form:\n%s", screen(m))
	}
	press(t, m, keys("s", "o", "o", "n", "enter")...)
	if m.mode != modeForm || !strings.Contains(screen(m), `invalid WHEN "soon"`) {
		t.Fatalf("a bad WHEN was taken:\n%s", screen(m))
	}
	for range 4 {
		press(t, m, tea_backspace())
	}
	press(t, m, keys("d", "i", "enter")...)
	press(t, m, keys("c", "a", "l", "l", "enter")...)
	if m.mode != modeBrowse {
		t.Fatalf("the form is still open:\n%s", screen(m))
	}
	open, err := db.OpenFollowUps(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(open, func(f rhythm.FollowUp) bool { return f.Key == "hoek metaal" })
	if i < 0 || open[i].Due != testToday+4 || open[i].Kind != rhythm.Mail || open[i].Note != "call" || open[i].MadeOn != testToday {
		t.Errorf("follow-ups after n: %+v", open)
	}
	if !strings.Contains(screen(m), "follow-up for Hoek Metaal: mail on Tue 1 Dec") {
		t.Errorf("no notice of the follow-up:\n%s", screen(m))
	}
	// Esc writes nothing.
	press(t, m, kp("n"), kp("m"), kp("esc"))
	if again, _ := db.OpenFollowUps(context.Background()); len(again) != len(open) {
		t.Errorf("esc wrote a follow-up: %+v", again)
	}
}

// TestAccountsShowAndSetFollowUps: Accounts shows each account's open
// follow-up, and n sets the selected account's.
func TestAccountsShowAndSetFollowUps(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 100, 24)
	run(t, m, m.setView(viewAccounts))
	v := screen(m)
	for _, want := range []string{"Hoek Metaal", "mail 25 Nov", "Noord Data", "visit 27 Nov", "n follow-up"} {
		if !strings.Contains(v, want) {
			t.Errorf("Accounts lacks %q:\n%s", want, v)
		}
	}
	// The first row by last touch is Acme BV.
	press(t, m, kp("n"))
	press(t, m, keys("m", "o", "r", "g", "e", "n", "enter", "enter")...)
	if !strings.Contains(screen(m), "call 30 Nov") {
		t.Errorf("Accounts does not show the new follow-up (call, the kind of Acme's last entry):\n%s", screen(m))
	}
}

// TestFastPressesAreNotLost presses p and o several times before any write
// has run, as a fast rep does: each press takes one step from what the
// database holds when its change is written.
func TestFastPressesAreNotLost(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	pressFast := func(k string, n int) {
		var pending []tea.Cmd
		for range n {
			if _, cmd := m.Update(kp(k)); cmd != nil {
				pending = append(pending, cmd)
			}
		}
		for _, c := range pending {
			run(t, m, c)
		}
	}
	run(t, m, m.setView(viewAccounts))
	pressFast("p", 3) // Acme BV, a prospect: customer, suspect, prospect
	pressFast("p", 1)
	as, _ := db.Accounts(context.Background())
	for _, a := range as {
		if a.Key == "acme" && a.Stage != rhythm.Customer {
			t.Errorf("Acme is a %s after p ×4, want customer", a.Stage)
		}
	}
	run(t, m, m.setView(viewLog))
	e := m.c.snap.log[0] // a reply
	pressFast("o", 3)
	if got, _ := db.Entry(context.Background(), e.ID); got.Outcome != rhythm.Lost {
		t.Errorf("outcome after o ×3 from reply: %q, want lost", got.Outcome)
	}
}

// TestAddFormOffersAccountNames: as who is typed, the add form offers the
// names of the accounts; ctrl+e takes the offer.
func TestAddFormOffersAccountNames(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	press(t, m, kp("a"), kp("enter")) // mail
	press(t, m, keys("n", "o")...)
	if !strings.Contains(screen(m), "noord Data") && !strings.Contains(screen(m), "Noord Data") {
		t.Errorf("no name offered after no:\n%s", screen(m))
	}
	press(t, m, tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl}, kp("enter"), kp("enter"))
	es := entriesOf(t, db, testToday)
	if last := es[len(es)-1]; last.Who != "Noord Data" || last.Kind != rhythm.Mail {
		t.Errorf("the form logged %+v, want a mail for Noord Data", last)
	}
}
