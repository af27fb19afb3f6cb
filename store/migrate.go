package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"time"

	"modernc.org/sqlite"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migrationNames returns the names of the migration scripts in order.
func migrationNames() []string {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		panic(err) // the pattern is constant
	}
	sort.Strings(names)
	return names
}

// migrations returns the migration scripts in order; script i brings the
// schema from version i to version i+1.
func migrations() []string {
	names := migrationNames()
	scripts := make([]string, len(names))
	for i, name := range names {
		b, err := migrationFS.ReadFile(name)
		if err != nil {
			panic(err) // embedded files are always readable
		}
		scripts[i] = string(b)
	}
	return scripts
}

// SchemaVersion is the schema version this build of ritme writes: the
// number of migration scripts, counted without reading them, since every
// process needs it and only a migration needs the scripts.
var SchemaVersion = len(migrationNames())

// migrate brings the database to SchemaVersion, each step in its own
// transaction together with its PRAGMA user_version, so that a crash leaves
// either the old or the new schema.
func (db *DB) migrate(ctx context.Context) error {
	id, version, tables, err := db.identity(ctx)
	if err != nil {
		return err
	}
	if err := checkIdentity(id, version, tables); err != nil || version == int64(SchemaVersion) {
		return err
	}
	scripts := migrations()
	for {
		done, err := db.migrateStep(ctx, scripts)
		if err != nil || done {
			return err
		}
	}
}

// migrateStep applies the next migration, or reports that none is left. It
// checks the identity again under the write lock, because another ritme
// process may have migrated the file in the meantime.
func (db *DB) migrateStep(ctx context.Context, scripts []string) (done bool, err error) {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var id, version, tables int64
	if err := tx.QueryRowContext(ctx, identityQuery).Scan(&id, &version, &tables); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	if err := checkIdentity(id, version, tables); err != nil {
		return false, err
	}
	if version == int64(len(scripts)) {
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, scripts[version]); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", version+1, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, version+1)); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", version+1, err)
	}
	return false, nil
}

// identity reads the application id, the schema version and the number of
// schema objects. Its query is the first, so it opens the connection, whose
// journal_mode(WAL) must switch a new file to WAL. When other processes
// open the same new file at once, SQLite may answer SQLITE_BUSY at once,
// without waiting out the busy timeout, to break a lock deadlock between
// them; so it tries again until the busy timeout has passed.
func (db *DB) identity(ctx context.Context) (id, version, tables int64, err error) {
	deadline := time.Now().Add(busyTimeout)
	for {
		err = db.sql.QueryRowContext(ctx, identityQuery).Scan(&id, &version, &tables)
		var se *sqlite.Error
		if err == nil || !errors.As(err, &se) || se.Code()&0xff != sqliteBusy || time.Now().After(deadline) {
			break
		}
		select {
		case <-ctx.Done():
			return 0, 0, 0, fmt.Errorf("read schema version: %w", ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if err != nil {
		err = fmt.Errorf("read schema version: %w", err)
	}
	return id, version, tables, err
}

// sqliteBusy is SQLITE_BUSY, the primary result code of "database is
// locked".
const sqliteBusy = 5

// checkIdentity refuses another program's database and a newer ritme's.
func checkIdentity(id, version, tables int64) error {
	switch {
	case id != ApplicationID && tables > 0:
		return fmt.Errorf("%w (an SQLite file of another program)", ErrNotRitme)
	case id == ApplicationID && version > int64(SchemaVersion):
		return fmt.Errorf("%w (schema version %d, this ritme knows up to %d)", ErrTooNew, version, SchemaVersion)
	case version < 0:
		// No ritme writes one; migrate would index its scripts with it.
		return fmt.Errorf("%w (invalid schema version %d)", ErrNotRitme, version)
	}
	return nil
}
