package cli

import (
	"strconv"
	"strings"
	"testing"
)

func TestConfigList(t *testing.T) {
	t.Parallel()
	out := must(t, newDB(t), "config")
	for _, key := range []string{"target.mail", "target.call", "target.visit", "workdays", "start_date", "holidays", "vacation_days", "reserve_days"} {
		if !strings.Contains(out, key) {
			t.Errorf("config does not list %s:\n%s", key, out)
		}
	}
	if !strings.Contains(out, "mon,tue,wed,thu,fri") {
		t.Errorf("config does not show the default workdays:\n%s", out)
	}
}

func TestConfigGetDefaults(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for key, want := range map[string]string{
		"target.mail": "5", "target.call": "2", "target.visit": "1",
		"workdays": "mon,tue,wed,thu,fri", "holidays": "nl",
		"vacation_days": "25", "reserve_days": "10", "start_date": "",
	} {
		if got := must(t, db, "config", "get", key); got != want+"\n" {
			t.Errorf("config get %s = %q, want %q", key, got, want+"\n")
		}
	}
}

func TestConfigSet(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for _, c := range []struct{ key, value, stored string }{
		{"target.mail", "6", "6"},
		{"target.call", "0", "0"},
		{"target.visit", " 3 ", "3"},
		{"workdays", "Fri,MON,tue,wed,thu", "mon,tue,wed,thu,fri"}, // canonical order and case
		{"workdays", "sat,sun", "sat,sun"},
		{"workdays", "", "mon,tue,wed,thu,fri"}, // "" restores the default
		{"holidays", "NL-ALL", "nl-all"},
		{"holidays", "none", "none"},
		{"holidays", "de", "de"},
		{"holidays", "nl", "nl"},
		{"vacation_days", "0", "0"},
		{"vacation_days", "30", "30"},
		{"reserve_days", "12", "12"},
		{"start_date", "2026-01-05", "2026-01-05"},
		{"start_date", "2026-02-02", "2026-02-02"}, // moves, never unsets
		{"target.linkedin", "3", "3"},
		{"target.visit", "4/wk", "4/week"},
		{"target.visit", "3", "3"}, // the same date: replaces
		{"rest_days", "60", "60"},
		{"backup.keep", "0", "0"},
	} {
		must(t, db, "config", "set", c.key, c.value)
		if got := must(t, db, "config", "get", c.key); got != c.stored+"\n" {
			t.Errorf("after config set %s %q: get = %q, want %q", c.key, c.value, got, c.stored+"\n")
		}
	}
	// The settings reach the figures.
	var d gotDays
	decodeJSON(t, must(t, db, "days", "2026", "--json"), &d)
	if d.VacationDays != 30 || d.ReserveDays != 12 || d.Holidays != 6 {
		t.Errorf("days after config set: %+v", d)
	}
	s := statusAt(t, db, testToday)
	var targets []string
	for _, k := range s.Kinds {
		targets = append(targets, k.Kind+"="+strconv.Itoa(k.Target))
	}
	if got := strings.Join(targets, " "); got != "mail=6 call=0 visit=3 linkedin=3" {
		t.Errorf("status targets %s", got)
	}
	// An added kind is never forgotten: "" ends its target.
	must(t, db, "config", "set", "target.linkedin", "")
	if got := must(t, db, "config", "get", "target.linkedin"); got != "0\n" {
		t.Errorf("config get of an ended kind: %q, want 0", got)
	}
	// The changes made from one date replaced each other; the history
	// lists one per key.
	var history []struct {
		Key    string `json:"key"`
		Value  string `json:"value"`
		From   string `json:"from"`
		MadeAt string `json:"made_at"`
	}
	decodeJSON(t, must(t, db, "config", "history", "--json"), &history)
	keys := map[string]int{}
	for _, c := range history {
		keys[c.Key]++
		if c.From != testToday && c.From != "2026-01-01" {
			t.Errorf("change %+v: from %s, want today or (per year) 2026-01-01", c, c.From)
		}
	}
	if keys["workdays"] != 1 || keys["target.linkedin"] != 1 || keys["start_date"] != 0 || keys["rest_days"] != 0 {
		t.Errorf("config history: %+v", history)
	}
}

func TestConfigBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	set := func(want string, args ...string) badCase {
		return badCase{want, append([]string{"config", "set"}, args...)}
	}
	refusedWant(t, db, 2, []badCase{
		set("target.mail", "target.mail", "--", "-1"), // negative
		set("-1", "target.mail", "-1"),                // read as a flag: refused all the same
		set("target.mail", "target.mail", "five"),
		set("target.mail", "target.mail", "1.5"),
		set("target.mail", "target.mail", "+3"),
		set("target.call", "target.call", "99999999999999999999"),
		set("target.visit", "target.visit", "--", "-2"),
		set("target.Bad Name", "target.Bad Name", "1"),
		set("vacation_days", "vacation_days", "--", "-5"),
		set("vacation_days", "vacation_days", "many"),
		set("vacation_days", "vacation_days", "400"),
		set("reserve_days", "reserve_days", "--", "-1"),
		set("reserve_days", "reserve_days", "ten"),
		set("funday", "workdays", "mon,funday"),
		set("workdays", "workdays", "monday;tuesday"),
		set("workdays", "workdays", ","),
		set("narnia", "holidays", "narnia"),
		set("xx", "holidays", "xx"),
		set("start_date", "start_date", "2026-02-30"),
		set("start_date", "start_date", "1-1-2026"),
		set("start_date", "start_date", "tomorrow"),
		set(`start_date: ""`, "start_date", ""),
		set("after today", "start_date", "2026-03-03"),
		set("no history", "start_date", "2026-01-05", "--from", "2026-01-01"),
		set("--from", "target.mail", "6", "--from", "soon"),
		{"--on", []string{"config", "get", "target.mail", "--on", "2026-13-01"}},
		{"colour", []string{"config", "history", "colour"}},
		set("colour", "colour", "blue"),
		set("target", "target", "5"),
		set("arg", "target.mail"),
		set("arg"),
		set("arg", "target.mail", "5", "6"),
		{"colour", []string{"config", "get", "colour"}},
		{"arg", []string{"config", "get"}},
		{"target.linkedin", []string{"config", "get", "target.linkedin"}}, // never defined
		{"frobnicate", []string{"config", "frobnicate"}},
		{"bogus", []string{"config", "--bogus"}},
	})
}
