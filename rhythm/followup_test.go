package rhythm_test

import (
	"errors"
	"testing"
	"time"

	"ritme/rhythm"
)

func TestParseWhen(t *testing.T) {
	today := date(t, "2026-11-27") // a Friday
	plain := nlCalendar(t)
	leave := nlCalendar(t, "2026-11-30", "2026-12-01")
	cases := []struct {
		when string
		cal  *rhythm.Calendar
		want string
	}{
		{"2026-12-01", plain, "2026-12-01"},
		{" 2026-12-01 ", plain, "2026-12-01"},
		{"2026-11-28", plain, "2026-11-30"}, // a Saturday: the next working day
		{"2026-12-25", plain, "2026-12-28"}, // Christmas, then Boxing Day, then Sunday
		{"2026-11-20", plain, "2026-11-20"}, // a date before today stays: overdue
		{"+0", plain, "2026-11-27"},
		{"+1", plain, "2026-11-30"},
		{"+5", plain, "2026-12-04"},
		{"+1", leave, "2026-12-02"},
		{"+3", leave, "2026-12-04"},
		{"tomorrow", plain, "2026-11-30"},
		{"morgen", plain, "2026-11-30"},
		{"Morgen", plain, "2026-11-30"},
		{"tomorrow", leave, "2026-12-02"},
		{"mon", plain, "2026-11-30"}, {"ma", plain, "2026-11-30"}, {"maandag", plain, "2026-11-30"}, {"Monday", plain, "2026-11-30"},
		{"tue", plain, "2026-12-01"}, {"di", plain, "2026-12-01"}, {"dinsdag", plain, "2026-12-01"},
		{"wed", plain, "2026-12-02"}, {"wo", plain, "2026-12-02"}, {"woensdag", plain, "2026-12-02"},
		{"thu", plain, "2026-12-03"}, {"do", plain, "2026-12-03"}, {"donderdag", plain, "2026-12-03"},
		// Its next occurrence after today: a week ahead.
		{"fri", plain, "2026-12-04"}, {"vr", plain, "2026-12-04"}, {"vrijdag", plain, "2026-12-04"},
		{"sat", plain, "2026-11-30"}, {"za", plain, "2026-11-30"}, {"zaterdag", plain, "2026-11-30"},
		{"sun", plain, "2026-11-30"}, {"zo", plain, "2026-11-30"}, {"zondag", plain, "2026-11-30"},
		{"MON", leave, "2026-12-02"},
	}
	for _, c := range cases {
		got, err := rhythm.ParseWhen(c.when, today, c.cal)
		if err != nil || got != date(t, c.want) {
			t.Errorf("ParseWhen(%q) = %s, %v; want %s", c.when, got, err, c.want)
		}
	}
	for _, bad := range []string{"", " ", "+", "+x", "-1", "+-1", "++1", "+ 1", "+1001", "2026-02-30", "26-12-01",
		"0226-01-01", "someday", "next week", "vandaag", "mo"} {
		_, err := rhythm.ParseWhen(bad, today, plain)
		var ie *rhythm.InputError
		if !errors.As(err, &ie) || ie.Code != rhythm.ErrWhen {
			t.Errorf("ParseWhen(%q) = %v, want a %s input error", bad, err, rhythm.ErrWhen)
		}
	}
}

