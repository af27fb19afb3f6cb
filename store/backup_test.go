package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

func TestKeptSnapshots(t *testing.T) {
	dates := func(tb testing.TB, s string) []rhythm.Date {
		var out []rhythm.Date
		for _, f := range strings.Fields(s) {
			out = append(out, date(tb, f))
		}
		return out
	}
	for _, c := range []struct {
		name  string
		have  string
		keep  int
		wants string
	}{
		{"fewer than keep", "2026-11-30 2026-11-28", 7, "2026-11-30 2026-11-28"},
		// Every day from Thu 1 October to Tue 1 December 2026: the newest 7
		// (Wed 25 November to Tue 1 December), then the Sundays of the four
		// ISO weeks before the week of Wed 25 November.
		{"every day", everyDay("2026-10-01", "2026-12-01"), 7,
			"2026-12-01 2026-11-30 2026-11-29 2026-11-28 2026-11-27 2026-11-26 2026-11-25 2026-11-22 2026-11-15 2026-11-08 2026-11-01"},
		// Gaps: a week without snapshots keeps nothing and is not skipped
		// over; the newest of a week may be any day.
		{"gaps", "2026-12-01 2026-11-30 2026-11-18 2026-11-17 2026-11-03 2026-10-27 2026-10-20 2026-10-13", 2,
			"2026-12-01 2026-11-30 2026-11-18 2026-11-03"},
		{"keep 1", "2026-12-01 2026-11-30 2026-11-29 2026-11-20", 1, "2026-12-01 2026-11-29 2026-11-20"},
	} {
		got := store.KeptSnapshots(dates(t, c.have), c.keep)
		if !slices.Equal(got, dates(t, c.wants)) {
			t.Errorf("%s: kept %v, want %s", c.name, got, c.wants)
		}
	}
}

// everyDay lists the dates from from to to.
func everyDay(from, to string) string {
	lo, _ := rhythm.ParseDate(from)
	hi, _ := rhythm.ParseDate(to)
	var b strings.Builder
	for d := lo; d <= hi; d++ {
		b.WriteString(d.String() + " ")
	}
	return b.String()
}

func TestSnapshot(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	db := mustOpenPath(t, path)
	dir := filepath.Join(filepath.Dir(path), store.BackupFolder)
	// Old snapshots of every day of October and November, and files that
	// are not snapshots.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	others := []string{"ritme-2026-11-01T101010.db", "snapshot-2026-10-01.db.bak", "snapshot-1.db", "notes.txt", "snapshot-2026-13-01.db"}
	names := slices.Clone(others)
	for _, d := range strings.Fields(everyDay("2026-10-01", "2026-11-30")) {
		names = append(names, "snapshot-"+d+".db")
	}
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Log(ctx, date(t, "2026-12-01"), rhythm.Mail, 3, "Acme", ""); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 9, 30, 0, 0, time.Local)
	got, err := db.Snapshot(ctx, now)
	if want := filepath.Join(dir, "snapshot-2026-12-01.db"); err != nil || got != want {
		t.Fatalf("Snapshot = %q, %v; want %q", got, err, want)
	}
	want := append(strings.Fields("snapshot-2026-11-01.db snapshot-2026-11-08.db snapshot-2026-11-15.db snapshot-2026-11-22.db "+
		"snapshot-2026-11-25.db snapshot-2026-11-26.db snapshot-2026-11-27.db snapshot-2026-11-28.db snapshot-2026-11-29.db "+
		"snapshot-2026-11-30.db snapshot-2026-12-01.db"), others...)
	slices.Sort(want)
	if names := dirNames(t, dir); !slices.Equal(names, want) {
		t.Errorf("backups after the snapshot:\n%v\nwant:\n%v", names, want)
	}
	// The snapshot is a ritme database with the entries.
	snap := mustOpenPath(t, got)
	if n, err := snap.EntryCount(ctx); err != nil || n != 3 {
		t.Errorf("the snapshot has %d entries, %v", n, err)
	}
	if fi, err := os.Stat(got); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the snapshot's mode: %v, %v", fi.Mode(), err)
	}
	// The day's second write makes none.
	if got, err := db.Snapshot(ctx, now.Add(time.Hour)); got != "" || err != nil {
		t.Errorf("second Snapshot of the day = %q, %v", got, err)
	}
	// backup.keep 0 turns snapshots off.
	if err := db.SaveSetting(ctx, rhythm.KeyBackupKeep, "0"); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Snapshot(ctx, now.AddDate(0, 0, 1)); got != "" || err != nil {
		t.Errorf("Snapshot with backup.keep 0 = %q, %v", got, err)
	}
}

func TestBackupTo(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.Log(ctx, date(t, "2026-12-01"), rhythm.Call, 2, "", ""); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := db.BackupTo(ctx, path, false); err != nil {
		t.Fatal(err)
	}
	if err := db.BackupTo(ctx, path, false); !errors.Is(err, store.ErrExists) {
		t.Errorf("BackupTo an existing file: %v, want ErrExists", err)
	}
	if _, err := db.Log(ctx, date(t, "2026-12-01"), rhythm.Call, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	if err := db.BackupTo(ctx, path, true); err != nil {
		t.Fatalf("BackupTo with replace: %v", err)
	}
	if n, err := mustOpenPath(t, path).EntryCount(ctx); err != nil || n != 3 {
		t.Errorf("the copy has %d entries, %v", n, err)
	}
	if names := dirNames(t, filepath.Dir(path)); len(names) != 3 { // copy.db and its -wal, -shm while open
		t.Errorf("beside the copy: %v", names)
	}
}
