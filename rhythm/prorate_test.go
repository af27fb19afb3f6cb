package rhythm_test

import (
	"testing"

	"ritme/rhythm"
)

// TestProRatingWorkedExamples checks SPEC's worked numbers of "Pro-rating
// and what is left" for 2026 in the Netherlands with the defaults.
func TestProRatingWorkedExamples(t *testing.T) {
	cases := []struct {
		name       string
		start      string
		visit      string // target.visit from the start of time
		today      string
		fromStart  int // available_from_start
		mail, call int
		visits     int
		daysLeft   int
	}{
		{"a start on 1 January", "2026-01-01", "1", "2026-01-01", 220, 1100, 440, 220, 220},
		{"a start before the year", "2025-06-02", "1", "2026-01-01", 220, 1100, 440, 220, 220},
		{"5 visits a week", "2026-01-01", "5/week", "2026-01-01", 220, 1100, 440, 220, 220},
		{"4 visits a week", "2026-01-01", "4/week", "2026-01-01", 220, 1100, 440, 176, 220},
		{"a 1 September starter", "2026-09-01", "1", "2026-09-01", 75, 375, 150, 75, 75},
		{"a 1 September starter, 4 visits a week", "2026-09-01", "4/week", "2026-09-01", 75, 375, 150, 60, 75},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t).start(c.start).set("target.visit", c.visit, "")
			s := f.Status(date(t, c.today))
			if s.AvailableFromStart != c.fromStart {
				t.Errorf("available_from_start = %d, want %d", s.AvailableFromStart, c.fromStart)
			}
			got := []int{s.Kinds[0].AnnualTarget, s.Kinds[1].AnnualTarget, s.Kinds[2].AnnualTarget}
			if want := []int{c.mail, c.call, c.visits}; got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
				t.Errorf("annual targets = %v, want %v", got, want)
			}
			if s.DaysLeft != c.daysLeft {
				t.Errorf("days_left = %d, want %d", s.DaysLeft, c.daysLeft)
			}
			if s.Year.WorkingDays != 255 || s.Year.AvailableDays != 220 {
				t.Errorf("year = %d working, %d available; want 255, 220", s.Year.WorkingDays, s.Year.AvailableDays)
			}
		})
	}
}

// TestSeptemberStarter follows a rep who starts on 1 September 2026: W_s is
// 87, the allowance 12, and need stays sane all autumn.
func TestSeptemberStarter(t *testing.T) {
	f := newFixture(t).start("2026-09-01")
	if got := f.Calendar.WorkdayDates(date(t, "2026-09-01"), date(t, "2026-12-31")); got != 87 {
		t.Fatalf("workday dates from 1 September = %d, want 87", got)
	}
	s := f.Status(date(t, "2026-09-01"))
	// 375 mails over 75 days: 5 a day.
	if k := s.Kinds[0]; k.Need != 5 || k.Pace != 0 || k.YTD != 0 {
		t.Errorf("1 September: mail need %d, pace %d, ytd %d; want 5, 0, 0", k.Need, k.Pace, k.YTD)
	}
	// Keeping exactly to 5 a day keeps the need at 5 or below.
	last := f.perfectRange("2026-09-01", "2026-11-30")
	s = f.Status(date(t, "2026-12-01"))
	if k := s.Kinds[0]; k.Need > 5 || k.Pace != 0 {
		t.Errorf("1 December after %d perfect days: mail need %d, pace %d; want ≤ 5, 0", last, k.Need, k.Pace)
	}
}

// TestBeforeTheStart: a day before the start shows a rep who has not
// started, with the year's figures of what is coming.
func TestBeforeTheStart(t *testing.T) {
	f := newFixture(t).start("2026-09-01")
	f.log("2026-08-27", 5, 2, 1) // logged before the start: accepted, not counted
	s := f.Status(date(t, "2026-08-28"))
	k := s.Kinds[0]
	if k.YTD != 0 || k.Expected != 0 || k.Pace != 0 || s.ElapsedDays != 0 || s.Streak != (rhythm.Streak{}) || s.Score != 0 || s.DayMet {
		t.Errorf("before the start: %+v", s)
	}
	if k.AnnualTarget != 375 || s.AvailableFromStart != 75 {
		t.Errorf("before the start: annual %d, available from start %d; want 375, 75", k.AnnualTarget, s.AvailableFromStart)
	}
	// After the start, the entries before it still do not count.
	s = f.Status(date(t, "2026-09-01"))
	if s.Kinds[0].YTD != 0 || s.Streak.Best != 0 {
		t.Errorf("on the start: ytd %d, best streak %d; want 0, 0", s.Kinds[0].YTD, s.Streak.Best)
	}
}

// TestDaysLeftWithLeave: leave taken makes the allowance smaller, so the
// days left are the working days left less what remains of the allowance.
func TestDaysLeftWithLeave(t *testing.T) {
	leave := []string{}
	for d := date(t, "2026-07-20"); d <= date(t, "2026-07-31"); d++ {
		leave = append(leave, d.String())
	}
	f := newFixture(t, leave...).start("2026-01-01")
	// 1 July: L = working days from 1 July to 31 December, leave
	// excluded; U = 35 − 10 leave days on workday dates = 25.
	today := date(t, "2026-07-01")
	l := f.Calendar.WorkingDays(today, date(t, "2026-12-31"))
	want := l - roundHalfAway(25*l, 255)
	if got := f.Status(today).DaysLeft; got != want {
		t.Errorf("days_left = %d, want %d (L = %d)", got, want, l)
	}
}

// roundHalfAway is a/b rounded, halves away from zero, for a, b > 0.
func roundHalfAway(a, b int) int { return (2*a + b) / (2 * b) }

// TestNeedAtTheEnd: with no day left, need is 0; a reached target needs 0.
func TestNeedAtTheEnd(t *testing.T) {
	f := newFixture(t).start("2026-01-01")
	f.perfectRange("2026-01-01", "2026-12-30")
	s := f.StatusAtEnd(date(t, "2026-12-31"))
	for _, k := range s.Kinds {
		if k.Need != 0 {
			t.Errorf("%s: need %d on the last day, over; want 0", k.Kind, k.Need)
		}
	}
	if s.DaysLeft != 0 {
		t.Errorf("days_left at the end of the year = %d, want 0", s.DaysLeft)
	}
}
