package rhythm_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"ritme/rhythm"
)

// The property tests draw random calendars, plans and ledgers, and compare
// the Tracker with a plain model of SPEC.md's definitions written without
// any of its shortcuts.

var propKinds = []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "demo"}

// add is one Ledger.Add.
type add struct {
	d rhythm.Date
	k rhythm.Kind
	n int
}

// world is one drawn case: a calendar, a plan and the entries logged.
type world struct {
	cal    *rhythm.Calendar
	plan   rhythm.Plan
	adds   []add
	lo, hi rhythm.Date // the dates entries were drawn from
}

// drawWorld draws a calendar, a plan and a ledger over up to 500 days
// somewhere in 2019 - 2031; most working days are met, so that streaks
// grow long enough to matter.
func drawWorld(t *rapid.T) world {
	workdays := rhythm.Weekdays(rapid.IntRange(1, 1<<7-1).Draw(t, "workdays"))
	code := rapid.SampledFrom([]string{"nl", "nl", "nl-all", "none", "de", "us"}).Draw(t, "holidays")
	hs, err := rhythm.LookupHolidays(code)
	if err != nil {
		t.Fatalf("LookupHolidays(%q): %v", code, err)
	}
	lo := rhythm.NewDate(2019, 1, 1).AddDays(rapid.IntRange(0, 12*365).Draw(t, "first day"))
	span := rapid.IntRange(0, 500).Draw(t, "days")
	hi := lo.AddDays(span)
	var leave []rhythm.Date
	for _, off := range rapid.SliceOfN(rapid.IntRange(0, span), 0, 25).Draw(t, "leave") {
		leave = append(leave, lo.AddDays(off))
	}
	w := world{cal: rhythm.NewCalendar(workdays, hs, leave), lo: lo, hi: hi}
	w.plan = rhythm.Plan{
		Targets: []rhythm.Target{
			{Kind: rhythm.Mail, Daily: rapid.IntRange(0, 6).Draw(t, "mail target")},
			{Kind: rhythm.Call, Daily: rapid.IntRange(0, 3).Draw(t, "call target")},
			{Kind: rhythm.Visit, Daily: rapid.IntRange(0, 2).Draw(t, "visit target")},
		},
		VacationDays: rapid.IntRange(0, 40).Draw(t, "vacation"),
		ReserveDays:  rapid.IntRange(0, 20).Draw(t, "reserve"),
	}
	if rapid.Bool().Draw(t, "start_date set") {
		w.plan.Start = lo.AddDays(rapid.IntRange(-30, span+30).Draw(t, "start_date"))
	}
	// One way of logging per day: mostly every target, sometimes nothing,
	// one short, more than asked, or only a kind without a target.
	ways := rapid.SliceOfN(rapid.IntRange(0, 9), span+1, span+1).Draw(t, "days logged")
	for i, way := range ways {
		d := lo.AddDays(i)
		for j, x := range w.plan.Targets {
			n := x.Daily
			switch {
			case way == 6, way == 9:
				n = 0
			case way == 7 && j == i%3:
				n = x.Daily - 1
			case way == 8:
				n = x.Daily + 2
			}
			if n > 0 {
				w.adds = append(w.adds, add{d, x.Kind, n})
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
func (w world) tracker(extra ...add) *rhythm.Tracker {
	l := &rhythm.Ledger{}
	for _, a := range append(w.adds, extra...) {
		l.Add(a.d, a.k, a.n)
	}
	return &rhythm.Tracker{Plan: w.plan, Calendar: w.cal, Ledger: l}
}

// drawToday draws a date around the ledger's dates.
func (w world) drawToday(t *rapid.T) rhythm.Date {
	return w.lo.AddDays(rapid.IntRange(-10, int(w.hi-w.lo)+60).Draw(t, "today"))
}

// model computes SPEC.md's figures the slow way.
type model struct {
	w      world
	counts map[rhythm.Date]map[rhythm.Kind]int
	first  rhythm.Date
}

func newModel(w world) model {
	m := model{w: w, counts: map[rhythm.Date]map[rhythm.Kind]int{}}
	for _, a := range w.adds {
		if m.counts[a.d] == nil {
			m.counts[a.d] = map[rhythm.Kind]int{}
		}
		m.counts[a.d][a.k] += a.n
		if m.first == 0 || a.d < m.first {
			m.first = a.d
		}
	}
	return m
}

func (m model) start() rhythm.Date {
	if m.w.plan.Start != 0 {
		return m.w.plan.Start
	}
	return m.first
}

func (m model) working(d rhythm.Date) bool { return m.w.cal.IsWorkingDay(d) }

// completion is the mean over kinds with a target above 0 of
// min(1, entries/target); 1 when no kind has a target.
func (m model) completion(d rhythm.Date) float64 {
	sum, n := 0.0, 0
	for _, x := range m.w.plan.Targets {
		if x.Daily > 0 {
			sum += min(1, float64(m.counts[d][x.Kind])/float64(x.Daily))
			n++
		}
	}
	if n == 0 {
		return 1
	}
	return sum / float64(n)
}

func (m model) met(d rhythm.Date) bool {
	if !m.working(d) {
		return false
	}
	for _, x := range m.w.plan.Targets {
		if x.Daily > 0 && m.counts[d][x.Kind] < x.Daily {
			return false
		}
	}
	return true
}

func (m model) elapsed(today rhythm.Date) int {
	if m.start() == 0 {
		return 0
	}
	n := 0
	for d := max(rhythm.YearStart(today.Year()), m.start()); d < today; d++ {
		if m.working(d) {
			n++
		}
	}
	return n
}

func (m model) pace(k rhythm.Kind, today rhythm.Date) int {
	ytd := 0
	for d := rhythm.YearStart(today.Year()); d <= today; d++ {
		ytd += m.counts[d][k]
	}
	daily := 0
	for _, x := range m.w.plan.Targets {
		if x.Kind == k {
			daily = x.Daily
		}
	}
	expected := daily * m.elapsed(today)
	if m.working(today) {
		expected += min(m.counts[today][k], daily)
	}
	return ytd - expected
}

// streaks lists whether each working day from the start to today was met,
// leaves out today when it is not (yet) met, and reads the runs off it.
func (m model) streaks(today rhythm.Date) rhythm.Streak {
	if m.start() == 0 {
		return rhythm.Streak{}
	}
	var days []bool
	for d := m.start(); d <= today; d++ {
		if m.working(d) {
			days = append(days, m.met(d))
		}
	}
	if m.working(today) && !m.met(today) && len(days) > 0 {
		days = days[:len(days)-1]
	}
	var s rhythm.Streak
	run := 0
	for _, met := range days {
		if met {
			run++
		} else {
			run = 0
		}
		s.Best = max(s.Best, run)
	}
	s.Current = run
	return s
}

func (m model) score(today rhythm.Date) float64 {
	if m.first == 0 {
		return 0
	}
	var cs []float64
	for d := m.first; d < today; d++ {
		if m.working(d) {
			cs = append(cs, m.completion(d))
		}
	}
	if today >= m.first && m.met(today) {
		cs = append(cs, m.completion(today))
	}
	return fold(cs...)
}

func TestPropertyTrackerMatchesTheDefinitions(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		tr, m := w.tracker(), newModel(w)
		today := w.drawToday(t)
		if got, want := tr.Streaks(today), m.streaks(today); got != want {
			t.Fatalf("Streaks(%v) = %+v, want %+v", today, got, want)
		}
		if got, want := tr.Score(today), m.score(today); !near(got, want) {
			t.Fatalf("Score(%v) = %.12f, want %.12f", today, got, want)
		}
		if got, want := tr.Elapsed(today), m.elapsed(today); got != want {
			t.Fatalf("Elapsed(%v) = %d, want %d", today, got, want)
		}
		if got, want := tr.DayMet(today), m.met(today); got != want {
			t.Fatalf("DayMet(%v) = %v, want %v", today, got, want)
		}
		for _, k := range propKinds {
			if got, want := tr.Pace(k, today), m.pace(k, today); got != want {
				t.Fatalf("Pace(%s, %v) = %d, want %d", k, today, got, want)
			}
		}
		s := tr.Status(today)
		if s.Streak != m.streaks(today) || !near(s.Score, m.score(today)) || s.ElapsedDays != m.elapsed(today) || s.DayMet != m.met(today) {
			t.Fatalf("Status(%v) = %+v, disagrees with the definitions", today, s)
		}
		for _, k := range s.Kinds {
			if want := m.pace(k.Kind, today); k.Pace != want {
				t.Fatalf("Status(%v) %s pace = %d, want %d", today, k.Kind, k.Pace, want)
			}
		}
	})
}

// TestPropertyStreakWithinItsDays: a streak never exceeds the working days
// it spans, and the current run is never longer than the best.
func TestPropertyStreakWithinItsDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		tr := w.tracker()
		today := w.drawToday(t)
		s := tr.Streaks(today)
		span := 0
		if start := tr.Start(); start != 0 {
			span = tr.Calendar.WorkingDays(start, today)
		}
		if s.Current < 0 || s.Current > s.Best || s.Best > span {
			t.Fatalf("Streaks(%v) = %+v, want 0 <= current <= best <= %d working days since the start", today, s, span)
		}
		// The current run ends at today or the working day before it, and
		// every day in it was met.
		n, d := 0, today
		if !tr.DayMet(today) {
			d--
		}
		for ; n < s.Current; d-- {
			if !tr.Calendar.IsWorkingDay(d) {
				continue
			}
			if !tr.DayMet(d) {
				t.Fatalf("Streaks(%v).Current = %d, but %v, %d working days back, was not met", today, s.Current, d, n)
			}
			n++
		}
	})
}

func TestPropertyScoreBetweenZeroAndOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		tr := w.tracker()
		today := w.drawToday(t)
		if s := tr.Score(today); s < 0 || s > 1 {
			t.Fatalf("Score(%v) = %v, want 0 <= score <= 1", today, s)
		}
		if c := tr.Completion(today); c < 0 || c > 1 {
			t.Fatalf("Completion(%v) = %v, want 0 <= completion <= 1", today, c)
		}
	})
}

// TestPropertyOneMoreEntry: logging one more entry never lowers the pace,
// a day met, the current or best streak, nor, from the first entry on, the
// score. (An entry before the first one without a start_date moves the
// start earlier, and with it what is owed: see
// TestEarlierFirstEntryMovesTheStart.)
func TestPropertyOneMoreEntry(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		before := w.tracker()
		extra := add{
			d: w.lo.AddDays(rapid.IntRange(-5, int(w.hi-w.lo)+5).Draw(t, "extra date")),
			k: rapid.SampledFrom(propKinds).Draw(t, "extra kind"),
			n: 1,
		}
		after := w.tracker(extra)
		today := w.drawToday(t)
		startMoves := w.plan.Start == 0 && (before.Ledger.First() == 0 || extra.d < before.Ledger.First())

		if !startMoves {
			for _, k := range propKinds {
				if b, a := before.Pace(k, today), after.Pace(k, today); a < b {
					t.Fatalf("Pace(%s, %v) = %d after logging %+v, was %d", k, today, a, extra, b)
				}
			}
			if b, a := before.Score(today), after.Score(today); a < b-1e-12 {
				t.Fatalf("Score(%v) = %v after logging %+v, was %v", today, a, extra, b)
			}
		}
		for d := w.lo - 1; d <= w.hi+1; d++ {
			if before.DayMet(d) && !after.DayMet(d) {
				t.Fatalf("DayMet(%v) = false after logging %+v, was true", d, extra)
			}
		}
		b, a := before.Streaks(today), after.Streaks(today)
		if a.Best < b.Best || a.Current < b.Current {
			t.Fatalf("Streaks(%v) = %+v after logging %+v, was %+v", today, a, extra, b)
		}
	})
}

