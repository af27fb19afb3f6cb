package rhythm

import "slices"

// Span is the length of a reviewed period: a week or a calendar month.
type Span int

// The spans of a review.
const (
	// SpanWeek is a week, Monday to Sunday (across 1 January too).
	SpanWeek Span = iota
	// SpanMonth is a calendar month.
	SpanMonth
)

// Around returns the first and the last day of the period that holds d.
func (s Span) Around(d Date) (from, to Date) {
	if s == SpanMonth {
		return MonthStart(d), MonthEnd(d)
	}
	return WeekStart(d), WeekStart(d) + 6
}

// LastComplete returns a date in the last complete period before today's:
// the week (or month) before the one that holds today.
func (s Span) LastComplete(today Date) Date {
	from, _ := s.Around(today)
	return from - 1
}

// FollowUpCounts is what a review says of follow-ups over one period.
type FollowUpCounts struct {
	// Completed counts the follow-ups completed in the period, by the date
	// of the entry that completed them; a cleared or replaced one is not
	// completed.
	Completed int
	// Overdue counts those still open at the end of the period and dated
	// before its end.
	Overdue int
	// Coming counts those due in the 7 days after the period.
	Coming int
}

// ReviewData is what a review reads beyond the tracker.
type ReviewData struct {
	// Outcomes counts the outcomes of the entries of both periods.
	Outcomes OutcomeCounts
	// Accounts holds every account with its touches (Account.History).
	Accounts []Account
	// FollowUps counts the follow-ups of the period from from to through,
	// the last day reviewed; nil counts none.
	FollowUps func(from, through Date) FollowUpCounts
}

// Review is the look back over a week or a month, beside the period
// before it.
type Review struct {
	Span Span
	// This is the period reviewed; Before the one before it.
	This, Before ReviewPeriod
}

// ReviewPeriod is what one period of a review holds.
type ReviewPeriod struct {
	From, To Date
	// Through is the last day reviewed: To, or today for a period that is
	// not over yet. Open reports the latter: today is not over, so its
	// shortfall does not count yet.
	Through Date
	Open    bool
	Kinds   []ReviewKind
	// WorkingDays counts the owed working days up to Through, and DaysMet
	// those met.
	WorkingDays, DaysMet int
	// Weeks counts the weeks that belong to the period (those whose last
	// day it holds) with an owed day that has begun, and WeeksMet those met.
	Weeks, WeeksMet int
	// WeekStreak is the week streak as status shows it on Through.
	WeekStreak Streak
	// Contacts counts every entry of the period up to Through (before the
	// start too), Outcomes their outcomes, and PerHundred those per 100
	// contacts, rounded to one decimal.
	Contacts   int
	Outcomes   map[Outcome]int
	PerHundred map[Outcome]float64
	Accounts   ReviewAccounts
	FollowUps  FollowUpCounts
}

// ReviewKind is one kind's line of a review period.
type ReviewKind struct {
	Kind Kind
	// Target is the kind's target in force on Through.
	Target Target
	// Done counts its entries from the start on, Expected the part of
	// expected owed in the period, and Pace is Done − Expected.
	Done, Expected, Pace int
}

// ReviewAccounts names the accounts a period moved, each list in order of
// the accounts' keys.
type ReviewAccounts struct {
	// FirstTouched: their first touch fell in the period.
	FirstTouched []string
	// BecameReady: their fifth touch fell in the period.
	BecameReady []string
	// Stuck: more than 7 touches and no meeting or better, at the end of
	// the period.
	Stuck []string
	// Won and Lost: a touch in the period had that outcome.
	Won, Lost []string
}

// Review looks back at the period of span that holds d, and at the period
// before it, on today. A period not over yet is reviewed up to today, which
// is not over until it is over.
func (t *Tracker) Review(span Span, d, today Date, data ReviewData) Review {
	from, to := span.Around(d)
	before, _ := span.Around(from - 1)
	return Review{Span: span, This: t.reviewPeriod(from, to, today, data), Before: t.reviewPeriod(before, from-1, today, data)}
}

// reviewPeriod sums up the period from from to to on today.
func (t *Tracker) reviewPeriod(from, to, today Date, data ReviewData) ReviewPeriod {
	through := min(to, today)
	rp := ReviewPeriod{From: from, To: to, Through: through, Open: to >= today,
		Outcomes: map[Outcome]int{}, PerHundred: map[Outcome]float64{}}
	p := t.Period(from, to, today)
	for i, k := range p.Kinds {
		rp.Kinds = append(rp.Kinds, ReviewKind{Kind: k.Kind, Target: k.Target, Done: p.Done[i], Expected: p.Expected[i], Pace: p.Pace[i]})
		rp.Contacts += p.All[i]
	}
	rp.WorkingDays, rp.DaysMet, rp.Weeks, rp.WeeksMet = p.WorkingDays, p.MetDays, p.WeeksOwed, p.WeeksMet
	if rp.Open {
		rp.WeekStreak = t.runFold(today, false).weeks
	} else {
		rp.WeekStreak = t.runFold(to, true).weeks
	}
	for _, kinds := range data.Outcomes.ByKind(from, through) {
		for o, n := range kinds {
			rp.Outcomes[o] += n
		}
	}
	rp.PerHundred = perHundred(rp.Outcomes, rp.Contacts)
	rp.Accounts = reviewAccounts(data.Accounts, from, through)
	if data.FollowUps != nil {
		rp.FollowUps = data.FollowUps(from, through)
	}
	return rp
}

// reviewAccounts finds the accounts that the days from from to through
// moved.
func reviewAccounts(as []Account, from, through Date) ReviewAccounts {
	var r ReviewAccounts
	in := func(d Date) bool { return from <= d && d <= through }
	sorted := slices.Clone(as)
	SortAccounts(sorted, ByName)
	for _, a := range sorted {
		touches, met, won, lost := 0, false, false, false
		for i, tc := range a.History {
			if tc.Date > through {
				break
			}
			touches++
			met = met || tc.Outcome.MeetingOrBetter()
			if i == readyTouches-1 && in(tc.Date) {
				r.BecameReady = append(r.BecameReady, a.Name)
			}
			won = won || (tc.Outcome == Won && in(tc.Date))
			lost = lost || (tc.Outcome == Lost && in(tc.Date))
		}
		if touches > 0 && in(a.History[0].Date) {
			r.FirstTouched = append(r.FirstTouched, a.Name)
		}
		if ReadinessOf(touches, met) == Stuck {
			r.Stuck = append(r.Stuck, a.Name)
		}
		if won {
			r.Won = append(r.Won, a.Name)
		}
		if lost {
			r.Lost = append(r.Lost, a.Name)
		}
	}
	return r
}

// FollowUpsOf counts follow-ups for a review: it returns the function
// ReviewData.FollowUps takes. Completed counts those completed in the
// period, by the date of the entry that completed them; Overdue those open
// at the end of the period and dated on or before its last day; Coming
// those open then and due in the 7 days after it.
func FollowUpsOf(fs []FollowUp) func(from, through Date) FollowUpCounts {
	return func(from, through Date) FollowUpCounts {
		var c FollowUpCounts
		for _, f := range fs {
			if f.State == FollowUpDone && f.ClosedOn >= from && f.ClosedOn <= through {
				c.Completed++
			}
			open := f.MadeOn <= through && (f.State == FollowUpOpen || f.ClosedOn > through)
			switch {
			case !open:
			case f.Due <= through:
				c.Overdue++
			case f.Due <= through+7:
				c.Coming++
			}
		}
		return c
	}
}
