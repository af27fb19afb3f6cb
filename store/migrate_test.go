package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// makeVersion builds the database that an older schema version left: the
// first version migration scripts applied, in the rollback-journal mode of a
// plain SQLite file, with our application id and user_version set, the given
// entries inserted with the columns every version has (no account, no
// outcome), one setting and one day of leave.
func makeVersion(t *testing.T, path string, version int, entries []rhythm.Entry, setting, leave [2]string) {
	t.Helper()
	raw := rawOpen(t, path)
	tx, err := raw.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	names, err := filepath.Glob(filepath.Join("migrations", "*.sql"))
	if err != nil || len(names) < version {
		t.Fatalf("migrations: %v, %v", names, err)
	}
	slices.Sort(names)
	for _, name := range names[:version] {
		script, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(string(script)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for _, e := range entries {
		if _, err := tx.Exec(`INSERT INTO entries (id, date, kind, who, note, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			e.ID, e.Date.String(), string(e.Kind), e.Who, e.Note, e.CreatedAt.Format(store.TimeFormat)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?)`, setting[0], setting[1]); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO leave (date, kind) VALUES (?, ?)`, leave[0], leave[1]); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(fmt.Sprintf(`PRAGMA application_id = %d; PRAGMA user_version = %d`, store.ApplicationID, version)); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
}

// makeVersion1 builds a version-1 database with target.mail 6 and
// vacation on 2025-12-24.
func makeVersion1(t *testing.T, path string, entries []rhythm.Entry) {
	t.Helper()
	makeVersion(t, path, 1, entries, [2]string{"target.mail", "6"}, [2]string{"2025-12-24", "vacation"})
}

// version1Entries returns entries over a few dates and kinds, with several
// on one date and kind, and a kind the user added.
func version1Entries(t *testing.T) []rhythm.Entry {
	t.Helper()
	at := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
	var out []rhythm.Entry
	add := func(d string, k rhythm.Kind, n int) {
		for range n {
			at = at.Add(time.Minute)
			out = append(out, rhythm.Entry{ID: store.NewID(), Date: date(t, d), Kind: k, Who: "Bram", CreatedAt: at})
		}
	}
	add("2025-12-01", rhythm.Mail, 5)
	add("2025-12-01", rhythm.Call, 2)
	add("2025-12-01", rhythm.Visit, 1)
	add("2025-12-02", rhythm.Mail, 7)
	add("2025-12-03", rhythm.Call, 1)
	add("2025-12-31", "linkedin", 3)
	add("2026-01-02", rhythm.Mail, 1)
	return out
}

func TestMigrateFromVersion1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	entries := version1Entries(t)
	makeVersion1(t, path, entries)

	db := mustOpenPath(t, path)
	raw := rawOpen(t, path)
	if v := pragmaInt(t, raw, "user_version"); v != int64(store.SchemaVersion) {
		t.Errorf("user_version = %d, want %d", v, store.SchemaVersion)
	}
	if id := pragmaInt(t, raw, "application_id"); id != store.ApplicationID {
		t.Errorf("application_id = %#x, want %#x", id, store.ApplicationID)
	}
	var mode string
	if err := raw.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}

	want := map[string]int{}
	for _, e := range entries {
		want[e.Date.String()+" "+string(e.Kind)]++
	}
	got := map[string]int{}
	for _, r := range queryCounts(t, raw, `SELECT date, kind, n FROM day_counts`) {
		got[r.Date+" "+r.Kind] = r.N
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("day_counts after migrating = %v, want %v", got, want)
	}

	// The old rows read back unchanged, with settings and leave.
	all, err := db.Entries(ctx, store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(all, entries, func(a, b rhythm.Entry) bool {
		return a.ID == b.ID && a.Date == b.Date && a.Kind == b.Kind && a.Who == b.Who && a.CreatedAt.Equal(b.CreatedAt)
	}) {
		t.Errorf("entries after migrating = %v,\nwant %v", all, entries)
	}
	tr, s, err := db.Tracker(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.History().TargetOn(rhythm.Mail, date(t, "1990-01-01")); got.N != 6 {
		t.Errorf("target.mail = %v after migrating, want 6 since the beginning", got)
	}
	// A version 1 database's start becomes its earliest entry, ritme's own.
	if s.Start != entries[0].Date || s.StartByRep {
		t.Errorf("start after migrating = %v (by the rep: %v), want the earliest entry %v", s.Start, s.StartByRep, entries[0].Date)
	}
	if cs := s.History.Changes("target.mail"); len(cs) != 1 || !cs[0].From.IsZero() {
		t.Errorf("target.mail's history after migrating = %+v, want one change since the beginning", cs)
	}
	if !tr.Calendar.IsLeave(date(t, "2025-12-24")) {
		t.Error("the leave of 2025-12-24 is gone after migrating")
	}
	if got := tr.Ledger.Count(date(t, "2025-12-02"), rhythm.Mail); got != 7 {
		t.Errorf("ledger: %d mails on 2025-12-02, want 7", got)
	}
	if got := tr.Ledger.Count(date(t, "2025-12-31"), "linkedin"); got != 3 {
		t.Errorf("ledger: %d linkedin on 2025-12-31, want 3", got)
	}
	if got, _ := s.Get("target.mail", date(t, "2026-01-01")); got != "6" {
		t.Errorf("settings: target.mail = %s after migrating, want 6", got)
	}

	// The migrated schema keeps the counts in step from now on.
	if _, err := db.Log(ctx, date(t, "2025-12-03"), rhythm.Call, 2, "", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Undo(ctx, date(t, "2025-12-01")); err != nil {
		t.Fatal(err)
	}
	checkDayCounts(t, path)

	// Opening again does not migrate again.
	db.Close()
	mustOpenPath(t, path)
	checkDayCounts(t, path)
	if v := pragmaInt(t, raw, "user_version"); v != int64(store.SchemaVersion) {
		t.Errorf("user_version = %d after reopening, want %d", v, store.SchemaVersion)
	}
}

// makeVersion3 builds a version-3 database with target.call 3 and a sick
// day on 2026-02-20.
func makeVersion3(t *testing.T, path string, entries []rhythm.Entry) {
	t.Helper()
	makeVersion(t, path, 3, entries, [2]string{"target.call", "3"}, [2]string{"2026-02-20", "sick"})
}

func TestMigrateFromVersion3(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	// Who values that differ in case and spacing name one account; the
	// empty who names none; a tab counts as a space.
	at := time.Date(2026, 2, 2, 9, 0, 0, 0, time.UTC)
	var entries []rhythm.Entry
	add := func(d string, k rhythm.Kind, who, note string) {
		at = at.Add(time.Minute)
		entries = append(entries, rhythm.Entry{ID: store.NewID(), Date: date(t, d), Kind: k, Who: who, Note: note, CreatedAt: at})
	}
	add("2026-02-02", rhythm.Mail, "Acme BV", "first mail")
	add("2026-02-02", rhythm.Mail, "  acme   bv ", "")
	add("2026-02-03", rhythm.Call, "Jansen\tZn", "called back")
	add("2026-02-02", rhythm.Visit, "", "walk-in") // back-filled
	add("2026-02-04", rhythm.Mail, "ACME BV", "line one\nline two")
	add("2026-02-04", "linkedin", "Jansen Zn", "")
	add("2026-02-04", rhythm.Mail, "", "")
	makeVersion3(t, path, entries)

	db := mustOpenPath(t, path)
	raw := rawOpen(t, path)
	if v := pragmaInt(t, raw, "user_version"); v != int64(store.SchemaVersion) {
		t.Errorf("user_version = %d, want %d", v, store.SchemaVersion)
	}

	// Every entry reads back field by field, with no outcome.
	all, err := db.Entries(ctx, store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(entries) {
		t.Fatalf("%d entries after migrating, want %d", len(all), len(entries))
	}
	byID := map[string]rhythm.Entry{}
	for _, e := range all {
		byID[e.ID] = e
	}
	for _, want := range entries {
		got, ok := byID[want.ID]
		switch {
		case !ok:
			t.Errorf("entry %s is gone", want.ID)
		case got.Date != want.Date || got.Kind != want.Kind || got.Who != want.Who || got.Note != want.Note ||
			!got.CreatedAt.Equal(want.CreatedAt) || got.Outcome != rhythm.NoOutcome:
			t.Errorf("entry after migrating = %+v,\nwant %+v with no outcome", got, want)
		}
	}

	// The account key of every entry is filled in, with rhythm.AccountKey;
	// the outcome column is empty.
	rows, err := raw.Query(`SELECT id, account, outcome FROM entries`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var id, account, outcome string
		if err := rows.Scan(&id, &account, &outcome); err != nil {
			t.Fatal(err)
		}
		n++
		if want := rhythm.AccountKey(byID[id].Who); account != want {
			t.Errorf("entry %s (who %q): account %q, want %q", id, byID[id].Who, account, want)
		}
		if outcome != "" {
			t.Errorf("entry %s: outcome %q, want none", id, outcome)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	if n != len(entries) {
		t.Errorf("%d rows, want %d", n, len(entries))
	}

	// day_counts is still right, and so are the settings and leave.
	want := map[string]int{}
	for _, e := range entries {
		want[e.Date.String()+" "+string(e.Kind)]++
	}
	got := map[string]int{}
	for _, r := range queryCounts(t, raw, `SELECT date, kind, n FROM day_counts`) {
		got[r.Date+" "+r.Kind] = r.N
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("day_counts after migrating = %v, want %v", got, want)
	}
	checkDayCounts(t, path)
	tr, _, err := db.Tracker(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if call := tr.History().TargetOn(rhythm.Call, date(t, "2026-02-20")); call.N != 3 || !tr.Calendar.IsLeave(date(t, "2026-02-20")) {
		t.Errorf("after migrating: target.call %v, leave on 2026-02-20 %v; want 3, true", call, tr.Calendar.IsLeave(date(t, "2026-02-20")))
	}
	if got := tr.Ledger.Count(date(t, "2026-02-04"), rhythm.Mail); got != 2 {
		t.Errorf("ledger: %d mails on 2026-02-04, want 2", got)
	}

	// The accounts: Acme's three spellings are one account shown with the
	// most recent, Jansen's two are another; all suspects.
	accounts, err := db.Accounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	summary := map[string]string{}
	for _, a := range accounts {
		summary[a.Key] = fmt.Sprintf("%s|%s|%d", a.Name, a.Stage, a.Touches)
	}
	if w := map[string]string{"acme": "ACME BV|suspect|3", "jansen zn": "Jansen Zn|suspect|2"}; fmt.Sprint(summary) != fmt.Sprint(w) {
		t.Errorf("accounts after migrating = %v, want %v", summary, w)
	}

	// New entries get their account and outcome; opening again does not
	// migrate again.
	if _, err := db.LogEntries(ctx, rhythm.Entry{Date: date(t, "2026-02-05"), Kind: rhythm.Mail, Who: "acme bv", Outcome: rhythm.Reply}, 1); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = mustOpenPath(t, path)
	if v := pragmaInt(t, raw, "user_version"); v != int64(store.SchemaVersion) {
		t.Errorf("user_version = %d after reopening, want %d", v, store.SchemaVersion)
	}
	if n, _ := db.EntryCount(ctx); n != len(entries)+1 {
		t.Errorf("EntryCount() = %d after reopening, want %d", n, len(entries)+1)
	}
	checkDayCounts(t, path)
}
