package cli

import (
	"strings"
	"testing"
)

func TestUndo(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	must(t, db, "log", "mail", "--who", "First")
	must(t, db, "log", "call", "--who", "Second")
	must(t, db, "log", "visit", "--who", "Older day", "--date", "2026-02-27")
	must(t, db, "log", "mail", "-n", "3", "--who", "Batch", "--date", "2026-02-26")

	// The most recently created entry of today goes first: Second, although
	// an entry of another day was logged after it.
	out := must(t, db, "undo")
	if !strings.Contains(out, "removed call") || !strings.Contains(out, "Second") {
		t.Errorf("undo printed %q", out)
	}
	out = must(t, db, "undo")
	if !strings.Contains(out, "removed mail") || !strings.Contains(out, "First") {
		t.Errorf("second undo printed %q", out)
	}
	// One of a batch of three, not all three.
	must(t, db, "undo", "--date", "2026-02-26")

	got := entries(t, db)
	count := map[string]int{}
	for _, e := range got {
		count[e.Date+" "+e.Who]++
	}
	want := map[string]int{"2026-02-27 Older day": 1, "2026-02-26 Batch": 2}
	if len(count) != len(want) || count["2026-02-27 Older day"] != 1 || count["2026-02-26 Batch"] != 2 {
		t.Errorf("left %v, want %v", count, want)
	}
}

func TestUndoNothing(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	// Nothing to undo is a failure (1), not bad input (2).
	if line := refused(t, db, 1, "undo", "--date", "2026-02-25"); !strings.Contains(line, "2026-02-25") {
		t.Errorf("error %q does not name the date", line)
	}
	empty := newDB(t)
	refused(t, empty, 1, "undo")
}

func TestUndoBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedAll(t, db, 2, [][]string{
		{"undo", "--date", "2026-02-30"},
		{"undo", "--date", "soon"},
		{"undo", "--date"},
		{"undo", "mail"},
		{"undo", "--bogus"},
	})
	// A date after today is bad input, not "nothing to undo".
	if line := refused(t, db, 2, "undo", "--date", "2026-03-03"); !strings.Contains(line, "after today") {
		t.Errorf("undo --date tomorrow: %q", line)
	}
}
