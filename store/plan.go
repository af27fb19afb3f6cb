package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"ritme/rhythm"
)

// planQuery reads every account as the plan sees it, from account_kinds:
// its most recent spelling, its stage, the dates of its latest lost deal
// and of its latest other outcome (for the rest), and per kind the latest
// date and the latest date before it, joined as "kind last before,…"
// (kinds and dates are validated text without those separators). Accounts
// that only have a stage come last, with nothing else.
const planQuery = `SELECT k.account, substr(max(k.latest_at || k.latest_who), ` + latestAtWidth + `),
	coalesce(a.stage, 'suspect'), max(k.lost), max(k.other),
	group_concat(k.kind || ' ' || k.last || ' ' || k.before_last, ',')
FROM account_kinds k LEFT JOIN accounts a ON a.key = k.account
GROUP BY k.account
UNION ALL
SELECT key, name, stage, '', '', '' FROM accounts
WHERE NOT EXISTS (SELECT 1 FROM account_kinds WHERE account = accounts.key)`

// latestAtWidth is where the who starts in latest_at || latest_who: one
// past the width of a stored time (TimeFormat).
const latestAtWidth = "28"

// PlanInput reads what the plan of day d is made from, in one read
// transaction: every account with its last touches of each kind before d
// and its rest, the follow-ups that may belong to the day (see
// rhythm.FollowUp.OpenAt), and the accounts touched on d. For today or a
// later day it reads one small row per account and kind; for a day in the
// past it looks up the last touch before it of the few accounts touched
// since.
func (db *DB) PlanInput(ctx context.Context, d rhythm.Date) (rhythm.PlanInput, error) {
	var in rhythm.PlanInput
	tx, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return in, fmt.Errorf("read the plan: %w", err)
	}
	defer tx.Rollback()
	if in.Accounts, err = planAccounts(ctx, tx, d); err != nil {
		return in, fmt.Errorf("read the plan: %w", err)
	}
	if in.FollowUps, err = followUpsOn(ctx, tx, d); err != nil {
		return in, fmt.Errorf("read the plan: %w", err)
	}
	rows, err := tx.QueryContext(ctx, selectEntry+` WHERE date = ?`, d.String())
	if err != nil {
		return in, fmt.Errorf("read the plan: %w", err)
	}
	day, err := scanEntries(rows)
	if err != nil {
		return in, fmt.Errorf("read the plan: %w", err)
	}
	in.Touched = rhythm.TouchedOn(day, d)
	return in, tx.Commit()
}

// planAccounts reads the accounts of planQuery, with their last touches
// before d.
func planAccounts(ctx context.Context, tx *sql.Tx, d rhythm.Date) ([]rhythm.PlanAccount, error) {
	rows, err := tx.QueryContext(ctx, planQuery)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rhythm.PlanAccount
	type pair struct {
		i    int
		kind rhythm.Kind
	}
	var lookUp []pair
	for rows.Next() {
		var a rhythm.PlanAccount
		var stage, lost, other, lasts string
		if err := rows.Scan(&a.Key, &a.Name, &stage, &lost, &other, &lasts); err != nil {
			return nil, err
		}
		a.Stage = rhythm.Stage(stage)
		lostOn, err1 := optDate(lost)
		otherOn, err2 := optDate(other)
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
		a.RestFrom = rhythm.RestFrom(lostOn, otherOn)
		a.Last = map[rhythm.Kind]rhythm.Date{}
		for lasts != "" {
			var one string
			one, lasts, _ = strings.Cut(lasts, ",")
			f := strings.Fields(one)
			if len(f) < 2 {
				return nil, fmt.Errorf("account %s: last touches %q", a.Key, one)
			}
			kind := rhythm.Kind(f[0])
			last, err := rhythm.ParseDate(f[1])
			if err != nil {
				return nil, err
			}
			var before rhythm.Date
			if len(f) > 2 {
				if before, err = rhythm.ParseDate(f[2]); err != nil {
					return nil, err
				}
			}
			switch {
			case last < d:
				a.Last[kind] = last
			case before.IsZero():
				// Every touch of the kind is on d or later.
			case before < d:
				a.Last[kind] = before
			default:
				lookUp = append(lookUp, pair{len(out), kind})
			}
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	for _, p := range lookUp {
		var last string
		err := tx.QueryRowContext(ctx, `SELECT coalesce(max(date), '') FROM entries
			WHERE account <> '' AND account = ? AND kind = ? AND date < ?`, out[p.i].Key, string(p.kind), d.String()).Scan(&last)
		if err != nil {
			return nil, err
		}
		if last != "" {
			if out[p.i].Last[p.kind], err = rhythm.ParseDate(last); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// optDate reads a date that may be empty.
func optDate(s string) (rhythm.Date, error) {
	if s == "" {
		return 0, nil
	}
	return rhythm.ParseDate(s)
}
