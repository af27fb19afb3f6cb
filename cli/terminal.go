package cli

import (
	"os"
	"runtime"

	"github.com/charmbracelet/x/term"
)

// hasTerminal reports whether the TUI has a terminal to draw on and to
// read keys from: stdout must be one, and stdin too, or else the
// controlling terminal that Bubble Tea falls back on (/dev/tty).
func (a *app) hasTerminal() bool {
	out, ok := a.stdout.(*os.File)
	if !ok || !term.IsTerminal(out.Fd()) {
		return false
	}
	if in, ok := a.stdin.(*os.File); ok && term.IsTerminal(in.Fd()) {
		return true
	}
	if runtime.GOOS == "windows" {
		return true // Bubble Tea opens the console there; let it say
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return false
	}
	tty.Close()
	return true
}
