package cli

import (
	"slices"
	"strings"
	"testing"
)

// gotFollowUp is one entry of `ritme follow-ups --json`.
type gotFollowUp struct {
	Who    string `json:"who"`
	Key    string `json:"key"`
	Due    string `json:"due"`
	Kind   string `json:"kind"`
	Note   string `json:"note"`
	Status string `json:"status"`
	MadeOn string `json:"made_on"`
}

// followUps returns `ritme follow-ups --json` on today.
func followUps(t *testing.T, db, today string) []gotFollowUp {
	t.Helper()
	var got []gotFollowUp
	decodeJSON(t, mustAt(t, db, today, "follow-ups", "--json"), &got)
	return got
}

// TestFollowUpWhen sets a follow-up with every form WHEN takes, in English
// and Dutch, and checks the date it lands on: a day that is not a working
// day (a weekend, a holiday, leave, a day the workdays in force leave out)
// moves to the next working day.
func TestFollowUpWhen(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	mustAt(t, db, "2026-02-02", "leave", "add", "2026-03-11")
	mustAt(t, db, "2026-02-02", "config", "set", "workdays", "mon,tue,wed,thu", "--from", "2026-04-01")
	for _, c := range []struct {
		today, when, want string
	}{
		// Monday 2 March 2026.
		{"2026-03-02", "2026-03-04", "2026-03-04"},
		{"2026-03-02", "2026-03-07", "2026-03-09"}, // a Saturday
		{"2026-03-02", "2026-03-11", "2026-03-12"}, // leave
		{"2026-03-02", "+1", "2026-03-03"},
		{"2026-03-02", "+5", "2026-03-09"},
		{"2026-03-02", "+7", "2026-03-12"}, // leave is no working day
		{"2026-03-02", "+0", "2026-03-02"},
		{"2026-03-02", "tomorrow", "2026-03-03"},
		{"2026-03-02", "morgen", "2026-03-03"},
		{"2026-03-02", "Tomorrow", "2026-03-03"},
		{"2026-03-02", "mon", "2026-03-09"}, {"2026-03-02", "ma", "2026-03-09"},
		{"2026-03-02", "tue", "2026-03-03"}, {"2026-03-02", "di", "2026-03-03"},
		{"2026-03-02", "wed", "2026-03-04"}, {"2026-03-02", "wo", "2026-03-04"},
		{"2026-03-02", "thu", "2026-03-05"}, {"2026-03-02", "do", "2026-03-05"},
		{"2026-03-02", "fri", "2026-03-06"}, {"2026-03-02", "vr", "2026-03-06"},
		{"2026-03-02", "sat", "2026-03-09"}, {"2026-03-02", "za", "2026-03-09"},
		{"2026-03-02", "sun", "2026-03-09"}, {"2026-03-02", "zo", "2026-03-09"},
		{"2026-03-02", "maandag", "2026-03-09"}, {"2026-03-02", "Friday", "2026-03-06"},
		// Thursday 23 April 2026: Monday is King's Day, and from April
		// the rep works Monday to Thursday: Friday is no working day.
		{"2026-04-23", "mon", "2026-04-28"},
		{"2026-04-23", "+1", "2026-04-28"},
		{"2026-04-23", "+2", "2026-04-29"},
		{"2026-04-23", "2026-04-27", "2026-04-28"},
		{"2026-04-23", "fri", "2026-04-28"},
		{"2026-04-29", "vr", "2026-05-04"},
	} {
		mustAt(t, db, c.today, "follow-up", "Acme BV", c.when)
		got := followUps(t, db, c.today)
		if len(got) != 1 || got[0].Due != c.want {
			t.Errorf("on %s, WHEN %q: %+v, want due %s", c.today, c.when, got, c.want)
		}
	}
}

