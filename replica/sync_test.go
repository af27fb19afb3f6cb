package replica

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

// memLocal is a file in memory: its rows, which wait to be sent, and how
// far the server's changes were fetched. Its clock is the test's.
type memLocal struct {
	machine  string
	rows     map[string]Row // by table and key
	pending  map[string]bool
	server   string
	position int64
}

func newMemLocal(machine string) *memLocal {
	return &memLocal{machine: machine, rows: map[string]Row{}, pending: map[string]bool{}}
}

func id(r Row) string { return r.Table + "\x00" + r.Key }

// write changes a row locally at time stamp, as the store's triggers do:
// never earlier than the row's version before. As in the store, a local
// write never loses to the file's own version: ritme stores a start of its
// own only when the file has none.
func (l *memLocal) write(table, key, value string, deleted bool, stamp int64) {
	r := Row{Table: table, Key: key, Stamp: stamp, Machine: l.machine, Deleted: deleted}
	if old, ok := l.rows[id(r)]; ok && old.Stamp >= stamp {
		r.Stamp = old.Stamp + 1
	}
	if !deleted {
		r.Data = map[string]string{"value": value}
		if table == TableStart {
			date, by, _ := strings.Cut(value, " ")
			r.Data = map[string]string{"date": date, "by": by}
		}
	}
	if old, ok := l.rows[id(r)]; ok && !r.Wins(old) {
		return
	}
	l.rows[id(r)] = r
	l.pending[id(r)] = true
}

func (l *memLocal) Changes(_ context.Context, max int) ([]Row, error) {
	var out []Row
	for k := range l.pending {
		if len(out) == max {
			break
		}
		out = append(out, l.rows[k])
	}
	return out, nil
}

func (l *memLocal) Sent(_ context.Context, rows []Row) error {
	for _, r := range rows {
		if l.rows[id(r)].Stamp == r.Stamp {
			delete(l.pending, id(r))
		}
	}
	return nil
}

func (l *memLocal) Apply(_ context.Context, rows []Row, position int64) (int, error) {
	n := 0
	for _, r := range rows {
		if mine, ok := l.rows[id(r)]; ok && !r.Wins(mine) {
			continue
		}
		l.rows[id(r)] = r
		delete(l.pending, id(r))
		n++
	}
	l.position = position
	return n, nil
}

func (l *memLocal) Position(context.Context) (string, int64, error) { return l.server, l.position, nil }

func (l *memLocal) Rebase(_ context.Context, server string) error {
	for k := range l.rows {
		l.pending[k] = true
	}
	l.server, l.position = server, 0
	return nil
}

// memServer is the server in memory: the winning version of each row, in
// the order they were stored.
type memServer struct {
	rows map[string]Row
	seq  map[string]int64
	last int64
	down bool
}

func newMemServer() *memServer { return &memServer{rows: map[string]Row{}, seq: map[string]int64{}} }

// as is the server as one machine sees it.
type as struct {
	*memServer
	machine string
}

func (s as) ID() string { return "server" }

func (s as) Newest() int64 { return s.last }

func (s as) Push(_ context.Context, rows []Row) error {
	if s.down {
		return fmt.Errorf("down")
	}
	for _, r := range rows {
		if old, ok := s.rows[id(r)]; ok && !r.Wins(old) {
			continue
		}
		s.last++
		s.rows[id(r)], s.seq[id(r)] = r, s.last
	}
	return nil
}

func (s as) Pull(_ context.Context, after int64, max int) ([]Row, int64, error) {
	if s.down {
		return nil, after, fmt.Errorf("down")
	}
	var out []Row
	last := after
	for i := after + 1; i <= s.last && len(out) < max; i++ {
		for k, q := range s.seq {
			if q == i {
				last = i
				if r := s.rows[k]; r.Machine != s.machine {
					out = append(out, r)
				}
			}
		}
	}
	return out, last, nil
}

