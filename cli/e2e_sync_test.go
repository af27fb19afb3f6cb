package cli

import (
	"strings"
	"testing"

	"ritme/internal/pgtest"
)

// TestSyncInTmux runs the TUI of one machine in a real terminal (tmux)
// beside a second machine's file, both syncing through a real PostgreSQL:
// what the desk logged shows in the laptop's TUI after its background sync,
// the laptop's ticks reach the server without a command (the marker goes
// from "waiting" to "synced"), and the desk fetches them with ritme sync.
// It needs tmux and the server, as the other end-to-end and sync tests do.
func TestSyncInTmux(t *testing.T) {
	needTmux(t)
	pg := pgtest.NewDatabase(t)
	laptop, desk := syncedPair(t, pg.URL())
	mustAt(t, desk, "2026-11-27", "log", "mail", "--who", "Desk BV")
	mustAt(t, desk, "2026-11-27", "sync")

	term := inTmux(t, laptop, "2026-11-27", 100, 30)
	waitFor := term.waitFor
	// The desk's mail arrives with the sync the TUI makes when it opens.
	waitFor("■□□□□  1/5")
	waitFor("synced")
	term.keys("m", "c")
	waitFor("■■□□□  2/5")
	waitFor("waiting")
	waitFor("synced") // the background sync, about 1.5 s after the last key

	if got := mustAt(t, desk, "2026-11-27", "sync"); !strings.Contains(got, "received 2 changes") {
		t.Fatalf("the desk's sync: %q, want the laptop's 2 entries", got)
	}
	if got := mustAt(t, desk, "2026-11-27", "status", "--line"); !strings.HasPrefix(got, "mail 2/5 call 1/2") {
		t.Fatalf("the desk's status --line = %q", got)
	}
	term.keys("q")
}
