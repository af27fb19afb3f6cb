package cli

import (
	"strings"
	"testing"
)

// TestStartIsFixedOnce: the first log stores the start; an entry before it
// is accepted with a note, and counts for nothing in the figures.
func TestStartIsFixedOnce(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	mustAt(t, db, "2026-03-02", "log", "mail", "-n", "5")
	if got := statusAt(t, db, testToday).Start; got != "2026-03-02" {
		t.Fatalf("start after the first log: %s", got)
	}
	before := statusAt(t, db, testToday)
	out, errOut, code := ritme(t, db, "log", "mail", "--date", "2025-06-10")
	if code != 0 || !strings.HasPrefix(out, "logged mail") {
		t.Fatalf("log before the start: exit %d, %q", code, out)
	}
	if !strings.Contains(errOut, "before your start (2026-03-02)") || !strings.Contains(errOut, "config set start_date") ||
		strings.Count(errOut, "\n") != 1 {
		t.Errorf("log before the start: stderr %q, want one line naming the start and how to move it", errOut)
	}
	after := statusAt(t, db, testToday)
	if after.Start != before.Start || after.Kinds[0].Pace != before.Kinds[0].Pace || after.Kinds[0].YTD != before.Kinds[0].YTD {
		t.Errorf("an entry before the start moved the figures: %+v → %+v", before.Kinds[0], after.Kinds[0])
	}
	// A start after today is refused; moving it is the rep's call.
	refused(t, db, 2, "config", "set", "start_date", "2026-03-03")
	must(t, db, "config", "set", "start_date", "2025-06-10")
	if s := statusAt(t, db, testToday); s.Start != "2025-06-10" || s.Kinds[0].YTD != 5 {
		t.Errorf("after moving the start back: start %s, mail ytd %d; want 2025-06-10, 5", s.Start, s.Kinds[0].YTD)
	}
}

// TestKindNeverForgotten: a kind whose target ended still logs (with a
// note) and keeps its entries in the figures.
func TestKindNeverForgotten(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	must(t, db, "config", "set", "target.linkedin", "2", "--from", "2026-02-02")
	mustAt(t, db, "2026-02-02", "log", "linkedin", "-n", "2")
	must(t, db, "config", "set", "target.linkedin", "", "--from", "2026-02-03")
	out, errOut, code := ritme(t, db, "log", "linkedin")
	if code != 0 || !strings.HasPrefix(out, "logged linkedin") || !strings.Contains(errOut, "linkedin has no target now") {
		t.Errorf("log of an ended kind: exit %d, %q, %q", code, out, errOut)
	}
	s := statusAt(t, db, testToday)
	k := s.Kinds[3]
	if k.Kind != "linkedin" || k.Target != 0 || k.Period != "day" || k.YTD != 3 || k.Pace != 3-2 {
		t.Errorf("linkedin in status: %+v", k)
	}
	if got := must(t, db, "config", "get", "target.linkedin", "--on", "2026-02-02"); got != "2\n" {
		t.Errorf("config get --on the day it was 2: %q", got)
	}
}

// TestConfigHistory lists the changes by key, oldest first, as typed.
func TestConfigHistory(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	if out := must(t, db, "config", "history"); !strings.Contains(out, "no changes") {
		t.Errorf("history of a new database: %q", out)
	}
	must(t, db, "config", "set", "target.mail", "6", "--from", "2026-09-01")
	must(t, db, "config", "set", "target.mail", "7", "--from", "2026-01-05")
	must(t, db, "config", "set", "target.visit", "4/wk")
	must(t, db, "config", "set", "vacation_days", "27", "--from", "2027-06-15")
	var h []struct {
		Key    string `json:"key"`
		Value  string `json:"value"`
		From   string `json:"from"`
		MadeAt string `json:"made_at"`
	}
	decodeJSON(t, must(t, db, "config", "history", "--json"), &h)
	var got []string
	for _, c := range h {
		got = append(got, c.Key+"="+c.Value+"@"+c.From)
		if !strings.HasSuffix(c.MadeAt, "Z") {
			t.Errorf("made_at %q is not UTC", c.MadeAt)
		}
	}
	want := "target.mail=7@2026-01-05 target.mail=6@2026-09-01 target.visit=4/week@2026-03-02 vacation_days=27@2027-01-01"
	if strings.Join(got, " ") != want {
		t.Errorf("history:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	decodeJSON(t, must(t, db, "config", "history", "target.mail", "--json"), &h)
	if len(h) != 2 {
		t.Errorf("history target.mail: %+v", h)
	}
	if got := must(t, db, "config", "get", "target.mail", "--on", "2026-08-31"); got != "7\n" {
		t.Errorf("config get --on 2026-08-31: %q", got)
	}
	if got := must(t, db, "config", "get", "vacation_days", "--on", "2027-01-01"); got != "27\n" {
		t.Errorf("config get vacation_days --on 2027-01-01: %q", got)
	}
	// The same key from the same date replaces.
	must(t, db, "config", "set", "target.mail", "8", "--from", "2026-09-01")
	decodeJSON(t, must(t, db, "config", "history", "target.mail", "--json"), &h)
	if len(h) != 2 || h[1].Value != "8" {
		t.Errorf("after setting again from the same date: %+v", h)
	}
}
