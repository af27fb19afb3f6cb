package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"ritme/rhythm"
)

// Rows of the settings table that are not the rep's settings: who set the
// start (the rep, or ritme when it stored the date of the first entries).
const (
	keyStartBy = "start_by"
	startByRep = "rep"
	byRitme    = "ritme"
)

// settingsQuery reads the settings without history as
// "key\x1fvalue\x1e…", and changesQuery the changes of the dated settings
// as "key\x1ffrom\x1fvalue\x1fmade_at\x1e…". Keys, dates and values are
// validated text without those separators.
const (
	settingsQuery = `SELECT coalesce(group_concat(key || char(31) || value, char(30)), '') FROM settings`
	changesQuery  = `SELECT coalesce(group_concat(key || char(31) || "from" || char(31) || value || char(31) || made_at, char(30)), '')
		FROM setting_changes`
)

// Settings reads the settings; keys never set have their defaults.
func (db *DB) Settings(ctx context.Context) (rhythm.Settings, error) {
	return readSettings(ctx, db.sql)
}

// readSettings reads the settings through q.
func readSettings(ctx context.Context, q querier) (rhythm.Settings, error) {
	var plain, changes string
	err := q.QueryRowContext(ctx, `SELECT (`+settingsQuery+`), (`+changesQuery+`)`).Scan(&plain, &changes)
	if err != nil {
		return rhythm.Settings{}, fmt.Errorf("read settings: %w", err)
	}
	return parseSettings(plain, changes)
}

// querier is a database, a connection or a transaction.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// parseSettings builds the settings from the joined rows of the settings
// and setting_changes tables.
func parseSettings(plain, changes string) (rhythm.Settings, error) {
	var list []rhythm.Change
	for changes != "" {
		var row string
		row, changes, _ = strings.Cut(changes, "\x1e")
		f := strings.Split(row, "\x1f")
		if len(f) != 4 {
			return rhythm.Settings{}, fmt.Errorf("read settings: stored change %q", row)
		}
		c := rhythm.Change{Key: f[0], Value: f[2]}
		if f[1] != "" {
			d, err := rhythm.ParseDate(f[1])
			if err != nil {
				return rhythm.Settings{}, fmt.Errorf("read settings: stored %w", err)
			}
			c.From = d
		}
		t, err := time.Parse(time.RFC3339Nano, f[3])
		if err != nil {
			return rhythm.Settings{}, fmt.Errorf("read settings: made_at of %s: %w", c.Key, err)
		}
		c.MadeAt = t
		list = append(list, c)
	}
	h, err := rhythm.NewHistory(list)
	if err != nil {
		return rhythm.Settings{}, fmt.Errorf("read settings: stored %w", err)
	}
	s := rhythm.DefaultSettings()
	s.History = h
	startBy := ""
	for plain != "" {
		var pair string
		pair, plain, _ = strings.Cut(plain, "\x1e")
		key, value, _ := strings.Cut(pair, "\x1f")
		if key == keyStartBy {
			startBy = value
			continue
		}
		if _, err := s.SetUndated(key, value); err != nil {
			return rhythm.Settings{}, fmt.Errorf("read settings: stored %w", err)
		}
	}
	s.StartByRep = !s.Start.IsZero() && startBy != byRitme
	return s, nil
}

// SaveChange records a change of a dated setting, replacing one of the
// same key and from. Callers validate it with rhythm.NewChange first.
func (db *DB) SaveChange(ctx context.Context, c rhythm.Change) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		_, err := saveChange(ctx, tx, c, true)
		return err
	})
	if err != nil {
		return fmt.Errorf("save setting %s: %w", c.Key, err)
	}
	return nil
}

// saveChange writes one change; replace false keeps a change already there.
func saveChange(ctx context.Context, tx *sql.Tx, c rhythm.Change, replace bool) (sql.Result, error) {
	conflict := `DO NOTHING`
	if replace {
		conflict = `DO UPDATE SET value = excluded.value, made_at = excluded.made_at`
	}
	return tx.ExecContext(ctx, `INSERT INTO setting_changes (key, "from", value, made_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (key, "from") `+conflict, c.Key, dateText(c.From), c.Value, c.MadeAt.UTC().Format(TimeFormat))
}

// dateText writes a date, and the zero Date as "".
func dateText(d rhythm.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// SaveSetting stores value under one of the keys without history; the
// empty value restores the default. Callers validate it with
// rhythm.Settings.SetUndated first. The start is stored with SetStart.
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

// SetStart stores the start the rep chose (config set start_date).
func (db *DB) SetStart(ctx context.Context, d rhythm.Date) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		return setStart(ctx, tx, d, startByRep)
	})
	if err != nil {
		return fmt.Errorf("save setting %s: %w", rhythm.KeyStartDate, err)
	}
	return nil
}

// setStart writes the start and who set it.
func setStart(ctx context.Context, tx *sql.Tx, d rhythm.Date, by string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, rhythm.KeyStartDate, d.String(), keyStartBy, by)
	return err
}

// startIfNone stores first as the start when none is stored yet: the first
// command that writes entries fixes the start, in its own transaction. It
// returns the start that holds afterwards.
func startIfNone(ctx context.Context, tx *sql.Tx, first rhythm.Date) (rhythm.Date, error) {
	return storeStartIfNone(ctx, tx, first, byRitme)
}

// storeStartIfNone stores first as the start, set by by, when none is
// stored yet, and returns the start that holds afterwards.
func storeStartIfNone(ctx context.Context, tx *sql.Tx, first rhythm.Date, by string) (rhythm.Date, error) {
	var stored string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, rhythm.KeyStartDate).Scan(&stored)
	switch {
	case err == sql.ErrNoRows:
		if first.IsZero() {
			return 0, nil
		}
		return first, setStart(ctx, tx, first, by)
	case err != nil:
		return 0, err
	}
	return rhythm.ParseDate(stored)
}

// ReadSettings reads the settings of the ritme database at path without
// writing to it: no creation, no migration, a read-only connection. It is
// for helpers such as shell completion, which must never change a file.
func ReadSettings(ctx context.Context, path string) (rhythm.Settings, error) {
	ro, err := openForCompletion(ctx, path)
	if err != nil {
		return rhythm.Settings{}, err
	}
	defer ro.Close()
	return readSettings(ctx, ro)
}

// prepareExisting returns the absolute path of the ritme database at path,
// refusing, without writing anything, a file that is missing or is not a
// ritme database.
func prepareExisting(ctx context.Context, path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(abs); err != nil {
		return "", err
	}
	if err := prepareFile(ctx, abs); err != nil { // reads only, as the file exists
		return "", err
	}
	return abs, nil
}
