// Command screens makes the pictures of README.md from the real program: it
// builds ritme, fills a demo database (with two follow-ups for the plan),
// runs the TUI in tmux at 80×24, captures every view and the glance of
// `ritme status`, and writes them between the <!-- screens --> markers of
// README.md:
//
//	go run ./scripts/screens
//
// It needs tmux. The demo history is the same for the same --today, so the
// pictures only change when the program does.
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

const today = "2026-11-27"

// views are the TUI's views in tab order, with text their complete frame
// shows.
var views = []struct{ name, ready string }{
	{"Today", "overdue"}, // the plan, read after the first frame
	{"Week", "yield"},
	{"Month", "yield"},
	{"Year", "legend"},
	{"Log", "newest first"},
	{"Accounts", "Who next"},
	{"Review", "best week streak"},
}

func main() {
	dir, err := os.MkdirTemp("", "ritme-screens-")
	check(err)
	defer os.RemoveAll(dir)
	bin, db := filepath.Join(dir, "ritme"), filepath.Join(dir, "demo.db")
	run("go", "build", "-o", bin, ".")
	run(bin, "--db", db, "--today", today, "demo", "--years", "1")
	// A day in progress, with fixed times so that the pictures stay put.
	dayCSV := filepath.Join(dir, "today.csv")
	check(os.WriteFile(dayCSV, []byte(`id,date,kind,who,note,created_at,outcome
4f0c2b1e-0001-4000-8000-000000000001,`+today+`,mail,Acme BV,intro,`+today+`T08:12:00Z,
4f0c2b1e-0002-4000-8000-000000000002,`+today+`,mail,Van Dijk Logistiek,,`+today+`T08:47:00Z,
4f0c2b1e-0003-4000-8000-000000000003,`+today+`,call,Jansen Foods,wants a demo,`+today+`T09:30:00Z,meeting
4f0c2b1e-0004-4000-8000-000000000004,`+today+`,mail,Bakker Bouw,follow-up,`+today+`T10:05:00Z,reply
`), 0o600))
	run("env", "TZ=UTC", bin, "--db", db, "--today", today, "import", dayCSV)
	// Follow-ups made earlier in the week: one overdue, one due today.
	run(bin, "--db", db, "--today", "2026-11-20", "follow-up", "Hoek Metaal", "2026-11-25", "--note", "send the case study")
	run(bin, "--db", db, "--today", "2026-11-24", "account", "set", "Noord Data", "--stage", "prospect")
	run(bin, "--db", db, "--today", "2026-11-24", "follow-up", "Noord Data", "2026-11-27", "--kind", "call", "--note", "proposal?")

	var b strings.Builder
	b.WriteString("<!-- screens: made by `go run ./scripts/screens`; do not edit by hand -->\n")
	glance := run("env", "NO_COLOR=1", "TZ=UTC", bin, "--lang", "en", "--db", db, "--today", today, "status")
	fmt.Fprintf(&b, "`ritme status`:\n\n```\n%s```\n", glance)
	for i, v := range views {
		screen := capture(bin, db, i, v.ready)
		fmt.Fprintf(&b, "\n%s:\n\n```\n%s\n```\n", v.name, screen)
	}
	b.WriteString("<!-- /screens -->")

	readme, err := os.ReadFile("README.md")
	check(err)
	start := bytes.Index(readme, []byte("<!-- screens"))
	end := bytes.Index(readme, []byte("<!-- /screens -->"))
	if start < 0 || end < start {
		check(fmt.Errorf("README.md has no <!-- screens --> … <!-- /screens --> markers"))
	}
	out := append(append(append([]byte{}, readme[:start]...), b.String()...), readme[end+len("<!-- /screens -->"):]...)
	check(os.WriteFile("README.md", out, 0o644))
	fmt.Println("README.md: pictures of", len(views), "views and the glance updated")
}

// capture runs the TUI in tmux at 80×24, presses tab n times, waits for
// ready, and returns the screen without trailing blanks.
func capture(bin, db string, tabs int, ready string) string {
	// A socket of its own for every capture: a tmux server that is still
	// shutting down must not take the next session with it.
	socket := fmt.Sprintf("ritme-screens-%d-%d", os.Getpid(), tabs)
	tmux := func(args ...string) string {
		return run(append([]string{"tmux", "-L", socket, "-f", "/dev/null"}, args...)...)
	}
	defer exec.Command("tmux", "-L", socket, "kill-server").Run()
	tmux("new-session", "-d", "-s", "s", "-x", "80", "-y", "24",
		fmt.Sprintf("env TERM=xterm-256color NO_COLOR=1 TZ=UTC %q --lang en --db %q --today %s", bin, db, today))
	waitFor(tmux, "Year to date")
	for range tabs {
		tmux("send-keys", "-t", "s", "Tab")
	}
	screen := waitFor(tmux, ready)
	tmux("send-keys", "-t", "s", "q")
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

func waitFor(tmux func(...string) string, text string) string {
	deadline := time.Now().Add(10 * time.Second)
	for {
		screen := tmux("capture-pane", "-p", "-t", "s")
		if strings.Contains(screen, text) {
			time.Sleep(200 * time.Millisecond) // let the frame settle
			return tmux("capture-pane", "-p", "-t", "s")
		}
		if time.Now().After(deadline) {
			check(fmt.Errorf("the screen never showed %q:\n%s", text, screen))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func run(args ...string) string {
	cmd := exec.Command(args[0], args[1:]...)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		check(fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, stderr.String()))
	}
	return out.String()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "screens:", err)
		os.Exit(1)
	}
}
