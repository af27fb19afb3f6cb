package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"ritme/replica"
	"ritme/rhythm"
)

// apply writes a row that arrived from another machine into its table,
// through the same tables and triggers as a local write, so that counts,
// accounts and follow-ups follow. Columns are checked as the tables check
// them; a row that breaks a rule fails the whole batch. It reports whether
// it stored the row otherwise than it arrived (see applyFollowUp).
func (a *applier) apply(ctx context.Context, r replica.Row) (changed bool, err error) {
	switch {
	case r.Table == replica.TableFollowUp:
		return applyFollowUp(ctx, a.tx, r)
	case r.Table == replica.TableEntry && !r.Deleted:
		d := r.Data
		if _, err := rhythm.ParseDate(d["date"]); err != nil {
			return false, err
		}
		_, err := a.entry.ExecContext(ctx, r.Key, d["date"], d["kind"], d["who"], d["note"], d["created_at"], d["outcome"],
			rhythm.AccountKey(d["who"]))
		return false, err
	}
	return false, applyPlain(ctx, a.tx, r)
}

// upsertEntry stores an entry that arrived, changing nothing when it is
// there as it is.
const upsertEntry = `INSERT INTO entries (id, date, kind, who, note, created_at, outcome, account)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?)
	ON CONFLICT (id) DO UPDATE SET date = excluded.date, kind = excluded.kind, who = excluded.who, note = excluded.note,
		created_at = excluded.created_at, outcome = excluded.outcome, account = excluded.account
	WHERE (date, kind, who, note, created_at, outcome, account) IS NOT
		(excluded.date, excluded.kind, excluded.who, excluded.note, excluded.created_at, excluded.outcome, excluded.account)`

// applyPlain applies a row of any table but follow-ups as it arrived.
func applyPlain(ctx context.Context, tx *sql.Tx, r replica.Row) error {
	d := r.Data
	switch r.Table {
	case replica.TableEntry:
		if r.Deleted {
			_, err := tx.ExecContext(ctx, `DELETE FROM entries WHERE id = ?`, r.Key)
			return err
		}
		return fmt.Errorf("entry %s: no columns", r.Key)
	case replica.TableSetting:
		key, from, ok := cutKey(r.Key)
		if !ok {
			return fmt.Errorf("setting key %q", r.Key)
		}
		if r.Deleted {
			_, err := tx.ExecContext(ctx, `DELETE FROM setting_changes WHERE key = ? AND "from" = ?`, key, from)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO setting_changes (key, "from", value, made_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (key, "from") DO UPDATE SET value = excluded.value, made_at = excluded.made_at`, key, from, d["value"], d["made_at"])
		return err
	case replica.TableLeave:
		if r.Deleted {
			_, err := tx.ExecContext(ctx, `DELETE FROM leave WHERE date = ?`, r.Key)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO leave (date, kind) VALUES (?, ?)
			ON CONFLICT (date) DO UPDATE SET kind = excluded.kind`, r.Key, d["kind"])
		return err
	case replica.TableStage:
		if r.Deleted {
			_, err := tx.ExecContext(ctx, `DELETE FROM accounts WHERE key = ?`, r.Key)
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO accounts (key, name, stage) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET name = excluded.name, stage = excluded.stage`, r.Key, d["name"], d["stage"])
		return err
	case replica.TableStart:
		if r.Deleted {
			_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key IN ('start_date', 'start_by')`)
			return err
		}
		d, err := rhythm.ParseDate(d["date"])
		if err != nil {
			return err
		}
		by := r.Data["by"]
		if by != startByRep {
			by = byRitme
		}
		return setStart(ctx, tx, d, by)
	}
	return fmt.Errorf("unknown table %q", r.Table)
}

