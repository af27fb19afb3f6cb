package rhythm_test

import (
	"errors"
	"testing"
	"time"

	"ritme/rhythm"
)

func TestNewChange(t *testing.T) {
	at := time.Date(2026, 9, 1, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		key, value, from string
		wantValue        string
		wantFrom         string
	}{
		{"target.mail", " 6 ", "2026-09-01", "6", "2026-09-01"},
		{"target.visit", "4/week", "2026-09-01", "4/week", "2026-09-01"},
		{"target.visit", "4/wk", "2026-09-01", "4/week", "2026-09-01"},
		{"target.visit", "4/W", "2026-09-01", "4/week", "2026-09-01"},
		{"target.visit", "4 per week", "2026-09-01", "4/week", "2026-09-01"},
		{"target.visit", "0/week", "2026-09-01", "0", "2026-09-01"},
		{"target.visit", "", "2026-09-01", "", "2026-09-01"},
		{"target.linkedin", "3", "2026-09-01", "3", "2026-09-01"},
		{"workdays", "Thu,mon,tue,wed", "2027-01-01", "mon,tue,wed,thu", "2027-01-01"},
		// Yearly keys take effect from the first of January.
		{"holidays", "DE", "2026-09-01", "de", "2026-01-01"},
		{"vacation_days", "27", "2027-03-15", "27", "2027-01-01"},
		{"reserve_days", "", "2026-09-01", "", "2026-01-01"},
	}
	for _, c := range cases {
		got, err := rhythm.NewChange(c.key, c.value, date(t, c.from), at)
		if err != nil {
			t.Errorf("NewChange(%s, %q): %v", c.key, c.value, err)
			continue
		}
		if got.Value != c.wantValue || got.From != date(t, c.wantFrom) || !got.MadeAt.Equal(at) {
			t.Errorf("NewChange(%s, %q, %s) = %+v, want value %q from %s", c.key, c.value, c.from, got, c.wantValue, c.wantFrom)
		}
	}
	for _, bad := range []struct{ key, value, code string }{
		{"target.mail", "five", rhythm.ErrTarget},
		{"target.mail", "-1", rhythm.ErrTarget},
		{"target.mail", "4/month", rhythm.ErrTarget},
		{"target.Bad", "1", rhythm.ErrKindName},
		{"workdays", "funday", rhythm.ErrWorkday},
		{"holidays", "narnia", rhythm.ErrHolidays},
		{"vacation_days", "400", rhythm.ErrWholeNumber},
		{"colour", "blue", rhythm.ErrSettingKey},
		{"start_date", "2026-01-01", rhythm.ErrSettingKey}, // no history
	} {
		_, err := rhythm.NewChange(bad.key, bad.value, date(t, "2026-01-01"), at)
		var ie *rhythm.InputError
		if !errors.As(err, &ie) || ie.Code != bad.code {
			t.Errorf("NewChange(%s, %q) = %v, want code %s", bad.key, bad.value, err, bad.code)
		}
	}
}

