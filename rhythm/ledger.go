package rhythm

import "slices"

// Ledger holds how many entries of each kind were logged on each date: the
// input of every figure. The zero Ledger is empty and ready to use. A Ledger
// is not safe for concurrent writes; once filled it may be read from many
// goroutines.
type Ledger struct {
	kinds  []Kind
	first  Date      // the earliest date with an entry: index 0 of every column
	counts [][]int32 // per kind (as kinds), per day from first
}

// Add records n more entries of kind k on date d. Values of n below 1 are
// ignored.
func (l *Ledger) Add(d Date, k Kind, n int) {
	if n < 1 || d.IsZero() {
		return
	}
	col := l.column(k)
	if l.first.IsZero() {
		l.first = d
	}
	if d < l.first {
		shift := int(l.first - d)
		for i, c := range l.counts {
			if len(c) > 0 {
				l.counts[i] = append(make([]int32, shift, shift+len(c)), c...)
			}
		}
		l.first = d
	}
	i := int(d - l.first)
	if i >= len(l.counts[col]) {
		l.counts[col] = slices.Grow(l.counts[col], i+1-len(l.counts[col]))[:i+1]
	}
	l.counts[col][i] += int32(n)
}

func (l *Ledger) column(k Kind) int {
	if i := slices.Index(l.kinds, k); i >= 0 {
		return i
	}
	l.kinds = append(l.kinds, k)
	l.counts = append(l.counts, nil)
	return len(l.kinds) - 1
}

// index returns k's column, or -1 when k has no entries.
func (l *Ledger) index(k Kind) int { return slices.Index(l.kinds, k) }

// Count returns the number of entries of kind k on date d.
func (l *Ledger) Count(d Date, k Kind) int {
	if i := slices.Index(l.kinds, k); i >= 0 {
		return l.at(i, d)
	}
	return 0
}

func (l *Ledger) at(col int, d Date) int {
	c := l.counts[col]
	if i := int(d - l.first); i >= 0 && i < len(c) {
		return int(c[i])
	}
	return 0
}

// Total returns the number of entries of kind k from from to to, both
// included.
func (l *Ledger) Total(k Kind, from, to Date) int {
	col := slices.Index(l.kinds, k)
	if col < 0 {
		return 0
	}
	c := l.counts[col]
	lo, hi := max(0, int(from-l.first)), min(len(c)-1, int(to-l.first))
	n := 0
	for i := lo; i <= hi; i++ {
		n += int(c[i])
	}
	return n
}

// Kinds returns the kinds that have entries, in the order first added.
func (l *Ledger) Kinds() []Kind { return slices.Clone(l.kinds) }

// First returns the earliest date with an entry, or the zero Date when the
// ledger is empty.
func (l *Ledger) First() Date { return l.first }

// Last returns the latest date with an entry, or the zero Date when the
// ledger is empty.
func (l *Ledger) Last() Date {
	n := 0
	for _, c := range l.counts {
		n = max(n, len(c))
	}
	if n == 0 {
		return 0
	}
	return l.first + Date(n-1)
}
