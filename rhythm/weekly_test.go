package rhythm_test

import (
	"testing"

	"ritme/rhythm"
)

// visitIndex is the position of visit among the default kinds.
const visitIndex = 2

// weekOf returns the week holding the date d as a Period lists it.
func weekOf(t *testing.T, f fixture, d string) rhythm.Week {
	t.Helper()
	day := date(t, d)
	p := f.Period(day, day+6, day+30)
	for _, w := range p.Weeks {
		if w.First <= day && day <= w.Last {
			return w
		}
	}
	t.Fatalf("no week holds %s in %+v", d, p.Weeks)
	return rhythm.Week{}
}

// TestEffectiveWeeklyTargets checks N_w on SPEC's worked examples, 4 visits
// a week, Monday to Friday, Dutch holidays.
func TestEffectiveWeeklyTargets(t *testing.T) {
	cases := []struct {
		name        string
		start       string
		leave       []string
		week        string // a day of the week
		first, last string
		owed, n     int
	}{
		// King's Day, Monday 27 April 2026: 4 owed days, 4 × 4/5 = 3.2.
		{"the week of King's Day", "2026-01-01", nil, "2026-04-28", "2026-04-27", "2026-05-03", 4, 3},
		{"a full week", "2026-01-01", nil, "2026-03-10", "2026-03-09", "2026-03-15", 5, 4},
		// A week of leave owes nothing.
		{"a week of leave", "2026-01-01", []string{"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"},
			"2026-03-10", "2026-03-09", "2026-03-15", 0, 0},
		// Two days of leave: 3 owed days, 2.4.
		{"two days of leave", "2026-01-01", []string{"2026-03-09", "2026-03-10"}, "2026-03-12", "2026-03-09", "2026-03-15", 3, 2},
		// A start on Wednesday 4 March: 3 owed days.
		{"a start on a Wednesday", "2026-03-04", nil, "2026-03-04", "2026-03-02", "2026-03-08", 3, 2},
		// The week of New Year 2026 is split: Monday 29 to Wednesday 31
		// December 2025 (3 owed days, 2.4), and Thursday 1 (a holiday)
		// and Friday 2 January 2026 (1 owed day, 0.8).
		{"New Year, 2025's part", "2025-01-01", nil, "2025-12-30", "2025-12-29", "2025-12-31", 3, 2},
		{"New Year, 2026's part", "2025-01-01", nil, "2026-01-02", "2026-01-01", "2026-01-04", 1, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...).start(c.start).set("target.visit", "4/week", "")
			w := weekOf(t, f, c.week)
			if w.First != date(t, c.first) || w.Last != date(t, c.last) {
				t.Errorf("week %s – %s, want %s – %s", w.First, w.Last, c.first, c.last)
			}
			if w.Owed != c.owed || w.Targets[visitIndex] != c.n {
				t.Errorf("owed %d, N_w %d; want %d, %d", w.Owed, w.Targets[visitIndex], c.owed, c.n)
			}
			if w.Targets[0] != 0 {
				t.Errorf("mail, a daily kind, has N_w %d", w.Targets[0])
			}
		})
	}
}

// TestWeeklyExpectedAndPace: the week is not over until it is over.
func TestWeeklyExpectedAndPace(t *testing.T) {
	f := newFixture(t).start("2026-03-02").set("target.visit", "4/week", "")
	f.log("2026-03-02", 5, 2, 2) // Monday: two visits
	f.log("2026-03-03", 5, 2, 0)
	tue := f.Status(date(t, "2026-03-03"))
	v := tue.Kinds[visitIndex]
	if !v.Weekly || v.Target != 4 || v.Week != 2 || v.WeekTarget != 4 {
		t.Errorf("Tuesday: %+v", v)
	}
	// Expected's weekly part: min(2 entries, 4); pace 0.
	if v.Expected != 2 || v.Pace != 0 {
		t.Errorf("Tuesday: visit expected %d, pace %d; want 2, 0", v.Expected, v.Pace)
	}
	// Monday, Tuesday met (mail and call daily); the week met so far? No:
	// visits 2 of 4.
	if tue.Week != rhythm.WeekOpen {
		t.Errorf("Tuesday: week %v, want open", tue.Week)
	}
	// The next Monday, the week is over: 4 owed, 2 done.
	f.log("2026-03-04", 5, 2, 0)
	f.log("2026-03-05", 5, 2, 0)
	f.log("2026-03-06", 5, 2, 0)
	mon := f.Status(date(t, "2026-03-09"))
	v = mon.Kinds[visitIndex]
	if v.Expected != 4 || v.Pace != -2 || v.Week != 0 {
		t.Errorf("next Monday: visit expected %d, pace %d, week %d; want 4, −2, 0", v.Expected, v.Pace, v.Week)
	}
	if mon.WeekStreak != (rhythm.Streak{}) {
		t.Errorf("next Monday: week streak %+v after a missed week", mon.WeekStreak)
	}
	// The daily kinds were met every day: the day streak is 5.
	if mon.Streak.Current != 5 {
		t.Errorf("next Monday: day streak %d, want 5", mon.Streak.Current)
	}
}

