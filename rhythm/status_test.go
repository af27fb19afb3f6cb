package rhythm_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"ritme/rhythm"
)

// TestStatus works one example through by hand: January 2026, perfect days
// on Friday 2 and Monday 5 - Wednesday 7; Thursday 8 three mails, two calls
// and no visit; Friday 9 (today) two mails and a demo so far.
func TestStatus(t *testing.T) {
	f := newFixture(t).perfect("2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07")
	f.log("2026-01-08", 3, 2, 0)
	f.log("2026-01-09", 2, 0, 0)
	f.Ledger.Add(date(t, "2026-01-09"), "demo", 1)
	today := date(t, "2026-01-09")
	s := f.Status(today)

	if s.Date != today || !s.WorkingDay || s.DayMet {
		t.Errorf("Status(%v) Date, WorkingDay, DayMet = %v, %v, %v; want %v, true, false", today, s.Date, s.WorkingDay, s.DayMet, today)
	}
	// Elapsed: 2, 5, 6, 7, 8 January.
	if s.ElapsedDays != 5 {
		t.Errorf("Status(%v).ElapsedDays = %d, want 5", today, s.ElapsedDays)
	}
	// Remaining: 250 working days from today on, less round(35 × 250/255)
	// = 34 days of absence still expected.
	if s.RemainingDays != 216 {
		t.Errorf("Status(%v).RemainingDays = %d, want 216", today, s.RemainingDays)
	}
	if got := f.RemainingDays(today); got != s.RemainingDays {
		t.Errorf("RemainingDays(%v) = %d, want Status's %d", today, got, s.RemainingDays)
	}
	if want := (rhythm.Streak{Current: 0, Best: 4}); s.Streak != want {
		t.Errorf("Status(%v).Streak = %+v, want %+v", today, s.Streak, want)
	}
	if want := fold(1, 1, 1, 1, 1.6/3); !near(s.Score, want) {
		t.Errorf("Status(%v).Score = %v, want %v", today, s.Score, want)
	}
	if s.Year.Year != 2026 || s.Year.WorkingDays != 255 || s.Year.AvailableDays != 220 {
		t.Errorf("Status(%v).Year = %+v, want 2026 with 255 working and 220 available days", today, s.Year)
	}

	want := []rhythm.KindStatus{
		// Projected: 23 before today + round(23/5 × 216) = 23 + 994.
		{Kind: "mail", Target: 5, Today: 2, YTD: 25, AnnualTarget: 1100, Expected: 27, Pace: -2, Needed: 5, Projected: 1017},
		{Kind: "call", Target: 2, Today: 0, YTD: 10, AnnualTarget: 440, Expected: 10, Pace: 0, Needed: 2, Projected: 442},
		{Kind: "visit", Target: 1, Today: 0, YTD: 4, AnnualTarget: 220, Expected: 5, Pace: -1, Needed: 1, Projected: 177},
		{Kind: "demo", Target: 0, Today: 1, YTD: 1, AnnualTarget: 0, Expected: 0, Pace: 1, Needed: 0, Projected: 1},
	}
	if !slices.Equal(s.Kinds, want) {
		t.Errorf("Status(%v).Kinds =\n%+v\nwant\n%+v", today, s.Kinds, want)
	}
	for _, k := range s.Kinds {
		if got := f.Pace(k.Kind, today); got != k.Pace {
			t.Errorf("Pace(%s, %v) = %d, want Status's %d", k.Kind, today, got, k.Pace)
		}
		if got := f.Expected(k.Kind, today); got != k.Expected {
			t.Errorf("Expected(%s, %v) = %d, want Status's %d", k.Kind, today, got, k.Expected)
		}
	}
}

