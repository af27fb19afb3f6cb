package cli

import (
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"testing"
)

// gotReport is `ritme report --json`.
type gotReport struct {
	From        string `json:"from"`
	To          string `json:"to"`
	WorkingDays int    `json:"working_days"`
	DaysMet     int    `json:"days_met"`
	Streak      struct {
		Current int `json:"current"`
		Best    int `json:"best"`
	} `json:"streak"`
	Kinds []struct {
		Kind     string             `json:"kind"`
		Period   string             `json:"period"`
		Target   int                `json:"target"`
		Done     int                `json:"done"`
		Expected int                `json:"expected"`
		Pace     int                `json:"pace"`
		Outcomes map[string]int     `json:"outcomes"`
		Per100   map[string]float64 `json:"per_100"`
	} `json:"kinds"`
	Contacts               int                `json:"contacts"`
	Outcomes               map[string]int     `json:"outcomes"`
	Per100                 map[string]float64 `json:"per_100"`
	MedianTouchesToMeeting float64            `json:"median_touches_to_meeting"`
	AccountsWithMeeting    int                `json:"accounts_with_meeting"`
}

// everyOutcome are the outcome keys every outcomes and per_100 object has.
var everyOutcome = []string{"reply", "meeting", "proposal", "won", "lost"}

// report runs `ritme report --json ARGS` on testToday, checks its keys, and
// decodes it.
func report(t *testing.T, db string, args ...string) gotReport {
	t.Helper()
	out := must(t, db, append([]string{"report", "--json"}, args...)...)
	var v map[string]any
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("report --json: %v\n%s", err, out)
	}
	checkKeys(t, "report", v, "from", "to", "working_days", "days_met", "streak", "kinds", "contacts", "outcomes", "per_100",
		"median_touches_to_meeting", "accounts_with_meeting")
	checkKeys(t, "report streak", v["streak"], "current", "best")
	checkKeys(t, "report outcomes", v["outcomes"], everyOutcome...)
	checkKeys(t, "report per_100", v["per_100"], everyOutcome...)
	kinds, _ := v["kinds"].([]any)
	for i, k := range kinds {
		what := fmt.Sprintf("report kinds[%d]", i)
		checkKeys(t, what, k, "kind", "period", "target", "done", "expected", "pace", "outcomes", "per_100")
		m, _ := k.(map[string]any)
		checkKeys(t, what+" outcomes", m["outcomes"], everyOutcome...)
		checkKeys(t, what+" per_100", m["per_100"], everyOutcome...)
	}
	var r gotReport
	decodeJSON(t, out, &r)
	return r
}

// kindLine is what a report says of one kind: done, expected, pace, and
// its outcomes and per 100 (only the ones above 0; the rest must be 0).
type kindLine struct {
	kind                 string
	target               int
	done, expected, pace int
	outcomes             map[string]int
	per100               map[string]float64
}

// wantReport is what a report must say.
type wantReport struct {
	from, to             string
	workingDays, daysMet int
	current, best        int
	kinds                []kindLine
	contacts             int
	outcomes             map[string]int
	per100               map[string]float64
	median               float64
	accountsWithMeeting  int
}

// withZeros returns m with 0 for every outcome it lacks.
func withZeros[N int | float64](m map[string]N) map[string]N {
	out := map[string]N{}
	for _, o := range everyOutcome {
		out[o] = m[o]
	}
	return out
}

