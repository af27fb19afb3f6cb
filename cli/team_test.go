package cli

// The team through the real binary and a real PostgreSQL (see
// internal/pgtest): reps sync their own files, a manager reads the team.
// The tests skip without a server; with RITME_PG=1 they fail instead.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"ritme/internal/pgtest"
	"ritme/rhythm"
)

// teamDay is a rep's plan for one date: entries per kind.
type teamDay func(d rhythm.Date) map[rhythm.Kind]int

// teamImport writes, as a CSV file to import, the entries a rep logged by
// plan on every date from from to to. Every seventh entry was logged three
// days after its date (late); every third has an outcome.
func teamImport(t *testing.T, rep, from, to string, plan teamDay) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("id,date,kind,who,note,created_at,outcome\n")
	outcomes := []string{"reply", "", "", "meeting", "", "", "won", "", ""}
	i := 0
	for d := mustDate(t, from); d <= mustDate(t, to); d++ {
		for _, k := range []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "demo"} {
			for range plan(d)[k] {
				at := d.Time().Add(9 * time.Hour)
				if i%7 == 0 {
					at = at.Add(72 * time.Hour)
				}
				fmt.Fprintf(&b, "%s-%d,%s,%s,Account %d,,%s,%s\n", rep, i, d, k, i%30, at.Format(time.RFC3339), outcomes[i%len(outcomes)])
				i++
			}
		}
	}
	return writeFile(t, rep+".csv", b.String())
}

// teamOut is `ritme team --json` as the tests read it.
type teamOut struct {
	Date string `json:"date"`
	Reps []struct {
		Rep        string          `json:"rep"`
		LastSync   *time.Time      `json:"last_sync"`
		Start      string          `json:"start"`
		WorkingDay bool            `json:"working_day"`
		DayMet     bool            `json:"day_met"`
		Streak     int             `json:"streak"`
		Kinds      json.RawMessage `json:"kinds"`
		DaysMet    map[string]struct {
			Met     int `json:"met"`
			Working int `json:"working"`
		} `json:"days_met"`
		Per100    map[string]float64 `json:"per_100"`
		Entries   int                `json:"entries"`
		Late      int                `json:"late"`
		LateShare float64            `json:"late_share"`
	} `json:"reps"`
	Totals struct {
		Kinds []struct {
			Kind         string `json:"kind"`
			YTD          int    `json:"ytd"`
			AnnualTarget int    `json:"annual_target"`
			Pace         int    `json:"pace"`
		} `json:"kinds"`
		Entries int `json:"entries"`
		Late    int `json:"late"`
	} `json:"totals"`
}

// sameJSON reports whether two JSON texts hold the same value.
func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(x, y)
}

