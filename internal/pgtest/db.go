package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// timeout bounds every statement pgtest runs, so a hung server fails the
// test rather than the whole test binary.
const timeout = 30 * time.Second

// maxIdentifier is PostgreSQL's limit on the length of a name, in bytes
// (NAMEDATALEN - 1); longer names are silently truncated.
const maxIdentifier = 63

// prefixRE matches a role prefix that keeps the role's name a valid
// unquoted identifier; PostgreSQL would fold upper case to lower case.
var prefixRE = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// DB is a database of its own for one test, made by NewDatabase and dropped,
// with its roles, when the test ends.
type DB struct {
	// Name is the database's name: "ritme_t_" and ten hex digits, a valid
	// unquoted identifier.
	Name string

	t      testing.TB // the test that made the database
	server *url.URL

	mu    sync.Mutex
	roles []string // made by NewRole, in order
}

// NewDatabase calls Need, then creates a new, empty database with a unique
// name. When the test ends it drops the database, closing any connections
// still open to it, and then drops the roles made by NewRole and the roles
// ritme_rep_<Name> and ritme_manager_<Name> that the code under test makes.
// Failures to clean up are logged, never reported as test failures.
func NewDatabase(t testing.TB) *DB {
	t.Helper()
	Need(t)
	d := &DB{Name: "ritme_t_" + randomHex(5), t: t, server: parseServerURL(t)}

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// template0 takes no connections, so parallel tests can all copy it
	// (template1 refuses to be copied while anyone is connected to it).
	// UTF8 works on any cluster whose locale is C or *.UTF-8.
	sql := "CREATE DATABASE " + d.Name + " TEMPLATE template0 ENCODING 'UTF8'"
	if err := exec(ctx, ServerURL(), sql); err != nil {
		t.Fatalf("pgtest: create database %s: %v", d.Name, err)
	}
	t.Cleanup(func() { d.drop(t) })
	return d
}

// drop drops the database and then its roles, logging what fails.
func (d *DB) drop(t testing.TB) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, ServerURL())
	if err != nil {
		t.Logf("pgtest: leaving database %s behind: %v", d.Name, err)
		return
	}
	defer conn.Close(context.Background())

	// Roles go after the database, since they may own objects in it.
	stmts := []string{"DROP DATABASE IF EXISTS " + d.Name + " WITH (FORCE)"}
	d.mu.Lock()
	for _, r := range d.roles {
		stmts = append(stmts, "DROP ROLE IF EXISTS "+r)
	}
	d.mu.Unlock()
	stmts = append(stmts,
		"DROP ROLE IF EXISTS ritme_rep_"+d.Name,
		"DROP ROLE IF EXISTS ritme_manager_"+d.Name,
	)
	for _, s := range stmts {
		if _, err := conn.Exec(ctx, s); err != nil {
			t.Logf("pgtest: cleanup: %s: %v", s, err)
		}
	}
}

// URL returns the URL of the database for the server's superuser: ServerURL
// with the database replaced.
func (d *DB) URL() string {
	u := *d.server
	u.Path, u.RawPath = "/"+d.Name, ""
	return u.String()
}

// URLAs returns the URL of the database for the login role, without a
// password (the server trusts local connections): ServerURL with the user
// and the database replaced.
func (d *DB) URLAs(role string) string {
	u := *d.server
	u.User = url.User(role)
	u.Path, u.RawPath = "/"+d.Name, ""
	return u.String()
}

// NewRole creates a LOGIN role named <prefix>_<Name> and returns its name.
// The prefix must be a lower-case identifier, such as "anna"; a prefix used
// twice gets a number (anna_2_<Name>). The role is dropped when the test
// ends, after the database. Failures fail the test that called NewDatabase.
func (d *DB) NewRole(prefix string) string {
	t := d.t
	t.Helper()
	if !prefixRE.MatchString(prefix) {
		t.Fatalf("pgtest: role prefix %q must be lower-case letters, digits and _", prefix)
	}

	d.mu.Lock()
	name := prefix + "_" + d.Name
	for n := 2; slices.Contains(d.roles, name); n++ {
		name = fmt.Sprintf("%s_%d_%s", prefix, n, d.Name)
	}
	if len(name) > maxIdentifier {
		d.mu.Unlock()
		t.Fatalf("pgtest: role name %s is longer than %d bytes", name, maxIdentifier)
	}
	// Reserved before it exists, so a parallel call cannot pick it too;
	// dropping a role that was never made is harmless.
	d.roles = append(d.roles, name)
	d.mu.Unlock()

	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := exec(ctx, ServerURL(), "CREATE ROLE "+name+" LOGIN"); err != nil {
		t.Fatalf("pgtest: create role %s: %v", name, err)
	}
	return name
}

// Exec runs sql with args on the database as the superuser, failing the
// test on error. Each call has a connection of its own, so session settings
// do not carry over; without args, sql may hold several statements.
func (d *DB) Exec(t testing.TB, sql string, args ...any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := exec(ctx, d.URL(), sql, args...); err != nil {
		t.Fatalf("pgtest: exec %q: %v", sql, err)
	}
}

// Has reports whether the database holds the table (or other relation)
// named, e.g. "ritme.meta".
func (d *DB) Has(t testing.TB, relation string) bool {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := pgx.Connect(ctx, d.URL())
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	defer conn.Close(ctx)
	var reg *string
	if err := conn.QueryRow(ctx, `SELECT to_regclass($1)::text`, relation).Scan(&reg); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return reg != nil
}

// randomHex returns 2n random lower-case hex digits.
func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails since Go 1.24
	return hex.EncodeToString(b)
}