func checkReport(t *testing.T, what string, r gotReport, w wantReport) {
	t.Helper()
	if r.From != w.from || r.To != w.to {
		t.Errorf("%s: from %s to %s, want %s to %s", what, r.From, r.To, w.from, w.to)
	}
	if r.WorkingDays != w.workingDays || r.DaysMet != w.daysMet {
		t.Errorf("%s: working_days %d days_met %d, want %d %d", what, r.WorkingDays, r.DaysMet, w.workingDays, w.daysMet)
	}
	if r.Streak.Current != w.current || r.Streak.Best != w.best {
		t.Errorf("%s: streak %d, best %d; want %d, %d", what, r.Streak.Current, r.Streak.Best, w.current, w.best)
	}
	if len(r.Kinds) != len(w.kinds) {
		t.Fatalf("%s: %d kinds, want %d", what, len(r.Kinds), len(w.kinds))
	}
	for i, k := range w.kinds {
		g := r.Kinds[i]
		if g.Kind != k.kind || g.Target != k.target || g.Done != k.done || g.Expected != k.expected || g.Pace != k.pace {
			t.Errorf("%s: kinds[%d] = %s target %d done %d expected %d pace %d; want %s %d %d %d %d", what, i,
				g.Kind, g.Target, g.Done, g.Expected, g.Pace, k.kind, k.target, k.done, k.expected, k.pace)
		}
		if !maps.Equal(g.Outcomes, withZeros(k.outcomes)) {
			t.Errorf("%s: %s outcomes %v, want %v", what, k.kind, g.Outcomes, withZeros(k.outcomes))
		}
		if !maps.Equal(g.Per100, withZeros(k.per100)) {
			t.Errorf("%s: %s per_100 %v, want %v", what, k.kind, g.Per100, withZeros(k.per100))
		}
	}
	if r.Contacts != w.contacts {
		t.Errorf("%s: contacts %d, want %d", what, r.Contacts, w.contacts)
	}
	if !maps.Equal(r.Outcomes, withZeros(w.outcomes)) {
		t.Errorf("%s: outcomes %v, want %v", what, r.Outcomes, withZeros(w.outcomes))
	}
	if !maps.Equal(r.Per100, withZeros(w.per100)) {
		t.Errorf("%s: per_100 %v, want %v", what, r.Per100, withZeros(w.per100))
	}
	if r.MedianTouchesToMeeting != w.median || r.AccountsWithMeeting != w.accountsWithMeeting {
		t.Errorf("%s: median touches to meeting %v over %d accounts, want %v over %d", what,
			r.MedianTouchesToMeeting, r.AccountsWithMeeting, w.median, w.accountsWithMeeting)
	}
}

// dayOf is one day of a hand-made history: so many mails, calls and visits,
// some of them with who and outcome (tagged), the rest without.
type dayOf struct {
	date              string
	mail, call, visit int
	tagged            []touch // date is filled in
}

// expand turns days into touches.
func expand(t *testing.T, days []dayOf) []touch {
	t.Helper()
	var out []touch
	for _, d := range days {
		left := map[string]int{"mail": d.mail, "call": d.call, "visit": d.visit}
		for _, tg := range d.tagged {
			tg.date = d.date
			if left[tg.kind]--; left[tg.kind] < 0 {
				t.Fatalf("%s: more tagged %s than %d", d.date, tg.kind, map[string]int{"mail": d.mail, "call": d.call, "visit": d.visit}[tg.kind])
			}
			out = append(out, tg)
		}
		for _, k := range []string{"mail", "call", "visit"} {
			for range left[k] {
				out = append(out, touch{d.date, k, "", ""})
			}
		}
	}
	return out
}

