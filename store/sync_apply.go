package store

import (
	"context"
	"database/sql"
	"fmt"

	"ritme/replica"
	"ritme/rhythm"
)

// applyRow writes a row that arrived from another machine into its table,
// through the same tables and triggers as a local write, so that counts,
// accounts and follow-ups follow. Columns are checked as the tables check
// them; a row that breaks a rule fails the whole batch.
func applyRow(ctx context.Context, tx *sql.Tx, r replica.Row) error {
	d := r.Data
	switch r.Table {
	case replica.TableEntry:
		if r.Deleted {
			_, err := tx.ExecContext(ctx, `DELETE FROM entries WHERE id = ?`, r.Key)
			return err
		}
		if _, err := rhythm.ParseDate(d["date"]); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO entries (id, date, kind, who, note, created_at, outcome, account)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET date = excluded.date, kind = excluded.kind, who = excluded.who, note = excluded.note,
				created_at = excluded.created_at, outcome = excluded.outcome, account = excluded.account
			WHERE (date, kind, who, note, created_at, outcome, account) IS NOT
				(excluded.date, excluded.kind, excluded.who, excluded.note, excluded.created_at, excluded.outcome, excluded.account)`,
			r.Key, d["date"], d["kind"], d["who"], d["note"], d["created_at"], d["outcome"], rhythm.AccountKey(d["who"]))
		return err
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
	case replica.TableFollowUp:
		return applyFollowUp(ctx, tx, r)
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

// applyFollowUp makes r, an account's latest follow-up record, the
// account's: the record of the same time made is updated, or r is added;
// any other open follow-up of the account is replaced by it.
func applyFollowUp(ctx context.Context, tx *sql.Tx, r replica.Row) error {
	if r.Deleted {
		_, err := tx.ExecContext(ctx, `DELETE FROM follow_ups WHERE account = ?`, r.Key)
		return err
	}
	d := r.Data
	_, err := tx.ExecContext(ctx, `UPDATE follow_ups SET state = 'replaced', closed_on = ?
		WHERE account = ? AND state = 'open' AND made_at <> ?`, d["made_on"], r.Key, d["made_at"])
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO follow_ups (account, name, due, kind, note, made_on, made_at, state, closed_on, entry)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (account, made_at) DO UPDATE SET name = excluded.name, due = excluded.due, kind = excluded.kind,
			note = excluded.note, made_on = excluded.made_on, state = excluded.state, closed_on = excluded.closed_on, entry = excluded.entry`,
		r.Key, d["name"], d["due"], d["kind"], d["note"], d["made_on"], d["made_at"], d["state"], d["closed_on"], d["entry"])
	return err
}

// cutKey splits a settings change's row key, "key|from".
func cutKey(s string) (key, from string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '|' {
			return s[:i], s[i+1:], i > 0
		}
	}
	return "", "", false
}
