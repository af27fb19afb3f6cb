package cli

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// terminal is ritme's TUI in a real terminal: a tmux server of its own
// with one session, which the end-to-end tests drive with keys and read
// back from the screen.
type terminal struct {
	t      *testing.T
	socket string
}

// sockets numbers the tmux servers of one test process.
var sockets atomic.Int64

// needTmux skips a test when tmux is missing, unless RITME_E2E=1 (as
// .ci/run sets it) demands it, and in -short mode.
func needTmux(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("RITME_E2E") == "1" {
			t.Fatal("RITME_E2E=1 but tmux is not installed")
		}
		t.Skip("tmux is not installed")
	}
}

// inTmux starts the TUI on db with RITME_TODAY today in a cols × rows
// terminal; the pane's process is ritme itself (exec). The tmux server is
// killed when the test ends.
func inTmux(t *testing.T, db, today string, cols, rows int) *terminal {
	t.Helper()
	needTmux(t)
	term := &terminal{t: t, socket: fmt.Sprintf("ritme-e2e-%d-%d", os.Getpid(), sockets.Add(1))}
	t.Cleanup(func() { exec.Command("tmux", "-L", term.socket, "kill-server").Run() })
	term.tmux("new-session", "-d", "-s", "e2e", "-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows),
		fmt.Sprintf("exec env TERM=xterm-256color HOME=%q RITME_DB=%q RITME_TODAY=%s %q", t.TempDir(), db, today, ritmeBin))
	return term
}

// tmux runs a tmux command on the terminal's server.
func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", term.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen returns what the terminal shows.
func (term *terminal) screen() string { return term.tmux("capture-pane", "-p", "-t", "e2e") }

// keys types keys, one tmux key name each.
func (term *terminal) keys(keys ...string) {
	term.t.Helper()
	for _, k := range keys {
		term.tmux("send-keys", "-t", "e2e", k)
	}
}

// resize makes the terminal cols × rows.
func (term *terminal) resize(cols, rows int) {
	term.tmux("resize-window", "-t", "e2e", "-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows))
}

// waitFor waits up to 15 s for the screen to show what, and returns it.
func (term *terminal) waitFor(what string) string {
	term.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		screen := term.screen()
		if strings.Contains(screen, what) {
			return screen
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen never showed %q; last screen:\n%s", what, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pid returns the process id of ritme in the pane.
func (term *terminal) pid() int {
	term.t.Helper()
	pid, err := strconv.Atoi(strings.TrimSpace(term.tmux("display-message", "-p", "-t", "e2e", "#{pane_pid}")))
	if err != nil {
		term.t.Fatal(err)
	}
	return pid
}

// gone waits up to 10 s for the session to end, as it does when ritme
// exits, and reports whether it did.
func (term *terminal) gone() bool {
	deadline := time.Now().Add(10 * time.Second)
	for exec.Command("tmux", "-L", term.socket, "has-session", "-t", "e2e").Run() == nil {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}
