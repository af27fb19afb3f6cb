package rhythm_test

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"testing"
	"time"

	"pgregory.net/rapid"

	"ritme/rhythm"
)

// The model test draws random histories of dated settings (daily and
// weekly targets that change, workdays that change, holidays, vacation and
// reserve days per year), leave, a start and entries, and compares Status
// with a model of SPEC.md's version 2 written as plainly as its words:
// every figure is recomputed from the list of changes, date by date, in
// exact fractions, with none of the engine's walks, caches or cursors.

// mWorld is one drawn case.
type mWorld struct {
	// holidays caches the model's holidays per year, and nws the effective
	// targets per kind and week, which the model asks for again and again.
	holidays map[int]map[rhythm.Date]bool
	nws      map[[2]any]int
	changes  []rhythm.Change
	leave   map[rhythm.Date]bool
	start   rhythm.Date
	counts  map[rhythm.Date]map[rhythm.Kind]int
	kinds   []rhythm.Kind
	lo, hi  rhythm.Date
}

var modelKinds = []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "demo"}

func drawModelWorld(t *rapid.T) mWorld {
	lo := rhythm.NewDate(2024, 1, 1).AddDays(rapid.IntRange(0, 3*365).Draw(t, "first day"))
	span := rapid.IntRange(0, 450).Draw(t, "days")
	hi := lo.AddDays(span)
	w := mWorld{holidays: map[int]map[rhythm.Date]bool{}, nws: map[[2]any]int{}, leave: map[rhythm.Date]bool{}, counts: map[rhythm.Date]map[rhythm.Kind]int{}, lo: lo, hi: hi}
	when := func(label string) rhythm.Date {
		if rapid.IntRange(0, 5).Draw(t, label+" since the beginning") == 0 {
			return 0
		}
		return lo.AddDays(rapid.IntRange(-40, span+40).Draw(t, label))
	}
	add := func(key, value string, from rhythm.Date) {
		c, err := rhythm.NewChange(key, value, from, time.Time{})
		if err != nil {
			t.Fatalf("NewChange(%s, %q): %v", key, value, err)
		}
		w.changes = append(w.changes, c)
	}
	for _, k := range modelKinds {
		for i := range rapid.IntRange(0, 3).Draw(t, string(k)+" changes") {
			label := fmt.Sprintf("%s change %d", k, i)
			n := rapid.IntRange(0, 6).Draw(t, label+" n")
			value := fmt.Sprint(n)
			switch rapid.IntRange(0, 3).Draw(t, label+" kind") {
			case 0:
				value += "/week"
			case 1:
				if n == 0 {
					value = ""
				}
			}
			add(rhythm.TargetKey(k), value, when(label))
		}
	}
	for i := range rapid.IntRange(0, 2).Draw(t, "workdays changes") {
		wd := rhythm.Weekdays(rapid.IntRange(1, 1<<7-1).Draw(t, fmt.Sprint("workdays ", i)))
		add(rhythm.KeyWorkdays, wd.String(), when(fmt.Sprint("workdays from ", i)))
	}
	for i := range rapid.IntRange(0, 2).Draw(t, "yearly changes") {
		from := when(fmt.Sprint("yearly from ", i))
		add(rhythm.KeyHolidays, rapid.SampledFrom([]string{"nl", "nl-all", "none", "de", ""}).Draw(t, fmt.Sprint("holidays ", i)), from)
		add(rhythm.KeyVacation, fmt.Sprint(rapid.IntRange(0, 40).Draw(t, fmt.Sprint("vacation ", i))), from)
		add(rhythm.KeyReserve, fmt.Sprint(rapid.IntRange(0, 20).Draw(t, fmt.Sprint("reserve ", i))), from)
	}
	for _, off := range rapid.SliceOfN(rapid.IntRange(0, span), 0, 30).Draw(t, "leave") {
		w.leave[lo.AddDays(off)] = true
	}
	w.start = lo.AddDays(rapid.IntRange(-20, span).Draw(t, "start"))
	for i := range span + 1 {
		d := lo.AddDays(i)
		if rapid.IntRange(0, 9).Draw(t, fmt.Sprint("day ", i)) < 2 {
			continue // nothing logged
		}
		for j, k := range modelKinds {
			if n := rapid.IntRange(0, 3+2*(3-j)).Draw(t, fmt.Sprint("day ", i, " ", k)); n > 0 {
				if w.counts[d] == nil {
					w.counts[d] = map[rhythm.Kind]int{}
				}
				w.counts[d][k] = n
			}
		}
	}
	// The kinds: the built-in ones, and the others once given a target or
	// an entry.
	for _, k := range modelKinds {
		known := slices.Contains(rhythm.BuiltinKinds, k)
		for _, c := range w.changes {
			known = known || c.Key == rhythm.TargetKey(k)
		}
		for _, ks := range w.counts {
			known = known || ks[k] > 0
		}
		if known {
			w.kinds = append(w.kinds, k)
		}
	}
	return w
}