// TestStatusOnNewYear: on 1 January with no leave registered the remaining
// days are the available days and each kind needs its daily target. Leave
// registered within the expected absence does not change that either.
func TestStatusOnNewYear(t *testing.T) {
	cases := []struct {
		name  string
		leave []string
		setup func(f fixture)
	}{
		{"a new rep", nil, func(f fixture) {}},
		{"a rep since last year", nil, func(f fixture) { f.perfectFrom("2025-06-02", 120) }},
		{"a start_date set", nil, func(f fixture) { f.Plan.Start = date(f.tb, "2025-11-03") }},
		{"leave registered", []string{"2025-12-29", "2025-12-30", "2026-08-03", "2028-05-01", "2030-01-02"}, func(f fixture) {}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			c.setup(f)
			for _, year := range []int{2025, 2026, 2028, 2030} {
				today := rhythm.YearStart(year)
				s := f.Status(today)
				if s.RemainingDays != s.Year.AvailableDays {
					t.Errorf("Status(%v).RemainingDays = %d, want AvailableDays %d", today, s.RemainingDays, s.Year.AvailableDays)
				}
				if s.ElapsedDays != 0 {
					t.Errorf("Status(%v).ElapsedDays = %d, want 0", today, s.ElapsedDays)
				}
				for _, k := range s.Kinds {
					if k.Needed != k.Target {
						t.Errorf("Status(%v) %s Needed = %d, want the daily target %d", today, k.Kind, k.Needed, k.Target)
					}
					if k.Projected != k.AnnualTarget {
						t.Errorf("Status(%v) %s Projected = %d, want the annual target %d", today, k.Kind, k.Projected, k.AnnualTarget)
					}
				}
			}
		})
	}
}

func TestRemainingDays(t *testing.T) {
	// 1 June - 26 July 2026: eight weeks, 40 working days.
	var summer []string
	for d := date(t, "2026-06-01"); d <= date(t, "2026-07-26"); d++ {
		summer = append(summer, d.String())
	}
	cases := []struct {
		name  string
		leave []string
		vac   int
		res   int
		today string
		want  int
	}{
		{"1 January", nil, 25, 10, "2026-01-01", 220},
		{"the first working day", nil, 25, 10, "2026-01-02", 220},
		// 250 working days left, less round(35 × 250/255) = 34.
		{"9 January", nil, 25, 10, "2026-01-09", 216},
		// 131 working days left (1 July - 31 December, less Eerste
		// Kerstdag), less round(35 × 131/255) = 18.
		{"1 July", nil, 25, 10, "2026-07-01", 113},
		{"31 December, a Thursday", nil, 25, 10, "2026-12-31", 1},
		{"31 December on leave", []string{"2026-12-31"}, 25, 10, "2026-12-31", 0},
		{"31 December 2022, a Saturday", nil, 25, 10, "2022-12-31", 0},
		{"no expected absence", nil, 0, 0, "2026-07-01", 131},
		// Registered leave is part of the expected absence.
		{"ten days of leave registered", []string{"2026-08-03", "2026-08-04", "2026-08-05", "2026-08-06", "2026-08-07", "2026-08-10", "2026-08-11", "2026-08-12", "2026-08-13", "2026-08-14"}, 25, 10, "2026-01-01", 220},
		{"more leave than expected", summer, 25, 10, "2026-01-01", 215},
		// Leave on Koningsdag is no extra day off: a date counts once.
		{"leave on a holiday counts once", []string{"2026-04-27", "2026-03-02"}, 25, 10, "2026-01-01", 220},
		{"leave on a weekend counts nothing", []string{"2026-03-07", "2026-03-08"}, 25, 10, "2026-01-01", 220},
		{"absence beyond the year", nil, 200, 100, "2026-01-01", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			f.Plan.VacationDays, f.Plan.ReserveDays = c.vac, c.res
			if got := f.RemainingDays(date(t, c.today)); got != c.want {
				t.Errorf("RemainingDays(%s) = %d, want %d", c.today, got, c.want)
			}
		})
	}
}

func TestRemainingDaysNeverRises(t *testing.T) {
	f := newFixture(t, "2026-03-02", "2026-08-03", "2026-08-04")
	prev := f.RemainingDays(date(t, "2026-01-01"))
	for d := date(t, "2026-01-02"); d <= date(t, "2026-12-31"); d++ {
		got := f.RemainingDays(d)
		if got > prev || prev-got > 1 {
			t.Fatalf("RemainingDays(%v) = %d after %d the day before, want the same or one less", d, got, prev)
		}
		prev = got
	}
	if prev != 1 {
		t.Errorf("RemainingDays(2026-12-31) = %d, want 1", prev)
	}
}

