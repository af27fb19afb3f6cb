package cli

// Command tests: TestMain builds the real binary once, and every test runs it
// as a user would, with its own database in t.TempDir(), a fixed today and
// an environment built from scratch (no RITME_* from the developer's shell,
// HOME and XDG_DATA_HOME in a temporary folder).

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// testToday is the date every command acts on unless a test says otherwise:
// a Monday, so that the week before it is a full working week.
const testToday = "2026-03-02"

// ritmeBin is the binary TestMain builds.
var ritmeBin string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "ritme-cmdtest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "make temp dir:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	ritmeBin = filepath.Join(dir, "ritme")
	build := exec.Command("go", "build", "-o", ritmeBin, "ritme")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "go build:", err)
		return 1
	}
	return m.Run()
}

// opts are the less common settings of one run.
type opts struct {
	env   []string // KEY=VALUE added to baseEnv (later ones win)
	stdin string
	dir   string // working directory; default a new temp dir
}

// baseEnv is the environment every run starts from: nothing of the caller's
// except PATH, HOME and XDG_DATA_HOME in a temporary folder, UTC, and a
// terminal type that would allow colour if stdout were a terminal.
func baseEnv(t *testing.T) []string {
	t.Helper()
	root := t.TempDir()
	return []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + filepath.Join(root, "home"),
		"XDG_DATA_HOME=" + filepath.Join(root, "xdg"),
		"TZ=UTC",
		"LANG=C.UTF-8",
		"TERM=xterm-256color",
		"COLORTERM=truecolor",
	}
}

// exe runs the binary with exactly args (no --db or --today added) and
// returns what it printed and its exit status.
func exe(t *testing.T, o opts, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(ritmeBin, args...)
	cmd.Env = append(baseEnv(t), o.env...)
	cmd.Dir = o.dir
	if cmd.Dir == "" {
		cmd.Dir = t.TempDir()
	}
	cmd.Stdin = strings.NewReader(o.stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Fatalf("run ritme %q: %v", args, err)
	}
	return out.String(), errOut.String(), code
}

// ritme runs `ritme --db DB --today testToday ARGS`. The global flags go
// first so that ARGS may contain "--" (config set target.mail -- -1);
// globals_test.go checks that they work after the command too.
func ritme(t *testing.T, db string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return ritmeAt(t, db, testToday, args...)
}

// ritmeAt runs `ritme --db DB --today TODAY ARGS`.
func ritmeAt(t *testing.T, db, today string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return exe(t, opts{}, append([]string{"--db", db, "--today", today}, args...)...)
}

// must runs ritme on db with testToday and fails the test unless it exits 0;
// it returns standard output.
func must(t *testing.T, db string, args ...string) string {
	t.Helper()
	return mustAt(t, db, testToday, args...)
}

// mustAt is must with another today.
func mustAt(t *testing.T, db, today string, args ...string) string {
	t.Helper()
	out, errOut, code := ritmeAt(t, db, today, args...)
	if code != 0 {
		t.Fatalf("ritme %s: exit %d, stderr %q", strings.Join(args, " "), code, errOut)
	}
	return out
}

// newDB returns the path of a database file that does not exist yet.
func newDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "ritme.db")
}

// checkErrLine fails unless stderr is exactly one line beginning "ritme: ".
func checkErrLine(t *testing.T, stderr string) {
	t.Helper()
	if !strings.HasPrefix(stderr, "ritme: ") || !strings.HasSuffix(stderr, "\n") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr = %q, want one line beginning %q", stderr, "ritme: ")
	}
	if len(strings.TrimSpace(strings.TrimPrefix(stderr, "ritme: "))) == 0 {
		t.Errorf("stderr = %q: the error line says nothing", stderr)
	}
}

