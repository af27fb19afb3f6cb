package store_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"ritme/replica"
	"ritme/rhythm"
	"ritme/store"
)

// changes returns the changes db has waiting, by table and key.
func changes(t *testing.T, db *store.DB) map[string]replica.Row {
	t.Helper()
	rows, err := db.Replica().Changes(context.Background(), 1000)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]replica.Row{}
	for _, r := range rows {
		out[r.Table+" "+r.Key] = r
	}
	return out
}

func TestEveryWriteWaitsToBeSent(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	d := date(t, "2026-03-02")
	logged, err := db.Log(ctx, d, rhythm.Mail, 2, "Acme BV", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddLeave(ctx, date(t, "2026-03-03"), date(t, "2026-03-03"), rhythm.Vacation); err != nil {
		t.Fatal(err)
	}
	c := changes(t, db)
	for _, key := range []string{"entry " + logged[0].ID, "entry " + logged[1].ID, "start start", "leave 2026-03-03"} {
		if _, ok := c[key]; !ok {
			t.Errorf("no change waiting for %s; have %v", key, c)
		}
	}
	e := c["entry "+logged[0].ID]
	if e.Data["kind"] != "mail" || e.Data["who"] != "Acme BV" || e.Machine == "" || e.Stamp == 0 {
		t.Fatalf("entry change = %+v", e)
	}
	rows := make([]replica.Row, 0, len(c))
	for _, r := range c {
		rows = append(rows, r)
	}
	if err := db.Replica().Sent(ctx, rows); err != nil {
		t.Fatal(err)
	}
	if c := changes(t, db); len(c) != 0 {
		t.Fatalf("after Sent, still waiting: %v", c)
	}
	// An edit and a delete wait again, each later than what was sent.
	if err := db.UpdateEntry(ctx, e.Key, "Bakker", "note"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteEntry(ctx, logged[1].ID); err != nil {
		t.Fatal(err)
	}
	c = changes(t, db)
	if edit := c["entry "+e.Key]; edit.Stamp <= e.Stamp || edit.Data["who"] != "Bakker" {
		t.Fatalf("the edit = %+v, sent before %+v", edit, e)
	}
	if del := c["entry "+logged[1].ID]; !del.Deleted || del.Data != nil {
		t.Fatalf("the delete = %+v, want a tombstone", del)
	}
}

func TestApplyKeepsTheLaterVersion(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	logged, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Call, 1, "Acme", "")
	if err != nil {
		t.Fatal(err)
	}
	mine := changes(t, db)["entry "+logged[0].ID]
	older := replica.Row{Table: replica.TableEntry, Key: mine.Key, Stamp: mine.Stamp - 1, Machine: "zzz",
		Data: map[string]string{"date": "2026-03-02", "kind": "visit", "created_at": "2026-03-02T09:00:00.000000Z"}}
	if n, err := db.Replica().Apply(ctx, []replica.Row{older}, 7); err != nil || n != 0 {
		t.Fatalf("Apply of an older version = %d, %v; want 0 applied", n, err)
	}
	newer := older
	newer.Stamp = mine.Stamp + 1
	if n, err := db.Replica().Apply(ctx, []replica.Row{newer}, 8); err != nil || n != 1 {
		t.Fatalf("Apply of a newer version = %d, %v; want 1 applied", n, err)
	}
	if n, _ := db.DayCount(ctx, date(t, "2026-03-02"), rhythm.Visit); n != 1 {
		t.Fatalf("the newer version did not reach the counts: %d visits", n)
	}
	if _, pos, _ := db.Replica().Position(ctx); pos != 8 {
		t.Fatalf("position = %d, want 8", pos)
	}
	if c := changes(t, db); len(c) != 1 || c["start start"].Key == "" {
		t.Fatalf("an applied row waits to be sent again: %v", c)
	}
}

func TestBackupIsAFileOfItsOwn(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	cfg, err := db.SetUpSync(ctx, "postgres://anna@db/sales", "anna")
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := db.BackupTo(ctx, copyPath, false); err != nil {
		t.Fatal(err)
	}
	cp := mustOpenPath(t, copyPath)
	got, err := cp.SyncConfig(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.Server != "" || got.Machine != "" || got.Rep != "" {
		t.Fatalf("the copy keeps sync settings: %+v", got)
	}
	c := changes(t, cp)
	for _, r := range c {
		if r.Machine != cfg.Machine {
			t.Fatalf("a change in the copy is %+v, want it to stay the machine %s's", r, cfg.Machine)
		}
	}
	mine, err := cp.SetUpSync(ctx, "postgres://anna@db/sales", "anna")
	if err != nil {
		t.Fatal(err)
	}
	if mine.Machine == "" || mine.Machine == cfg.Machine {
		t.Fatalf("the copy's machine id is %q, the original's %q: want one of its own", mine.Machine, cfg.Machine)
	}
}

func TestApplyLeavesUnknownTablesAlone(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	newer := replica.Row{Table: "forecast", Key: "2027", Stamp: 1, Machine: "m", Data: map[string]string{"n": "5"}}
	if n, err := db.Replica().Apply(ctx, []replica.Row{newer}, 3); err != nil || n != 0 {
		t.Fatalf("Apply of a newer ritme's table = %d, %v; want 0, nil", n, err)
	}
	if _, pos, _ := db.Replica().Position(ctx); pos != 3 {
		t.Fatalf("position = %d, want 3: the row is stepped over", pos)
	}
}

// TestMigrateFromVersion6: what a file held before sync existed waits to
// be sent, as this machine's: every entry, the leave and the start.
func TestMigrateFromVersion6(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ritme.db")
	at := time.Date(2026, 2, 2, 9, 0, 0, 0, time.UTC)
	entries := []rhythm.Entry{
		{ID: store.NewID(), Date: date(t, "2026-02-02"), Kind: rhythm.Mail, Who: "Acme BV", CreatedAt: at},
		{ID: store.NewID(), Date: date(t, "2026-02-03"), Kind: rhythm.Call, CreatedAt: at.Add(time.Hour)},
	}
	makeVersion(t, path, 6, entries, [2]string{"start_date", "2026-02-02"}, [2]string{"2026-02-04", "sick"})
	db := mustOpenPath(t, path)
	c := changes(t, db)
	for _, key := range []string{"entry " + entries[0].ID, "entry " + entries[1].ID, "leave 2026-02-04", "start start"} {
		r, ok := c[key]
		if !ok || r.Deleted || r.Stamp == 0 {
			t.Errorf("after migrating, %s waits as %+v (found %v)", key, r, ok)
		}
	}
	if len(c) != 4 {
		t.Errorf("%d changes wait, want 4: %v", len(c), c)
	}
}
