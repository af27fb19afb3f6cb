package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ritme/rhythm"
	"ritme/store"
)

func TestOpenCreatesPrivateFileAndFolders(t *testing.T) {
	ctx := context.Background()
	base := t.TempDir()
	path := filepath.Join(base, "data", "ritme", "ritme.db")

	db := mustOpenPath(t, path)
	if _, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		want os.FileMode
	}{
		{filepath.Join(base, "data"), 0o700 | os.ModeDir},
		{filepath.Join(base, "data", "ritme"), 0o700 | os.ModeDir},
		{path, 0o600},
		// SQLite gives its side files the mode of the database file.
		{path + "-wal", 0o600},
		{path + "-shm", 0o600},
	} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Errorf("stat: %v", err)
			continue
		}
		if got := fi.Mode(); got != c.want {
			t.Errorf("mode of %s = %v, want %v", c.path, got, c.want)
		}
	}
	if got := db.Path(); got != path {
		t.Errorf("Path() = %q, want %q", got, path)
	}
	// The database is built beside the path and linked into place; nothing
	// of that stays behind.
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if n := e.Name(); n != "ritme.db" && n != "ritme.db-wal" && n != "ritme.db-shm" {
			t.Errorf("left in the folder: %s", n)
		}
	}
}

func TestOpenKeepsExistingFolderMode(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	mustOpenPath(t, filepath.Join(dir, "ritme.db"))
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o755 {
		t.Errorf("mode of an existing folder changed to %v", got)
	}
}

func TestOpenRelativePath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	db := mustOpenPath(t, "ritme.db")
	if want := filepath.Join(dir, "ritme.db"); db.Path() != want {
		t.Errorf("Path() = %q, want %q", db.Path(), want)
	}
}

func TestOpenFileHeader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ritme.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw := rawOpen(t, path)
	var mode string
	if err := raw.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "wal" {
		t.Errorf("journal_mode = %q, want wal", mode)
	}
	if id := pragmaInt(t, raw, "application_id"); id != store.ApplicationID {
		t.Errorf("application_id = %#x, want %#x", id, store.ApplicationID)
	}
	if v := pragmaInt(t, raw, "user_version"); v != int64(store.SchemaVersion) {
		t.Errorf("user_version = %d, want %d", v, store.SchemaVersion)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	logged, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Call, 2, "Anna", "follow-up")
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveChange(ctx, rhythm.Change{Key: "target.call", Value: "3", MadeAt: t0}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		db = mustOpenPath(t, path)
		all, err := db.Entries(ctx, store.EntryQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Join(ids(all), ","), strings.Join(ids(logged), ","); got != want {
			t.Errorf("after reopening: entries %s, want %s", got, want)
		}
		s, err := db.Settings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Get("target.call", date(t, "2026-03-02")); got != "3" {
			t.Errorf("after reopening: target.call = %s, want 3", got)
		}
	}
}

func TestOpenFolderIsRefused(t *testing.T) {
	dir := t.TempDir()
	_, err := store.Open(context.Background(), dir)
	if err == nil {
		t.Fatal("Open of a folder: no error")
	}
	oneLine(t, err)
	if !strings.Contains(err.Error(), dir) {
		t.Errorf("error %q does not name the path", err)
	}
}

func TestOpenUnderAFileFails(t *testing.T) {
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(context.Background(), filepath.Join(file, "ritme.db"))
	if err == nil {
		t.Fatal("Open under a regular file: no error")
	}
	oneLine(t, err)
}

// TestClosedDB checks that every method of a closed DB returns an error
// rather than panicking.
func TestClosedDB(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "ritme.db"))
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	d := date(t, "2026-03-02")
	calls := map[string]func() error{
		"Log":         func() error { _, err := db.Log(ctx, d, rhythm.Mail, 1, "", ""); return err },
		"Undo":        func() error { _, err := db.Undo(ctx, d); return err },
		"Import":      func() error { _, _, err := db.Import(ctx, nil); return err },
		"Entry":       func() error { _, err := db.Entry(ctx, "abc"); return err },
		"Entries":     func() error { _, err := db.Entries(ctx, store.EntryQuery{}); return err },
		"EntryCount":  func() error { _, err := db.EntryCount(ctx); return err },
		"UpdateEntry": func() error { return db.UpdateEntry(ctx, "abc", "", "") },
		"DeleteEntry": func() error { return db.DeleteEntry(ctx, "abc") },
		"AddLeave":    func() error { _, err := db.AddLeave(ctx, d, d, rhythm.Sick); return err },
		"RemoveLeave": func() error { _, err := db.RemoveLeave(ctx, d, d); return err },
		"Leave":       func() error { _, err := db.Leave(ctx, 0, 0); return err },
		"Settings":    func() error { _, err := db.Settings(ctx); return err },
		"SaveSetting": func() error { return db.SaveSetting(ctx, "rest_days", "3") },
		"SaveChange":  func() error { return db.SaveChange(ctx, rhythm.Change{Key: "target.mail", Value: "3", MadeAt: t0}) },
		"Ledger":      func() error { _, err := db.Ledger(ctx); return err },
		"Tracker":     func() error { _, _, err := db.Tracker(ctx); return err },
		"DataVersion": func() error { _, err := db.DataVersion(ctx); return err },
	}
	for name, call := range calls {
		if err := call(); err == nil {
			t.Errorf("%s on a closed DB: no error", name)
		}
	}
}

// TestCancelledContext checks that a write whose context is already
// cancelled fails and writes nothing.
func TestCancelledContext(t *testing.T) {
	db := mustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 3, "", ""); err == nil {
		t.Error("Log with a cancelled context: no error")
	}
	if n, err := db.EntryCount(context.Background()); err != nil || n != 0 {
		t.Errorf("EntryCount() = %d, %v; want 0", n, err)
	}
	// The handle still works afterwards.
	if _, err := db.Log(context.Background(), date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Errorf("Log after a cancelled one: %v", err)
	}
}

// TestMalformedRows checks that rows a hand-edited file may hold, which
// pass the schema's checks but are not valid, are reported as errors.
func TestMalformedRows(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	raw := rawOpen(t, db.Path())
	mustExec(t, raw, `INSERT INTO entries (id, date, kind, created_at) VALUES ('bad-date', '2026-02-30', 'mail', '2026-03-02T08:00:00.000000Z')`)
	if _, err := db.Entries(ctx, store.EntryQuery{}); err == nil {
		t.Error("Entries with a date 2026-02-30: no error")
	}
	if _, err := db.Ledger(ctx); err == nil {
		t.Error("Ledger with a date 2026-02-30: no error")
	}
	mustExec(t, raw, `DELETE FROM entries`)
	mustExec(t, raw, `INSERT INTO entries (id, date, kind, created_at) VALUES ('bad-time', '2026-03-02', 'mail', 'yesterday')`)
	if _, err := db.Entry(ctx, "bad-time"); err == nil || errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entry with created_at 'yesterday': %v, want an error", err)
	}
	mustExec(t, raw, `INSERT INTO leave (date, kind) VALUES ('2026-13-01', 'sick')`)
	if _, err := db.Leave(ctx, 0, 0); err == nil {
		t.Error("Leave with a date 2026-13-01: no error")
	}
}
