package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"ritme/rhythm"
	"ritme/store"
)

// TestReadOnlyDatabase: a file made read-only (chmod a-w, for root too) is
// refused for writing with ErrCannotWrite and read by OpenRead, leaving no
// file beside it; the same holds for a read-only folder.
func TestReadOnlyDatabase(t *testing.T) {
	ctx := context.Background()
	for _, folder := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "ritme.db")
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 2, "", ""); err != nil {
			t.Fatal(err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		lock := path
		if folder {
			lock = filepath.Dir(path)
		}
		if err := os.Chmod(lock, 0o555); err != nil {
			t.Fatal(err)
		}
		if _, err := store.Open(ctx, path); !errors.Is(err, store.ErrCannotWrite) {
			t.Errorf("Open of a read-only database (folder %v): %v, want ErrCannotWrite", folder, err)
		}
		ro, err := store.OpenRead(ctx, path)
		if err != nil {
			t.Fatalf("OpenRead (folder %v): %v", folder, err)
		}
		if n, err := ro.EntryCount(ctx); err != nil || n != 2 {
			t.Errorf("read-only entries: %d, %v", n, err)
		}
		if _, err := ro.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err == nil {
			t.Errorf("a write through OpenRead of a read-only database succeeded")
		}
		if err := ro.Close(); err != nil {
			t.Fatal(err)
		}
		if got := dirNames(t, filepath.Dir(path)); len(got) != 1 {
			t.Errorf("beside the read-only database: %v", got)
		}
		os.Chmod(lock, 0o755)
	}
}