// tracker builds the engine's Tracker of the world.
func (w mWorld) tracker(t *rapid.T) *rhythm.Tracker {
	h, err := rhythm.NewHistory(w.changes)
	if err != nil {
		t.Fatalf("NewHistory: %v", err)
	}
	s := rhythm.DefaultSettings()
	s.History, s.Start = h, w.start
	var leave []rhythm.Date
	for d := range w.leave {
		leave = append(leave, d)
	}
	l := &rhythm.Ledger{}
	for d, ks := range w.counts {
		for k, n := range ks {
			l.Add(d, k, n)
		}
	}
	return s.Tracker(leave, l)
}

// value returns the value of key in force on d: the change with the latest
// From on or before d (the later one in the list for equal Froms), else
// def.
func (w mWorld) value(key string, d rhythm.Date, def string) string {
	v, best, found := def, rhythm.Date(0), false
	for _, c := range w.changes {
		if c.Key == key && c.From <= d && (!found || c.From >= best) {
			v, best, found = c.Value, c.From, true
		}
	}
	return v
}

// target returns N and whether it is weekly, for kind k on d.
func (w mWorld) target(k rhythm.Kind, d rhythm.Date) (int, bool) {
	def := map[rhythm.Kind]string{rhythm.Mail: "5", rhythm.Call: "2", rhythm.Visit: "1"}[k]
	v := w.value(rhythm.TargetKey(k), d, def)
	var n int
	weekly := false
	if _, err := fmt.Sscanf(v, "%d/week", &n); err == nil {
		weekly = true
	} else {
		fmt.Sscanf(v, "%d", &n)
	}
	return n, weekly && n > 0
}

func (w mWorld) daily(k rhythm.Kind, d rhythm.Date) int {
	if n, weekly := w.target(k, d); !weekly {
		return n
	}
	return 0
}

func (w mWorld) weekly(k rhythm.Kind, d rhythm.Date) int {
	if n, weekly := w.target(k, d); weekly {
		return n
	}
	return 0
}

func (w mWorld) workdays(d rhythm.Date) rhythm.Weekdays {
	wd, err := rhythm.ParseWeekdays(w.value(rhythm.KeyWorkdays, d, "mon,tue,wed,thu,fri"))
	if err != nil {
		return rhythm.MondayToFriday // "" is the default
	}
	return wd
}

func (w mWorld) yearly(key string, y int, def string) string {
	v := w.value(key, rhythm.YearStart(y), def)
	if v == "" {
		return def
	}
	return v
}

func (w mWorld) holiday(d rhythm.Date) bool {
	y := d.Year()
	if w.holidays[y] == nil {
		set, _ := rhythm.LookupHolidays(w.yearly(rhythm.KeyHolidays, y, "nl"))
		w.holidays[y] = map[rhythm.Date]bool{}
		for _, h := range set.In(y) {
			w.holidays[y][h.Date] = true
		}
	}
	return w.holidays[y][d]
}

func (w mWorld) workdayDate(d rhythm.Date) bool {
	return w.workdays(d).Has(d.Weekday()) && !w.holiday(d)
}

