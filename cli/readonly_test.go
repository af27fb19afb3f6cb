package cli

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"ritme/store"
)

// readCommands are the commands that only read, as a user runs them.
var readCommands = [][]string{
	{"status"}, {"status", "--json"}, {"days"}, {"days", "--json"}, {"config"}, {"config", "get", "target.mail"},
	{"config", "history"}, {"config", "history", "--json"}, {"leave", "list"}, {"export"}, {"export", "--format", "json"},
	{"report"}, {"report", "--json"}, {"accounts"}, {"accounts", "--json"}, {"next"}, {"next", "--json"},
}

// writeCommands are commands that write, each one that would succeed on
// seeded.
var writeCommands = [][]string{
	{"log", "mail"}, {"undo", "--date", "2026-02-26"}, {"config", "set", "target.mail", "6"},
	{"config", "set", "rest_days", "30"}, {"leave", "add", "2026-03-03"}, {"leave", "rm", "2026-02-23"},
	{"account", "set", "Acme BV", "--stage", "prospect"}, {"demo"},
}

// TestReadCommandsCreateNothing: on a database that is not there, every
// command that only reads answers as on an empty database and creates no
// file and no folder.
func TestReadCommandsCreateNothing(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "none")
	db := filepath.Join(dir, "ritme.db")
	for _, args := range readCommands {
		out, errOut, code := ritme(t, db, args...)
		if code != 0 || errOut != "" || out == "" {
			t.Errorf("ritme %q on no database: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
		if _, err := os.Stat(dir); err == nil {
			t.Fatalf("ritme %q created %s", args, dir)
		}
	}
	if got := must(t, db, "export", "--format", "json"); !strings.Contains(got, `"entries": []`) {
		t.Errorf("export of no database:\n%s", got)
	}
}

// folderFiles lists the names in a folder.
func folderFiles(t *testing.T, dir string) []string {
	t.Helper()
	list, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range list {
		names = append(names, f.Name())
	}
	return names
}

// checkReadOnly runs every read command on db, which ritme may not write,
// and checks that each prints what it printed while db was writable, that
// every write is refused with exit 1 and one line, and that neither the
// file nor its folder changed.
func checkReadOnly(t *testing.T, db string, want map[string]string) {
	t.Helper()
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	files := folderFiles(t, filepath.Dir(db))
	for _, args := range readCommands {
		out, errOut, code := ritme(t, db, args...)
		if code != 0 || errOut != "" || out != want[strings.Join(args, " ")] {
			t.Errorf("ritme %q on a read-only database: exit %d, stderr %q, stdout\n%s\nwant\n%s", args, code, errOut, out, want[strings.Join(args, " ")])
		}
	}
	for _, args := range writeCommands {
		out, errOut, code := ritme(t, db, args...)
		if code != 1 || out != "" || !strings.Contains(errOut, "read-only") {
			t.Errorf("ritme %q on a read-only database: exit %d, stdout %q, stderr %q; want exit 1 and one line", args, code, out, errOut)
		}
		checkErrLine(t, errOut)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(after, before) {
		t.Errorf("the read-only file changed")
	}
	if after := folderFiles(t, filepath.Dir(db)); !slices.Equal(after, files) {
		t.Errorf("the folder held %v, now %v", files, after)
	}
}

// shownByReads is what every read command prints on db.
func shownByReads(t *testing.T, db string) map[string]string {
	t.Helper()
	want := map[string]string{}
	for _, args := range readCommands {
		want[strings.Join(args, " ")] = must(t, db, args...)
	}
	return want
}

// TestReadOnlyFile: a database file ritme may not write (chmod a-w, which
// holds for root too) is read as it is; every write is refused.
func TestReadOnlyFile(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	want := shownByReads(t, db)
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	checkReadOnly(t, db, want)
}

// TestReadOnlyFolder: a database in a folder ritme may not write (where
// SQLite could keep no journal) is read as it is; every write is refused.
func TestReadOnlyFolder(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	want := shownByReads(t, db)
	dir := filepath.Dir(db)
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	checkReadOnly(t, db, want)
	// Nor is a database made in a read-only folder.
	refused(t, filepath.Join(dir, "new.db"), 1, "log", "mail")
	refused(t, filepath.Join(dir, "sub", "new.db"), 1, "log", "mail")
}

// TestReadOnlyOlderSchema: a read-only database of an older schema cannot
// be migrated, so reading it is refused with exit 1 and one line.
func TestReadOnlyOlderSchema(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", "file:"+db)
	if err != nil {
		t.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join("..", "store", "migrations", "*.sql"))
	if err != nil || len(names) < 4 {
		t.Fatalf("migrations: %v %v", names, err)
	}
	slices.Sort(names)
	for _, name := range names[:4] {
		script, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(script)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if _, err := raw.Exec(fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = 4`, store.ApplicationID)); err != nil {
		t.Fatal(err)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"status"}, {"export"}, {"leave", "list"}} {
		if line := refused(t, db, 1, args...); !strings.Contains(line, "older ritme") {
			t.Errorf("ritme %q on an older read-only database: %q", args, line)
		}
	}
	if line := refused(t, db, 1, "log", "mail"); !strings.Contains(line, "read-only") {
		t.Errorf("log on an older read-only database: %q", line)
	}
	// Writable again, it is migrated and read.
	if err := os.Chmod(db, 0o644); err != nil {
		t.Fatal(err)
	}
	must(t, db, "status")
}

// TestEmptyDBFlag: --db "" names no file: bad input, and the default
// database is not touched.
func TestEmptyDBFlag(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"--db", "", "status"}, {"--db=", "log", "mail"}, {"status", "--db", " "}} {
		out, errOut, code := exe(t, opts{}, args...)
		if code != 2 || out != "" || !strings.Contains(errOut, "--db") {
			t.Errorf("ritme %q: exit %d, stdout %q, stderr %q; want exit 2", args, code, out, errOut)
		}
		checkErrLine(t, errOut)
	}
}
