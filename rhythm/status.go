package rhythm

// Status is the quick glance on one date: the day's checklist, the streaks,
// the score and the year so far.
type Status struct {
	Date Date
	// Start is the start that holds: the stored one, else the first entry,
	// else Date itself.
	Start      Date
	WorkingDay bool
	// DayMet reports a met-or-missed day that is met; false before the
	// start.
	DayMet bool
	Kinds  []KindStatus
	Streak Streak
	Score  float64
	// Week is how Date's week stands, and WeekStreak the run of met weeks.
	Week       WeekState
	WeekStreak Streak
	// Year is the availability of Date's year; AvailableFromStart its
	// available days from the start on.
	Year               Availability
	AvailableFromStart int
	// ElapsedDays counts the working days from the later of the first of
	// January and the start up to the day before Date (Date too, for a day
	// that is over).
	ElapsedDays int
	// DaysLeft is the available days left in the year, Date included
	// unless it is over.
	DaysLeft int
}

// KindStatus is one kind's line of a Status.
type KindStatus struct {
	Kind Kind
	// Weekly reports a weekly kind on Date; Target is then N a week, else
	// N a day (0: none).
	Weekly bool
	Target int
	// Today counts the entries on Date.
	Today        int
	YTD          int
	AnnualTarget int
	Expected     int
	Pace         int
	// Need is what each day (a week, for a weekly kind) still needs to
	// reach the annual target.
	Need int
	// Week counts a weekly kind's week entries so far, and WeekTarget is
	// N_w of Date's week.
	Week, WeekTarget int
}

// Status computes the quick glance on today, a day still going on: a
// shortfall of today does not count yet.
func (t *Tracker) Status(today Date) Status { return t.status(today, false) }

// StatusAtEnd computes the glance of day as it stood at the end of that
// day: the day is over, its shortfall counts.
func (t *Tracker) StatusAtEnd(day Date) Status { return t.status(day, true) }

func (t *Tracker) status(today Date, over bool) Status {
	w := t.newWalk(today, over)
	y := today.Year()
	plan := t.yearPlan(y, w.start, w.kinds)
	s := Status{Date: today, Start: w.start, WorkingDay: t.Calendar.IsWorkingDay(today),
		Year: t.Calendar.Availability(y), AvailableFromStart: plan.availableFromStart, Week: WeekNone}
	from := today
	if over {
		from++
	}
	s.DaysLeft = plan.daysLeft(t.Calendar, from)
	perWeek := t.Calendar.Workdays(today).Len()
	kinds := make([]KindStatus, len(w.kinds))
	for i, k := range w.kinds {
		tg := t.History().TargetOn(k, today)
		kinds[i] = KindStatus{Kind: k, Weekly: tg.IsWeekly(), Target: tg.N, Today: t.Ledger.Count(today, k),
			AnnualTarget: plan.annual[i]}
	}
	s.Kinds = kinds
	if today < w.start {
		// A rep who has not started: only what is coming, the year's
		// figures and this week's effective targets.
		tl := newTally(w, today, today, false)
		w.run(today, today, tl.onDay, tl.onWeek)
		for i := range kinds {
			if kinds[i].Weekly {
				kinds[i].WeekTarget = tl.weekTargets[i]
			}
			kinds[i].Need = kindNeed(kinds[i], s.DaysLeft, perWeek)
		}
		return s
	}
	f := &fold{w: w, week: WeekNone}
	tl := newTally(w, max(YearStart(y), w.start), YearEnd(y), false)
	w.run(w.start, today, func(d *dayFacts) {
		f.onDay(d)
		tl.onDay(d)
	}, func(wk *weekFacts) {
		f.onWeek(wk)
		tl.onWeek(wk)
	})
	p := tl.finish()
	s.DayMet, s.Streak, s.Score, s.Week, s.WeekStreak = f.dayMet, f.days, f.score, f.week, f.weeks
	s.ElapsedDays = tl.elapsed
	for i := range kinds {
		k := &kinds[i]
		k.YTD, k.Expected, k.Pace = p.Done[i], p.Expected[i], p.Pace[i]
		if k.Weekly {
			k.Week, k.WeekTarget = tl.weekEntries[i], tl.weekTargets[i]
		}
		k.Need = kindNeed(*k, s.DaysLeft, perWeek)
	}
	return s
}

// kindNeed is a kind's need: a week's for a weekly kind, else a day's.
func kindNeed(k KindStatus, daysLeft, perWeek int) int {
	if !k.Weekly {
		perWeek = 0
	}
	return need(k.AnnualTarget, k.YTD, daysLeft, perWeek)
}

// Open returns how many entries the day still needs to be met: the daily
// kinds' shortfall.
func (s Status) Open() int {
	n := 0
	for _, k := range s.Kinds {
		if !k.Weekly {
			n += max(0, k.Target-k.Today)
		}
	}
	return n
}

// AnnualTargets returns each kind's annual target in year, in the order of
// Kinds, from the start that holds on today.
func (t *Tracker) AnnualTargets(year int, today Date) []int {
	return t.yearPlan(year, t.Start(today), t.Kinds()).annual
}
