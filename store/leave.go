package store

import (
	"context"
	"database/sql"
	"fmt"

	"ritme/rhythm"
)

// AddLeave registers every date from from to to as leave of kind, replacing
// the kind of dates already registered. It returns the number of dates.
func (db *DB) AddLeave(ctx context.Context, from, to rhythm.Date, kind rhythm.LeaveKind) (int, error) {
	var dates []rhythm.Date
	for d := from; d <= to; d++ {
		dates = append(dates, d)
	}
	if _, err := db.RegisterLeave(ctx, dates, kind); err != nil {
		return 0, err
	}
	return len(dates), nil
}

// LeaveRegistered says what RegisterLeave found on the dates it registered.
type LeaveRegistered struct {
	// Replaced holds the dates that had leave of another kind, with that
	// kind, in date order.
	Replaced []rhythm.Leave
	// WithEntries holds the dates that have entries, in date order.
	WithEntries []rhythm.Date
}

// RegisterLeave registers dates, in date order, as leave of kind, in one
// transaction, replacing the kind of dates already registered, and says
// which dates had another kind and which have entries.
func (db *DB) RegisterLeave(ctx context.Context, dates []rhythm.Date, kind rhythm.LeaveKind) (LeaveRegistered, error) {
	var r LeaveRegistered
	err := db.write(ctx, func(tx *sql.Tx) error {
		for _, d := range dates {
			var had string
			var entries int
			err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT kind FROM leave WHERE date = ?1), ''),
				(SELECT count(*) FROM day_counts WHERE date = ?1)`, d.String()).Scan(&had, &entries)
			if err != nil {
				return err
			}
			if had != "" && had != string(kind) {
				r.Replaced = append(r.Replaced, rhythm.Leave{Date: d, Kind: rhythm.LeaveKind(had)})
			}
			if entries > 0 {
				r.WithEntries = append(r.WithEntries, d)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO leave (date, kind) VALUES (?, ?)
				ON CONFLICT (date) DO UPDATE SET kind = excluded.kind`, d.String(), string(kind)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return LeaveRegistered{}, fmt.Errorf("add leave: %w", err)
	}
	return r, nil
}

// RemoveLeave unregisters the leave from from to to and returns how many
// dates were registered.
func (db *DB) RemoveLeave(ctx context.Context, from, to rhythm.Date) (int, error) {
	var n int64
	err := db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM leave WHERE date BETWEEN ? AND ?`, from.String(), to.String())
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("remove leave: %w", err)
	}
	return int(n), nil
}

// Leave returns the leave from from to to in date order; zero bounds are
// open.
func (db *DB) Leave(ctx context.Context, from, to rhythm.Date) ([]rhythm.Leave, error) {
	return leaveIn(ctx, db.sql, from, to)
}

// leaveIn returns the leave from from to to in date order, read through r.
func leaveIn(ctx context.Context, r reader, from, to rhythm.Date) ([]rhythm.Leave, error) {
	lo, hi := "0000-00-00", "9999-99-99"
	if !from.IsZero() {
		lo = from.String()
	}
	if !to.IsZero() {
		hi = to.String()
	}
	rows, err := r.QueryContext(ctx, `SELECT date, kind FROM leave WHERE date BETWEEN ? AND ? ORDER BY date`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("list leave: %w", err)
	}
	defer rows.Close()
	var list []rhythm.Leave
	for rows.Next() {
		var date, kind string
		if err := rows.Scan(&date, &kind); err != nil {
			return nil, fmt.Errorf("list leave: %w", err)
		}
		d, err := rhythm.ParseDate(date)
		if err != nil {
			return nil, fmt.Errorf("list leave: %w", err)
		}
		list = append(list, rhythm.Leave{Date: d, Kind: rhythm.LeaveKind(kind)})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list leave: %w", err)
	}
	return list, nil
}
