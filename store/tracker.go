package store

import (
	"context"
	"fmt"

	"ritme/rhythm"
)

// Ledger reads the per-day counts of every kind.
func (db *DB) Ledger(ctx context.Context) (*rhythm.Ledger, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT date, kind, n FROM day_counts ORDER BY date`)
	if err != nil {
		return nil, fmt.Errorf("read counts: %w", err)
	}
	defer rows.Close()
	l := &rhythm.Ledger{}
	for rows.Next() {
		var date, kind string
		var n int
		if err := rows.Scan(&date, &kind, &n); err != nil {
			return nil, fmt.Errorf("read counts: %w", err)
		}
		d, err := rhythm.ParseDate(date)
		if err != nil {
			return nil, fmt.Errorf("read counts: %w", err)
		}
		l.Add(d, rhythm.Kind(kind), n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read counts: %w", err)
	}
	return l, nil
}

// Tracker reads everything the figures depend on, the settings, the leave
// dates and the per-day counts, and returns them joined, with the settings.
func (db *DB) Tracker(ctx context.Context) (*rhythm.Tracker, rhythm.Settings, error) {
	s, err := db.Settings(ctx)
	if err != nil {
		return nil, s, err
	}
	leave, err := db.Leave(ctx, 0, 0)
	if err != nil {
		return nil, s, err
	}
	dates := make([]rhythm.Date, len(leave))
	for i, l := range leave {
		dates[i] = l.Date
	}
	l, err := db.Ledger(ctx)
	if err != nil {
		return nil, s, err
	}
	return s.Tracker(dates, l), s, nil
}

// DataVersion returns a number that changes whenever another connection,
// in this process or another, commits a change to the database. Polling it
// is how the TUI notices entries logged elsewhere.
func (db *DB) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := db.sql.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read data version: %w", err)
	}
	return v, nil
}