func (w mWorld) working(d rhythm.Date) bool { return w.workdayDate(d) && !w.leave[d] }
func (w mWorld) owed(d rhythm.Date) bool    { return w.working(d) && d >= w.start }
func (w mWorld) n(d rhythm.Date, k rhythm.Kind) int {
	return w.counts[d][k]
}

// week returns the first and last day of d's week, cut at its year's ends.
func week(d rhythm.Date) (rhythm.Date, rhythm.Date) {
	mon := rhythm.WeekStart(d)
	return max(mon, rhythm.YearStart(d.Year())), min(mon+6, rhythm.YearEnd(d.Year()))
}

// perDay returns per_day(k, d) as a fraction.
func (w mWorld) perDay(k rhythm.Kind, d rhythm.Date) *big.Rat {
	if n := w.daily(k, d); n > 0 {
		return big.NewRat(int64(n), 1)
	}
	if n := w.weekly(k, d); n > 0 {
		return big.NewRat(int64(n), int64(w.workdays(d).Len()))
	}
	return new(big.Rat)
}

// round rounds a fraction to the nearest whole number, halves away from
// zero.
func round(r *big.Rat) int {
	f, _ := new(big.Rat).Abs(r).Float64()
	n := int(math.Floor(f + 0.5))
	// Exactness check for halves: compare 2r with 2n−1.
	twice := new(big.Rat).Mul(new(big.Rat).Abs(r), big.NewRat(2, 1))
	if twice.Cmp(big.NewRat(int64(2*n-1), 1)) < 0 {
		n--
	} else if twice.Cmp(big.NewRat(int64(2*n+1), 1)) >= 0 {
		n++
	}
	if r.Sign() < 0 {
		return -n
	}
	return n
}

// nw is the effective target of weekly kind k in the week from first to
// last.
func (w mWorld) nw(k rhythm.Kind, first, last rhythm.Date) int {
	if n, ok := w.nws[[2]any{k, first}]; ok {
		return n
	}
	sum := new(big.Rat)
	for d := first; d <= last; d++ {
		if w.owed(d) && w.weekly(k, d) > 0 {
			sum.Add(sum, w.perDay(k, d))
		}
	}
	w.nws[[2]any{k, first}] = round(sum)
	return round(sum)
}

// weekEntries are k's week entries from first up to upto.
func (w mWorld) weekEntries(k rhythm.Kind, first, upto rhythm.Date) int {
	e := 0
	for d := first; d <= upto; d++ {
		if d >= w.start && w.daily(k, d) == 0 {
			e += w.n(d, k)
		}
	}
	return e
}

func (w mWorld) anyDaily(d rhythm.Date) bool {
	for _, k := range w.kinds {
		if w.daily(k, d) > 0 {
			return true
		}
	}
	return false
}

func (w mWorld) metOrMissed(d rhythm.Date) bool { return w.owed(d) && w.anyDaily(d) }

func (w mWorld) met(d rhythm.Date) bool {
	if !w.metOrMissed(d) {
		return false
	}
	for _, k := range w.kinds {
		if n := w.daily(k, d); n > 0 && w.n(d, k) < n {
			return false
		}
	}
	return true
}

// weekMet reports whether the whole week from first to last was met.
func (w mWorld) weekMet(first, last rhythm.Date) bool {
	for d := first; d <= last; d++ {
		if w.metOrMissed(d) && !w.met(d) {
			return false
		}
	}
	for _, k := range w.kinds {
		if w.weekEntries(k, first, last) < w.nw(k, first, last) {
			return false
		}
	}
	return true
}

func (w mWorld) weekOwed(first, last rhythm.Date) int {
	n := 0
	for d := first; d <= last; d++ {
		if w.owed(d) {
			n++
		}
	}
	return n
}

// modelStatus is what the model says of today.
type modelStatus struct {
	expected, ytd, annual, need []int
	weekN, weekE                []int
	elapsed, daysLeft, afs      int
	streak, best                int
	weekStreak, weekBest        int
	weekMet                     string // "true", "false", "null"
	score                       float64
}

