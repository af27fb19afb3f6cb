package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"ritme/replica"
)

// The keys of sync_state: what belongs to this file and never travels.
const (
	syncMachine  = "machine"   // this file's machine id
	syncServer   = "server"    // the server's URL, without a password
	syncRep      = "rep"       // the rep's name on the server
	syncServerID = "server_id" // the id of the server the file synced with
	syncPosition = "position"  // how far the server's changes were fetched
	syncLast     = "last_sync" // when the last sync succeeded (RFC 3339, UTC)
	syncFileID   = "file"      // the file's identity when its machine id was made
)

// SyncConfig is the sync set up for this file, and how it went.
type SyncConfig struct {
	// Server is the server's URL without a password, "" when sync is not
	// set up; Rep the rep's name on it.
	Server, Rep string
	// Machine is this file's machine id, "" until sync needs one.
	Machine string
	// LastSync is when the last sync succeeded, the zero time if never.
	LastSync time.Time
	// Waiting is how many changes wait to be sent.
	Waiting int
}

// SyncConfig reads the sync set up for this file.
func (db *DB) SyncConfig(ctx context.Context) (SyncConfig, error) {
	var c SyncConfig
	var last string
	err := db.sql.QueryRowContext(ctx, `SELECT
		coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
		coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
		coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
		coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
		(SELECT count(*) FROM sync_rows WHERE pending = 1)`,
		syncServer, syncRep, syncMachine, syncLast).Scan(&c.Server, &c.Rep, &c.Machine, &last, &c.Waiting)
	if err != nil {
		return c, fmt.Errorf("read sync settings: %w", err)
	}
	if last != "" {
		c.LastSync, _ = time.Parse(time.RFC3339Nano, last)
	}
	return c, nil
}

// SetUpSync remembers the server (its URL without a password) and the rep,
// and gives the file a machine id when it has none. A file that synced
// with another server or as another rep before sends everything again.
func (db *DB) SetUpSync(ctx context.Context, server, rep string) (SyncConfig, error) {
	err := db.write(ctx, func(tx *sql.Tx) error {
		if _, err := db.machineID(ctx, tx); err != nil {
			return err
		}
		var oldServer, oldRep string
		err := tx.QueryRowContext(ctx, `SELECT
			coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
			coalesce((SELECT value FROM sync_state WHERE key = ?), '')`, syncServer, syncRep).Scan(&oldServer, &oldRep)
		if err != nil {
			return err
		}
		if oldServer != server || oldRep != rep {
			if err := rebase(ctx, tx, ""); err != nil {
				return err
			}
		}
		return putState(ctx, tx, syncServer, server, syncRep, rep)
	})
	if err != nil {
		return SyncConfig{}, fmt.Errorf("set up sync: %w", err)
	}
	return db.SyncConfig(ctx)
}

// SyncDone records the time of a sync that succeeded.
func (db *DB) SyncDone(ctx context.Context, at time.Time) error {
	return db.write(ctx, func(tx *sql.Tx) error {
		return putState(ctx, tx, syncLast, at.UTC().Format(time.RFC3339Nano))
	})
}

// putState stores key, value pairs in sync_state.
func putState(ctx context.Context, tx *sql.Tx, kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		_, err := tx.ExecContext(ctx, `INSERT INTO sync_state (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, kv[i], kv[i+1])
		if err != nil {
			return err
		}
	}
	return nil
}

// machineID returns the file's machine id, made on first use together
// with a note of which file it was made for.
func (db *DB) machineID(ctx context.Context, tx *sql.Tx) (string, error) {
	var id string
	err := tx.QueryRowContext(ctx, `SELECT value FROM sync_state WHERE key = ?`, syncMachine).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		id = NewID()
		err = putState(ctx, tx, syncMachine, id, syncFileID, fileIdentity(db.path))
	}
	return id, err
}

// copied makes a file that is a copy of a synced one (cp, a restore; not
// ritme backup, whose copies forget their machine) a machine of its own:
// the changes it sent stay those of the machine that made them, it gets
// a new machine id on its next change, and it sends and fetches everything
// again, since the two files hold different rows under one id from the
// moment they part. It reports whether the file was a copy.
func (db *DB) copied(ctx context.Context, tx *sql.Tx) (bool, error) {
	var machine, file string
	err := tx.QueryRowContext(ctx, `SELECT
		coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
		coalesce((SELECT value FROM sync_state WHERE key = ?), '')`, syncMachine, syncFileID).Scan(&machine, &file)
	now := fileIdentity(db.path)
	if err != nil || machine == "" || now == "" || file == now {
		return false, err
	}
	if file == "" {
		// Set up before files were told apart: this one is the original.
		return false, putState(ctx, tx, syncFileID, now)
	}
	// What was sent is the original's; what waits may have been written
	// here since the copy, and goes out as this machine's.
	if _, err := tx.ExecContext(ctx, `UPDATE sync_rows SET machine = ? WHERE machine = '' AND pending = 0`, machine); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sync_state WHERE key IN (?, ?)`, syncMachine, syncFileID); err != nil {
		return false, err
	}
	return true, rebase(ctx, tx, "")
}

