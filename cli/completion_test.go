package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func TestCompletionScripts(t *testing.T) {
	t.Parallel()
	for _, shell := range []string{"bash", "zsh", "fish"} {
		out, errOut, code := exe(t, opts{}, "completion", shell)
		if code != 0 || errOut != "" {
			t.Errorf("completion %s: exit %d, stderr %q", shell, code, errOut)
		}
		if !strings.Contains(out, "ritme") || !strings.Contains(out, "__complete") || len(out) < 1000 {
			t.Errorf("completion %s printed no script for ritme:\n%.300s", shell, out)
		}
	}
	// The help of completion is Dutch in Dutch too.
	if out, _, _ := exe(t, opts{}, "--lang", "nl", "completion", "--help"); !strings.Contains(out, "Schrijft een script waarmee de shell") {
		t.Errorf("completion --help in Dutch:\n%s", out)
	}
	// A bad shell or a wrong number of them is bad usage, and creates
	// nothing.
	db := newDB(t)
	for _, c := range []badCase{
		{"powershell", []string{"completion", "powershell"}},
		{"arg", []string{"completion"}},
		{"arg", []string{"completion", "bash", "zsh"}},
	} {
		if line := refused(t, db, 2, c.args...); !strings.Contains(line, c.want) {
			t.Errorf("ritme %q: error %q does not mention %q", c.args, line, c.want)
		}
	}
	if _, errOut, _ := exe(t, opts{}, "--lang", "nl", "completion", "tcsh"); !strings.Contains(errOut, "onbekende shell") {
		t.Errorf("completion tcsh in Dutch: %q", errOut)
	}
	if snapshot(t, db) != "no database file" {
		t.Error("completion created the database")
	}
}

// complete runs `ritme --db DB __completeNoDesc ARGS` and returns the
// completions and the directive.
func complete(t *testing.T, db string, args ...string) ([]string, cobra.ShellCompDirective) {
	t.Helper()
	out, errOut, code := exe(t, opts{}, append([]string{"--db", db, cobra.ShellCompNoDescRequestCmd}, args...)...)
	if code != 0 {
		t.Fatalf("__complete %q: exit %d, stderr %q", args, code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	last := lines[len(lines)-1]
	d, err := strconv.Atoi(strings.TrimPrefix(last, ":"))
	if !strings.HasPrefix(last, ":") || err != nil {
		t.Fatalf("__complete %q: no directive in %q", args, out)
	}
	return lines[:len(lines)-1], cobra.ShellCompDirective(d)
}

func TestCompletions(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	outcomes := []string{"none", "reply", "meeting", "proposal", "won", "lost", "geen", "reactie", "afspraak", "offerte", "gewonnen", "verloren"}
	for _, c := range []struct {
		args  []string
		want  []string // all of these, in any order
		exact bool     // and nothing else
		files bool     // the shell completes file names
	}{
		{[]string{"log", ""}, []string{"mail", "call", "visit", "bel", "bezoek"}, true, false},
		{[]string{"log", "b"}, []string{"bel", "bezoek"}, true, false},
		{[]string{"log", "mail", ""}, nil, true, false},
		{[]string{"log", "--outcome", ""}, outcomes, true, false},
		{[]string{"log", "mail", "--outcome", "af"}, []string{"afspraak"}, true, false},
		{[]string{"log", "mail", "--who", ""}, nil, true, false},
		{[]string{"log", "mail", "--note", ""}, nil, true, false},
		{[]string{"config", ""}, []string{"get", "set"}, false, false},
		{[]string{"config", "get", ""}, []string{"target.mail", "target.call", "target.visit", "workdays", "holidays", "vacation_days", "reserve_days", "start_date", "rest_days", "backup.keep"}, true, false},
		{[]string{"config", "set", ""}, []string{"target.mail", "target.call", "target.visit", "workdays", "holidays", "vacation_days", "reserve_days", "start_date", "rest_days", "backup.keep"}, true, false},
		{[]string{"config", "set", "target."}, []string{"target.mail", "target.call", "target.visit"}, true, false},
		{[]string{"config", "set", "holidays", ""}, []string{"nl", "nl-all", "none", "de", "be", "gb", "us"}, false, false},
		{[]string{"config", "set", "holidays", "nl"}, []string{"nl", "nl-all"}, true, false},
		{[]string{"config", "set", "workdays", ""}, []string{"mon,tue,wed,thu,fri"}, false, false},
		{[]string{"config", "set", "vacation_days", ""}, nil, true, false},
		{[]string{"config", "get", "holidays", ""}, nil, true, false},
		{[]string{"outcome", "abc", ""}, outcomes, true, false},
		{[]string{"outcome", "abc", "m"}, []string{"meeting"}, true, false},
		{[]string{"outcome", ""}, nil, true, false},
		{[]string{"outcome", "abc", "won", ""}, nil, true, false},
		{[]string{"leave", ""}, []string{"add", "rm", "list"}, false, false},
		{[]string{"leave", "add", "2026-07-20", "--kind", ""}, []string{"vacation", "sick", "training", "other", "vakantie", "ziek", "opleiding", "overig"}, true, false},
		{[]string{"leave", "add", ""}, nil, true, false},
		{[]string{"accounts", "--stage", ""}, []string{"suspect", "prospect", "customer", "klant"}, true, false},
		{[]string{"accounts", "--sort", ""}, []string{"last", "touches", "name", "laatste", "contacten", "naam"}, true, false},
		{[]string{"account", "set", "Acme", "--stage", "k"}, []string{"klant"}, true, false},
		{[]string{"account", "set", ""}, nil, true, false},
		{[]string{"export", "--format", ""}, []string{"csv", "json"}, true, false},
		{[]string{"export", "-o", ""}, nil, true, true},
		{[]string{"export", "--output", ""}, nil, true, true},
		{[]string{"import", ""}, nil, true, true},
		{[]string{"import", "a.csv", ""}, nil, true, false},
		{[]string{"--lang", ""}, []string{"en", "nl"}, true, false},
		{[]string{"status", "--lang", "n"}, []string{"nl"}, true, false},
		{[]string{"status", "--db", ""}, nil, true, true},
		{[]string{"status", ""}, nil, true, false},
		{[]string{"days", ""}, nil, true, false},
		{[]string{"report", "--from", ""}, nil, true, false},
		{[]string{"completion", ""}, []string{"bash", "zsh", "fish"}, true, false},
		{[]string{"help", "con"}, []string{"config"}, true, false},
		{[]string{""}, []string{"log", "status", "config", "leave", "export", "import", "completion", "help"}, false, false},
	} {
		got, d := complete(t, db, c.args...)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("complete %q: %q lacks %q", c.args, got, w)
			}
		}
		if c.exact && len(got) != len(c.want) {
			t.Errorf("complete %q: %q, want exactly %q", c.args, got, c.want)
		}
		if files := d&cobra.ShellCompDirectiveNoFileComp == 0; files != c.files {
			t.Errorf("complete %q: directive %d completes file names: %v, want %v", c.args, d, files, c.files)
		}
	}
	// Completing never creates the database, nor its folder.
	if snapshot(t, db) != "no database file" {
		t.Fatalf("completing created %s", db)
	}
	nested := filepath.Join(t.TempDir(), "new", "ritme.db")
	complete(t, nested, "log", "")
	complete(t, nested, "config", "set", "")
	if _, err := os.Stat(filepath.Dir(nested)); err == nil {
		t.Errorf("completing created %s", filepath.Dir(nested))
	}
}