func (w mWorld) status(today rhythm.Date) modelStatus {
	var m modelStatus
	y := today.Year()
	jan1, dec31 := rhythm.YearStart(y), rhythm.YearEnd(y)
	s := max(jan1, w.start)
	// The year: W, W_s, allowance, available from the start, annual.
	W, Ws, leaveWs := 0, 0, 0
	for d := jan1; d <= dec31; d++ {
		if w.workdayDate(d) {
			W++
			if d >= s {
				Ws++
				if w.leave[d] {
					leaveWs++
				}
			}
		}
	}
	var vac, res int
	fmt.Sscan(w.yearly(rhythm.KeyVacation, y, "25"), &vac)
	fmt.Sscan(w.yearly(rhythm.KeyReserve, y, "10"), &res)
	allowance := 0
	if W > 0 {
		allowance = round(big.NewRat(int64((vac+res)*Ws), int64(W)))
	}
	m.afs = max(0, Ws-allowance)
	if Ws == 0 {
		m.afs = 0
	}
	for _, k := range w.kinds {
		sum := new(big.Rat)
		for d := s; d <= dec31; d++ {
			if w.workdayDate(d) {
				sum.Add(sum, w.perDay(k, d))
			}
		}
		a := 0
		if Ws > 0 {
			a = round(new(big.Rat).Mul(sum, big.NewRat(int64(m.afs), int64(Ws))))
		}
		m.annual = append(m.annual, a)
	}
	L := 0
	for d := max(today, s); d <= dec31; d++ {
		if w.working(d) {
			L++
		}
	}
	U := max(0, allowance-leaveWs)
	if Ws > 0 {
		m.daysLeft = max(0, L-round(big.NewRat(int64(U*L), int64(Ws))))
	}
	tFirst, tLast := week(today)
	before := today < w.start
	for i, k := range w.kinds {
		ytd, exp := 0, 0
		if !before {
			for d := s; d <= today; d++ {
				ytd += w.n(d, k)
			}
			for d := s; d < today; d++ {
				if w.working(d) {
					exp += w.daily(k, d)
				}
			}
			if w.working(today) && w.daily(k, today) > 0 {
				exp += min(w.n(today, k), w.daily(k, today))
			}
			for first := jan1; first < tFirst; {
				f, l := week(first)
				exp += w.nw(k, f, l)
				first = l + 1
			}
			exp += min(w.weekEntries(k, tFirst, today), w.nw(k, tFirst, tLast))
		}
		m.ytd, m.expected = append(m.ytd, ytd), append(m.expected, exp)
		n := 0
		if m.daysLeft > 0 {
			gap := m.annual[i] - ytd
			if w.weekly(k, today) > 0 {
				gap *= w.workdays(today).Len()
			}
			n = max(0, int(math.Ceil(float64(gap)/float64(m.daysLeft))))
		}
		m.need = append(m.need, n)
		m.weekN = append(m.weekN, w.nw(k, tFirst, tLast))
		m.weekE = append(m.weekE, w.weekEntries(k, tFirst, today))
	}
	m.weekMet = "null"
	if before {
		return m
	}
	for d := s; d < today; d++ {
		if w.working(d) {
			m.elapsed++
		}
	}
	// Day streak and score, from the start.
	run := 0
	for d := w.start; d <= today; d++ {
		if !w.metOrMissed(d) {
			continue
		}
		switch {
		case w.met(d):
			run++
			m.best = max(m.best, run)
		case d < today:
			run = 0
		}
	}
	m.streak = run
	for d := w.start; d <= today; d++ {
		if !w.owed(d) {
			continue
		}
		sum, kinds, full := 0.0, 0, true
		f, l := week(d)
		k, j := w.weekOwed(f, l), w.weekOwed(f, d)
		for _, kind := range w.kinds {
			if n := w.daily(kind, d); n > 0 {
				sum += min(1, float64(w.n(d, kind))/float64(n))
				kinds++
			} else if w.weekly(kind, d) > 0 {
				credit := 1.0
				if nw := w.nw(kind, f, l); nw > 0 {
					credit = min(1, float64(w.weekEntries(kind, f, d))/(float64(nw)*float64(j)/float64(k)))
				}
				sum += credit
				kinds++
				if credit < 1 {
					full = false
				}
			}
		}
		if kinds == 0 {
			continue
		}
		if d == today && !w.met(d) && (w.anyDaily(d) || !full) {
			continue
		}
		m.score = m.score*scoreDecay + sum/float64(kinds)*(1-scoreDecay)
	}
	// Week streak, and today's week.
	wrun := 0
	sf, _ := week(w.start)
	for first := sf; first < tFirst; {
		f, l := week(first)
		if w.weekOwed(f, l) > 0 {
			if w.weekMet(f, l) {
				wrun++
				m.weekBest = max(m.weekBest, wrun)
			} else {
				wrun = 0
			}
		}
		first = l + 1
	}
	if w.weekOwed(tFirst, tLast) > 0 {
		missedBefore, allMet := false, true
		for d := tFirst; d <= today; d++ {
			if w.metOrMissed(d) && !w.met(d) {
				allMet = false
				if d < today {
					missedBefore = true
				}
			}
		}
		reached := true
		for i := range w.kinds {
			if m.weekE[i] < m.weekN[i] {
				reached = false
			}
		}
		switch {
		case missedBefore:
			m.weekMet = "false"
		case allMet && reached:
			m.weekMet = "true"
			wrun++
			m.weekBest = max(m.weekBest, wrun)
		}
	}
	m.weekStreak = wrun
	return m
}