// Replica returns the file as replica.Sync uses it.
func (db *DB) Replica() replica.Local { return localReplica{db} }

// localReplica is a DB as the local side of a sync.
type localReplica struct{ db *DB }

// pendingQuery reads the changes waiting to be sent, each with its row's
// columns as a JSON object (NULL when the row is gone).
const pendingQuery = `SELECT s.tbl, s.key, s.stamp, s.machine, s.deleted, CASE s.tbl
	WHEN 'entry' THEN (SELECT json_object('date', date, 'kind', kind, 'who', who, 'note', note,
		'created_at', created_at, 'outcome', outcome) FROM entries WHERE id = s.key)
	WHEN 'setting' THEN (SELECT json_object('key', key, 'from', "from", 'value', value, 'made_at', made_at)
		FROM setting_changes WHERE key = substr(s.key, 1, instr(s.key, '|') - 1) AND "from" = substr(s.key, instr(s.key, '|') + 1))
	WHEN 'leave' THEN (SELECT json_object('kind', kind) FROM leave WHERE date = s.key)
	WHEN 'stage' THEN (SELECT json_object('name', name, 'stage', stage) FROM accounts WHERE key = s.key)
	WHEN 'follow_up' THEN (SELECT json_object('name', name, 'due', due, 'kind', kind, 'note', note, 'made_on', made_on,
		'made_at', made_at, 'state', state, 'closed_on', closed_on, 'entry', entry)
		FROM follow_ups WHERE made_at = substr(s.key, 1, instr(s.key, '|') - 1) AND account = substr(s.key, instr(s.key, '|') + 1))
	WHEN 'start' THEN (SELECT json_object('date', value, 'by', coalesce((SELECT value FROM settings WHERE key = 'start_by'), 'rep'))
		FROM settings WHERE key = 'start_date')
	END
FROM sync_rows s WHERE s.pending = 1 LIMIT ?`

// Changes returns up to max changes waiting to be sent, as this file's
// machine made them (or as another machine did, for one that arrived from
// a file restored elsewhere).
func (l localReplica) Changes(ctx context.Context, max int) ([]replica.Row, error) {
	var rows []replica.Row
	err := l.db.write(ctx, func(tx *sql.Tx) error {
		me, err := l.db.machineID(ctx, tx)
		if err != nil {
			return err
		}
		res, err := tx.QueryContext(ctx, pendingQuery, max)
		if err != nil {
			return err
		}
		defer res.Close()
		for res.Next() {
			var r replica.Row
			var data sql.NullString
			if err := res.Scan(&r.Table, &r.Key, &r.Stamp, &r.Machine, &r.Deleted, &data); err != nil {
				return err
			}
			if r.Machine == "" {
				r.Machine = me
			}
			if !data.Valid {
				r.Deleted = true
			} else if !r.Deleted {
				if err := json.Unmarshal([]byte(data.String), &r.Data); err != nil {
					return fmt.Errorf("row %s %s: %w", r.Table, r.Key, err)
				}
			}
			rows = append(rows, r)
		}
		return res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read changes: %w", err)
	}
	return rows, nil
}

// rowKeys is rows as a JSON array of [table, key, stamp], for json_each.
func rowKeys(rows []replica.Row) string {
	keys := make([][3]any, len(rows))
	for i, r := range rows {
		keys[i] = [3]any{r.Table, r.Key, r.Stamp}
	}
	b, _ := json.Marshal(keys) // strings and numbers always marshal
	return string(b)
}

// Sent marks rows as sent, unless they changed again since they were read.
func (l localReplica) Sent(ctx context.Context, rows []replica.Row) error {
	err := l.db.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE sync_rows SET pending = 0
			WHERE pending = 1 AND (tbl, key, stamp) IN (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?))`, rowKeys(rows))
		return err
	})
	if err != nil {
		return fmt.Errorf("mark changes sent: %w", err)
	}
	return nil
}

// Position returns the id of the server the file synced with and how far
// its changes were fetched; for a copy of a synced file (see copied),
// none.
func (l localReplica) Position(ctx context.Context) (string, int64, error) {
	var id string
	var pos int64
	err := l.db.write(ctx, func(tx *sql.Tx) error {
		if _, err := l.db.copied(ctx, tx); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT
			coalesce((SELECT value FROM sync_state WHERE key = ?), ''),
			coalesce((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = ?), 0)`, syncServerID, syncPosition).Scan(&id, &pos)
	})
	if err != nil {
		return "", 0, fmt.Errorf("read sync position: %w", err)
	}
	return id, pos, nil
}

