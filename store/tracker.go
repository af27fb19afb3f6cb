package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"ritme/rhythm"
)

// trackerQuery reads everything the figures depend on in one statement, so
// that it is one consistent snapshot: the settings, the leave dates, the
// cached counts of the past (see ledger_cache) and the counts since. Rows
// come joined into strings, because reading rows one by one costs about a
// microsecond each in database/sql, while SQLite joins them in a fraction of
// that. Kinds, dates and settings are validated text without the
// separators used here.
const trackerQuery = `SELECT
	(` + settingsQuery + `),
	(` + changesQuery + `),
	(SELECT coalesce(group_concat(date, ','), '') FROM leave),
	(SELECT data FROM ledger_cache),
	(SELECT coalesce(group_concat(date || ' ' || kind || ' ' || n, ','), '') FROM day_counts
		WHERE date >= coalesce((SELECT until FROM ledger_cache), ''))`

// Tracker reads everything the figures depend on, the settings, the leave
// dates and the per-day counts, and returns them joined, with the settings.
func (db *DB) Tracker(ctx context.Context) (*rhythm.Tracker, rhythm.Settings, error) {
	var settings, changes, leave, cache, counts sql.RawBytes
	rows, err := db.sql.QueryContext(ctx, trackerQuery)
	if err != nil {
		return nil, rhythm.Settings{}, fmt.Errorf("read data: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, rhythm.Settings{}, fmt.Errorf("read data: %w", cmpErr(rows.Err()))
	}
	if err := rows.Scan(&settings, &changes, &leave, &cache, &counts); err != nil {
		return nil, rhythm.Settings{}, fmt.Errorf("read data: %w", err)
	}
	s, err := parseSettings(string(settings), string(changes))
	if err != nil {
		return nil, s, err
	}
	dates, err := parseDates(string(leave))
	if err != nil {
		return nil, s, fmt.Errorf("read leave: %w", err)
	}
	l := &rhythm.Ledger{}
	if cache != nil {
		if err := l.UnmarshalBinary(cache); err != nil {
			return nil, s, fmt.Errorf("read count cache: %w", err)
		}
	}
	if l, err = parseCounts(string(counts), l); err != nil {
		return nil, s, fmt.Errorf("read counts: %w", err)
	}
	return s.Tracker(dates, l), s, nil
}

// cmpErr turns a missing row without an error into one.
func cmpErr(err error) error {
	if err == nil {
		return sql.ErrNoRows
	}
	return err
}

// parseDates reads "YYYY-MM-DD,YYYY-MM-DD,…".
func parseDates(s string) ([]rhythm.Date, error) {
	var dates []rhythm.Date
	for s != "" {
		var one string
		one, s, _ = strings.Cut(s, ",")
		d, err := rhythm.ParseDate(one)
		if err != nil {
			return nil, err
		}
		dates = append(dates, d)
	}
	return dates, nil
}

// parseCounts adds "YYYY-MM-DD kind n,…" to l and returns it.
func parseCounts(s string, l *rhythm.Ledger) (*rhythm.Ledger, error) {
	for s != "" {
		var row string
		row, s, _ = strings.Cut(s, ",")
		date, rest, _ := strings.Cut(row, " ")
		kind, num, _ := strings.Cut(rest, " ")
		d, err := rhythm.ParseDate(date)
		if err != nil {
			return nil, err
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("count %q: %w", row, err)
		}
		l.Add(d, rhythm.Kind(kind), n)
	}
	return l, nil
}

// Ledger reads the per-day counts of every kind.
func (db *DB) Ledger(ctx context.Context) (*rhythm.Ledger, error) {
	t, _, err := db.Tracker(ctx)
	if err != nil {
		return nil, err
	}
	return t.Ledger, nil
}

// DayCount returns the number of entries of kind on date.
func (db *DB) DayCount(ctx context.Context, date rhythm.Date, kind rhythm.Kind) (int, error) {
	n, err := dayCount(ctx, db.sql, date, kind)
	if err != nil {
		return 0, fmt.Errorf("read count: %w", err)
	}
	return n, nil
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
