package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// mustOpen opens a new ritme database in a fresh temporary folder and closes
// it when the test ends.
func mustOpen(tb testing.TB) *store.DB {
	tb.Helper()
	return mustOpenPath(tb, filepath.Join(tb.TempDir(), "ritme.db"))
}

// mustOpenPath opens the ritme database at path and closes it when the test
// ends.
func mustOpenPath(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

// rawOpen opens the file at path with the SQLite driver alone, outside
// package store, and closes it when the test ends.
func rawOpen(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		tb.Fatalf("sql.Open(%s): %v", path, err)
	}
	raw.SetMaxOpenConns(1)
	tb.Cleanup(func() { raw.Close() })
	return raw
}

// mustExec runs statements on raw.
func mustExec(tb testing.TB, raw *sql.DB, query string, args ...any) {
	tb.Helper()
	if _, err := raw.Exec(query, args...); err != nil {
		tb.Fatalf("exec %q: %v", query, err)
	}
}

// pragmaInt reads an integer PRAGMA.
func pragmaInt(tb testing.TB, raw *sql.DB, name string) int64 {
	tb.Helper()
	var v int64
	if err := raw.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		tb.Fatalf("PRAGMA %s: %v", name, err)
	}
	return v
}

// date parses a YYYY-MM-DD date or fails the test.
func date(tb testing.TB, s string) rhythm.Date {
	tb.Helper()
	d, err := rhythm.ParseDate(s)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// clock returns a Now function that starts at start and steps one second on
// every call, so that every Log gets a later created_at.
func clock(start time.Time) func() time.Time {
	t := start
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}

// dayCountRow is one row of day_counts, or of the same count made from the
// entries.
type dayCountRow struct {
	Date, Kind string
	N          int
}

// queryCounts runs a query that returns date, kind, n rows.
func queryCounts(tb testing.TB, raw *sql.DB, query string) []dayCountRow {
	tb.Helper()
	rows, err := raw.Query(query)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	defer rows.Close()
	var out []dayCountRow
	for rows.Next() {
		var r dayCountRow
		if err := rows.Scan(&r.Date, &r.Kind, &r.N); err != nil {
			tb.Fatal(err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// checkDayCounts fails the test unless day_counts of the file at path holds
// exactly the per-date, per-kind count of its entries.
func checkDayCounts(tb testing.TB, path string) {
	tb.Helper()
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		tb.Fatal(err)
	}
	defer raw.Close()
	want := queryCounts(tb, raw, `SELECT date, kind, count(*) FROM entries GROUP BY date, kind ORDER BY date, kind`)
	got := queryCounts(tb, raw, `SELECT date, kind, n FROM day_counts ORDER BY date, kind`)
	if !slices.Equal(got, want) {
		tb.Fatalf("day_counts = %v,\nwant (counted from entries) %v", got, want)
	}
	checkAccountKinds(tb, raw)
}

// accountKindsFromEntries works out account_kinds from the entries, the
// slow way.
const accountKindsFromEntries = `SELECT account, kind, count(*), max(date),
	coalesce((SELECT max(b.date) FROM entries b WHERE b.account = e.account AND b.kind = e.kind
		AND b.date < (SELECT max(m.date) FROM entries m WHERE m.account = e.account AND m.kind = e.kind)), ''),
	coalesce(max(CASE WHEN outcome = 'lost' THEN date END), ''),
	coalesce(max(CASE WHEN outcome NOT IN ('', 'lost') THEN date END), ''),
	max(created_at),
	(SELECT w.who FROM entries w WHERE w.account = e.account AND w.kind = e.kind ORDER BY w.created_at DESC, w.seq DESC LIMIT 1)
FROM entries e WHERE account <> '' GROUP BY account, kind ORDER BY account, kind`

// checkAccountKinds fails the test unless account_kinds holds exactly what
// the entries say of each account and kind.
func checkAccountKinds(tb interface {
	Helper()
	Fatalf(string, ...any)
}, raw *sql.DB) {
	tb.Helper()
	read := func(query string) []string {
		rows, err := raw.Query(query)
		if err != nil {
			tb.Fatalf("%s: %v", query, err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			v := make([]any, 9)
			p := make([]any, 9)
			for i := range v {
				p[i] = &v[i]
			}
			if err := rows.Scan(p...); err != nil {
				tb.Fatalf("%v", err)
			}
			out = append(out, fmt.Sprintf("%v", v))
		}
		return out
	}
	want := read(accountKindsFromEntries)
	got := read(`SELECT account, kind, n, last, before_last, lost, other, latest_at, latest_who FROM account_kinds ORDER BY account, kind`)
	if !slices.Equal(got, want) {
		tb.Fatalf("account_kinds = %v,\nwant (worked out from entries) %v", got, want)
	}
}

// ids returns the ids of entries.
func ids(entries []rhythm.Entry) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.ID
	}
	return out
}

// dirNames lists the names in dir.
func dirNames(tb testing.TB, dir string) []string {
	tb.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	return names
}

// oneLine fails the test unless err is a single line of text.
func oneLine(tb testing.TB, err error) {
	tb.Helper()
	if msg := err.Error(); strings.ContainsAny(msg, "\r\n") {
		tb.Errorf("error %q is more than one line", msg)
	}
}
