package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// reviewToday is the today of the review tests: Wednesday 6 May 2026.
const reviewToday = "2026-05-06"

// reviewDB returns a database with 4 visits a week from 20 April 2026 on,
// and five mails and two calls on every working day from Monday 20 April
// to Tuesday 5 May (King's Day, Monday 27 April, is off), three mails on
// Wednesday 6 May; four visits in the week of 20 April, two in the week of
// King's Day (which owes three); a reply from Acme BV and a deal won with
// Jansen Foods in that week.
func reviewDB(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	mustAt(t, db, reviewToday, "config", "set", "target.visit", "4/week", "--from", "2026-04-20")
	type entry struct {
		ID        string `json:"id"`
		Date      string `json:"date"`
		Kind      string `json:"kind"`
		Who       string `json:"who"`
		CreatedAt string `json:"created_at"`
		Outcome   string `json:"outcome"`
	}
	var es []entry
	add := func(date, kind string, n int, who, outcome string) {
		for range n {
			es = append(es, entry{ID: fmt.Sprintf("00000000-0000-4000-8000-%012d", len(es)+1), Date: date, Kind: kind,
				Who: who, CreatedAt: date + "T09:00:00Z", Outcome: outcome})
		}
	}
	for _, d := range []string{"2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23", "2026-04-24",
		"2026-04-28", "2026-04-29", "2026-04-30", "2026-05-01", "2026-05-04", "2026-05-05"} {
		add(d, "mail", 5, "", "")
		add(d, "call", 2, "", "")
	}
	add("2026-05-06", "mail", 3, "", "")
	for _, d := range []string{"2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23", "2026-04-30"} {
		add(d, "visit", 1, "", "")
	}
	add("2026-04-28", "mail", 1, "Acme BV", "reply")
	add("2026-04-30", "visit", 1, "Jansen Foods", "won")
	data, err := json.Marshal(es)
	if err != nil {
		t.Fatal(err)
	}
	mustAt(t, db, reviewToday, "import", writeFile(t, "entries.json", string(data)))
	return db
}

// gotFigure is one figure of `ritme review --json`.
type gotFigure struct {
	Value, Before, Difference int
}

// gotReview is `ritme review --json` as README.md documents it.
type gotReview struct {
	Period  string `json:"period"`
	From    string `json:"from"`
	To      string `json:"to"`
	Through string `json:"through"`
	Open    bool   `json:"open"`
	Before  struct {
		From    string `json:"from"`
		To      string `json:"to"`
		Through string `json:"through"`
	} `json:"before"`
	Kinds []struct {
		Kind     string    `json:"kind"`
		Period   string    `json:"period"`
		Target   int       `json:"target"`
		Done     gotFigure `json:"done"`
		Expected gotFigure `json:"expected"`
		Pace     gotFigure `json:"pace"`
	} `json:"kinds"`
	WorkingDays gotFigure `json:"working_days"`
	DaysMet     gotFigure `json:"days_met"`
	Weeks       gotFigure `json:"weeks"`
	WeeksMet    gotFigure `json:"weeks_met"`
	WeekStreak  struct {
		Current gotFigure `json:"current"`
		Best    gotFigure `json:"best"`
	} `json:"week_streak"`
	Contacts gotFigure            `json:"contacts"`
	Outcomes map[string]gotFigure `json:"outcomes"`
	Per100   map[string]struct {
		Value, Before, Difference float64
	} `json:"per_100"`
	Accounts  map[string]gotAccountsFigure `json:"accounts"`
	FollowUps map[string]gotFigure         `json:"follow_ups"`
}

// gotAccountsFigure counts and names the accounts a period moved.
type gotAccountsFigure struct {
	Value      int      `json:"value"`
	Before     int      `json:"before"`
	Difference int      `json:"difference"`
	Names      []string `json:"names"`
}

func reviewAt(t *testing.T, db, today string, args ...string) gotReview {
	t.Helper()
	var r gotReview
	decodeJSON(t, mustAt(t, db, today, append([]string{"review", "--json"}, args...)...), &r)
	return r
}

