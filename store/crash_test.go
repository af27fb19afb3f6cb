package store_test

import (
	"bufio"
	"errors"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"ritme/store"
)

// TestCrash runs a child process that logs entries in a loop, printing each
// id only after Log returned, and kills it with SIGKILL in the middle: every
// id it printed must be in the file, and the file must be sound. The rounds
// go on with the same file, so that later children also start on a WAL that
// a killed process left behind.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("kills child processes; skipped with -short")
	}
	path := filepath.Join(t.TempDir(), "ritme.db")
	var reported []string
	// Kill after this many reported entries, or, with 0, after a time.
	for round, after := range []int{50, 1, 0, 137} {
		got := crashOnce(t, path, after)
		t.Logf("round %d: %d entries reported before SIGKILL", round+1, len(got))
		reported = append(reported, got...)
		checkReported(t, path, reported)
	}
}

// crashOnce starts a logging child on path, kills it once it has reported
// after entries (or 300 ms after it reported its first, when after is 0)
// and returns every id it reported as a whole line.
func crashOnce(t *testing.T, path string, after int) []string {
	t.Helper()
	cmd := childCommand(t, "loop", path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	kill := func() {
		if !killed {
			killed = true
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Errorf("SIGKILL: %v", err)
			}
		}
	}
	// A child that never reports must not hang the test.
	watchdog := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer watchdog.Stop()

	var ids []string
	r := bufio.NewReader(out)
	var timer <-chan time.Time
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			// EOF after the kill. A last line without its newline was being
			// written when the child died: it was not reported.
			if !errors.Is(err, io.EOF) {
				t.Errorf("reading the child: %v", err)
			}
			break
		}
		ids = append(ids, strings.TrimSuffix(line, "\n"))
		if after > 0 && len(ids) == after {
			kill()
		}
		if after == 0 && timer == nil {
			timer = time.After(300 * time.Millisecond)
		}
		select {
		case <-timer:
			kill()
		default:
		}
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if ws, ok := exit.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
			t.Fatalf("the child ended by %v, not by SIGKILL: %s", err, stderr.String())
		}
	} else {
		t.Fatalf("the child ended with %v before it was killed: %s", err, stderr.String())
	}
	if !killed {
		t.Fatal("the child's output ended before the test killed it")
	}
	if len(ids) < max(after, 1) {
		t.Fatalf("the child reported %d entries, want at least %d", len(ids), max(after, 1))
	}
	return ids
}

// checkReported opens the file after a crash: every reported id is there,
// nothing is there twice, day_counts is right and integrity_check says ok.
func checkReported(t *testing.T, path string, reported []string) {
	t.Helper()
	// The child may have logged a few entries after its last report; they
	// are there or not, but never half there.
	checkIntegrity(t, path)
	db, err := store.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	have := map[string]bool{}
	all, err := db.Entries(t.Context(), store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range all {
		have[e.ID] = true
	}
	missing := 0
	for _, id := range reported {
		if !have[id] {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d entries reported as logged are gone after SIGKILL", missing, len(reported))
	}
	if len(all) < len(reported) {
		t.Errorf("%d entries in the file, fewer than the %d reported", len(all), len(reported))
	}
	checkDayCounts(t, path)
	checkIntegrity(t, path)
}
