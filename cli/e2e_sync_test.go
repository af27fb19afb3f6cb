package cli

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"ritme/internal/pgtest"
)

// TestSyncInTmux runs the TUI of one machine in a real terminal (tmux)
// beside a second machine's file, both syncing through a real PostgreSQL:
// what the desk logged shows in the laptop's TUI after its background sync,
// the laptop's ticks reach the server without a command (the marker goes
// from "waiting" to "synced"), and the desk fetches them with ritme sync.
// It needs tmux and the server, as the other end-to-end and sync tests do.
func TestSyncInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("RITME_E2E") == "1" {
			t.Fatal("RITME_E2E=1 but tmux is not installed")
		}
		t.Skip("tmux is not installed")
	}
	pg := pgtest.NewDatabase(t)
	laptop, desk := syncedPair(t, pg.URL())
	mustAt(t, desk, "2026-11-27", "log", "mail", "--who", "Desk BV")
	mustAt(t, desk, "2026-11-27", "sync")

	socket := fmt.Sprintf("ritme-e2e-sync-%d", os.Getpid())
	tmux := func(args ...string) string {
		t.Helper()
		out, err := exec.Command("tmux", append([]string{"-L", socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-L", socket, "kill-server").Run() })
	tmux("new-session", "-d", "-s", "e2e", "-x", "100", "-y", "30",
		fmt.Sprintf("env TERM=xterm-256color HOME=%q RITME_DB=%q RITME_TODAY=2026-11-27 %q", t.TempDir(), laptop, ritmeBin))
	capture := func() string { return tmux("capture-pane", "-p", "-t", "e2e") }
	waitFor := func(what string) string {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		for {
			screen := capture()
			if strings.Contains(screen, what) {
				return screen
			}
			if time.Now().After(deadline) {
				t.Fatalf("the screen never showed %q; last screen:\n%s", what, screen)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// The desk's mail arrives with the sync the TUI makes when it opens.
	waitFor("■□□□□  1/5")
	waitFor("synced")
	tmux("send-keys", "-t", "e2e", "m")
	tmux("send-keys", "-t", "e2e", "c")
	waitFor("■■□□□  2/5")
	waitFor("waiting")
	waitFor("synced") // the background sync, about 1.5 s after the last key

	if got := mustAt(t, desk, "2026-11-27", "sync"); !strings.Contains(got, "received 2 changes") {
		t.Fatalf("the desk's sync: %q, want the laptop's 2 entries", got)
	}
	if got := mustAt(t, desk, "2026-11-27", "status", "--line"); !strings.HasPrefix(got, "mail 2/5 call 1/2") {
		t.Fatalf("the desk's status --line = %q", got)
	}
	tmux("send-keys", "-t", "e2e", "q")
}