// applyFollowUp stores r, one follow-up record, and keeps the rule that an
// account has at most one open follow-up, as every machine would from the
// same records: an open r that a later record of the account followed is
// replaced by it; one made before the account's follow-up was cleared here
// is cleared; one that an entry for the account logged after it made is
// done by the first such entry; a cleared r closes the follow-up open here
// when that was made before the clear; and r replaces any earlier open
// one, as it did where it was made. It reports whether r was stored otherwise than it
// arrived.
func applyFollowUp(ctx context.Context, tx *sql.Tx, r replica.Row) (bool, error) {
	madeAt, account, ok := cutKey(r.Key)
	if !ok {
		return false, fmt.Errorf("follow-up key %q", r.Key)
	}
	if r.Deleted {
		_, err := tx.ExecContext(ctx, `DELETE FROM follow_ups WHERE account = ? AND made_at = ?`, account, madeAt)
		return false, err
	}
	d := r.Data
	state, closedOn, entry := d["state"], d["closed_on"], d["entry"]
	changed := false
	if state == string(rhythm.FollowUpOpen) {
		var laterOn, clearedOn, doneOn, doneBy string
		err := tx.QueryRowContext(ctx, `SELECT
			coalesce((SELECT made_on FROM follow_ups WHERE account = ?1 AND made_at > ?2 ORDER BY made_at LIMIT 1), ''),
			coalesce((SELECT f.closed_on FROM follow_ups f JOIN sync_rows s ON s.tbl = 'follow_up' AND s.key = f.made_at || '|' || f.account
				WHERE f.account = ?1 AND f.state = 'cleared' AND s.stamp > ?3 ORDER BY s.stamp DESC LIMIT 1), ''),
			coalesce((SELECT date || '|' || id FROM entries WHERE account = ?1 AND account <> '' AND created_at > ?2
				ORDER BY created_at, id LIMIT 1), '')`, account, madeAt, r.Stamp).Scan(&laterOn, &clearedOn, &doneOn)
		if err != nil {
			return false, err
		}
		switch {
		case laterOn != "":
			state, closedOn, entry, changed = string(rhythm.FollowUpReplaced), laterOn, "", true
		case clearedOn != "":
			// The account's follow-up was cleared here after this one was
			// made there: the clear is the later write.
			state, closedOn, entry, changed = string(rhythm.FollowUpCleared), clearedOn, "", true
		case doneOn != "":
			doneOn, doneBy, _ = cutKey(doneOn)
			state, closedOn, entry, changed = string(rhythm.FollowUpDone), doneOn, doneBy, true
		}
	}
	if state == string(rhythm.FollowUpCleared) {
		// A clear is a write on the account's open follow-up: it closes
		// the one open here, when that was made before the clear.
		_, err := tx.ExecContext(ctx, `UPDATE follow_ups SET state = 'cleared', closed_on = ?
			WHERE account = ? AND state = 'open' AND made_at <> ? AND coalesce((SELECT s.stamp FROM sync_rows s
				WHERE s.tbl = 'follow_up' AND s.key = follow_ups.made_at || '|' || follow_ups.account), 0) < ?`,
			closedOn, account, madeAt, r.Stamp)
		if err != nil {
			return false, err
		}
	}
	// A follow-up made replaces the open one made before it.
	_, err := tx.ExecContext(ctx, `UPDATE follow_ups SET state = 'replaced', closed_on = ?
		WHERE account = ? AND state = 'open' AND made_at < ?`, d["made_on"], account, madeAt)
	if err != nil {
		return false, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO follow_ups (account, name, due, kind, note, made_on, made_at, state, closed_on, entry)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (account, made_at) DO UPDATE SET name = excluded.name, due = excluded.due, kind = excluded.kind,
			note = excluded.note, made_on = excluded.made_on, state = excluded.state, closed_on = excluded.closed_on, entry = excluded.entry`,
		account, d["name"], d["due"], d["kind"], d["note"], d["made_on"], madeAt, state, closedOn, entry)
	return changed, err
}

// cutKey splits a row key of two parts at its first "|": a settings
// change's "key|from", a follow-up's "made_at|account", the "date|id" of
// the entry that completes one. The first part never holds a "|".
func cutKey(s string) (first, rest string, ok bool) {
	first, rest, ok = strings.Cut(s, "|")
	return first, rest, ok && first != ""
}
