package postgres

import (
	"context"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"sort"

	"github.com/jackc/pgx/v5"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrations returns the server's migration scripts in order; script i
// brings the schema from version i to version i+1.
func migrations() []string {
	names, _ := fs.Glob(migrationFS, "migrations/*.sql") // the pattern is constant
	sort.Strings(names)
	scripts := make([]string, len(names))
	for i, name := range names {
		b, _ := migrationFS.ReadFile(name) // embedded files are always readable
		scripts[i] = string(b)
	}
	return scripts
}

// SchemaVersion returns the server schema version this build of ritme
// writes. It reads the embedded scripts when called, not at start-up: no
// command but sync and team needs it.
func SchemaVersion() int { return len(migrations()) }

// Errors about the server's schema.
var (
	// ErrNoSchema means the database holds no ritme schema and this role
	// may not make one.
	ErrNoSchema = errors.New("no ritme schema")
	// ErrNotTeam means the database holds no team (ritme team init).
	ErrNotTeam = errors.New("no team")
)

// TooNewError is a server schema made by a newer ritme.
type TooNewError struct{ Version, Known int }

// Error says the schema's version and the newest this ritme knows.
func (e *TooNewError) Error() string {
	return fmt.Sprintf("the server's schema is version %d; this ritme knows up to %d", e.Version, e.Known)
}

// TooOldError is a server schema older than this ritme's, which the login
// role may not migrate: the database's owner runs ritme team init (or, on
// one rep's own server, any sync) to migrate it.
type TooOldError struct{ Version, Known int }

// Error says the schema's version and this ritme's.
func (e *TooOldError) Error() string {
	return fmt.Sprintf("the server's schema is version %d, older than this ritme's %d", e.Version, e.Known)
}

// schemaLock is the advisory lock key under which the schema is made or
// migrated, so that two ritmes never do it at once.
const schemaLock = 0x7269746d65 // "ritme"

// schemaInfo is what the meta table says of a server.
type schemaInfo struct {
	exists  bool
	version int
	id      string
	team    bool
}

// readSchema reads the meta table, if there is one.
func readSchema(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (schemaInfo, error) {
	var s schemaInfo
	var reg *string
	if err := q.QueryRow(ctx, `SELECT to_regclass('ritme.meta')::text`).Scan(&reg); err != nil {
		return s, classify(err)
	}
	if reg == nil {
		return s, nil
	}
	s.exists = true
	err := q.QueryRow(ctx, `SELECT version, server_id, team FROM ritme.meta`).Scan(&s.version, &s.id, &s.team)
	return s, classify(err)
}

// check refuses a schema that is missing, newer than this ritme or older:
// a sync or a team's figures need the schema this ritme writes.
func (s schemaInfo) check() error {
	if err := s.checkNotNewer(); err != nil {
		return err
	}
	if s.version < SchemaVersion() {
		return &TooOldError{Version: s.version, Known: SchemaVersion()}
	}
	return nil
}

// checkNotNewer refuses a schema that is missing or newer than this ritme.
func (s schemaInfo) checkNotNewer() error {
	switch {
	case !s.exists:
		return ErrNoSchema
	case s.version > SchemaVersion():
		return &TooNewError{Version: s.version, Known: SchemaVersion()}
	}
	return nil
}

// migrate makes the schema when there is none and brings it to
// SchemaVersion(): every step, and the team's grants, in one transaction
// under the schema lock, so that a migration that fails leaves the schema
// as it was. With makeTeam, or on a team's schema (ritme team init), it
// (re)applies the team's grants and row-level security (team.sql), so that
// the group roles reach what a migration made. It returns the schema as it
// then is. A role that may not make or change the schema gets ErrNoSchema.
func migrate(ctx context.Context, conn *pgx.Conn, makeTeam bool) (schemaInfo, error) {
	s, err := readSchema(ctx, conn)
	if err != nil {
		return s, err
	}
	if s.exists && s.version > SchemaVersion() {
		return s, s.checkNotNewer()
	}
	if s.exists && s.version == SchemaVersion() && !makeTeam {
		return s, nil
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return s, classify(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, schemaLock); err != nil {
		return s, classify(err)
	}
	if s, err = readSchema(ctx, tx); err != nil {
		return s, err
	}
	if !s.exists {
		id := make([]byte, 16)
		rand.Read(id)
		_, err := tx.Exec(ctx, `CREATE SCHEMA ritme;
			CREATE TABLE ritme.meta (
				version   integer NOT NULL,
				server_id text    NOT NULL,
				team      boolean NOT NULL DEFAULT false,
				one       boolean NOT NULL DEFAULT true PRIMARY KEY CHECK (one)
			);`)
		if err != nil {
			return s, noSchemaIfDenied(err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO ritme.meta (version, server_id) VALUES (0, $1)`, hex.EncodeToString(id)); err != nil {
			return s, classify(err)
		}
		s = schemaInfo{exists: true, id: hex.EncodeToString(id)}
	}
	if err := s.checkNotNewer(); err != nil {
		return s, err
	}
	for i, script := range migrations()[s.version:] {
		if _, err := tx.Exec(ctx, script); err != nil {
			return s, fmt.Errorf("server migration %d: %w", s.version+i+1, noSchemaIfDenied(err))
		}
	}
	if _, err := tx.Exec(ctx, `UPDATE ritme.meta SET version = $1`, SchemaVersion()); err != nil {
		return s, classify(err)
	}
	s.version = SchemaVersion()
	if makeTeam || s.team {
		if err := applyTeam(ctx, tx); err != nil {
			return s, classify(err)
		}
		s.team = true
	}
	return s, classify(tx.Commit(ctx))
}

// noSchemaIfDenied turns a refusal for lack of privilege into ErrNoSchema.
func noSchemaIfDenied(err error) error {
	if isCode(err, "42501") { // insufficient_privilege
		return fmt.Errorf("%w: %w", ErrNoSchema, err)
	}
	return classify(err)
}