// reportHistory is a hand-made history, seen on testToday, Monday 2 March
// 2026 (targets 5 mail, 2 call, 1 visit; no holiday in February). The first
// entry is on Monday 9 February: ritme's start.
//
//	met: 9, 10, 12, 13, 16, 17, 18, 19, 23, 24, 25, 26, 27 February (13)
//	not met: 11 (no visit), 20 (nothing); 14 is a Saturday; 2 March is
//	today, with 3 mails so far
//
// Accounts, their touches in date order, and their first meeting or better:
//
//	Acme BV  9 mail, 10 mail reply, 12 call meeting, 17 visit proposal, 26 visit won: 3 touches, 12 Feb
//	Bakker   9 mail, 13 mail, 16 call, 18 mail, 23 call reply, 24 visit meeting: 6 touches, 24 Feb
//	Cor      10 mail lost: none
//	Dekker   16 mail, 19 call meeting: 2 touches, 19 Feb
//	Eik      9, 10, 12, 13 mail, 16 mail reply: none
func reportHistory(t *testing.T) string {
	t.Helper()
	full := func(date string, tagged ...touch) dayOf { return dayOf{date, 5, 2, 1, tagged} }
	tag := func(kind, who, outcome string) touch { return touch{"", kind, who, outcome} }
	days := []dayOf{
		full("2026-02-09", tag("mail", "Acme BV", ""), tag("mail", "Bakker", ""), tag("mail", "Eik", "")),
		full("2026-02-10", tag("mail", "Acme BV", "reply"), tag("mail", "Cor", "lost"), tag("mail", "Eik", "")),
		{"2026-02-11", 5, 2, 0, nil},
		full("2026-02-12", tag("call", "Acme BV", "meeting"), tag("mail", "Eik", "")),
		full("2026-02-13", tag("mail", "Bakker", ""), tag("mail", "Eik", "")),
		{"2026-02-14", 2, 1, 0, nil},
		full("2026-02-16", tag("call", "Bakker", ""), tag("mail", "Dekker", ""), tag("mail", "Eik", "reply")),
		full("2026-02-17", tag("visit", "Acme BV", "proposal")),
		full("2026-02-18", tag("mail", "Bakker", "")),
		full("2026-02-19", tag("call", "Dekker", "meeting")),
		full("2026-02-23", tag("call", "Bakker", "reply")),
		full("2026-02-24", tag("visit", "Bakker", "meeting")),
		{"2026-02-25", 6, 2, 1, nil},
		full("2026-02-26", tag("visit", "Acme BV", "won")),
		full("2026-02-27"),
		{"2026-03-02", 3, 0, 0, nil},
	}
	db := newDB(t)
	importHistory(t, db, expand(t, days))
	return db
}

