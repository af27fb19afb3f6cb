package cli

import (
	"strings"
	"testing"
)

// TestWordsAsANewUserReadsThem checks wording that once slipped: plurals,
// the account's shown name, completions and help that say what is in use.
func TestWordsAsANewUserReadsThem(t *testing.T) {
	t.Parallel()
	db := newDB(t)

	must(t, db, "log", "mail", "--who", "Acme BV")
	if out := must(t, db, "account", "set", "acme  bv", "--stage", "prospect"); out != "Acme BV is a prospect\n" {
		t.Errorf("account set answers %q, want the name the account goes by", out)
	}

	must(t, db, "config", "set", "reserve_days", "1")
	must(t, db, "leave", "add", "2026-03-03")
	if out := must(t, db, "leave", "list"); !strings.Contains(out, "+ 1 reserve day\n") {
		t.Errorf("leave list: %q, want 1 reserve day", out)
	}

	csv := writeFile(t, "short.csv", "id,date,kind,who,note,created_at,outcome,stage\nonly-one-field\n")
	if line := refused(t, db, 2, "import", csv); !strings.Contains(line, "1 field,") {
		t.Errorf("import of a short row: %q, want 1 field", line)
	}

	out, _, _ := exe(t, opts{}, "__complete", "log", "mail", "--")
	if strings.Contains(out, "`") || !strings.Contains(out, "--date\tthe YYYY-MM-DD") {
		t.Errorf("completion descriptions:\n%s", out)
	}

	help, _, _ := exe(t, opts{env: []string{"RITME_DB=" + db}}, "--help")
	if !strings.Contains(help, db) {
		t.Errorf("--help with RITME_DB does not name %s:\n%s", db, help)
	}
	help, _, _ = exe(t, opts{}, "log", "--help", "--db", db)
	if !strings.Contains(help, db) {
		t.Errorf("log --help --db does not name %s:\n%s", db, help)
	}
}
