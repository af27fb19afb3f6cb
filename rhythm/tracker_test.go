package rhythm_test

import (
	"slices"
	"testing"

	"ritme/rhythm"
)

// January 2026 in the Netherlands: Thursday 1 is Nieuwjaarsdag, Friday 2 a
// working day, then weeks Monday 5 - Friday 9, 12 - 16, 19 - 23, 26 - 30.

func TestStart(t *testing.T) {
	cases := []struct {
		name  string
		start string
		first string
		want  string
	}{
		// SPEC.md v2: before any entry, with no start stored, the start is
		// today.
		{"no entries, no start_date", "", "", "2026-03-02"},
		{"the earliest entry", "", "2026-01-05", "2026-01-05"},
		{"start_date later than the first entry", "2026-01-12", "2026-01-05", "2026-01-12"},
		{"start_date before the first entry", "2026-01-02", "2026-01-05", "2026-01-02"},
		{"start_date, no entries", "2026-01-02", "", "2026-01-02"},
		{"start_date after today", "2026-06-01", "2026-01-05", "2026-06-01"},
	}
	today := date(t, "2026-03-02")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			if c.start != "" {
				f.start(c.start)
			}
			if c.first != "" {
				f.log(c.first, 1, 0, 0)
				f.log("2026-02-02", 1, 0, 0)
			}
			if got := f.Start(today).String(); got != c.want {
				t.Errorf("Start(%v) = %q, want %q", today, got, c.want)
			}
			if got := f.Status(today).Start.String(); got != c.want {
				t.Errorf("Status(%v).Start = %q, want %q", today, got, c.want)
			}
		})
	}
}

func TestElapsed(t *testing.T) {
	cases := []struct {
		name  string
		leave []string
		start string // start_date; "" for none
		first string // the earliest entry; "" for none
		today string
		want  int
	}{
		{"no entries and no start_date", nil, "", "", "2026-06-01", 0},
		{"first entry today", nil, "", "2026-01-05", "2026-01-05", 0},
		{"first entry yesterday", nil, "", "2026-01-05", "2026-01-06", 1},
		{"a week", nil, "", "2026-01-02", "2026-01-09", 5},
		{"on a Saturday", nil, "", "2026-01-02", "2026-01-10", 6},
		{"on the Monday after", nil, "", "2026-01-02", "2026-01-12", 6},
		{"leave excluded", []string{"2026-01-07"}, "", "2026-01-02", "2026-01-09", 4},
		{"leave on a holiday changes nothing", []string{"2026-01-01"}, "", "2025-12-01", "2026-01-09", 5},
		{"started in the middle of the year (start_date)", nil, "2026-06-01", "", "2026-06-08", 5},
		{"started in the middle of the year (first entry)", nil, "", "2026-06-03", "2026-06-08", 3},
		{"started a year before: counts from 1 January", nil, "", "2025-03-03", "2026-01-09", 5},
		{"1 January", nil, "", "2025-03-03", "2026-01-01", 0},
		{"31 December", nil, "", "2025-03-03", "2026-12-31", 254},
		{"start_date later than the first entry", nil, "2026-01-12", "2026-01-05", "2026-01-14", 2},
		{"start_date after today", nil, "2026-02-02", "2026-01-05", "2026-01-14", 0},
		{"start_date, no entries", nil, "2026-01-05", "", "2026-01-09", 4},
		{"start_date before the first entry", nil, "2026-01-02", "2026-01-07", "2026-01-09", 5},
		{"first entry on a Saturday", nil, "", "2026-01-10", "2026-01-13", 1},
		{"entries in the future only", nil, "", "2026-02-02", "2026-01-14", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			if c.start != "" {
				f.start(c.start)
			}
			if c.first != "" {
				f.log(c.first, 1, 0, 0)
			}
			today := date(t, c.today)
			if got := f.Status(today).ElapsedDays; got != c.want {
				t.Errorf("Status(%s).ElapsedDays = %d, want %d", c.today, got, c.want)
			}
			// At the end of the day, today has elapsed too once it is owed.
			want := c.want
			if f.Calendar.IsWorkingDay(today) && today >= f.Start(today) {
				want++
			}
			if got := f.StatusAtEnd(today).ElapsedDays; got != want {
				t.Errorf("StatusAtEnd(%s).ElapsedDays = %d, want %d", c.today, got, want)
			}
		})
	}
}

