package rhythm_test

import (
	"math"
	"testing"
	"time"

	"ritme/rhythm"
)

// date parses a YYYY-MM-DD date or fails the test.
func date(tb testing.TB, s string) rhythm.Date {
	tb.Helper()
	d, err := rhythm.ParseDate(s)
	if err != nil {
		tb.Fatalf("ParseDate(%q): %v", s, err)
	}
	return d
}

// dates parses every date of ss.
func dates(tb testing.TB, ss ...string) []rhythm.Date {
	tb.Helper()
	ds := make([]rhythm.Date, len(ss))
	for i, s := range ss {
		ds[i] = date(tb, s)
	}
	return ds
}

// holidaySet looks up a holiday set or fails the test.
func holidaySet(tb testing.TB, code string) rhythm.HolidaySet {
	tb.Helper()
	h, err := rhythm.LookupHolidays(code)
	if err != nil {
		tb.Fatalf("LookupHolidays(%q): %v", code, err)
	}
	return h
}

// nlCalendar is the default calendar: Monday to Friday, holidays "nl", and
// the given leave dates.
func nlCalendar(tb testing.TB, leave ...string) *rhythm.Calendar {
	tb.Helper()
	return rhythm.NewCalendar(rhythm.DefaultSettings().History, dates(tb, leave...))
}

// historyOf returns the default dated settings with each key of kv (key,
// value, key, value, …) set since the beginning, as version 1 stored them.
func historyOf(tb testing.TB, kv ...string) *rhythm.History {
	tb.Helper()
	if len(kv)%2 != 0 {
		tb.Fatalf("historyOf(%q): a key without a value", kv)
	}
	var cs []rhythm.Change
	for i := 0; i < len(kv); i += 2 {
		c, err := rhythm.NewChange(kv[i], kv[i+1], 0, time.Time{})
		if err != nil {
			tb.Fatalf("NewChange(%s, %q): %v", kv[i], kv[i+1], err)
		}
		cs = append(cs, c)
	}
	h, err := rhythm.NewHistory(cs)
	if err != nil {
		tb.Fatalf("NewHistory(%v): %v", cs, err)
	}
	return h
}

// calendarOf returns the calendar, without leave, of the default settings
// with each key of kv (key, value, …) set since the beginning.
func calendarOf(tb testing.TB, kv ...string) *rhythm.Calendar {
	tb.Helper()
	return rhythm.NewCalendar(historyOf(tb, kv...), nil)
}

// fixture builds a Tracker with the default settings (5/2/1 a day, 25
// vacation and 10 reserve days, Monday to Friday, holidays "nl") and no
// stored start, so that the start is the first entry; tests change its
// settings with set and start before logging.
type fixture struct {
	tb testing.TB
	*rhythm.Tracker
	leave []rhythm.Date
}

func newFixture(tb testing.TB, leave ...string) fixture {
	tb.Helper()
	s := rhythm.DefaultSettings()
	ld := dates(tb, leave...)
	return fixture{tb: tb, Tracker: &rhythm.Tracker{Settings: s, Calendar: rhythm.NewCalendar(s.History, ld), Ledger: &rhythm.Ledger{}}, leave: ld}
}

// set changes the dated setting key to value from the date from ("" for
// since the beginning), as `config set KEY VALUE --from FROM` does.
func (f fixture) set(key, value, from string) fixture {
	f.tb.Helper()
	var d rhythm.Date
	if from != "" {
		d = date(f.tb, from)
	}
	c, err := rhythm.NewChange(key, value, d, time.Time{})
	if err != nil {
		f.tb.Fatalf("NewChange(%s, %q, %s): %v", key, value, from, err)
	}
	h, err := f.Settings.History.With(c)
	if err != nil {
		f.tb.Fatalf("With(%v): %v", c, err)
	}
	f.Settings.History = h
	f.Calendar = rhythm.NewCalendar(h, f.leave)
	return f
}

// start stores the start date s.
func (f fixture) start(s string) fixture {
	f.tb.Helper()
	f.Settings.Start = date(f.tb, s)
	return f
}

// kindStatus returns kind k's line of s, or fails the test when s has none.
func kindStatus(tb testing.TB, s rhythm.Status, k rhythm.Kind) rhythm.KindStatus {
	tb.Helper()
	for _, ks := range s.Kinds {
		if ks.Kind == k {
			return ks
		}
	}
	tb.Fatalf("Status(%v) has no kind %s: %+v", s.Date, k, s.Kinds)
	return rhythm.KindStatus{}
}

// log records mail, call and visit entries on the date s.
func (f fixture) log(s string, mail, call, visit int) fixture {
	f.tb.Helper()
	d := date(f.tb, s)
	f.Ledger.Add(d, rhythm.Mail, mail)
	f.Ledger.Add(d, rhythm.Call, call)
	f.Ledger.Add(d, rhythm.Visit, visit)
	return f
}

// perfect logs exactly the default targets (5/2/1) on every date of ss.
func (f fixture) perfect(ss ...string) fixture {
	f.tb.Helper()
	for _, s := range ss {
		f.log(s, 5, 2, 1)
	}
	return f
}

// perfectFrom logs the default targets on n consecutive working days from
// the date s on, and returns the last of them.
func (f fixture) perfectFrom(s string, n int) rhythm.Date {
	f.tb.Helper()
	d := date(f.tb, s)
	last := rhythm.Date(0)
	for ; n > 0; d++ {
		if f.Calendar.IsWorkingDay(d) {
			f.Ledger.Add(d, rhythm.Mail, 5)
			f.Ledger.Add(d, rhythm.Call, 2)
			f.Ledger.Add(d, rhythm.Visit, 1)
			last = d
			n--
		}
	}
	return last
}

// perfectRange logs the default targets on every working day from from to
// to, both included, and returns how many days that was.
func (f fixture) perfectRange(from, to string) int {
	f.tb.Helper()
	n := 0
	for d := date(f.tb, from); d <= date(f.tb, to); d++ {
		if f.Calendar.IsWorkingDay(d) {
			f.log(d.String(), 5, 2, 1)
			n++
		}
	}
	return n
}

// scoreDecay is m = 0.5^(1/13) of SPEC.md.
var scoreDecay = math.Pow(0.5, 1.0/13)

// fold applies the score recurrence to the completions cs, from 0.
func fold(cs ...float64) float64 {
	s := 0.0
	for _, c := range cs {
		s = s*scoreDecay + c*(1-scoreDecay)
	}
	return s
}

// near reports whether a and b agree to within 1e-9.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9 }
