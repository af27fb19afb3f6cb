package cli

import (
	"runtime/debug"
	"strings"
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

// versionOf writes "ritme VERSION [(REVISION[+dirty], TIME)] GOVERSION". A
// pseudo-version already names the revision (and +dirty), so the
// revision is added only when the version does not hold it.
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
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && !strings.Contains(v, rev) {
		if dirty {
			rev += "+dirty"
		}
		if at != "" {
			rev += ", " + at
		}
		out += " (" + rev + ")"
	}
	if info.GoVersion != "" {
		out += " " + info.GoVersion
	}
	return out
}
