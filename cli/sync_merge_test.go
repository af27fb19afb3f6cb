package cli

// Who wins when two machines changed the same rows, through the real
// binary and a real PostgreSQL: the later change, row by row, as README's
// Two machines says; and files that are not what they seem (a copy made
// with cp, an account whose name holds the key's separator).

import (
	"os"
	"strings"
	"testing"
	"time"

	"ritme/internal/pgtest"
)

// copyDB copies a database file (not its WAL: ritme is not running).
func copyDB(t *testing.T, from string) string {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	to := newDB(t)
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return to
}

func TestSyncTheLaterChangeWins(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "log", "mail", "--who", "Acme BV", "--date", "2026-02-27")
	must(t, a, "follow-up", "Acme BV", "2026-03-05")
	syncOnce(t, a)
	syncOnce(t, b)
	id := entries(t, a)[0].ID
	// Offline, a changes first and b later, row by row; each change waits a
	// moment so that the machines' clocks order them.
	later := func() { time.Sleep(5 * time.Millisecond) }
	must(t, a, "outcome", id, "reply")
	later()
	must(t, b, "outcome", id, "proposal") // b's is later: proposal
	later()
	must(t, b, "config", "set", "target.call", "3", "--from", "2026-03-02")
	later()
	must(t, a, "config", "set", "target.call", "4", "--from", "2026-03-02") // a's is later: 4
	later()
	must(t, b, "follow-up", "Acme BV", "2026-03-06", "--kind", "call")
	later()
	must(t, a, "follow-up", "Acme BV", "--clear") // a's clear is later than b's new follow-up: none open
	syncOnce(t, a)
	syncOnce(t, b)
	syncOnce(t, a)
	sameData(t, a, b, testToday)
	if got := entries(t, b)[0].Outcome; got != "proposal" {
		t.Errorf("the outcome after sync is %q, want b's later proposal", got)
	}
	if got := must(t, b, "config", "get", "target.call", "--on", "2026-03-02"); !strings.HasPrefix(got, "4") {
		t.Errorf("target.call after sync = %q, want a's later 4", got)
	}
	if got := must(t, b, "follow-ups", "--json"); strings.Contains(got, `"Acme BV"`) {
		t.Errorf("an open follow-up survived a's later clear: %s", got)
	}
}

func TestSyncCopiedFileIsAMachineOfItsOwn(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "log", "mail")
	syncOnce(t, a)
	c := copyDB(t, a) // a new laptop made with cp
	must(t, c, "log", "call", "--who", "Copy BV")
	must(t, a, "log", "visit")
	syncOnce(t, c)
	syncOnce(t, a)
	syncOnce(t, b)
	syncOnce(t, c)
	sameData(t, a, c, testToday)
	sameData(t, a, b, testToday)
	if got := must(t, b, "status", "--line"); !strings.HasPrefix(got, "mail 1/5 call 1/2 visit 1/1") {
		t.Fatalf("b after the copy's sync: %q", got)
	}
}

func TestSyncFollowUpOfANameWithABar(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "follow-up", "Foo | Bar", "2026-03-04")
	syncOnce(t, a)
	syncOnce(t, b)
	if got := must(t, b, "follow-ups", "--json"); !strings.Contains(got, "Foo | Bar") {
		t.Fatalf("b's follow-ups: %s", got)
	}
	sameData(t, a, b, testToday)
}
