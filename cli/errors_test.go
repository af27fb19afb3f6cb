package cli

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBadUsage(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedAll(t, db, 2, [][]string{
		{"frobnicate"},
		{"stats"},
		{"status", "extra"},
		{"--bogus", "status"},
	})
	// A bad --today or RITME_TODAY (given here without the helper's own
	// --today, which would win).
	for _, c := range []struct {
		env  []string
		args []string
	}{
		{nil, []string{"--today", "2026-02-30", "status"}},
		{nil, []string{"--today", "tomorrow", "log", "mail"}},
		{nil, []string{"log", "mail", "--today", "0226-03-02"}},
		{nil, []string{"status", "--today"}},
		{[]string{"RITME_TODAY=2026-02-30"}, []string{"log", "mail"}},
		{[]string{"RITME_TODAY=now"}, []string{"status"}},
	} {
		before := snapshot(t, db)
		out, errOut, code := exe(t, opts{env: c.env}, append(c.args, "--db", db)...)
		if code != 2 || out != "" {
			t.Errorf("ritme %q (env %q): exit %d, stdout %q; want 2 and nothing", c.args, c.env, code, out)
		}
		checkErrLine(t, errOut)
		if snapshot(t, db) != before {
			t.Errorf("ritme %q changed the database", c.args)
		}
	}
	// A bad --today refuses before anything is created.
	fresh := newDB(t)
	_, errOut, code := exe(t, opts{}, "log", "mail", "--db", fresh, "--today", "2026-13-01")
	if code != 2 {
		t.Errorf("bad --today: exit %d", code)
	}
	checkErrLine(t, errOut)
	if _, err := os.Stat(fresh); err == nil {
		t.Errorf("a refused command created %s", fresh)
	}
}

func TestErrorIsOneLine(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	// Newlines in what the user typed never split the error line.
	refusedAll(t, db, 2, [][]string{
		{"log", "ma\nil"},
		{"log", "mail", "--date", "2026\n02-02"},
		{"config", "set", "holidays", "n\nl"},
		{"config", "set", "col\nour", "x"},
		{"import", filepath.Join(t.TempDir(), "no\nsuch\nfile.csv")},
		{"frob\nnicate"},
	})
}

// checkRefusedFile runs commands on path, which is not a ritme database, and
// checks that each fails (exit 1) with one error line and leaves the file, and
// its folder, exactly as they were.
func checkRefusedFile(t *testing.T, path string) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	files := func() []string {
		list, err := os.ReadDir(filepath.Dir(path))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range list {
			names = append(names, f.Name())
		}
		return names
	}
	dirBefore := strings.Join(files(), " ")
	for _, args := range [][]string{{"status"}, {"log", "mail"}, {"config", "set", "target.mail", "3"}, {"demo"}, {"export"}} {
		out, errOut, code := ritme(t, path, args...)
		if code != 1 || out != "" {
			t.Errorf("ritme %q on %s: exit %d, stdout %q; want 1 and nothing", args, filepath.Base(path), code, out)
		}
		checkErrLine(t, errOut)
		if !strings.Contains(errOut, "not a ritme database") {
			t.Errorf("error %q does not say what is wrong", errOut)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Errorf("%s changed", path)
	}
	if dirAfter := strings.Join(files(), " "); dirAfter != dirBefore {
		t.Errorf("folder had %s, now %s", dirBefore, dirAfter)
	}
}

func TestTextFileRefused(t *testing.T) {
	t.Parallel()
	checkRefusedFile(t, writeFile(t, "notes.txt", "my sales notes\nnot a database\n"))
}

func TestForeignSQLiteRefused(t *testing.T) {
	t.Parallel()
	p := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", p)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range []string{`CREATE TABLE contacts (name TEXT)`, `INSERT INTO contacts VALUES ('Acme')`} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	checkRefusedFile(t, p)
}

func TestFolderRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out, errOut, code := ritme(t, dir, "status")
	if code != 1 || out != "" {
		t.Errorf("--db a folder: exit %d, stdout %q", code, out)
	}
	checkErrLine(t, errOut)
}

func TestDatabaseCreatedPrivately(t *testing.T) {
	t.Parallel()
	// --db in folders that do not exist yet: made with mode 0700, the file
	// with 0600.
	root := t.TempDir()
	db := filepath.Join(root, "a", "b", "ritme.db")
	must(t, db, "log", "mail")
	for p, want := range map[string]os.FileMode{db: 0o600, filepath.Dir(db): 0o700, filepath.Join(root, "a"): 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if m := fi.Mode().Perm(); m != want {
			t.Errorf("%s has mode %o, want %o", p, m, want)
		}
	}
}

func TestFailingCommandCreatesNothing(t *testing.T) {
	t.Parallel()
	// The database and its folder do not exist yet: a command that fails
	// must not create them.
	dir := filepath.Join(t.TempDir(), "new")
	db := filepath.Join(dir, "ritme.db")
	badRow := writeFile(t, "bad.csv", "date,kind\n2026-02-23,mail\n2026-02-24,Fax!\n")
	for _, c := range []struct {
		code int
		args []string
	}{
		{2, []string{"log", "fax"}},
		{2, []string{"log", "mail", "--date", "2026-03-03"}},
		{2, []string{"log", "mail", "-n", "0"}},
		{2, []string{"config", "set", "colour", "blue"}},
		{2, []string{"config", "set", "target.mail", "many"}},
		{2, []string{"config", "get", "colour"}},
		{2, []string{"import", badRow}},
		{2, []string{"days", "abc"}},
		{2, []string{"leave", "add", "2026-03-05", "--kind", "holiday"}},
		{2, []string{"export", "--format", "xml"}},
		{2, []string{"demo", "--years", "0"}},
		{1, []string{"undo"}},
		{1, []string{"leave", "rm", "2026-03-05"}},
	} {
		out, errOut, code := ritme(t, db, c.args...)
		if code != c.code || out != "" {
			t.Errorf("ritme %q: exit %d, stdout %q; want %d and nothing", c.args, code, out, c.code)
		}
		checkErrLine(t, errOut)
		if _, err := os.Stat(dir); err == nil {
			t.Fatalf("ritme %q created %s", c.args, dir)
		}
	}
	// A command that only reads answers as on an empty database and
	// creates nothing; a good write creates it.
	if got := must(t, db, "config", "get", "target.mail"); got != "5\n" {
		t.Errorf("config get on no database: %q", got)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("config get created %s", dir)
	}
	must(t, db, "log", "mail")
	if _, err := os.Stat(db); err != nil {
		t.Errorf("log did not create the database: %v", err)
	}
}
