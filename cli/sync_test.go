package cli

// Sync through the real binary and a real PostgreSQL (see internal/pgtest):
// two files of one rep, one server. The tests skip without a server; with
// RITME_PG=1 (as .ci/run sets it) they fail instead.

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"ritme/internal/pgtest"
	"ritme/postgres"
)

// syncedPair returns two new database files of one rep, both set up to sync
// through url.
func syncedPair(t *testing.T, url string) (a, b string) {
	t.Helper()
	a, b = newDB(t), newDB(t)
	must(t, a, "sync", "setup", url, "--rep", "anna")
	must(t, b, "sync", "setup", url, "--rep", "anna")
	return a, b
}

// sameData fails unless a and b hold the same data, as the complete export
// and the figures show it (entries in id order: two files may store
// entries of the same time in another order).
func sameData(t *testing.T, a, b string, dates ...string) {
	t.Helper()
	if ea, eb := exportSorted(t, a), exportSorted(t, b); ea != eb {
		t.Fatalf("the files differ:\n%s\n---\n%s", ea, eb)
	}
	for _, d := range dates {
		for _, args := range [][]string{{"status", "--json"}, {"report", "--json"}, {"follow-ups", "--json"}, {"leave", "list"}, {"config", "history", "--json"}} {
			if oa, ob := mustAt(t, a, d, args...), mustAt(t, b, d, args...); oa != ob {
				t.Fatalf("%s on %s differs:\n%s\n---\n%s", strings.Join(args, " "), d, oa, ob)
			}
		}
	}
}

// exportSorted is the JSON export of db with its entries in id order.
func exportSorted(t *testing.T, db string) string {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal([]byte(must(t, db, "export", "--format", "json")), &v); err != nil {
		t.Fatal(err)
	}
	list, _ := v["entries"].([]any)
	slices.SortFunc(list, func(x, y any) int {
		return strings.Compare(x.(map[string]any)["id"].(string), y.(map[string]any)["id"].(string))
	})
	out, _ := json.MarshalIndent(v, "", " ")
	return string(out)
}

// syncJSON runs ritme sync --json on db and returns what it moved.
func syncOnce(t *testing.T, db string) syncJSON {
	t.Helper()
	var s syncJSON
	decodeJSON(t, must(t, db, "sync", "--json"), &s)
	return s
}

func TestSyncTickShowsOnTheOtherMachine(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "log", "mail", "-n", "2", "--who", "Acme BV")
	if s := syncOnce(t, a); s.Sent != 3 || s.Waiting != 0 { // 2 entries and the start
		t.Fatalf("a's sync = %+v, want 3 sent, none waiting", s)
	}
	if s := syncOnce(t, b); s.Received != 3 {
		t.Fatalf("b's sync = %+v, want 3 received", s)
	}
	if got := must(t, b, "status", "--line"); !strings.HasPrefix(got, "mail 2/5") {
		t.Fatalf("b's status --line = %q, want mail 2/5", got)
	}
	sameData(t, a, b, testToday)
	if s := syncOnce(t, b); s.Sent != 0 || s.Received != 0 {
		t.Fatalf("a sync with nothing new moved %+v", s)
	}
}

func TestSyncEditsAndDeletesTravel(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "log", "mail", "-n", "3", "--who", "Acme BV", "--date", "2026-02-26")
	must(t, a, "log", "call", "--who", "Bakker Bouw", "--next", "2026-03-04")
	must(t, a, "leave", "add", "2026-02-23", "--kind", "sick")
	must(t, a, "config", "set", "target.mail", "6", "--from", "2026-02-01")
	must(t, a, "config", "set", "start_date", "2026-01-05")
	syncOnce(t, a)
	syncOnce(t, b)
	sameData(t, a, b, testToday, "2026-02-27")

	// b edits: an outcome, a stage, a follow-up cleared, a leave kind, an undo.
	id := entries(t, b)[0].ID
	must(t, b, "outcome", id, "meeting")
	must(t, b, "account", "set", "Acme BV", "--stage", "prospect")
	must(t, b, "follow-up", "Bakker Bouw", "--clear")
	must(t, b, "leave", "add", "2026-02-23", "--kind", "vacation")
	must(t, b, "undo", "--date", "2026-02-26")
	must(t, b, "config", "set", "target.linkedin", "1", "--from", "2026-03-02")
	syncOnce(t, b)
	syncOnce(t, a)
	sameData(t, a, b, testToday, "2026-02-27")
	if n := len(entries(t, a)); n != 3 {
		t.Fatalf("a has %d entries after b's undo, want 3", n)
	}
}

