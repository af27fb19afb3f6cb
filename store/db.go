// Package store keeps ritme's data in one SQLite file (modernc.org/sqlite,
// pure Go): entries, per-day counts, leave, settings, accounts' stages and
// follow-ups. It owns the schema, the migrations and every query, and
// returns rhythm types.
//
// The file is opened in WAL mode with synchronous=FULL, so an entry that a
// commit reported is on disk, and with a busy timeout, so that a TUI and
// commands in other terminals can write at once. A file that is not a ritme
// database, or comes from a newer ritme, is refused before anything is
// written to it.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver

	"ritme/rhythm"
)

func init() {
	// Migrations fill in the account key of existing entries with the very
	// function store uses for new ones: migration 4 with the key of version
	// 1 (lower case, one space between words), migration 6 with today's
	// rhythm.AccountKey. Neither is used in a trigger or index, so the file
	// stays usable by any SQLite.
	sqlite.MustRegisterDeterministicScalarFunction("ritme_account_key", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			who, _ := args[0].(string)
			return accountKeyV1(who), nil
		})
	sqlite.MustRegisterDeterministicScalarFunction("ritme_account_key_v2", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			who, _ := args[0].(string)
			return rhythm.AccountKey(who), nil
		})
}

// accountKeyV1 is the account key of version 1, which migration 4 wrote:
// the name in lower case with one space between words.
func accountKeyV1(who string) string {
	return strings.ToLower(strings.Join(strings.Fields(who), " "))
}

// ApplicationID marks a SQLite file as ritme's ("ritm" in ASCII), in the
// header field that PRAGMA application_id sets.
const ApplicationID = 0x7269746d

// busyTimeout is how long a write waits for another process's write to
// finish before it gives up.
const busyTimeout = 10 * time.Second

// Errors that Open returns, wrapped with the path.
var (
	// ErrNotRitme means the file is not a ritme database: not SQLite, or
	// SQLite with another program's tables.
	ErrNotRitme = errors.New("not a ritme database")
	// ErrTooNew means the file was written by a newer version of ritme.
	ErrTooNew = errors.New("made by a newer version of ritme; upgrade ritme to open it")
	// ErrNotFound means the entry or date asked for does not exist.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous means an id prefix names more than one entry.
	ErrAmbiguous = errors.New("the id prefix matches more than one entry; give more of it")
)

// DB is an open ritme database.
type DB struct {
	sql  *sql.DB
	path string
	// readOnly is set on a database OpenRead opened read-only.
	readOnly bool
	// Now returns the current time for created_at stamps. It defaults to
	// time.Now and can be replaced in tests.
	Now func() time.Time
}

// Open opens the ritme database at path for writing, creating it (mode
// 0600, and its folder with mode 0700) when it does not exist, and
// migrating it to the current schema. It refuses, without writing to it, a
// file that is not a ritme database or that a newer ritme made, and, with
// ErrCannotWrite, one that ritme may not write (see OpenRead for reading
// such a file).
func Open(ctx context.Context, path string) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// A file that is there is identified first, so that another program's
	// file is called that, read-only or not; a missing one is made only
	// where ritme may write.
	_, statErr := os.Lstat(abs)
	if statErr == nil {
		if err := prepareFile(ctx, abs); err != nil {
			return nil, err
		}
	}
	if err := checkWritable(abs); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if statErr != nil {
		if err := prepareFile(ctx, abs); err != nil {
			return nil, err
		}
	}
	db, err := openMigrated(ctx, abs)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// openMigrated opens the SQLite file at abs as ritme uses it and migrates
