package postgres_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"ritme/internal/pgtest"
	"ritme/postgres"
)

// testTeam is a team database with two reps and a manager, each a login
// role.
type testTeam struct {
	pg               *pgtest.DB
	anna, bob, boss  string
	repRole, mgrRole string
}

// newTeam makes a team database (ritme team init, run twice: it may be)
// with two reps and a manager.
func newTeam(t *testing.T) *testTeam {
	t.Helper()
	ctx := context.Background()
	pg := pgtest.NewDatabase(t)
	for range 2 {
		if _, err := postgres.InitTeam(ctx, pg.URL()); err != nil {
			t.Fatalf("InitTeam: %v", err)
		}
	}
	tt := &testTeam{pg: pg, anna: pg.NewRole("anna"), bob: pg.NewRole("bob"), boss: pg.NewRole("boss"),
		repRole: "ritme_rep_" + pg.Name, mgrRole: "ritme_manager_" + pg.Name}
	for _, m := range []struct {
		role    string
		manager bool
	}{{tt.anna, false}, {tt.bob, false}, {tt.boss, true}} {
		if _, err := postgres.AddMember(ctx, pg.URL(), m.role, m.manager); err != nil {
			t.Fatalf("AddMember(%s): %v", m.role, err)
		}
	}
	return tt
}

// as connects to the team's database as role; the connection is closed
// when the test ends.
func (tt *testTeam) as(t *testing.T, role string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), tt.pg.URLAs(role))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// entrySQL inserts an entry row of the login role, logged late, and
// records the role's sync.
const entrySQL = `INSERT INTO ritme.rows (rep, tbl, key, stamp, machine, data) VALUES (session_user, 'entry', $1, 1, 'm',
	'{"date": "2026-03-02", "kind": "mail", "who": "", "note": "", "created_at": "2026-03-05T09:00:00Z", "outcome": "reply"}');
	SELECT ritme.synced(session_user)`

// refusedFor fails the test unless err is PostgreSQL's refusal for lack
// of privilege (SQLSTATE 42501, insufficient_privilege), which a violated
// row-level security policy raises too: any other error, such as a
// mistyped statement, would pass a test of a refusal for the wrong reason.
func refusedFor(t *testing.T, what string, err error) {
	t.Helper()
	var pgErr *pgconn.PgError
	switch {
	case err == nil:
		t.Errorf("%s: allowed, want a refusal (42501)", what)
	case !errors.As(err, &pgErr) || pgErr.Code != "42501":
		t.Errorf("%s: %v, want a refusal for lack of privilege (42501)", what, err)
	}
}