// TestPropertyThirteenPerfectDays: thirteen perfect working days from any
// fresh start give a score of 0.5, on the thirteenth day and until the next
// working day has passed; days off in between, with or without entries,
// do not decay it.
func TestPropertyThirteenPerfectDays(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		w.adds = nil
		if !slices.ContainsFunc(w.plan.Targets, func(x rhythm.Target) bool { return x.Daily > 0 }) {
			// With no target above 0 every working day is perfect, logged
			// or not (see TestAllTargetsZero).
			w.plan.Targets[0].Daily = 1
		}
		d := w.lo
		for n := 0; n < 13; d++ {
			if w.cal.IsWorkingDay(d) {
				for _, x := range w.plan.Targets {
					if k := x.Daily + rapid.IntRange(0, 2).Draw(t, "extra"); k > 0 {
						w.adds = append(w.adds, add{d, x.Kind, k})
					}
				}
				w.adds = append(w.adds, add{d, "demo", 1}) // so that a day with no targets has an entry
				n++
			} else if n > 0 && rapid.Bool().Draw(t, "log on a day off") {
				w.adds = append(w.adds, add{d, rhythm.Mail, 1})
			}
		}
		last := d - 1
		next := d
		for !w.cal.IsWorkingDay(next) {
			next++
		}
		today := last.AddDays(rapid.IntRange(0, int(next-last)).Draw(t, "days after the 13th"))
		tr := w.tracker()
		if got := tr.Score(today); !near(got, 0.5) {
			t.Fatalf("Score(%v) after 13 perfect days ending %v = %.12f, want 0.5", today, last, got)
		}
		if got := tr.Streaks(today).Current; w.plan.Start == 0 && got != 13 {
			t.Fatalf("Streaks(%v).Current after 13 perfect days = %d, want 13", today, got)
		}
	})
}

