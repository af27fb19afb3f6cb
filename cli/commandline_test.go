package cli

import (
	"io"
	"slices"
	"testing"

	"ritme/i18n"
)

// TestCommandWord checks that rootCommand builds the command that cobra
// runs: for each command line, commandWord names the command under the
// root that cobra finds in the whole tree, or a word that is no command,
// or nothing when cobra finds the root.
func TestCommandWord(t *testing.T) {
	buildMu.Lock()
	defer buildMu.Unlock()
	a := &app{lang: i18n.English, stdout: io.Discard, stderr: io.Discard}
	root := a.rootCommand()
	for _, c := range commands {
		if name := c.build(a).Name(); name != c.name {
			t.Errorf("the command listed as %q is named %q", c.name, name)
		}
	}
	for _, args := range [][]string{
		{}, {"status"}, {"status", "--json"}, {"--db", "x.db", "status"}, {"--db=x.db", "status"},
		{"--db", "status", "log", "mail"}, {"--today", "2026-01-01", "--lang", "nl", "log", "mail"},
		{"--lang", "--db", "status"}, {"-v", "status"}, {"--version", "status"}, {"-h", "status"},
		{"--help", "config", "get"}, {"-hv", "status"}, {"--frobnicate", "status", "log"},
		{"-x", "status", "log"}, {"--", "status"}, {"", "status"}, {"-", "status"}, {"-=", "status"},
		{"--db"}, {"--db", "x.db"}, {"status", "--db", "log"}, {"frobnicate", "status"},
		{"help", "status"}, {"__complete", "status", ""}, {"config", "set", "target.mail", "3"},
	} {
		cmd, _, _ := root.Find(args)
		want := "" // the command under the root that cobra runs
		for c := cmd; c != root; c = c.Parent() {
			want = c.Name()
		}
		got := commandWord(root, args)
		known := slices.ContainsFunc(commands, func(c command) bool { return c.name == got })
		if known && got != want || !known && want != "" {
			t.Errorf("ritme %q: commandWord says %q, cobra runs %q", args, got, want)
		}
	}
}
