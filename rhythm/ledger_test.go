package rhythm_test

import (
	"slices"
	"testing"

	"ritme/rhythm"
)

func TestEmptyLedger(t *testing.T) {
	var l rhythm.Ledger
	if got := l.First(); !got.IsZero() {
		t.Errorf("Ledger{}.First() = %v, want the zero Date", got)
	}
	if got := l.Last(); !got.IsZero() {
		t.Errorf("Ledger{}.Last() = %v, want the zero Date", got)
	}
	if got := l.Count(date(t, "2026-03-02"), rhythm.Mail); got != 0 {
		t.Errorf("Ledger{}.Count = %d, want 0", got)
	}
	if got := l.Total(rhythm.Mail, date(t, "2026-01-01"), date(t, "2026-12-31")); got != 0 {
		t.Errorf("Ledger{}.Total = %d, want 0", got)
	}
	if got := l.Kinds(); len(got) != 0 {
		t.Errorf("Ledger{}.Kinds() = %v, want none", got)
	}
}

func TestLedgerAddOutOfOrder(t *testing.T) {
	var l rhythm.Ledger
	l.Add(date(t, "2026-03-10"), rhythm.Mail, 3)
	l.Add(date(t, "2026-03-02"), rhythm.Call, 1) // before the first: columns shift
	l.Add(date(t, "2026-03-05"), rhythm.Mail, 2)
	l.Add(date(t, "2026-02-27"), rhythm.Visit, 1) // before again, a new kind
	l.Add(date(t, "2026-03-10"), rhythm.Mail, 4)  // adds up
	l.Add(date(t, "2026-03-20"), "demo", 1)       // after the last, a kind of the user's
	l.Add(date(t, "2026-03-15"), rhythm.Call, 0)  // ignored
	l.Add(date(t, "2026-03-16"), rhythm.Call, -2) // ignored
	l.Add(0, rhythm.Call, 1)                      // no date: ignored

	counts := []struct {
		day  string
		kind rhythm.Kind
		want int
	}{
		{"2026-03-10", rhythm.Mail, 7},
		{"2026-03-05", rhythm.Mail, 2},
		{"2026-03-02", rhythm.Call, 1},
		{"2026-02-27", rhythm.Visit, 1},
		{"2026-03-20", "demo", 1},
		{"2026-03-02", rhythm.Mail, 0},
		{"2026-03-15", rhythm.Call, 0},
		{"2026-03-16", rhythm.Call, 0},
		{"2026-02-26", rhythm.Mail, 0}, // before the first
		{"2026-03-21", "demo", 0},      // after the last
		{"2026-03-10", "unknown", 0},
	}
	for _, c := range counts {
		t.Run("Count "+c.day+" "+string(c.kind), func(t *testing.T) {
			if got := l.Count(date(t, c.day), c.kind); got != c.want {
				t.Errorf("Count(%s, %s) = %d, want %d", c.day, c.kind, got, c.want)
			}
		})
	}

	totals := []struct {
		name     string
		kind     rhythm.Kind
		from, to string
		want     int
	}{
		{"all mail", rhythm.Mail, "2026-01-01", "2026-12-31", 9},
		{"mail on the bounds", rhythm.Mail, "2026-03-05", "2026-03-10", 9},
		{"mail without the last day", rhythm.Mail, "2026-03-05", "2026-03-09", 2},
		{"mail without the first day", rhythm.Mail, "2026-03-06", "2026-03-10", 7},
		{"a range before every entry", rhythm.Mail, "2025-01-01", "2025-12-31", 0},
		{"a range after every entry", rhythm.Mail, "2026-04-01", "2026-04-30", 0},
		{"an empty range", rhythm.Mail, "2026-03-10", "2026-03-09", 0},
		{"calls", rhythm.Call, "2026-01-01", "2026-12-31", 1},
		{"visits", rhythm.Visit, "2026-02-27", "2026-02-27", 1},
		{"the user's kind", "demo", "2026-03-20", "2026-03-20", 1},
		{"an unknown kind", "unknown", "2026-01-01", "2026-12-31", 0},
	}
	for _, c := range totals {
		t.Run("Total "+c.name, func(t *testing.T) {
			if got := l.Total(c.kind, date(t, c.from), date(t, c.to)); got != c.want {
				t.Errorf("Total(%s, %s, %s) = %d, want %d", c.kind, c.from, c.to, got, c.want)
			}
		})
	}

	if got, want := l.First(), date(t, "2026-02-27"); got != want {
		t.Errorf("First() = %v, want %v", got, want)
	}
	if got, want := l.Last(), date(t, "2026-03-20"); got != want {
		t.Errorf("Last() = %v, want %v", got, want)
	}
	if got, want := l.Kinds(), []rhythm.Kind{"mail", "call", "visit", "demo"}; !slices.Equal(got, want) {
		t.Errorf("Kinds() = %v, want %v", got, want)
	}
	ks := l.Kinds()
	ks[0] = "changed"
	if got := l.Kinds()[0]; got != rhythm.Mail {
		t.Errorf("Kinds()[0] after changing an earlier result = %v, want mail", got)
	}
}

// TestLedgerMatchesAMap adds entries in many orders and compares every
// count and total with a plain map.
func TestLedgerMatchesAMap(t *testing.T) {
	base := date(t, "2025-12-20")
	type add struct {
		off  int
		kind rhythm.Kind
		n    int
	}
	adds := []add{{10, "mail", 2}, {3, "call", 1}, {25, "mail", 1}, {0, "visit", 3}, {3, "call", 4}, {40, "call", 1}, {1, "x", 9}, {39, "visit", 1}}
	kinds := []rhythm.Kind{"mail", "call", "visit", "x"}
	for rot := range adds {
		var l rhythm.Ledger
		want := map[rhythm.Date]map[rhythm.Kind]int{}
		for i := range adds {
			a := adds[(i+rot)%len(adds)]
			d := base.AddDays(a.off)
			l.Add(d, a.kind, a.n)
			if want[d] == nil {
				want[d] = map[rhythm.Kind]int{}
			}
			want[d][a.kind] += a.n
		}
		for _, k := range kinds {
			total := 0
			for d := base - 2; d <= base+42; d++ {
				if got := l.Count(d, k); got != want[d][k] {
					t.Fatalf("rotation %d: Count(%v, %s) = %d, want %d", rot, d, k, got, want[d][k])
				}
				total += want[d][k]
			}
			if got := l.Total(k, base-2, base+42); got != total {
				t.Errorf("rotation %d: Total(%s) = %d, want %d", rot, k, got, total)
			}
		}
		if l.First() != base || l.Last() != base.AddDays(40) {
			t.Errorf("rotation %d: First, Last = %v, %v; want %v, %v", rot, l.First(), l.Last(), base, base.AddDays(40))
		}
	}
}
