package rhythm

// Day is one date as the views show it.
type Day struct {
	Date Date
	// Working reports whether Date is a working day; Owed whether it is
	// one on or after the start.
	Working, Owed bool
	// Holiday names the holiday on Date, if any.
	Holiday string
	// Leave reports whether Date is registered leave.
	Leave bool
	// Counts holds the entries per kind, and Targets each kind's target
	// on Date, in the order of Period.Kinds.
	Counts  []int
	Targets []Target
	// Counted reports a met-or-missed day: owed, with some kind daily on
	// it. Met reports that every daily kind reached its target.
	Counted, Met bool
	// Completion is the day's completion as the score counts it: the mean
	// credit of the kinds with a target above 0 (0 on a day that owes
	// nothing).
	Completion float64
}

// Week is one week (an ISO week, cut at the ends of its year) as the views
// show it.
type Week struct {
	First, Last Date
	// Owed counts its owed days.
	Owed int
	// Targets holds each weekly kind's effective target N_w, and Entries
	// its week entries up to today, in the order of Period.Kinds.
	Targets, Entries []int
	State            WeekState
}

// Period sums up the dates from From to To, on a given today.
type Period struct {
	From, To Date
	// Kinds lists every kind, with its target in force on To (or today,
	// when that comes first).
	Kinds []KindTarget
	// Days holds every date of the period, and Weeks every week whose last
	// day falls in it: a week belongs to the period that holds its last
	// day.
	Days  []Day
	Weeks []Week
	// Done counts each kind's entries from the start on, up to today; All
	// every entry of the period up to today, before the start too.
	Done, All []int
	// Expected is what the period owes by the end of today: the daily
	// targets of its owed days before today, today's entries up to the
	// target, and the effective targets of its weeks (the week of today up
	// to its entries so far). Pace is Done − Expected.
	Expected, Pace []int
	// WorkingDays counts the owed days up to and including today, and
	// MetDays those that were met.
	WorkingDays, MetDays int
	// WeeksOwed counts the weeks with an owed day that have begun, and
	// WeeksMet those that are met (so far, for the week of today).
	WeeksOwed, WeeksMet int
}

// tally sums a walk up over a period.
type tally struct {
	w *walk
	p *Period
	// listed reports whether Days and Weeks are filled in.
	listed bool
	// elapsed counts the owed days before today (and today, once over).
	elapsed int
	// week holds today's week: each kind's entries so far and N_w.
	weekEntries, weekTargets []int
}

func newTally(w *walk, from, to Date, listed bool) *tally {
	k := len(w.kinds)
	p := &Period{From: from, To: to, Done: make([]int, k), All: make([]int, k), Expected: make([]int, k), Pace: make([]int, k)}
	targetsOn := min(to, w.today)
	p.Kinds = make([]KindTarget, k)
	for i, kind := range w.kinds {
		p.Kinds[i] = KindTarget{Kind: kind, Target: w.t.History().TargetOn(kind, targetsOn)}
	}
	return &tally{w: w, p: p, listed: listed, weekEntries: make([]int, k), weekTargets: make([]int, k)}
}

func (tl *tally) onDay(d *dayFacts) {
	p, w := tl.p, tl.w
	if d.d < p.From || d.d > p.To {
		return
	}
	if tl.listed {
		day := Day{Date: d.d, Working: d.working, Owed: d.owed, Leave: w.t.Calendar.IsLeave(d.d),
			Counts: append([]int(nil), d.n...), Targets: append([]Target(nil), d.target...),
			Counted: d.counted, Met: d.met}
		if d.scored {
			day.Completion = d.c
		}
		if h, ok := w.t.Calendar.Holiday(d.d); ok {
			day.Holiday = h.Name
		}
		p.Days = append(p.Days, day)
	}
	if d.future {
		return
	}
	for j, n := range d.n {
		p.All[j] += n
		if d.d >= w.start {
			p.Done[j] += n
		}
	}
	if !d.owed {
		return
	}
	p.WorkingDays++
	if d.met {
		p.MetDays++
	}
	closed := d.d < w.today || w.over
	if closed {
		tl.elapsed++
	}
	for j, tg := range d.target {
		switch {
		case !tg.IsDaily():
		case closed:
			p.Expected[j] += tg.N
		default:
			p.Expected[j] += min(d.n[j], tg.N)
		}
	}
}

func (tl *tally) onWeek(wk *weekFacts) {
	p, w := tl.p, tl.w
	current := wk.first <= w.today && w.today <= wk.last
	if current {
		copy(tl.weekEntries, wk.entries)
		copy(tl.weekTargets, wk.target)
	}
	if wk.last < p.From || wk.last > p.To {
		return
	}
	state := w.state(wk)
	if tl.listed {
		p.Weeks = append(p.Weeks, Week{First: wk.first, Last: wk.last, Owed: wk.owed,
			Targets: append([]int(nil), wk.target...), Entries: append([]int(nil), wk.entries...), State: state})
	}
	if wk.first > w.today {
		return
	}
	if wk.owed > 0 {
		p.WeeksOwed++
	}
	if state == WeekMet {
		p.WeeksMet++
	}
	for j, n := range wk.target {
		if w.ended(wk) {
			p.Expected[j] += n
		} else {
			p.Expected[j] += min(wk.entries[j], n)
		}
	}
}

// finish works out the pace.
func (tl *tally) finish() *Period {
	for j := range tl.p.Pace {
		tl.p.Pace[j] = tl.p.Done[j] - tl.p.Expected[j]
	}
	return tl.p
}

// Period describes the dates from from to to, both included, on today,
// with every day and week listed.
func (t *Tracker) Period(from, to, today Date) Period {
	w := t.newWalk(today, false)
	tl := newTally(w, from, to, true)
	w.run(from, to, tl.onDay, tl.onWeek)
	return *tl.finish()
}

// Day describes one date on today.
func (t *Tracker) Day(d, today Date) Day {
	return t.Period(d, d, today).Days[0]
}
