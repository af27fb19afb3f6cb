package team

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPure checks that the package, like rhythm, does no I/O of its own: it
// imports rhythm and the standard library's pure packages only.
func TestPure(t *testing.T) {
	allowed := map[string]bool{"context": true, "fmt": true, "runtime": true, "slices": true, "sync": true,
		"time": true, "ritme/rhythm": true}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); !allowed[path] {
				t.Errorf("%s imports %q", name, path)
			}
		}
	}
}
