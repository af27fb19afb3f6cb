package rhythm_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestPure checks what issue 2 asks of the package: it imports nothing of
// the project and nothing that does I/O, and never reads the clock.
func TestPure(t *testing.T) {
	allowed := map[string]bool{
		"fmt": true, "math": true, "math/bits": true, "slices": true, "sort": true, "encoding/binary": true,
		"strconv": true, "strings": true, "sync": true, "time": true, "errors": true,
		"cmp": true, "maps": true, "iter": true, "unicode": true, "unicode/utf8": true,
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		n++
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if !allowed[path] && !strings.HasPrefix(path, "github.com/rickar/cal/v2") {
				t.Errorf("%s imports %q; want only the standard library's pure packages and github.com/rickar/cal/v2", name, path)
			}
		}
		ast.Inspect(f, func(node ast.Node) bool {
			if sel, ok := node.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "time" && (sel.Sel.Name == "Now" || sel.Sel.Name == "Since" || sel.Sel.Name == "Until") {
					t.Errorf("%s: time.%s reads the clock; today must be a parameter", fset.Position(sel.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
	}
	if n == 0 {
		t.Fatal("no source files found")
	}
}
