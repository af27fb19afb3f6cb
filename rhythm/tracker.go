package rhythm

import "slices"

// Tracker joins the settings, a calendar and the ledger of entries, and
// computes every figure of ritme from them. Its methods take the date to
// compute for (today) as a parameter and never look at a clock.
type Tracker struct {
	Settings Settings
	Calendar *Calendar
	Ledger   *Ledger
}

// History returns the dated settings.
func (t *Tracker) History() *History { return t.Settings.History }

// Start returns the start that holds on today: the stored start; with none
// stored, the date of the earliest entry; with no entry either, today.
func (t *Tracker) Start(today Date) Date {
	switch {
	case !t.Settings.Start.IsZero():
		return t.Settings.Start
	case !t.Ledger.First().IsZero():
		return t.Ledger.First()
	}
	return today
}

// Kinds returns every kind, in display order (mail, call, visit, then any
// others by name): those ever given a target and those that have entries.
func (t *Tracker) Kinds() []Kind {
	ks := t.History().Kinds()
	for _, k := range t.Ledger.Kinds() {
		if !slices.Contains(ks, k) {
			ks = append(ks, k)
		}
	}
	return SortKinds(ks)
}

// Targets returns every kind with its target in force on d.
func (t *Tracker) Targets(d Date) []KindTarget {
	kinds := t.Kinds()
	out := make([]KindTarget, len(kinds))
	for i, k := range kinds {
		out[i] = KindTarget{Kind: k, Target: t.History().TargetOn(k, d)}
	}
	return out
}

// unitsPerDay is the denominator of exact per-day targets: a weekly target
// N spreads over P workdays as N/P a day, and 420 = lcm(1, …, 7), so N/P is
// a whole number of 420ths.
const unitsPerDay = 420

// roundDiv returns a/b rounded to the nearest whole number, halves away
// from zero; 0 when b is 0.
func roundDiv(a, b int64) int64 {
	switch {
	case b == 0:
		return 0
	case b < 0:
		a, b = -a, -b
	}
	if a < 0 {
		return -((-a*2 + b) / (2 * b))
	}
	return (a*2 + b) / (2 * b)
}

// ceilDiv returns a/b rounded up, for b > 0.
func ceilDiv(a, b int64) int64 {
	if a <= 0 {
		return -(-a / b)
	}
	return (a + b - 1) / b
}

// targetCursor returns a kind's target on dates that mostly go forward.
type targetCursor struct {
	spans []span[Target]
	i     int
}

func (c *targetCursor) at(d Date) Target {
	if c.spans[c.i].from > d {
		c.i = 0
	}
	for c.i+1 < len(c.spans) && c.spans[c.i+1].from <= d {
		c.i++
	}
	return c.spans[c.i].v
}

// newCursors returns a target cursor for each of kinds.
func (t *Tracker) newCursors(kinds []Kind) []targetCursor {
	cs := make([]targetCursor, len(kinds))
	for i, k := range kinds {
		spans, ok := t.History().targets[k]
		if !ok {
			spans = []span[Target]{{}}
		}
		cs[i] = targetCursor{spans: spans}
	}
	return cs
}

// weekOf returns the first and the last day of the week of d: its ISO week
// (Monday to Sunday), cut at the ends of d's year, so that a week that
// straddles the first of January counts as a week of each year.
func weekOf(d Date) (first, last Date) {
	y := d.Year()
	first = max(WeekStart(d), YearStart(y))
	last = min(WeekStart(d)+6, YearEnd(y))
	return first, last
}
