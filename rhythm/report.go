package rhythm

import "slices"

// Report is the rep's report over a period: is the rhythm really kept, and
// what does it yield?
type Report struct {
	From, To Date
	// WorkingDays counts the working days from the start up to the end of
	// the period (or today), and MetDays those that were met.
	WorkingDays, MetDays int
	// Streak is the current and best streak at the end of the period (or
	// today, if that comes first).
	Streak Streak
	Kinds  []ReportKind
	// Outcomes counts the outcomes of all contacts in the period, and
	// PerHundred them per 100 contacts.
	Outcomes   map[Outcome]int
	PerHundred map[Outcome]float64
	// Contacts counts every contact in the period.
	Contacts int
	// MedianTouchesToMeeting is the median, over the accounts whose first
	// meeting (or better) fell in the period, of the touches up to and
	// including that one; Meetings counts those accounts. 0 when none.
	MedianTouchesToMeeting float64
	Meetings               int
}

// ReportKind is one kind's line of a Report.
type ReportKind struct {
	Kind           Kind
	Target         Target
	Done, Expected int
	Pace           int
	Outcomes       map[Outcome]int
	PerHundred     map[Outcome]float64
}

// Report computes the report from from to to, both included, on today.
// outcomes counts the outcomes of the period's entries per kind; accounts
// are the account summaries (for the touches before a first meeting).
func (t *Tracker) Report(from, to, today Date, outcomes map[Kind]map[Outcome]int, accounts []Account) Report {
	end := min(to, today)
	p := t.Period(from, to, today)
	r := Report{From: from, To: to, WorkingDays: p.WorkingDays, MetDays: p.MetDays,
		Streak: t.Streaks(end), Outcomes: map[Outcome]int{}, PerHundred: map[Outcome]float64{}}
	for i, k := range p.Kinds {
		rk := ReportKind{Kind: k.Kind, Target: k.Target, Done: p.Done[i], Expected: p.Expected[i], Pace: p.Pace[i],
			Outcomes: map[Outcome]int{}, PerHundred: map[Outcome]float64{}}
		for o, n := range outcomes[k.Kind] {
			rk.Outcomes[o] = n
			r.Outcomes[o] += n
		}
		rk.PerHundred = perHundred(rk.Outcomes, rk.Done)
		r.Contacts += rk.Done
		r.Kinds = append(r.Kinds, rk)
	}
	r.PerHundred = perHundred(r.Outcomes, r.Contacts)
	var touches []int
	for _, a := range accounts {
		if a.TouchesToMeeting > 0 && a.FirstMeeting >= from && a.FirstMeeting <= end {
			touches = append(touches, a.TouchesToMeeting)
		}
	}
	r.Meetings = len(touches)
	r.MedianTouchesToMeeting = median(touches)
	return r
}

// perHundred returns each count per 100 contacts, rounded to one decimal.
func perHundred(counts map[Outcome]int, contacts int) map[Outcome]float64 {
	out := map[Outcome]float64{}
	if contacts == 0 {
		return out
	}
	for o, n := range counts {
		out[o] = float64(int(float64(n)*1000/float64(contacts)+0.5)) / 10
	}
	return out
}

// median returns the median of ns, 0 for none.
func median(ns []int) float64 {
	if len(ns) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(ns))
	if len(s)%2 == 1 {
		return float64(s[len(s)/2])
	}
	return float64(s[len(s)/2-1]+s[len(s)/2]) / 2
}