// TestConverges: any interleaving of changes on two machines (writes,
// deletes and starts set by ritme or the rep, on a few shared rows, with clocks that may disagree)
// and of syncs, some of them failing, ends with both machines and the
// server holding the same rows once A, B and A again have synced.
func TestConverges(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		srv := newMemServer()
		machines := []*memLocal{newMemLocal("a"), newMemLocal("b")}
		clock := []int64{1000, 1000 + rapid.Int64Range(-50, 50).Draw(t, "skew")}
		ctx := context.Background()
		sync := func(i int) {
			if _, err := Sync(ctx, machines[i], as{srv, machines[i].machine}); err != nil && !srv.down {
				t.Fatalf("sync %d: %v", i, err)
			}
		}
		steps := rapid.IntRange(1, 40).Draw(t, "steps")
		for range steps {
			i := rapid.IntRange(0, 1).Draw(t, "machine")
			clock[i] += rapid.Int64Range(0, 10).Draw(t, "tick")
			switch rapid.IntRange(0, 4).Draw(t, "action") {
			case 0, 1:
				key := rapid.SampledFrom([]string{"x", "y", "z"}).Draw(t, "key")
				machines[i].write(TableEntry, key, rapid.StringMatching(`[a-c]`).Draw(t, "value"), false, clock[i])
			case 2:
				machines[i].write(TableEntry, rapid.SampledFrom([]string{"x", "y", "z"}).Draw(t, "key"), "", true, clock[i])
			case 3:
				by := rapid.SampledFrom([]string{StartByRitme, StartByRep}).Draw(t, "by")
				machines[i].write(TableStart, "start", fmt.Sprintf("2026-0%d-01 %s", rapid.IntRange(1, 9).Draw(t, "month"), by), false, clock[i])
			case 4:
				srv.down = rapid.Bool().Draw(t, "down")
				sync(i)
			}
		}
		srv.down = false
		sync(0)
		sync(1)
		sync(0)
		for _, m := range machines {
			if len(m.pending) != 0 {
				t.Fatalf("%s still has %d changes waiting", m.machine, len(m.pending))
			}
			if !maps.EqualFunc(m.rows, srv.rows, sameRow) {
				t.Fatalf("%s holds %v, the server %v", m.machine, m.rows, srv.rows)
			}
		}
	})
}

func sameRow(a, b Row) bool {
	return a.Table == b.Table && a.Key == b.Key && a.Stamp == b.Stamp && a.Machine == b.Machine &&
		a.Deleted == b.Deleted && maps.Equal(a.Data, b.Data)
}

// TestWins is the merge rule on its own.
func TestWins(t *testing.T) {
	start := func(date, by string, stamp int64, machine string) Row {
		return Row{Table: TableStart, Key: "start", Stamp: stamp, Machine: machine, Data: map[string]string{"date": date, "by": by}}
	}
	entry := func(stamp int64, machine string, deleted bool) Row {
		return Row{Table: TableEntry, Key: "e", Stamp: stamp, Machine: machine, Deleted: deleted}
	}
	for _, c := range []struct {
		name string
		a, b Row
		want bool
	}{
		{"later wins", entry(2, "a", false), entry(1, "b", false), true},
		{"earlier loses", entry(1, "b", false), entry(2, "a", false), false},
		{"a delete is a write", entry(3, "a", true), entry(2, "b", false), true},
		{"same time: greater machine", entry(2, "b", false), entry(2, "a", false), true},
		{"never over itself", entry(2, "a", false), entry(2, "a", false), false},
		{"the rep's start over ritme's", start("2026-05-01", StartByRep, 1, "a"), start("2026-01-01", StartByRitme, 9, "b"), true},
		{"ritme's start: the earlier date", start("2026-01-01", StartByRitme, 1, "a"), start("2026-02-01", StartByRitme, 9, "b"), true},
		{"two rep starts: the later change", start("2026-01-01", StartByRep, 1, "a"), start("2026-02-01", StartByRep, 9, "b"), false},
	} {
		if got := c.a.Wins(c.b); got != c.want {
			t.Errorf("%s: Wins = %v, want %v", c.name, got, c.want)
		}
	}
}
