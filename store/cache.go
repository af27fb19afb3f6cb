package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"ritme/rhythm"
)

// cacheUntil is the first day of the month before now's: the cache covers
// the counts before it, and the glance reads the (at most two months of)
// rows after it one by one. A cache older than that is rebuilt.
func cacheUntil(now time.Time) rhythm.Date {
	return rhythm.MonthStart(rhythm.MonthStart(rhythm.DateOf(now)) - 1)
}

// refreshCache rebuilds the ledger cache inside a write transaction when it
// is missing (a count before it changed) or older than cacheUntil.
func (db *DB) refreshCache(ctx context.Context, tx *sql.Tx) error {
	want := cacheUntil(db.Now())
	var until string
	err := tx.QueryRowContext(ctx, `SELECT until FROM ledger_cache`).Scan(&until)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("read count cache: %w", err)
	}
	if err == nil && until >= want.String() {
		return nil
	}
	var counts string
	err = tx.QueryRowContext(ctx, `SELECT coalesce(group_concat(date || ' ' || kind || ' ' || n, ','), '')
		FROM day_counts WHERE date < ?`, want.String()).Scan(&counts)
	if err != nil {
		return fmt.Errorf("rebuild count cache: %w", err)
	}
	l, err := parseCounts(counts, &rhythm.Ledger{})
	if err != nil {
		return fmt.Errorf("rebuild count cache: %w", err)
	}
	data, err := l.MarshalBinary()
	if err != nil {
		return fmt.Errorf("rebuild count cache: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO ledger_cache (id, until, data) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET until = excluded.until, data = excluded.data`, want.String(), data); err != nil {
		return fmt.Errorf("rebuild count cache: %w", err)
	}
	return nil
}