// datedHistory builds a History of changes given as key, value, from triples.
func datedHistory(t *testing.T, triples ...string) *rhythm.History {
	t.Helper()
	var cs []rhythm.Change
	for i := 0; i+2 < len(triples); i += 3 {
		var from rhythm.Date
		if triples[i+2] != "" {
			from = date(t, triples[i+2])
		}
		c, err := rhythm.NewChange(triples[i], triples[i+1], from, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	h, err := rhythm.NewHistory(cs)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestHistoryValuesOverTime(t *testing.T) {
	h := datedHistory(t,
		"target.mail", "6", "2026-09-01",
		"target.mail", "7", "2027-01-01",
		"target.mail", "4", "2026-09-01", // replaces the 6 from the same date
		"target.visit", "4/week", "2026-10-05",
		"target.linkedin", "3", "2026-05-01",
		"target.linkedin", "", "2026-06-01",
		"workdays", "mon,tue,wed,thu", "2027-01-01",
		"vacation_days", "30", "2027-06-01",
		"holidays", "none", "",
	)
	cases := []struct {
		key, on, want string
	}{
		{"target.mail", "2026-08-31", "5"},
		{"target.mail", "2026-09-01", "4"},
		{"target.mail", "2026-12-31", "4"},
		{"target.mail", "2027-01-01", "7"},
		{"target.visit", "2026-10-04", "1"},
		{"target.visit", "2026-10-05", "4/week"},
		{"target.linkedin", "2026-04-30", "0"},
		{"target.linkedin", "2026-05-15", "3"},
		{"target.linkedin", "2026-06-01", "0"},
		{"workdays", "2026-12-31", "mon,tue,wed,thu,fri"},
		{"workdays", "2027-01-01", "mon,tue,wed,thu"},
		{"vacation_days", "2026-12-31", "25"},
		{"vacation_days", "2027-01-01", "30"},
		{"holidays", "1990-01-01", "none"},
	}
	for _, c := range cases {
		if got, err := h.Get(c.key, date(t, c.on)); err != nil || got != c.want {
			t.Errorf("Get(%s, %s) = %q, %v; want %q", c.key, c.on, got, err, c.want)
		}
	}
	// A kind once defined is never forgotten.
	if !h.HasKind("linkedin") || len(h.Kinds()) != 4 {
		t.Errorf("kinds %v, want the built-in ones and linkedin", h.Kinds())
	}
	if got := len(h.Changes("target.mail")); got != 2 {
		t.Errorf("target.mail has %d changes, want 2 (the same date replaced)", got)
	}
	if cs := h.Changes("vacation_days"); len(cs) != 1 || cs[0].From != date(t, "2027-01-01") {
		t.Errorf("vacation_days changes %+v, want one from 2027-01-01", cs)
	}
}

// TestATargetChangeNeverRewritesThePast: three met days, then a higher
// target from the fourth: the three stay met.
func TestATargetChangeNeverRewritesThePast(t *testing.T) {
	f := newFixture(t).start("2026-03-02")
	f.perfect("2026-03-02", "2026-03-03", "2026-03-04")
	before := f.StatusAtEnd(date(t, "2026-03-04"))
	f = f.set("target.mail", "6", "2026-03-05")
	after := f.StatusAtEnd(date(t, "2026-03-04"))
	if after.Streak != (rhythm.Streak{Current: 3, Best: 3}) || after.Kinds[0].Pace != before.Kinds[0].Pace || after.Score != before.Score {
		t.Errorf("after a change from the next day: %+v, before %+v", after, before)
	}
	p := f.Period(date(t, "2026-03-02"), date(t, "2026-03-06"), date(t, "2026-03-05"))
	if p.MetDays != 3 {
		t.Errorf("met days %d, want 3", p.MetDays)
	}
	// The fourth day now asks for 6.
	f.log("2026-03-05", 5, 2, 1)
	if s := f.StatusAtEnd(date(t, "2026-03-05")); s.DayMet || s.Streak.Current != 0 || s.Streak.Best != 3 {
		t.Errorf("5 mails against 6: %+v", s)
	}
}

// TestAKindAddedLater owes nothing before its first target.
func TestAKindAddedLater(t *testing.T) {
	f := newFixture(t).start("2026-01-05")
	f.perfectRange("2026-01-05", "2026-03-31")
	f = f.set("target.linkedin", "1", "2026-04-01")
	f.perfect("2026-04-01")
	f.Ledger.Add(date(t, "2026-04-01"), "linkedin", 1)
	s := f.Status(date(t, "2026-04-02"))
	var linkedin rhythm.KindStatus
	for _, k := range s.Kinds {
		if k.Kind == "linkedin" {
			linkedin = k
		}
	}
	if linkedin.Pace != 0 || linkedin.Expected != 1 || linkedin.YTD != 1 {
		t.Errorf("linkedin the day after it was added: %+v", linkedin)
	}
	if want := f.Calendar.WorkingDays(date(t, "2026-01-05"), date(t, "2026-04-01")); s.Streak.Current != want {
		t.Errorf("streak %d, want %d (every day met)", s.Streak.Current, want)
	}
	// Ended again: its entries still count, its target is 0.
	f = f.set("target.linkedin", "", "2026-04-02")
	s = f.Status(date(t, "2026-04-02"))
	for _, k := range s.Kinds {
		if k.Kind == "linkedin" && (k.Target != 0 || k.YTD != 1 || k.Weekly) {
			t.Errorf("linkedin after it ended: %+v", k)
		}
	}
}
