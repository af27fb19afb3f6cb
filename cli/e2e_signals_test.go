package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalsInTmux runs the TUI in a real terminal (tmux), ticks m m m c,
// and then stops it as a closed terminal (kill-session: SIGHUP), kill
// (SIGTERM) or kill -INT would. Each time ritme must exit with the WAL
// checkpointed and removed, so that a copy of the .db file alone holds
// every tick.
func TestSignalsInTmux(t *testing.T) {
	needTmux(t)
	for _, stop := range []string{"kill-session", "SIGTERM", "SIGINT"} {
		t.Run(stop, func(t *testing.T) {
			t.Parallel()
			db := filepath.Join(t.TempDir(), "ritme.db")
			term := inTmux(t, db, "2026-11-27", 80, 24)
			waitFor := term.waitFor
			waitFor("Year to date")
			pid := term.pid()
			term.keys("m", "m", "m", "c")
			waitFor("■□  1/2")
			if _, err := os.Stat(db + "-wal"); err != nil {
				t.Fatalf("no WAL while the TUI runs: %v", err)
			}
			switch stop {
			case "kill-session":
				term.tmux("kill-session", "-t", "e2e")
			case "SIGTERM":
				syscall.Kill(pid, syscall.SIGTERM)
			case "SIGINT":
				syscall.Kill(pid, syscall.SIGINT)
			}
			deadline := time.Now().Add(10 * time.Second)
			for alive(pid) {
				if time.Now().After(deadline) {
					t.Fatalf("ritme (pid %d) did not exit after %s", pid, stop)
				}
				time.Sleep(20 * time.Millisecond)
			}
			if _, err := os.Stat(db + "-wal"); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("after %s the WAL is still there (%v)", stop, err)
			}
			// The .db alone, as a plain copy of the file would take it.
			copied := filepath.Join(t.TempDir(), "copy.db")
			copyFile(t, db, copied)
			out, err := exec.Command(ritmeBin, "--db", copied, "--today", "2026-11-27", "status", "--json").Output()
			if err != nil {
				t.Fatalf("status --json on the copy: %v", err)
			}
			var st struct {
				Kinds []struct {
					Kind  string `json:"kind"`
					Today int    `json:"today"`
				} `json:"kinds"`
			}
			if err := json.Unmarshal(out, &st); err != nil {
				t.Fatalf("status --json: %v\n%s", err, out)
			}
			got := map[string]int{}
			for _, k := range st.Kinds {
				got[k.Kind] = k.Today
			}
			if got["mail"] != 3 || got["call"] != 1 {
				t.Errorf("the copy after %s holds today %v, want mail 3, call 1", stop, got)
			}
		})
	}
}

// alive reports whether the process pid runs: it exists and is not a
// zombie waiting to be reaped.
func alive(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return syscall.Kill(pid, 0) == nil // no /proc: ask the kernel
	}
	// The state follows the command name, which is in parentheses.
	rest := string(stat[strings.LastIndexByte(string(stat), ')')+1:])
	return !strings.HasPrefix(strings.TrimSpace(rest), "Z")
}

// copyFile copies the file src to dst.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
