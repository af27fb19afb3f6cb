package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"ritme/rhythm"
)

// TimeFormat is how created_at is stored and exported: UTC with a fixed
// number of fraction digits, so that text order is time order.
const TimeFormat = "2006-01-02T15:04:05.000000Z"

// NewID returns a new entry id.
func NewID() string { return uuid.NewString() }

// Log inserts n entries of kind on date with who and note, in one
// transaction, and returns them.
func (db *DB) Log(ctx context.Context, date rhythm.Date, kind rhythm.Kind, n int, who, note string) ([]rhythm.Entry, error) {
	r, err := db.LogEntries(ctx, rhythm.Entry{Date: date, Kind: kind, Who: who, Note: note}, n)
	return r.Entries, err
}

// Logged is what LogEntries wrote and what its transaction left.
type Logged struct {
	Entries []rhythm.Entry
	// DayCount is the count of the entries' kind on their date.
	DayCount int
	// Start is the start that holds: the one stored before, or, when none
	// was, the entries' date, stored by the same transaction.
	Start rhythm.Date
}

// LogEntries inserts n copies of e, each with a new id and the current time,
// in one transaction, and returns them with the count of e's kind on e's
// date and the start that the same transaction leaves: once it returns
// without error, nothing else needs to succeed for the rep to be told what
// was logged.
func (db *DB) LogEntries(ctx context.Context, e rhythm.Entry, n int) (Logged, error) {
	r, _, err := db.LogWithFollowUp(ctx, e, n, nil)
	return r, err
}

// LogWithFollowUp is LogEntries that, when next is not nil, also sets the
// next follow-up of the entries' account (see SetFollowUp), in the same
// transaction: after the entries, which complete the follow-up the account
// had.
func (db *DB) LogWithFollowUp(ctx context.Context, e rhythm.Entry, n int, next *rhythm.FollowUp) (Logged, FollowUpSet, error) {
	var set FollowUpSet
	kind := e.Kind
	// Stored times have microseconds; return what a later read returns.
	now := db.Now().UTC().Truncate(time.Microsecond)
	entries := make([]rhythm.Entry, n)
	for i := range entries {
		entries[i] = e
		entries[i].ID, entries[i].CreatedAt = NewID(), now
	}
	r := Logged{Entries: entries}
	err := db.write(ctx, func(tx *sql.Tx) error {
		if _, _, err := insertEntries(ctx, tx, entries); err != nil {
			return err
		}
		if e.Outcome == rhythm.Won {
			if err := wonBy(ctx, tx, e.Who); err != nil {
				return err
			}
		}
		var err error
		if r.Start, err = startIfNone(ctx, tx, e.Date); err != nil {
			return err
		}
		if r.DayCount, err = dayCount(ctx, tx, e.Date, kind); err != nil {
			return err
		}
		if next != nil {
			set, err = db.setFollowUp(ctx, tx, *next)
		}
		return err
	})
	if err != nil {
		return Logged{}, FollowUpSet{}, fmt.Errorf("log %s: %w", kind, err)
	}
	return r, set, nil
}

