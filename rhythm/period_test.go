package rhythm_test

import (
	"slices"
	"testing"

	"ritme/rhythm"
)

func TestPeriod(t *testing.T) {
	cases := []struct {
		name            string
		leave           []string
		start           string
		setup           func(f fixture)
		from, to, today string
		days            int
		done, expected  []int
		all             []int // every entry, before the start too; nil: done
		working, met    int
	}{
		{
			name: "this week, today Thursday",
			setup: func(f fixture) {
				f.perfect("2026-01-05", "2026-01-06")
				f.log("2026-01-07", 3, 2, 1)
				f.log("2026-01-08", 2, 0, 0)
				f.log("2026-01-10", 5, 2, 1) // after today: not yet
			},
			from: "2026-01-05", to: "2026-01-11", today: "2026-01-08",
			// Owed: Monday to Wednesday, plus today's entries up to the target.
			days: 7, done: []int{15, 6, 3}, expected: []int{17, 6, 3}, working: 4, met: 2,
		},
		{
			name: "this week, today Saturday",
			setup: func(f fixture) {
				f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
				f.log("2026-01-10", 3, 0, 0)
			},
			from: "2026-01-05", to: "2026-01-11", today: "2026-01-10",
			days: 7, done: []int{23, 8, 4}, expected: []int{25, 10, 5}, working: 5, met: 4,
		},
		{
			name:  "a week with leave and Koningsdag",
			leave: []string{"2026-04-29"},
			setup: func(f fixture) {
				f.perfect("2026-04-20", "2026-04-28", "2026-04-29", "2026-04-30", "2026-05-01")
			},
			from: "2026-04-27", to: "2026-05-03", today: "2026-05-04",
			days: 7, done: []int{20, 8, 4}, expected: []int{15, 6, 3}, working: 3, met: 3,
		},
		{
			name: "last month, one day missed",
			setup: func(f fixture) {
				f.perfectRange("2026-01-02", "2026-01-13")
				f.perfectRange("2026-01-15", "2026-01-31")
			},
			from: "2026-01-01", to: "2026-01-31", today: "2026-02-01",
			days: 31, done: []int{100, 40, 20}, expected: []int{105, 42, 21}, working: 21, met: 20,
		},
		{
			name:  "a month before the start",
			setup: func(f fixture) { f.perfect("2026-01-05") },
			from:  "2025-12-01", to: "2025-12-31", today: "2026-01-09",
			days: 31, done: []int{0, 0, 0}, expected: []int{0, 0, 0}, working: 0, met: 0,
		},
		{
			name:  "a month after today",
			setup: func(f fixture) { f.perfect("2026-01-05", "2026-02-02") },
			from:  "2026-02-01", to: "2026-02-28", today: "2026-01-09",
			days: 28, done: []int{0, 0, 0}, expected: []int{0, 0, 0}, working: 0, met: 0,
		},
		{
			// SPEC.md v2: done counts from the start on (version 1 had 15,
			// 6, 3 here); the entries before it are in All only.
			name:  "a start_date in the middle of the week",
			start: "2026-01-07",
			setup: func(f fixture) { f.perfect("2026-01-05", "2026-01-06", "2026-01-07") },
			from:  "2026-01-05", to: "2026-01-11", today: "2026-01-09",
			days: 7, done: []int{5, 2, 1}, expected: []int{10, 4, 2}, all: []int{15, 6, 3}, working: 3, met: 1,
		},
		{
			// SPEC.md v2: with no entry and no start stored the start is
			// today, so today is owed (version 1: no working day).
			name:  "no entries, no start",
			setup: func(f fixture) {},
			from:  "2026-01-05", to: "2026-01-11", today: "2026-01-09",
			days: 7, done: []int{0, 0, 0}, expected: []int{0, 0, 0}, working: 1, met: 0,
		},
		{
			name:  "a year",
			setup: func(f fixture) { f.perfectRange("2025-10-01", "2026-12-31") },
			from:  "2026-01-01", to: "2026-12-31", today: "2026-12-31",
			days: 365, done: []int{1275, 510, 255}, expected: []int{1275, 510, 255}, working: 255, met: 255,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			if c.start != "" {
				f.start(c.start)
			}
			c.setup(f)
			from, to, today := date(t, c.from), date(t, c.to), date(t, c.today)
			p := f.Period(from, to, today)
			if p.From != from || p.To != to {
				t.Errorf("Period(%s, %s).From, To = %v, %v", c.from, c.to, p.From, p.To)
			}
			if len(p.Days) != c.days {
				t.Fatalf("Period(%s, %s) has %d days, want %d", c.from, c.to, len(p.Days), c.days)
			}
			for i, d := range p.Days {
				if d.Date != from.AddDays(i) {
					t.Fatalf("Period(%s, %s).Days[%d].Date = %v, want %v", c.from, c.to, i, d.Date, from.AddDays(i))
				}
			}
			if !slices.Equal(p.Done, c.done) {
				t.Errorf("Period(%s, %s, %s).Done = %v, want %v", c.from, c.to, c.today, p.Done, c.done)
			}
			all := c.all
			if all == nil {
				all = c.done
			}
			if !slices.Equal(p.All, all) {
				t.Errorf("Period(%s, %s, %s).All = %v, want %v", c.from, c.to, c.today, p.All, all)
			}
			if !slices.Equal(p.Expected, c.expected) {
				t.Errorf("Period(%s, %s, %s).Expected = %v, want %v", c.from, c.to, c.today, p.Expected, c.expected)
			}
			for i := range p.Pace {
				if p.Pace[i] != p.Done[i]-p.Expected[i] {
					t.Errorf("Period(%s, %s, %s).Pace[%d] = %d, want Done − Expected = %d", c.from, c.to, c.today, i, p.Pace[i], p.Done[i]-p.Expected[i])
				}
			}
			if p.WorkingDays != c.working || p.MetDays != c.met {
				t.Errorf("Period(%s, %s, %s) WorkingDays, MetDays = %d, %d; want %d, %d", c.from, c.to, c.today, p.WorkingDays, p.MetDays, c.working, c.met)
			}
			if on := min(to, today); !slices.Equal(p.Kinds, f.Targets(on)) {
				t.Errorf("Period(%s, %s, %s).Kinds = %v, want Targets(%v) = %v", c.from, c.to, c.today, p.Kinds, on, f.Targets(on))
			}
		})
	}
}