// Rebase makes every row wait to be sent again and forgets what was
// fetched: the file now syncs with the server of that id.
func (l localReplica) Rebase(ctx context.Context, server string) error {
	return l.db.write(ctx, func(tx *sql.Tx) error { return rebase(ctx, tx, server) })
}

// rebase is Rebase inside tx.
func rebase(ctx context.Context, tx *sql.Tx, server string) error {
	if _, err := tx.ExecContext(ctx, `UPDATE sync_rows SET pending = 1 WHERE pending = 0`); err != nil {
		return err
	}
	return putState(ctx, tx, syncServerID, server, syncPosition, "0")
}

// Apply applies, in one transaction, each row that wins over this file's
// version of it, records each applied row's own stamp and machine, and
// stores position as how far the server's changes were fetched.
func (l localReplica) Apply(ctx context.Context, rows []replica.Row, position int64) (int, error) {
	applied := 0
	err := l.db.write(ctx, func(tx *sql.Tx) error {
		applied = 0
		me, err := l.db.machineID(ctx, tx)
		if err != nil {
			return err
		}
		// Follow-ups first: a follow-up made on another machine replaces
		// the open one it followed there, before an entry arriving in the
		// same batch could complete that one here.
		slices.SortStableFunc(rows, func(a, b replica.Row) int {
			return cmpBool(b.Table == replica.TableFollowUp, a.Table == replica.TableFollowUp)
		})
		a, err := newApplier(ctx, tx, me)
		if err != nil {
			return err
		}
		defer a.close()
		for _, r := range rows {
			if !r.Known() {
				continue
			}
			mine, found, err := a.version(ctx, r.Table, r.Key)
			if err != nil {
				return err
			}
			if found && !r.Wins(mine) {
				continue
			}
			changed, err := a.apply(ctx, r)
			if err != nil {
				return fmt.Errorf("apply %s %s: %w", r.Table, r.Key, err)
			}
			if changed {
				// This file changed the row as it applied it: its own
				// version, later than the one that arrived, goes out.
				_, err = tx.ExecContext(ctx, `UPDATE sync_rows SET stamp = max(stamp, ? + 1), machine = '', pending = 1
					WHERE tbl = ? AND key = ?`, r.Stamp, r.Table, r.Key)
			} else {
				_, err = a.record.ExecContext(ctx, r.Table, r.Key, r.Stamp, r.Machine, r.Deleted)
			}
			if err != nil {
				return err
			}
			applied++
		}
		return putState(ctx, tx, syncPosition, fmt.Sprint(position))
	})
	if err != nil {
		return 0, fmt.Errorf("apply changes: %w", err)
	}
	return applied, nil
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// applier applies rows in one transaction, through statements prepared
// once: a first sync on a new machine applies every row the rep has.
type applier struct {
	tx                  *sql.Tx
	me                  string
	read, record, entry *sql.Stmt
}

// newApplier prepares the statements of Apply in tx, for the machine me.
func newApplier(ctx context.Context, tx *sql.Tx, me string) (*applier, error) {
	a := &applier{tx: tx, me: me}
	var err error
	for _, p := range []struct {
		stmt  **sql.Stmt
		query string
	}{
		{&a.read, `SELECT stamp, machine, deleted FROM sync_rows WHERE tbl = ? AND key = ?`},
		{&a.record, `INSERT INTO sync_rows (tbl, key, stamp, machine, deleted, pending)
			VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (tbl, key) DO UPDATE SET stamp = excluded.stamp,
			machine = excluded.machine, deleted = excluded.deleted, pending = 0`},
		{&a.entry, upsertEntry},
	} {
		if *p.stmt, err = tx.PrepareContext(ctx, p.query); err != nil {
			a.close()
			return nil, err
		}
	}
	return a, nil
}

// close closes the prepared statements.
func (a *applier) close() {
	for _, s := range []*sql.Stmt{a.read, a.record, a.entry} {
		if s != nil {
			s.Close()
		}
	}
}

// version returns this file's version of a row, without its columns but
// the start's, which the merge order needs.
func (a *applier) version(ctx context.Context, table, key string) (replica.Row, bool, error) {
	r := replica.Row{Table: table, Key: key}
	err := a.read.QueryRowContext(ctx, table, key).Scan(&r.Stamp, &r.Machine, &r.Deleted)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, err
	}
	if r.Machine == "" {
		r.Machine = a.me
	}
	if table == replica.TableStart && !r.Deleted {
		var date, by string
		err := a.tx.QueryRowContext(ctx, `SELECT coalesce((SELECT value FROM settings WHERE key = 'start_date'), ''),
			coalesce((SELECT value FROM settings WHERE key = 'start_by'), 'rep')`).Scan(&date, &by)
		if err != nil {
			return r, false, err
		}
		r.Data = map[string]string{"date": date, "by": by}
	}
	return r, true, nil
}