// TestPropertyPeriodSums: a Period's sums agree with the Ledger and the
// Calendar.
func TestPropertyPeriodSums(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		tr, m := w.tracker(), newModel(w)
		from := w.lo.AddDays(rapid.IntRange(-10, int(w.hi-w.lo)).Draw(t, "from"))
		to := from.AddDays(rapid.IntRange(0, 400).Draw(t, "length"))
		today := w.drawToday(t)
		p := tr.Period(from, to, today)
		last := min(to, today)
		if len(p.Days) != int(to-from)+1 {
			t.Fatalf("Period(%v, %v) has %d days, want %d", from, to, len(p.Days), int(to-from)+1)
		}
		for i, k := range p.Kinds {
			if want := tr.Ledger.Total(k.Kind, from, last); p.Done[i] != want {
				t.Fatalf("Period(%v, %v, %v).Done[%s] = %d, want %d", from, to, today, k.Kind, p.Done[i], want)
			}
			owed := 0
			if start := m.start(); start != 0 {
				owed = tr.Calendar.WorkingDays(max(from, start), min(to, today-1))
			}
			want := k.Daily * owed
			if today >= from && today <= to && m.working(today) {
				want += min(m.counts[today][k.Kind], k.Daily)
			}
			if p.Expected[i] != want {
				t.Fatalf("Period(%v, %v, %v).Expected[%s] = %d, want %d", from, to, today, k.Kind, p.Expected[i], want)
			}
		}
		working, met := 0, 0
		for d := from; d <= last; d++ {
			if start := m.start(); start == 0 || d < start {
				continue // days before the start owe nothing
			}
			if m.working(d) {
				working++
			}
			if m.met(d) {
				met++
			}
		}
		if p.WorkingDays != working || p.MetDays != met {
			t.Fatalf("Period(%v, %v, %v) WorkingDays, MetDays = %d, %d; want %d, %d", from, to, today, p.WorkingDays, p.MetDays, working, met)
		}
	})
}

// TestPropertyLedgerCounts: whatever the order of the adds, the Ledger
// counts and sums what was added.
func TestPropertyLedgerCounts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawWorld(t)
		tr, m := w.tracker(), newModel(w)
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
