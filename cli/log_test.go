package cli

import (
	"strings"
	"testing"
)

func TestLogGood(t *testing.T) {
	t.Parallel()
	db := newDB(t)

	out := must(t, db, "log", "mail")
	if !strings.HasPrefix(out, "logged mail") || !strings.Contains(out, "1/5 today") {
		t.Errorf("log mail printed %q", out)
	}
	out = must(t, db, "log", "call", "-n", "2", "--who", "Acme BV", "--note", "wants a proposal")
	if !strings.Contains(out, "2 × call") || !strings.Contains(out, "Acme BV") || !strings.Contains(out, "2/2 today") {
		t.Errorf("log call -n 2 printed %q", out)
	}
	out = must(t, db, "log", "visit", "--date", "2026-02-27", "--who", "Jansen & Zn")
	if !strings.Contains(out, "on 2026-02-27") {
		t.Errorf("log visit --date printed %q", out)
	}
	must(t, db, "log", "MAIL", "--count", "100", "--date", "2025-12-31") // kind in capitals; the upper bound of -n
	must(t, db, "log", "mail", "--date", testToday)                      // today itself is allowed

	got := entries(t, db)
	if len(got) != 105 {
		t.Fatalf("%d entries, want 105", len(got))
	}
	count := map[string]int{}
	ids := map[string]bool{}
	for _, e := range got {
		count[e.Date+" "+e.Kind]++
		if ids[e.ID] || e.ID == "" {
			t.Errorf("id %q empty or not unique", e.ID)
		}
		ids[e.ID] = true
		if e.CreatedAt == "" {
			t.Errorf("entry %s has no created_at", e.ID)
		}
	}
	want := map[string]int{
		"2026-03-02 mail": 2, "2026-03-02 call": 2, "2026-02-27 visit": 1, "2025-12-31 mail": 100,
	}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s: %d entries, want %d (all: %v)", k, count[k], n, count)
		}
	}
	for _, e := range got {
		if e.Kind == "call" && (e.Who != "Acme BV" || e.Note != "wants a proposal") {
			t.Errorf("call entry: who %q note %q", e.Who, e.Note)
		}
	}
}

func TestLogCustomKind(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	refused(t, db, 2, "log", "linkedin")
	must(t, db, "config", "set", "target.linkedin", "3")
	if out := must(t, db, "log", "linkedin"); !strings.Contains(out, "1/3 today") {
		t.Errorf("log linkedin printed %q", out)
	}
}

func TestLogBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedWant(t, db, 2, []badCase{
		{"fax", []string{"log", "fax"}},                                 // unknown kind
		{"kind", []string{"log", ""}},                                   // empty kind
		{"2026-02-30", []string{"log", "mail", "--date", "2026-02-30"}}, // no such date
		{"--date", []string{"log", "mail", "--date", "02-03-2026"}},     // not YYYY-MM-DD
		{"--date", []string{"log", "mail", "--date", "2026-3-1"}},       // not zero-padded
		{"--date", []string{"log", "mail", "--date", "yesterday"}},      // not a date
		{"after today", []string{"log", "mail", "--date", "2026-03-03"}},
		{"after today", []string{"log", "mail", "--date", "2027-01-01"}},
		{"1900", []string{"log", "mail", "--date", "0226-03-01"}}, // a typo for 2026
		{"-n", []string{"log", "mail", "-n", "0"}},
		{"-n", []string{"log", "mail", "-n", "101"}},
		{"-n", []string{"log", "mail", "-n", "-3"}},
		{"two", []string{"log", "mail", "-n", "two"}},
		{"--bogus", []string{"log", "mail", "--bogus"}},
		{"-x", []string{"log", "mail", "-x"}},
		{"arg", []string{"log"}},                 // missing kind
		{"arg", []string{"log", "mail", "call"}}, // two kinds
		{"--who", []string{"log", "mail", "--who", strings.Repeat("x", 201)}},
		{"--note", []string{"log", "mail", "--note", strings.Repeat("x", 2001)}},
		{"UTF-8", []string{"log", "mail", "--who", "bad \xff utf-8"}},
		{"date", []string{"log", "mail", "--date"}}, // flag without value
	})
}

func TestLogSanitisesOutput(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	out := must(t, db, "log", "mail", "--who", "\x1b[2J\x1b]0;pwned\x07Evil\rCorp")
	if strings.ContainsAny(out, "\x1b\x07\r") {
		t.Errorf("log printed control characters: %q", out)
	}
	// The data itself is kept as given.
	if got := entries(t, db); len(got) != 1 || got[0].Who != "\x1b[2J\x1b]0;pwned\x07Evil\rCorp" {
		t.Errorf("stored %+v", got)
	}
}

// TestBidiControlsNotShown: the Unicode bidi overrides and isolates, which
// can make a name display reversed, are dropped from human output and kept
// in JSON and CSV.
func TestBidiControlsNotShown(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	who := "Acme \u202eVB\u202c \u2066x\u2069"
	var shown strings.Builder
	shown.WriteString(must(t, db, "log", "mail", "--who", who))
	shown.WriteString(must(t, db, "account", "set", who, "--stage", "prospect"))
	shown.WriteString(must(t, db, "accounts"))
	shown.WriteString(must(t, db, "next"))
	if strings.ContainsAny(shown.String(), "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
		t.Errorf("human output shows bidi controls: %q", shown.String())
	}
	if !strings.Contains(shown.String(), "Acme VB x") {
		t.Errorf("human output lost the name: %q", shown.String())
	}
	if got := entries(t, db); len(got) != 1 || got[0].Who != who {
		t.Errorf("JSON export %+v, want the name as stored", got)
	}
	if csv := must(t, db, "export"); !strings.Contains(csv, who) {
		t.Errorf("CSV export lost the stored name:\n%s", csv)
	}
	if out := must(t, db, "accounts", "--json"); !strings.Contains(out, `\u202e`) && !strings.Contains(out, "\u202e") {
		t.Errorf("accounts --json does not keep the stored name:\n%s", out)
	}
}
