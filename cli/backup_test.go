package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
)

// TestBackupCommand: backup writes a copy that ritme opens with everything
// in it, by default in backups/ beside the database; an existing PATH needs
// --force; the database itself, a folder and a missing folder are bad
// input; without a database there is nothing to back up, and nothing is
// made.
func TestBackupCommand(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	want := must(t, db, "export", "--format", "json")
	out := must(t, db, "backup")
	m := regexp.MustCompile(`^backed up 10 entries to (.*/backups/ritme-\d{4}-\d{2}-\d{2}T\d{6}\.db)\n$`).FindStringSubmatch(out)
	if m == nil || filepath.Dir(filepath.Dir(m[1])) != filepath.Dir(db) {
		t.Fatalf("backup printed %q", out)
	}
	if got := must(t, m[1], "export", "--format", "json"); got != want {
		t.Errorf("the backup exports otherwise:\n%s\nwant:\n%s", got, want)
	}
	if fi, err := os.Stat(m[1]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the backup's mode: %v", err)
	}

	path := filepath.Join(t.TempDir(), "copy.db")
	must(t, db, "backup", path)
	if got := must(t, path, "export", "--format", "json"); got != want {
		t.Errorf("backup PATH exports otherwise:\n%s", got)
	}
	must(t, db, "log", "visit")
	before, _ := os.ReadFile(path)
	if line := refused(t, db, 2, "backup", path); !strings.Contains(line, "--force") {
		t.Errorf("backup over a file: %q", line)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Errorf("a refused backup changed %s", path)
	}
	must(t, db, "backup", path, "--force")
	if n := len(entries(t, path)); n != 11 {
		t.Errorf("backup --force: the copy has %d entries, want 11", n)
	}
	refusedWant(t, db, 2, []badCase{
		{"the database itself", []string{"backup", db}},
		{"the database itself", []string{"backup", db + "-wal", "--force"}},
		{"folder", []string{"backup", t.TempDir()}},
		{"no such", []string{"backup", filepath.Join(t.TempDir(), "missing", "copy.db")}},
		{"", []string{"backup", "a.db", "b.db"}},
	})

	// No database: exit 1, and neither a file nor a folder appears.
	dir := filepath.Join(t.TempDir(), "none")
	for _, args := range [][]string{{"backup"}, {"backup", filepath.Join(t.TempDir(), "copy.db")}} {
		if line := refused(t, filepath.Join(dir, "ritme.db"), 1, args...); !strings.Contains(line, "no database") {
			t.Errorf("backup without a database: %q", line)
		}
		if _, err := os.Stat(dir); err == nil {
			t.Fatalf("backup without a database made %s", dir)
		}
	}
}

// TestBackupOfReadOnlyDatabase: backup only reads, so it works on a
// database ritme may not write, and makes only its own folder.
func TestBackupOfReadOnlyDatabase(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	want := must(t, db, "export", "--format", "json")
	if err := os.Chmod(db, 0o444); err != nil {
		t.Fatal(err)
	}
	out := must(t, db, "backup")
	copied := strings.TrimSpace(out[strings.LastIndex(out, " ")+1:])
	if got := must(t, copied, "export", "--format", "json"); got != want {
		t.Errorf("the backup of a read-only database exports otherwise:\n%s", got)
	}
	if got := folderFiles(t, filepath.Dir(db)); !slices.Equal(got, []string{"backups", "ritme.db"}) {
		t.Errorf("beside the read-only database: %v", got)
	}
}

// clockDate is the clock's local date, which names the day's snapshot.
func clockDate() rhythm.Date { return rhythm.DateOf(time.Now()) }

// TestSnapshots: the day's first write makes backups/snapshot-DATE.db,
// named by the clock's date, not --today, which ritme opens; it keeps the
// newest backup.keep and the newest of each of the 4 ISO weeks before the
// oldest of those, deletes no other file; backup.keep 0 turns it off.
func TestSnapshots(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	dir := filepath.Join(filepath.Dir(db), "backups")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	today := clockDate()
	// A snapshot for each of the 40 days before today, and other files.
	others := []string{"ritme-2026-01-01T101010.db", "snapshot-latest.db", "snapshot-2026-01-01.db.tmp", "notes.txt"}
	for _, name := range others {
		writeTestFile(t, filepath.Join(dir, name))
	}
	for d := today - 40; d < today; d++ {
		writeTestFile(t, filepath.Join(dir, "snapshot-"+d.String()+".db"))
	}
	must(t, db, "log", "mail", "--who", "Acme") // --today is 2026-03-02, whatever the clock says
	if clockDate() != today {
		t.Skip("the clock passed midnight during the test")
	}
	want := slices.Clone(others)
	for d := today - 6; d <= today; d++ {
		want = append(want, "snapshot-"+d.String()+".db")
	}
	for k := 1; k <= 4; k++ {
		sunday := rhythm.WeekStart(today-6) - rhythm.Date(7*k) + 6
		want = append(want, "snapshot-"+sunday.String()+".db")
	}
	slices.Sort(want)
	if got := folderFiles(t, dir); !slices.Equal(got, want) {
		t.Errorf("backups after the day's first write:\n%v\nwant:\n%v", got, want)
	}
	snap := filepath.Join(dir, "snapshot-"+today.String()+".db")
	if got := entries(t, snap); len(got) != 1 || got[0].Who != "Acme" {
		t.Errorf("the snapshot holds %+v", got)
	}
	// Later writes of the day leave it as it was.
	before, _ := os.ReadFile(snap)
	must(t, db, "log", "call")
	if after, _ := os.ReadFile(snap); string(after) != string(before) {
		t.Errorf("the day's second write changed the snapshot")
	}

	// backup.keep 0: no snapshot.
	db = newDB(t)
	must(t, db, "config", "set", "backup.keep", "0")
	os.RemoveAll(filepath.Join(filepath.Dir(db), "backups"))
	must(t, db, "log", "mail")
	if _, err := os.Stat(filepath.Join(filepath.Dir(db), "backups")); err == nil {
		t.Errorf("backup.keep 0 made a snapshot")
	}
}

// TestSnapshotFailureIsAWarning: a snapshot that cannot be made is one
// warning line; the write is saved and the command succeeds.
func TestSnapshotFailureIsAWarning(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	writeTestFile(t, filepath.Join(filepath.Dir(db), "backups")) // a file where the folder goes
	out, errOut, code := ritme(t, db, "log", "mail")
	if code != 0 || !strings.HasPrefix(out, "logged mail") {
		t.Errorf("log with a failing snapshot: exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errOut, "warning: the daily snapshot failed") || !strings.Contains(errOut, "saved") {
		t.Errorf("stderr %q, want the warning", errOut)
	}
	checkErrLine(t, errOut)
	if n := len(entries(t, db)); n != 1 {
		t.Errorf("%d entries saved, want 1", n)
	}
}

// writeTestFile writes a small file at path.
func writeTestFile(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
}