func TestReportJSON(t *testing.T) {
	t.Parallel()
	db := reportHistory(t)

	// This year up to today. Owed: the 15 working days from 9 February to
	// 27 February, and today's entries up to the target. Done: 12 full
	// days, 11 Feb (5, 2, 0), 14 Feb (2, 1, 0), 25 Feb (6, 2, 1) and today
	// (3, 0, 0).
	//   mail  60+5+2+6+3 = 76, expected 5×15+3 = 78
	//   call  24+2+1+2   = 29, expected 2×15   = 30
	//   visit 12+0+0+1   = 13, expected 1×15   = 15
	// Working days 16 (today included), met 13. Streak: today is not over,
	// so the run ending on 27 February (23 to 27: 5); best 12 to 19 (6).
	// Per 100: rounded to one decimal.
	year := wantReport{
		from: "2026-01-01", to: testToday, workingDays: 16, daysMet: 13, current: 5, best: 6,
		kinds: []kindLine{
			{"mail", 5, 76, 78, -2, map[string]int{"reply": 2, "lost": 1}, map[string]float64{"reply": 2.6, "lost": 1.3}},       // 200/76, 100/76
			{"call", 2, 29, 30, -1, map[string]int{"meeting": 2, "reply": 1}, map[string]float64{"meeting": 6.9, "reply": 3.4}}, // 200/29, 100/29
			{"visit", 1, 13, 15, -2, map[string]int{"proposal": 1, "meeting": 1, "won": 1},
				map[string]float64{"proposal": 7.7, "meeting": 7.7, "won": 7.7}}, // 100/13
		},
		contacts: 118,
		outcomes: map[string]int{"reply": 3, "meeting": 3, "proposal": 1, "won": 1, "lost": 1},
		per100:   map[string]float64{"reply": 2.5, "meeting": 2.5, "proposal": 0.8, "won": 0.8, "lost": 0.8}, // 300/118, 100/118
		// First meetings: Acme 3, Dekker 2, Bakker 6: the median is 3.
		median: 3, accountsWithMeeting: 3,
	}
	checkReport(t, "report", report(t, db), year)
	checkReport(t, "report --from 2026-01-01 --to today", report(t, db, "--from", "2026-01-01", "--to", testToday), year)
	checkReport(t, "report --to today", report(t, db, "--to", testToday), year)

	// 13 to 20 February: 6 working days (13, 16 to 20), met 5. The streak
	// is the one on 20 February, which was not met: the run ending on the
	// 19th, 12 to 19 (6), which began before the period.
	//   mail  5+2+20 = 27, call 2+1+8 = 11, visit 1+4 = 5; expected 6 days
	checkReport(t, "report 13 to 20 Feb", report(t, db, "--from", "2026-02-13", "--to", "2026-02-20"), wantReport{
		from: "2026-02-13", to: "2026-02-20", workingDays: 6, daysMet: 5, current: 6, best: 6,
		kinds: []kindLine{
			{"mail", 5, 27, 30, -3, map[string]int{"reply": 1}, map[string]float64{"reply": 3.7}},     // 100/27
			{"call", 2, 11, 12, -1, map[string]int{"meeting": 1}, map[string]float64{"meeting": 9.1}}, // 100/11
			{"visit", 1, 5, 6, -1, map[string]int{"proposal": 1}, map[string]float64{"proposal": 20}}, // 100/5
		},
		contacts: 43,
		outcomes: map[string]int{"reply": 1, "meeting": 1, "proposal": 1},
		per100:   map[string]float64{"reply": 2.3, "meeting": 2.3, "proposal": 2.3}, // 100/43
		// Only Dekker's first meeting falls in it: Acme's was on the 12th,
		// Bakker's on the 24th.
		median: 2, accountsWithMeeting: 1,
	})

	// From 23 February to today: 6 working days, met 5; 5 days owed, and
	// today's 3 mails. A surplus shows: mail 5+5+6+5+5+3 = 29 against 28.
	checkReport(t, "report --from 23 Feb", report(t, db, "--from", "2026-02-23"), wantReport{
		from: "2026-02-23", to: testToday, workingDays: 6, daysMet: 5, current: 5, best: 6,
		kinds: []kindLine{
			{"mail", 5, 29, 28, 1, nil, nil},
			{"call", 2, 10, 10, 0, map[string]int{"reply": 1}, map[string]float64{"reply": 10}},
			{"visit", 1, 5, 5, 0, map[string]int{"meeting": 1, "won": 1}, map[string]float64{"meeting": 20, "won": 20}},
		},
		contacts: 44,
		outcomes: map[string]int{"reply": 1, "meeting": 1, "won": 1},
		per100:   map[string]float64{"reply": 2.3, "meeting": 2.3, "won": 2.3}, // 100/44
		median:   6, accountsWithMeeting: 1,
	})

	// Up to 20 February: Acme (3) and Dekker (2) met; the median of two is
	// their mean.
	r := report(t, db, "--to", "2026-02-20")
	if r.From != "2026-01-01" || r.WorkingDays != 10 || r.DaysMet != 8 || r.MedianTouchesToMeeting != 2.5 || r.AccountsWithMeeting != 2 {
		t.Errorf("report --to 2026-02-20: %+v; want from 2026-01-01, 10 working days, 8 met, median 2.5 over 2", r)
	}

	// A period that runs past today owes nothing for the days after it.
	r = report(t, db, "--from", "2026-03-01", "--to", "2026-03-31")
	if r.WorkingDays != 1 || r.DaysMet != 0 || r.Kinds[0].Done != 3 || r.Kinds[0].Expected != 3 || r.Kinds[1].Expected != 0 || r.Contacts != 3 {
		t.Errorf("report for March: %+v; want 1 working day, 3 mails done and expected", r)
	}

	// An entry of last year does not move the start: the start is fixed
	// once, so the report stays as it was.
	before := report(t, db)
	importHistoryAs(t, db, "old", []touch{{"2025-12-15", "mail", "Oud BV", "meeting"}})
	if r = report(t, db); fmt.Sprint(r) != fmt.Sprint(before) {
		t.Errorf("report with an entry of 2025: %+v, want it unchanged: %+v", r, before)
	}
}

