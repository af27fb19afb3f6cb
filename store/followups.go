package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"ritme/rhythm"
)

// FollowUpSet is what SetFollowUp wrote.
type FollowUpSet struct {
	// FollowUp is the new open follow-up, its kind and name filled in.
	FollowUp rhythm.FollowUp
	// Replaced is the open follow-up it replaced, if there was one.
	Replaced *rhythm.FollowUp
	// Registered reports that the name was never seen before: the account
	// was registered, as a suspect.
	Registered bool
}

// SetFollowUp makes f the open follow-up of the account f.Name names,
// replacing the one it had (which is kept, as replaced on f.MadeOn). An
// empty f.Kind takes the kind of the account's last entry, else mail. The
// time it is made is now; a name never seen before registers the account
// as a suspect.
func (db *DB) SetFollowUp(ctx context.Context, f rhythm.FollowUp) (FollowUpSet, error) {
	var r FollowUpSet
	err := db.write(ctx, func(tx *sql.Tx) error {
		var err error
		r, err = db.setFollowUp(ctx, tx, f)
		return err
	})
	if err != nil {
		return FollowUpSet{}, fmt.Errorf("set follow-up of %s: %w", f.Name, err)
	}
	return r, nil
}

// setFollowUp is SetFollowUp inside tx.
func (db *DB) setFollowUp(ctx context.Context, tx *sql.Tx, f rhythm.FollowUp) (FollowUpSet, error) {
	f.Name = strings.Join(strings.Fields(f.Name), " ")
	f.Key = rhythm.AccountKey(f.Name)
	if f.Key == "" {
		return FollowUpSet{}, fmt.Errorf("%w: an account needs a name", ErrNotFound)
	}
	f.MadeAt = db.Now().UTC().Truncate(time.Microsecond)
	f.State, f.ClosedOn, f.EntryID = rhythm.FollowUpOpen, 0, ""
	var r FollowUpSet
	var last string
	var kinds int
	err := tx.QueryRowContext(ctx, `SELECT count(*), coalesce((SELECT kind FROM entries WHERE account <> '' AND account = ?1
		ORDER BY date DESC, created_at DESC, seq DESC LIMIT 1), '') FROM account_kinds WHERE account = ?1`, f.Key).Scan(&kinds, &last)
	if err != nil {
		return r, err
	}
	if f.Kind == "" {
		f.Kind = rhythm.Kind(last)
	}
	if f.Kind == "" {
		f.Kind = rhythm.Mail
	}
	if kinds == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO accounts (key, name, stage) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING`,
			f.Key, f.Name, string(rhythm.Suspect))
		if err != nil {
			return r, err
		}
		n, _ := res.RowsAffected()
		r.Registered = n == 1
	}
	// A follow-up is known by its account and the time it was made: keep
	// that time after any earlier one's, even on a clock that stands still.
	var latest string
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(made_at), '') FROM follow_ups WHERE account = ?`, f.Key).Scan(&latest); err != nil {
		return r, err
	}
	if t, err := time.Parse(time.RFC3339Nano, latest); err == nil && !f.MadeAt.After(t) {
		f.MadeAt = t.Add(time.Microsecond)
	}
	old, err := scanFollowUps(tx.QueryContext(ctx, selectFollowUp+` WHERE f.account = ? AND f.state = 'open'`, f.Key))
	if err != nil {
		return r, err
	}
	if len(old) > 0 {
		r.Replaced = &old[0]
		if _, err := tx.ExecContext(ctx, `UPDATE follow_ups SET state = 'replaced', closed_on = ? WHERE account = ? AND state = 'open'`,
			f.MadeOn.String(), f.Key); err != nil {
			return r, err
		}
	}
	if _, err := insertFollowUp(ctx, tx, f, false); err != nil {
		return r, err
	}
	r.FollowUp = f
	return r, nil
}

