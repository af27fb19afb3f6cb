package rhythm_test

import (
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"pgregory.net/rapid"

	"ritme/rhythm"
)

// The property tests draw random settings histories (dated changes of the
// targets, daily and weekly, and of the workdays, holidays, vacation and
// reserve days), leave, starts and ledgers, and compare the Tracker with a
// plain model of SPEC.md's definitions written without any of its
// shortcuts: no walk over whole weeks, no caches, exact fractions.

var propKinds = []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "demo"}

// add is one Ledger.Add.
type add struct {
	d rhythm.Date
	k rhythm.Kind
	n int
}

// change is one drawn `config set KEY VALUE --from FROM`, with its value
// as drawn; from 0 is "since the beginning".
type change struct {
	key, value string
	from       rhythm.Date
	target     rhythm.Target   // for target.KIND
	workdays   rhythm.Weekdays // for workdays
	days       int             // for vacation_days and reserve_days
}

// world is one drawn case: the changes in the order made, the stored start
// (0: none), the leave and the entries logged.
type world struct {
	changes []change
	start   rhythm.Date
	leave   []rhythm.Date
	adds    []add
	lo, hi  rhythm.Date // the dates entries were drawn from
}

// propKeys are the dated keys a world changes.
var propKeys = []string{"workdays", "holidays", "vacation_days", "reserve_days",
	"target.mail", "target.call", "target.visit", "target.demo"}

// drawChange draws a change of key from the date from. weekly allows
// weekly targets.
func drawChange(t *rapid.T, key string, from rhythm.Date, weekly bool) change {
	c := change{key: key, from: from}
	switch key {
	case "workdays":
		c.workdays = rhythm.Weekdays(rapid.IntRange(1, 1<<7-1).Draw(t, "workdays"))
		c.value = c.workdays.String()
	case "holidays":
		c.value = rapid.SampledFrom([]string{"nl", "nl", "nl-all", "none", "de", "us"}).Draw(t, "holidays")
	case "vacation_days":
		c.days = rapid.IntRange(0, 40).Draw(t, "vacation")
		c.value = strconv.Itoa(c.days)
	case "reserve_days":
		c.days = rapid.IntRange(0, 20).Draw(t, "reserve")
		c.value = strconv.Itoa(c.days)
	default:
		switch {
		case weekly && rapid.Bool().Draw(t, "weekly"):
			c.target = rhythm.Target{N: rapid.IntRange(1, 9).Draw(t, "target a week"), Weekly: true}
			c.value = strconv.Itoa(c.target.N) + "/week"
		case rapid.IntRange(0, 9).Draw(t, "ended") == 0:
			c.value = "" // ends the target
		default:
			c.target = rhythm.Target{N: rapid.IntRange(0, 6).Draw(t, "target a day")}
			c.value = strconv.Itoa(c.target.N)
		}
	}
	return c
}

// drawWorld draws settings, leave and a ledger over up to 500 days
// somewhere in 2019 - 2031; most days every target is logged, so that
// streaks grow long enough to matter. Most settings get a value since the
// beginning (as version 1 stored them), then up to 10 dated changes follow
// around the drawn days. weekly allows weekly targets.
func drawWorld(t *rapid.T, weekly bool) world {
	lo := rhythm.NewDate(2019, 1, 1).AddDays(rapid.IntRange(0, 12*365).Draw(t, "first day"))
	span := rapid.IntRange(0, 500).Draw(t, "days")
	w := world{lo: lo, hi: lo.AddDays(span)}
	for _, key := range propKeys {
		if rapid.IntRange(0, 3).Draw(t, "default "+key) > 0 {
			w.changes = append(w.changes, drawChange(t, key, 0, weekly))
		}
	}
	for range rapid.IntRange(0, 10).Draw(t, "dated changes") {
		key := rapid.SampledFrom(propKeys).Draw(t, "key")
		from := lo.AddDays(rapid.IntRange(-400, span+60).Draw(t, "from"))
		w.changes = append(w.changes, drawChange(t, key, from, weekly))
	}
	for _, off := range rapid.SliceOfN(rapid.IntRange(0, span), 0, 25).Draw(t, "leave") {
		w.leave = append(w.leave, lo.AddDays(off))
	}
	if rapid.Bool().Draw(t, "start_date set") {
		w.start = lo.AddDays(rapid.IntRange(-30, span+30).Draw(t, "start_date"))
	}
	// One way of logging per day: mostly every target (a weekly one's
	// share of the day, rounded up), sometimes nothing, one short, more
	// than asked, or only a kind without a target.
	m := newModel(w)
	ways := rapid.SliceOfN(rapid.IntRange(0, 9), span+1, span+1).Draw(t, "days logged")
	for i, way := range ways {
		d := lo.AddDays(i)
		for j, k := range propKinds {
			n := 0
			switch tg := m.target(k, d); {
			case tg.IsDaily():
				n = tg.N
			case tg.IsWeekly():
				p := weekdayCount(m.workdays(d))
				n = (tg.N + p - 1) / p
			}
			switch {
			case way == 6, way == 9:
				n = 0
			case way == 7 && j == i%len(propKinds):
				n--
			case way == 8:
				n += 2
			}
			if n > 0 {
				w.adds = append(w.adds, add{d, k, n})
			}
		}
		if way == 9 {
			w.adds = append(w.adds, add{d, "demo", 1})
		}
	}
	// Shuffle the order of the adds: the Ledger takes them in any order.
	w.adds = rapid.Permutation(w.adds).Draw(t, "order")
	return w
}