func TestTeamRowLevelSecurity(t *testing.T) {
	tt := newTeam(t)
	ctx := context.Background()
	anna, bob, boss := tt.as(t, tt.anna), tt.as(t, tt.bob), tt.as(t, tt.boss)
	for _, c := range []*pgx.Conn{anna, bob} {
		if _, err := c.Exec(ctx, strings.ReplaceAll(entrySQL, "$1", "'e1'")); err != nil {
			t.Fatalf("a rep stores its own row: %v", err)
		}
	}
	count := func(t *testing.T, c *pgx.Conn, sql string, args ...any) int {
		t.Helper()
		var n int
		if err := c.QueryRow(ctx, sql, args...).Scan(&n); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return n
	}
	affected := func(t *testing.T, c *pgx.Conn, sql string, args ...any) int64 {
		t.Helper()
		tag, err := c.Exec(ctx, sql, args...)
		if err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return tag.RowsAffected()
	}
	refused := func(t *testing.T, c *pgx.Conn, sql string, args ...any) {
		t.Helper()
		_, err := c.Exec(ctx, sql, args...)
		refusedFor(t, sql, err)
	}

	t.Run("RepReadsOwnRows", func(t *testing.T) {
		for _, table := range []string{"ritme.rows", "ritme.reps", "ritme.day_counts"} {
			if n := count(t, anna, `SELECT count(*) FROM `+table); n != 1 {
				t.Errorf("anna sees %d rows of %s, want 1 (her own)", n, table)
			}
			if n := count(t, anna, `SELECT count(*) FROM `+table+` WHERE rep <> session_user`); n != 0 {
				t.Errorf("anna sees %d rows of others in %s, want 0", n, table)
			}
		}
	})
	t.Run("RepCannotChangeOthersRows", func(t *testing.T) {
		if n := affected(t, anna, `UPDATE ritme.rows SET stamp = 9 WHERE rep = $1`, tt.bob); n != 0 {
			t.Errorf("anna's UPDATE of bob's rows changed %d, want 0", n)
		}
		if n := affected(t, anna, `DELETE FROM ritme.rows WHERE rep = $1`, tt.bob); n != 0 {
			t.Errorf("anna's DELETE of bob's rows removed %d, want 0", n)
		}
		refused(t, anna, `UPDATE ritme.reps SET last_sync = now() WHERE rep = $1`, tt.bob)
		refused(t, anna, `DELETE FROM ritme.reps WHERE rep = $1`, tt.bob)
		refused(t, anna, `SELECT ritme.synced($1)`, tt.bob)
		if n := count(t, bob, `SELECT count(*) FROM ritme.rows WHERE stamp = 1`); n != 1 {
			t.Errorf("bob has %d unchanged rows, want 1", n)
		}
		refused(t, anna, `INSERT INTO ritme.rows (rep, tbl, key, stamp, machine) VALUES ($1, 'leave', '2026-03-02', 1, 'm')`, tt.bob)
		refused(t, anna, `UPDATE ritme.rows SET rep = $1 WHERE rep = session_user`, tt.bob)
		refused(t, anna, `INSERT INTO ritme.reps (rep, last_sync) VALUES ($1, now()) ON CONFLICT (rep) DO UPDATE SET last_sync = now()`, tt.bob)
	})
	t.Run("RepCannotForgeItsLastSync", func(t *testing.T) {
		refused(t, anna, `UPDATE ritme.reps SET last_sync = '2030-01-01' WHERE rep = session_user`)
		refused(t, anna, `INSERT INTO ritme.reps (rep, last_sync) VALUES (session_user, '2030-01-01')`)
		refused(t, anna, `INSERT INTO ritme.reps (rep, last_sync) VALUES (session_user, '2030-01-01') ON CONFLICT (rep) DO UPDATE SET last_sync = excluded.last_sync`)
		// ritme.synced stamps the server's time: now() is the time the
		// transaction began, the same in the function and out of it.
		tx, err := anna.Begin(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback(ctx)
		var same bool
		if _, err := tx.Exec(ctx, `SELECT ritme.synced(session_user)`); err != nil {
			t.Fatalf("a rep records its own sync: %v", err)
		}
		if err := tx.QueryRow(ctx, `SELECT last_sync = now() FROM ritme.reps WHERE rep = session_user`).Scan(&same); err != nil {
			t.Fatal(err)
		} else if !same {
			t.Error("ritme.synced did not store the server's now()")
		}
	})
	t.Run("SetRoleToTheGroup", func(t *testing.T) {
		// On a connection of its own: SET ROLE lasts for the session.
		c := tt.as(t, tt.anna)
		if _, err := c.Exec(ctx, `SET ROLE `+pgx.Identifier{tt.repRole}.Sanitize()); err != nil {
			t.Fatalf("a rep may SET ROLE to the group of reps (so the test means something): %v", err)
		}
		refused(t, c, `INSERT INTO ritme.rows (rep, tbl, key, stamp, machine) VALUES (current_user, 'leave', '2026-03-02', 1, 'm')`)
		refused(t, c, `INSERT INTO ritme.rows (rep, tbl, key, stamp, machine) VALUES ($1, 'leave', '2026-03-02', 1, 'm')`, tt.repRole)
		refused(t, c, `SELECT ritme.synced(current_user)`)
		refused(t, c, `UPDATE ritme.rows SET rep = current_user`)
		if n := count(t, c, `SELECT count(*) FROM ritme.rows`); n != 1 {
			t.Errorf("as the group, anna sees %d rows, want 1 (her own)", n)
		}
		if n := affected(t, c, `UPDATE ritme.rows SET stamp = 9 WHERE rep = $1`, tt.bob); n != 0 {
			t.Errorf("as the group, anna's UPDATE of bob's rows changed %d, want 0", n)
		}
		if n := count(t, boss, `SELECT count(*) FROM ritme.rows WHERE rep = $1`, tt.repRole); n != 0 {
			t.Errorf("the group has %d rows, want none", n)
		}
	})
	t.Run("StrangerReadsAndWritesNothing", func(t *testing.T) {
		eve := tt.as(t, tt.pg.NewRole("eve"))
		refused(t, eve, `SELECT count(*) FROM ritme.rows`)
		refused(t, eve, `SELECT ritme.synced(session_user)`)
		refused(t, eve, `INSERT INTO ritme.reps (rep, last_sync) VALUES (session_user, now())`)
	})
	t.Run("RepCannotWriteCounts", func(t *testing.T) {
		refused(t, anna, `INSERT INTO ritme.day_counts VALUES (current_user, '2026-03-03', 'mail', '', false, 100)`)
		refused(t, anna, `UPDATE ritme.day_counts SET n = 100`)
		refused(t, anna, `DELETE FROM ritme.day_counts`)
		refused(t, anna, `UPDATE ritme.meta SET team = false`)
		refused(t, anna, `SELECT setval('ritme.row_seq', 1)`)
	})
	t.Run("ManagerReadsAll", func(t *testing.T) {
		for _, table := range []string{"ritme.rows", "ritme.reps", "ritme.day_counts"} {
			if n := count(t, boss, `SELECT count(DISTINCT rep) FROM `+table); n != 2 {
				t.Errorf("the manager sees %d reps in %s, want 2", n, table)
			}
		}
	})
	t.Run("ManagerWritesNothing", func(t *testing.T) {
		refused(t, boss, strings.ReplaceAll(entrySQL, "$1", "'e2'"))
		refused(t, boss, `INSERT INTO ritme.rows (rep, tbl, key, stamp, machine) VALUES ($1, 'leave', '2026-03-02', 1, 'm')`, tt.anna)
		refused(t, boss, `UPDATE ritme.rows SET stamp = 9`)
		refused(t, boss, `DELETE FROM ritme.rows`)
		refused(t, boss, `UPDATE ritme.reps SET last_sync = now()`)
		refused(t, boss, `INSERT INTO ritme.reps (rep, last_sync) VALUES (session_user, now())`)
		refused(t, boss, `SELECT ritme.synced(session_user)`)
		refused(t, boss, `DELETE FROM ritme.day_counts`)
		refused(t, boss, `UPDATE ritme.meta SET team = false`)
	})
	t.Run("NoOneChangesTheSchema", func(t *testing.T) {
		for _, c := range []*pgx.Conn{anna, boss} {
			refused(t, c, `CREATE TABLE ritme.mine (x int)`)
			refused(t, c, `ALTER TABLE ritme.rows ADD COLUMN x int`)
			refused(t, c, `ALTER TABLE ritme.rows DISABLE ROW LEVEL SECURITY`)
			refused(t, c, `DROP POLICY rep_own ON ritme.rows`)
			refused(t, c, `CREATE POLICY mine ON ritme.rows USING (true)`)
			refused(t, c, `DROP TRIGGER rows_counted_insert ON ritme.rows`)
			refused(t, c, `CREATE VIEW ritme.everything AS SELECT * FROM ritme.rows`)
			refused(t, c, `CREATE FUNCTION ritme.f() RETURNS int LANGUAGE sql AS 'SELECT 1'`)
			refused(t, c, `TRUNCATE ritme.rows`)
		}
	})
	t.Run("CountsFollowRows", func(t *testing.T) {
		var late bool
		var n int
		if err := anna.QueryRow(ctx, `SELECT late, n FROM ritme.day_counts`).Scan(&late, &n); err != nil {
			t.Fatal(err)
		}
		if !late || n != 1 {
			t.Errorf("anna's count: late %v, n %d; want late, 1 (created three days after its date)", late, n)
		}
	})
}

func TestAddMemberBothWays(t *testing.T) {
	tt := newTeam(t)
	ctx := context.Background()
	if _, err := postgres.AddMember(ctx, tt.pg.URL(), tt.boss, false); !errors.Is(err, postgres.ErrBothWays) {
		t.Errorf("add-rep of a manager: %v, want ErrBothWays", err)
	}
	if _, err := postgres.AddMember(ctx, tt.pg.URL(), tt.anna, true); !errors.Is(err, postgres.ErrBothWays) {
		t.Errorf("add-manager of a rep: %v, want ErrBothWays", err)
	}
	if _, err := postgres.AddMember(ctx, tt.pg.URL(), tt.anna, false); err != nil {
		t.Errorf("add-rep of a rep again: %v", err)
	}
	if _, err := postgres.AddMember(ctx, tt.pg.URL(), "nobody_"+tt.pg.Name, false); !errors.Is(err, postgres.ErrNoRole) {
		t.Errorf("add-rep of no role: %v, want ErrNoRole", err)
	}
	if _, err := postgres.AddMember(ctx, tt.pg.URL(), tt.repRole, false); !errors.Is(err, postgres.ErrNoRole) {
		t.Errorf("add-rep of the group role, which cannot log in: %v, want ErrNoRole", err)
	}
}

func TestAddMemberNotTeam(t *testing.T) {
	ctx := context.Background()
	pg := pgtest.NewDatabase(t)
	role := pg.NewRole("anna")
	if _, err := postgres.AddMember(ctx, pg.URL(), role, false); !errors.Is(err, postgres.ErrNotTeam) {
		t.Errorf("add-rep on an empty database: %v, want ErrNotTeam", err)
	}
	if _, err := postgres.SetUp(ctx, pg.URL(), "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.AddMember(ctx, pg.URL(), role, false); !errors.Is(err, postgres.ErrNotTeam) {
		t.Errorf("add-rep on a one-rep server: %v, want ErrNotTeam", err)
	}
}

func TestInitTeamRights(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	role := pg.NewRole("anna")
	if _, err := postgres.InitTeam(context.Background(), pg.URLAs(role)); !errors.Is(err, postgres.ErrRoleRights) {
		t.Errorf("team init by a role that may not create roles: %v, want ErrRoleRights", err)
	}
}