func TestReportEmpty(t *testing.T) {
	t.Parallel()
	// With no entry and no start stored, the start is today: one working
	// day, not met yet.
	checkReport(t, "report of an empty database", report(t, newDB(t)), wantReport{
		from: "2026-01-01", to: testToday, workingDays: 1,
		kinds: []kindLine{{"mail", 5, 0, 0, 0, nil, nil}, {"call", 2, 0, 0, 0, nil, nil}, {"visit", 1, 0, 0, 0, nil, nil}},
	})
}

func TestReportHuman(t *testing.T) {
	t.Parallel()
	db := reportHistory(t)
	out := must(t, db, "report")
	for _, want := range []string{
		"Report 2026-01-01 – 2026-03-02",
		"Working days 16 · met 13 (81%) · streak 5, best 6",
		"Per 100 contacts: reply 2.5 · meeting 2.5 · proposal 0.8 · won 0.8 · lost 0.8",
		"Touches before a first meeting: median 3, over 3 accounts",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report does not say %q:\n%s", want, out)
		}
	}
	// The table: a header, then per kind and in all done, expected, pace
	// and each outcome.
	rows := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		switch f := strings.Fields(line); {
		case len(f) == 8 && f[0] == "done":
			rows["header"] = strings.Join(f, " ")
		case len(f) == 9:
			rows[f[0]] = strings.Join(f[1:], " ")
		}
	}
	for label, want := range map[string]string{
		"header": "done expected pace reply meeting proposal won lost",
		"mail":   "76 78 −2 2 0 0 0 1",
		"call":   "29 30 −1 1 2 0 0 0",
		"visit":  "13 15 −2 0 1 1 1 0",
		"all":    "118 123 −5 3 3 1 1 1",
	} {
		if rows[label] != want {
			t.Errorf("report row %s: %q, want %q\n%s", label, rows[label], want, out)
		}
	}
	// A surplus has its sign; without a meeting, the report says so.
	out = must(t, db, "report", "--from", "2026-02-25", "--to", "2026-02-25")
	if !strings.Contains(out, "+1") || !strings.Contains(out, "no account reached a meeting in this period") {
		t.Errorf("report of 25 February:\n%s", out)
	}
}

func TestReportDefaultsToTheYearOfTo(t *testing.T) {
	t.Parallel()
	db := reportHistory(t)
	out := must(t, db, "report", "--to", "2025-12-31")
	if !strings.HasPrefix(out, "Report 2025-01-01 – 2025-12-31") {
		t.Errorf("report --to 2025-12-31 covers:\n%s", out)
	}
}

func TestReportBad(t *testing.T) {
	t.Parallel()
	db := reportHistory(t)
	refusedWant(t, db, 2, []badCase{
		{"before --from", []string{"report", "--from", "2026-02-10", "--to", "2026-02-09"}},
		{"before --from", []string{"report", "--json", "--from", "2026-03-03"}}, // --to defaults to today
		{"--from", []string{"report", "--from", "2026-02-30"}},
		{"--from", []string{"report", "--from", "02-01-2026"}},
		{"--to", []string{"report", "--to", "yesterday"}},
		{"--to", []string{"report", "--to", "2026-13-01"}},
		{"1900", []string{"report", "--from", "0226-01-01"}},
		{"20 years", []string{"report", "--from", "1990-01-01", "--to", "2026-03-02"}},
		{"from", []string{"report", "--from"}},
		{"extra", []string{"report", "extra"}},
		{"--bogus", []string{"report", "--bogus"}},
	})
}
