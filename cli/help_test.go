package cli

import (
	"io"
	"ritme/i18n"
	"strings"
	"sync"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// buildMu serializes building the command tree in the tests: localize
// adds a template function to cobra's global map.
var buildMu sync.Mutex

// commandPaths returns the path of every command ritme has, the root's
// being empty, as built in lang.
func commandPaths(t *testing.T, lang i18n.Lang) map[string]*cobra.Command {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	a := &app{lang: lang, stdout: io.Discard, stderr: io.Discard}
	root := a.rootCommand()
	root.InitDefaultHelpCmd()
	paths := map[string]*cobra.Command{}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden {
			return
		}
		paths[strings.TrimSpace(strings.TrimPrefix(c.CommandPath(), "ritme"))] = c
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return paths
}

func TestEveryCommandHasHelpInBothLanguages(t *testing.T) {
	t.Parallel()
	en, nl := commandPaths(t, i18n.English), commandPaths(t, i18n.Dutch)
	if len(en) < 20 || len(en) != len(nl) {
		t.Fatalf("%d commands in English, %d in Dutch", len(en), len(nl))
	}
	for path, c := range en {
		d := nl[path]
		if d == nil {
			t.Errorf("%q has no Dutch command", path)
			continue
		}
		for _, x := range []*cobra.Command{c, d} {
			if x.Short == "" || x.Example == "" {
				t.Errorf("%q: Short %q, Example %q", path, x.Short, x.Example)
			}
			x.Flags().VisitAll(func(f *pflag.Flag) {
				if strings.TrimSpace(f.Usage) == "" {
					t.Errorf("%q: flag --%s has no usage", path, f.Name)
				}
			})
		}
		if c.Short == d.Short {
			t.Errorf("%q: Short is %q in both languages", path, c.Short)
		}
		if c.Long != "" && c.Long == d.Long {
			t.Errorf("%q: Long is the same in both languages", path)
		}
	}
}

func TestEveryCommandHelp(t *testing.T) {
	t.Parallel()
	for path := range commandPaths(t, i18n.English) {
		args := strings.Fields(path)
		t.Run("ritme "+path, func(t *testing.T) {
			t.Parallel()
			// One data folder for both runs: the help names the default
			// database in it.
			root := t.TempDir()
			o := opts{env: []string{"HOME=" + root, "XDG_DATA_HOME=" + root}}
			for _, c := range []struct {
				lang, usage, example string
				not                  []string
			}{
				{"en", "Usage:", "Examples:", []string{"Gebruik:", "Voorbeelden:", "Opties:"}},
				{"nl", "Gebruik:", "Voorbeelden:", []string{"Usage:", "Examples:", "Flags:", "(default "}},
			} {
				help, errOut, code := exe(t, o, append([]string{"--lang", c.lang}, append(args, "--help")...)...)
				if code != 0 || errOut != "" {
					t.Fatalf("ritme --lang %s %s --help: exit %d, stderr %q", c.lang, path, code, errOut)
				}
				if !strings.Contains(help, c.usage) || !strings.Contains(help, c.example+"\n  ") {
					t.Errorf("ritme --lang %s %s --help has no %q or no example under %q:\n%s", c.lang, path, c.usage, c.example, help)
				}
				for _, s := range c.not {
					if strings.Contains(help, s) {
						t.Errorf("ritme --lang %s %s --help says %q:\n%s", c.lang, path, s, help)
					}
				}
				// ritme help COMMAND says the same.
				if path == "" || args[0] == "help" {
					continue
				}
				viaHelp, errOut, code := exe(t, o, append([]string{"--lang", c.lang, "help"}, args...)...)
				if code != 0 || errOut != "" || viaHelp != help {
					t.Errorf("ritme --lang %s help %s: exit %d, stderr %q; output differs from --help:\n%s\n---\n%s", c.lang, path, code, errOut, viaHelp, help)
				}
			}
		})
	}
	// help of an unknown command says so, and shows the root's help.
	out, _, code := exe(t, opts{}, "help", "frobnicate")
	if code != 0 || !strings.Contains(out, `unknown help topic "frobnicate"`) || !strings.Contains(out, "Usage:") {
		t.Errorf("help frobnicate: exit %d:\n%s", code, out)
	}
	out, _, _ = exe(t, opts{}, "--lang", "nl", "help", "frobnicate")
	if !strings.Contains(out, `onbekend hulponderwerp "frobnicate"`) {
		t.Errorf("help frobnicate in Dutch:\n%s", out)
	}
}
