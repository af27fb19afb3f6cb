package rhythm_test

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"ritme/rhythm"
)

// benchTracker builds a Tracker with the default settings and a rep's daily
// counts from from to to: about 5 mails, 2 calls and 1 visit on most
// working days, with misses, some weekend mails and a few leave days a
// year. The start is the first entry.
func benchTracker(tb testing.TB, from, to string) *rhythm.Tracker {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	first, last := date(tb, from), date(tb, to)
	var leave []rhythm.Date
	for d := first; d <= last; d++ {
		if r.IntN(40) == 0 {
			leave = append(leave, d)
		}
	}
	l := &rhythm.Ledger{}
	tr := rhythm.DefaultSettings().Tracker(leave, l)
	for d := first; d <= last; d++ {
		if !tr.Calendar.IsWorkingDay(d) {
			if r.IntN(10) == 0 {
				l.Add(d, rhythm.Mail, 1+r.IntN(3))
			}
			continue
		}
		if r.IntN(12) == 0 {
			continue // a day missed
		}
		l.Add(d, rhythm.Mail, 3+r.IntN(4))
		l.Add(d, rhythm.Call, 1+r.IntN(2))
		l.Add(d, rhythm.Visit, r.IntN(2)+r.IntN(2))
	}
	return tr
}

var sink any

// BenchmarkStatus is a full Status over ten years of daily counts, and
// over one year, to compare: the work should grow no faster than the days.
func BenchmarkStatus(b *testing.B) {
	cases := []struct {
		name     string
		from, to string
	}{
		{"10y", "2017-01-01", "2026-11-26"},
		{"1y", "2025-11-27", "2026-11-26"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			tr := benchTracker(b, c.from, c.to)
			today := date(b, c.to)
			sink = tr.Status(today) // fill the calendar's caches
			b.ReportAllocs()
			for b.Loop() {
				sink = tr.Status(today)
			}
		})
	}
}

// BenchmarkPeriod is the Week/Month view (a month) and the Year heatmap (a
// year) over ten years of history.
func BenchmarkPeriod(b *testing.B) {
	tr := benchTracker(b, "2017-01-01", "2026-11-26")
	today := date(b, "2026-11-26")
	cases := []struct {
		name     string
		from, to string
	}{
		{"week", "2026-11-23", "2026-11-29"},
		{"month", "2026-11-01", "2026-11-30"},
		{"year", "2026-01-01", "2026-12-31"},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			from, to := date(b, c.from), date(b, c.to)
			sink = tr.Period(from, to, today)
			b.ReportAllocs()
			for b.Loop() {
				sink = tr.Period(from, to, today)
			}
		})
	}
}

// TestStatusCostDoesNotGrowWithHistory: ten years of history cost Status no
// more allocations than one year; the days are walked, not collected.
func TestStatusCostDoesNotGrowWithHistory(t *testing.T) {
	allocs := func(from, to string) float64 {
		tr := benchTracker(t, from, to)
		today := date(t, to)
		tr.Status(today)
		return testing.AllocsPerRun(20, func() { sink = tr.Status(today) })
	}
	one, ten := allocs("2025-11-27", "2026-11-26"), allocs("2017-01-01", "2026-11-26")
	if ten > one {
		t.Errorf("Status allocations: %v over ten years, want no more than the %v over one", ten, one)
	}
}

// TestHistoryFigures checks the benchmark's data against itself, so that
// the benchmark measures a realistic case: a long history with streaks and
// a score.
func TestHistoryFigures(t *testing.T) {
	tr := benchTracker(t, "2017-01-01", "2026-11-26")
	s := tr.Status(date(t, "2026-11-26"))
	if s.Streak.Best < 3 || s.Score <= 0 || s.Score >= 1 || s.Kinds[0].YTD < 500 {
		t.Errorf("Status of the benchmark history = %+v, want streaks, a score and a year's mails", s)
	}
}