// snapshot returns everything in the database file, read in this process
// (read-only) rather than through ritme, which is both stronger and much
// faster than asking export, config and leave list: the application id, the
// schema version, and every row of every table (entries, per-day counts,
// leave, settings), sorted. A file that is not there is "no database file".
func snapshot(t *testing.T, path string) string {
	t.Helper()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return "no database file"
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	ctx := context.Background()
	var b strings.Builder
	var id, version int64
	if err := db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version)`).Scan(&id, &version); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	fmt.Fprintf(&b, "application_id %d user_version %d\n", id, version)
	var tables []string
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		rows, err := db.QueryContext(ctx, `SELECT * FROM "`+table+`"`)
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		var lines []string
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%#v", vals))
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		slices.Sort(lines)
		fmt.Fprintf(&b, "table %s %q: %d rows\n%s\n", table, cols, len(lines), strings.Join(lines, "\n"))
	}
	return b.String()
}

// shown is what the commands show of a database: every entry, the settings,
// the leave around testToday and the glance.
func shown(t *testing.T, db string) string {
	t.Helper()
	var b strings.Builder
	for _, args := range [][]string{
		{"export", "--format", "json"},
		{"config"},
		{"leave", "list", "--year", "2025"},
		{"leave", "list", "--year", "2026"},
		{"status", "--json"},
	} {
		fmt.Fprintf(&b, "$ ritme %s\n%s", strings.Join(args, " "), must(t, db, args...))
	}
	return b.String()
}

// refused runs ritme ARGS on db (with testToday) and checks that it exits
// with code, says why on one stderr line beginning "ritme: ", prints nothing
// on stdout, and changes nothing. It returns the error line.
func refused(t *testing.T, db string, code int, args ...string) string {
	t.Helper()
	before := snapshot(t, db)
	out, errOut, got := ritme(t, db, args...)
	if got != code {
		t.Errorf("ritme %q: exit %d, want %d (stderr %q)", args, got, code, errOut)
	}
	checkErrLine(t, errOut)
	if out != "" {
		t.Errorf("ritme %q: stdout = %q, want nothing", args, out)
	}
	if after := snapshot(t, db); after != before {
		t.Errorf("ritme %q changed the database:\nbefore:\n%s\nafter:\n%s", args, before, after)
	}
	return errOut
}

// refusedAll runs refused for every args in cases, and checks besides that
// what the commands show (export, config, leave list, status) is the same
// after all of them as before.
func refusedAll(t *testing.T, db string, code int, cases [][]string) {
	t.Helper()
	before := shown(t, db)
	for _, args := range cases {
		refused(t, db, code, args...)
	}
	if after := shown(t, db); after != before {
		t.Errorf("refused commands changed what ritme shows:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// badCase is a refused command and what its error line must mention.
type badCase struct {
	want string
	args []string
}

// refusedWant is refusedAll for cases whose error line must mention want.
func refusedWant(t *testing.T, db string, code int, cases []badCase) {
	t.Helper()
	before := shown(t, db)
	for _, c := range cases {
		if line := refused(t, db, code, c.args...); !strings.Contains(line, c.want) {
			t.Errorf("ritme %q: error %q does not mention %q", c.args, line, c.want)
		}
	}
	if after := shown(t, db); after != before {
		t.Errorf("refused commands changed what ritme shows:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// exportedEntry is one entry of `ritme export --format json`.
type exportedEntry struct {
	ID        string `json:"id"`
	Date      string `json:"date"`
	Kind      string `json:"kind"`
	Who       string `json:"who"`
	Note      string `json:"note"`
	CreatedAt string `json:"created_at"`
	Outcome   string `json:"outcome"`
}

// exportedStage is one account's stage in `ritme export --format json`.
type exportedStage struct {
	Name  string `json:"name"`
	Stage string `json:"stage"`
}

// exported is the whole of `ritme export --format json`, a complete backup.
type exported struct {
	Version int `json:"version"`
	Start   *struct {
		Date string `json:"date"`
		By   string `json:"by"`
	} `json:"start"`
	Settings struct {
		RestDays   int `json:"rest_days"`
		BackupKeep int `json:"backup.keep"`
	} `json:"settings"`
	SettingsHistory []exportedChange   `json:"settings_history"`
	Leave           []exportedLeave    `json:"leave"`
	Accounts        []exportedStage    `json:"accounts"`
	FollowUps       []exportedFollowUp `json:"follow_ups"`
	Entries         []exportedEntry    `json:"entries"`
}

// exportedFollowUp is one follow-up, open or closed, in an export.
type exportedFollowUp struct {
	Who      string `json:"who"`
	Due      string `json:"due"`
	Kind     string `json:"kind"`
	Note     string `json:"note"`
	MadeOn   string `json:"made_on"`
	MadeAt   string `json:"made_at"`
	State    string `json:"state"`
	ClosedOn string `json:"closed_on"`
	Entry    string `json:"entry"`
}

// exportedChange is one change of a setting in an export, as `config
// history --json` prints it.
type exportedChange struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	From   string `json:"from"`
	MadeAt string `json:"made_at"`
}

// exportedLeave is one date of leave in an export.
type exportedLeave struct {
	Date string `json:"date"`
	Kind string `json:"kind"`
}

// entries returns every entry of db, as export writes them.
func entries(t *testing.T, db string) []exportedEntry {
	t.Helper()
	var v exported
	decodeJSON(t, must(t, db, "export", "--format", "json"), &v)
	return v.Entries
}

// decodeJSON decodes s into v, refusing unknown fields.
func decodeJSON(t *testing.T, s string, v any) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decode %T: %v\n%s", v, err, s)
	}
}

// seeded returns a database with a little of everything: entries of every
// kind on several days, a changed setting and registered leave, so that
// "nothing written" has something to compare.
func seeded(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	must(t, db, "log", "mail", "-n", "5", "--date", "2026-02-26", "--who", "Acme BV")
	must(t, db, "log", "call", "-n", "2", "--date", "2026-02-26")
	must(t, db, "log", "visit", "--date", "2026-02-27", "--note", "demo")
	must(t, db, "log", "mail", "-n", "2", "--who", "Bakker Bouw")
	must(t, db, "config", "set", "vacation_days", "20")
	must(t, db, "leave", "add", "2026-02-23", "2026-02-24", "--kind", "sick")
	return db
}

// writeFile writes a test file and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
