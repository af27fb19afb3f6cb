package store

import (
	"context"
	"database/sql"
	"fmt"

	"ritme/rhythm"
)

// openForCompletion opens the ritme database at path read-only for shell
// completion, as ReadSettings does: no creation, no migration, no write.
func openForCompletion(ctx context.Context, path string) (*sql.DB, error) {
	abs, err := prepareExisting(ctx, path)
	if err != nil {
		return nil, err
	}
	return sql.Open("sqlite", dsn(abs, "mode=ro", "_pragma=busy_timeout(1000)"))
}

// ReadAccountNames returns the name of every account of the ritme database
// at path, the most recent spelling, in order of their keys, without
// writing to it: for shell completion.
func ReadAccountNames(ctx context.Context, path string) ([]string, error) {
	ro, err := openForCompletion(ctx, path)
	if err != nil {
		return nil, err
	}
	defer ro.Close()
	rows, err := ro.QueryContext(ctx, `SELECT name FROM (
		SELECT account AS key, substr(max(latest_at || latest_who), `+latestAtWidth+`) AS name FROM account_kinds GROUP BY account
		UNION ALL
		SELECT key, name FROM accounts WHERE NOT EXISTS (SELECT 1 FROM account_kinds WHERE account = accounts.key))
	ORDER BY key`)
	if err != nil {
		return nil, fmt.Errorf("read account names: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("read account names: %w", err)
		}
		names = append(names, name)
	}
	return names, rows.Err()
}

// ReadRecentEntries returns up to limit entries of the ritme database at
// path whose id starts with prefix, the most recently created first,
// without writing to it: for shell completion.
func ReadRecentEntries(ctx context.Context, path, prefix string, limit int) ([]rhythm.Entry, error) {
	ro, err := openForCompletion(ctx, path)
	if err != nil {
		return nil, err
	}
	defer ro.Close()
	rows, err := ro.QueryContext(ctx, selectEntry+` WHERE id >= ? AND id < ? ORDER BY created_at DESC, seq DESC LIMIT ?`,
		prefix, prefix+"\U0010FFFF", limit)
	if err != nil {
		return nil, fmt.Errorf("read entries: %w", err)
	}
	return scanEntries(rows)
}