// TestConcurrentReads runs Status and Period from many goroutines on one
// Tracker whose calendar has not cached any year yet (run with -race).
func TestConcurrentReads(t *testing.T) {
	tr := benchTracker(t, "2024-01-01", "2026-11-26")
	want := benchTracker(t, "2024-01-01", "2026-11-26").Status(date(t, "2026-11-26"))
	// A fresh calendar: the goroutines fill its year cache together.
	tr.Calendar = rhythm.NewCalendar(tr.History(), leaveOf(tr))
	var wg sync.WaitGroup
	results := make([]rhythm.Status, 8)
	for i := range results {
		wg.Go(func() {
			today := date(t, "2026-11-26")
			tr.Period(rhythm.YearStart(2024+i%3), rhythm.YearEnd(2024+i%3), today)
			results[i] = tr.Status(today)
		})
	}
	wg.Wait()
	for i, got := range results {
		if got.Streak != want.Streak || !near(got.Score, want.Score) || got.DaysLeft != want.DaysLeft || got.Kinds[0] != want.Kinds[0] {
			t.Errorf("goroutine %d: Status = %+v, want %+v", i, got, want)
		}
	}
}

// leaveOf lists the leave of tr's calendar from 2024 to 2026.
func leaveOf(tr *rhythm.Tracker) []rhythm.Date {
	var leave []rhythm.Date
	for d := rhythm.YearStart(2024); d <= rhythm.YearEnd(2026); d++ {
		if tr.Calendar.IsLeave(d) {
			leave = append(leave, d)
		}
	}
	return leave
}

// BenchmarkPlan makes the plan of a day for 2,000 accounts over ten years
// of entries, 200 of them with a follow-up; weekly, the visits need the
// week's walk.
func BenchmarkPlan(b *testing.B) {
	for _, visits := range []string{"1", "4/week"} {
		b.Run("visit "+visits, func(b *testing.B) {
			tr := benchTracker(b, "2016-11-28", "2026-11-26")
			h, err := tr.History().With(mustChange(b, "target.visit", visits))
			if err != nil {
				b.Fatal(err)
			}
			tr.Settings.History = h
			tr.Calendar = rhythm.NewCalendar(h, nil)
			today := date(b, "2026-11-27")
			r := rand.New(rand.NewPCG(3, 4))
			var in rhythm.PlanInput
			for i := range 2000 {
				a := rhythm.PlanAccount{Key: rhythm.AccountKey(benchName(i)), Name: benchName(i),
					Stage: rhythm.Stages[r.IntN(3)], Last: map[rhythm.Kind]rhythm.Date{}}
				for _, k := range rhythm.BuiltinKinds {
					if r.IntN(4) > 0 {
						a.Last[k] = today - rhythm.Date(1+r.IntN(3650))
					}
				}
				if r.IntN(20) == 0 {
					a.RestFrom = today - rhythm.Date(r.IntN(200))
				}
				in.Accounts = append(in.Accounts, a)
				if i%10 == 0 {
					made := today - rhythm.Date(1+r.IntN(30))
					in.FollowUps = append(in.FollowUps, rhythm.FollowUp{Key: a.Key, Name: a.Name, Kind: rhythm.BuiltinKinds[r.IntN(3)],
						Due: made + rhythm.Date(r.IntN(30)), MadeOn: made, State: rhythm.FollowUpOpen})
				}
			}
			sink = tr.Plan(today, in) // fill the calendar's caches
			for b.Loop() {
				sink = tr.Plan(today, in)
			}
		})
	}
}

// benchName is the name of the i-th account of a benchmark.
func benchName(i int) string {
	return "Account " + string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + " " + string(rune('0'+i/676)) + " BV"
}

// mustChange makes a change since the beginning or fails.
func mustChange(tb testing.TB, key, value string) rhythm.Change {
	tb.Helper()
	c, err := rhythm.NewChange(key, value, 0, time.Time{})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}
