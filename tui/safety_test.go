package tui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/rhythm"
	"ritme/store"
)

// tickUnwritten presses m m v on m and returns the commands that would
// write them, not run: the first tick is being written, the others queued.
func tickUnwritten(t *testing.T, m *model) []tea.Cmd {
	t.Helper()
	var pending []tea.Cmd
	for _, k := range []string{"m", "m", "v"} {
		if _, cmd := m.Update(kp(k)); cmd != nil {
			pending = append(pending, cmd)
		}
	}
	return pending
}

// TestSignalDrainsTheQueue: SIGHUP, SIGTERM and SIGINT quit as q does,
// once the queued changes are written.
func TestSignalDrainsTheQueue(t *testing.T) {
	for _, sig := range []os.Signal{syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT} {
		db := seededDB(t)
		m := newTestModel(t, db, 80, 24)
		pending := tickUnwritten(t, m)
		if _, cmd := m.Update(signalMsg{sig}); cmd != nil {
			if _, quits := cmd().(tea.QuitMsg); quits {
				t.Fatalf("%v quit with writes still queued", sig)
			}
		}
		quit := false
		for _, c := range pending {
			quit = drive(m, c) || quit
		}
		if !quit || m.mode != modeQuitting {
			t.Errorf("%v: did not quit after the writes", sig)
		}
		if got := count(t, db, testToday, rhythm.Mail) + count(t, db, testToday, rhythm.Visit); got != 3+3 {
			t.Errorf("%v: mails and visits today = %d, want 6", sig, got)
		}
	}
}

// TestFinishWritesWhatTheProgramLeft: when the program ends before the
// commands of the ticks ran (a terminal that went away), finish writes
// them in order and makes the day's snapshot.
func TestFinishWritesWhatTheProgramLeft(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	tickUnwritten(t, m)
	m.finish(context.Background())
	if got := count(t, db, testToday, rhythm.Mail); got != 5 {
		t.Errorf("mails today = %d, want 5", got)
	}
	if got := count(t, db, testToday, rhythm.Visit); got != 1 {
		t.Errorf("visits today = %d, want 1", got)
	}
	snap := filepath.Join(filepath.Dir(db.Path()), store.BackupFolder, "snapshot-"+rhythm.DateOf(time.Now()).String()+".db")
	if _, err := os.Stat(snap); err != nil {
		t.Errorf("no snapshot after the day's first write: %v", err)
	}
}

// TestForcedQuitWritesOnlyWhatWasBeingWritten: ctrl+c while draining quits
// at once; the change being written is finished, the queued ones dropped.
func TestForcedQuitWritesOnlyWhatWasBeingWritten(t *testing.T) {
	db := seededDB(t)
	m := newTestModel(t, db, 80, 24)
	tickUnwritten(t, m)
	m.Update(kp("q"))
	m.Update(kp("ctrl+c"))
	m.finish(context.Background())
	if got := count(t, db, testToday, rhythm.Mail) + count(t, db, testToday, rhythm.Visit); got != 4 {
		t.Errorf("mails and visits today = %d, want 4 (3 seeded, the tick being written)", got)
	}
}

// TestSnapshotOffTheQueue: the day's first write asks for a snapshot in a
// command of its own, not in the queue; a failure is a warning in the
// status line.
func TestSnapshotOffTheQueue(t *testing.T) {
	db := seededDB(t)
	dir := filepath.Join(filepath.Dir(db.Path()), store.BackupFolder)
	if err := os.WriteFile(dir, []byte("in the way"), 0o600); err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, db, 80, 24)
	press(t, m, kp("m"))
	if m.snapshotting != nil || m.snapDay != rhythm.DateOf(time.Now()) {
		t.Errorf("no snapshot was made after the day's first write")
	}
	if !m.statusIsErr || !strings.Contains(m.status, "snapshot failed") {
		t.Errorf("status %q, want the snapshot warning", m.status)
	}
	if got := count(t, db, testToday, rhythm.Mail); got != 4 {
		t.Errorf("mails today = %d, want 4", got)
	}
}
