package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// defaultURL is the server that ServerURL names when RITME_TEST_PG is unset.
const defaultURL = "postgres://root@127.0.0.1:5432/test?sslmode=disable"

// needMessage says how to run the tests that Need skips.
const needMessage = "PostgreSQL tests need a server: start one at 127.0.0.1:5432 (trust auth) or set RITME_TEST_PG=URL; RITME_PG=1 makes this a failure"

// ServerURL returns the URL of the test server, as a superuser: the value of
// RITME_TEST_PG, or postgres://root@127.0.0.1:5432/test?sslmode=disable. It
// must be a URL, not a keyword/value string, because DB and Proxy rewrite
// its user, database and host.
func ServerURL() string {
	if s := os.Getenv("RITME_TEST_PG"); s != "" {
		return s
	}
	return defaultURL
}

// Need skips the test unless the server at ServerURL answers within about
// two seconds. With RITME_PG=1 it fails the test instead, so that CI cannot
// pass by skipping every PostgreSQL test.
func Need(t testing.TB) {
	t.Helper()
	err := ping(ServerURL())
	if err == nil {
		return
	}
	msg := fmt.Sprintf("%s\n(%s: %v)", needMessage, redact(ServerURL()), err)
	if os.Getenv("RITME_PG") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// ping connects to the server at u and runs a query.
func ping(u string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	return conn.Ping(ctx)
}

// exec runs sql on a new connection to u, which it closes afterwards. A
// statement without arguments goes through the simple protocol, so sql may
// hold several statements.
func exec(ctx context.Context, u, sql string, args ...any) error {
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	_, err = conn.Exec(ctx, sql, args...)
	return err
}

// parseServerURL parses ServerURL, failing the test if it is not a URL.
func parseServerURL(t testing.TB) *url.URL {
	t.Helper()
	u, err := url.Parse(ServerURL())
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatal("pgtest: the server URL (RITME_TEST_PG) must be a postgres:// URL")
	}
	return u
}

// redact hides the password in u, if it has one.
func redact(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "the server URL"
	}
	return p.Redacted()
}
