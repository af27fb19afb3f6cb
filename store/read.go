package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sys/unix"
)

// Errors about databases ritme may not write.
var (
	// ErrReadOnly means a database that ritme may not write would need a
	// migration before it can be read.
	ErrReadOnly = errors.New("is read-only and was made by an older ritme; it needs a migration, which needs write access")
	// ErrCannotWrite means a write was asked of a database ritme may not
	// write: a read-only file, or a file in a read-only folder.
	ErrCannotWrite = errors.New("is read-only (the file or its folder); ritme can read it but not write to it")
)

// OpenRead opens the ritme database at path for a command that only reads.
// It never creates a file or a folder: a missing file is answered as an
// empty database, kept in memory. A file ritme may write is opened as Open
// does (and migrated). A file it may not write (a read-only file or
// folder) is opened read-only when its schema is current, and refused with
// ErrReadOnly when it is older.
func OpenRead(ctx context.Context, path string) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if _, err := os.Stat(abs); errors.Is(err, os.ErrNotExist) {
		return openEmpty(ctx)
	}
	if checkWritable(abs) == nil {
		return Open(ctx, path)
	}
	if err := prepareFile(ctx, abs); err != nil { // only reads, as the file exists
		return nil, err
	}
	params := []string{"mode=ro", "_pragma=busy_timeout(" + fmt.Sprint(busyTimeout.Milliseconds()) + ")"}
	if _, err := os.Lstat(abs + "-wal"); errors.Is(err, os.ErrNotExist) {
		// A WAL-mode file opened read-only needs a -shm file, which a
		// read-only folder cannot hold, and which SQLite would leave beside
		// a read-only file, with a -wal; with no -wal beside it the file
		// holds all its data, so it is read as immutable.
		params = append(params, "immutable=1")
	}
	sqlDB, err := sql.Open("sqlite", dsn(abs, params...))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	sqlDB.SetMaxOpenConns(1)
	db := &DB{sql: sqlDB, path: abs, Now: time.Now, readOnly: true}
	id, version, tables, err := db.identity(ctx)
	if err == nil {
		err = checkIdentity(id, version, tables)
	}
	if err == nil && version != int64(SchemaVersion) {
		err = ErrReadOnly
	}
	if err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

// writable reports whether ritme may write the file or folder at path: the
// system lets this process write it, and its permission bits let someone
// write it. The second check is for root, whom the system lets write
// anything: a file or folder made read-only (chmod a-w) stays read-only
// for ritme.
func writable(path string) bool {
	if unix.Access(path, unix.W_OK) != nil {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o222 != 0
}

// checkWritable refuses, with ErrCannotWrite, a database at abs that ritme
// may not write: the file, when it exists, and its folder, which holds the
// WAL; when the folder does not exist yet, the nearest one that does, in
// which it would be made.
func checkWritable(abs string) error {
	if _, err := os.Lstat(abs); err == nil && !writable(abs) {
		return ErrCannotWrite
	}
	dir := filepath.Dir(abs)
	for {
		if _, err := os.Stat(dir); err == nil || filepath.Dir(dir) == dir {
			break
		}
		dir = filepath.Dir(dir)
	}
	if !writable(dir) {
		return ErrCannotWrite
	}
	return nil
}

// openEmpty returns a new, empty ritme database in memory.
func openEmpty(ctx context.Context) (*DB, error) {
	sqlDB, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(1)")
	if err != nil {
		return nil, fmt.Errorf("open an empty database: %w", err)
	}
	// One connection for good: every connection to :memory: is a database
	// of its own.
	sqlDB.SetMaxOpenConns(1)
	sqlDB.SetConnMaxLifetime(0)
	sqlDB.SetConnMaxIdleTime(0)
	db := &DB{sql: sqlDB, path: ":memory:", Now: time.Now}
	if err := db.migrate(ctx); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("open an empty database: %w", err)
	}
	return db, nil
}