// tracker builds a fresh Tracker of w with the extra entries.
func (w world) tracker(t *rapid.T, extra ...add) *rhythm.Tracker {
	var cs []rhythm.Change
	for _, c := range w.changes {
		rc, err := rhythm.NewChange(c.key, c.value, c.from, time.Time{})
		if err != nil {
			t.Fatalf("NewChange(%s, %q, %v): %v", c.key, c.value, c.from, err)
		}
		cs = append(cs, rc)
	}
	h, err := rhythm.NewHistory(cs)
	if err != nil {
		t.Fatalf("NewHistory(%v): %v", cs, err)
	}
	s := rhythm.DefaultSettings()
	s.History, s.Start = h, w.start
	l := &rhythm.Ledger{}
	for _, a := range append(slices.Clone(w.adds), extra...) {
		l.Add(a.d, a.k, a.n)
	}
	return s.Tracker(w.leave, l)
}

// drawToday draws a date around the ledger's dates.
func (w world) drawToday(t *rapid.T) rhythm.Date {
	return w.lo.AddDays(rapid.IntRange(-10, int(w.hi-w.lo)+60).Draw(t, "today"))
}

// weekdayCount is P: how many weekdays the set w has.
func weekdayCount(w rhythm.Weekdays) int {
	n := 0
	for d := time.Sunday; d <= time.Saturday; d++ {
		if w.Has(d) {
			n++
		}
	}
	return n
}

// roundRat rounds r to the nearest whole number, halves away from zero.
func roundRat(r *big.Rat) int {
	n := new(big.Int).Abs(r.Num())
	d := r.Denom()
	q := new(big.Int).Div(new(big.Int).Add(new(big.Int).Lsh(n, 1), d), new(big.Int).Lsh(d, 1))
	if r.Sign() < 0 {
		q.Neg(q)
	}
	return int(q.Int64())
}

// ceilDiv is a/b rounded up, for b > 0.
func ceilDiv(a, b int) int {
	q := a / b
	if a > 0 && a%b != 0 {
		q++
	}
	return q
}

// model computes SPEC.md's figures the slow way.
type model struct {
	w        world
	counts   map[rhythm.Date]map[rhythm.Kind]int
	first    rhythm.Date
	leave    map[rhythm.Date]bool
	holidays map[int]map[rhythm.Date]rhythm.Holiday // by year, as a cache
}

// newModel returns the model of w: its entries by date and kind, its
// first entry and its leave.
func newModel(w world) *model {
	m := &model{w: w, counts: map[rhythm.Date]map[rhythm.Kind]int{}, leave: map[rhythm.Date]bool{},
		holidays: map[int]map[rhythm.Date]rhythm.Holiday{}}
	for _, a := range w.adds {
		if m.counts[a.d] == nil {
			m.counts[a.d] = map[rhythm.Kind]int{}
		}
		m.counts[a.d][a.k] += a.n
		if m.first == 0 || a.d < m.first {
			m.first = a.d
		}
	}
	for _, d := range w.leave {
		m.leave[d] = true
	}
	return m
}

// setting returns the change of key in force on d: the one with the latest
// from on or before d, the last made of those with the same from. A yearly
// key's change holds from 1 January of the year of its date.
func (m *model) setting(key string, d rhythm.Date) (change, bool) {
	var in change
	found := false
	for _, c := range m.w.changes {
		if c.key != key {
			continue
		}
		if (key == "holidays" || key == "vacation_days" || key == "reserve_days") && c.from != 0 {
			c.from = rhythm.YearStart(c.from.Year())
		}
		if c.from <= d && (!found || c.from >= in.from) {
			in, found = c, true
		}
	}
	return in, found
}

// target is target_on(k, d); the built-in kinds default to 5, 2 and 1 a
// day, a kind of one's own has none until set.
func (m *model) target(k rhythm.Kind, d rhythm.Date) rhythm.Target {
	if c, ok := m.setting("target."+string(k), d); ok {
		return c.target
	}
	return map[rhythm.Kind]rhythm.Target{rhythm.Mail: {N: 5}, rhythm.Call: {N: 2}, rhythm.Visit: {N: 1}}[k]
}

