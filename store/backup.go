package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"time"

	"ritme/rhythm"
)

// BackupFolder is the name of the folder, beside the database file, that
// holds the backups `ritme backup` makes by default and the daily snapshots.
const BackupFolder = "backups"

// ErrExists means a backup would replace a file that is already there.
var ErrExists = errors.New("already exists")

// BackupTo writes a consistent copy of the whole database to path (SQLite's
// VACUUM INTO), as a new file of mode 0600 that appears whole or not at
// all. A file at path is refused with ErrExists unless replace is set.
func (db *DB) BackupTo(ctx context.Context, path string, replace bool) error {
	if err := vacuumInto(ctx, db.sql, path, replace); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return nil
}

// vacuumInto copies the database that q reads to path: into a new file
// beside path, synced, then renamed onto path, so that a crash leaves no
// half copy under its name.
func vacuumInto(ctx context.Context, q interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}, path string, replace bool) error {
	if _, err := os.Lstat(path); err == nil && !replace {
		return ErrExists
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	tmp.Close()
	defer os.Remove(name) // a no-op once renamed
	// VACUUM INTO takes an empty file, and keeps its mode (0600).
	if _, err := q.ExecContext(ctx, `VACUUM INTO ?`, name); err != nil {
		return err
	}
	if err := forgetMachine(ctx, name); err != nil {
		return err
	}
	if err := syncFile(name); err != nil {
		return err
	}
	if !replace {
		// A hard link puts the copy in place only when the name is free:
		// when another backup took it since it was checked, that one stays.
		err := os.Link(name, path)
		switch {
		case err == nil:
			return syncFile(filepath.Dir(path))
		case errors.Is(err, os.ErrExist):
			return ErrExists
		}
		// No hard links on this file system: claim the name, then move the
		// copy onto it.
		if err := claim(path); err != nil {
			return err
		}
	}
	if err := os.Rename(name, path); err != nil {
		return err
	}
	return syncFile(filepath.Dir(path))
}

// forgetMachine makes the copy at path a file of its own for sync: it
// keeps no sync settings and gets a machine id of its own when it syncs,
// while the changes it holds stay those of the machine that made them.
func forgetMachine(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `BEGIN;
		UPDATE sync_rows SET machine = (SELECT value FROM sync_state WHERE key = 'machine')
		WHERE machine = '' AND EXISTS (SELECT 1 FROM sync_state WHERE key = 'machine');
		DELETE FROM sync_state;
		COMMIT;`)
	if err != nil {
		return fmt.Errorf("make the copy a file of its own: %w", err)
	}
	return db.Close()
}

// claim creates path as an empty file of mode 0600, and refuses with
// ErrExists when it is there.
func claim(path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		return ErrExists
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// syncFile flushes a file or folder to disk.
func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// snapshotName matches the names of the daily snapshots, and only those:
// the only files snapshots ever delete.
var snapshotName = regexp.MustCompile(`^snapshot-(\d{4}-\d{2}-\d{2})\.db$`)

// snapshotWeeks is how many ISO weeks before the oldest daily snapshot keep
// their newest snapshot.
const snapshotWeeks = 4

// Snapshot makes the daily snapshot, unless it is there already: on the
// first write of a calendar day (now's local date) the whole database is
// copied to backups/snapshot-YYYY-MM-DD.db beside the database file, and
// older snapshots beyond backup.keep daily ones and the weekly ones before
// them are deleted (see KeptSnapshots). backup.keep 0 turns snapshots off.
// It returns the snapshot written, "" for none. The copy is read through a
// connection of its own, so that writes on db never wait for it.
func (db *DB) Snapshot(ctx context.Context, now time.Time) (string, error) {
	dir := filepath.Join(filepath.Dir(db.path), BackupFolder)
	path := filepath.Join(dir, "snapshot-"+rhythm.DateOf(now).String()+".db")
	if _, err := os.Lstat(path); err == nil {
		return "", nil
	}
	s, err := db.Settings(ctx)
	if err != nil || s.BackupKeep == 0 {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("snapshot: %w", err)
	}
	ro, err := sql.Open("sqlite", dsn(db.path, "mode=ro", "_pragma=busy_timeout("+fmt.Sprint(busyTimeout.Milliseconds())+")"))
	if err != nil {
		return "", fmt.Errorf("snapshot: %w", err)
	}
	defer ro.Close()
	if err := vacuumInto(ctx, ro, path, false); err != nil && !errors.Is(err, ErrExists) {
		return "", fmt.Errorf("snapshot %s: %w", path, err)
	}
	if err := pruneSnapshots(dir, s.BackupKeep); err != nil {
		return path, fmt.Errorf("snapshot: %w", err)
	}
	return path, nil
}

// pruneSnapshots deletes the snapshots in dir that KeptSnapshots does not
// keep. It deletes no other file.
func pruneSnapshots(dir string, keep int) error {
	list, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var dates []rhythm.Date
	for _, f := range list {
		if m := snapshotName.FindStringSubmatch(f.Name()); m != nil && f.Type().IsRegular() {
			if d, err := rhythm.ParseDate(m[1]); err == nil {
				dates = append(dates, d)
			}
		}
	}
	kept := KeptSnapshots(dates, keep)
	for _, d := range dates {
		if !slices.Contains(kept, d) {
			if err := os.Remove(filepath.Join(dir, "snapshot-"+d.String()+".db")); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}

// KeptSnapshots returns, newest first, which of the snapshots of the given
// dates are kept: the newest keep of them (the daily ones), and, before the
// oldest of those, the newest snapshot of each of the 4 calendar ISO weeks
// before that oldest one's week.
func KeptSnapshots(dates []rhythm.Date, keep int) []rhythm.Date {
	sorted := slices.Clone(dates)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	sorted = slices.Compact(sorted)
	if len(sorted) <= keep {
		return sorted
	}
	if keep <= 0 {
		return nil
	}
	kept := slices.Clone(sorted[:keep])
	week := rhythm.WeekStart(kept[keep-1])
	first := week - 7*snapshotWeeks // the Monday of the earliest week kept
	for _, d := range sorted[keep:] {
		w := rhythm.WeekStart(d)
		if w < week && w >= first && rhythm.WeekStart(kept[len(kept)-1]) != w {
			kept = append(kept, d) // the newest of its week, as dates go down
		}
	}
	return kept
}