func TestFollowUpOnAndOpenAt(t *testing.T) {
	d := date(t, "2026-11-27")
	f := rhythm.FollowUp{Due: d, MadeOn: d - 3, State: rhythm.FollowUpOpen}
	for due, want := range map[rhythm.Date]rhythm.Reason{d - 1: rhythm.Overdue, d: rhythm.Due, d + 1: rhythm.Later} {
		f.Due = due
		if got := f.On(d); got != want {
			t.Errorf("due %s: On(%s) = %s, want %s", due, d, got, want)
		}
	}
	cases := []struct {
		name     string
		madeOn   rhythm.Date
		state    rhythm.FollowUpState
		closedOn rhythm.Date
		want     bool
	}{
		{"open, made before", d - 1, rhythm.FollowUpOpen, 0, true},
		{"open, made that day", d, rhythm.FollowUpOpen, 0, false},
		{"open, made after", d + 1, rhythm.FollowUpOpen, 0, false},
		{"done by an entry of that day", d - 1, rhythm.FollowUpDone, d, true},
		{"done by an entry of a later day", d - 1, rhythm.FollowUpDone, d + 2, true},
		{"done by an entry of the day before", d - 2, rhythm.FollowUpDone, d - 1, false},
		{"cleared that day", d - 1, rhythm.FollowUpCleared, d, false},
		{"cleared later", d - 1, rhythm.FollowUpCleared, d + 1, true},
		{"replaced that day", d - 1, rhythm.FollowUpReplaced, d, false},
		{"replaced later", d - 1, rhythm.FollowUpReplaced, d + 1, true},
	}
	for _, c := range cases {
		f := rhythm.FollowUp{Due: d, MadeOn: c.madeOn, MadeAt: time.Unix(0, 0), State: c.state, ClosedOn: c.closedOn}
		if got := f.OpenAt(d); got != c.want {
			t.Errorf("%s: OpenAt = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestRest(t *testing.T) {
	lost := date(t, "2026-09-01")
	cases := []struct {
		name        string
		lost, other rhythm.Date
		want        rhythm.Date
	}{
		{"no lost deal", 0, lost, 0},
		{"lost", lost, 0, lost},
		{"another outcome before it", lost, lost - 10, lost},
		{"another outcome the same day", lost, lost, lost},
		{"another outcome after it", lost, lost + 1, 0},
	}
	for _, c := range cases {
		if got := rhythm.RestFrom(c.lost, c.other); got != c.want {
			t.Errorf("%s: RestFrom = %s, want %s", c.name, got, c.want)
		}
	}
	if got := rhythm.RestUntil(lost, 90); got != date(t, "2026-11-30") {
		t.Errorf("RestUntil = %s, want 2026-11-30 (90 calendar days on)", got)
	}
	for d, want := range map[rhythm.Date]bool{lost - 1: false, lost: true, lost + 89: true, lost + 90: false} {
		if got := rhythm.RestingOn(lost, d, 90); got != want {
			t.Errorf("RestingOn(%s) = %v, want %v", d, got, want)
		}
	}
	if rhythm.RestingOn(0, lost, 90) || rhythm.RestingOn(lost, lost, 0) {
		t.Error("resting without a rest, or with rest_days 0")
	}
}

func TestAccountRestsAfterALostDeal(t *testing.T) {
	cases := []struct {
		name  string
		spec  []string
		wantD string
	}{
		{"lost", []string{"2026-09-01", "mail", "", "2026-09-10", "call", "lost"}, "2026-09-10"},
		{"the latest-dated lost", []string{"2026-09-01", "mail", "lost", "2026-09-10", "call", "lost"}, "2026-09-10"},
		{"a reply after it", []string{"2026-09-01", "call", "lost", "2026-10-01", "mail", "reply"}, ""},
		{"won after it", []string{"2026-09-01", "call", "lost", "2026-10-01", "visit", "won"}, ""},
		{"a meeting before it", []string{"2026-08-01", "call", "meeting", "2026-09-01", "call", "lost"}, "2026-09-01"},
		{"a touch without outcome after it", []string{"2026-09-01", "call", "lost", "2026-10-01", "mail", ""}, "2026-09-01"},
		{"no lost", []string{"2026-09-01", "call", "proposal"}, ""},
	}
	for _, c := range cases {
		a := rhythm.NewAccount("a", "A", rhythm.Prospect, touches(t, c.spec...))
		want := rhythm.Date(0)
		if c.wantD != "" {
			want = date(t, c.wantD)
		}
		if a.RestFrom != want {
			t.Errorf("%s: RestFrom = %s, want %s", c.name, a.RestFrom, want)
		}
	}
}

func TestNextUpLeavesRestingAccountsOut(t *testing.T) {
	cal := nlCalendar(t)
	today := date(t, "2026-11-27")
	as := []rhythm.Account{
		rhythm.NewAccount("lost", "Lost", rhythm.Prospect, touches(t, "2026-10-01", "call", "lost")),
		rhythm.NewAccount("long ago", "Long ago", rhythm.Prospect, touches(t, "2026-06-01", "call", "lost")),
		rhythm.NewAccount("fresh", "Fresh", rhythm.Suspect, nil),
	}
	got := keys(rhythm.NextUp(as, cal, today, 5, 90))
	if len(got) != 2 || got[0] != "fresh" || got[1] != "long ago" {
		t.Errorf("NextUp = %v, want [fresh, long ago]: lost rests until 2026-12-30", got)
	}
	if got := keys(rhythm.NextUp(as, cal, today, 5, 0)); len(got) != 3 {
		t.Errorf("NextUp with rest_days 0 = %v, want all three", got)
	}
}

func TestWhyNobody(t *testing.T) {
	cases := []struct {
		name string
		as   []rhythm.Account
		want rhythm.NobodyReason
	}{
		{"no accounts", nil, rhythm.NoPool},
		{"only customers", []rhythm.Account{{Key: "a", Stage: rhythm.Customer}}, rhythm.OnlyCustomers},
		{"suspects touched today", []rhythm.Account{{Key: "a", Stage: rhythm.Customer}, {Key: "b", Stage: rhythm.Suspect}}, rhythm.AllTouched},
	}
	for _, c := range cases {
		if got := rhythm.WhyNobody(c.as); got != c.want {
			t.Errorf("%s: WhyNobody = %v, want %v", c.name, got, c.want)
		}
	}
}
