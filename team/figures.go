package team

import (
	"time"

	"ritme/rhythm"
)

// Figures are one rep's figures on a date.
type Figures struct {
	Rep      string
	LastSync time.Time
	// Start is the start that holds on the date; WorkingDay and DayMet
	// say how the date stands, as the rep's status says it.
	Start      rhythm.Date
	WorkingDay bool
	DayMet     bool
	// Streak is the current day streak.
	Streak int
	// Kinds holds each kind's line of the rep's status: today against
	// target, year to date against the annual target, pace.
	Kinds []rhythm.KindStatus
	// Week, Month and Year count the days met of the working days of the
	// date's week (Monday to Sunday), month and year, up to the date.
	Week, Month, Year Days
	// PerHundred is each outcome per 100 contacts from the first of
	// January up to the date, as the rep's report has it.
	PerHundred map[rhythm.Outcome]float64
	// Entries counts the entries from the first of January up to the
	// date, and Late those logged late.
	Entries, Late int
}

// Days counts the days met of a period's working days up to a date.
type Days struct {
	Met, Working int
}

// LateShare returns the share of entries logged late, from 0 to 1; 0 when
// there are none.
func LateShare(late, entries int) float64 {
	if entries == 0 {
		return 0
	}
	return float64(late) / float64(entries)
}

// figures computes the rep's figures on d. complete reports whether they
// are final: false when the rep's ledger starts after the start and no
// missed day since its Since stops the streak, which then may reach
// further back.
func (r *Rep) figures(d rhythm.Date) (f Figures, complete bool, err error) {
	t, err := r.tracker()
	if err != nil {
		return f, false, err
	}
	s := t.Status(d)
	f = Figures{Rep: r.Name, LastSync: r.LastSync, Start: s.Start, WorkingDay: s.WorkingDay, DayMet: s.DayMet,
		Streak: s.Streak.Current, Kinds: s.Kinds, Entries: r.Entries, Late: r.Late}
	f.Week = daysOf(t, rhythm.SpanWeek, d)
	f.Month = daysOf(t, rhythm.SpanMonth, d)
	report := t.Report(rhythm.YearStart(d.Year()), d, d, r.Outcomes, nil)
	f.Year, f.PerHundred = Days{Met: report.MetDays, Working: report.WorkingDays}, report.PerHundred
	return f, r.Since.IsZero() || s.Start >= r.Since || missedSince(t, r.Since, d), nil
}

// daysOf counts the days met of the period of span that holds d.
func daysOf(t *rhythm.Tracker, span rhythm.Span, d rhythm.Date) Days {
	from, to := span.Around(d)
	p := t.Period(from, to, d)
	return Days{Met: p.MetDays, Working: p.WorkingDays}
}

// missedSince reports whether a met-or-missed day from since up to the day
// before d was missed: the current streak on d then starts after since.
func missedSince(t *rhythm.Tracker, since, d rhythm.Date) bool {
	if since >= d {
		return false
	}
	for _, day := range t.Period(since, d-1, d).Days {
		if day.Counted && !day.Met {
			return true
		}
	}
	return false
}