// dayCount reads the count of kind on date.
func dayCount(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, date rhythm.Date, kind rhythm.Kind) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT coalesce((SELECT n FROM day_counts WHERE date = ? AND kind = ?), 0)`,
		date.String(), string(kind)).Scan(&n)
	return n, err
}

const insertEntry = `INSERT INTO entries (id, date, kind, who, note, created_at, outcome, account)
VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`

func entryArgs(e rhythm.Entry) []any {
	return []any{e.ID, e.Date.String(), string(e.Kind), e.Who, e.Note, e.CreatedAt.UTC().Format(TimeFormat),
		string(e.Outcome), rhythm.AccountKey(e.Who)}
}

// Import inserts entries and stages in one transaction, skipping entries
// whose id is already present and stages of accounts that already have one
// (a stage set here is never overwritten). It returns how many entries it
// added and skipped; on error it adds nothing. It is Merge of an archive of
// entries and stages only.
func (db *DB) Import(ctx context.Context, entries []rhythm.Entry, stages ...rhythm.AccountStage) (added, skipped int, err error) {
	m, err := db.Merge(ctx, Archive{Entries: entries, Stages: stages, RestDays: defaultOf(rhythm.KeyRestDays),
		BackupKeep: defaultOf(rhythm.KeyBackupKeep)})
	return m.Added, m.Skipped, err
}

// defaultOf returns the default of a setting without history that is a
// number.
func defaultOf(key string) int {
	v, _ := rhythm.Default(key)
	n, _ := strconv.Atoi(v)
	return n
}

// ErrNotEmpty means Fill was given a database that is not empty.
var ErrNotEmpty = errors.New("the database is not empty")

// emptyQuery counts what makes a database not empty: entries, leave,
// settings changed from their defaults (a dated change, or a stored start,
// rest_days or backup.keep) and accounts with a stage.
const emptyQuery = `SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM leave) +
	(SELECT count(*) FROM setting_changes) + (SELECT count(*) FROM settings) + (SELECT count(*) FROM accounts)`

// IsEmpty reports whether the database is empty: no entries, no leave, no
// settings changed from their defaults, no accounts.
func (db *DB) IsEmpty(ctx context.Context) (bool, error) {
	var n int
	if err := db.sql.QueryRowContext(ctx, emptyQuery).Scan(&n); err != nil {
		return false, fmt.Errorf("read contents: %w", err)
	}
	return n == 0, nil
}

// Fill writes a whole history into an empty database (see IsEmpty), in one
// transaction: leave, entries and stages. It refuses, with ErrNotEmpty and
// without writing, a database that is not empty, checked inside the
// transaction so that no other ritme process can write in between.
func (db *DB) Fill(ctx context.Context, leave []rhythm.Leave, entries []rhythm.Entry, stages []rhythm.AccountStage) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, emptyQuery).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return ErrNotEmpty
		}
		for _, l := range leave {
			if _, err := tx.ExecContext(ctx, `INSERT INTO leave (date, kind) VALUES (?, ?) ON CONFLICT (date) DO NOTHING`,
				l.Date.String(), string(l.Kind)); err != nil {
				return err
			}
		}
		if _, _, err := insertEntries(ctx, tx, entries); err != nil {
			return err
		}
		if _, err := startIfNone(ctx, tx, earliest(entries)); err != nil {
			return err
		}
		_, err := insertStages(ctx, tx, stages)
		return err
	})
	if err != nil {
		return fmt.Errorf("fill: %w", err)
	}
	return nil
}

// earliest returns the earliest date of entries, the zero Date for none.
func earliest(entries []rhythm.Entry) rhythm.Date {
	var first rhythm.Date
	for _, e := range entries {
		if first.IsZero() || e.Date < first {
			first = e.Date
		}
	}
	return first
}

// insertEntries inserts entries, skipping ids already present, and returns
// how many it added and the earliest date among those.
func insertEntries(ctx context.Context, tx *sql.Tx, entries []rhythm.Entry) (int, rhythm.Date, error) {
	stmt, err := tx.PrepareContext(ctx, insertEntry)
	if err != nil {
		return 0, 0, err
	}
	defer stmt.Close()
	added := 0
	var first rhythm.Date
	for _, e := range entries {
		res, err := stmt.ExecContext(ctx, entryArgs(e)...)
		if err != nil {
			return 0, 0, fmt.Errorf("entry %s: %w", e.ID, err)
		}
		if affected(res) == 1 {
			added++
			if first.IsZero() || e.Date < first {
				first = e.Date
			}
		}
	}
	return added, first, nil
}

// insertStages records stages of accounts that have none yet and returns
// how many it recorded.
func insertStages(ctx context.Context, tx *sql.Tx, stages []rhythm.AccountStage) (int, error) {
	n := 0
	for _, s := range stages {
		res, err := tx.ExecContext(ctx, `INSERT INTO accounts (key, name, stage) VALUES (?, ?, ?)
			ON CONFLICT (key) DO NOTHING`, rhythm.AccountKey(s.Name), s.Name, string(s.Stage))
		if err != nil {
			return 0, fmt.Errorf("stage of %s: %w", s.Name, err)
		}
		n += affected(res)
	}
	return n, nil
}

// Undo deletes the most recently created entry dated date and returns it;
// ErrNotFound when that date has none.
func (db *DB) Undo(ctx context.Context, date rhythm.Date) (rhythm.Entry, error) {
	e, _, err := db.UndoEntry(ctx, date)
	return e, err
}

// UndoEntry is Undo that also returns the count of the removed entry's kind
// that its date keeps, read in the same transaction.
func (db *DB) UndoEntry(ctx context.Context, date rhythm.Date) (rhythm.Entry, int, error) {
	var e rhythm.Entry
	var left int
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		e, err = scanEntry(tx.QueryRowContext(ctx, selectEntry+` WHERE date = ? ORDER BY created_at DESC, seq DESC LIMIT 1`, date.String()))
		if err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, `DELETE FROM entries WHERE id = ?`, e.ID); err != nil {
			return err
		}
		left, err = dayCount(ctx, tx, date, e.Kind)
		return err
	})
	if err != nil {
		return rhythm.Entry{}, 0, fmt.Errorf("undo %s: %w", date, err)
	}
	return e, left, nil
}

// rhythm.Entry returns the entry with the given id, or the one entry whose id
// starts with it; ErrNotFound when there is none, an error when the prefix
// is ambiguous. The id is matched as given and, when that finds nothing, in
// lower case, so that an upper-case UUID finds ritme's lower-case one and an
// imported id with capitals is found too.
func (db *DB) Entry(ctx context.Context, id string) (rhythm.Entry, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return rhythm.Entry{}, fmt.Errorf("entry %q: %w", id, ErrNotFound)
	}
	found, err := db.entriesFrom(ctx, id)
	if err == nil && len(found) == 0 && strings.ToLower(id) != id {
		id = strings.ToLower(id)
		found, err = db.entriesFrom(ctx, id)
	}
	switch {
	case err != nil:
		return rhythm.Entry{}, fmt.Errorf("entry %s: %w", id, err)
	case len(found) == 0:
		return rhythm.Entry{}, fmt.Errorf("entry %s: %w", id, ErrNotFound)
	case len(found) > 1 && found[0].ID != id:
		return rhythm.Entry{}, fmt.Errorf("entry %s: %w", id, ErrAmbiguous)
	}
	return found[0], nil
}

// entriesFrom returns up to two entries whose id starts with prefix, in id
// order.
func (db *DB) entriesFrom(ctx context.Context, prefix string) ([]rhythm.Entry, error) {
	rows, err := db.sql.QueryContext(ctx, selectEntry+` WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`, prefix, prefix+"\U0010FFFF")
	if err != nil {
		return nil, err
	}
	return scanEntries(rows)
}

// UpdateEntry sets who and note of the entry with the given id.
func (db *DB) UpdateEntry(ctx context.Context, id, who, note string) error {
	return db.changeEntry(ctx, "update", id, `UPDATE entries SET who = ?, note = ?, account = ? WHERE id = ?`,
		who, note, rhythm.AccountKey(who), id)
}

// SetOutcome sets the outcome of the entry with the given id; NoOutcome
// clears it. A deal won makes the account a customer (see ChangeOutcome).
func (db *DB) SetOutcome(ctx context.Context, id string, o rhythm.Outcome) error {
	_, err := db.ChangeOutcome(ctx, id, func(rhythm.Outcome) rhythm.Outcome { return o })
	return err
}

// ChangeOutcome sets the outcome of the entry with the given id to what
// next makes of its outcome, read in the same transaction, so that changes
// queued one after another each start from the one before; it returns the
// entry as changed. An outcome won makes the entry's account a customer,
// for good: clearing the outcome later does not undo it.
func (db *DB) ChangeOutcome(ctx context.Context, id string, next func(rhythm.Outcome) rhythm.Outcome) (rhythm.Entry, error) {
	var e rhythm.Entry
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		if e, err = scanEntry(tx.QueryRowContext(ctx, selectEntry+` WHERE id = ?`, id)); err != nil {
			return err
		}
		e.Outcome = next(e.Outcome)
		if _, err := tx.ExecContext(ctx, `UPDATE entries SET outcome = ? WHERE id = ?`, string(e.Outcome), id); err != nil {
			return err
		}
		if e.Outcome == rhythm.Won {
			return wonBy(ctx, tx, e.Who)
		}
		return nil
	})
	if err != nil {
		return rhythm.Entry{}, fmt.Errorf("set the outcome of entry %s: %w", id, err)
	}
	return e, nil
}

// wonBy makes the account who names a customer, registering it when it has
// no stage yet: a deal won acts on the account.
func wonBy(ctx context.Context, tx *sql.Tx, who string) error {
	key := rhythm.AccountKey(who)
	if key == "" {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO accounts (key, name, stage) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET stage = excluded.stage`, key, strings.Join(strings.Fields(who), " "), string(rhythm.Customer))
	return err
}