// workdays are the workdays in force on d, by default Monday to Friday.
func (m *model) workdays(d rhythm.Date) rhythm.Weekdays {
	if c, ok := m.setting("workdays", d); ok {
		return c.workdays
	}
	return rhythm.MondayToFriday
}

// yearly returns the value of a yearly key in year y.
func (m *model) yearly(key string, y int, def change) change {
	if c, ok := m.setting(key, rhythm.YearStart(y)); ok && c.value != "" {
		return c
	}
	return def
}

// holidayList returns the holidays of year y's holiday set, by date.
func (m *model) holidayList(y int) map[rhythm.Date]rhythm.Holiday {
	if hs, ok := m.holidays[y]; ok {
		return hs
	}
	set, err := rhythm.LookupHolidays(m.yearly("holidays", y, change{value: "nl"}).value)
	if err != nil {
		panic(err)
	}
	hs := map[rhythm.Date]rhythm.Holiday{}
	for _, h := range set.In(y) {
		hs[h.Date] = h
	}
	m.holidays[y] = hs
	return hs
}

// holiday returns the holiday on d, if any, whether or not on a workday.
func (m *model) holiday(d rhythm.Date) (rhythm.Holiday, bool) {
	h, ok := m.holidayList(d.Year())[d]
	return h, ok
}

// workdayDate: a workday in the workdays in force on d, not a holiday.
func (m *model) workdayDate(d rhythm.Date) bool {
	_, holiday := m.holiday(d)
	return m.workdays(d).Has(d.Weekday()) && !holiday
}

// working: a workday date that is not leave.
func (m *model) working(d rhythm.Date) bool { return m.workdayDate(d) && !m.leave[d] }

// availability is the availability calculator's answer for year y.
func (m *model) availability(y int) rhythm.Availability {
	a := rhythm.Availability{Year: y,
		VacationDays: m.yearly("vacation_days", y, change{days: 25}).days,
		ReserveDays:  m.yearly("reserve_days", y, change{days: 10}).days}
	for d := rhythm.YearStart(y); d <= rhythm.YearEnd(y); d++ {
		if m.workdays(d).Has(d.Weekday()) {
			a.Weekdays++
			if h, ok := m.holiday(d); ok {
				a.Holidays = append(a.Holidays, h)
			}
		}
	}
	a.WorkingDays = a.Weekdays - len(a.Holidays)
	a.AvailableDays = max(0, a.WorkingDays-a.VacationDays-a.ReserveDays)
	return a
}

// kinds lists the kinds a tracker knows: the built-in ones, and demo once
// it has a target set or entries.
func (m *model) kinds() []rhythm.Kind {
	ks := slices.Clone(rhythm.BuiltinKinds)
	has := slices.ContainsFunc(m.w.changes, func(c change) bool { return c.key == "target.demo" }) ||
		slices.ContainsFunc(m.w.adds, func(a add) bool { return a.k == "demo" })
	if has {
		ks = append(ks, "demo")
	}
	return ks
}

// view is the model seen on one today, still going on or (over) at its end.
type view struct {
	*model
	today rhythm.Date
	over  bool
	start rhythm.Date
}

// on returns the view of today: the start is the stored one, else the
// first entry, else today.
func (m *model) on(today rhythm.Date, over bool) view {
	v := view{model: m, today: today, over: over, start: today}
	switch {
	case m.w.start != 0:
		v.start = m.w.start
	case m.first != 0:
		v.start = m.first
	}
	return v
}

// s is max(1 January of today's year, start).
func (v view) s() rhythm.Date { return max(rhythm.YearStart(v.today.Year()), v.start) }

// owed: a working day on or after the start.
func (v view) owed(d rhythm.Date) bool { return v.working(d) && d >= v.start }

// closed: a day that is over.
func (v view) closed(d rhythm.Date) bool { return d < v.today || v.over && d == v.today }

// anyDaily reports whether some kind is daily on d.
func (v view) anyDaily(d rhythm.Date) bool {
	return slices.ContainsFunc(propKinds, func(k rhythm.Kind) bool { return v.target(k, d).IsDaily() })
}

// counted: a met-or-missed day up to today.
func (v view) counted(d rhythm.Date) bool { return d <= v.today && v.owed(d) && v.anyDaily(d) }

// met: a met-or-missed day on which every daily kind reached its target.
func (v view) met(d rhythm.Date) bool {
	if !v.counted(d) {
		return false
	}
	for _, k := range propKinds {
		if tg := v.target(k, d); tg.IsDaily() && v.counts[d][k] < tg.N {
			return false
		}
	}
	return true
}

// week returns the ISO week of d, cut at the ends of its year.
func week(d rhythm.Date) (first, last rhythm.Date) {
	monday := d.AddDays(-((int(d.Weekday()) + 6) % 7))
	return max(monday, rhythm.YearStart(d.Year())), min(monday.AddDays(6), rhythm.YearEnd(d.Year()))
}

