package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndInTmux runs the ritme binary in a real terminal
// (tmux), ticks m m m c, ticks the plan's item (a follow-up due today)
// with enter, resizes, quits with q, and checks with `ritme status --json`
// and `ritme plan --json` that the entries were saved. It is skipped when tmux is
// missing, unless RITME_E2E=1 (as .ci/run sets it) demands it.
func TestEndToEndInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("RITME_E2E") == "1" {
			t.Fatal("RITME_E2E=1 but tmux is not installed")
		}
		t.Skip("tmux is not installed")
	}
	dir := t.TempDir()
	bin := ritmeBin
	db := filepath.Join(dir, "ritme.db")
	socket := fmt.Sprintf("ritme-e2e-%d", os.Getpid())
	tmux := func(args ...string) string {
		t.Helper()
		out, err := exec.Command("tmux", append([]string{"-L", socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-L", socket, "kill-server").Run() })

	// A follow-up made yesterday, due today: the plan's first mail.
	if out, err := exec.Command(bin, "--db", db, "--today", "2026-11-26", "follow-up", "Acme BV", "2026-11-27").CombinedOutput(); err != nil {
		t.Fatalf("follow-up: %v\n%s", err, out)
	}
	env := fmt.Sprintf("env TERM=xterm-256color RITME_DB=%q RITME_TODAY=2026-11-27 %q", db, bin)
	tmux("new-session", "-d", "-s", "e2e", "-x", "80", "-y", "24", env)
	// capture returns the screen; waitFor polls it for a text.
	capture := func() string { return tmux("capture-pane", "-p", "-t", "e2e") }
	waitFor := func(what string) string {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
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
	waitFor("Year to date")
	waitFor("□ Acme BV due today")
	for _, k := range []string{"m", "m", "m", "c"} {
		tmux("send-keys", "-t", "e2e", k)
	}
	// The ticks are written in order, so the call shows last.
	waitFor("■□  1/2")
	if screen := capture(); !strings.Contains(screen, "■■■□□  3/5") {
		t.Errorf("mails not ticked:\n%s", screen)
	}
	// Enter ticks the selected item of the plan: a mail for Acme BV.
	tmux("send-keys", "-t", "e2e", "Enter")
	waitFor("■■■■□  4/5")
	waitFor("Acme BV due today")
	// Resize down to tiny and back: no panic, a notice, then the view.
	tmux("resize-window", "-t", "e2e", "-x", "20", "-y", "5")
	waitFor("too small")
	tmux("resize-window", "-t", "e2e", "-x", "100", "-y", "30")
	waitFor("Rhythm score")
	tmux("send-keys", "-t", "e2e", "q")
	deadline := time.Now().Add(10 * time.Second)
	for exec.Command("tmux", "-L", socket, "has-session", "-t", "e2e").Run() == nil {
		if time.Now().After(deadline) {
			t.Fatalf("q did not quit; screen:\n%s", capture())
		}
		time.Sleep(50 * time.Millisecond)
	}

	out, err := exec.Command(bin, "--db", db, "--today", "2026-11-27", "status", "--json").Output()
	if err != nil {
		t.Fatalf("status --json: %v", err)
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
	if got["mail"] != 4 || got["call"] != 1 || got["visit"] != 0 {
		t.Errorf("saved today: %v, want mail 4, call 1, visit 0", got)
	}
	out, err = exec.Command(bin, "--db", db, "--today", "2026-11-27", "plan", "--json").Output()
	if err != nil {
		t.Fatalf("plan --json: %v", err)
	}
	var plan struct {
		Kinds []struct {
			Kind  string `json:"kind"`
			Items []struct {
				Who  string `json:"who"`
				Done bool   `json:"done"`
			} `json:"items"`
		} `json:"kinds"`
	}
	if err := json.Unmarshal(out, &plan); err != nil {
		t.Fatalf("plan --json: %v\n%s", err, out)
	}
	if len(plan.Kinds) == 0 || plan.Kinds[0].Kind != "mail" || len(plan.Kinds[0].Items) != 1 ||
		plan.Kinds[0].Items[0].Who != "Acme BV" || !plan.Kinds[0].Items[0].Done {
		t.Errorf("the plan after enter: %s", out)
	}
}
