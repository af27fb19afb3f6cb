package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	"ritme/rhythm"
)

// Settings reads the settings; keys never set have their defaults.
func (db *DB) Settings(ctx context.Context) (rhythm.Settings, error) {
	var pairs string
	err := db.sql.QueryRowContext(ctx, settingsQuery).Scan(&pairs)
	if err != nil {
		return rhythm.Settings{}, fmt.Errorf("read settings: %w", err)
	}
	return parseSettings(pairs)
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

// ReadSettings reads the settings of the ritme database at path without
// writing to it: no creation, no migration, a read-only connection. It is
// for helpers such as shell completion, which must never change a file.
func ReadSettings(ctx context.Context, path string) (rhythm.Settings, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return rhythm.Settings{}, err
	}
	if _, err := os.Stat(abs); err != nil {
		return rhythm.Settings{}, err
	}
	if err := prepareFile(ctx, abs); err != nil { // reads only, as the file exists
		return rhythm.Settings{}, err
	}
	ro, err := sql.Open("sqlite", dsn(abs, "mode=ro", "_pragma=busy_timeout(1000)"))
	if err != nil {
		return rhythm.Settings{}, err
	}
	defer ro.Close()
	var pairs string
	if err := ro.QueryRowContext(ctx, settingsQuery).Scan(&pairs); err != nil {
		return rhythm.Settings{}, fmt.Errorf("read settings: %w", err)
	}
	return parseSettings(pairs)
}
