package rhythm

import "math"

// Status is the quick glance on one date: today's checklist, streaks, score
// and the year to date.
type Status struct {
	Date       Date
	WorkingDay bool
	DayMet     bool
	Kinds      []KindStatus
	Streak     Streak
	Score      float64
	// Year is the availability of Date's year.
	Year Availability
	// ElapsedDays is Elapsed(Date).
	ElapsedDays int
	// RemainingDays is RemainingDays(Date).
	RemainingDays int
}

// KindStatus is one kind's line of a Status.
type KindStatus struct {
	Kind         Kind
	Target       int // daily target
	Today        int // entries today
	YTD          int
	AnnualTarget int
	Expected     int
	Pace         int
	// Needed is what each remaining available day needs to still reach
	// the annual target: ceil((AnnualTarget − YTD) / RemainingDays), 0 once
	// the target is reached, the whole gap when no day remains.
	Needed int
	// Projected is the year-end total at the current rate: the entries
	// before today plus RemainingDays times the average a day over the
	// elapsed working days (the daily target while none has elapsed), and
	// never less than YTD.
	Projected int
}

// Status computes the quick glance for today.
func (t *Tracker) Status(today Date) Status {
	year := today.Year()
	av := t.Calendar.Availability(year, t.Plan.VacationDays, t.Plan.ReserveDays)
	h := t.fold(today)
	s := Status{
		Date:          today,
		WorkingDay:    t.Calendar.IsWorkingDay(today),
		DayMet:        t.DayMet(today),
		Streak:        h.streak,
		Score:         h.score,
		Year:          av,
		ElapsedDays:   t.Elapsed(today),
		RemainingDays: t.remainingDays(today, av),
	}
	for _, k := range t.Kinds() {
		ks := KindStatus{
			Kind:         k.Kind,
			Target:       k.Daily,
			Today:        t.Ledger.Count(today, k.Kind),
			YTD:          t.YTD(k.Kind, today),
			AnnualTarget: av.AnnualTarget(k.Daily),
		}
		ks.Expected = expected(k.Daily, s.ElapsedDays, ks.Today, s.WorkingDay)
		ks.Pace = ks.YTD - ks.Expected
		ks.Needed = needed(ks.AnnualTarget-ks.YTD, s.RemainingDays)
		ks.Projected = projected(ks.YTD, ks.Today, k.Daily, s.ElapsedDays, s.RemainingDays)
		s.Kinds = append(s.Kinds, ks)
	}
	return s
}

// RemainingDays estimates the available days left in today's year, today
// included when it is a working day. It takes the working days from today to
// 31 December that are not registered leave, and removes from them their
// share of the absence still expected: the vacation and reserve days not yet
// registered as leave, spread evenly over the year's working days that are
// not leave. On 1 January with no leave registered it equals the year's
// available days.
func (t *Tracker) RemainingDays(today Date) int {
	return t.remainingDays(today, t.Calendar.Availability(today.Year(), t.Plan.VacationDays, t.Plan.ReserveDays))
}

func (t *Tracker) remainingDays(today Date, av Availability) int {
	first, last := YearStart(av.Year), YearEnd(av.Year)
	left, free, leave := 0, 0, 0
	for w := t.Calendar.walk(first); w.d <= last; w.next() {
		switch {
		case w.working():
			free++
			if w.d >= today {
				left++
			}
		case w.c.workdays.Has(w.weekday) && !w.cy.holiday[w.d-w.cy.first]:
			leave++ // leave on a day that would have been a working day
		}
	}
	if free == 0 {
		return 0
	}
	absence := float64(max(0, av.VacationDays+av.ReserveDays-leave)) * float64(left) / float64(free)
	return max(0, left-int(math.Round(absence)))
}

// needed returns ceil(gap / days), 0 when the gap is closed, and the whole
// gap when no days remain.
func needed(gap, days int) int {
	switch {
	case gap <= 0:
		return 0
	case days <= 0:
		return gap
	}
	return (gap + days - 1) / days
}

// projected returns the year-end total at the current rate: the entries
// before today plus, for each remaining available day, the average a day
// over the elapsed working days (the daily target while none has elapsed);
// never less than what is already logged.
func projected(ytd, today, daily, elapsed, remaining int) int {
	before := ytd - today
	rate := float64(daily)
	if elapsed > 0 {
		rate = float64(before) / float64(elapsed)
	}
	return max(ytd, before+int(math.Round(rate*float64(remaining))))
}

// Open returns how many entries the day still needs to be met.
func (s Status) Open() int {
	n := 0
	for _, k := range s.Kinds {
		n += max(0, k.Target-k.Today)
	}
	return n
}