// owedIn counts the owed days from first to last.
func (v view) owedIn(first, last rhythm.Date) int {
	n := 0
	for d := first; d <= last; d++ {
		if v.owed(d) {
			n++
		}
	}
	return n
}

// weekTarget is N_w: round(Σ per_day(k, d)) over the owed days d of the
// week on which k is weekly.
func (v view) weekTarget(k rhythm.Kind, first, last rhythm.Date) int {
	sum := new(big.Rat)
	for d := first; d <= last; d++ {
		if tg := v.target(k, d); v.owed(d) && tg.IsWeekly() {
			sum.Add(sum, big.NewRat(int64(tg.N), int64(weekdayCount(v.workdays(d)))))
		}
	}
	return roundRat(sum)
}

// weekEntries counts k's week entries from first up to upTo (and today):
// on or after the start, on days on which k is not daily.
func (v view) weekEntries(k rhythm.Kind, first, upTo rhythm.Date) int {
	n := 0
	for d := first; d <= min(upTo, v.today); d++ {
		if d >= v.start && !v.target(k, d).IsDaily() {
			n += v.counts[d][k]
		}
	}
	return n
}

// credit is k's credit on the owed day d: min(1, entries/target) for a
// daily kind, the weekly credit for a weekly one.
func (v view) credit(k rhythm.Kind, d rhythm.Date) *big.Rat {
	one := big.NewRat(1, 1)
	tg := v.target(k, d)
	var c *big.Rat
	if tg.IsDaily() {
		c = big.NewRat(int64(v.counts[d][k]), int64(tg.N))
	} else {
		first, last := week(d)
		n := v.weekTarget(k, first, last)
		if n == 0 {
			return one
		}
		// min(1, e / (N_w × j / k)) = min(1, e·k / (N_w·j))
		e, kk, j := v.weekEntries(k, first, d), v.owedIn(first, last), v.owedIn(first, d)
		c = big.NewRat(int64(e*kk), int64(n*j))
	}
	if c.Cmp(one) > 0 {
		return one
	}
	return c
}

// completion is the mean credit, on the owed day d, of the kinds with a
// target above 0; scored is false when there is none. weeklyFull reports
// that every weekly kind's credit is 1.
func (v view) completion(d rhythm.Date) (c float64, scored, weeklyFull bool) {
	sum, n := new(big.Rat), 0
	weeklyFull = true
	for _, k := range propKinds {
		if tg := v.target(k, d); tg.N > 0 {
			cr := v.credit(k, d)
			sum.Add(sum, cr)
			n++
			if tg.IsWeekly() && cr.Cmp(big.NewRat(1, 1)) < 0 {
				weeklyFull = false
			}
		}
	}
	if n == 0 {
		return 0, false, weeklyFull
	}
	f, _ := sum.Quo(sum, big.NewRat(int64(n), 1)).Float64()
	return f, true, weeklyFull
}

// score folds the completions of the owed days from the start up to the
// day before today, and today when it is met (or, with no daily kind, when
// every weekly credit is full), or over.
func (v view) score() float64 {
	var cs []float64
	for d := v.start; d <= v.today; d++ {
		if !v.owed(d) {
			continue
		}
		c, scored, full := v.completion(d)
		if scored && (v.closed(d) || v.met(d) || !v.anyDaily(d) && full) {
			cs = append(cs, c)
		}
	}
	return fold(cs...)
}

// streak reads the runs of met days off the met-or-missed days from the
// start to today; today, not met and not over, does not break the run.
func (v view) streak() rhythm.Streak {
	var s rhythm.Streak
	for d := v.start; d <= v.today; d++ {
		switch {
		case !v.counted(d):
		case v.met(d):
			s.Current++
			s.Best = max(s.Best, s.Current)
		case v.closed(d):
			s.Current = 0
		}
	}
	return s
}

// weekState says how the week from first to last stands on today.
func (v view) weekState(first, last rhythm.Date) rhythm.WeekState {
	if v.owedIn(first, last) == 0 {
		return rhythm.WeekNone
	}
	if first > v.today {
		return rhythm.WeekOpen
	}
	reached := true
	for d := first; d <= last; d++ {
		if v.counted(d) && !v.met(d) {
			if v.closed(d) {
				return rhythm.WeekMissed
			}
			reached = false
		}
	}
	for _, k := range propKinds {
		if v.weekEntries(k, first, last) < v.weekTarget(k, first, last) {
			reached = false
		}
	}
	switch {
	case reached:
		return rhythm.WeekMet
	case v.closed(last):
		return rhythm.WeekMissed
	}
	return rhythm.WeekOpen
}

// weekStreak reads the runs of met weeks from the week of the start to the
// week of today; today's week, not met, breaks nothing until it is over.
func (v view) weekStreak() rhythm.Streak {
	var s rhythm.Streak
	for first, last := week(v.start); first <= v.today; first, last = week(last + 1) {
		switch v.weekState(first, last) {
		case rhythm.WeekMet:
			s.Current++
			s.Best = max(s.Best, s.Current)
		case rhythm.WeekMissed:
			if v.closed(last) {
				s.Current = 0
			}
		}
	}
	return s
}