// TestPace follows SPEC.md: a rep who has met every target so far is at 0
// all day; surplus shows as soon as it exists; a shortfall counts once the
// day has passed.
func TestPace(t *testing.T) {
	type counts struct{ mail, call, visit int }
	cases := []struct {
		name  string
		leave []string
		setup func(f fixture)
		today string
		want  counts // pace of mail, call, visit
		ytd   counts
	}{
		{"no entries, no start", nil, func(f fixture) {}, "2026-01-09", counts{0, 0, 0}, counts{0, 0, 0}},
		{"every target met, nothing yet today", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
		}, "2026-01-09", counts{0, 0, 0}, counts{20, 8, 4}},
		{"every target met, some today", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
			f.log("2026-01-09", 3, 1, 0)
		}, "2026-01-09", counts{0, 0, 0}, counts{23, 9, 4}},
		{"every target met, today too", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09")
		}, "2026-01-09", counts{0, 0, 0}, counts{25, 10, 5}},
		{"surplus shows at once", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
			f.log("2026-01-09", 7, 2, 3)
		}, "2026-01-09", counts{2, 0, 2}, counts{27, 10, 7}},
		{"a shortfall counts once the day has passed", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
			f.log("2026-01-09", 3, 1, 0)
		}, "2026-01-12", counts{-2, -1, -1}, counts{23, 9, 4}},
		{"a day with nothing logged", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-08")
		}, "2026-01-09", counts{-5, -2, -1}, counts{15, 6, 3}},
		{"entries on a Saturday are surplus", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09")
			f.log("2026-01-10", 2, 1, 0)
		}, "2026-01-10", counts{2, 1, 0}, counts{27, 11, 5}},
		{"entries on a Saturday make up a Friday", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
			f.log("2026-01-10", 5, 2, 1)
		}, "2026-01-12", counts{0, 0, 0}, counts{25, 10, 5}},
		{"only entries on a Saturday", nil, func(f fixture) {
			f.log("2026-01-10", 5, 2, 1)
		}, "2026-01-12", counts{5, 2, 1}, counts{5, 2, 1}},
		{"leave owes nothing", []string{"2026-01-07"}, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-08")
		}, "2026-01-09", counts{0, 0, 0}, counts{15, 6, 3}},
		{"holiday owes nothing", nil, func(f fixture) {
			f.perfect("2026-04-24", "2026-04-28")
		}, "2026-04-29", counts{0, 0, 0}, counts{10, 4, 2}},
		{"last year's entries are not this year's", nil, func(f fixture) {
			f.perfect("2025-12-30", "2025-12-31", "2026-01-02")
		}, "2026-01-05", counts{0, 0, 0}, counts{5, 2, 1}},
		{"entries after today do not count yet", nil, func(f fixture) {
			f.perfect("2026-01-05", "2026-01-06", "2026-01-07")
		}, "2026-01-06", counts{0, 0, 0}, counts{10, 4, 2}},
		// SPEC.md v2: an entry dated before the start is not in ytd nor
		// pace (version 1 counted 5 January as surplus: 15, 6, 3 done and
		// a pace of 5, 2, 1).
		{"start_date later than the first entry", nil, func(f fixture) {
			f.start("2026-01-07")
			f.perfect("2026-01-05", "2026-01-07", "2026-01-08")
		}, "2026-01-09", counts{0, 0, 0}, counts{10, 4, 2}},
		{"start_date with no entries", nil, func(f fixture) {
			f.start("2026-01-05")
		}, "2026-01-09", counts{-20, -8, -4}, counts{0, 0, 0}},
		{"a rep who started in June", nil, func(f fixture) {
			f.perfect("2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04", "2026-06-05")
			f.log("2026-06-08", 1, 0, 0)
		}, "2026-06-09", counts{-4, -2, -1}, counts{26, 10, 5}},
		// SPEC.md v2: before the start every figure is that of a rep who
		// has not started.
		{"start_date after today", nil, func(f fixture) {
			f.start("2026-01-12")
			f.perfect("2026-01-05", "2026-01-06")
		}, "2026-01-09", counts{0, 0, 0}, counts{0, 0, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			c.setup(f)
			today := date(t, c.today)
			s := f.Status(today)
			mail, call, visit := kindStatus(t, s, rhythm.Mail), kindStatus(t, s, rhythm.Call), kindStatus(t, s, rhythm.Visit)
			if got := (counts{mail.Pace, call.Pace, visit.Pace}); got != c.want {
				t.Errorf("Status(%s) pace of mail, call, visit = %v, want %v", c.today, got, c.want)
			}
			if ytd := (counts{mail.YTD, call.YTD, visit.YTD}); ytd != c.ytd {
				t.Errorf("Status(%s) ytd of mail, call, visit = %v, want %v", c.today, ytd, c.ytd)
			}
			for _, k := range s.Kinds {
				if k.Pace != k.YTD-k.Expected {
					t.Errorf("Status(%s) %s pace = %d, want ytd − expected = %d − %d", c.today, k.Kind, k.Pace, k.YTD, k.Expected)
				}
			}
		})
	}
}