// TestReviewOfTheLastCompleteWeek reviews the week of King's Day on the
// Wednesday after it, beside the week before.
func TestReviewOfTheLastCompleteWeek(t *testing.T) {
	t.Parallel()
	db := reviewDB(t)
	r := reviewAt(t, db, reviewToday)
	if r.Period != "week" || r.From != "2026-04-27" || r.To != "2026-05-03" || r.Through != "2026-05-03" || r.Open {
		t.Errorf("period %s %s – %s through %s, open %v", r.Period, r.From, r.To, r.Through, r.Open)
	}
	if r.Before.From != "2026-04-20" || r.Before.To != "2026-04-26" || r.Before.Through != "2026-04-26" {
		t.Errorf("before %+v", r.Before)
	}
	type kindLine struct {
		kind, period         string
		target               int
		done, expected, pace gotFigure
	}
	var kinds []kindLine
	for _, k := range r.Kinds {
		kinds = append(kinds, kindLine{k.Kind, k.Period, k.Target, k.Done, k.Expected, k.Pace})
	}
	want := []kindLine{
		{"mail", "day", 5, gotFigure{21, 25, -4}, gotFigure{20, 25, -5}, gotFigure{1, 0, 1}},
		{"call", "day", 2, gotFigure{8, 10, -2}, gotFigure{8, 10, -2}, gotFigure{0, 0, 0}},
		// King's Day week owes round(4 × 4/5) = 3 visits; 2 came.
		{"visit", "week", 4, gotFigure{2, 4, -2}, gotFigure{3, 4, -1}, gotFigure{-1, 0, -1}},
	}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds:\n got %+v\nwant %+v", kinds, want)
	}
	for name, c := range map[string][2]gotFigure{
		"working days": {r.WorkingDays, {4, 5, -1}},
		"days met":     {r.DaysMet, {4, 5, -1}},
		"weeks":        {r.Weeks, {1, 1, 0}},
		"weeks met":    {r.WeeksMet, {0, 1, -1}},
		"week streak":  {r.WeekStreak.Current, {0, 1, -1}},
		"best":         {r.WeekStreak.Best, {1, 1, 0}},
		"contacts":     {r.Contacts, {31, 39, -8}},
		"reply":        {r.Outcomes["reply"], {1, 0, 1}},
		"won":          {r.Outcomes["won"], {1, 0, 1}},
		"lost":         {r.Outcomes["lost"], {0, 0, 0}},
		"completed":    {r.FollowUps["completed"], {0, 0, 0}},
		"overdue":      {r.FollowUps["overdue"], {0, 0, 0}},
		"coming":       {r.FollowUps["due_next_7_days"], {0, 0, 0}},
	} {
		if c[0] != c[1] {
			t.Errorf("%s: %+v, want %+v", name, c[0], c[1])
		}
	}
	if len(r.Outcomes) != 5 || len(r.Per100) != 5 {
		t.Errorf("outcomes %v, per 100 %v: want every outcome", r.Outcomes, r.Per100)
	}
	if p := r.Per100["won"]; p.Value != 3.2 || p.Before != 0 || p.Difference != 3.2 {
		t.Errorf("won per 100: %+v, want 3.2 (1 of 31)", p)
	}
	first := r.Accounts["first_touched"]
	if first.Value != 2 || first.Before != 0 || !reflect.DeepEqual(first.Names, []string{"Acme BV", "Jansen Foods"}) {
		t.Errorf("first touched: %+v", first)
	}
	if won := r.Accounts["won"]; won.Value != 1 || !reflect.DeepEqual(won.Names, []string{"Jansen Foods"}) {
		t.Errorf("won: %+v", won)
	}
	if stuck := r.Accounts["stuck"]; stuck.Value != 0 || stuck.Names == nil {
		t.Errorf("stuck: %+v, want 0 and an empty list", stuck)
	}
	if len(r.Accounts) != 5 {
		t.Errorf("accounts: %v", r.Accounts)
	}
}

// TestReviewOfAPeriodNotYetOver reviews this month on Wednesday 6 May: up
// to today, which is not over. The week of King's Day ends on 3 May, so it
// belongs to May.
func TestReviewOfAPeriodNotYetOver(t *testing.T) {
	t.Parallel()
	db := reviewDB(t)
	r := reviewAt(t, db, reviewToday, "--month", "--date", reviewToday)
	if r.Period != "month" || r.From != "2026-05-01" || r.To != "2026-05-31" || r.Through != reviewToday || !r.Open {
		t.Errorf("period %s %s – %s through %s, open %v", r.Period, r.From, r.To, r.Through, r.Open)
	}
	if r.Before.From != "2026-04-01" || r.Before.To != "2026-04-30" {
		t.Errorf("before %+v", r.Before)
	}
	// Mail: 1, 4 and 5 May, and today's 3 as they come; visit: the week of
	// King's Day (3) and this week's 0 so far.
	mail, visit := r.Kinds[0], r.Kinds[2]
	if mail.Done.Value != 18 || mail.Expected.Value != 18 || mail.Pace.Value != 0 {
		t.Errorf("mail %+v", mail)
	}
	if visit.Done.Value != 0 || visit.Expected.Value != 3 || visit.Pace.Value != -3 {
		t.Errorf("visit %+v", visit)
	}
	// April: the working days from the start on 20 April; the week of 20
	// April belongs to it, owing 4.
	if visit.Done.Before != 6 || visit.Expected.Before != 4 || r.WorkingDays.Value != 4 || r.WorkingDays.Before != 8 {
		t.Errorf("visit %+v, working days %+v", visit, r.WorkingDays)
	}
	// The default week on a Monday is the week before, whole.
	if w := reviewAt(t, db, "2026-05-04"); w.From != "2026-04-27" || w.Open {
		t.Errorf("on Monday 4 May: %s, open %v", w.From, w.Open)
	}
}