// TestPeriodOfAYearMatchesTheStatus: the year's Period, seen on today,
// owes what the Status owes and has done what the year to date has.
func TestPeriodOfAYearMatchesTheStatus(t *testing.T) {
	f := newFixture(t, "2026-02-16", "2026-02-17")
	f.perfectRange("2025-11-03", "2026-02-27")
	f.log("2026-03-02", 3, 1, 0)
	f.log("2026-03-03", 9, 0, 1)
	f.Ledger.Add(date(t, "2026-03-03"), "demo", 2)
	for _, today := range dates(t, "2026-01-01", "2026-02-17", "2026-03-02", "2026-03-03", "2026-03-07", "2026-06-30") {
		p := f.Period(rhythm.YearStart(2026), rhythm.YearEnd(2026), today)
		s := f.Status(today)
		for i, k := range s.Kinds {
			if p.Kinds[i].Kind != k.Kind || p.Done[i] != k.YTD || p.Expected[i] != k.Expected || p.Pace[i] != k.Pace {
				t.Errorf("Period(2026, %v) %s done, expected, pace = %d, %d, %d; want Status's %d, %d, %d",
					today, p.Kinds[i].Kind, p.Done[i], p.Expected[i], p.Pace[i], k.YTD, k.Expected, k.Pace)
			}
		}
	}
}

func TestDay(t *testing.T) {
	f := newFixture(t, "2026-04-28", "2026-04-27")
	f.perfect("2026-04-24", "2026-04-27", "2026-04-28")
	f.log("2026-04-29", 10, 1, 0)
	f.Ledger.Add(date(t, "2026-04-29"), "demo", 3)
	f.log("2026-05-01", 5, 2, 1)
	today := date(t, "2026-04-30")
	// SPEC.md v2 scores owed days only: a holiday or a leave day has no
	// completion, whatever was logged on it (version 1 gave them 1). A day
	// after today shows nothing yet.
	cases := []struct {
		day        string
		working    bool
		holiday    string
		leave      bool
		counts     []int
		completion float64
		met        bool
	}{
		{"2026-04-24", true, "", false, []int{5, 2, 1, 0}, 1, true},
		{"2026-04-25", false, "", false, []int{0, 0, 0, 0}, 0, false},
		{"2026-04-27", false, "Koningsdag", true, []int{5, 2, 1, 0}, 0, false},
		{"2026-04-28", false, "", true, []int{5, 2, 1, 0}, 0, false},
		{"2026-04-29", true, "", false, []int{10, 1, 0, 3}, 1.5 / 3, false},
		{"2026-04-30", true, "", false, []int{0, 0, 0, 0}, 0, false},
		{"2026-05-01", true, "", false, []int{0, 0, 0, 0}, 0, false},
	}
	for _, c := range cases {
		t.Run(c.day, func(t *testing.T) {
			d := f.Day(date(t, c.day), today)
			if d.Date != date(t, c.day) || d.Working != c.working || d.Holiday != c.holiday || d.Leave != c.leave || d.Met != c.met {
				t.Errorf("Day(%s) = %+v, want working %v, holiday %q, leave %v, met %v", c.day, d, c.working, c.holiday, c.leave, c.met)
			}
			if !slices.Equal(d.Counts, c.counts) {
				t.Errorf("Day(%s).Counts = %v, want %v (mail, call, visit, demo)", c.day, d.Counts, c.counts)
			}
			if !near(d.Completion, c.completion) {
				t.Errorf("Day(%s).Completion = %v, want %v", c.day, d.Completion, c.completion)
			}
		})
	}
}
