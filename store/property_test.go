package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"pgregory.net/rapid"

	"ritme/rhythm"
	"ritme/store"
)

// TestDayCountsProperty runs random mixes of every operation that changes
// entries, and after each one checks that day_counts and account_kinds
// equal what the entries say, and that the entries equal a model kept in
// memory.
func TestDayCountsProperty(t *testing.T) {
	dir := t.TempDir()
	run := 0
	rapid.Check(t, func(rt *rapid.T) {
		run++
		path := filepath.Join(dir, fmt.Sprintf("run%d.db", run))
		m := newModel(rt, path)
		defer m.close()
		rt.Repeat(map[string]func(*rapid.T){
			"log":     m.log,
			"undo":    m.undo,
			"delete":  m.delete,
			"update":  m.update,
			"import":  m.importBatch,
			"move":    m.move,
			"outcome": m.outcome,
			"":        m.check,
		})
	})
}

// model is what the store should hold: every entry by id, and the order
// of creation.
type model struct {
	ctx     context.Context
	db      *store.DB
	raw     *sql.DB
	path    string
	entries map[string]rhythm.Entry
	order   []string // ids in order of creation
	nextID  int
}

var (
	propWho      = []string{"", "Anna", "Bakker BV", "bakker b.v.", "BAKKER"}
	propOutcomes = []rhythm.Outcome{rhythm.NoOutcome, rhythm.Reply, rhythm.Won, rhythm.Lost}
	propDates    = []string{"2025-12-31", "2026-01-01", "2026-01-02", "2026-03-02"}
	propKinds    = []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "linkedin"}
)

func newModel(rt *rapid.T, path string) *model {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		rt.Fatal(err)
	}
	db.Now = clock(t0)
	raw, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		rt.Fatal(err)
	}
	return &model{ctx: ctx, db: db, raw: raw, path: path, entries: map[string]rhythm.Entry{}}
}

func (m *model) close() {
	m.raw.Close()
	m.db.Close()
}

func (m *model) drawDate(rt *rapid.T) rhythm.Date {
	d, _ := rhythm.ParseDate(rapid.SampledFrom(propDates).Draw(rt, "date"))
	return d
}

func (m *model) drawID(rt *rapid.T) string {
	if len(m.order) == 0 || rapid.IntRange(0, 9).Draw(rt, "unknown id") == 0 {
		return "no-such-id"
	}
	return rapid.SampledFrom(m.order).Draw(rt, "id")
}

func (m *model) add(e rhythm.Entry) {
	m.entries[e.ID] = e
	m.order = append(m.order, e.ID)
}

func (m *model) remove(id string) {
	delete(m.entries, id)
	m.order = slices.DeleteFunc(m.order, func(x string) bool { return x == id })
}

func (m *model) log(rt *rapid.T) {
	d := m.drawDate(rt)
	k := rapid.SampledFrom(propKinds).Draw(rt, "kind")
	n := rapid.IntRange(1, 4).Draw(rt, "n")
	e := rhythm.Entry{Date: d, Kind: k, Who: rapid.SampledFrom(propWho).Draw(rt, "who"), Outcome: rapid.SampledFrom(propOutcomes).Draw(rt, "outcome")}
	logged, err := m.db.LogEntries(m.ctx, e, n)
	if err != nil {
		rt.Fatal(err)
	}
	for _, e := range logged.Entries {
		m.add(e)
	}
}

func (m *model) outcome(rt *rapid.T) {
	id := m.drawID(rt)
	o := rapid.SampledFrom(propOutcomes).Draw(rt, "outcome")
	err := m.db.SetOutcome(m.ctx, id, o)
	if _, ok := m.entries[id]; !ok {
		if !errors.Is(err, store.ErrNotFound) {
			rt.Fatalf("SetOutcome(%s) of an unknown id: %v", id, err)
		}
		return
	}
	if err != nil {
		rt.Fatal(err)
	}
}

func (m *model) undo(rt *rapid.T) {
	d := m.drawDate(rt)
	want := ""
	for _, id := range m.order {
		if m.entries[id].Date == d {
			want = id // the last one created on d
		}
	}
	got, err := m.db.Undo(m.ctx, d)
	if want == "" {
		if !errors.Is(err, store.ErrNotFound) {
			rt.Fatalf("Undo(%s) of a date with no entries: %v, %v", d, got.ID, err)
		}
		return
	}
	if err != nil || got.ID != want {
		rt.Fatalf("Undo(%s) = %s, %v; want %s", d, got.ID, err, want)
	}
	m.remove(want)
}

func (m *model) delete(rt *rapid.T) {
	id := m.drawID(rt)
	err := m.db.DeleteEntry(m.ctx, id)
	if _, ok := m.entries[id]; !ok {
		if !errors.Is(err, store.ErrNotFound) {
			rt.Fatalf("DeleteEntry(%s) of an unknown id: %v", id, err)
		}
		return
	}
	if err != nil {
		rt.Fatal(err)
	}
	m.remove(id)
}

func (m *model) update(rt *rapid.T) {
	id := m.drawID(rt)
	who := rapid.SampledFrom(propWho).Draw(rt, "who")
	err := m.db.UpdateEntry(m.ctx, id, who, "note")
	e, ok := m.entries[id]
	if !ok {
		if !errors.Is(err, store.ErrNotFound) {
			rt.Fatalf("UpdateEntry(%s) of an unknown id: %v", id, err)
		}
		return
	}
	if err != nil {
		rt.Fatal(err)
	}
	e.Who, e.Note = who, "note"
	m.entries[id] = e
}

