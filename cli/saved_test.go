package cli

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestAWriteThatSucceededExitsZero: once an entry is committed, a failure
// after it (here: stdout is a full device) is a warning, not a failure, so
// that a script does not log the contact twice.
func TestAWriteThatSucceededExitsZero(t *testing.T) {
	if _, err := os.Stat("/dev/full"); err != nil {
		t.Skip("no /dev/full")
	}
	t.Parallel()
	db := newDB(t)
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer full.Close()
	cmd := exec.Command(ritmeBin, "--db", db, "--today", testToday, "log", "mail")
	cmd.Env = baseEnv(t)
	cmd.Stdout = full
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("log with a full stdout: %v; stderr %q", err, stderr.String())
	}
	if !strings.HasPrefix(stderr.String(), "ritme: saved, but then:") {
		t.Errorf("stderr %q, want a warning that it was saved", stderr.String())
	}
	if s := statusAt(t, db, testToday); s.Kinds[0].Today != 1 {
		t.Errorf("mails today = %d, want 1", s.Kinds[0].Today)
	}
}
