package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"ritme/rhythm"
)

// Archive is everything a complete backup holds: what `ritme export
// --format json` writes and `ritme import` reads back. Importing it into an
// empty database gives the same figures on every date.
type Archive struct {
	Entries []rhythm.Entry
	// Stages are the stages the rep set, one per account.
	Stages []rhythm.AccountStage
	// FollowUps are every follow-up, open and closed, in the order they
	// were made, each with the name it was set with.
	FollowUps []rhythm.FollowUp
	// Leave is every registered date of leave, in date order.
	Leave []rhythm.Leave
	// Changes is the history of the dated settings, by key and from.
	Changes []rhythm.Change
	// Start is the stored start, the zero Date when none is; StartByRep
	// says whether the rep set it (config set start_date) rather than ritme.
	Start      rhythm.Date
	StartByRep bool
	// RestDays and BackupKeep are the settings without history.
	RestDays, BackupKeep int
}

// reader runs queries: a database or a transaction.
type reader interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// ReadArchive reads the whole database, in one read transaction so that it
// is one consistent snapshot; q selects the entries (its zero value: all).
func (db *DB) ReadArchive(ctx context.Context, q EntryQuery) (Archive, error) {
	tx, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Archive{}, fmt.Errorf("read everything: %w", err)
	}
	defer tx.Rollback()
	var ar Archive
	if ar.Entries, err = entriesIn(ctx, tx, q); err != nil {
		return Archive{}, err
	}
	if ar.Stages, err = stagesIn(ctx, tx); err != nil {
		return Archive{}, err
	}
	if ar.FollowUps, err = followUpsAsSet(ctx, tx); err != nil {
		return Archive{}, err
	}
	if ar.Leave, err = leaveIn(ctx, tx, 0, 0); err != nil {
		return Archive{}, err
	}
	s, err := readSettings(ctx, tx)
	if err != nil {
		return Archive{}, err
	}
	ar.Changes, ar.Start, ar.StartByRep = s.History.Changes(""), s.Start, s.StartByRep
	ar.RestDays, ar.BackupKeep = s.RestDays, s.BackupKeep
	return ar, tx.Commit()
}

// Merged says what Merge added. What the database already had was kept.
type Merged struct {
	// Added and Skipped count the entries added and those whose id was
	// already present.
	Added, Skipped int
	// FirstAdded is the earliest date of the entries added, the zero Date
	// when none was.
	FirstAdded rhythm.Date
	// Leave, Changes, Stages and FollowUps count the leave dates, settings
	// changes, account stages and follow-ups added.
	Leave, Changes, Stages, FollowUps int
	// Start is the start that holds afterwards.
	Start rhythm.Date
}

// Merge adds an archive to the database in one transaction, keeping what
// the database already has: entries by id, settings changes by key and
// from, leave by date, stages by account key, follow-ups by account and
// time made and open follow-ups by account key (see ImportFollowUps), and
// the start and the settings without history when they are stored. When
// no start is stored, the archive's start is stored, or else the date of
// its earliest entry. The archive must be valid (as the command line
// checks it); on error nothing is added.
func (db *DB) Merge(ctx context.Context, ar Archive) (Merged, error) {
	var m Merged
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		if m.Added, m.FirstAdded, err = insertEntries(ctx, tx, ar.Entries); err != nil {
			return err
		}
		m.Skipped = len(ar.Entries) - m.Added
		for _, l := range ar.Leave {
			res, err := tx.ExecContext(ctx, `INSERT INTO leave (date, kind) VALUES (?, ?) ON CONFLICT (date) DO NOTHING`,
				l.Date.String(), string(l.Kind))
			if err != nil {
				return fmt.Errorf("leave on %s: %w", l.Date, err)
			}
			m.Leave += affected(res)
		}
		for _, c := range ar.Changes {
			res, err := saveChange(ctx, tx, c, false)
			if err != nil {
				return fmt.Errorf("setting %s: %w", c.Key, err)
			}
			m.Changes += affected(res)
		}
		if err := keepOrStore(ctx, tx, rhythm.KeyRestDays, ar.RestDays); err != nil {
			return err
		}
		if err := keepOrStore(ctx, tx, rhythm.KeyBackupKeep, ar.BackupKeep); err != nil {
			return err
		}
		first, by := earliest(ar.Entries), byRitme
		if !ar.Start.IsZero() {
			first = ar.Start
			if ar.StartByRep {
				by = startByRep
			}
		}
		if m.Start, err = storeStartIfNone(ctx, tx, first, by); err != nil {
			return err
		}
		if m.Stages, err = insertStages(ctx, tx, ar.Stages); err != nil {
			return err
		}
		// After the entries, whose insert completes the open follow-ups
		// made before they were created: the archive's follow-ups are
		// stored as they are, so that an empty database gets exactly the
		// original's.
		if m.FollowUps, err = insertFollowUps(ctx, tx, ar.FollowUps); err != nil {
			return err
		}
		// A change that does not fit the history already stored is refused
		// here, before the commit.
		_, err = readSettings(ctx, tx)
		return err
	})
	if err != nil {
		return Merged{}, fmt.Errorf("import: %w", err)
	}
	return m, nil
}

// affected returns the rows a statement changed, 0 when unknown.
func affected(res sql.Result) int {
	n, _ := res.RowsAffected()
	return int(n)
}

// keepOrStore stores n under key, one of the settings without history,
// unless the database has a value for it or n is the default.
func keepOrStore(ctx context.Context, tx *sql.Tx, key string, n int) error {
	if v, _ := rhythm.Default(key); strconv.Itoa(n) == v {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`,
		key, strconv.Itoa(n))
	if err != nil {
		return fmt.Errorf("setting %s: %w", key, err)
	}
	return nil
}