func TestNeededAndProjected(t *testing.T) {
	cases := []struct {
		name      string
		leave     []string
		setup     func(f fixture)
		today     string
		needed    int // mail
		projected int // mail
	}{
		// A rep who met every target since 2025: 124 days × 5 mails by
		// 1 July, at 5 a day for the 113 days that remain.
		{"every day met, 1 July", nil, func(f fixture) { f.perfectRange("2025-09-01", "2026-06-30") }, "2026-07-01", 5, 620 + 5*113},
		// 1100 mails on 2 March, the first entry: 83 working days from 2
		// March to 30 June, so 1100/83 a day for 113 days: 1498 more.
		{"the annual target reached", nil, func(f fixture) { f.log("2026-03-02", 1100, 0, 0) }, "2026-07-01", 0, 1100 + 1498},
		// 213 working days from 2 March to 30 December: round(1099/213) = 5
		// for the one day that remains.
		{"one short on the last day", nil, func(f fixture) { f.log("2026-03-02", 1099, 0, 0) }, "2026-12-31", 1, 1099 + 5},
		// 21 working days from 1 to 30 December: round(100/21) = 5.
		{"a big gap on the last day", nil, func(f fixture) { f.log("2026-12-01", 100, 0, 0) }, "2026-12-31", 1000, 100 + 5},
		// No day left: the whole gap; the projection is what is logged.
		{"no day left", []string{"2026-12-31"}, func(f fixture) { f.log("2026-12-01", 100, 0, 0) }, "2026-12-31", 1000, 100},
		// Today is one of the 217 remaining days (252 working days from 7
		// January, less round(35 × 252/255) = 35), taken at the rate of
		// the days before it (5 a day), whatever was logged today so far.
		{"today's entries", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06")
			f.log("2026-01-07", 40, 0, 0)
		}, "2026-01-07", 5, 10 + 5*217},
		// One day elapsed with 8 mails: 8 a day for the 218 days that
		// remain (253 working days, less round(35 × 253/255) = 35).
		{"one day elapsed", nil, func(f fixture) { f.log("2026-01-05", 8, 2, 1) }, "2026-01-06", 6, 8 + 8*218},
		// Once today's entries pass what the rate would give, the
		// projection is at least what is logged.
		{"more today than the year at the rate", nil, func(f fixture) {
			f.perfect("2026-01-05")
			f.log("2026-01-06", 1500, 0, 0)
		}, "2026-01-06", 0, 1505},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			c.setup(f)
			today := date(t, c.today)
			s := f.Status(today)
			mail := s.Kinds[0]
			if mail.Needed != c.needed || mail.Projected != c.projected {
				t.Errorf("Status(%s) mail Needed, Projected = %d, %d; want %d, %d (%+v, remaining %d)", c.today, mail.Needed, mail.Projected, c.needed, c.projected, mail, s.RemainingDays)
			}
			if mail.Projected < mail.YTD {
				t.Errorf("Status(%s) mail Projected = %d, below YTD %d", c.today, mail.Projected, mail.YTD)
			}
		})
	}
}

// TestStatusJSON checks that a Status can be written as JSON with dates as
// YYYY-MM-DD (the shape of `ritme status --json` is the command line's).
func TestStatusJSON(t *testing.T) {
	f := newFixture(t).perfect("2026-03-02")
	b, err := json.Marshal(f.Status(date(t, "2026-03-02")))
	if err != nil {
		t.Fatalf("json.Marshal(Status): %v", err)
	}
	var back struct {
		Date   string
		DayMet bool
		Streak rhythm.Streak
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	if got := fmt.Sprintf("%s %v %d", back.Date, back.DayMet, back.Streak.Current); got != "2026-03-02 true 1" {
		t.Errorf("Status as JSON: date, day met, streak = %s, want 2026-03-02 true 1", got)
	}
}

func TestStatusWithNothing(t *testing.T) {
	f := newFixture(t)
	today := date(t, "2026-03-02")
	s := f.Status(today)
	if s.ElapsedDays != 0 || s.Score != 0 || s.Streak != (rhythm.Streak{}) || s.DayMet || !s.WorkingDay {
		t.Errorf("Status(%v) of an empty ledger = %+v, want nothing elapsed, no score, no streak", today, s)
	}
	if len(s.Kinds) != 3 {
		t.Fatalf("Status(%v).Kinds = %v, want mail, call, visit", today, s.Kinds)
	}
	for _, k := range s.Kinds {
		if k.YTD != 0 || k.Pace != 0 || k.Expected != 0 || k.Today != 0 {
			t.Errorf("Status(%v) %s = %+v, want nothing logged, nothing owed", today, k.Kind, k)
		}
	}
}
