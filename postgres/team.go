package postgres

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"ritme/replica"
	"ritme/rhythm"
	"ritme/team"
)

// TeamReader reads a team's figures from the server, as its manager: the
// server side of team.Read. It reads from one snapshot, so that every rep
// is read as of one moment. Close it when done.
type TeamReader struct {
	conn *pgx.Conn
	tx   pgx.Tx
}

// NotManagerError means the login role is not a manager of the team:
// row-level security would show it no other rep.
type NotManagerError struct {
	Role string
	// Rep reports that the role is one of the team's reps.
	Rep bool
}

// Error says who the role is not.
func (e *NotManagerError) Error() string {
	if e.Rep {
		return e.Role + " is a rep of this team, not a manager"
	}
	return e.Role + " is not a manager of this team"
}

// OpenTeam connects to the team's server at url and begins a read-only
// snapshot, whose statements are bounded by LockTimeout and
// StatementTimeout. The login role must be a manager of the team (ritme
// team add-manager), or a role that reads every row anyway: a superuser,
// or the owner of the schema. The schema must be of this ritme's version:
// an older one is a *TooOldError (team only reads, so it never migrates).
func OpenTeam(ctx context.Context, url string) (*TeamReader, error) {
	conn, err := connect(ctx, url)
	if err != nil {
		return nil, err
	}
	r := &TeamReader{conn: conn}
	if err := r.begin(ctx); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	return r, nil
}

// begin checks the role and the schema and begins the snapshot.
func (r *TeamReader) begin(ctx context.Context) error {
	var role string
	var team, manager, rep, readsAll bool
	err := r.conn.QueryRow(ctx, `SELECT current_user,
		EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ritme_manager_' || current_database()),
		EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ritme_manager_' || current_database() AND pg_has_role(current_user, oid, 'MEMBER')),
		EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ritme_rep_' || current_database() AND pg_has_role(current_user, oid, 'MEMBER')),
		(SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)`).Scan(&role, &team, &manager, &rep, &readsAll)
	switch {
	case err != nil:
		return classify(err)
	case !team:
		return ErrNotTeam
	case !manager && !readsAll && !owns(ctx, r.conn):
		// A superuser is a member of every role, a rep too.
		return &NotManagerError{Role: role, Rep: rep}
	}
	s, err := readSchema(ctx, r.conn)
	if err != nil {
		return err
	}
	if !s.exists || !s.team {
		return ErrNotTeam
	}
	// An older schema is refused, even for its owner: team only reads.
	if err := s.check(); err != nil {
		return err
	}
	r.tx, err = beginBounded(ctx, r.conn, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return err
	}
	// The queries are many small index scans, which the planner's guesses
	// make look costly enough to compile: on PostgreSQL's defaults that
	// took a quarter of a second, for queries that run in milliseconds.
	_, err = r.tx.Exec(ctx, `SET LOCAL jit = off`)
	return classify(err)
}

// Close ends the snapshot and closes the connection.
func (r *TeamReader) Close() error {
	r.tx.Rollback(context.Background())
	return r.conn.Close(context.Background())
}

// repsQuery lists the reps: on a team's server, every login role that is
// a member of the team's group of reps (directly or through other
// groups), even one that never synced, and no other name, so that neither
// the group itself nor a name written before the team was made shows as a
// rep; on one rep's own server, every rep with rows (found by skipping
// through the rows' primary key, one step a rep) and every rep that
// synced. Each comes with its last sync, its start, and, only for a rep
// without a start, the date of its earliest entry.
const repsQuery = `WITH RECURSIVE members(oid) AS (
		SELECT a.member FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid
		WHERE g.rolname = 'ritme_rep_' || current_database()
		UNION
		SELECT a.member FROM pg_auth_members a JOIN members m ON a.roleid = m.oid
	), with_rows(rep) AS (
		(SELECT rep FROM ritme.rows ORDER BY rep LIMIT 1)
		UNION ALL
		SELECT (SELECT w.rep FROM ritme.rows w WHERE w.rep > s.rep ORDER BY w.rep LIMIT 1) FROM with_rows s WHERE s.rep IS NOT NULL
	), team AS (
		SELECT team FROM ritme.meta
	), names AS (
		SELECT r.rolname::text AS rep FROM members m JOIN pg_roles r ON r.oid = m.oid
		WHERE r.rolcanlogin AND (SELECT team FROM team)
		UNION
		SELECT rep FROM with_rows WHERE rep IS NOT NULL AND NOT (SELECT team FROM team)
		UNION
		SELECT rep FROM ritme.reps WHERE NOT (SELECT team FROM team)
	)
	SELECT n.rep, s.last_sync, st.data ->> 'date', coalesce(st.data ->> 'by', ''),
		CASE WHEN st.key IS NULL THEN (SELECT min(c.date)::text FROM ritme.day_counts c WHERE c.rep = n.rep AND c.n > 0) END
	FROM names n
	LEFT JOIN ritme.reps s ON s.rep = n.rep
	LEFT JOIN ritme.rows st ON st.rep = n.rep AND st.tbl = 'start' AND st.key = 'start' AND NOT st.deleted
	ORDER BY n.rep`

