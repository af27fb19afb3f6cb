package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"ritme/replica"
)

// Rows is one rep's rows on the server, as one machine syncs them: the
// server side of replica.Sync.
type Rows struct {
	conn    *pgx.Conn
	rep     string
	machine string
	id      string
	newest  int64
}

// ErrNotYou means that on a team server a rep syncs under another name
// than its login role, which row-level security would refuse.
var ErrNotYou = errors.New("rep is not the login role")

// OpenRows connects to the server at url as the rep's machine and checks
// its schema: there must be one of this ritme's version (an older one the
// login role owns is migrated first; one it does not own is a
// *TooOldError), and on a team server the login role must be one of the
// team's reps (a *NotRepError) and the rep that login role. Close it when
// done.
func OpenRows(ctx context.Context, url, rep, machine string) (*Rows, error) {
	conn, err := connect(ctx, url)
	if err != nil {
		return nil, err
	}
	s, err := readSchema(ctx, conn)
	if err != nil {
		err = notRepIfDenied(ctx, conn, err)
	}
	if err == nil && s.exists && s.version < SchemaVersion() && owns(ctx, conn) {
		s, err = migrate(ctx, conn, false)
	}
	if err == nil {
		err = s.check()
	}
	if err == nil && s.team {
		err = checkRep(ctx, conn, rep)
	}
	var newest int64
	if err == nil {
		err = classify(conn.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM ritme.rows WHERE rep = $1`, rep).Scan(&newest))
	}
	if err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	return &Rows{conn: conn, rep: rep, machine: machine, id: s.id, newest: newest}, nil
}

// Close closes the connection.
func (r *Rows) Close() error { return r.conn.Close(context.Background()) }

// ID returns the server's id.
func (r *Rows) ID() string { return r.id }

// Newest returns the position of the rep's newest change on the server
// when it was opened.
func (r *Rows) Newest() int64 { return r.newest }

// Push stores rows, each where it wins over the server's version, in one
// transaction that holds the rep's lock, so that the rep's changes commit
// in the order of their seq.
func (r *Rows) Push(ctx context.Context, rows []replica.Row) error {
	n := len(rows)
	tables, keys, machines := make([]string, n), make([]string, n), make([]string, n)
	priorities, stamps := make([]int64, n), make([]int64, n)
	deleted := make([]bool, n)
	data := make([][]byte, n)
	for i, row := range rows {
		tables[i], keys[i], machines[i] = row.Table, row.Key, row.Machine
		priorities[i], stamps[i], deleted[i] = row.Priority(), row.Stamp, row.Deleted
		if !row.Deleted {
			b, err := json.Marshal(row.Data)
			if err != nil {
				return err
			}
			data[i] = b
		}
	}
	return r.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO ritme.rows AS r (rep, tbl, key, priority, stamp, machine, deleted, data)
			SELECT $1, t.tbl, t.key, t.priority, t.stamp, t.machine, t.deleted, t.data
			FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::text[], $7::boolean[], $8::jsonb[])
				AS t(tbl, key, priority, stamp, machine, deleted, data)
			ON CONFLICT (rep, tbl, key) DO UPDATE SET priority = excluded.priority, stamp = excluded.stamp,
				machine = excluded.machine, deleted = excluded.deleted, data = excluded.data, seq = excluded.seq
			WHERE (excluded.priority, excluded.stamp, excluded.machine) > (r.priority, r.stamp, r.machine)`,
			r.rep, tables, keys, priorities, stamps, machines, deleted, data)
		return err
	})
}

// Timeouts of the statements of a sync and of a team's read. A statement
// that waits longer than LockTimeout for a lock, or runs longer than
// StatementTimeout, is given up as ErrBusy, so that a sync does not wait
// on a rep's lock that another sync, or any role, holds. Tests may
// shorten them.
var (
	LockTimeout      = 10 * time.Second
	StatementTimeout = 60 * time.Second
)

// beginBounded begins a transaction on conn whose statements are bounded
// by LockTimeout and StatementTimeout.
func beginBounded(ctx context.Context, conn *pgx.Conn, opts pgx.TxOptions) (pgx.Tx, error) {
	tx, err := conn.BeginTx(ctx, opts)
	if err != nil {
		return nil, classify(err)
	}
	_, err = tx.Exec(ctx, `SELECT set_config('lock_timeout', $1, true), set_config('statement_timeout', $2, true)`,
		fmt.Sprintf("%dms", LockTimeout.Milliseconds()), fmt.Sprintf("%dms", StatementTimeout.Milliseconds()))
	if err != nil {
		tx.Rollback(context.Background())
		return nil, classify(err)
	}
	return tx, nil
}

// inTx runs fn in a bounded transaction that holds the rep's lock.
func (r *Rows) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	tx, err := beginBounded(ctx, r.conn, pgx.TxOptions{})
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtext('ritme rep ' || $1))`, r.rep); err != nil {
		return classify(err)
	}
	if err := fn(tx); err != nil {
		return classify(err)
	}
	return classify(tx.Commit(ctx))
}

// Synced records, on the server's clock, that the rep synced now, through
// ritme.synced: a rep may not write ritme.reps itself, so that no rep can
// forge when it synced.
func (r *Rows) Synced(ctx context.Context) error {
	tx, err := beginBounded(ctx, r.conn, pgx.TxOptions{})
	if err != nil {
		return err
	}
	defer tx.Rollback(context.Background())
	if _, err := tx.Exec(ctx, `SELECT ritme.synced($1)`, r.rep); err != nil {
		return classify(err)
	}
	return classify(tx.Commit(ctx))
}

// Pull returns up to max of the rep's rows changed after position, in the
// order they changed, and the position of the last one. Rows this machine
// wrote are left out (it has them, or a later version), though they count
// for the position.
func (r *Rows) Pull(ctx context.Context, after int64, max int) ([]replica.Row, int64, error) {
	res, err := r.conn.Query(ctx, `SELECT seq, tbl, key, stamp, machine, deleted, CASE WHEN machine = $3 THEN NULL ELSE data END
		FROM ritme.rows WHERE rep = $1 AND seq > $2 ORDER BY seq LIMIT $4`, r.rep, after, r.machine, max)
	if err != nil {
		return nil, after, classify(err)
	}
	defer res.Close()
	var rows []replica.Row
	last := after
	for res.Next() {
		var row replica.Row
		var data []byte
		if err := res.Scan(&last, &row.Table, &row.Key, &row.Stamp, &row.Machine, &row.Deleted, &data); err != nil {
			return nil, after, classify(err)
		}
		if row.Machine == r.machine {
			continue
		}
		if data != nil {
			if err := json.Unmarshal(data, &row.Data); err != nil {
				return nil, after, fmt.Errorf("row %s %s: %w", row.Table, row.Key, err)
			}
		}
		rows = append(rows, row)
	}
	if err := res.Err(); err != nil {
		return nil, after, classify(err)
	}
	return rows, last, nil
}

// Sync syncs the local file with the rep's rows on the server at url, as
// the file's machine, and records the sync on the server.
func Sync(ctx context.Context, local replica.Local, url, rep, machine string) (replica.Result, error) {
	rows, err := OpenRows(ctx, url, rep, machine)
	if err != nil {
		return replica.Result{}, err
	}
	defer rows.Close()
	res, err := replica.Sync(ctx, local, rows)
	if err != nil {
		return res, err
	}
	return res, rows.Synced(ctx)
}
