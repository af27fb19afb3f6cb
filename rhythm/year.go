package rhythm

// yearPlan is what one year owes from the start on: SPEC's pro-rating of
// the year's absence and targets over the workday dates from s, the later
// of the first of January and the start, to the 31st of December.
type yearPlan struct {
	year int
	// s is the later of the first of January and the start; after the
	// 31st of December nothing is owed in the year.
	s Date
	// workdays is W, the year's workday dates; fromStart is W_s, those
	// from s on.
	workdays, fromStart int
	// allowance is the absence expected from s on: round(A × W_s / W),
	// A being the year's vacation and reserve days.
	allowance int
	// availableFromStart is max(0, W_s − allowance).
	availableFromStart int
	// leave counts the leave days on workday dates from s on.
	leave int
	// annual is each kind's annual target.
	annual []int
}

// yearPlan works out what year y owes for kinds, from start on.
func (t *Tracker) yearPlan(y int, start Date, kinds []Kind) yearPlan {
	first, last := YearStart(y), YearEnd(y)
	p := yearPlan{year: y, s: max(first, start), annual: make([]int, len(kinds))}
	cur := t.newCursors(kinds)
	sums := make([]int64, len(kinds))
	for w := t.Calendar.walk(first); w.d <= last; w.next() {
		if !w.workdayDate() {
			continue
		}
		p.workdays++
		if w.d < p.s {
			continue
		}
		p.fromStart++
		if t.Calendar.leave[w.d] {
			p.leave++
		}
		days := int64(w.weekdaysInForce())
		for i := range kinds {
			switch tg := cur[i].at(w.d); {
			case tg.IsDaily():
				sums[i] += int64(tg.N) * unitsPerDay
			case tg.IsWeekly():
				sums[i] += int64(tg.N) * unitsPerDay / days
			}
		}
	}
	if p.fromStart == 0 {
		return p
	}
	h := t.History()
	absence := int64(h.VacationIn(y) + h.ReserveIn(y))
	p.allowance = int(roundDiv(absence*int64(p.fromStart), int64(p.workdays)))
	p.availableFromStart = max(0, p.fromStart-p.allowance)
	for i, sum := range sums {
		p.annual[i] = int(roundDiv(sum*int64(p.availableFromStart), int64(p.fromStart)*unitsPerDay))
	}
	return p
}

// daysLeft returns the available days left from the date from (today, or
// the day after it once today is over) to the 31st of December: the
// working days L from the later of from and s, less their share of the
// allowance not yet taken as leave, U = max(0, allowance − leave):
// max(0, L − round(U × L / W_s)).
func (p yearPlan) daysLeft(c *Calendar, from Date) int {
	if p.fromStart == 0 {
		return 0
	}
	l := int64(c.WorkingDays(max(from, p.s), YearEnd(p.year)))
	u := int64(max(0, p.allowance-p.leave))
	return int(max(0, l-roundDiv(u*l, int64(p.fromStart))))
}

// need returns what is still needed to reach annual from ytd over the days
// left: a day's need, ceil((annual − ytd) / daysLeft), or for a weekly
// kind a week's, ceil((annual − ytd) × P / daysLeft), P being the number of
// workdays a week; never below 0, and 0 with no day left.
func need(annual, ytd, daysLeft, perWeek int) int {
	if daysLeft <= 0 {
		return 0
	}
	gap := int64(annual - ytd)
	if perWeek > 0 {
		gap *= int64(perWeek)
	}
	return int(max(0, ceilDiv(gap, int64(daysLeft))))
}
