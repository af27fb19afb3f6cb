package store_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// cacheUntil reads the ledger cache's until, "" when there is none.
func cacheUntil(tb testing.TB, raw *sql.DB) string {
	tb.Helper()
	var until string
	err := raw.QueryRow(`SELECT until FROM ledger_cache`).Scan(&until)
	if err != nil && err != sql.ErrNoRows {
		tb.Fatal(err)
	}
	return until
}

// sameCounts checks that the tracker's ledger equals the counts of the
// entries table, over every date from 2025 to 2027.
func sameCounts(tb testing.TB, db *store.DB, raw *sql.DB) {
	tb.Helper()
	l, err := db.Ledger(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	want := map[string]int{}
	rows, err := raw.Query(`SELECT date, kind, count(*) FROM entries GROUP BY date, kind`)
	if err != nil {
		tb.Fatal(err)
	}
	for rows.Next() {
		var d, k string
		var n int
		rows.Scan(&d, &k, &n)
		want[d+" "+k] = n
	}
	rows.Close()
	for d := rhythm.NewDate(2025, 1, 1); d <= rhythm.NewDate(2027, 1, 1); d++ {
		for _, k := range []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit} {
			if got := l.Count(d, k); got != want[d.String()+" "+string(k)] {
				tb.Fatalf("Count(%s, %s) = %d, want %d", d, k, got, want[d.String()+" "+string(k)])
			}
		}
	}
}

func TestCountCacheStaysTrue(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	raw := rawOpen(t, db.Path())

	// A write builds the cache of the counts before the previous month.
	if _, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 5, "", ""); err != nil {
		t.Fatal(err)
	}
	if got := cacheUntil(t, raw); got != "2026-10-01" {
		t.Fatalf("cache until %q after a write, want 2026-10-01", got)
	}
	sameCounts(t, db, raw)

	// A recent entry leaves the cache alone; the glance reads it as a row.
	if _, err := db.Log(ctx, date(t, "2026-11-27"), rhythm.Call, 2, "", ""); err != nil {
		t.Fatal(err)
	}
	sameCounts(t, db, raw)

	// Back-dated changes inside the cached past: log, undo, update, delete,
	// and a change made behind ritme's back with plain SQL.
	changes := []func() error{
		func() error { _, err := db.Log(ctx, date(t, "2026-03-03"), rhythm.Visit, 1, "", ""); return err },
		func() error { _, err := db.Undo(ctx, date(t, "2026-03-02")); return err },
		func() error {
			_, err := raw.Exec(`UPDATE entries SET date = '2026-04-01' WHERE date = '2026-03-03'`)
			return err
		},
		func() error {
			_, err := raw.Exec(`DELETE FROM entries WHERE date = '2026-04-01'`)
			return err
		},
	}
	for i, change := range changes {
		if err := change(); err != nil {
			t.Fatalf("change %d: %v", i, err)
		}
		sameCounts(t, db, raw)
	}

	// The cache moves on with the months.
	db.Now = func() time.Time { return time.Date(2027, 2, 3, 10, 0, 0, 0, time.UTC) }
	if _, err := db.Log(ctx, date(t, "2027-02-03"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	if got := cacheUntil(t, raw); got != "2027-01-01" {
		t.Fatalf("cache until %q in February 2027, want 2027-01-01", got)
	}
	sameCounts(t, db, raw)
}

func TestCountCacheThatIsGarbageIsReported(t *testing.T) {
	db := mustOpen(t)
	if _, err := db.Log(context.Background(), date(t, "2025-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	raw := rawOpen(t, db.Path())
	if _, err := raw.Exec(`UPDATE ledger_cache SET data = x'00'`); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.Tracker(context.Background()); err == nil {
		t.Fatal("Tracker accepted a broken cache")
	}
}