// expected is expected(k, today): the daily targets of the owed days from
// s, today's entries up to its target while it is not over, the effective
// targets of the weeks of the year that are over, and the week entries of
// today's week up to its N_w.
func (v view) expected(k rhythm.Kind) int {
	n := 0
	for d := v.s(); d <= v.today; d++ {
		tg := v.target(k, d)
		switch {
		case !v.owed(d) || !tg.IsDaily():
		case v.closed(d):
			n += tg.N
		default:
			n += min(v.counts[d][k], tg.N)
		}
	}
	for first, last := week(rhythm.YearStart(v.today.Year())); first <= v.today; first, last = week(last + 1) {
		nw := v.weekTarget(k, first, last)
		if v.closed(last) {
			n += nw
		} else {
			n += min(v.weekEntries(k, first, v.today), nw)
		}
	}
	return n
}

// plan is SPEC.md's pro-rating of year y from the start.
type plan struct {
	w, ws, allowance, afs, leave int
	s                            rhythm.Date
	annual                       map[rhythm.Kind]int
}

// plan works out today's year from s: W, W_s, the allowance, the available
// days from the start and the annual targets.
func (v view) plan() plan {
	y := v.today.Year()
	p := plan{s: v.s(), annual: map[rhythm.Kind]int{}}
	sums := map[rhythm.Kind]*big.Rat{}
	for _, k := range propKinds {
		sums[k] = new(big.Rat)
	}
	for d := rhythm.YearStart(y); d <= rhythm.YearEnd(y); d++ {
		if !v.workdayDate(d) {
			continue
		}
		p.w++
		if d < p.s {
			continue
		}
		p.ws++
		if v.leave[d] {
			p.leave++
		}
		for _, k := range propKinds {
			switch tg := v.target(k, d); {
			case tg.IsDaily():
				sums[k].Add(sums[k], big.NewRat(int64(tg.N), 1))
			case tg.IsWeekly():
				sums[k].Add(sums[k], big.NewRat(int64(tg.N), int64(weekdayCount(v.workdays(d)))))
			}
		}
	}
	if p.ws == 0 {
		return p
	}
	a := v.availability(y)
	p.allowance = roundRat(big.NewRat(int64((a.VacationDays+a.ReserveDays)*p.ws), int64(p.w)))
	p.afs = max(0, p.ws-p.allowance)
	for _, k := range propKinds {
		p.annual[k] = roundRat(new(big.Rat).Mul(sums[k], big.NewRat(int64(p.afs), int64(p.ws))))
	}
	return p
}

// daysLeft is days_left from the date from (today, or the day after it once
// it is over).
func (v view) daysLeft(p plan, from rhythm.Date) int {
	if p.ws == 0 {
		return 0
	}
	l := 0
	for d := max(from, p.s); d <= rhythm.YearEnd(v.today.Year()); d++ {
		if v.working(d) {
			l++
		}
	}
	u := max(0, p.allowance-p.leave)
	return max(0, l-roundRat(big.NewRat(int64(u*l), int64(p.ws))))
}

// status is the Status the model expects on today. weekTargets gives the
// effective weekly targets to expect before the start, which SPEC.md
// leaves open.
func (v view) status(weekTargets map[rhythm.Kind]int) rhythm.Status {
	t := v.today
	begun := t >= v.start
	s := rhythm.Status{Date: t, Start: v.start, WorkingDay: v.working(t), Year: v.availability(t.Year()), Week: rhythm.WeekNone}
	p := v.plan()
	s.AvailableFromStart = p.afs
	from := t
	if v.over {
		from++
	}
	s.DaysLeft = v.daysLeft(p, from)
	if begun {
		s.DayMet = v.met(t)
		s.Streak, s.Score = v.streak(), v.score()
		s.Week, s.WeekStreak = v.weekState(week(t)), v.weekStreak()
		for d := v.s(); d <= t; d++ {
			if v.owed(d) && v.closed(d) {
				s.ElapsedDays++
			}
		}
	}
	for _, k := range v.kinds() {
		tg := v.target(k, t)
		ks := rhythm.KindStatus{Kind: k, Weekly: tg.IsWeekly(), Target: tg.N, Today: v.counts[t][k], AnnualTarget: p.annual[k]}
		if begun {
			for d := v.s(); d <= t; d++ {
				ks.YTD += v.counts[d][k]
			}
			ks.Expected = v.expected(k)
			ks.Pace = ks.YTD - ks.Expected
		}
		if tg.IsWeekly() {
			first, last := week(t)
			ks.Week, ks.WeekTarget = v.weekEntries(k, first, t), v.weekTarget(k, first, last)
			if !begun {
				ks.WeekTarget = weekTargets[k]
			}
		}
		if s.DaysLeft > 0 {
			gap := ks.AnnualTarget - ks.YTD
			if tg.IsWeekly() {
				gap *= weekdayCount(v.workdays(t))
			}
			ks.Need = max(0, ceilDiv(gap, s.DaysLeft))
		}
		s.Kinds = append(s.Kinds, ks)
	}
	return s
}

