package cli

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionFlag(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for _, args := range [][]string{{"--version"}, {"-v"}, {"--lang", "nl", "--version"}} {
		out, errOut, code := exe(t, opts{}, append(args, "--db", db)...)
		if code != 0 || errOut != "" {
			t.Errorf("ritme %q: exit %d, stderr %q", args, code, errOut)
		}
		if !strings.HasPrefix(out, "ritme ") || strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
			t.Errorf("ritme %q printed %q, want one line beginning \"ritme \"", args, out)
		}
		if !strings.Contains(out, "go1.") {
			t.Errorf("ritme %q printed %q, without the Go version", args, out)
		}
	}
	if snapshot(t, db) != "no database file" {
		t.Error("--version created the database")
	}
}

func TestVersionOf(t *testing.T) {
	t.Parallel()
	vcs := func(kv ...string) []debug.BuildSetting {
		var s []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			s = append(s, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return s
	}
	const rev = "0964d2e6bb1317fcd76a4fa34d154dbc96506154"
	for _, c := range []struct {
		name string
		info debug.BuildInfo
		want string
	}{
		{"tagged, go install", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "ritme", Version: "v1.2.0"}},
			"ritme v1.2.0 go1.26.8"},
		{"tagged, built in the repository", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"},
			Settings: vcs("vcs", "git", "vcs.revision", rev, "vcs.time", "2026-11-27T10:01:20Z", "vcs.modified", "false")},
			"ritme v1.2.0 (0964d2e6bb13, 2026-11-27T10:01:20Z) go1.26.8"},
		{"devel with revision and time", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", rev, "vcs.time", "2026-11-27T10:01:20Z", "vcs.modified", "false")},
			"ritme devel (0964d2e6bb13, 2026-11-27T10:01:20Z) go1.26.8"},
		{"modified", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: vcs("vcs.revision", rev, "vcs.time", "2026-11-27T10:01:20Z", "vcs.modified", "true")},
			"ritme devel (0964d2e6bb13+dirty, 2026-11-27T10:01:20Z) go1.26.8"},
		{"revision without a time", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: ""},
			Settings: vcs("vcs.revision", "abc123")},
			"ritme devel (abc123) go1.26.8"},
		{"pseudo-version names the revision already", debug.BuildInfo{GoVersion: "go1.26.8",
			Main:     debug.Module{Version: "v0.0.0-20261127100120-0964d2e6bb13+dirty"},
			Settings: vcs("vcs.revision", rev, "vcs.time", "2026-11-27T10:01:20Z", "vcs.modified", "true")},
			"ritme v0.0.0-20261127100120-0964d2e6bb13+dirty go1.26.8"},
		{"no build settings at all", debug.BuildInfo{GoVersion: "go1.26.8"}, "ritme devel go1.26.8"},
	} {
		if got := versionOf(&c.info); got != c.want {
			t.Errorf("%s: versionOf = %q, want %q", c.name, got, c.want)
		}
	}
}