// DeleteEntry deletes the entry with the given id.
func (db *DB) DeleteEntry(ctx context.Context, id string) error {
	return db.changeEntry(ctx, "delete", id, `DELETE FROM entries WHERE id = ?`, id)
}

func (db *DB) changeEntry(ctx context.Context, verb, id, query string, args ...any) error {
	err := db.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNotFound
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s entry %s: %w", verb, id, err)
	}
	return nil
}

// EntryQuery selects entries. Zero fields select everything.
type EntryQuery struct {
	From, To rhythm.Date
	Kind     rhythm.Kind
	// Limit caps the number of entries; 0 means no cap.
	Limit int
	// NewestFirst orders by date, newest first, and within a date by
	// creation, newest first; otherwise the order is date, then creation,
	// oldest first.
	NewestFirst bool
}

// Entries returns the entries q selects.
func (db *DB) Entries(ctx context.Context, q EntryQuery) ([]rhythm.Entry, error) {
	return entriesIn(ctx, db.sql, q)
}

// entriesIn returns the entries q selects, read through r.
func entriesIn(ctx context.Context, r reader, q EntryQuery) ([]rhythm.Entry, error) {
	var where []string
	var args []any
	if !q.From.IsZero() {
		where, args = append(where, "date >= ?"), append(args, q.From.String())
	}
	if !q.To.IsZero() {
		where, args = append(where, "date <= ?"), append(args, q.To.String())
	}
	if q.Kind != "" {
		where, args = append(where, "kind = ?"), append(args, string(q.Kind))
	}
	query := selectEntry
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	if q.NewestFirst {
		query += " ORDER BY date DESC, created_at DESC, seq DESC"
	} else {
		query += " ORDER BY date, created_at, seq"
	}
	if q.Limit > 0 {
		query += fmt.Sprintf(" LIMIT %d", q.Limit)
	}
	rows, err := r.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list entries: %w", err)
	}
	entries, err := scanEntries(rows)
	if err != nil {
		return nil, fmt.Errorf("list entries: %w", err)
	}
	return entries, nil
}