// insertFollowUp inserts f as it is. With merge, a follow-up already there
// (the same account and made_at) is kept, and so is the account's open
// follow-up when f is open too; it reports whether f was added.
func insertFollowUp(ctx context.Context, tx *sql.Tx, f rhythm.FollowUp, merge bool) (bool, error) {
	query := `INSERT INTO follow_ups (account, name, due, kind, note, made_on, made_at, state, closed_on, entry)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	if merge {
		query += ` ON CONFLICT DO NOTHING`
	}
	res, err := tx.ExecContext(ctx, query, f.Key, f.Name, f.Due.String(), string(f.Kind), f.Note, f.MadeOn.String(),
		f.MadeAt.UTC().Format(TimeFormat), string(f.State), dateText(f.ClosedOn), f.EntryID)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// ImportFollowUps merges follow-ups, open and closed, into the database in
// one transaction, as import does: one already there (the same account and
// time made) is skipped, and so is an open one for an account that has an
// open follow-up already: what the database has wins. Each follow-up's key
// is worked out from its name when empty. It returns how many it added and
// skipped; on error it adds nothing.
func (db *DB) ImportFollowUps(ctx context.Context, fs []rhythm.FollowUp) (added, skipped int, err error) {
	err = db.write(ctx, func(tx *sql.Tx) error {
		added, err = insertFollowUps(ctx, tx, fs)
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("import follow-ups: %w", err)
	}
	return added, len(fs) - added, nil
}

// insertFollowUps merges fs inside tx (see ImportFollowUps) and returns how
// many it added.
func insertFollowUps(ctx context.Context, tx *sql.Tx, fs []rhythm.FollowUp) (int, error) {
	added := 0
	for _, f := range fs {
		if f.Key == "" {
			f.Key = rhythm.AccountKey(f.Name)
		}
		if f.State == "" {
			f.State = rhythm.FollowUpOpen
		}
		ok, err := insertFollowUp(ctx, tx, f, true)
		if err != nil {
			return 0, fmt.Errorf("follow-up of %s: %w", f.Name, err)
		}
		if ok {
			added++
		}
	}
	return added, nil
}

// ClearFollowUp clears the open follow-up of the account name names, on the
// day on, and returns it; ErrNotFound when it has none. A cleared follow-up
// is kept, and does not count as completed.
func (db *DB) ClearFollowUp(ctx context.Context, name string, on rhythm.Date) (rhythm.FollowUp, error) {
	key := rhythm.AccountKey(name)
	var f rhythm.FollowUp
	err := db.write(ctx, func(tx *sql.Tx) error {
		open, err := scanFollowUps(tx.QueryContext(ctx, selectFollowUp+` WHERE f.account = ? AND f.state = 'open'`, key))
		if err != nil {
			return err
		}
		if len(open) == 0 {
			return ErrNotFound
		}
		f = open[0]
		_, err = tx.ExecContext(ctx, `UPDATE follow_ups SET state = 'cleared', closed_on = ? WHERE account = ? AND state = 'open'`,
			on.String(), key)
		return err
	})
	if err != nil {
		return rhythm.FollowUp{}, fmt.Errorf("clear the follow-up of %s: %w", name, err)
	}
	f.State, f.ClosedOn = rhythm.FollowUpCleared, on
	return f, nil
}

// selectFollowUp reads follow-ups, each with its account's most recent
// spelling: that of its latest entry, else the name it was set with.
const selectFollowUp = `SELECT f.account,
	coalesce((SELECT substr(max(k.latest_at || k.latest_who), ` + latestAtWidth + `) FROM account_kinds k WHERE k.account = f.account), f.name),
	f.due, f.kind, f.note, f.made_on, f.made_at, f.state, f.closed_on, f.entry
FROM follow_ups f`

// OpenFollowUps returns the open follow-ups, by date, then by name.
func (db *DB) OpenFollowUps(ctx context.Context) ([]rhythm.FollowUp, error) {
	fs, err := scanFollowUps(db.sql.QueryContext(ctx, selectFollowUp+` WHERE f.state = 'open' ORDER BY f.due, f.account`))
	if err != nil {
		return nil, fmt.Errorf("read follow-ups: %w", err)
	}
	return fs, nil
}

// FollowUps returns every follow-up, open and closed (completed, cleared
// and replaced), in the order they were made: what the review and a
// complete export need.
func (db *DB) FollowUps(ctx context.Context) ([]rhythm.FollowUp, error) {
	fs, err := scanFollowUps(db.sql.QueryContext(ctx, selectFollowUp+` ORDER BY f.made_at, f.seq`))
	if err != nil {
		return nil, fmt.Errorf("read follow-ups: %w", err)
	}
	return fs, nil
}

// followUpsAsSet reads every follow-up, in the order they were made, each
// with the name it was set with (not the account's latest spelling): what
// a complete export needs to restore them exactly.
func followUpsAsSet(ctx context.Context, r reader) ([]rhythm.FollowUp, error) {
	fs, err := scanFollowUps(r.QueryContext(ctx, `SELECT account, name, due, kind, note, made_on, made_at, state, closed_on, entry
		FROM follow_ups ORDER BY made_at, seq`))
	if err != nil {
		return nil, fmt.Errorf("read follow-ups: %w", err)
	}
	return fs, nil
}

// followUpsOn reads the follow-ups that may belong to the plan of day d:
// the open ones and those closed on d or later (see rhythm.FollowUp.OpenAt).
func followUpsOn(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, d rhythm.Date) ([]rhythm.FollowUp, error) {
	return scanFollowUps(q.QueryContext(ctx, selectFollowUp+` WHERE f.state = 'open' OR f.closed_on >= ?`, d.String()))
}

// scanFollowUps reads the rows of selectFollowUp.
func scanFollowUps(rows *sql.Rows, err error) ([]rhythm.FollowUp, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rhythm.FollowUp
	for rows.Next() {
		var f rhythm.FollowUp
		var due, kind, madeOn, madeAt, state, closedOn string
		if err := rows.Scan(&f.Key, &f.Name, &due, &kind, &f.Note, &madeOn, &madeAt, &state, &closedOn, &f.EntryID); err != nil {
			return nil, err
		}
		f.Kind, f.State = rhythm.Kind(kind), rhythm.FollowUpState(state)
		var errs [4]error
		f.Due, errs[0] = rhythm.ParseDate(due)
		f.MadeOn, errs[1] = rhythm.ParseDate(madeOn)
		f.MadeAt, errs[2] = time.Parse(time.RFC3339Nano, madeAt)
		if closedOn != "" {
			f.ClosedOn, errs[3] = rhythm.ParseDate(closedOn)
		}
		if err := errors.Join(errs[:]...); err != nil {
			return nil, fmt.Errorf("follow-up of %s: %w", f.Key, err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
