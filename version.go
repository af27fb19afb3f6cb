package main

import (
	"fmt"
	"runtime/debug"
)

// version says which build this is, from the build information Go records:
// the module version (set by go install of a tagged release), else the
// version-control revision and time, marked "+dirty" when the work tree had
// changes.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "ritme (unknown version)"
	}
	return versionOf(info)
}

func versionOf(info *debug.BuildInfo) string {
	v := info.Main.Version
	var rev, at string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	out := "ritme " + v
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if dirty {
			rev += "+dirty"
		}
		out += fmt.Sprintf(" (%s, %s)", rev, at)
	}
	return out + " " + info.GoVersion
}