// TestWeekMetAndWeekStreak runs three weeks: met, met, then one with a
// missed day.
func TestWeekMetAndWeekStreak(t *testing.T) {
	f := newFixture(t).start("2026-03-02").set("target.visit", "4/week", "")
	for _, d := range []string{"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05"} {
		f.log(d, 5, 2, 1)
	}
	f.log("2026-03-06", 5, 2, 0)
	// Thursday: every day met so far and 4 visits: met so far.
	thu := f.Status(date(t, "2026-03-05"))
	if thu.Week != rhythm.WeekMet || thu.WeekStreak != (rhythm.Streak{Current: 1, Best: 1}) {
		t.Errorf("Thursday: week %v, streak %+v; want met, 1/1", thu.Week, thu.WeekStreak)
	}
	for _, d := range []string{"2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13"} {
		f.log(d, 5, 2, 1)
	}
	f.log("2026-03-16", 4, 2, 0) // Monday missed
	tue := f.Status(date(t, "2026-03-17"))
	if tue.Week != rhythm.WeekMissed {
		t.Errorf("Tuesday after a missed Monday: week %v, want missed", tue.Week)
	}
	// The missed week is not over: it does not break the run yet.
	if tue.WeekStreak != (rhythm.Streak{Current: 2, Best: 2}) {
		t.Errorf("Tuesday: week streak %+v, want 2/2", tue.WeekStreak)
	}
	next := f.Status(date(t, "2026-03-23"))
	if next.WeekStreak != (rhythm.Streak{Current: 0, Best: 2}) {
		t.Errorf("the Monday after: week streak %+v, want 0/2", next.WeekStreak)
	}
}

// TestWeekWithoutOwedDays: a week of leave neither counts nor breaks the
// week streak.
func TestWeekWithoutOwedDays(t *testing.T) {
	f := newFixture(t, "2026-03-09", "2026-03-10", "2026-03-11", "2026-03-12", "2026-03-13").start("2026-03-02")
	f.perfectRange("2026-03-02", "2026-03-20")
	s := f.Status(date(t, "2026-03-23"))
	if s.WeekStreak != (rhythm.Streak{Current: 2, Best: 2}) {
		t.Errorf("week streak over a week of leave: %+v, want 2/2", s.WeekStreak)
	}
}

// TestWeeklyCreditInTheScore: a weekly kind counts in the score by its
// credit: the week entries so far against the share of N_w owed so far.
func TestWeeklyCreditInTheScore(t *testing.T) {
	// Only visits, 5 a week: a day with 1 visit has credit 1.
	f := newFixture(t).start("2026-03-02").set("target.mail", "0", "").set("target.call", "0", "").set("target.visit", "5/week", "")
	f.log("2026-03-02", 0, 0, 1)
	f.log("2026-03-03", 0, 0, 0) // credit: 1 / (5 × 2/5) = 0.5
	f.log("2026-03-04", 0, 0, 3) // credit: 4 / 3 → 1
	s := f.StatusAtEnd(date(t, "2026-03-04"))
	if want := fold(1, 0.5, 1); !near(s.Score, want) {
		t.Errorf("score %v, want %v", s.Score, want)
	}
	// No kind is daily: the days are neither met nor missed.
	if s.Streak != (rhythm.Streak{}) || s.DayMet {
		t.Errorf("with only a weekly kind: streak %+v, day met %v", s.Streak, s.DayMet)
	}
	// Today counts in the score once every weekly credit is full.
	open := f.Status(date(t, "2026-03-04"))
	if !near(open.Score, fold(1, 0.5, 1)) {
		t.Errorf("today with full credit: score %v, want %v", open.Score, fold(1, 0.5, 1))
	}
	f2 := newFixture(t).start("2026-03-02").set("target.mail", "0", "").set("target.call", "0", "").set("target.visit", "5/week", "")
	f2.log("2026-03-02", 0, 0, 1)
	if s := f2.Status(date(t, "2026-03-03")); !near(s.Score, fold(1)) {
		t.Errorf("today short of credit: score %v, want %v (today left out)", s.Score, fold(1))
	}
}

// TestWeeklyFromADate: a kind can turn weekly mid-week; its week entries
// are those on the days it is not daily.
func TestWeeklyFromADate(t *testing.T) {
	// Visits daily until Wednesday 4 March, then 5 a week: Wednesday to
	// Friday owe 3 × 5/5 = 3.
	f := newFixture(t).start("2026-03-02").set("target.visit", "5/week", "2026-03-04")
	f.log("2026-03-02", 5, 2, 2) // daily day: not a week entry
	f.log("2026-03-04", 5, 2, 1)
	w := weekOf(t, f, "2026-03-04")
	if w.Targets[visitIndex] != 3 || w.Entries[visitIndex] != 1 {
		t.Errorf("N_w %d, week entries %d; want 3, 1", w.Targets[visitIndex], w.Entries[visitIndex])
	}
	// Expected on Thursday: Monday 1, Tuesday 1 (daily), plus the week's
	// min(1, 3) = 1.
	s := f.Status(date(t, "2026-03-05"))
	if v := s.Kinds[visitIndex]; v.Expected != 3 {
		t.Errorf("Thursday: visit expected %d, want 3", v.Expected)
	}
}
