package pgtest_test

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"ritme/internal/pgtest"
)

// recorder is a testing.TB that records Fatal and Skip instead of acting.
type recorder struct {
	testing.TB
	fatal, skip string
}

func (r *recorder) Fatal(args ...any) { r.fatal = fmt.Sprint(args...) }
func (r *recorder) Skip(args ...any)  { r.skip = fmt.Sprint(args...) }

func TestNeed(t *testing.T) {
	// Port 1 on the loopback interface refuses connections at once.
	t.Setenv("RITME_TEST_PG", "postgres://root@127.0.0.1:1/test?sslmode=disable")
	const want = "RITME_PG=1 makes this a failure"

	t.Run("Skip", func(t *testing.T) {
		t.Setenv("RITME_PG", "")
		r := &recorder{TB: t}
		pgtest.Need(r)
		if r.fatal != "" || !strings.Contains(r.skip, want) {
			t.Fatalf("fatal=%q skip=%q, want a skip saying %q", r.fatal, r.skip, want)
		}
	})
	t.Run("Fatal", func(t *testing.T) {
		t.Setenv("RITME_PG", "1")
		r := &recorder{TB: t}
		pgtest.Need(r)
		if !strings.Contains(r.fatal, want) {
			t.Fatalf("fatal=%q, want a failure saying %q", r.fatal, want)
		}
	})
}

func TestServerURL(t *testing.T) {
	t.Setenv("RITME_TEST_PG", "")
	if got, want := pgtest.ServerURL(), "postgres://root@127.0.0.1:5432/test?sslmode=disable"; got != want {
		t.Fatalf("ServerURL()=%q, want %q", got, want)
	}
	t.Setenv("RITME_TEST_PG", "postgres://x@db:5433/y")
	if got, want := pgtest.ServerURL(), "postgres://x@db:5433/y"; got != want {
		t.Fatalf("ServerURL()=%q, want %q", got, want)
	}
}

func TestNewDatabase(t *testing.T) {
	pgtest.Need(t)
	var name string
	var roles []string
	var open *pgx.Conn
	t.Run("Use", func(t *testing.T) {
		d := pgtest.NewDatabase(t)
		name = d.Name
		if got := queryString(t, d.URL(), "SELECT current_database()"); got != d.Name {
			t.Fatalf("current_database()=%q, want %q", got, d.Name)
		}

		d.Exec(t, "CREATE TABLE habit (name text); GRANT ALL ON SCHEMA public TO PUBLIC")
		d.Exec(t, "INSERT INTO habit VALUES ($1)", "run")
		if got, want := queryString(t, d.URL(), "SELECT name FROM habit"), "run"; got != want {
			t.Fatalf("name=%q, want %q", got, want)
		}

		anna, anna2 := d.NewRole("anna"), d.NewRole("anna")
		if got, want := anna, "anna_"+d.Name; got != want {
			t.Fatalf("NewRole(anna)=%q, want %q", got, want)
		}
		if anna2 == anna {
			t.Fatalf("NewRole(anna) twice gave %q both times", anna)
		}
		// Roles made by the code under test, which cleanup drops too.
		rep, manager := "ritme_rep_"+d.Name, "ritme_manager_"+d.Name
		d.Exec(t, "CREATE ROLE "+rep+"; CREATE ROLE "+manager+" LOGIN")
		roles = []string{anna, anna2, rep, manager}

		// A role that owns a table can only be dropped once the database is.
		if got := queryString(t, d.URLAs(anna), "CREATE TABLE mine (); SELECT current_user"); got != anna {
			t.Fatalf("current_user=%q, want %q", got, anna)
		}
		// A connection left open must not keep the database from being
		// dropped; connect's cleanup would close it first.
		var err error
		open, err = pgx.Connect(context.Background(), d.URLAs(anna2))
		if err != nil {
			t.Fatal(err)
		}
	})
	if open != nil {
		defer open.Close(context.Background())
	}
	if name == "" {
		t.Fatal("no database was made")
	}

	admin := connect(t, pgtest.ServerURL())
	var n int
	ctx := context.Background()
	if err := admin.QueryRow(ctx, "SELECT count(*) FROM pg_database WHERE datname = $1", name).Scan(&n); err != nil {
		t.Fatal(err)
	} else if n != 0 {
		t.Fatalf("database %s is still there", name)
	}
	if err := admin.QueryRow(ctx, "SELECT count(*) FROM pg_roles WHERE rolname = ANY($1)", roles).Scan(&n); err != nil {
		t.Fatal(err)
	} else if n != 0 {
		t.Fatalf("%d of the roles %v are still there", n, roles)
	}
}

func TestURLAs(t *testing.T) {
	d := pgtest.NewDatabase(t)
	role := d.NewRole("bob")
	server, err := url.Parse(pgtest.ServerURL())
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(d.URLAs(role))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := u.User.String(), role; got != want {
		t.Fatalf("user=%q, want %q", got, want)
	}
	if got, want := u.Path, "/"+d.Name; got != want {
		t.Fatalf("path=%q, want %q", got, want)
	}
	if got, want := u.Host, server.Host; got != want {
		t.Fatalf("host=%q, want %q", got, want)
	}
	if got, want := u.RawQuery, server.RawQuery; got != want {
		t.Fatalf("query=%q, want %q", got, want)
	}
}

func TestParallelDatabases(t *testing.T) {
	for i := range 4 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			d := pgtest.NewDatabase(t)
			d.NewRole("p")
			d.Exec(t, "CREATE TABLE t (x int)")
		})
	}
}

// connect opens a connection to u, closed when the test ends.
func connect(t testing.TB, u string) *pgx.Conn {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// queryString runs sql on a new connection to u and returns the text of
// the first column of the last result.
func queryString(t testing.TB, u, sql string) string {
	t.Helper()
	conn := connect(t, u)
	// The simple protocol allows several statements in sql.
	results, err := conn.PgConn().Exec(context.Background(), sql).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	last := results[len(results)-1]
	if len(last.Rows) == 0 {
		t.Fatalf("%s: no rows", sql)
	}
	return string(last.Rows[0][0])
}