// period is the Period the model expects from from to to.
func (v view) period(from, to rhythm.Date) rhythm.Period {
	ks := v.kinds()
	n := len(ks)
	p := rhythm.Period{From: from, To: to, Done: make([]int, n), All: make([]int, n), Expected: make([]int, n), Pace: make([]int, n)}
	for _, k := range ks {
		p.Kinds = append(p.Kinds, rhythm.KindTarget{Kind: k, Target: v.target(k, min(to, v.today))})
	}
	for d := from; d <= to; d++ {
		h, _ := v.holiday(d)
		day := rhythm.Day{Date: d, Working: v.working(d), Owed: v.owed(d), Holiday: h.Name, Leave: v.leave[d],
			Counts: make([]int, n), Counted: v.counted(d), Met: v.met(d)}
		for i, k := range ks {
			tg := v.target(k, d)
			day.Targets = append(day.Targets, tg)
			if d > v.today {
				continue
			}
			day.Counts[i] = v.counts[d][k]
			p.All[i] += v.counts[d][k]
			if d >= v.start {
				p.Done[i] += v.counts[d][k]
			}
			switch {
			case !v.owed(d) || !tg.IsDaily():
			case v.closed(d):
				p.Expected[i] += tg.N
			default:
				p.Expected[i] += min(v.counts[d][k], tg.N)
			}
		}
		if d <= v.today && v.owed(d) {
			c, scored, _ := v.completion(d)
			if scored {
				day.Completion = c
			}
			p.WorkingDays++
			if v.met(d) {
				p.MetDays++
			}
		}
		p.Days = append(p.Days, day)
	}
	for first, last := week(from); first <= to; first, last = week(last + 1) {
		if last < from || last > to {
			continue
		}
		wk := rhythm.Week{First: first, Last: last, Owed: v.owedIn(first, last), State: v.weekState(first, last)}
		for i, k := range ks {
			nw, e := v.weekTarget(k, first, last), v.weekEntries(k, first, last)
			wk.Targets, wk.Entries = append(wk.Targets, nw), append(wk.Entries, e)
			switch {
			case first > v.today:
			case v.closed(last):
				p.Expected[i] += nw
			default:
				p.Expected[i] += min(e, nw)
			}
		}
		if first <= v.today && wk.Owed > 0 {
			p.WeeksOwed++
		}
		if first <= v.today && wk.State == rhythm.WeekMet {
			p.WeeksMet++
		}
		p.Weeks = append(p.Weeks, wk)
	}
	for i := range p.Pace {
		p.Pace[i] = p.Done[i] - p.Expected[i]
	}
	return p
}

// sameScore copies got's score or completion into want when the two agree
// to within 1e-9, so that the rest can be compared exactly.
func sameScore(got float64, want *float64) {
	if near(got, *want) {
		*want = got
	}
}

// checkStatus compares a Status with the model's.
func checkStatus(t *rapid.T, name string, got rhythm.Status, v view) {
	weekTargets := map[rhythm.Kind]int{}
	for _, k := range got.Kinds {
		weekTargets[k.Kind] = k.WeekTarget
	}
	want := v.status(weekTargets)
	sameScore(got.Score, &want.Score)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s(%v) =\n%+v\nwant\n%+v", name, v.today, got, want)
	}
}

func TestPropertyStatusMatchesTheDefinitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, true)
		tr, m := w.tracker(t), newModel(w)
		today := w.drawToday(t)
		checkStatus(t, "Status", tr.Status(today), m.on(today, false))
		checkStatus(t, "StatusAtEnd", tr.StatusAtEnd(today), m.on(today, true))
		p := m.on(today, false).plan()
		annual := tr.AnnualTargets(today.Year(), today)
		for i, k := range tr.Kinds() {
			if annual[i] != p.annual[k] {
				t.Fatalf("AnnualTargets(%d, %v) %s = %d, want %d", today.Year(), today, k, annual[i], p.annual[k])
			}
		}
	})
}

func TestPropertyPeriodMatchesTheDefinitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, true)
		tr, m := w.tracker(t), newModel(w)
		from := w.lo.AddDays(rapid.IntRange(-10, int(w.hi-w.lo)).Draw(t, "from"))
		to := from.AddDays(rapid.IntRange(0, 400).Draw(t, "length"))
		today := w.drawToday(t)
		got, want := tr.Period(from, to, today), m.on(today, false).period(from, to)
		for i := range min(len(got.Days), len(want.Days)) {
			sameScore(got.Days[i].Completion, &want.Days[i].Completion)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Period(%v, %v, %v) =\n%+v\nwant\n%+v", from, to, today, got, want)
		}
	})
}

func TestPropertyCalendarMatchesTheDefinitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, false)
		c, m := w.tracker(t).Calendar, newModel(w)
		from := w.lo.AddDays(rapid.IntRange(-400, int(w.hi-w.lo)).Draw(t, "from"))
		to := from.AddDays(rapid.IntRange(-1, 800).Draw(t, "length"))
		workdayDates, working := 0, 0
		for d := from; d <= to; d++ {
			if got, want := c.Workdays(d), m.workdays(d); got != want {
				t.Fatalf("Workdays(%v) = %v, want %v", d, got, want)
			}
			if got, want := c.IsWorkdayDate(d), m.workdayDate(d); got != want {
				t.Fatalf("IsWorkdayDate(%v) = %v, want %v", d, got, want)
			}
			if got, want := c.IsWorkingDay(d), m.working(d); got != want {
				t.Fatalf("IsWorkingDay(%v) = %v, want %v", d, got, want)
			}
			if m.workdayDate(d) {
				workdayDates++
			}
			if m.working(d) {
				working++
			}
		}
		if got := c.WorkdayDates(from, to); got != workdayDates {
			t.Fatalf("WorkdayDates(%v, %v) = %d, want %d", from, to, got, workdayDates)
		}
		if got := c.WorkingDays(from, to); got != working {
			t.Fatalf("WorkingDays(%v, %v) = %d, want %d", from, to, got, working)
		}
		for y := from.Year(); y <= to.Year(); y++ {
			if got, want := c.Availability(y), m.availability(y); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("Availability(%d) = %+v, want %+v", y, got, want)
			}
		}
	})
}

// TestPropertyStreakWithinItsDays: a streak never exceeds the met-or-missed
// days it spans, the current run is never longer than the best, and every
// day of the current run was met.
func TestPropertyStreakWithinItsDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, true)
		tr := w.tracker(t)
		today := w.drawToday(t)
		s := tr.Status(today).Streak
		start := tr.Start(today)
		if start > today {
			if s != (rhythm.Streak{}) {
				t.Fatalf("Status(%v).Streak = %+v before the start %v, want none", today, s, start)
			}
			return
		}
		days := tr.Period(start, today, today).Days
		counted := 0
		for _, d := range days {
			if d.Counted {
				counted++
			}
		}
		if s.Current < 0 || s.Current > s.Best || s.Best > counted {
			t.Fatalf("Status(%v).Streak = %+v, want 0 <= current <= best <= %d met-or-missed days since the start", today, s, counted)
		}
		// The current run ends at today or the met-or-missed day before it.
		i := len(days) - 1
		if !days[i].Met {
			i--
		}
		for n := 0; n < s.Current; i-- {
			if !days[i].Counted {
				continue
			}
			if !days[i].Met {
				t.Fatalf("Status(%v).Streak.Current = %d, but %v, %d met-or-missed days back, was not met", today, s.Current, days[i].Date, n)
			}
			n++
		}
	})
}

func TestPropertyScoreBetweenZeroAndOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, true)
		tr := w.tracker(t)
		today := w.drawToday(t)
		for _, s := range []rhythm.Status{tr.Status(today), tr.StatusAtEnd(today)} {
			if s.Score < 0 || s.Score > 1 {
				t.Fatalf("Score(%v) = %v, want 0 <= score <= 1", today, s.Score)
			}
		}
		if c := tr.Day(today, today).Completion; c < 0 || c > 1 {
			t.Fatalf("Day(%v).Completion = %v, want 0 <= completion <= 1", today, c)
		}
	})
}

