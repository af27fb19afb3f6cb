package rhythm

import (
	"math"
	"slices"
)

// Plan is what the rep aims for: the daily targets, the expected absence
// and the date ritme was started.
type Plan struct {
	// Targets gives each kind's daily target.
	Targets []Target
	// VacationDays and ReserveDays are the days a year expected off:
	// vacation, and sickness, training and other absence.
	VacationDays, ReserveDays int
	// Start is the start_date setting; the zero Date means "the date of the
	// earliest entry".
	Start Date
}

// Tracker joins a plan, a calendar and the ledger of entries, and computes
// every figure of ritme from them. Its methods take the date to compute for
// (today) as a parameter and never look at a clock.
type Tracker struct {
	Plan     Plan
	Calendar *Calendar
	Ledger   *Ledger
}

// Kinds returns every kind, in display order (mail, call, visit, then any
// others by name), with its daily target: the plan's targets plus any kind
// that has entries but no target, at 0.
func (t *Tracker) Kinds() []Target {
	ts := slices.Clone(t.Plan.Targets)
	for _, k := range t.Ledger.Kinds() {
		if !slices.ContainsFunc(ts, func(x Target) bool { return x.Kind == k }) {
			ts = append(ts, Target{Kind: k})
		}
	}
	kinds := make([]Kind, len(ts))
	for i, x := range ts {
		kinds[i] = x.Kind
	}
	SortKinds(kinds)
	out := make([]Target, len(kinds))
	for i, k := range kinds {
		out[i] = Target{Kind: k, Daily: t.Target(k)}
	}
	return out
}

// Target returns the daily target of kind k, 0 when the plan has none.
func (t *Tracker) Target(k Kind) int { return targetIn(t.Plan.Targets, k) }

// targetIn returns the daily target of kind k in ts, 0 when it has none.
func targetIn(ts []Target, k Kind) int {
	for _, x := range ts {
		if x.Kind == k {
			return x.Daily
		}
	}
	return 0
}

// Start returns the date from which the rep owes the daily targets: the
// plan's Start when set, else the date of the earliest entry, else the zero
// Date.
func (t *Tracker) Start() Date {
	if !t.Plan.Start.IsZero() {
		return t.Plan.Start
	}
	return t.Ledger.First()
}

// targetCols lists, for every kind with a daily target above 0, its target
// and its ledger column (-1 when it has no entries at all).
type targetCol struct {
	daily, col int
}

func (t *Tracker) targetCols() []targetCol {
	var tc []targetCol
	for _, x := range t.Plan.Targets {
		if x.Daily > 0 {
			tc = append(tc, targetCol{daily: x.Daily, col: slices.Index(t.Ledger.kinds, x.Kind)})
		}
	}
	return tc
}

// completion returns the day's completion (the mean over kinds with a
// target of min(1, entries/target)) and whether every target is met. With
// no targets above 0 a day is complete and met.
func (t *Tracker) completion(tc []targetCol, d Date) (float64, bool) {
	if len(tc) == 0 {
		return 1, true
	}
	sum, met := 0.0, true
	for _, c := range tc {
		n := 0
		if c.col >= 0 {
			n = t.Ledger.at(c.col, d)
		}
		if n >= c.daily {
			sum++
		} else {
			met = false
			sum += float64(n) / float64(c.daily)
		}
	}
	return sum / float64(len(tc)), met
}

// Completion returns d's completion: the mean over kinds with a daily target
// above 0 of min(1, entries/target), whether or not d is a working day.
func (t *Tracker) Completion(d Date) float64 {
	c, _ := t.completion(t.targetCols(), d)
	return c
}

// DayMet reports whether d is a working day on which every kind with a
// daily target above 0 has at least its target of entries.
func (t *Tracker) DayMet(d Date) bool {
	if !t.Calendar.IsWorkingDay(d) {
		return false
	}
	_, met := t.completion(t.targetCols(), d)
	return met
}

// Elapsed returns the working days from the later of 1 January of today's
// year and Start, up to and including the day before today, registered leave
// excluded; 0 when there is no start.
func (t *Tracker) Elapsed(today Date) int {
	start := t.Start()
	if start.IsZero() {
		return 0
	}
	return t.Calendar.WorkingDays(max(YearStart(today.Year()), start), today-1)
}

// Expected returns how many entries of kind k the plan asks for by the end of
// today: daily × Elapsed, plus, when today is a working day, today's entries
// up to the daily target. The day is not over until it is over.
func (t *Tracker) Expected(k Kind, today Date) int {
	return expected(t.Target(k), t.Elapsed(today), t.Ledger.Count(today, k), t.Calendar.IsWorkingDay(today))
}

// expected is daily × elapsed, plus today's entries up to daily when today
// is a working day.
func expected(daily, elapsed, today int, working bool) int {
	e := daily * elapsed
	if working {
		e += min(today, daily)
	}
	return e
}

// YTD returns the entries of kind k from 1 January of today's year up to and
// including today.
func (t *Tracker) YTD(k Kind, today Date) int {
	return t.Ledger.Total(k, YearStart(today.Year()), today)
}

// Pace returns YTD − Expected: above 0 ahead of plan, below 0 behind.
func (t *Tracker) Pace(k Kind, today Date) int {
	return t.YTD(k, today) - t.Expected(k, today)
}

// Streak is a run of consecutive working days that are all met.
type Streak struct {
	// Current is the run ending today when today is a met working day,
	// otherwise the run ending at the last working day before today.
	Current int
	// Best is the longest run on or before today.
	Best int
}

// history is the fold over every working day from the first that counts up
// to the day before today, with today folded in when it is met.
type history struct {
	streak Streak
	score  float64
}

// scoreDecay is m = 0.5^(1/13): thirteen perfect days from 0 give 0.5.
var scoreDecay = math.Pow(0.5, 1.0/13)

// fold walks the working days once and computes the streaks and the score.
// Streaks count from Start (days before it owe nothing and hold no run); the
// score counts from the earliest entry, as SPEC.md defines it.
func (t *Tracker) fold(today Date) history {
	var h history
	start, first := t.Start(), t.Ledger.First()
	if start.IsZero() && first.IsZero() {
		return h
	}
	from := start
	if from.IsZero() || (!first.IsZero() && first < from) {
		from = first
	}
	tc := t.targetCols()
	run := 0
	for w := t.Calendar.walk(from); w.d <= today; w.next() {
		if !w.working() {
			continue
		}
		c, met := t.completion(tc, w.d)
		if w.d == today && !met {
			break // today, unmet, neither counts nor breaks
		}
		if !first.IsZero() && w.d >= first {
			h.score = h.score*scoreDecay + c*(1-scoreDecay)
		}
		if w.d < start {
			continue
		}
		if met {
			run++
			h.streak.Best = max(h.streak.Best, run)
		} else {
			run = 0
		}
	}
	h.streak.Current = run
	return h
}

// Streaks returns the current and best streak on today.
func (t *Tracker) Streaks(today Date) Streak { return t.fold(today).streak }

// Score returns the rhythm strength on today, from 0 to 1 (Loop Habit
// Tracker's habit strength): over the working days from the earliest entry
// up to the day before today, plus today when it is met, s = s·m + c·(1−m)
// with m = 0.5^(1/13), s starting at 0, and c the day's completion.
func (t *Tracker) Score(today Date) float64 { return t.fold(today).score }