// it to the current schema.
func openMigrated(ctx context.Context, abs string) (*DB, error) {
	sqlDB, err := sql.Open("sqlite", dsn(abs,
		"_pragma=busy_timeout("+fmt.Sprint(busyTimeout.Milliseconds())+")",
		"_pragma=journal_mode(WAL)",
		"_pragma=synchronous(FULL)",
		"_pragma=cache_size(-32000)",
		// Statement journals (each insert that fires triggers keeps one) in
		// memory, not in temporary files, which saves a third of an import.
		"_pragma=temp_store(MEMORY)",
		"_pragma=foreign_keys(1)",
		// Writes take the write lock when they begin, so that a busy
		// writer makes others wait (busy_timeout) instead of failing.
		"_txlock=immediate",
	))
	if err != nil {
		return nil, err
	}
	// One connection: writes are serialised in-process anyway, and
	// PRAGMA data_version then sees exactly the other processes' commits.
	sqlDB.SetMaxOpenConns(1)
	sqlDB.SetConnMaxIdleTime(0)
	db := &DB{sql: sqlDB, path: abs, Now: time.Now}
	if err := db.migrate(ctx); err != nil {
		sqlDB.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error { return db.sql.Close() }

// Path returns the absolute path of the database file.
func (db *DB) Path() string { return db.path }

// dsn returns the modernc.org/sqlite data source name of the file at the
// absolute path abs with the given query parameters.
func dsn(abs string, params ...string) string {
	u := url.URL{Scheme: "file", OmitHost: true, Path: abs}
	s := u.String()
	for i, p := range params {
		if i == 0 {
			s += "?"
		} else {
			s += "&"
		}
		s += p
	}
	return s
}

// sqliteMagic opens every SQLite 3 file.
const sqliteMagic = "SQLite format 3\x00"

// prepareFile creates a missing database file, or checks that an existing
// one is, or may become, a ritme database, without writing to it.
func prepareFile(ctx context.Context, abs string) error {
	f, err := os.Open(abs)
	if errors.Is(err, os.ErrNotExist) {
		return createDatabase(ctx, abs)
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", abs, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil {
		return fmt.Errorf("open %s: %w", abs, err)
	} else if fi.IsDir() {
		return fmt.Errorf("open %s: is a folder, not a database file", abs)
	} else if fi.Size() == 0 {
		// ritme never leaves an empty file (createDatabase), so this is
		// someone else's: leave it alone.
		return fmt.Errorf("open %s: %w (an empty file; ritme makes its own database file at a path where none exists)", abs, ErrNotRitme)
	}
	header := make([]byte, 100)
	if _, err := io.ReadFull(f, header); err != nil || string(header[:16]) != sqliteMagic {
		return fmt.Errorf("open %s: %w (not an SQLite file)", abs, ErrNotRitme)
	}
	switch binary.BigEndian.Uint32(header[68:72]) {
	case ApplicationID:
		// Refuse a newer ritme's file here, from its header (user_version),
		// before opening it: Open's journal_mode(WAL) would rewrite the
		// header of a file in rollback-journal mode. A newer schema that is
		// still only in the WAL is caught by migrate.
		version := int64(int32(binary.BigEndian.Uint32(header[60:64])))
		if err := checkIdentity(ApplicationID, version, 0); err != nil {
			return fmt.Errorf("open %s: %w", abs, err)
		}
		return nil
	case 0:
		// Another program's file, an empty SQLite file, or a ritme file
		// whose first commit is still in its WAL: ask SQLite, read-only.
		return probe(ctx, abs)
	default:
		return fmt.Errorf("open %s: %w (an SQLite file of another program)", abs, ErrNotRitme)
	}
}

// createDatabase makes a new ritme database at abs, and its folder with
// mode 0700 when that is missing. It builds the database in a new file of
// its own next to abs (mode 0600) and then links it into place, so that a
// file at abs is always a complete ritme database: never half made, never
// someone else's file taken over. When another ritme process creates abs
// at the same moment, the first one wins and both open it.
func createDatabase(ctx context.Context, abs string) error {
	dir := filepath.Dir(abs)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", abs, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(abs)+".new-*")
	if err != nil {
		return fmt.Errorf("create %s: %w", abs, err)
	}
	name := tmp.Name()
	tmp.Close()
	defer func() {
		for _, p := range []string{name, name + "-wal", name + "-shm"} {
			os.Remove(p)
		}
	}()
	db, err := openMigrated(ctx, name)
	if err != nil {
		return fmt.Errorf("create %s: %w", abs, err)
	}
	if err := db.Close(); err != nil { // checkpoints the WAL into the file
		return fmt.Errorf("create %s: %w", abs, err)
	}
	err = os.Link(name, abs)
	switch {
	case err == nil, errors.Is(err, os.ErrExist):
		return nil
	}
	// No hard links on this file system: claim the name, then move the
	// new database onto it.
	f, err := os.OpenFile(abs, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("create %s: %w", abs, err)
	}
	f.Close()
	if err := os.Rename(name, abs); err != nil {
		return fmt.Errorf("create %s: %w", abs, err)
	}
	return nil
}

// probe reads, read-only, the identity of the SQLite file at abs, whose
// header carries no application id, and refuses it as checkIdentity does:
// another program's tables, or an invalid or newer ritme schema in its WAL.
func probe(ctx context.Context, abs string) error {
	params := []string{"mode=ro"}
	if _, err := os.Lstat(abs + "-wal"); errors.Is(err, os.ErrNotExist) {
		// With no WAL beside it the file holds all its data, and immutable
		// keeps SQLite from creating a -wal and a -shm file next to another
		// program's WAL-mode database, which read-only mode alone leaves.
		params = append(params, "immutable=1")
	}
	ro, err := sql.Open("sqlite", dsn(abs, params...))
	if err != nil {
		return fmt.Errorf("open %s: %w", abs, err)
	}
	defer ro.Close()
	var id, version, tables int64
	if err := ro.QueryRowContext(ctx, identityQuery).Scan(&id, &version, &tables); err != nil {
		return fmt.Errorf("open %s: cannot read it as a database: %w", abs, err)
	}
	if err := checkIdentity(id, version, tables); err != nil {
		return fmt.Errorf("open %s: %w", abs, err)
	}
	return nil
}

// identityQuery reads the application id, the schema version and the number
// of schema objects of a database.
const identityQuery = `SELECT
	(SELECT application_id FROM pragma_application_id),
	(SELECT user_version FROM pragma_user_version),
	(SELECT count(*) FROM sqlite_schema)`