func TestCompletionsFollowTheDatabase(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	must(t, db, "config", "set", "target.linkedin", "2")
	if got, _ := complete(t, db, "log", ""); !slices.Equal(got, []string{"mail", "call", "bel", "visit", "bezoek", "linkedin"}) {
		t.Errorf("complete log: %q", got)
	}
	if got, _ := complete(t, db, "config", "get", "target.l"); !slices.Equal(got, []string{"target.linkedin"}) {
		t.Errorf("complete config get target.l: %q", got)
	}
	// Account names for --who, account set and follow-up; entry ids for
	// outcome, the most recent first.
	must(t, db, "log", "mail", "--who", "Acme B.V.")
	must(t, db, "log", "mail", "--who", "ACME")
	must(t, db, "account", "set", "Bakker Bouw", "--stage", "prospect")
	out := must(t, db, "log", "call", "--who", "Claes")
	id := strings.Fields(out)[len(strings.Fields(out))-1]
	for _, args := range [][]string{{"log", "mail", "--who", ""}, {"account", "set", ""}, {"follow-up", ""}} {
		if got, d := complete(t, db, args...); !slices.Equal(got, []string{"ACME", "Bakker Bouw", "Claes"}) || d&cobra.ShellCompDirectiveNoFileComp == 0 {
			t.Errorf("complete %q: %q, directive %d", args, got, d)
		}
	}
	if got, _ := complete(t, db, "follow-up", "b"); !slices.Equal(got, []string{"Bakker Bouw"}) {
		t.Errorf("complete follow-up b: %q", got)
	}
	if got, _ := complete(t, db, "follow-up", "Acme", ""); len(got) != 0 {
		t.Errorf("complete follow-up Acme WHEN: %q", got)
	}
	if got, _ := complete(t, db, "follow-up", "Acme", "fri", "--kind", "b"); !slices.Equal(got, []string{"bel", "bezoek"}) {
		t.Errorf("complete follow-up --kind b: %q", got)
	}
	if got, _ := complete(t, db, "outcome", ""); len(got) != 3 || got[0] != id {
		t.Errorf("complete outcome: %q, want 3 ids, %s first", got, id)
	}
	if got, _ := complete(t, db, "outcome", id[:6]); !slices.Equal(got, []string{id}) {
		t.Errorf("complete outcome %s: %q", id[:6], got)
	}
	withDesc, _, _ := exe(t, opts{}, "--db", db, cobra.ShellCompRequestCmd, "outcome", id[:6])
	if !strings.Contains(withDesc, id+"	"+testToday+" call Claes") {
		t.Errorf("complete outcome with descriptions: %q", withDesc)
	}
	// A file that is not a ritme database is left alone: the defaults.
	other := writeFile(t, "notes.txt", "not a database\n")
	if got, _ := complete(t, other, "log", ""); !slices.Equal(got, []string{"mail", "call", "bel", "visit", "bezoek"}) {
		t.Errorf("complete log on a text file: %q", got)
	}
	if b, _ := os.ReadFile(other); string(b) != "not a database\n" {
		t.Errorf("completing changed %s", other)
	}
}
