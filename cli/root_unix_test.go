//go:build unix

package cli

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNoTerminal runs `ritme` without a command, which opens the TUI, in a
// session of its own, so that it has no terminal at all: it must fail with
// one error line instead of hanging, and change nothing.
func TestNoTerminal(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	before := snapshot(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, ritmeBin, "--db", db, "--today", testToday)
	cmd.Env = baseEnv(t)
	cmd.Dir = t.TempDir()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("ritme without a terminal did not exit within 20 s")
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Errorf("ritme without a terminal: %v, want exit status 1", err)
	}
	checkErrLine(t, errOut.String())
	if msg := errOut.String(); !strings.Contains(msg, "the TUI needs a terminal") || !strings.Contains(msg, "ritme status") {
		t.Errorf("ritme without a terminal says %q: it should say it needs one and name ritme status", msg)
	}
	if snapshot(t, db) != before {
		t.Errorf("ritme without a terminal changed the database")
	}
	// Arguments that are not a command are bad usage, before any TUI.
	refused(t, db, 2, "mail")
}