// TestPropertyOneMoreEntry: logging one more entry never lowers the pace,
// a day met, the current or best day streak, nor, from a start that does
// not move, the score or the week streak. (An entry before the first one
// without a start_date moves the start earlier, and with it what is owed:
// see TestEarlierFirstEntryMovesTheStart.) While today is open, meeting it
// with a weekly kind behind adds its partial completion to the score, which
// can lower it; so the open score is checked only when no kind is weekly
// today.
func TestPropertyOneMoreEntry(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, true)
		before := w.tracker(t)
		extra := add{
			d: w.lo.AddDays(rapid.IntRange(-5, int(w.hi-w.lo)+5).Draw(t, "extra date")),
			k: rapid.SampledFrom(propKinds).Draw(t, "extra kind"),
			n: 1,
		}
		after := w.tracker(t, extra)
		today := w.drawToday(t)
		startMoves := w.start == 0 && (before.Ledger.First() == 0 || extra.d < before.Ledger.First())
		bs, as := before.Status(today), after.Status(today)
		be, ae := before.StatusAtEnd(today), after.StatusAtEnd(today)

		if !startMoves {
			// The kinds only grow: the extra entry may bring in demo.
			for _, s := range [][2]rhythm.Status{{bs, as}, {be, ae}} {
				for i, k := range s[0].Kinds {
					if a := s[1].Kinds[i]; a.Kind != k.Kind || a.Pace < k.Pace {
						t.Fatalf("%s pace on %v = %d after logging %+v, was %d", a.Kind, today, a.Pace, extra, k.Pace)
					}
				}
			}
			if ae.Score < be.Score-1e-12 {
				t.Fatalf("StatusAtEnd(%v).Score = %v after logging %+v, was %v", today, ae.Score, extra, be.Score)
			}
			weekly := slices.ContainsFunc(bs.Kinds, func(k rhythm.KindStatus) bool { return k.Weekly })
			if !weekly && as.Score < bs.Score-1e-12 {
				t.Fatalf("Status(%v).Score = %v after logging %+v, was %v", today, as.Score, extra, bs.Score)
			}
			for _, s := range [][2]rhythm.Status{{bs, as}, {be, ae}} {
				if b, a := s[0].WeekStreak, s[1].WeekStreak; a.Best < b.Best || a.Current < b.Current {
					t.Fatalf("week streak on %v = %+v after logging %+v, was %+v", today, a, extra, b)
				}
			}
		}
		bd, ad := before.Period(w.lo-1, w.hi+1, w.hi+1).Days, after.Period(w.lo-1, w.hi+1, w.hi+1).Days
		for i := range bd {
			if bd[i].Met && !ad[i].Met {
				t.Fatalf("Day(%v).Met = false after logging %+v, was true", bd[i].Date, extra)
			}
		}
		for _, s := range [][2]rhythm.Status{{bs, as}, {be, ae}} {
			if b, a := s[0].Streak, s[1].Streak; a.Best < b.Best || a.Current < b.Current {
				t.Fatalf("streak on %v = %+v after logging %+v, was %+v", today, a, extra, b)
			}
		}
	})
}

// TestPropertyThirteenPerfectDays: thirteen perfect met-or-missed days from
// any fresh start give a score of 0.5, on the thirteenth day and until the
// next met-or-missed day has passed; days in between that are not, with or
// without entries, do not decay it. A stored start before the first of
// them only adds days that count 0, which leave the score at 0.
func TestPropertyThirteenPerfectDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, false)
		w.adds = nil
		m := newModel(w)
		first := max(w.lo, w.start)
		v := m.on(first, false)
		d, n := first, 0
		for ; n < 13 && d < first+2000; d++ {
			if v.working(d) && v.anyDaily(d) {
				for _, k := range propKinds {
					if tg := v.target(k, d); tg.IsDaily() {
						w.adds = append(w.adds, add{d, k, tg.N + rapid.IntRange(0, 2).Draw(t, "extra")})
					}
				}
				n++
			} else if n > 0 && rapid.Bool().Draw(t, "log on a day off") {
				w.adds = append(w.adds, add{d, rhythm.Mail, 1})
			}
		}
		if n < 13 {
			return // no kind is daily on enough days
		}
		last := d - 1
		next := d
		for next < last+400 && !(v.working(next) && v.anyDaily(next)) {
			next++
		}
		today := last.AddDays(rapid.IntRange(0, int(next-last)).Draw(t, "days after the 13th"))
		s := w.tracker(t).Status(today)
		if !near(s.Score, 0.5) {
			t.Fatalf("Status(%v).Score after 13 perfect days ending %v = %.12f, want 0.5", today, last, s.Score)
		}
		if s.Streak.Current != 13 {
			t.Fatalf("Status(%v).Streak.Current after 13 perfect days = %d, want 13", today, s.Streak.Current)
		}
	})
}

// TestPropertyLedgerCounts: whatever the order of the adds, the Ledger
// counts and sums what was added.
func TestPropertyLedgerCounts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t, true)
		tr, m := w.tracker(t), newModel(w)
		for d := w.lo - 2; d <= w.hi+2; d++ {
			for _, k := range propKinds {
				if got, want := tr.Ledger.Count(d, k), m.counts[d][k]; got != want {
					t.Fatalf("Count(%v, %s) = %d, want %d", d, k, got, want)
				}
			}
		}
		if got := tr.Ledger.First(); got != m.first {
			t.Fatalf("First() = %v, want %v", got, m.first)
		}
		from := w.lo.AddDays(rapid.IntRange(-3, int(w.hi-w.lo)+3).Draw(t, "from"))
		to := from.AddDays(rapid.IntRange(-1, 200).Draw(t, "length"))
		for _, k := range propKinds {
			want := 0
			for d := from; d <= to; d++ {
				want += m.counts[d][k]
			}
			if got := tr.Ledger.Total(k, from, to); got != want {
				t.Fatalf("Total(%s, %v, %v) = %d, want %d", k, from, to, got, want)
			}
		}
	})
}
