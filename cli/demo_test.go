package cli

import (
	"strings"
	"testing"
)

func TestDemo(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	out := must(t, db, "demo", "--years", "1")
	if !strings.HasPrefix(out, "demo: ") {
		t.Errorf("demo printed %q", out)
	}
	s := statusAt(t, db, testToday)
	if s.Streak.Current <= 0 || s.Streak.Best < s.Streak.Current || s.Score <= 0 || s.Score > 1 {
		t.Errorf("after demo: streak %+v, score %v", s.Streak, s.Score)
	}
	for _, k := range s.Kinds {
		if k.Today != 0 || k.YTD <= 0 {
			t.Errorf("after demo: %s today %d ytd %d; want nothing today and a year to date", k.Kind, k.Today, k.YTD)
		}
	}
	all := entries(t, db)
	if len(all) < 1000 {
		t.Errorf("a year of demo history has %d entries", len(all))
	}
	named := 0
	for _, e := range all {
		if e.Date >= testToday || e.Date < "2025-03-02" {
			t.Errorf("demo entry dated %s, want from 2025-03-02 to yesterday", e.Date)
			break
		}
		if e.Who != "" {
			named++
		}
	}
	if named < len(all)*3/4 {
		t.Errorf("only %d of %d demo entries name who", named, len(all))
	}
	if l := must(t, db, "leave", "list", "--year", "2025"); !strings.Contains(l, "vacation") {
		t.Errorf("demo registered no vacation in 2025:\n%s", l)
	}

	// A database with entries is refused, and left as it is.
	refused(t, db, 1, "demo", "--years", "1")
	one := newDB(t)
	must(t, one, "log", "mail")
	refused(t, one, 1, "demo")
}

func TestDemoPerDay(t *testing.T) {
	t.Parallel()
	light, heavy := newDB(t), newDB(t)
	must(t, light, "demo", "--years", "1")
	must(t, heavy, "demo", "--years", "1", "--per-day", "40")
	l, h := len(entries(t, light)), len(entries(t, heavy))
	// 40 a day against the targets' 8: about five times as many.
	if h < 4*l || h > 6*l {
		t.Errorf("--per-day 40 gave %d entries against %d by default", h, l)
	}
}

func TestDemoBad(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	refusedAll(t, db, 2, [][]string{
		{"demo", "--years", "0"},
		{"demo", "--years", "31"},
		{"demo", "--years", "many"},
		{"demo", "--per-day", "0"},
		{"demo", "--per-day", "501"},
		{"demo", "extra"},
		{"demo", "--bogus"},
	})
	if n := len(entries(t, db)); n != 0 {
		t.Errorf("refused demos left %d entries", n)
	}
}

// TestDemoOnlyOnAnEmptyDatabase: leave, a changed setting or an account's
// stage make a database not empty, as SPEC defines it; demo refuses it.
func TestDemoOnlyOnAnEmptyDatabase(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"leave", "add", "2026-02-02"},
		{"config", "set", "target.mail", "6"},
		{"config", "set", "backup.keep", "3"},
		{"account", "set", "Acme", "--stage", "prospect"},
	} {
		db := newDB(t)
		must(t, db, args...)
		if line := refused(t, db, 1, "demo"); !strings.Contains(line, "only an empty database") {
			t.Errorf("demo after %q: %q", args, line)
		}
	}
}
