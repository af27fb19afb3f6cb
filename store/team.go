package store

import (
	"context"
	"database/sql"
	"fmt"
)

// syncTeamServer is the key of sync_state under which team init
// remembers the team's server, for a file that syncs with none: that of
// the role who runs the team's server.
const syncTeamServer = "team_server"

// TeamServer returns the server that the team commands use when given
// none: the one sync setup remembered, else the one team init remembered,
// else "".
func (db *DB) TeamServer(ctx context.Context) (string, error) {
	var server string
	err := db.sql.QueryRowContext(ctx, `SELECT coalesce((SELECT value FROM sync_state WHERE key = ?),
		(SELECT value FROM sync_state WHERE key = ?), '')`, syncServer, syncTeamServer).Scan(&server)
	if err != nil {
		return "", fmt.Errorf("read the team's server: %w", err)
	}
	return server, nil
}

// RememberTeamServer remembers url, which must hold no password, as the
// team's server, unless the file remembers a server already; it reports
// whether it did.
func (db *DB) RememberTeamServer(ctx context.Context, url string) (bool, error) {
	remembered := false
	err := db.write(ctx, func(tx *sql.Tx) error {
		var n int
		err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sync_state WHERE key IN (?, ?)`, syncServer, syncTeamServer).Scan(&n)
		if err != nil || n > 0 {
			return err
		}
		remembered = true
		return putState(ctx, tx, syncTeamServer, url)
	})
	if err != nil {
		return false, fmt.Errorf("remember the team's server: %w", err)
	}
	return remembered, nil
}
