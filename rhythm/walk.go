package rhythm

// walk is one pass over whole weeks of the calendar. For every week (an ISO
// week, cut at the ends of its year) it first works out what the week owes
// (its owed days and each weekly kind's effective target N_w), then goes
// through its days up to today, and tells its visitors what each day owes
// and holds, and then what the week held.
type walk struct {
	t     *Tracker
	kinds []Kind
	cols  []int // each kind's ledger column, -1 when it has no entries
	cur   []targetCursor
	start Date
	today Date
	// over reports that today is over: its shortfall counts, as on any
	// day before it.
	over bool

	week weekFacts
	day  dayFacts

	targets []Target // per day of the current week, per kind
	owed    [7]bool
	working [7]bool
	sum     []int64 // per kind: Σ per_day in unitsPerDay over the week's owed days
}

// weekFacts is what one week owes and holds, as far as the walk has gone.
type weekFacts struct {
	first, last Date
	// owed counts the week's owed days: working days on or after the
	// start. seen counts those up to the current day.
	owed, seen int
	// target is N_w per kind: the effective weekly target, 0 for a kind
	// that is not weekly on any owed day.
	target []int
	// entries counts each kind's week entries up to the current day:
	// entries on or after the start, on days on which it is not daily.
	entries []int
	// missed reports that a met-or-missed day of the week before today
	// (or today, once over) was missed; pending that today is a
	// met-or-missed day not met yet.
	missed, pending bool
}

// dayFacts is what one day owes and holds.
type dayFacts struct {
	d Date
	// future reports that the day comes after today: it holds and owes
	// nothing yet.
	future bool
	// working: a working day; owed: a working day on or after the start.
	working, owed bool
	// counted: a met-or-missed day (owed, and some kind is daily on it);
	// met: counted and every daily kind reached its target.
	counted, met bool
	// scored: owed and some kind has a target above 0; c is then the day's
	// completion, and weeklyFull reports that every weekly kind's credit
	// is 1.
	scored     bool
	c          float64
	weeklyFull bool
	// target and n hold each kind's target on the day and its entries.
	target []Target
	n      []int
}

// newWalk prepares a walk on today for the tracker's kinds.
func (t *Tracker) newWalk(today Date, over bool) *walk {
	kinds := t.Kinds()
	k := len(kinds)
	w := &walk{t: t, kinds: kinds, cols: make([]int, k), cur: t.newCursors(kinds), start: t.Start(today),
		today: today, over: over, targets: make([]Target, 7*k), sum: make([]int64, k)}
	for i, kind := range kinds {
		w.cols[i] = t.Ledger.index(kind)
	}
	w.week.target, w.week.entries = make([]int, k), make([]int, k)
	w.day.n = make([]int, k)
	return w
}

// ended reports whether the week is over on today.
func (w *walk) ended(wk *weekFacts) bool {
	return wk.last < w.today || (w.over && wk.last == w.today)
}

// run walks the weeks of from through the week of to, calling onDay for
// each of their days and onWeek at the end of each week. Days after today
// come with future set.
func (w *walk) run(from, to Date, onDay func(*dayFacts), onWeek func(*weekFacts)) {
	k := len(w.kinds)
	for first, _ := weekOf(from); first <= to; {
		_, last := weekOf(first)
		wk := &w.week
		wk.first, wk.last, wk.owed, wk.seen, wk.missed, wk.pending = first, last, 0, 0, false, false
		clear(wk.entries)
		clear(w.sum)
		cal := w.t.Calendar.walk(first)
		for ; cal.d <= last; cal.next() {
			i := int(cal.d - first)
			w.working[i] = cal.working()
			w.owed[i] = w.working[i] && cal.d >= w.start
			if w.owed[i] {
				wk.owed++
			}
			p := int64(cal.weekdaysInForce())
			for j := range k {
				tg := w.cur[j].at(cal.d)
				w.targets[i*k+j] = tg
				if w.owed[i] && tg.IsWeekly() {
					w.sum[j] += int64(tg.N) * unitsPerDay / p
				}
			}
		}
		for j := range k {
			wk.target[j] = int(roundDiv(w.sum[j], unitsPerDay))
		}
		for d := first; d <= last; d++ {
			w.visitDay(d, int(d-first))
			onDay(&w.day)
		}
		onWeek(wk)
		first = last + 1
	}
}

// visitDay works out the facts of d, the i-th day of the current week.
func (w *walk) visitDay(d Date, i int) {
	k := len(w.kinds)
	day, wk := &w.day, &w.week
	day.d, day.target = d, w.targets[i*k:(i+1)*k]
	day.future = d > w.today
	day.working, day.owed = w.working[i], w.owed[i]
	day.counted, day.met, day.scored, day.c, day.weeklyFull = false, false, false, 0, true
	if day.future {
		clear(day.n)
		return
	}
	for j, col := range w.cols {
		day.n[j] = 0
		if col >= 0 {
			day.n[j] = w.t.Ledger.at(col, d)
		}
		if d >= w.start && !day.target[j].IsDaily() {
			wk.entries[j] += day.n[j]
		}
	}
	if !day.owed {
		return
	}
	wk.seen++
	met, sum, scored := true, 0.0, 0
	for j, tg := range day.target {
		switch {
		case tg.IsDaily():
			day.counted = true
			sum += min(1, float64(day.n[j])/float64(tg.N))
			scored++
			if day.n[j] < tg.N {
				met = false
			}
		case tg.IsWeekly():
			credit := weeklyCredit(wk.entries[j], wk.target[j], wk.seen, wk.owed)
			sum += credit
			scored++
			if credit < 1 {
				day.weeklyFull = false
			}
		}
	}
	day.met = day.counted && met
	if scored > 0 {
		day.scored, day.c = true, sum/float64(scored)
	}
	if day.counted && !day.met {
		if d < w.today || w.over {
			wk.missed = true
		} else {
			wk.pending = true
		}
	}
}

// weeklyCredit is a weekly kind's credit on a day: 1 when the week owes
// nothing of it (n is 0), else min(1, e / (n × j / k)), with e its week
// entries up to the day, k the week's owed days and j those up to the day.
func weeklyCredit(e, n, j, k int) float64 {
	if n == 0 || j == 0 {
		return 1
	}
	return min(1, float64(e)*float64(k)/(float64(n)*float64(j)))
}

// WeekState says how a week stands.
type WeekState int

// The states of a week.
const (
	// WeekNone: the week has no owed day; it neither counts nor breaks a
	// week streak.
	WeekNone WeekState = iota
	// WeekOpen: the week is not over and not decided yet.
	WeekOpen
	// WeekMet: every met-or-missed day was met and every weekly kind
	// reached its effective target (so far, for the current week).
	WeekMet
	// WeekMissed: a met-or-missed day was missed, or, once the week is
	// over, a weekly kind fell short.
	WeekMissed
)

// state returns how the week stands on today.
func (w *walk) state(wk *weekFacts) WeekState {
	switch {
	case wk.owed == 0:
		return WeekNone
	case wk.first > w.today:
		return WeekOpen
	case wk.missed:
		return WeekMissed
	}
	reached := !wk.pending
	for j, n := range wk.target {
		if wk.entries[j] < n {
			reached = false
		}
	}
	switch {
	case reached:
		return WeekMet
	case w.ended(wk):
		return WeekMissed
	}
	return WeekOpen
}