func TestExpected(t *testing.T) {
	f := newFixture(t).perfect("2026-01-05", "2026-01-06")
	f.log("2026-01-07", 9, 1, 0)
	f.log("2026-01-10", 4, 0, 0)
	f.Ledger.Add(date(t, "2026-01-07"), "demo", 3)
	cases := []struct {
		kind  rhythm.Kind
		today string
		want  int
	}{
		{rhythm.Mail, "2026-01-05", 5},  // today's 5, capped at 5
		{rhythm.Mail, "2026-01-07", 15}, // 2 days + today's 9 capped at 5
		{rhythm.Call, "2026-01-07", 5},  // 2 days + today's 1
		{rhythm.Visit, "2026-01-07", 2}, // 2 days + nothing yet today
		{rhythm.Mail, "2026-01-08", 15}, // 3 days, nothing yet today
		{rhythm.Mail, "2026-01-10", 25}, // Saturday: 5 days, today's 4 not counted
		{rhythm.Mail, "2026-01-12", 25}, // Monday: 5 days
		{rhythm.Mail, "2026-01-13", 30},
		{"demo", "2026-01-13", 0}, // no target
	}
	for _, c := range cases {
		t.Run(string(c.kind)+" "+c.today, func(t *testing.T) {
			if got := kindStatus(t, f.Status(date(t, c.today)), c.kind).Expected; got != c.want {
				t.Errorf("Status(%s) %s expected = %d, want %d", c.today, c.kind, got, c.want)
			}
		})
	}
	// At the end of the day today's target is owed in full.
	if got := kindStatus(t, f.StatusAtEnd(date(t, "2026-01-07")), rhythm.Visit).Expected; got != 3 {
		t.Errorf("StatusAtEnd(2026-01-07) visit expected = %d, want 3", got)
	}
}

