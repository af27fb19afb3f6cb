package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// loggedID returns the one id `ritme log` printed at the end of its line.
func loggedID(t *testing.T, out string) string {
	t.Helper()
	_, id, ok := strings.Cut(strings.TrimSpace(out), " · id ")
	if !ok || id == "" || strings.Contains(id, " ") {
		t.Fatalf("log printed %q, want one id at the end", out)
	}
	return id
}

// outcomes returns the outcome of every entry of db, by id.
func outcomes(t *testing.T, db string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, e := range entries(t, db) {
		out[e.ID] = e.Outcome
	}
	return out
}

func TestLogOutcome(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	reply := loggedID(t, must(t, db, "log", "mail", "--who", "Acme BV", "--outcome", "reply"))
	meeting := loggedID(t, must(t, db, "log", "call", "--who", "Acme BV", "--outcome", " MEETING ", "--date", "2026-02-27"))
	none := loggedID(t, must(t, db, "log", "visit", "--who", "Bos", "--outcome", "none"))
	plain := loggedID(t, must(t, db, "log", "mail"))
	out := must(t, db, "log", "mail", "-n", "2", "--who", "Vos", "--outcome", "won")
	_, two, _ := strings.Cut(strings.TrimSpace(out), " · id ")
	ids := strings.Fields(two)
	if len(ids) != 2 {
		t.Fatalf("log -n 2 printed %q, want two ids", out)
	}
	want := map[string]string{reply: "reply", meeting: "meeting", none: "", plain: "", ids[0]: "won", ids[1]: "won"}
	got := outcomes(t, db)
	if len(got) != len(want) {
		t.Errorf("%d entries, want %d", len(got), len(want))
	}
	for id, o := range want {
		if g, ok := got[id]; !ok || g != o {
			t.Errorf("entry %s: outcome %q (present %v), want %q", id, g, ok, o)
		}
	}
	// Every outcome is accepted.
	for _, o := range []string{"proposal", "lost"} {
		id := loggedID(t, must(t, db, "log", "call", "--who", "Bos", "--outcome", o))
		if got := outcomes(t, db)[id]; got != o {
			t.Errorf("log --outcome %s stored %q", o, got)
		}
	}
	// The account sums them up.
	for _, a := range accountsJSON(t, db, "accounts", "--json") {
		if a.Key == "acme bv" && (a.Outcomes["reply"] != 1 || a.Outcomes["meeting"] != 1 || a.TouchesToMeeting != 1) {
			t.Errorf("acme bv: %+v", a)
		}
	}
}

func TestLogOutcomeBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedWant(t, db, 2, []badCase{
		{"maybe", []string{"log", "mail", "--who", "Acme BV", "--outcome", "maybe"}},
		{"--outcome", []string{"log", "mail", "--who", "Acme BV", "--outcome", "replied"}},
		{"outcome", []string{"log", "mail", "--outcome"}},
		{"deal", []string{"log", "mail", "-n", "3", "--outcome", "deal"}},
	})
	// Nor on a database that does not exist yet.
	fresh := filepath.Join(t.TempDir(), "ritme.db")
	_, errOut, code := ritme(t, fresh, "log", "mail", "--outcome", "maybe")
	if code != 2 {
		t.Errorf("log --outcome maybe on a new database: exit %d", code)
	}
	checkErrLine(t, errOut)
	if snapshot(t, fresh) != "no database file" {
		t.Error("a refused log created the database")
	}
}

func TestOutcomeCommand(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	id := loggedID(t, must(t, db, "log", "call", "--who", "Acme BV", "--date", "2026-02-27"))
	other := loggedID(t, must(t, db, "log", "call", "--who", "Acme BV", "--date", "2026-02-27"))
	before := outcomes(t, db)

	steps := []struct{ arg, outcome, stored string }{
		{id, "reply", "reply"},                            // the full id
		{id[:8], "meeting", "meeting"},                    // the 8 characters shown in lists
		{strings.ToUpper(id[:8]), "Proposal", "proposal"}, // case does not matter
		{" " + id + " ", "won", "won"},
		{id[:8], "lost", "lost"},
		{id, "none", ""}, // clears it
		{id, "meeting", "meeting"},
	}
	for _, s := range steps {
		out := must(t, db, "outcome", s.arg, s.outcome)
		what := s.stored
		if what == "" {
			what = "no outcome"
		}
		if want := "call of 2026-02-27 for Acme BV: " + what + " · id " + id + "\n"; out != want {
			t.Errorf("outcome %q %s printed %q, want %q", s.arg, s.outcome, out, want)
		}
		got := outcomes(t, db)
		if got[id] != s.stored {
			t.Errorf("after outcome %q %s: stored %q, want %q", s.arg, s.outcome, got[id], s.stored)
		}
		// Nothing else changes.
		for eid, o := range before {
			if eid != id && got[eid] != o {
				t.Errorf("outcome %s changed entry %s to %q", s.arg, eid, got[eid])
			}
		}
	}
	if got := outcomes(t, db)[other]; got != "" {
		t.Errorf("the other call has outcome %q", got)
	}
	// The rest of the entry is untouched.
	for _, e := range entries(t, db) {
		if e.ID == id && (e.Date != "2026-02-27" || e.Kind != "call" || e.Who != "Acme BV" || e.Note != "") {
			t.Errorf("entry after outcome: %+v", e)
		}
	}
}

func TestOutcomeBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	// Two entries whose ids share the prefix 0000abcd.
	must(t, db, "import", writeFile(t, "ids.csv", "id,date,kind,who,created_at\n"+
		"0000abcd-1111-4000-8000-000000000001,2026-02-25,mail,Acme BV,2026-02-25T09:00:00.000000Z\n"+
		"0000abcd-2222-4000-8000-000000000002,2026-02-25,mail,Acme BV,2026-02-25T09:01:00.000000Z\n"))
	must(t, db, "outcome", "0000abcd-1", "reply") // one more character names one
	logged := entries(t, db)[2].ID                // a logged one, after the two imported of 25 February
	if strings.HasPrefix(logged, "0000abcd") {
		t.Fatalf("entry %s is not a logged one", logged)
	}
	refusedWant(t, db, 2, []badCase{
		{"not found", []string{"outcome", "ffffffff", "reply"}},
		{"not found", []string{"outcome", "0000abcd-3", "reply"}},
		{"not found", []string{"outcome", "", "reply"}},
		{"more than one", []string{"outcome", "0000abcd", "meeting"}},
		{"more than one", []string{"outcome", "0000", "none"}},
		{"maybe", []string{"outcome", logged, "maybe"}},
		{"maybe", []string{"outcome", "0000abcd", "maybe"}},
		{"arg", []string{"outcome", logged}},
		{"arg", []string{"outcome"}},
		{"arg", []string{"outcome", logged, "reply", "extra"}},
		{"--bogus", []string{"outcome", logged, "reply", "--bogus"}},
	})
	if got := outcomes(t, db); got["0000abcd-1111-4000-8000-000000000001"] != "reply" || got["0000abcd-2222-4000-8000-000000000002"] != "" || got[logged] != "" {
		t.Errorf("outcomes after refused commands: %v", got)
	}
}