// TestStatusAgainstTheModel compares Status with the model on random
// worlds and dates.
func TestStatusAgainstTheModel(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawModelWorld(t)
		tr := w.tracker(t)
		for i := range 4 {
			today := w.lo.AddDays(rapid.IntRange(-10, int(w.hi-w.lo)+10).Draw(t, fmt.Sprint("today ", i)))
			got, want := tr.Status(today), w.status(today)
			var ks []rhythm.Kind
			for _, k := range got.Kinds {
				ks = append(ks, k.Kind)
			}
			if !slices.Equal(ks, w.kinds) {
				t.Fatalf("kinds %v, want %v", ks, w.kinds)
			}
			for j, k := range got.Kinds {
				if k.YTD != want.ytd[j] || k.Expected != want.expected[j] || k.AnnualTarget != want.annual[j] || k.Need != want.need[j] {
					t.Fatalf("%s on %s: ytd %d expected %d annual %d need %d; model %d %d %d %d",
						k.Kind, today, k.YTD, k.Expected, k.AnnualTarget, k.Need, want.ytd[j], want.expected[j], want.annual[j], want.need[j])
				}
				if k.Weekly && (k.Week != want.weekE[j] || k.WeekTarget != want.weekN[j]) {
					t.Fatalf("%s on %s: week %d/%d; model %d/%d", k.Kind, today, k.Week, k.WeekTarget, want.weekE[j], want.weekN[j])
				}
			}
			if got.ElapsedDays != want.elapsed || got.DaysLeft != want.daysLeft || got.AvailableFromStart != want.afs {
				t.Fatalf("on %s: elapsed %d days left %d from start %d; model %d %d %d",
					today, got.ElapsedDays, got.DaysLeft, got.AvailableFromStart, want.elapsed, want.daysLeft, want.afs)
			}
			if got.Streak != (rhythm.Streak{Current: want.streak, Best: want.best}) {
				t.Fatalf("on %s: streak %+v; model %d/%d", today, got.Streak, want.streak, want.best)
			}
			if got.WeekStreak != (rhythm.Streak{Current: want.weekStreak, Best: want.weekBest}) {
				t.Fatalf("on %s: week streak %+v; model %d/%d", today, got.WeekStreak, want.weekStreak, want.weekBest)
			}
			state := map[rhythm.WeekState]string{rhythm.WeekMet: "true", rhythm.WeekMissed: "false"}[got.Week]
			if state == "" {
				state = "null"
			}
			if state != want.weekMet {
				t.Fatalf("on %s: week met %s; model %s", today, state, want.weekMet)
			}
			if math.Abs(got.Score-want.score) > 1e-9 {
				t.Fatalf("on %s: score %v; model %v", today, got.Score, want.score)
			}
		}
	})
}