func TestSyncConcurrentOfflineEditsConverge(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "log", "mail", "--who", "Acme BV", "--date", "2026-02-27")
	syncOnce(t, a)
	syncOnce(t, b)
	id := entries(t, a)[0].ID
	// Offline, both change the same rows.
	must(t, a, "outcome", id, "reply")
	must(t, b, "outcome", id, "proposal")
	must(t, a, "config", "set", "target.call", "3", "--from", "2026-03-02")
	must(t, b, "config", "set", "target.call", "4", "--from", "2026-03-02")
	must(t, a, "leave", "add", "2026-02-25")
	must(t, b, "leave", "add", "2026-02-25", "--kind", "training")
	must(t, a, "follow-up", "Acme BV", "2026-03-05")
	must(t, b, "follow-up", "Acme BV", "2026-03-06", "--kind", "call")
	must(t, b, "log", "visit", "--who", "Acme BV")
	must(t, a, "undo", "--date", "2026-02-27")
	syncOnce(t, a)
	syncOnce(t, b)
	syncOnce(t, a)
	sameData(t, a, b, testToday, "2026-02-27")
}

func TestSyncRefusesANewerServer(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, _ := syncedPair(t, pg.URL())
	must(t, a, "log", "mail")
	pg.Exec(t, `UPDATE ritme.meta SET version = 99`)
	_, errOut, code := ritme(t, a, "sync")
	if code != 1 || !strings.Contains(errOut, "version 99, made by a newer ritme") {
		t.Fatalf("sync with a newer server: exit %d, stderr %q", code, errOut)
	}
	checkErrLine(t, errOut)
	_, errOut, code = ritme(t, newDB(t), "sync", "setup", pg.URL())
	if code != 1 || !strings.Contains(errOut, "newer ritme") {
		t.Fatalf("setup on a newer server: exit %d, stderr %q", code, errOut)
	}
}