func TestStreaks(t *testing.T) {
	cases := []struct {
		name    string
		leave   []string
		start   string
		perfect []string
		partial []string // 5 mails and 2 calls, no visit
		today   string
		current int
		best    int
	}{
		{"no entries", nil, "", nil, nil, "2026-01-09", 0, 0},
		{"today met counts", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"}, nil, "2026-01-09", 5, 5},
		{"today not yet met does not break", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"}, []string{"2026-01-09"}, "2026-01-09", 4, 4},
		{"today with nothing logged does not break", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"}, nil, "2026-01-09", 4, 4},
		{"an unmet day breaks once passed", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"}, []string{"2026-01-09"}, "2026-01-12", 0, 4},
		{"today a Saturday", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"}, nil, "2026-01-10", 5, 5},
		{"today a Sunday", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09"}, nil, "2026-01-11", 5, 5},
		{"across a weekend", nil, "", []string{"2026-01-08", "2026-01-09", "2026-01-12"}, nil, "2026-01-12", 3, 3},
		{"across Koningsdag", nil, "", []string{"2026-04-23", "2026-04-24", "2026-04-28"}, nil, "2026-04-28", 3, 3},
		{"today a holiday", nil, "", []string{"2026-04-23", "2026-04-24"}, nil, "2026-04-27", 2, 2},
		{"across leave", []string{"2026-01-07"}, "", []string{"2026-01-05", "2026-01-06", "2026-01-08"}, nil, "2026-01-08", 3, 3},
		{"a met leave day does not count", []string{"2026-01-07"}, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"}, nil, "2026-01-08", 3, 3},
		{"a week of leave", []string{"2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"}, "", []string{"2026-01-08", "2026-01-09", "2026-01-19"}, nil, "2026-01-19", 3, 3},
		{"across the year end", nil, "", []string{"2025-12-22", "2025-12-23", "2025-12-24", "2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02"}, nil, "2026-01-02", 7, 7},
		{"across the year end, on the Monday after", nil, "", []string{"2025-12-22", "2025-12-23", "2025-12-24", "2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02"}, nil, "2026-01-05", 7, 7},
		{"a missed visit breaks, best kept", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-09"}, []string{"2026-01-08"}, "2026-01-09", 1, 3},
		{"a day without entries breaks", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-13", "2026-01-14"}, nil, "2026-01-14", 2, 5},
		{"entries on a weekend never make a day met", nil, "", []string{"2026-01-10", "2026-01-11"}, nil, "2026-01-12", 0, 0},
		{"start_date later than the first entry begins afresh", nil, "2026-01-12", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-12", "2026-01-13"}, nil, "2026-01-13", 2, 2},
		// Friday 2 January, from the start on, is missed.
		{"start_date before the first entry", nil, "2026-01-02", []string{"2026-01-05", "2026-01-06"}, nil, "2026-01-06", 2, 2},
		{"start_date after today", nil, "2026-02-02", []string{"2026-01-05", "2026-01-06"}, nil, "2026-01-06", 0, 0},
		{"before the first entry", nil, "", []string{"2026-01-05", "2026-01-06"}, nil, "2026-01-02", 0, 0},
		{"a day in the past is judged as then", nil, "", []string{"2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"}, nil, "2026-01-06", 2, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...).perfect(c.perfect...)
			for _, d := range c.partial {
				f.log(d, 5, 2, 0)
			}
			if c.start != "" {
				f.start(c.start)
			}
			want := rhythm.Streak{Current: c.current, Best: c.best}
			if got := f.Status(date(t, c.today)).Streak; got != want {
				t.Errorf("Status(%s).Streak = %+v, want %+v", c.today, got, want)
			}
		})
	}
}

// TestStreakAtTheEndOfTheDay: a day shown as it stood at its end is over,
// so an unmet day breaks the run there.
func TestStreakAtTheEndOfTheDay(t *testing.T) {
	f := newFixture(t).perfect("2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08")
	f.log("2026-01-09", 5, 2, 0)
	if got, want := f.StatusAtEnd(date(t, "2026-01-08")).Streak, (rhythm.Streak{Current: 4, Best: 4}); got != want {
		t.Errorf("StatusAtEnd(2026-01-08).Streak = %+v, want %+v", got, want)
	}
	if got, want := f.StatusAtEnd(date(t, "2026-01-09")).Streak, (rhythm.Streak{Current: 0, Best: 4}); got != want {
		t.Errorf("StatusAtEnd(2026-01-09).Streak = %+v, want %+v", got, want)
	}
}

// TestThirteenPerfectDaysGiveHalf quotes SPEC.md: thirteen perfect working
// days from a fresh start give a score of 0.5; days that are not working
// days do not decay it.
func TestThirteenPerfectDaysGiveHalf(t *testing.T) {
	cases := []struct {
		name  string
		leave []string
		first string
		last  string // the 13th working day
	}{
		// Wed 7 - Fri 23 January 2026: 3 + 5 + 5 days over two weekends.
		{"two weekends", nil, "2026-01-07", "2026-01-23"},
		// 1 January is a holiday: Fri 2 - Tue 20 January.
		{"after Nieuwjaarsdag", nil, "2026-01-01", "2026-01-20"},
		// Koningsdag, Hemelvaartsdag.
		{"over Koningsdag", nil, "2026-04-22", "2026-05-11"},
		{"over leave", []string{"2026-01-14", "2026-01-15"}, "2026-01-07", "2026-01-27"},
		{"over the year end", nil, "2025-12-17", "2026-01-07"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			last := f.perfectFrom(c.first, 13)
			if want := date(t, c.last); last != want {
				t.Fatalf("13th working day from %s = %v, want %v", c.first, last, want)
			}
			// On the 13th day itself (met, so it counts), and on every
			// date up to and including the next working day, still unmet.
			next := last + 1
			for !f.Calendar.IsWorkingDay(next) {
				next++
			}
			for d := last; d <= next; d++ {
				if got := f.Status(d).Score; !near(got, 0.5) {
					t.Errorf("Status(%v).Score = %.12f, want 0.5", d, got)
				}
			}
			// Once the next working day has passed unmet, the score decays.
			if got, want := f.Status(next+1).Score, 0.5*scoreDecay; !near(got, want) {
				t.Errorf("Status(%v).Score = %.12f, want %.12f", next+1, got, want)
			}
			if got, want := f.StatusAtEnd(next).Score, 0.5*scoreDecay; !near(got, want) {
				t.Errorf("StatusAtEnd(%v).Score = %.12f, want %.12f", next, got, want)
			}
		})
	}
}

func TestScore(t *testing.T) {
	cases := []struct {
		name  string
		leave []string
		setup func(f fixture)
		today string
		want  float64
	}{
		{"no entries", nil, func(f fixture) {}, "2026-01-09", 0},
		{"start_date but no entries", nil, func(f fixture) { f.start("2026-01-05") }, "2026-01-09", 0},
		{"one perfect day", nil, func(f fixture) { f.perfect("2026-01-05") }, "2026-01-06", fold(1)},
		{"one perfect day, today", nil, func(f fixture) { f.perfect("2026-01-05") }, "2026-01-05", fold(1)},
		{"partial days", nil, func(f fixture) {
			f.perfect("2026-01-05")
			f.log("2026-01-06", 3, 2, 0)  // (0.6 + 1 + 0) / 3
			f.log("2026-01-07", 10, 0, 0) // extra mails are capped: 1/3
		}, "2026-01-08", fold(1, 1.6/3, 1.0/3)},
		{"today partial does not count yet", nil, func(f fixture) {
			f.perfect("2026-01-05")
			f.log("2026-01-06", 3, 2, 0)
		}, "2026-01-06", fold(1)},
		{"a missed day counts 0", nil, func(f fixture) { f.perfect("2026-01-05", "2026-01-07") }, "2026-01-08", fold(1, 0, 1)},
		// SPEC.md v2: the score counts from the start, not from the first
		// entry (version 1 gave fold(1) here): Friday 2 January counts 0.
		{"from an earlier start_date", nil, func(f fixture) {
			f.start("2026-01-02")
			f.perfect("2026-01-05")
		}, "2026-01-06", fold(0, 1)},
		// SPEC.md v2: days before a later start count nothing (version 1
		// gave fold(1, 1)); 7 January itself is not met yet.
		{"not before a later start_date", nil, func(f fixture) {
			f.start("2026-01-07")
			f.perfect("2026-01-05", "2026-01-06")
		}, "2026-01-07", 0},
		{"entries on a Saturday only", nil, func(f fixture) { f.perfect("2026-01-10") }, "2026-01-13", fold(0)},
		{"leave does not decay", []string{"2026-01-07"}, func(f fixture) { f.perfect("2026-01-05", "2026-01-06", "2026-01-08") }, "2026-01-09", fold(1, 1, 1)},
		{"across the year end", nil, func(f fixture) { f.perfect("2025-12-31", "2026-01-02") }, "2026-01-05", fold(1, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t, c.leave...)
			c.setup(f)
			if got := f.Status(date(t, c.today)).Score; !near(got, c.want) {
				t.Errorf("Status(%s).Score = %.12f, want %.12f", c.today, got, c.want)
			}
		})
	}
}

func TestKinds(t *testing.T) {
	f := newFixture(t)
	f.Ledger.Add(date(t, "2026-01-05"), "linkedin", 2)
	f.Ledger.Add(date(t, "2026-01-05"), "demo", 1)
	f.Ledger.Add(date(t, "2026-01-05"), rhythm.Call, 1)
	day := date(t, "2026-01-05")
	kt := func(k rhythm.Kind, n int) rhythm.KindTarget {
		return rhythm.KindTarget{Kind: k, Target: rhythm.Target{N: n}}
	}
	if got, want := f.Kinds(), []rhythm.Kind{"mail", "call", "visit", "demo", "linkedin"}; !slices.Equal(got, want) {
		t.Errorf("Kinds() = %v, want %v", got, want)
	}
	want := []rhythm.KindTarget{kt("mail", 5), kt("call", 2), kt("visit", 1), kt("demo", 0), kt("linkedin", 0)}
	if got := f.Targets(day); !slices.Equal(got, want) {
		t.Errorf("Targets(%v) = %v, want %v", day, got, want)
	}

	f.set("target.linkedin", "3", "").set("target.mail", "4", "").set("target.call", "0", "")
	want = []rhythm.KindTarget{kt("mail", 4), kt("call", 0), kt("visit", 1), kt("demo", 0), kt("linkedin", 3)}
	if got := f.Targets(day); !slices.Equal(got, want) {
		t.Errorf("Targets(%v) with the user's targets = %v, want %v", day, got, want)
	}
	cases := []struct {
		kind rhythm.Kind
		want int
	}{{"mail", 4}, {"call", 0}, {"linkedin", 3}, {"unknown", 0}}
	for _, c := range cases {
		if got := f.History().TargetOn(c.kind, day); got.N != c.want || got.Weekly {
			t.Errorf("TargetOn(%s) = %v, want %d a day", c.kind, got, c.want)
		}
	}
}

// TestTargetOfZero: a kind with a daily target of 0 is never needed for a
// day met nor part of the completion, and its entries are all surplus.
func TestTargetOfZero(t *testing.T) {
	f := newFixture(t).set("target.call", "0", "")
	f.log("2026-01-05", 5, 0, 1)
	f.log("2026-01-06", 5, 3, 0)
	f.log("2026-01-07", 5, 0, 1)
	today := date(t, "2026-01-08")
	cases := []struct {
		day        string
		met        bool
		completion float64
	}{
		{"2026-01-05", true, 1},
		{"2026-01-06", false, 0.5},
		{"2026-01-07", true, 1},
		{"2026-01-08", false, 0},
	}
	for _, c := range cases {
		t.Run(c.day, func(t *testing.T) {
			d := f.Day(date(t, c.day), today)
			if d.Met != c.met {
				t.Errorf("Day(%s).Met = %v, want %v", c.day, d.Met, c.met)
			}
			if !near(d.Completion, c.completion) {
				t.Errorf("Day(%s).Completion = %v, want %v", c.day, d.Completion, c.completion)
			}
		})
	}
	s := f.Status(today)
	if got := kindStatus(t, s, rhythm.Call).Pace; got != 3 {
		t.Errorf("Status(%v) call pace = %d, want 3 (all surplus)", today, got)
	}
	if got := kindStatus(t, s, rhythm.Visit).Pace; got != -1 {
		t.Errorf("Status(%v) visit pace = %d, want -1", today, got)
	}
	if got, want := s.Streak, (rhythm.Streak{Current: 1, Best: 1}); got != want {
		t.Errorf("Status(%v).Streak = %+v, want %+v", today, got, want)
	}
	if got, want := s.Score, fold(1, 0.5, 1); !near(got, want) {
		t.Errorf("Status(%v).Score = %v, want %v", today, got, want)
	}
	if got := s.Kinds[1]; got.Kind != rhythm.Call || got.Target != 0 || got.Weekly || got.AnnualTarget != 0 || got.Need != 0 || got.Expected != 0 || got.YTD != 3 {
		t.Errorf("Status(%v).Kinds[1] = %+v, want call with target 0, annual 0, need 0, expected 0, ytd 3", today, got)
	}
}

// TestAllTargetsZero: with no kind to meet, SPEC.md v2 makes every working
// day neither met nor missed, and skips it in the score (version 1 made
// every working day from the start met and complete); entries are all
// surplus.
func TestAllTargetsZero(t *testing.T) {
	f := newFixture(t).set("target.mail", "0", "").set("target.call", "0", "").set("target.visit", "0", "")
	f.start("2026-01-05")
	today := date(t, "2026-01-09")
	for _, s := range []string{"2026-01-06", "2026-01-09", "2026-01-10"} {
		if d := f.Day(date(t, s), today); d.Counted || d.Met || d.Completion != 0 {
			t.Errorf("Day(%s) = %+v, want neither met nor missed, completion 0", s, d)
		}
	}
	s := f.Status(today)
	if s.DayMet || s.Streak != (rhythm.Streak{}) || s.Score != 0 {
		t.Errorf("Status(%v) day met, streak, score = %v, %+v, %v; want false, none, 0", today, s.DayMet, s.Streak, s.Score)
	}
	f.log("2026-01-07", 2, 0, 0)
	s = f.Status(today)
	if s.Score != 0 {
		t.Errorf("Status(%v).Score = %v, want 0: no day has a kind to score", today, s.Score)
	}
	for _, k := range s.Kinds {
		if k.Expected != 0 || k.AnnualTarget != 0 || k.Need != 0 || k.Pace != k.YTD {
			t.Errorf("Status(%v) %s = %+v, want nothing expected, pace = ytd", today, k.Kind, k)
		}
	}
	if got := s.Kinds[0].Pace; got != 2 {
		t.Errorf("Status(%v) mail pace = %d, want 2", today, got)
	}
}

func TestDayMet(t *testing.T) {
	f := newFixture(t, "2026-01-07")
	f.perfect("2026-01-05", "2026-01-07", "2026-01-10", "2026-01-01")
	f.log("2026-01-06", 4, 2, 1)
	f.log("2026-01-08", 50, 20, 10)
	f.Ledger.Add(date(t, "2026-01-09"), "demo", 8)
	today := date(t, "2026-01-12")
	cases := []struct {
		day  string
		want bool
	}{
		{"2026-01-05", true},
		{"2026-01-06", false}, // one mail short
		{"2026-01-07", false}, // leave
		{"2026-01-08", true},  // beyond the targets
		{"2026-01-09", false}, // only a kind without a target
		{"2026-01-10", false}, // a Saturday
		{"2026-01-01", false}, // Nieuwjaarsdag
		{"2026-01-12", false}, // nothing logged
	}
	for _, c := range cases {
		t.Run(c.day, func(t *testing.T) {
			d := date(t, c.day)
			if got := f.Day(d, today).Met; got != c.want {
				t.Errorf("Day(%s).Met = %v, want %v", c.day, got, c.want)
			}
			if got := f.StatusAtEnd(d).DayMet; got != c.want {
				t.Errorf("StatusAtEnd(%s).DayMet = %v, want %v", c.day, got, c.want)
			}
		})
	}
	// SPEC.md v2 scores only owed days: a Saturday with every target has
	// no completion (version 1 gave it 1).
	if got := f.Day(date(t, "2026-01-10"), today).Completion; got != 0 {
		t.Errorf("Day(2026-01-10).Completion, a Saturday with every target, = %v, want 0", got)
	}
}

// TestEarlierFirstEntryMovesTheStart: without a start_date the start is the
// earliest entry, so an entry logged before it makes the days in between
// owed, and the pace drops; with a start_date an entry before it changes
// nothing.
func TestEarlierFirstEntryMovesTheStart(t *testing.T) {
	today := date(t, "2026-01-19")
	cases := []struct {
		name        string
		start       string
		before      int
		after       int
		afterStreak rhythm.Streak
	}{
		// 12 - 16 January met; one mail on 5 January makes 5 - 9 January
		// owed too: 26 mails against 50.
		{"no start_date", "", 0, -24, rhythm.Streak{Current: 5, Best: 5}},
		// SPEC.md v2: an entry before the start is not in ytd (version 1
		// counted it: a pace of 1).
		{"start_date 12 January", "2026-01-12", 0, 0, rhythm.Streak{Current: 5, Best: 5}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			if c.start != "" {
				f.start(c.start)
			}
			f.perfectRange("2026-01-12", "2026-01-16")
			if got := kindStatus(t, f.Status(today), rhythm.Mail).Pace; got != c.before {
				t.Fatalf("Status(%v) mail pace = %d, want %d", today, got, c.before)
			}
			f.log("2026-01-05", 1, 0, 0)
			s := f.Status(today)
			if got := kindStatus(t, s, rhythm.Mail).Pace; got != c.after {
				t.Errorf("Status(%v) mail pace after a mail on 5 January = %d, want %d", today, got, c.after)
			}
			if s.Streak != c.afterStreak {
				t.Errorf("Status(%v).Streak after a mail on 5 January = %+v, want %+v", today, s.Streak, c.afterStreak)
			}
		})
	}
}
