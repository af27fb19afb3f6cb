package store

import (
	"context"
	"database/sql"
	"fmt"

	"ritme/rhythm"
)

// Settings reads the settings; keys never set have their defaults.
func (db *DB) Settings(ctx context.Context) (rhythm.Settings, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT key, value FROM settings ORDER BY key`)
	if err != nil {
		return rhythm.Settings{}, fmt.Errorf("read settings: %w", err)
	}
	defer rows.Close()
	s := rhythm.DefaultSettings()
	for rows.Next() {
		var key, value string
		if err := rows.Scan(&key, &value); err != nil {
			return rhythm.Settings{}, fmt.Errorf("read settings: %w", err)
		}
		if err := s.Set(key, value); err != nil {
			return rhythm.Settings{}, fmt.Errorf("read settings: stored %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return rhythm.Settings{}, fmt.Errorf("read settings: %w", err)
	}
	return s, nil
}

// SaveSetting stores value under key; the empty value removes the key, so
// that it returns to its default. Callers validate with rhythm.Settings.Set
// first.
func (db *DB) SaveSetting(ctx context.Context, key, value string) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		if value == "" {
			_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key = ?`, key)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		return err
	})
	if err != nil {
		return fmt.Errorf("save setting %s: %w", key, err)
	}
	return nil
}
