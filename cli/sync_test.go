package cli

// Sync through the real binary and a real PostgreSQL (see internal/pgtest):
// two files of one rep, one server. The tests skip without a server; with
// RITME_PG=1 (as .ci/run sets it) they fail instead.

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"ritme/internal/pgtest"
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
	out := must(t, db, "sync", "setup", withPassword+"&password=other-s3cr3t")
	if strings.Contains(out, "s3cr3t") {
		t.Fatalf("setup printed the password: %q", out)
	}
	must(t, db, "log", "mail")
	must(t, db, "sync")
	for _, f := range []string{db, db + "-wal"} {
		if b, err := os.ReadFile(f); err == nil && strings.Contains(string(b), "s3cr3t") {
			t.Fatalf("%s holds the password", f)
		}
	}
	if got := must(t, db, "sync", "status"); !strings.Contains(got, "postgres://root@127.0.0.1") {
		t.Fatalf("sync status = %q, want the server without its password", got)
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