func TestSyncNeverStoresThePassword(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	db := newDB(t)
	withPassword := strings.Replace(pg.URL(), "://root@", "://root:s3cr3t-pw@", 1)
	out, errOut, code := ritme(t, db, "sync", "setup", withPassword+"&password=other-s3cr3t")
	if code != 0 || strings.Contains(out+errOut, "s3cr3t") {
		t.Fatalf("setup with a password: exit %d, stdout %q, stderr %q; want 0 and no password", code, out, errOut)
	}
	// It says once that the password was not stored.
	if !strings.Contains(errOut, "not stored") || !strings.Contains(errOut, "PGPASSWORD") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("setup with a password: stderr %q, want one line that says it was not stored and PGPASSWORD", errOut)
	}
	if _, errOut, _ := ritme(t, newDB(t), "sync", "setup", pg.URL()); errOut != "" {
		t.Errorf("setup without a password: stderr %q, want nothing", errOut)
	}
	must(t, db, "log", "mail")
	must(t, db, "sync")
	if got := must(t, db, "sync", "status"); !strings.Contains(got, "postgres://root@127.0.0.1") {
		t.Fatalf("sync status = %q, want the server without its password", got)
	}

	// team init takes a password too, and says the same.
	admin := newDB(t)
	team := pgtest.NewDatabase(t)
	out, errOut, code = ritme(t, admin, "team", "init", strings.Replace(team.URL(), "://root@", "://root:s3cr3t-pw@", 1))
	if code != 0 || strings.Contains(out+errOut, "s3cr3t") || !strings.Contains(errOut, "not stored") {
		t.Errorf("team init with a password: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	// What cannot be used is bad input, said without any part of the
	// password, before the server is asked or the file is changed.
	host := "host=127.0.0.1 user=root dbname=" + pg.Name + " sslmode=disable"
	bad := []struct{ url, want string }{
		{"postgres://root:s3cr3t@[::1", "postgres://root@[::1: not a server URL"},
		{"postgres://root:p@ss:s3cr3t@[::1", "postgres://root@[::1: not a server URL"},
		{"postgres://root:p@s3cr3t@127.0.0.1/" + pg.Name, "percent-encoded"},
		{"postgres://root:pa s3cr3t@127.0.0.1/" + pg.Name, "not a server URL"},
		{host + " password='a s3cr3t'", "PGPASSWORD or ~/.pgpass"},
		{host + " password=s3cr3t", "PGPASSWORD or ~/.pgpass"},
		{host + ` password='a\' s3cr3t'`, "PGPASSWORD or ~/.pgpass"},
		{host + " password='a s3cr3t", "PGPASSWORD or ~/.pgpass"},
	}
	for _, c := range bad {
		for _, args := range [][]string{{"sync", "setup", c.url}, {"team", "init", c.url}, {"team", "--server", c.url},
			{"team", "add-rep", "anna", "--server", c.url}} {
			line := refused(t, db, 2, args...)
			if strings.Contains(line, "s3cr") || strings.Contains(line, "cr3t") || !strings.Contains(line, c.want) {
				t.Errorf("ritme %q: %q, want %q and no part of the password", args, line, c.want)
			}
		}
	}
	for _, f := range []string{db, db + "-wal", admin, admin + "-wal"} {
		if b, err := os.ReadFile(f); err == nil && strings.Contains(string(b), "s3cr3t") {
			t.Fatalf("%s holds the password", f)
		}
	}
}

func TestSyncNotSetUp(t *testing.T) {
	db := newDB(t)
	_, errOut, code := ritme(t, db, "sync")
	if code != 1 || !strings.Contains(errOut, "sync is not set up") {
		t.Fatalf("sync on no file: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("sync on no file made it (%v)", err)
	}
	must(t, db, "log", "mail")
	_, errOut, code = ritme(t, db, "sync")
	if code != 1 || !strings.Contains(errOut, "sync is not set up") {
		t.Fatalf("sync without setup: exit %d, stderr %q", code, errOut)
	}
	checkErrLine(t, errOut)
	if got := must(t, db, "sync", "status"); !strings.Contains(got, "not set up") || !strings.Contains(got, "2 changes") { // the entry and the start
		t.Fatalf("sync status without setup = %q", got)
	}
	// Bad URLs are bad input and write nothing.
	before := snapshot(t, db)
	for _, url := range []string{"postgres://x y", "host=127.0.0.1 port=notaport"} {
		_, errOut, code := ritme(t, db, "sync", "setup", url)
		if code != 2 {
			t.Fatalf("setup %q: exit %d, stderr %q; want 2", url, code, errOut)
		}
		checkErrLine(t, errOut)
	}
	if snapshot(t, db) != before {
		t.Fatal("a refused setup changed the file")
	}
}

func TestSyncSetupRefusesADatabaseOfOthers(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	pg.Exec(t, `CREATE TABLE customers (id int)`)
	db := newDB(t)
	if line := refused(t, db, 1, "sync", "setup", pg.URL()); !strings.Contains(line, "other tables") || !strings.Contains(line, "database of its own") {
		t.Errorf("setup on a database of other tables: %q", line)
	}
	if pg.Has(t, "ritme.meta") {
		t.Error("the refused setup made the schema")
	}
}

func TestSyncSetupChecksTheFileFirst(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	other := writeFile(t, "notes.db", "not a database of ritme's\n")
	_, errOut, code := ritme(t, other, "sync", "setup", pg.URL())
	if code != 1 || !strings.Contains(errOut, "not a ritme database") {
		t.Errorf("setup on another program's file: exit %d, stderr %q", code, errOut)
	}
	checkErrLine(t, errOut)
	if b, err := os.ReadFile(other); err != nil || string(b) != "not a database of ritme's\n" {
		t.Errorf("setup changed another program's file: %q, %v", b, err)
	}
	readOnly := newDB(t)
	must(t, readOnly, "log", "mail")
	if err := os.Chmod(readOnly, 0o400); err != nil {
		t.Fatal(err)
	}
	if line := refused(t, readOnly, 1, "sync", "setup", pg.URL()); !strings.Contains(line, "read-only") {
		t.Errorf("setup on a read-only file: %q", line)
	}
	if pg.Has(t, "ritme.meta") {
		t.Error("a setup refused for its file made the server's schema")
	}
	// A file that is not there is made only once the server agreed.
	none := newDB(t)
	refused(t, none, 1, "sync", "setup", "postgres://root@127.0.0.1:1/test?sslmode=disable&connect_timeout=2")
	if _, err := os.Stat(none); !os.IsNotExist(err) {
		t.Errorf("a setup the server refused made the file (%v)", err)
	}
}

func TestSyncSetupOnATeamServer(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	anna, boss, eve := pg.NewRole("anna"), pg.NewRole("boss"), pg.NewRole("eve")
	admin := newDB(t)
	must(t, admin, "team", "init", pg.URL())
	must(t, admin, "team", "add-rep", anna)
	must(t, admin, "team", "add-manager", boss)

	// A manager does not sync; the file remembers the server for ritme
	// team, which then needs no --server.
	managerDB := newDB(t)
	if out := must(t, managerDB, "sync", "setup", pg.URLAs(boss)); !strings.Contains(out, boss+" is a manager of this team") {
		t.Errorf("setup of a manager: %q", out)
	}
	if st := must(t, managerDB, "sync", "status"); !strings.Contains(st, "not set up") {
		t.Errorf("a manager's file is set up to sync: %q", st)
	}
	must(t, managerDB, "team", "--json")
	if line := refused(t, newDB(t), 1, "sync", "setup", pg.URLAs(eve)); !strings.Contains(line, "ritme team add-rep "+eve) {
		t.Errorf("setup of a stranger: %q, want it to say ritme team add-rep %s", line, eve)
	}

	a := newDB(t)
	must(t, a, "sync", "setup", pg.URLAs(anna))
	must(t, a, "log", "mail")
	syncOnce(t, a)

	// A raw refusal of the server is said in one clear line.
	pg.Exec(t, `REVOKE INSERT ON ritme.rows FROM ritme_rep_`+pg.Name)
	must(t, a, "log", "call")
	_, errOut, code := ritme(t, a, "sync")
	if code != 1 || !strings.Contains(errOut, "the server refused this role (permission denied for table rows)") || !strings.Contains(errOut, "(1 change)") {
		t.Errorf("sync refused by the server: exit %d, stderr %q", code, errOut)
	}
	checkErrLine(t, errOut)

	// A rep taken out of the team is told so.
	pg.Exec(t, `GRANT INSERT ON ritme.rows TO ritme_rep_`+pg.Name+`; REVOKE ritme_rep_`+pg.Name+` FROM `+anna)
	_, errOut, code = ritme(t, a, "sync")
	if code != 1 || !strings.Contains(errOut, anna+" is not a rep of this team") {
		t.Errorf("sync of a rep no longer in the team: exit %d, stderr %q", code, errOut)
	}
	checkErrLine(t, errOut)
}

func TestSyncRefusesAnOlderServer(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	anna, boss := pg.NewRole("anna"), pg.NewRole("boss")
	admin := newDB(t)
	must(t, admin, "team", "init", pg.URL())
	must(t, admin, "team", "add-rep", anna)
	must(t, admin, "team", "add-manager", boss)
	a := newDB(t)
	must(t, a, "sync", "setup", pg.URLAs(anna))
	pg.Exec(t, `UPDATE ritme.meta SET version = 0`)
	for _, c := range []struct {
		db   string
		args []string
	}{{a, []string{"sync"}}, {newDB(t), []string{"sync", "setup", pg.URLAs(anna)}}, {newDB(t), []string{"team", "--server", pg.URLAs(boss)}}} {
		_, errOut, code := ritme(t, c.db, c.args...)
		if code != 1 || !strings.Contains(errOut, "version 0, older than this ritme's") || !strings.Contains(errOut, "ritme team init") {
			t.Errorf("ritme %q on an older server: exit %d, stderr %q", c.args, code, errOut)
		}
		checkErrLine(t, errOut)
	}
}

// TestSyncGivesUpOnABusyServer runs ritme in this process, with the
// server's lock timeout shortened from 10 s to 1 s: a lock that another
// connection holds, here the rep's own that any role may take, ends sync
// and team with exit 1 and one line that says the server was busy.
func TestSyncGivesUpOnABusyServer(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	defer func(d time.Duration) { postgres.LockTimeout = d }(postgres.LockTimeout)
	postgres.LockTimeout = time.Second
	db := newDB(t)
	must(t, db, "sync", "setup", pg.URL(), "--rep", "anna")
	must(t, db, "log", "mail")

	ctx := context.Background()
	holder, err := pgx.Connect(ctx, pg.URLAs(pg.NewRole("eve")))
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close(ctx)
	if _, err := holder.Exec(ctx, `SELECT pg_advisory_lock(hashtext('ritme rep anna'))`); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, int, time.Duration) {
		var out, errOut strings.Builder
		start := time.Now()
		code := Run(ctx, append([]string{"--db", db, "--today", testToday, "--lang", "en"}, args...), strings.NewReader(""), &out, &errOut)
		return errOut.String(), code, time.Since(start)
	}
	errOut, code, took := run("sync")
	if code != 1 || !strings.Contains(errOut, "the server was busy") || !strings.Contains(errOut, "(2 changes)") {
		t.Errorf("sync while another holds the rep's lock: exit %d, stderr %q", code, errOut)
	}
	checkErrLine(t, errOut)
	if took > postgres.LockTimeout+5*time.Second {
		t.Errorf("sync gave up after %v, want about the lock timeout (%v)", took, postgres.LockTimeout)
	}
	if _, err := holder.Exec(ctx, `SELECT pg_advisory_unlock_all()`); err != nil {
		t.Fatal(err)
	}
	if errOut, code, _ := run("sync"); code != 0 {
		t.Fatalf("sync once the lock is free: exit %d, stderr %q", code, errOut)
	}

	// The team's reads give up alike on a table that someone locked.
	team := pgtest.NewDatabase(t)
	boss := team.NewRole("boss")
	must(t, db, "team", "init", team.URL())
	must(t, db, "team", "add-manager", boss, "--server", team.URL())
	owner, err := pgx.Connect(ctx, team.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer owner.Close(ctx)
	tx, err := owner.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, `LOCK TABLE ritme.rows IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	errOut, code, took = run("team", "--server", team.URLAs(boss))
	if code != 1 || !strings.Contains(errOut, "the server was busy") || took > postgres.LockTimeout+5*time.Second {
		t.Errorf("team while a table is locked: exit %d after %v, stderr %q", code, took, errOut)
	}
	checkErrLine(t, errOut)
}
