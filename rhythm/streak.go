package rhythm

import "math"

// Streak is a run of consecutive met days (or weeks).
type Streak struct {
	// Current is the run ending today when today is met, otherwise the run
	// ending at the last met-or-missed day (or week) before today: today,
	// not met yet, never breaks it.
	Current int
	// Best is the longest run on or before today.
	Best int
}

// scoreDecay is m = 0.5^(1/13): thirteen perfect days from 0 give 0.5.
var scoreDecay = math.Pow(0.5, 1.0/13)

// fold follows a walk from the start to today and keeps the day streak,
// the score and the week streak, and how today and its week stand.
type fold struct {
	w           *walk
	days, weeks Streak
	score       float64
	dayMet      bool
	week        WeekState
}

// onDay folds one day in.
func (f *fold) onDay(d *dayFacts) {
	if d.future || !d.owed {
		return
	}
	w := f.w
	open := d.d == w.today && !w.over
	if d.d == w.today {
		f.dayMet = d.met
	}
	switch {
	case !d.counted:
	case d.met:
		f.days.Current++
		f.days.Best = max(f.days.Best, f.days.Current)
	case !open:
		f.days.Current = 0
	}
	// Today, while open, counts in the score only once it is met (or, with
	// no daily kind, once every weekly kind's credit is full).
	if d.scored && (!open || d.met || (!d.counted && d.weeklyFull)) {
		f.score = f.score*scoreDecay + d.c*(1-scoreDecay)
	}
}

// onWeek folds one week in.
func (f *fold) onWeek(wk *weekFacts) {
	w := f.w
	state := w.state(wk)
	if wk.first <= w.today && w.today <= wk.last {
		f.week = state
	}
	switch state {
	case WeekMet:
		f.weeks.Current++
		f.weeks.Best = max(f.weeks.Best, f.weeks.Current)
	case WeekMissed:
		// Today's week, not met, breaks the run only once it is over.
		if w.ended(wk) {
			f.weeks.Current = 0
		}
	}
}

// runFold walks from the week of the start to the week of today.
func (t *Tracker) runFold(today Date, over bool) *fold {
	w := t.newWalk(today, over)
	f := &fold{w: w, week: WeekNone}
	if w.start > today {
		return f
	}
	w.run(w.start, today, f.onDay, f.onWeek)
	return f
}

// Streaks returns the current and best day streak on today.
func (t *Tracker) Streaks(today Date) Streak { return t.runFold(today, false).days }

// Score returns the rhythm strength on today, from 0 to 1 (Loop Habit
// Tracker's habit strength): over the working days from the start up to the
// day before today, plus today once it is met, s = s·m + c·(1−m) with
// m = 0.5^(1/13), s starting at 0, and c the day's completion: the mean
// over the kinds with a target above 0 of their credit.
func (t *Tracker) Score(today Date) float64 { return t.runFold(today, false).score }