// settingsQuery reads each rep's settings changes and its leave from a
// date on.
const settingsQuery = `SELECT r.rep, x.tbl, x.key, x.data ->> 'key', x.data ->> 'from', x.data ->> 'value', x.data ->> 'made_at'
	FROM unnest($1::text[]) AS r(rep) CROSS JOIN LATERAL (
		SELECT tbl, key, data FROM ritme.rows w WHERE w.rep = r.rep AND w.tbl = 'setting' AND NOT w.deleted
		UNION ALL
		SELECT tbl, key, NULL FROM ritme.rows w WHERE w.rep = r.rep AND w.tbl = 'leave' AND w.key >= $2 AND NOT w.deleted
	) AS x`

// earlierLeaveQuery reads each rep's leave before its own date.
const earlierLeaveQuery = `SELECT r.rep, 'leave', w.key, NULL, NULL, NULL, NULL
	FROM unnest($1::text[], $2::text[]) AS r(rep, since)
	JOIN ritme.rows w ON w.rep = r.rep AND w.tbl = 'leave' AND w.key < r.since AND NOT w.deleted`

// countsQuery reads each rep's per-day counts of each kind from $2 up to
// $3, summed over outcomes and lateness, as two arrays per rep and kind:
// the days after $2 and the counts on them.
const countsQuery = `SELECT r.rep, c.kind, c.days, c.ns
	FROM unnest($1::text[]) AS r(rep) CROSS JOIN LATERAL (
		SELECT kind, array_agg(date - $2::date ORDER BY date) AS days, array_agg(n ORDER BY date) AS ns FROM (
			SELECT date, kind, sum(n)::int AS n FROM ritme.day_counts d
			WHERE d.rep = r.rep AND d.date BETWEEN $2::date AND $3::date GROUP BY date, kind HAVING sum(n) > 0
		) AS days GROUP BY kind
	) AS c`

// earlierCountsQuery reads, as countsQuery does, each rep's per-day
// counts from $3 up to the day before its own date.
const earlierCountsQuery = `SELECT r.rep, c.kind, c.days, c.ns
	FROM unnest($1::text[], $2::date[]) AS r(rep, since) CROSS JOIN LATERAL (
		SELECT kind, array_agg(date - $3::date ORDER BY date) AS days, array_agg(n ORDER BY date) AS ns FROM (
			SELECT date, kind, sum(n)::int AS n FROM ritme.day_counts d
			WHERE d.rep = r.rep AND d.date >= $3::date AND d.date < r.since GROUP BY date, kind HAVING sum(n) > 0
		) AS days GROUP BY kind
	) AS c`

// yearQuery reads each rep's entries from $2 up to $3 per kind, outcome
// and lateness.
const yearQuery = `SELECT r.rep, c.kind, c.outcome, c.late, c.n
	FROM unnest($1::text[]) AS r(rep) CROSS JOIN LATERAL (
		SELECT kind, outcome, late, sum(n)::int AS n FROM ritme.day_counts d
		WHERE d.rep = r.rep AND d.date BETWEEN $2::date AND $3::date GROUP BY kind, outcome, late HAVING sum(n) > 0
	) AS c`

// Reps reads every rep of the team with the data of its figures on d:
// settings, start and last sync; leave and per-day counts from the first
// of January of the year before d on (counts up to d); the outcomes and
// late entries of d's year up to d.
func (r *TeamReader) Reps(ctx context.Context, d rhythm.Date) ([]*team.Rep, error) {
	reps, byName, err := r.readReps(ctx)
	if err != nil || len(reps) == 0 {
		return reps, err
	}
	since := rhythm.YearStart(d.Year() - 1)
	for _, rep := range reps {
		rep.Since = since
	}
	names := make([]string, len(reps))
	for i, rep := range reps {
		names[i] = rep.Name
	}
	b := &pgx.Batch{}
	b.Queue(settingsQuery, names, since.String()).Query(func(rows pgx.Rows) error { return readSettings(rows, byName) })
	b.Queue(countsQuery, names, since.String(), d.String()).Query(func(rows pgx.Rows) error { return readCounts(rows, byName, since) })
	b.Queue(yearQuery, names, rhythm.YearStart(d.Year()).String(), d.String()).Query(func(rows pgx.Rows) error {
		return readYear(rows, byName)
	})
	if err := r.tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, classify(err)
	}
	return reps, nil
}

