package i18n

import (
	"os/exec"
	"testing"
)

// TestCatalogueIsUpToDate fails when a text was added or removed without
// go generate ./i18n, which would leave it out of the checks of both
// languages.
func TestCatalogueIsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go run: skipped with -short")
	}
	out, err := exec.Command("go", "run", "gen_catalogue.go", "-check").CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if n := len(Catalogue()); n < 650 {
		t.Fatalf("the catalogue has %d texts; every text of ritme is more than 650", n)
	}
}