// TestReviewPrints checks the table a rep reads, in both languages.
func TestReviewPrints(t *testing.T) {
	t.Parallel()
	db := reviewDB(t)
	out := mustAt(t, db, reviewToday, "review")
	for _, want := range []string{
		"Week 18 · Mon 27 Apr – Sun 3 May 2026\nbeside week 17 · Mon 20 Apr – Sun 26 Apr\n",
		"week 18  week 17  difference",
		"visit       done", "weeks met", "won per 100", "first touched: Acme BV, Jansen Foods", "won: Jansen Foods",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("review lacks %q:\n%s", want, out)
		}
	}
	for i, line := range strings.Split(out, "\n") {
		if strings.TrimRight(line, " ") != line {
			t.Errorf("line %d ends in spaces: %q", i+1, line)
		}
	}
	nl := mustAt(t, db, reviewToday, "review", "--month", "--date", reviewToday, "--lang", "nl")
	for _, want := range []string{"mei 2026\ntot en met vandaag, wo 6 mei (nog niet om) · naast apr 2026", "naast apr 2026", "bezoek", "verschil", "gedaan"} {
		if !strings.Contains(nl, want) {
			t.Errorf("Dutch review lacks %q:\n%s", want, nl)
		}
	}
}

// TestReviewRefusesBadInput checks the bad input of review: exit 2, one
// line, nothing written.
func TestReviewRefusesBadInput(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedWant(t, db, 2, []badCase{
		{"--week and --month", []string{"review", "--week", "--month"}},
		{"--date", []string{"review", "--date", "2026-13-01"}},
		{"after today", []string{"review", "--date", "2026-03-03"}},
		{"unknown command", []string{"review", "lastweek"}},
		{"--weeks", []string{"review", "--weeks"}},
	})
}

// TestReviewOfAMissingDatabase answers as on an empty database and
// creates nothing.
func TestReviewOfAMissingDatabase(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	r := reviewAt(t, db, testToday)
	if r.From != "2026-02-23" || r.Contacts.Value != 0 || len(r.Kinds) != 3 {
		t.Errorf("review of nothing: %+v", r)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("review created the database")
	}
}

// TestStatusLine checks the one-line glance: plain without a terminal,
// weekly kinds as their week, kinds without a target left out.
func TestStatusLine(t *testing.T) {
	t.Parallel()
	db := reviewDB(t)
	line := mustAt(t, db, reviewToday, "status", "--line")
	if want := "mail 3/5 call 0/2 visit 0/4w · streak 11\n"; line != want {
		t.Errorf("status --line = %q, want %q", line, want)
	}
	mustAt(t, db, reviewToday, "config", "set", "target.call", "0")
	mustAt(t, db, reviewToday, "log", "visit")
	if line, want := mustAt(t, db, reviewToday, "status", "--line", "--lang", "nl"), "mail 3/5 bezoek 1/4w · reeks 11\n"; line != want {
		t.Errorf("status --line after ending call's target = %q, want %q", line, want)
	}
	// A terminal is not at hand here; CLICOLOR_FORCE asks for colour (a
	// kind met is green), and NO_COLOR must win over it.
	mustAt(t, db, reviewToday, "log", "mail", "-n", "2")
	out, _, _ := exe(t, opts{env: []string{"CLICOLOR_FORCE=1"}}, "--db", db, "--today", reviewToday, "status", "--line")
	if !strings.Contains(out, "\x1b[") {
		t.Errorf("forced colour shows none: %q", out)
	}
	out, _, _ = exe(t, opts{env: []string{"CLICOLOR_FORCE=1", "NO_COLOR=1"}}, "--db", db, "--today", reviewToday, "status", "--line")
	if strings.Contains(out, "\x1b[") {
		t.Errorf("NO_COLOR still colours: %q", out)
	}
	refused(t, db, 2, "status", "--line", "--json")
	// With a weekly kind, the glance says how the week stands.
	if glance := mustAt(t, db, reviewToday, "status"); !strings.Contains(glance, "visit  ■□□□  1/4w") ||
		!strings.Contains(glance, "\nweek open · week streak 0 · best 1\n") {
		t.Errorf("status with a weekly kind:\n%s", glance)
	}
	if out := must(t, newDB(t), "status", "--line"); out != "mail 0/5 call 0/2 visit 0/1 · streak 0\n" {
		t.Errorf("status --line on nothing = %q", out)
	}
}

// TestStatusLineIsQuick runs status --line against status --json on a
// year of history: the line must cost no more than the object.
func TestStatusLineIsQuick(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	db := newDB(t)
	must(t, db, "demo", "--years", "1")
	best := func(args ...string) time.Duration {
		b := time.Hour
		for range 7 {
			start := time.Now()
			must(t, db, args...)
			b = min(b, time.Since(start))
		}
		return b
	}
	line, obj := best("status", "--line"), best("status", "--json")
	if line > obj*3/2+5*time.Millisecond {
		t.Errorf("status --line took %v, status --json %v", line, obj)
	}
}