// EntryCount returns the number of entries.
func (db *DB) EntryCount(ctx context.Context) (int, error) {
	var n int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM entries`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count entries: %w", err)
	}
	return n, nil
}

const selectEntry = `SELECT id, date, kind, who, note, created_at, outcome FROM entries`

type scanner interface{ Scan(dest ...any) error }

func scanEntry(s scanner) (rhythm.Entry, error) {
	var e rhythm.Entry
	var date, kind, created, outcome string
	if err := s.Scan(&e.ID, &date, &kind, &e.Who, &e.Note, &created, &outcome); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return rhythm.Entry{}, ErrNotFound
		}
		return rhythm.Entry{}, err
	}
	var err error
	if e.Date, err = rhythm.ParseDate(date); err != nil {
		return rhythm.Entry{}, fmt.Errorf("entry %s: %w", e.ID, err)
	}
	if e.CreatedAt, err = time.Parse(time.RFC3339Nano, created); err != nil {
		return rhythm.Entry{}, fmt.Errorf("entry %s: created_at: %w", e.ID, err)
	}
	e.Kind, e.Outcome = rhythm.Kind(kind), rhythm.Outcome(outcome)
	return e, nil
}

func scanEntries(rows *sql.Rows) ([]rhythm.Entry, error) {
	defer rows.Close()
	var entries []rhythm.Entry
	for rows.Next() {
		e, err := scanEntry(rows)
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	return entries, rows.Err()
}

// write runs fn in a write transaction, brings the count cache up to date,
// and commits; any error rolls the whole transaction back.
func (db *DB) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := db.refreshCache(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}

// HasEntriesOf reports whether any entry is of kind k.
func (db *DB) HasEntriesOf(ctx context.Context, k rhythm.Kind) (bool, error) {
	var n int
	err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM day_counts WHERE kind = ? LIMIT 1`, string(k)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("read kinds: %w", err)
	}
	return n > 0, nil
}
