package cli

import (
	"fmt"
	"strings"
	"testing"
)

// gotPlan is `ritme plan --json`, as SPEC.md gives it.
type gotPlan struct {
	Date  string `json:"date"`
	Kinds []struct {
		Kind    string        `json:"kind"`
		Cap     int           `json:"cap"`
		Done    int           `json:"done"`
		MoreDue int           `json:"more_due"`
		Items   []gotPlanItem `json:"items"`
	} `json:"kinds"`
}

type gotPlanItem struct {
	Who    string `json:"who"`
	Reason string `json:"reason"`
	Due    string `json:"due"`
	Note   string `json:"note"`
	Done   bool   `json:"done"`
}

// planOf returns `ritme plan --json` with args.
func planOf(t *testing.T, db, today string, args ...string) gotPlan {
	t.Helper()
	var p gotPlan
	decodeJSON(t, mustAt(t, db, today, append([]string{"plan", "--json"}, args...)...), &p)
	return p
}

// summary writes a plan as "kind cap/done +more: who reason due note done; …".
func (p gotPlan) summary() string {
	var b strings.Builder
	for _, k := range p.Kinds {
		fmt.Fprintf(&b, "%s %d/%d +%d:", k.Kind, k.Done, k.Cap, k.MoreDue)
		for _, it := range k.Items {
			fmt.Fprintf(&b, " %s %s %s %q %v;", it.Who, it.Reason, it.Due, it.Note, it.Done)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// planHistory is a pool seen on testToday, Monday 2 March 2026: suspects
// mailed at different times, a prospect, a customer, a prospect resting
// after a lost deal, and follow-ups made before today and today.
func planHistory(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	mustAt(t, db, "2026-02-02", "log", "mail", "--who", "Alpha")
	mustAt(t, db, "2026-02-20", "log", "mail", "--who", "Beta")
	mustAt(t, db, "2026-02-10", "log", "mail", "--who", "Gamma")
	mustAt(t, db, "2026-02-25", "account", "set", "Pros BV", "--stage", "prospect")
	mustAt(t, db, "2026-02-25", "log", "call", "--who", "Pros BV")
	mustAt(t, db, "2026-02-16", "log", "visit", "--who", "Klant")
	mustAt(t, db, "2026-02-16", "account", "set", "Klant", "--stage", "customer")
	mustAt(t, db, "2026-02-26", "account", "set", "Lost Co", "--stage", "prospect")
	mustAt(t, db, "2026-02-26", "log", "call", "--who", "Lost Co", "--outcome", "lost")
	mustAt(t, db, "2026-02-23", "follow-up", "Beta", "2026-02-27", "--kind", "call", "--note", "the offer")
	mustAt(t, db, "2026-02-27", "follow-up", "Delta", "mon")
	must(t, db, "follow-up", "Epsilon", "2026-03-02")
	return db
}

func TestPlanJSON(t *testing.T) {
	t.Parallel()
	db := planHistory(t)
	p := planOf(t, db, testToday)
	want := `mail 0/5 +0: Delta due 2026-03-02 "" false; Epsilon suggested  "" false; Alpha suggested  "" false; Gamma suggested  "" false;
call 0/2 +0: Beta overdue 2026-02-27 "the offer" false; Pros BV suggested  "" false;
visit 0/1 +0: Klant suggested  "" false;
`
	if p.Date != testToday || p.summary() != want {
		t.Errorf("plan of %s:\n%s\nwant\n%s", p.Date, p.summary(), want)
	}
	// Ticking items marks them done; a contact outside the plan changes
	// nothing but the kind's count; nothing makes room for another.
	must(t, db, "log", "mail", "--who", "Alpha")
	must(t, db, "log", "call", "--who", "BETA")
	must(t, db, "log", "call", "--who", "Gamma")
	p = planOf(t, db, testToday)
	want = `mail 1/5 +0: Delta due 2026-03-02 "" false; Epsilon suggested  "" false; Alpha suggested  "" true; Gamma suggested  "" false;
call 2/2 +0: BETA overdue 2026-02-27 "the offer" true; Pros BV suggested  "" false;
visit 0/1 +0: Klant suggested  "" false;
`
	if p.summary() != want {
		t.Errorf("plan after ticking:\n%s\nwant\n%s", p.summary(), want)
	}
	// Tomorrow Epsilon's follow-up is overdue; Beta's was completed.
	p = planOf(t, db, testToday, "--date", "2026-03-03")
	if !strings.HasPrefix(p.summary(), `mail 0/5 +0: Delta overdue 2026-03-02 "" false; Epsilon overdue 2026-03-02 "" false;`) {
		t.Errorf("plan of tomorrow:\n%s", p.summary())
	}
	// The JSON keys are SPEC's: an empty items list, never null.
	out := must(t, db, "plan", "--json", "--date", "2026-03-03")
	for _, key := range []string{`"date"`, `"kinds"`, `"kind"`, `"cap"`, `"done"`, `"more_due"`, `"items"`, `"who"`, `"reason"`, `"due"`, `"note"`} {
		if !strings.Contains(out, key) {
			t.Errorf("plan --json lacks %s", key)
		}
	}
}

func TestPlanHuman(t *testing.T) {
	t.Parallel()
	db := planHistory(t)
	must(t, db, "log", "mail", "--who", "Alpha")
	out := must(t, db, "plan")
	want := `Plan · Mon 2 Mar 2026

mail 1/5
  □ Delta    due today
  □ Epsilon  suggested
  ■ Alpha    suggested
  □ Gamma    suggested

call 0/2
  □ Beta     overdue since Fri 27 Feb · the offer
  □ Pros BV  suggested

visit 0/1
  □ Klant    suggested
`
	if out != want {
		t.Errorf("plan printed:\n%s\nwant\n%s", out, want)
	}
	if nl := must(t, db, "--lang", "nl", "plan"); !strings.Contains(nl, "bel 0/2\n  □ Beta     te laat sinds vr 27 feb · the offer") {
		t.Errorf("plan in Dutch:\n%s", nl)
	}
	if out := must(t, db, "plan", "--date", "2026-03-07"); out != "Sat 7 Mar 2026 is not a working day: no plan\n" {
		t.Errorf("plan of a Saturday: %q", out)
	}
	if p := planOf(t, db, testToday, "--date", "2026-03-07"); len(p.Kinds) != 0 {
		t.Errorf("plan --json of a Saturday: %+v", p)
	}
	empty := newDB(t)
	if out := must(t, empty, "plan"); !strings.Contains(out, "nothing to plan") {
		t.Errorf("plan of an empty database: %q", out)
	}
	refusedWant(t, db, 2, []badCase{
		{"2026-02-30", []string{"plan", "--date", "2026-02-30"}},
		{"extra", []string{"plan", "extra"}},
	})
}

// TestPlanAfterLeave: ten working days of leave with follow-ups due on
// them; the first plan back holds no more than each kind's target, and
// counts the rest.
func TestPlanAfterLeave(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	// Set before the leave was known: a date that is not a working day
	// moves when the follow-up is set, not later.
	for i := range 8 {
		mustAt(t, db, "2026-02-13", "follow-up", fmt.Sprintf("Account %d", i), fmt.Sprintf("2026-02-%d", 16+i))
	}
	for i := range 3 {
		mustAt(t, db, "2026-02-13", "follow-up", fmt.Sprintf("Caller %d", i), "2026-02-20", "--kind", "call")
	}
	mustAt(t, db, "2026-02-13", "leave", "add", "2026-02-16", "2026-02-27")
	p := planOf(t, db, testToday)
	for _, k := range p.Kinds {
		if len(k.Items) > k.Cap {
			t.Errorf("%s: %d items over cap %d", k.Kind, len(k.Items), k.Cap)
		}
	}
	want := `mail 0/5 +3: Account 0 overdue 2026-02-16 "" false; Account 1 overdue 2026-02-17 "" false; Account 2 overdue 2026-02-18 "" false; Account 3 overdue 2026-02-19 "" false; Account 4 overdue 2026-02-20 "" false;
call 0/2 +1: Caller 0 overdue 2026-02-20 "" false; Caller 1 overdue 2026-02-20 "" false;
visit 0/1 +0:
`
	if p.summary() != want {
		t.Errorf("plan after leave:\n%s\nwant\n%s", p.summary(), want)
	}
	if out := must(t, db, "plan"); !strings.Contains(out, "  + 3 more due\n") {
		t.Errorf("plan does not count the rest:\n%s", out)
	}
	// They stay open.
	if got := followUps(t, db, testToday); len(got) != 11 {
		t.Errorf("%d open follow-ups, want 11", len(got))
	}
}

// TestPlanWeeklyCap: a weekly kind's cap spreads what the week still owes
// over its working days left.
func TestPlanWeeklyCap(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	mustAt(t, db, "2026-02-02", "config", "set", "target.visit", "4/week", "--from", "2026-01-01")
	mustAt(t, db, "2026-02-02", "account", "set", "Klant", "--stage", "customer")
	mustAt(t, db, "2026-02-02", "config", "set", "start_date", "2026-01-01")
	caps := func(today string) string {
		var b strings.Builder
		for _, k := range planOf(t, db, today).Kinds {
			fmt.Fprintf(&b, "%s %d ", k.Kind, k.Cap)
		}
		return b.String()
	}
	if got := caps("2026-03-02"); got != "mail 5 call 2 visit 1 " {
		t.Errorf("caps on Monday: %q", got)
	}
	// Monday 3 visits: the week owes 1 more over 4 days.
	mustAt(t, db, "2026-03-02", "log", "visit", "-n", "3")
	if got := caps("2026-03-05"); got != "mail 5 call 2 visit 1 " {
		t.Errorf("caps on Thursday: %q", got)
	}
	mustAt(t, db, "2026-03-05", "log", "visit")
	if got := caps("2026-03-06"); got != "mail 5 call 2 visit 0 " {
		t.Errorf("caps on Friday, the week met: %q", got)
	}
}
