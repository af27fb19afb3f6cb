package rhythm_test

import (
	"fmt"
	"testing"

	"ritme/rhythm"
)

func TestAccountKey(t *testing.T) {
	cases := []struct{ in, want string }{
		// SPEC's examples: one account.
		{"Acme B.V.", "acme"},
		{"Acme BV", "acme"},
		{" acme  bv ", "acme"},
		{"ACME", "acme"},
		{"acme\tbv", "acme"},
		// A legal form alone is a name.
		{"SA", "sa"},
		{"B.V.", "bv"},
		// Dots and commas go before the words are counted.
		{"Acme, Inc.", "acme"},
		{"Acme . BV", "acme"},
		{"Van Dijk Logistiek", "van dijk logistiek"},
		{"Bakker Bouw B.V.", "bakker bouw"},
		{"Müller GmbH", "müller"},
		{"Société Générale SA", "société générale"},
		{"Acme Ltd", "acme"}, {"Acme LLC", "acme"}, {"Acme PLC", "acme"}, {"Acme SARL", "acme"}, {"Acme SRL", "acme"},
		{"Acme NV", "acme"}, {"Acme VOF", "acme"}, {"Acme CV", "acme"}, {"Acme BVBA", "acme"}, {"Acme AG", "acme"},
		// Only the last word, and only once.
		{"BV Acme", "bv acme"},
		{"Acme BV BV", "acme bv"},
		{"Acme Holding", "acme holding"},
		{"Acme B. V.", "acme b v"},
		// Accents stay.
		{"Ünïcode Äb", "ünïcode äb"},
		{"Café de Zon", "café de zon"},
		{"Cafe de Zon", "cafe de zon"},
		{"", ""},
		{"   ", ""},
		{"...", ""},
	}
	for _, c := range cases {
		if got := rhythm.AccountKey(c.in); got != c.want {
			t.Errorf("AccountKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseStageAndOutcome(t *testing.T) {
	for _, s := range []string{"suspect", "Prospect", " CUSTOMER "} {
		if _, err := rhythm.ParseStage(s); err != nil {
			t.Errorf("ParseStage(%q): %v", s, err)
		}
	}
	for _, s := range []string{"", "lead", "customers"} {
		if _, err := rhythm.ParseStage(s); err == nil {
			t.Errorf("ParseStage(%q) accepted", s)
		}
	}
	cases := []struct {
		in   string
		want rhythm.Outcome
	}{{"reply", rhythm.Reply}, {"MEETING", rhythm.Meeting}, {"proposal", rhythm.Proposal}, {"won", rhythm.Won}, {"lost", rhythm.Lost}, {"none", rhythm.NoOutcome}, {"", rhythm.NoOutcome}}
	for _, c := range cases {
		if got, err := rhythm.ParseOutcome(c.in); err != nil || got != c.want {
			t.Errorf("ParseOutcome(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := rhythm.ParseOutcome("deal"); err == nil {
		t.Error(`ParseOutcome("deal") accepted`)
	}
	for o, want := range map[rhythm.Outcome]bool{rhythm.Reply: false, rhythm.Meeting: true, rhythm.Proposal: true, rhythm.Won: true, rhythm.Lost: false, rhythm.NoOutcome: false} {
		if got := o.MeetingOrBetter(); got != want {
			t.Errorf("%q.MeetingOrBetter() = %v, want %v", o, got, want)
		}
	}
}

func TestReadinessFollowsTheFiveToSevenRule(t *testing.T) {
	cases := []struct {
		touches int
		met     bool
		want    rhythm.Readiness
	}{
		{0, false, rhythm.Warming}, {4, false, rhythm.Warming}, {4, true, rhythm.Warming},
		{5, false, rhythm.Ready}, {7, false, rhythm.Ready},
		{8, false, rhythm.Stuck}, {8, true, rhythm.Ready}, {20, true, rhythm.Ready},
	}
	for _, c := range cases {
		if got := rhythm.ReadinessOf(c.touches, c.met); got != c.want {
			t.Errorf("ReadinessOf(%d, %v) = %s, want %s", c.touches, c.met, got, c.want)
		}
	}
}

func touches(tb testing.TB, spec ...string) []rhythm.Touch {
	tb.Helper()
	var ts []rhythm.Touch
	for i := 0; i < len(spec); i += 3 {
		o, err := rhythm.ParseOutcome(spec[i+2])
		if err != nil {
			tb.Fatal(err)
		}
		ts = append(ts, rhythm.Touch{Date: date(tb, spec[i]), Kind: rhythm.Kind(spec[i+1]), Outcome: o})
	}
	return ts
}

func TestNewAccountSumsTheTouches(t *testing.T) {
	a := rhythm.NewAccount("acme bv", "Acme BV", rhythm.Prospect, touches(t,
		"2026-11-02", "mail", "",
		"2026-11-04", "mail", "reply",
		"2026-11-09", "call", "",
		"2026-11-16", "call", "meeting",
		"2026-11-20", "visit", "proposal",
	))
	if a.Touches != 5 || a.ByKind[rhythm.Mail] != 2 || a.ByKind[rhythm.Call] != 2 || a.ByKind[rhythm.Visit] != 1 {
		t.Errorf("touches %d %v", a.Touches, a.ByKind)
	}
	if a.First != date(t, "2026-11-02") || a.Last != date(t, "2026-11-20") {
		t.Errorf("first %s last %s", a.First, a.Last)
	}
	if a.TouchesToMeeting != 4 || a.FirstMeeting != date(t, "2026-11-16") || !a.Met() {
		t.Errorf("touches to meeting %d on %s", a.TouchesToMeeting, a.FirstMeeting)
	}
	if a.Outcomes[rhythm.Reply] != 1 || a.Outcomes[rhythm.Meeting] != 1 || a.Outcomes[rhythm.Proposal] != 1 || len(a.Outcomes) != 3 {
		t.Errorf("outcomes %v", a.Outcomes)
	}
	if got := a.Readiness(); got != rhythm.Ready {
		t.Errorf("readiness %s, want ready", got)
	}
	cal := nlCalendar(t)
	for today, want := range map[string]int{"2026-11-20": 0, "2026-11-23": 1, "2026-11-27": 5, "2026-11-19": 0} {
		if got := a.SinceLast(cal, date(t, today)); got != want {
			t.Errorf("SinceLast(%s) = %d, want %d", today, got, want)
		}
	}
}

func TestSortAccounts(t *testing.T) {
	as := []rhythm.Account{
		{Key: "b", Touches: 3, Last: date(t, "2026-11-10")},
		{Key: "a", Touches: 1, Last: date(t, "2026-11-20")},
		{Key: "c", Touches: 3, Last: date(t, "2026-11-01")},
	}
	cases := []struct {
		by   rhythm.AccountOrder
		want string
	}{{rhythm.ByName, "abc"}, {rhythm.ByLast, "abc"}, {rhythm.ByTouches, "bca"}}
	for _, c := range cases {
		rhythm.SortAccounts(as, c.by)
		got := ""
		for _, a := range as {
			got += a.Key
		}
		if got != c.want {
			t.Errorf("SortAccounts(%s) = %s, want %s", c.by, got, c.want)
		}
	}
}

func TestNextUp(t *testing.T) {
	cal := nlCalendar(t)
	today := date(t, "2026-11-27")
	acc := func(key string, stage rhythm.Stage, n int, last string, met bool) rhythm.Account {
		a := rhythm.Account{Key: key, Name: key, Stage: stage, Touches: n, Last: date(t, last)}
		if met {
			a.TouchesToMeeting = 1
		}
		return a
	}
	as := []rhythm.Account{
		acc("today", rhythm.Suspect, 1, "2026-11-27", false),         // touched today: never
		acc("customer", rhythm.Customer, 1, "2026-01-05", false),     // a customer: not in the list
		acc("recent", rhythm.Suspect, 1, "2026-11-25", false),        // 2 working days ago: not due
		acc("due-many", rhythm.Prospect, 4, "2026-11-02", false),     // due, 4 touches
		acc("due-few", rhythm.Suspect, 1, "2026-11-16", false),       // due, 1 touch
		acc("due-few-older", rhythm.Suspect, 1, "2026-10-01", false), // due, 1 touch, older
		acc("stuck", rhythm.Prospect, 9, "2026-10-01", false),        // stuck: last
		acc("met-many", rhythm.Prospect, 9, "2026-10-01", true),      // 9 touches but met: not stuck
		// Registered with a stage, never touched: untouched for the
		// longest, with the fewest touches.
		{Key: "never", Name: "never", Stage: rhythm.Prospect},
		{Key: "never-customer", Name: "never-customer", Stage: rhythm.Customer},
	}
	got := rhythm.NextUp(as, cal, today, 10, 90)
	want := []string{"never", "due-few-older", "due-few", "due-many", "met-many", "recent", "stuck"}
	if len(got) != len(want) {
		t.Fatalf("NextUp = %v, want %v", keys(got), want)
	}
	for i := range want {
		if got[i].Key != want[i] {
			t.Fatalf("NextUp = %v, want %v", keys(got), want)
		}
	}
	if got := rhythm.NextUp(as, cal, today, 2, 90); len(got) != 2 || got[0].Key != "never" || got[1].Key != "due-few-older" {
		t.Errorf("NextUp(n=2) = %v", keys(got))
	}
}

func keys(as []rhythm.Account) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Key
	}
	return out
}

func TestReport(t *testing.T) {
	f := newFixture(t)
	f.perfectRange("2026-11-02", "2026-11-17")
	f.log("2026-11-18", 5, 1, 1) // one call short
	f.perfectRange("2026-11-19", "2026-11-26")
	today := date(t, "2026-11-27")
	outcomes := map[rhythm.Kind]map[rhythm.Outcome]int{
		rhythm.Mail: {rhythm.Reply: 10, rhythm.Meeting: 2},
		rhythm.Call: {rhythm.Meeting: 3, rhythm.Won: 1},
	}
	accounts := []rhythm.Account{
		{Key: "a", TouchesToMeeting: 5, FirstMeeting: date(t, "2026-11-10")},
		{Key: "b", TouchesToMeeting: 7, FirstMeeting: date(t, "2026-11-12")},
		{Key: "c", TouchesToMeeting: 3, FirstMeeting: date(t, "2026-11-20")},
		{Key: "d", TouchesToMeeting: 2, FirstMeeting: date(t, "2026-10-20")}, // before the period
		{Key: "e"}, // no meeting
	}
	r := f.Report(date(t, "2026-11-01"), date(t, "2026-11-30"), today, outcomes, accounts)
	if r.WorkingDays != 20 || r.MetDays != 18 {
		t.Errorf("working %d met %d, want 20 and 18", r.WorkingDays, r.MetDays)
	}
	if r.Streak.Current != 6 || r.Streak.Best != 12 {
		t.Errorf("streak %+v, want current 6, best 12", r.Streak)
	}
	mail, call := r.Kinds[0], r.Kinds[1]
	if mail.Kind != rhythm.Mail || mail.Done != 95 || mail.Expected != 95 || mail.Pace != 0 {
		t.Errorf("mail line %+v", mail)
	}
	if call.Done != 37 || call.Expected != 38 || call.Pace != -1 {
		t.Errorf("call line %+v", call)
	}
	if r.Contacts != 95+37+19 {
		t.Errorf("contacts %d", r.Contacts)
	}
	if r.Outcomes[rhythm.Meeting] != 5 || r.Outcomes[rhythm.Reply] != 10 || r.Outcomes[rhythm.Won] != 1 {
		t.Errorf("outcomes %v", r.Outcomes)
	}
	if got := mail.PerHundred[rhythm.Reply]; got != 10.5 { // 10 of 95
		t.Errorf("mail replies per 100 = %v, want 10.5", got)
	}
	if got := r.PerHundred[rhythm.Meeting]; got != 3.3 { // 5 of 151
		t.Errorf("meetings per 100 = %v, want 3.3", got)
	}
	if r.Meetings != 3 || r.MedianTouchesToMeeting != 5 {
		t.Errorf("median touches %v over %d, want 5 over 3", r.MedianTouchesToMeeting, r.Meetings)
	}
	empty := newFixture(t).Report(date(t, "2026-01-01"), date(t, "2026-12-31"), today, nil, nil)
	if empty.Contacts != 0 || len(empty.PerHundred) != 0 || empty.MedianTouchesToMeeting != 0 {
		t.Errorf("empty report %+v", empty)
	}
}

func TestNextStageAndOutcome(t *testing.T) {
	stages := []rhythm.Stage{rhythm.Suspect}
	for range 3 {
		stages = append(stages, rhythm.NextStage(stages[len(stages)-1]))
	}
	if got := fmt.Sprint(stages); got != "[suspect prospect customer suspect]" {
		t.Errorf("stages cycle %s", got)
	}
	outcomes := []rhythm.Outcome{rhythm.NoOutcome}
	for range 6 {
		outcomes = append(outcomes, rhythm.NextOutcome(outcomes[len(outcomes)-1]))
	}
	// Won comes last: stepping to lost never makes a customer.
	if got := fmt.Sprint(outcomes); got != "[ reply meeting proposal lost won ]" {
		t.Errorf("outcomes cycle %s", got)
	}
}