// importBatch imports new entries and ids already present, and sometimes a
// bad row, which must roll the whole batch back.
func (m *model) importBatch(rt *rapid.T) {
	n := rapid.IntRange(0, 5).Draw(rt, "batch size")
	bad := rapid.IntRange(0, 4).Draw(rt, "bad row") == 0 && n > 0
	var batch, fresh []rhythm.Entry
	for i := range n {
		if len(m.order) > 0 && rapid.Bool().Draw(rt, "existing") {
			batch = append(batch, m.entries[rapid.SampledFrom(m.order).Draw(rt, "existing id")])
			continue
		}
		m.nextID++
		e := rhythm.Entry{
			ID:        fmt.Sprintf("imp-%04d", m.nextID),
			Date:      m.drawDate(rt),
			Kind:      rapid.SampledFrom(propKinds).Draw(rt, "kind"),
			Who:       rapid.SampledFrom(propWho).Draw(rt, "who"),
			Outcome:   rapid.SampledFrom(propOutcomes).Draw(rt, "outcome"),
			CreatedAt: t0.Add(-time.Duration(m.nextID) * time.Hour),
		}
		if bad && i == n-1 {
			e.Date = 0 // breaks the date CHECK
		}
		batch = append(batch, e)
		fresh = append(fresh, e)
	}
	added, skipped, err := m.db.Import(m.ctx, batch)
	if bad && len(fresh) > 0 && fresh[len(fresh)-1].Date == 0 {
		if err == nil {
			rt.Fatal("Import with a bad row: no error")
		}
		return // and the check action verifies nothing changed
	}
	if err != nil {
		rt.Fatal(err)
	}
	if added != len(fresh) || skipped != n-len(fresh) {
		rt.Fatalf("Import = %d added, %d skipped; want %d, %d", added, skipped, len(fresh), n-len(fresh))
	}
	// Imported entries are older than anything logged: they go first in
	// the creation order among their date.
	for _, e := range fresh {
		m.entries[e.ID] = e
		m.order = append([]string{e.ID}, m.order...)
	}
	slices.SortStableFunc(m.order, func(a, b string) int {
		return m.entries[a].CreatedAt.Compare(m.entries[b].CreatedAt)
	})
}

// move changes an entry's date and kind with plain SQL: package store has
// no such operation, but the schema's update trigger must keep day_counts
// right for whoever does it.
func (m *model) move(rt *rapid.T) {
	if len(m.order) == 0 {
		rt.Skip("no entries")
	}
	id := rapid.SampledFrom(m.order).Draw(rt, "id")
	d := m.drawDate(rt)
	k := rapid.SampledFrom(propKinds).Draw(rt, "kind")
	if _, err := m.raw.Exec(`UPDATE entries SET date = ?, kind = ? WHERE id = ?`, d.String(), string(k), id); err != nil {
		rt.Fatal(err)
	}
	e := m.entries[id]
	e.Date, e.Kind = d, k
	m.entries[id] = e
}

func (m *model) check(rt *rapid.T) {
	counts := func(query string) map[string]int {
		rows, err := m.raw.Query(query)
		if err != nil {
			rt.Fatal(err)
		}
		defer rows.Close()
		out := map[string]int{}
		for rows.Next() {
			var d, k string
			var n int
			if err := rows.Scan(&d, &k, &n); err != nil {
				rt.Fatal(err)
			}
			out[d+" "+k] = n
		}
		if err := rows.Err(); err != nil {
			rt.Fatal(err)
		}
		return out
	}
	stored := counts(`SELECT date, kind, n FROM day_counts`)
	counted := counts(`SELECT date, kind, count(*) FROM entries GROUP BY date, kind`)
	if !maps.Equal(stored, counted) {
		rt.Fatalf("day_counts = %v, counted from entries %v", stored, counted)
	}
	modelled := map[string]int{}
	for _, e := range m.entries {
		modelled[e.Date.String()+" "+string(e.Kind)]++
	}
	if !maps.Equal(counted, modelled) {
		rt.Fatalf("entries counted = %v, model %v", counted, modelled)
	}
	all, err := m.db.Entries(m.ctx, store.EntryQuery{})
	if err != nil {
		rt.Fatal(err)
	}
	if len(all) != len(m.entries) {
		rt.Fatalf("%d entries, model %d", len(all), len(m.entries))
	}
	for _, e := range all {
		w := m.entries[e.ID]
		if e.Date != w.Date || e.Kind != w.Kind || e.Who != w.Who || e.Note != w.Note {
			rt.Fatalf("entry %+v, model %+v", e, w)
		}
	}
	checkAccountKinds(rt, m.raw)
	l, err := m.db.Ledger(m.ctx)
	if err != nil {
		rt.Fatal(err)
	}
	for key, n := range modelled {
		var ds, k string
		fmt.Sscan(key, &ds, &k)
		d, _ := rhythm.ParseDate(ds)
		if got := l.Count(d, rhythm.Kind(k)); got != n {
			rt.Fatalf("Ledger.Count(%s, %s) = %d, model %d", ds, k, got, n)
		}
	}
}