func TestFollowUpSetReplaceClearAndList(t *testing.T) {
	t.Parallel()
	db := seeded(t) // Acme BV and Bakker Bouw have mails
	out := must(t, db, "follow-up", "Acme B.V.", "wed", "--note", "ask about the offer")
	if want := "follow-up for Acme B.V.: mail on Wed 4 Mar 2026 · ask about the offer\n"; out != want {
		t.Errorf("follow-up printed %q, want %q", out, want)
	}
	// A name never seen registers a suspect; the kind is mail.
	out = must(t, db, "follow-up", "Nieuw NV", "+3", "--kind", "bezoek")
	if want := "follow-up for Nieuw NV: visit on Thu 5 Mar 2026\nNieuw NV is new: registered as a suspect\n"; out != want {
		t.Errorf("follow-up of a new name printed %q, want %q", out, want)
	}
	var accounts []gotAccount
	decodeJSON(t, must(t, db, "accounts", "--json", "--sort", "name"), &accounts)
	if i := slices.IndexFunc(accounts, func(a gotAccount) bool { return a.Key == "nieuw" }); i < 0 || accounts[i].Stage != "suspect" {
		t.Errorf("accounts after a follow-up of a new name: %+v", accounts)
	}
	// Setting it again replaces it.
	out = must(t, db, "follow-up", "acme", "2026-03-03", "--kind", "call")
	if want := "follow-up for acme: call on Tue 3 Mar 2026 (replaces mail on Wed 4 Mar 2026)\n"; out != want {
		t.Errorf("follow-up again printed %q, want %q", out, want)
	}
	_, errOut, _ := ritme(t, db, "follow-up", "Bakker Bouw", "2026-02-27")
	if !strings.Contains(errOut, "2026-02-27 is before today: the follow-up is overdue already") {
		t.Errorf("a follow-up before today: stderr %q", errOut)
	}
	got := followUps(t, db, testToday)
	want := []gotFollowUp{
		{Who: "Bakker Bouw", Key: "bakker bouw", Due: "2026-02-27", Kind: "mail", Status: "overdue", MadeOn: testToday},
		{Who: "Acme BV", Key: "acme", Due: "2026-03-03", Kind: "call", Status: "later", MadeOn: testToday},
		{Who: "Nieuw NV", Key: "nieuw", Due: "2026-03-05", Kind: "visit", Status: "later", MadeOn: testToday},
	}
	if !slices.Equal(got, want) {
		t.Errorf("follow-ups --json:\n%+v\nwant\n%+v", got, want)
	}
	if got := followUps(t, db, "2026-03-03"); got[1].Status != "due" {
		t.Errorf("on 3 March, Acme's follow-up is %q, want due", got[1].Status)
	}
	list := must(t, db, "follow-ups")
	for _, w := range []string{"overdue  Fri 27 Feb 2026  mail   Bakker Bouw", "Tue 3 Mar 2026   call   Acme BV"} {
		if !strings.Contains(list, w) {
			t.Errorf("follow-ups lacks %q:\n%s", w, list)
		}
	}
	if nl := must(t, db, "--lang", "nl", "follow-ups"); !strings.Contains(nl, "te laat  vr 27 feb 2026  mail    Bakker Bouw") {
		t.Errorf("follow-ups in Dutch:\n%s", nl)
	}
	// Clearing.
	if out := must(t, db, "follow-up", "ACME", "--clear"); out != "cleared the follow-up for Acme BV (call on Tue 3 Mar 2026)\n" {
		t.Errorf("--clear printed %q", out)
	}
	if _, errOut, code := ritme(t, db, "follow-up", "ACME", "--clear"); code != 1 || !strings.Contains(errOut, "ACME has no open follow-up") {
		t.Errorf("clearing again: exit %d, %q; want 1", code, errOut)
	}
	if got := followUps(t, db, testToday); len(got) != 2 {
		t.Errorf("follow-ups after --clear: %+v", got)
	}
	// The next entry for the account completes its follow-up.
	must(t, db, "log", "visit", "--who", "nieuw nv")
	if got := followUps(t, db, testToday); len(got) != 1 || got[0].Key != "bakker bouw" {
		t.Errorf("follow-ups after logging for Nieuw: %+v", got)
	}
	must(t, db, "log", "mail", "--who", "Bakker Bouw", "--date", "2026-02-20")
	if out := must(t, db, "follow-ups"); out != "no open follow-ups: set one with ritme follow-up NAME WHEN\n" {
		t.Errorf("follow-ups with none open: %q", out)
	}
	if out := must(t, db, "follow-ups", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("follow-ups --json with none open: %q", out)
	}
}

func TestFollowUpBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	must(t, db, "follow-up", "Acme BV", "fri")
	refusedWant(t, db, 2, []badCase{
		{"WHO and WHEN", []string{"follow-up", "Acme BV"}},
		{"WHO and WHEN", []string{"follow-up", "Acme BV", "fri", "--clear"}},
		{"arguments", []string{"follow-up"}},
		{"arguments", []string{"follow-up", "Acme BV", "fri", "extra"}},
		{`invalid WHEN "someday"`, []string{"follow-up", "Acme BV", "someday"}},
		{`invalid WHEN "+x"`, []string{"follow-up", "Acme BV", "+x"}},
		{`invalid WHEN "++1"`, []string{"follow-up", "Acme BV", "++1"}},
		{`invalid WHEN "+1001"`, []string{"follow-up", "Acme BV", "+1001"}},
		{`invalid WHEN "2026-02-30"`, []string{"follow-up", "Acme BV", "2026-02-30"}},
		{`invalid WHEN "0226-01-01"`, []string{"follow-up", "Acme BV", "0226-01-01"}},
		{`invalid WHEN "vandaag"`, []string{"follow-up", "Acme BV", "vandaag"}},
		{"-1", []string{"follow-up", "Acme BV", "-1"}},
		{"unknown kind", []string{"follow-up", "Acme BV", "fri", "--kind", "fax"}},
		{"a name", []string{"follow-up", "  ", "fri"}},
		{"a name", []string{"follow-up", "...", "fri"}},
		{"--note", []string{"follow-up", "Acme BV", "fri", "--note", strings.Repeat("x", 2001)}},
		{"--bogus", []string{"follow-up", "Acme BV", "fri", "--bogus"}},
	})
	if _, errOut, _ := ritme(t, db, "--lang", "nl", "follow-up", "Acme BV", "ooit"); !strings.Contains(errOut, `ongeldige WANNEER "ooit"`) {
		t.Errorf("a bad WHEN in Dutch: %q", errOut)
	}
	// On a database that does not exist yet, a refused follow-up creates
	// nothing, and clearing one fails without creating it.
	empty := newDB(t)
	refused(t, empty, 2, "follow-up", "Acme", "someday")
	refused(t, empty, 2, "follow-up", "Acme", "fri", "--kind", "fax")
	refused(t, empty, 1, "follow-up", "Acme", "--clear")
	if snapshot(t, empty) != "no database file" {
		t.Error("a refused follow-up created the database")
	}
}

