package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGlobalFlagsBeforeAndAfter(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	// Before the command, between, after.
	for _, args := range [][]string{
		{"--db", db, "--today", "2026-02-26", "log", "mail"},
		{"log", "--db", db, "mail", "--today", "2026-02-26"},
		{"log", "mail", "--db=" + db, "--today=2026-02-26"},
		{"--today", "2026-02-26", "log", "mail", "--db", db},
	} {
		if _, errOut, code := exe(t, opts{}, args...); code != 0 {
			t.Fatalf("ritme %q: exit %d %q", args, code, errOut)
		}
	}
	if got := entries(t, db); len(got) != 4 || got[0].Date != "2026-02-26" || got[3].Date != "2026-02-26" {
		t.Errorf("entries %+v", got)
	}
	before, _, _ := exe(t, opts{}, "--db", db, "--today", "2026-02-26", "status", "--json")
	after, _, _ := exe(t, opts{}, "status", "--json", "--db", db, "--today", "2026-02-26")
	if before != after || !strings.Contains(before, `"today": 4`) {
		t.Errorf("status with global flags before:\n%s\nafter:\n%s", before, after)
	}
}

func TestEnvironment(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	env := []string{"RITME_DB=" + db, "RITME_TODAY=2026-02-26"}
	if _, errOut, code := exe(t, opts{env: env}, "log", "call"); code != 0 {
		t.Fatalf("log with RITME_DB and RITME_TODAY: exit %d %q", code, errOut)
	}
	got := entries(t, db)
	if len(got) != 1 || got[0].Date != "2026-02-26" || got[0].Kind != "call" {
		t.Errorf("entries %+v", got)
	}
	out, _, _ := exe(t, opts{env: env}, "status", "--json")
	if !strings.Contains(out, `"date": "2026-02-26"`) {
		t.Errorf("status with RITME_TODAY:\n%s", out)
	}

	// Flags win over the environment.
	other := newDB(t)
	if _, errOut, code := exe(t, opts{env: env}, "log", "visit", "--db", other, "--today", "2026-02-27"); code != 0 {
		t.Fatalf("exit %d %q", code, errOut)
	}
	if got := entries(t, other); len(got) != 1 || got[0].Date != "2026-02-27" {
		t.Errorf("--db and --today over the environment: %+v", got)
	}
	if n := len(entries(t, db)); n != 1 {
		t.Errorf("RITME_DB's database has %d entries, want 1", n)
	}

	// A bad RITME_TODAY is bad input.
	_, errOut, code := exe(t, opts{env: []string{"RITME_DB=" + db, "RITME_TODAY=26-02-2026"}}, "status")
	if code != 2 {
		t.Errorf("bad RITME_TODAY: exit %d", code)
	}
	checkErrLine(t, errOut)
}

func TestDefaultDatabase(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		name string
		env  func(root string) []string
		want func(root string) string
	}{
		{"XDG_DATA_HOME", func(root string) []string {
			return []string{"HOME=" + filepath.Join(root, "home"), "XDG_DATA_HOME=" + filepath.Join(root, "data")}
		}, func(root string) string { return filepath.Join(root, "data", "ritme", "ritme.db") }},
		{"HOME", func(root string) []string {
			return []string{"HOME=" + filepath.Join(root, "home"), "XDG_DATA_HOME="}
		}, func(root string) string { return filepath.Join(root, "home", ".local", "share", "ritme", "ritme.db") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			env := c.env(root)
			if _, errOut, code := exe(t, opts{env: env}, "log", "mail", "--today", testToday); code != 0 {
				t.Fatalf("exit %d %q", code, errOut)
			}
			p := c.want(root)
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatalf("no database at %s: %v", p, err)
			}
			if m := fi.Mode().Perm(); m != 0o600 {
				t.Errorf("%s has mode %o, want 600", p, m)
			}
			di, err := os.Stat(filepath.Dir(p))
			if err != nil {
				t.Fatal(err)
			}
			if m := di.Mode().Perm(); m != 0o700 {
				t.Errorf("%s has mode %o, want 700", filepath.Dir(p), m)
			}
			// The next run finds the same database.
			out, _, _ := exe(t, opts{env: env}, "export", "--format", "json")
			if strings.Count(out, `"kind": "mail"`) != 1 {
				t.Errorf("second run does not see the entry:\n%s", out)
			}
			// The help names the default path.
			help, _, _ := exe(t, opts{env: env}, "--help")
			if !strings.Contains(help, "ritme.db") {
				t.Errorf("help does not name the database path:\n%s", help)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"log", "--help"}, {"help", "log"}, {"status", "-h"}, {"days", "--help"},
		{"config", "set", "--help"}, {"leave", "add", "--help"}, {"export", "--help"}, {"import", "--help"}, {"demo", "--help"}, {"undo", "--help"},
	} {
		out, errOut, code := exe(t, opts{}, args...)
		if code != 0 || !strings.Contains(out, "Usage:") || errOut != "" {
			t.Errorf("ritme %q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	out, _, _ := exe(t, opts{}, "--help")
	for _, cmd := range []string{"log", "undo", "status", "days", "config", "leave", "export", "import", "demo"} {
		if !strings.Contains(out, "  "+cmd+" ") {
			t.Errorf("--help does not list %s:\n%s", cmd, out)
		}
	}
}
