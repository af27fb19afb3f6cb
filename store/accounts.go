package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"ritme/rhythm"
)

// SetStage records the stage of the account that name names, and returns
// the account's key. Naming an account that has no entries yet registers
// it.
func (db *DB) SetStage(ctx context.Context, name string, stage rhythm.Stage) (string, error) {
	key := rhythm.AccountKey(name)
	_, err := db.ChangeStage(ctx, name, func(rhythm.Stage) rhythm.Stage { return stage })
	return key, err
}

// ChangeStage sets the stage of the account that name names to what next
// makes of its stage, read in the same transaction (suspect when none was
// set), so that changes queued one after another each start from the one
// before; it returns the new stage. Naming an account that has no entries
// yet registers it.
func (db *DB) ChangeStage(ctx context.Context, name string, next func(rhythm.Stage) rhythm.Stage) (rhythm.Stage, error) {
	key := rhythm.AccountKey(name)
	if key == "" {
		return "", fmt.Errorf("set stage: %w: an account needs a name", ErrNotFound)
	}
	var stage rhythm.Stage
	err := db.write(ctx, func(tx *sql.Tx) error {
		var cur string
		err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT stage FROM accounts WHERE key = ?), ?)`, key, string(rhythm.Suspect)).Scan(&cur)
		if err != nil {
			return err
		}
		stage = next(rhythm.Stage(cur))
		_, err = tx.ExecContext(ctx, `INSERT INTO accounts (key, name, stage) VALUES (?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET name = excluded.name, stage = excluded.stage`,
			key, strings.Join(strings.Fields(name), " "), string(stage))
		return err
	})
	if err != nil {
		return "", fmt.Errorf("set stage of %s: %w", name, err)
	}
	return stage, nil
}

// accountsQuery reads every account: those with entries, each with its
// latest spelling and its touches joined into one string in date order,
// and those that only have a stage. The latest spelling's subquery asks
// for a non-empty account so that it may use the partial index
// entries_by_account: without that, it scanned every entry once per
// account (17 s for ten years at 40 a day). Touches of the same time (log
// -n 3) go in id order, which every synced copy shares, not in the order
// one file happened to store them.
const accountsQuery = `SELECT e.account,
	(SELECT substr(max(k.latest_at || k.latest_who), ` + latestAtWidth + `) FROM account_kinds k WHERE k.account = e.account),
	coalesce(a.stage, 'suspect'),
	group_concat(e.date || ' ' || e.kind || ' ' || e.outcome, ',' ORDER BY e.date, e.created_at, e.id)
FROM entries e LEFT JOIN accounts a ON a.key = e.account
WHERE e.account <> ''
GROUP BY e.account
UNION ALL
SELECT key, name, stage, '' FROM accounts
WHERE NOT EXISTS (SELECT 1 FROM account_kinds WHERE account = accounts.key)`

// Accounts returns every account with its touches summed up, in no
// particular order.
func (db *DB) Accounts(ctx context.Context) ([]rhythm.Account, error) {
	rows, err := db.sql.QueryContext(ctx, accountsQuery)
	if err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	defer rows.Close()
	var out []rhythm.Account
	for rows.Next() {
		var key, name, stage, touches string
		if err := rows.Scan(&key, &name, &stage, &touches); err != nil {
			return nil, fmt.Errorf("read accounts: %w", err)
		}
		ts, err := parseTouches(touches)
		if err != nil {
			return nil, fmt.Errorf("read account %s: %w", key, err)
		}
		out = append(out, rhythm.NewAccount(key, name, rhythm.Stage(stage), ts))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read accounts: %w", err)
	}
	return out, nil
}

// parseTouches reads "date kind outcome,…".
func parseTouches(s string) ([]rhythm.Touch, error) {
	var ts []rhythm.Touch
	for s != "" {
		var one string
		one, s, _ = strings.Cut(s, ",")
		date, rest, _ := strings.Cut(one, " ")
		kind, outcome, _ := strings.Cut(rest, " ")
		d, err := rhythm.ParseDate(date)
		if err != nil {
			return nil, err
		}
		ts = append(ts, rhythm.Touch{Date: d, Kind: rhythm.Kind(kind), Outcome: rhythm.Outcome(outcome)})
	}
	return ts, nil
}

// Outcomes reads the outcome counts of the entries dated from from to to.
func (db *DB) Outcomes(ctx context.Context, from, to rhythm.Date) (rhythm.OutcomeCounts, error) {
	var joined string
	err := db.sql.QueryRowContext(ctx, `SELECT coalesce(group_concat(date || ' ' || kind || ' ' || outcome || ' ' || n, ','), '')
		FROM (SELECT date, kind, outcome, count(*) AS n FROM entries
		      WHERE outcome <> '' AND date BETWEEN ? AND ? GROUP BY date, kind, outcome)`,
		from.String(), to.String()).Scan(&joined)
	if err != nil {
		return nil, fmt.Errorf("read outcomes: %w", err)
	}
	out := rhythm.OutcomeCounts{}
	for joined != "" {
		var one string
		one, joined, _ = strings.Cut(joined, ",")
		f := strings.Fields(one)
		if len(f) != 4 {
			return nil, fmt.Errorf("read outcomes: %q", one)
		}
		d, err := rhythm.ParseDate(f[0])
		if err != nil {
			return nil, fmt.Errorf("read outcomes: %w", err)
		}
		var n int
		fmt.Sscan(f[3], &n)
		k, oc := rhythm.Kind(f[1]), rhythm.Outcome(f[2])
		if out[d] == nil {
			out[d] = map[rhythm.Kind]map[rhythm.Outcome]int{}
		}
		if out[d][k] == nil {
			out[d][k] = map[rhythm.Outcome]int{}
		}
		out[d][k][oc] += n
	}
	return out, nil
}

// stagesIn returns the stages the rep set, by account key, read through r.
func stagesIn(ctx context.Context, r reader) ([]rhythm.AccountStage, error) {
	rows, err := r.QueryContext(ctx, `SELECT name, stage FROM accounts ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("read stages: %w", err)
	}
	defer rows.Close()
	var out []rhythm.AccountStage
	for rows.Next() {
		var s rhythm.AccountStage
		var stage string
		if err := rows.Scan(&s.Name, &stage); err != nil {
			return nil, fmt.Errorf("read stages: %w", err)
		}
		s.Stage = rhythm.Stage(stage)
		out = append(out, s)
	}
	return out, rows.Err()
}
