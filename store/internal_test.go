package store

// These tests reach unexported things: the settings of the store's own
// connection, which no other connection can see, and migrateStep with a
// script list of the test's own.

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConnectionPragmas checks the per-connection settings of the one
// connection a DB holds: the ones that make a commit durable and let
// several processes write at once.
func TestConnectionPragmas(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "ritme.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// Several queries in turn, so that a pool that opened a second
	// connection without the settings would be noticed.
	for range 3 {
		var mode string
		var sync, timeout, fk, id, version int64
		if err := db.sql.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil {
			t.Fatal(err)
		}
		for _, p := range []struct {
			name string
			v    *int64
		}{{"synchronous", &sync}, {"busy_timeout", &timeout}, {"foreign_keys", &fk}, {"application_id", &id}, {"user_version", &version}} {
			if err := db.sql.QueryRowContext(ctx, "PRAGMA "+p.name).Scan(p.v); err != nil {
				t.Fatalf("PRAGMA %s: %v", p.name, err)
			}
		}
		if mode != "wal" {
			t.Errorf("journal_mode = %q, want wal", mode)
		}
		if sync != 2 {
			t.Errorf("synchronous = %d, want 2 (FULL)", sync)
		}
		if timeout < 5000 {
			t.Errorf("busy_timeout = %d ms, want at least 5000", timeout)
		}
		if fk != 1 {
			t.Errorf("foreign_keys = %d, want 1", fk)
		}
		if id != ApplicationID {
			t.Errorf("application_id = %#x, want %#x", id, ApplicationID)
		}
		if version != int64(SchemaVersion) {
			t.Errorf("user_version = %d, want %d", version, SchemaVersion)
		}
	}
}

// TestMigrationIsOneTransaction runs a broken second migration: the step
// fails, and neither its first statement nor a new user_version stays.
func TestMigrationIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	sqlDB, err := sql.Open("sqlite", dsn(path, "_pragma=busy_timeout(10000)", "_txlock=immediate"))
	if err != nil {
		t.Fatal(err)
	}
	db := &DB{sql: sqlDB, path: path}
	defer db.Close()

	scripts := []string{
		migrations()[0],
		`CREATE TABLE half_done (x INTEGER); INSERT INTO half_done VALUES (1); THIS IS NOT SQL;`,
	}
	if done, err := db.migrateStep(ctx, scripts); err != nil || done {
		t.Fatalf("first step: done %v, err %v", done, err)
	}
	if _, err := db.migrateStep(ctx, scripts); err == nil {
		t.Fatal("second step with a broken script: no error")
	} else if !strings.Contains(err.Error(), "version 2") {
		t.Errorf("error %q does not name the version", err)
	}
	id, version, _, err := db.identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id != ApplicationID || version != 1 {
		t.Errorf("after the failed step: application_id %#x, user_version %d; want %#x, 1", id, version, ApplicationID)
	}
	var n int
	if err := db.sql.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Error("the failed step left its table half_done behind")
	}

	// The real migrations then bring it to the current version.
	db.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, version, _, _ = db.identity(ctx); version != int64(SchemaVersion) {
		t.Errorf("after Open: user_version %d, want %d", version, SchemaVersion)
	}
}

// TestMigrationsAreNumbered checks that the embedded scripts are named
// 001_…, 002_…, with no gap, so that script i is the step to version i+1.
func TestMigrationsAreNumbered(t *testing.T) {
	des, err := os.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	if len(des) != SchemaVersion {
		t.Errorf("%d files in migrations/, SchemaVersion %d", len(des), SchemaVersion)
	}
	for i, de := range des {
		var n int
		if _, err := fmt.Sscanf(de.Name(), "%03d_", &n); err != nil || n != i+1 {
			t.Errorf("migration %d is named %s, want %03d_….sql", i+1, de.Name(), i+1)
		}
	}
}
