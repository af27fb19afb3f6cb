package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ritme/rhythm"
	"ritme/store"
)

// TestForeignFilesAreRefusedUntouched opens files that are not ritme's, or
// are a newer ritme's: Open must refuse each with a one-line error that
// wraps ErrNotRitme or ErrTooNew, leave every byte of the file as it was,
// and leave no -wal, -shm or -journal file beside it.
func TestForeignFilesAreRefusedUntouched(t *testing.T) {
	cases := []struct {
		name string
		make func(t *testing.T, path string)
		want error
	}{
		{"text file", func(t *testing.T, path string) {
			writeFile(t, path, []byte(strings.Repeat("Shopping list: coffee, milk, a new notebook.\n", 10)))
		}, store.ErrNotRitme},
		{"short text file", func(t *testing.T, path string) {
			writeFile(t, path, []byte("hello\n"))
		}, store.ErrNotRitme},
		{"empty file", func(t *testing.T, path string) {
			writeFile(t, path, nil)
		}, store.ErrNotRitme},
		{"one byte", func(t *testing.T, path string) {
			writeFile(t, path, []byte{0})
		}, store.ErrNotRitme},
		{"SQLite magic, cut short", func(t *testing.T, path string) {
			writeFile(t, path, []byte("SQLite format 3\x00\x10\x00\x01\x01"))
		}, store.ErrNotRitme},
		{"SQLite magic, garbage after", func(t *testing.T, path string) {
			b := append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xff}, 4080)...)
			writeFile(t, path, b)
		}, store.ErrNotRitme},
		{"other program, application_id 0", func(t *testing.T, path string) {
			makeForeign(t, path, "DELETE", 0)
		}, store.ErrNotRitme},
		{"other program, application_id 0, WAL", func(t *testing.T, path string) {
			makeForeign(t, path, "WAL", 0)
		}, store.ErrNotRitme},
		{"other program, own application_id", func(t *testing.T, path string) {
			makeForeign(t, path, "DELETE", 0x46534c31)
		}, store.ErrNotRitme},
		{"other program, own application_id, WAL", func(t *testing.T, path string) {
			makeForeign(t, path, "WAL", 0x46534c31)
		}, store.ErrNotRitme},
		{"other program, application_id 0, only a view", func(t *testing.T, path string) {
			raw := rawOpen(t, path)
			mustExec(t, raw, `CREATE VIEW answer AS SELECT 42 AS n`)
			raw.Close()
		}, store.ErrNotRitme},
		{"ritme application_id, negative user_version", func(t *testing.T, path string) {
			raw := rawOpen(t, path)
			mustExec(t, raw, fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = -1`, store.ApplicationID))
			raw.Close()
		}, store.ErrNotRitme},
		{"no tables, application_id 0, negative user_version", func(t *testing.T, path string) {
			raw := rawOpen(t, path)
			mustExec(t, raw, `PRAGMA user_version = -5`)
			raw.Close()
		}, store.ErrNotRitme},
		{"newer ritme", func(t *testing.T, path string) {
			makeNewer(t, path, "WAL")
		}, store.ErrTooNew},
		{"newer ritme, rollback journal", func(t *testing.T, path string) {
			makeNewer(t, path, "DELETE")
		}, store.ErrTooNew},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "ritme.db")
			c.make(t, path)
			before := readFile(t, path)
			names := dirNames(t, dir)
			if !slices.Equal(names, []string{"ritme.db"}) {
				t.Fatalf("setup left %v", names)
			}

			// Twice: a refusal must not change what the next Open sees.
			for range 2 {
				db, err := store.Open(context.Background(), path)
				if err == nil {
					db.Close()
					t.Fatal("Open: no error")
				}
				if !errors.Is(err, c.want) {
					t.Errorf("Open: %v, want an error wrapping %q", err, c.want)
				}
				oneLine(t, err)
				if !strings.Contains(err.Error(), path) {
					t.Errorf("error %q does not name the file", err)
				}
			}
			if after := readFile(t, path); !bytes.Equal(after, before) {
				t.Errorf("the file changed: %d bytes before, %d after, first difference at byte %d",
					len(before), len(after), firstDiff(before, after))
			}
			if got := dirNames(t, dir); !slices.Equal(got, []string{"ritme.db"}) {
				t.Errorf("the folder holds %v after Open, want only ritme.db", got)
			}
		})
	}
}

// TestNewerSchemaOnlyInWAL opens a ritme file while another process (here a
// second connection) holds a newer schema version in its WAL, not yet in
// the file's header: Open must read the WAL and refuse.
func TestNewerSchemaOnlyInWAL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ritme.db")
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw := rawOpen(t, path)
	mustExec(t, raw, `PRAGMA wal_autocheckpoint = 0`)
	mustExec(t, raw, fmt.Sprintf(`PRAGMA user_version = %d`, store.SchemaVersion+1))
	before := readFile(t, path)

	_, err = store.Open(context.Background(), path)
	if !errors.Is(err, store.ErrTooNew) {
		t.Fatalf("Open: %v, want an error wrapping %q", err, store.ErrTooNew)
	}
	oneLine(t, err)
	if after := readFile(t, path); !bytes.Equal(after, before) {
		t.Errorf("the file changed at byte %d", firstDiff(before, after))
	}
	if v := pragmaInt(t, raw, "user_version"); v != int64(store.SchemaVersion+1) {
		t.Errorf("user_version = %d after the refusal, want %d", v, store.SchemaVersion+1)
	}
}

// TestForeignErrorMessages checks that the three kinds of refusal read as
// what they are.
func TestForeignErrorMessages(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	writeFile(t, text, []byte("not a database at all, just some notes for the week\n"))
	other := filepath.Join(dir, "other.db")
	makeForeign(t, other, "DELETE", 0)
	newer := filepath.Join(dir, "newer.db")
	makeNewer(t, newer, "WAL")
	for _, c := range []struct {
		path string
		want []string
	}{
		{text, []string{"not a ritme database", "not an SQLite file"}},
		{other, []string{"not a ritme database", "another program"}},
		{newer, []string{"newer version of ritme", fmt.Sprint(store.SchemaVersion + 1)}},
	} {
		_, err := store.Open(context.Background(), c.path)
		if err == nil {
			t.Errorf("Open(%s): no error", c.path)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Open(%s): %q does not say %q", c.path, err, w)
			}
		}
	}
}

// TestEmptySQLiteFileIsAdopted checks the other side of the line: an SQLite
// file with no tables and no application id (what `sqlite3 file
// 'PRAGMA user_version=0'` or a half-created ritme file leaves) becomes a
// ritme database.
func TestEmptySQLiteFileIsAdopted(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ritme.db")
	raw := rawOpen(t, path)
	mustExec(t, raw, `PRAGMA page_size = 4096; VACUUM`)
	raw.Close()
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("setup: %v, %v", fi, err)
	}
	db := mustOpenPath(t, path)
	if _, err := db.Log(context.Background(), date(t, "2026-01-05"), rhythm.Visit, 1, "", ""); err != nil {
		t.Fatal(err)
	}
}

// makeForeign creates an SQLite file of another program: a table with a
// row, the given journal mode and application id, closed cleanly.
func makeForeign(t *testing.T, path, journal string, appID int32) {
	t.Helper()
	raw := rawOpen(t, path)
	mustExec(t, raw, `PRAGMA journal_mode = `+journal)
	mustExec(t, raw, fmt.Sprintf(`PRAGMA application_id = %d`, appID))
	mustExec(t, raw, `CREATE TABLE recipes (name TEXT, minutes INTEGER)`)
	mustExec(t, raw, `INSERT INTO recipes VALUES ('pancakes', 20), ('soup', 45)`)
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
}

// makeNewer creates a ritme database as a newer ritme would leave it: our
// application id, a schema version above ours, an entry, closed cleanly in
// the given journal mode.
func makeNewer(t *testing.T, path, journal string) {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Log(context.Background(), date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	raw := rawOpen(t, path)
	mustExec(t, raw, `PRAGMA journal_mode = `+journal)
	mustExec(t, raw, `CREATE TABLE future (x TEXT)`)
	mustExec(t, raw, fmt.Sprintf(`PRAGMA user_version = %d`, store.SchemaVersion+1))
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// firstDiff returns the index of the first byte where a and b differ.
func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
