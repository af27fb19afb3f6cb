package cli

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEndToEndInTmux runs the ritme binary in a real terminal
// (tmux), ticks m m m c, ticks the plan's item (a follow-up due today)
// with enter, resizes, quits with q, and checks with `ritme status --json`
// and `ritme plan --json` that the entries were saved. It is skipped when tmux is
// missing, unless RITME_E2E=1 (as .ci/run sets it) demands it.
func TestEndToEndInTmux(t *testing.T) {
	needTmux(t)
	dir := t.TempDir()
	bin := ritmeBin
	db := filepath.Join(dir, "ritme.db")
	// A follow-up made yesterday, due today: the plan's first mail.
	if out, err := exec.Command(bin, "--db", db, "--today", "2026-11-26", "follow-up", "Acme BV", "2026-11-27").CombinedOutput(); err != nil {
		t.Fatalf("follow-up: %v\n%s", err, out)
	}
	term := inTmux(t, db, "2026-11-27", 80, 24)
	waitFor, capture := term.waitFor, term.screen
	waitFor("Year to date")
	waitFor("□ Acme BV due today")
	term.keys("m", "m", "m", "c")
	// The ticks are written in order, so the call shows last.
	waitFor("■□  1/2")
	if screen := capture(); !strings.Contains(screen, "■■■□□  3/5") {
		t.Errorf("mails not ticked:\n%s", screen)
	}
	// Enter ticks the selected item of the plan: a mail for Acme BV.
	term.keys("Enter")
	waitFor("■■■■□  4/5")
	waitFor("Acme BV due today")
	// Resize down to tiny and back: no panic, a notice, then the view.
	term.resize(20, 5)
	waitFor("too small")
	term.resize(100, 30)
	waitFor("Rhythm score")
	term.keys("q")
	if !term.gone() {
		t.Fatalf("q did not quit; screen:\n%s", capture())
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