func TestLogNext(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	out := must(t, db, "log", "call", "--who", "Acme BV", "--next", "+2", "--note", "left a message")
	if !strings.Contains(out, "follow-up for Acme BV: call on Wed 4 Mar 2026\n") {
		t.Errorf("log --next printed %q", out)
	}
	if got := followUps(t, db, testToday); len(got) != 1 || got[0].Kind != "call" || got[0].Due != "2026-03-04" {
		t.Fatalf("follow-ups after log --next: %+v", got)
	}
	// The next entry completes it, and sets the next one, of another kind.
	out = must(t, db, "log", "bel", "--who", "acme bv", "--next", "vr", "--next-kind", "bezoek")
	if !strings.Contains(out, "follow-up for acme bv: visit on Fri 6 Mar 2026\n") || strings.Contains(out, "replaces") {
		t.Errorf("log --next again printed %q", out)
	}
	if got := followUps(t, db, testToday); len(got) != 1 || got[0].Kind != "visit" || got[0].Due != "2026-03-06" {
		t.Fatalf("follow-ups after the second log --next: %+v", got)
	}
	refusedWant(t, db, 2, []badCase{
		{"--next needs --who", []string{"log", "mail", "--next", "fri"}},
		{"--next needs --who", []string{"log", "mail", "--who", " ", "--next", "fri"}},
		{"--next-kind needs --next", []string{"log", "mail", "--who", "Acme", "--next-kind", "call"}},
		{`invalid WHEN "later"`, []string{"log", "mail", "--who", "Acme", "--next", "later"}},
		{"unknown kind", []string{"log", "mail", "--who", "Acme", "--next", "fri", "--next-kind", "fax"}},
	})
	empty := newDB(t)
	refused(t, empty, 2, "log", "mail", "--who", "Acme", "--next", "later")
	refused(t, empty, 2, "log", "mail", "--who", "Acme", "--next", "fri", "--next-kind", "fax")
}

// TestAccountNamesMatchAsARepWritesThem logs one account in several
// spellings: one account, shown with the most recent.
func TestAccountNamesMatchAsARepWritesThem(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for _, who := range []string{"Acme B.V.", "Acme BV", " acme  bv ", "ACME", "Acme, B.V."} {
		must(t, db, "log", "mail", "--who", who)
	}
	must(t, db, "log", "mail", "--who", "SA")
	must(t, db, "log", "mail", "--who", "Café Zon")
	must(t, db, "log", "mail", "--who", "Cafe Zon")
	var got []gotAccount
	decodeJSON(t, must(t, db, "accounts", "--json", "--sort", "name"), &got)
	var keys []string
	for _, a := range got {
		keys = append(keys, a.Key+"="+a.Name)
	}
	if want := []string{"acme=Acme, B.V.", "cafe zon=Cafe Zon", "café zon=Café Zon", "sa=SA"}; !slices.Equal(keys, want) {
		t.Errorf("accounts %q, want %q", keys, want)
	}
	if got[0].Touches != 5 {
		t.Errorf("Acme has %d touches, want 5", got[0].Touches)
	}
}

// TestOutcomesAct: a deal won makes the account a customer, for good.
func TestOutcomesAct(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	must(t, db, "account", "set", "Acme", "--stage", "prospect")
	out := must(t, db, "log", "visit", "--who", "Acme BV", "--outcome", "gewonnen")
	id := strings.Fields(out)[len(strings.Fields(out))-1]
	stage := func(key string) string {
		var got []gotAccount
		decodeJSON(t, must(t, db, "accounts", "--json"), &got)
		for _, a := range got {
			if a.Key == key {
				return a.Stage
			}
		}
		return ""
	}
	if s := stage("acme"); s != "customer" {
		t.Errorf("after logging won: %s, want customer", s)
	}
	must(t, db, "outcome", id, "none")
	if s := stage("acme"); s != "customer" {
		t.Errorf("after clearing won: %s, want customer", s)
	}
	out = must(t, db, "log", "mail", "--who", "Bakker")
	must(t, db, "outcome", strings.Fields(out)[len(strings.Fields(out))-1], "won")
	if s := stage("bakker"); s != "customer" {
		t.Errorf("after setting won: %s, want customer", s)
	}
}