// Earlier completes the leave and per-day counts of each of reps with
// those before its Since (from 1 January of rhythm.MinYear, the earliest
// date ritme takes).
func (r *TeamReader) Earlier(ctx context.Context, reps []*team.Rep) error {
	if len(reps) == 0 {
		return nil
	}
	byName := map[string]*team.Rep{}
	names, sinces := make([]string, len(reps)), make([]string, len(reps))
	for i, rep := range reps {
		byName[rep.Name], names[i], sinces[i] = rep, rep.Name, rep.Since.String()
	}
	first := rhythm.YearStart(rhythm.MinYear)
	b := &pgx.Batch{}
	b.Queue(earlierLeaveQuery, names, sinces).Query(func(rows pgx.Rows) error { return readSettings(rows, byName) })
	b.Queue(earlierCountsQuery, names, sinces, first.String()).Query(func(rows pgx.Rows) error {
		return readCounts(rows, byName, first)
	})
	if err := r.tx.SendBatch(ctx, b).Close(); err != nil {
		return classify(err)
	}
	for _, rep := range reps {
		rep.Since = 0
	}
	return nil
}

// readReps reads the reps, by name.
func (r *TeamReader) readReps(ctx context.Context) ([]*team.Rep, map[string]*team.Rep, error) {
	rows, err := r.tx.Query(ctx, repsQuery)
	if err != nil {
		return nil, nil, classify(err)
	}
	defer rows.Close()
	var reps []*team.Rep
	byName := map[string]*team.Rep{}
	for rows.Next() {
		rep := &team.Rep{Ledger: &rhythm.Ledger{}}
		var last *time.Time
		var start, first *string
		var by string
		if err := rows.Scan(&rep.Name, &last, &start, &by, &first); err != nil {
			return nil, nil, classify(err)
		}
		if last != nil {
			rep.LastSync = last.UTC()
		}
		if start != nil {
			if rep.Start, err = rhythm.ParseDate(*start); err != nil {
				return nil, nil, fmt.Errorf("rep %s: start: %w", rep.Name, err)
			}
			rep.StartByRep = by != replica.StartByRitme
		}
		if first != nil {
			if rep.First, err = rhythm.ParseDate(*first); err != nil {
				return nil, nil, fmt.Errorf("rep %s: first entry: %w", rep.Name, err)
			}
		}
		reps = append(reps, rep)
		byName[rep.Name] = rep
	}
	return reps, byName, classify(rows.Err())
}

// readSettings reads the rows of settingsQuery or earlierLeaveQuery into
// the reps.
func readSettings(rows pgx.Rows, byName map[string]*team.Rep) error {
	for rows.Next() {
		var name, tbl, key string
		var setting, from, value, madeAt *string
		if err := rows.Scan(&name, &tbl, &key, &setting, &from, &value, &madeAt); err != nil {
			return err
		}
		rep := byName[name]
		if tbl == replica.TableLeave {
			d, err := rhythm.ParseDate(key)
			if err != nil {
				return fmt.Errorf("rep %s: leave: %w", name, err)
			}
			rep.Leave = append(rep.Leave, d)
			continue
		}
		c, err := change(setting, from, value, madeAt)
		if err != nil {
			return fmt.Errorf("rep %s: setting %s: %w", name, key, err)
		}
		rep.Changes = append(rep.Changes, c)
	}
	return rows.Err()
}

// change reads a settings change as replica.Row data holds it.
func change(key, from, value, madeAt *string) (rhythm.Change, error) {
	if key == nil || from == nil || value == nil || madeAt == nil {
		return rhythm.Change{}, fmt.Errorf("incomplete")
	}
	c := rhythm.Change{Key: *key, Value: *value}
	if *from != "" {
		d, err := rhythm.ParseDate(*from)
		if err != nil {
			return c, err
		}
		c.From = d
	}
	t, err := time.Parse(time.RFC3339Nano, *madeAt)
	c.MadeAt = t
	return c, err
}

// readCounts adds the rows of countsQuery, whose days count from since, to
// the reps' ledgers.
func readCounts(rows pgx.Rows, byName map[string]*team.Rep, since rhythm.Date) error {
	var days, ns []int32
	for rows.Next() {
		var name string
		var kind rhythm.Kind
		if err := rows.Scan(&name, &kind, &days, &ns); err != nil {
			return err
		}
		l := byName[name].Ledger
		for i, day := range days {
			l.Add(since+rhythm.Date(day), kind, int(ns[i]))
		}
	}
	return rows.Err()
}

// readYear reads the rows of yearQuery into the reps' outcomes and
// entries; an outcome that ritme does not know counts as none.
func readYear(rows pgx.Rows, byName map[string]*team.Rep) error {
	for rows.Next() {
		var name string
		var kind rhythm.Kind
		var outcome rhythm.Outcome
		var late bool
		var n int
		if err := rows.Scan(&name, &kind, &outcome, &late, &n); err != nil {
			return err
		}
		rep := byName[name]
		rep.Entries += n
		if late {
			rep.Late += n
		}
		if !slices.Contains(rhythm.Outcomes, outcome) {
			continue
		}
		if rep.Outcomes == nil {
			rep.Outcomes = map[rhythm.Kind]map[rhythm.Outcome]int{}
		}
		if rep.Outcomes[kind] == nil {
			rep.Outcomes[kind] = map[rhythm.Outcome]int{}
		}
		rep.Outcomes[kind][outcome] += n
	}
	return rows.Err()
}