func TestTeamAgreesWithEachRepsStatus(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	anna, bob, boss := pg.NewRole("anna"), pg.NewRole("bob"), pg.NewRole("boss")
	admin := newDB(t)
	if out := must(t, admin, "team", "init", pg.URL()); !strings.Contains(out, "ritme_rep_"+pg.Name) || !strings.Contains(out, "remembers") {
		t.Errorf("team init says %q", out)
	}
	must(t, admin, "team", "init", pg.URL())
	must(t, admin, "team", "add-rep", anna)
	must(t, admin, "team", "add-rep", bob)
	if out := must(t, admin, "team", "add-manager", boss); !strings.Contains(out, boss+" is a manager") {
		t.Errorf("team add-manager says %q", out)
	}

	// anna has met every day since she started in September 2024, with a
	// higher mail target from June 2025 and two holidays on leave: her
	// streak reaches back beyond what the team reads first.
	annaDB := newDB(t)
	must(t, annaDB, "config", "set", "start_date", "2024-09-02")
	must(t, annaDB, "config", "set", "target.mail", "6", "--from", "2025-06-02")
	must(t, annaDB, "leave", "add", "2025-08-04", "2025-08-15")
	must(t, annaDB, "leave", "add", "2024-10-14", "2024-10-18", "--kind", "sick")
	annaLeave := func(d rhythm.Date) bool {
		s := d.String()
		return (s >= "2025-08-04" && s <= "2025-08-15") || (s >= "2024-10-14" && s <= "2024-10-18")
	}
	must(t, annaDB, "import", teamImport(t, "anna", "2024-09-02", "2026-03-02", func(d rhythm.Date) map[rhythm.Kind]int {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || annaLeave(d) {
			return nil
		}
		if d.String() == "2026-03-02" {
			return map[rhythm.Kind]int{rhythm.Mail: 4, rhythm.Call: 2}
		}
		return map[rhythm.Kind]int{rhythm.Mail: 6, rhythm.Call: 2, rhythm.Visit: 1}
	}))

	// bob started in November, visits three customers a week from January,
	// has a kind of his own, missed a day in February and is ill this week.
	bobDB := newDB(t)
	must(t, bobDB, "config", "set", "start_date", "2025-11-03")
	must(t, bobDB, "config", "set", "target.demo", "1", "--from", "2025-11-03")
	must(t, bobDB, "config", "set", "target.visit", "3/week", "--from", "2026-01-05")
	must(t, bobDB, "leave", "add", "2026-03-03", "2026-03-05", "--kind", "sick")
	must(t, bobDB, "import", teamImport(t, "bob", "2025-11-03", "2026-03-02", func(d rhythm.Date) map[rhythm.Kind]int {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday || d.String() == "2026-02-11" {
			return nil
		}
		visits := 1
		if d.String() >= "2026-01-05" && d.Weekday() != time.Monday && d.Weekday() != time.Wednesday {
			visits = 0
		}
		return map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: visits, "demo": 1}
	}))

	for _, rep := range []struct{ db, role string }{{annaDB, anna}, {bobDB, bob}} {
		must(t, rep.db, "sync", "setup", pg.URLAs(rep.role))
		must(t, rep.db, "sync")
	}

	manager := newDB(t)
	for _, d := range []string{"2026-03-02", "2026-02-14", "2026-01-02", "2025-12-31", "2025-10-01"} {
		var got teamOut
		out := must(t, manager, "team", "--json", "--date", d, "--server", pg.URLAs(boss))
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("team --json on %s: %v\n%s", d, err, out)
		}
		if got.Date != d || len(got.Reps) != 2 || got.Reps[0].Rep != anna || got.Reps[1].Rep != bob {
			t.Fatalf("team --json on %s: date %s, reps %d, want %s with anna and bob:\n%s", d, got.Date, len(got.Reps), d, out)
		}
		for i, db := range []string{annaDB, bobDB} {
			r := got.Reps[i]
			var status struct {
				Start      string          `json:"start"`
				WorkingDay bool            `json:"working_day"`
				DayMet     bool            `json:"day_met"`
				Kinds      json.RawMessage `json:"kinds"`
				Streak     struct {
					Current int `json:"current"`
				} `json:"streak"`
			}
			if err := json.Unmarshal([]byte(mustAt(t, db, d, "status", "--json")), &status); err != nil {
				t.Fatal(err)
			}
			if r.Start != status.Start || r.WorkingDay != status.WorkingDay || r.DayMet != status.DayMet || r.Streak != status.Streak.Current {
				t.Errorf("%s on %s: team says start %s, working %v, met %v, streak %d; status says %s, %v, %v, %d", r.Rep, d,
					r.Start, r.WorkingDay, r.DayMet, r.Streak, status.Start, status.WorkingDay, status.DayMet, status.Streak.Current)
			}
			if !sameJSON(t, r.Kinds, status.Kinds) {
				t.Errorf("%s on %s: team's kinds\n%s\nstatus's kinds\n%s", r.Rep, d, r.Kinds, status.Kinds)
			}
			var report struct {
				WorkingDays int                `json:"working_days"`
				DaysMet     int                `json:"days_met"`
				Per100      map[string]float64 `json:"per_100"`
			}
			if err := json.Unmarshal([]byte(mustAt(t, db, d, "report", "--json")), &report); err != nil {
				t.Fatal(err)
			}
			if y := r.DaysMet["year"]; y.Met != report.DaysMet || y.Working != report.WorkingDays || !reflect.DeepEqual(r.Per100, report.Per100) {
				t.Errorf("%s on %s: team says year %d of %d, per 100 %v; report says %d of %d, %v", r.Rep, d,
					y.Met, y.Working, r.Per100, report.DaysMet, report.WorkingDays, report.Per100)
			}
			if r.LastSync == nil {
				t.Errorf("%s on %s: no last sync", r.Rep, d)
			}
		}
		if d == "2026-03-02" {
			a := got.Reps[0]
			if a.Streak < 300 || a.Late == 0 || a.Late*6 > a.Entries || a.LateShare != float64(int(float64(a.Late)/float64(a.Entries)*1e4+0.5))/1e4 {
				t.Errorf("anna on %s: streak %d, %d late of %d (%v); want a streak since 2024 and one in seven late", d, a.Streak, a.Late, a.Entries, a.LateShare)
			}
			if w := got.Reps[1].DaysMet["week"]; w.Working != 1 || w.Met != 1 {
				t.Errorf("bob's week on %s: %d met of %d, want 1 of 1", d, w.Met, w.Working)
			}
			if len(got.Totals.Kinds) != 4 || got.Totals.Kinds[3].Kind != "demo" || got.Totals.Entries != a.Entries+got.Reps[1].Entries {
				t.Errorf("totals on %s: %+v", d, got.Totals)
			}
		}
	}

	// The table says the same, with the late share beside each rep's streak.
	out := must(t, manager, "team", "--server", pg.URLAs(boss))
	for _, want := range []string{"Team on Mon 2 Mar 2026 · 2 reps", anna + " · synced ", " · streak ", " · late ", "days met: week ", "per 100 contacts: reply "} {
		if !strings.Contains(out, want) {
			t.Errorf("team says no %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(manager); err == nil {
		t.Errorf("team made the local file %s; it only reads", manager)
	}
}

func TestTeamRefuses(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	anna, boss := pg.NewRole("anna"), pg.NewRole("boss")
	down := "postgres://root@127.0.0.1:1/test?sslmode=disable&connect_timeout=2"
	db := newDB(t)

	// Before team init: no team.
	notTeam := refused(t, db, 1, "team", "add-rep", anna, "--server", pg.URL())
	refused(t, db, 1, "team", "--server", pg.URL())

	adminDB := newDB(t)
	must(t, adminDB, "team", "init", pg.URL())
	must(t, adminDB, "team", "add-rep", anna)
	cases := []struct {
		db   string
		code int
		args []string
		want string
	}{
		{adminDB, 1, []string{"team", "add-rep", "nobody_" + pg.Name}, "CREATE ROLE nobody_" + pg.Name + " LOGIN"},
		{adminDB, 1, []string{"team", "add-manager", anna}, "rep or a manager, not both"},
		{adminDB, 1, []string{"team", "add-rep", anna, "--server", down}, "cannot reach the server"},
		{adminDB, 1, []string{"team", "add-manager", boss, "--server", down}, "cannot reach the server"},
		{db, 1, []string{"team", "init", down}, "cannot reach the server"},
		{db, 1, []string{"team", "init", pg.URLAs(anna)}, "may not create"},
		{db, 1, []string{"team", "--server", down}, "cannot reach the server"},
		{db, 1, []string{"team", "--server", pg.URLAs(anna)}, anna + " is a rep of this team, not a manager"},
		{db, 1, []string{"team", "--server", pg.URLAs(boss)}, boss + " is not a manager of this team"},
		{db, 2, []string{"team"}, "no server"},
		{db, 2, []string{"team", "add-rep", anna}, "no server"},
		{db, 2, []string{"team", "--server", "postgres://root@[::1"}, "not a server URL"},
		{db, 2, []string{"team", "init", "postgres://root@[::1"}, "not a server URL"},
		{db, 2, []string{"team", "--date", "2026-02-30", "--server", pg.URL()}, "--date"},
		{db, 2, []string{"team", "--date", "2026-03-03", "--server", pg.URL()}, "after today"},
		{db, 2, []string{"team", "add-rep"}, "team add-rep"},
		{db, 2, []string{"team", "frobnicate"}, "frobnicate"},
	}
	for _, c := range cases {
		if line := refused(t, c.db, c.code, c.args...); !strings.Contains(line, c.want) {
			t.Errorf("ritme %q: %q does not say %q", c.args, line, c.want)
		}
	}
	if !strings.Contains(notTeam, "no team") {
		t.Errorf("add-rep before team init: %q, want it to say there is no team", notTeam)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("the refused commands made %s", db)
	}

	// A team with no rep that synced shows its members, and nothing else.
	must(t, adminDB, "team", "add-manager", boss)
	var got teamOut
	if err := json.Unmarshal([]byte(must(t, db, "team", "--json", "--server", pg.URLAs(boss))), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Reps) != 1 || got.Reps[0].Rep != anna || got.Reps[0].LastSync != nil || got.Reps[0].Entries != 0 {
		t.Errorf("a team whose rep never synced: %+v", got.Reps)
	}
	// The remembered server is the owner's, without a password.
	if out := must(t, filepath.Join(t.TempDir(), "other.db"), "team", "init", strings.Replace(pg.URL(), "root@", "root:secret@", 1)); strings.Contains(out, "secret") {
		t.Errorf("team init shows the password: %q", out)
	}
}
