package team

import (
	"testing"
	"time"

	"ritme/rhythm"
)

// day parses a date, failing the test on a bad one.
func day(tb testing.TB, s string) rhythm.Date {
	tb.Helper()
	d, err := rhythm.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// change is a dated setting change made at a fixed time.
func change(tb testing.TB, key, value, from string) rhythm.Change {
	tb.Helper()
	var f rhythm.Date
	if from != "" {
		f = day(tb, from)
	}
	c, err := rhythm.NewChange(key, value, f, time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// count is n entries of a kind on a date.
type count struct {
	date string
	kind rhythm.Kind
	n    int
}

// newRep returns a rep with the start, settings changes and leave given,
// and a ledger holding counts plus, on every working day from metFrom to
// metTo, each kind's daily target (as the settings have it on that day).
func newRep(tb testing.TB, name, start string, changes []rhythm.Change, leave []string, metFrom, metTo string, counts ...count) *Rep {
	tb.Helper()
	r := &Rep{Name: name, Changes: changes, Ledger: &rhythm.Ledger{}}
	if start != "" {
		r.Start, r.StartByRep = day(tb, start), true
	}
	for _, s := range leave {
		r.Leave = append(r.Leave, day(tb, s))
	}
	t, err := r.tracker()
	if err != nil {
		tb.Fatal(err)
	}
	if metFrom != "" {
		for d := day(tb, metFrom); d <= day(tb, metTo); d++ {
			if !t.Calendar.IsWorkingDay(d) {
				continue
			}
			for _, k := range t.Targets(d) {
				if k.Target.IsDaily() {
					r.Ledger.Add(d, k.Kind, k.Target.N)
				}
			}
		}
	}
	for _, c := range counts {
		r.Ledger.Add(day(tb, c.date), c.kind, c.n)
	}
	return r
}
