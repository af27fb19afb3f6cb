package cli

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
)

// gotStatus is `ritme status --json` as SPEC.md gives it.
type gotStatus struct {
	Date       string `json:"date"`
	Start      string `json:"start"`
	WorkingDay bool   `json:"working_day"`
	DayMet     bool   `json:"day_met"`
	Kinds      []struct {
		Kind         string `json:"kind"`
		Period       string `json:"period"`
		Target       int    `json:"target"`
		Today        int    `json:"today"`
		YTD          int    `json:"ytd"`
		AnnualTarget int    `json:"annual_target"`
		Pace         int    `json:"pace"`
		Need         int    `json:"need"`
		Week         *int   `json:"week"`
		WeekTarget   *int   `json:"week_target"`
	} `json:"kinds"`
	Streak gotStreak `json:"streak"`
	Score  float64   `json:"score"`
	Week   struct {
		Met    *bool     `json:"met"`
		Streak gotStreak `json:"streak"`
	} `json:"week"`
	DaysLeft int `json:"days_left"`
	Year     struct {
		Year               int `json:"year"`
		WorkingDays        int `json:"working_days"`
		AvailableDays      int `json:"available_days"`
		AvailableFromStart int `json:"available_from_start"`
		ElapsedDays        int `json:"elapsed_days"`
	} `json:"year"`
}

// gotStreak is a current and a best streak.
type gotStreak struct {
	Current int `json:"current"`
	Best    int `json:"best"`
}

func statusAt(t *testing.T, db, today string) gotStatus {
	t.Helper()
	var s gotStatus
	decodeJSON(t, mustAt(t, db, today, "status", "--json"), &s)
	return s
}

// kindFigures is one kind's line: today, ytd, pace.
type kindFigures struct{ today, ytd, pace int }

// checkStatus compares the figures that depend on the history.
func checkStatus(t *testing.T, s gotStatus, workingDay, met bool, current, best, elapsed int, kinds map[string]kindFigures, score float64) {
	t.Helper()
	if s.WorkingDay != workingDay || s.DayMet != met {
		t.Errorf("%s: working_day %v day_met %v, want %v %v", s.Date, s.WorkingDay, s.DayMet, workingDay, met)
	}
	if s.Streak.Current != current || s.Streak.Best != best {
		t.Errorf("%s: streak %d/%d, want current %d best %d", s.Date, s.Streak.Current, s.Streak.Best, current, best)
	}
	if s.Year.ElapsedDays != elapsed {
		t.Errorf("%s: elapsed_days %d, want %d", s.Date, s.Year.ElapsedDays, elapsed)
	}
	for _, k := range s.Kinds {
		want, ok := kinds[k.Kind]
		if !ok {
			continue
		}
		if got := (kindFigures{k.Today, k.YTD, k.Pace}); got != want {
			t.Errorf("%s %s: today/ytd/pace %v, want %v", s.Date, k.Kind, got, want)
		}
	}
	if math.Abs(s.Score-score) > 1e-4 {
		t.Errorf("%s: score %v, want %.4f", s.Date, s.Score, score)
	}
}

// habitScore is SPEC.md's score over the given day completions.
func habitScore(completions ...float64) float64 {
	m := math.Pow(0.5, 1.0/13)
	s := 0.0
	for _, c := range completions {
		s = s*m + c*(1-m)
	}
	return s
}

func TestStatusJSONKeys(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	must(t, db, "config", "set", "target.aardvark", "2") // sorts before mail by name, but goes after visit
	var v map[string]any
	if err := json.Unmarshal([]byte(must(t, db, "status", "--json")), &v); err != nil {
		t.Fatal(err)
	}
	checkKeys(t, "status", v, "date", "start", "working_day", "day_met", "kinds", "streak", "score", "week", "days_left", "year")
	checkKeys(t, "streak", v["streak"], "current", "best")
	checkKeys(t, "week", v["week"], "met", "streak")
	checkKeys(t, "year", v["year"], "year", "working_days", "available_days", "available_from_start", "elapsed_days")
	kinds, ok := v["kinds"].([]any)
	if !ok {
		t.Fatalf("kinds is %T", v["kinds"])
	}
	var order []string
	for _, k := range kinds {
		checkKeys(t, "kinds[]", k, "kind", "period", "target", "today", "ytd", "annual_target", "pace", "need")
		m, _ := k.(map[string]any)
		name, _ := m["kind"].(string)
		order = append(order, name)
	}
	if want := []string{"mail", "call", "visit", "aardvark"}; !slices.Equal(order, want) {
		t.Errorf("kinds in order %v, want %v", order, want)
	}
	if d, _ := v["date"].(string); d != testToday {
		t.Errorf("date %v, want %s", v["date"], testToday)
	}
	for _, key := range []string{"working_day", "day_met"} {
		if _, ok := v[key].(bool); !ok {
			t.Errorf("%s is %T, want a boolean", key, v[key])
		}
	}
	if _, ok := v["score"].(float64); !ok {
		t.Errorf("score is %T, want a number", v["score"])
	}
}

// checkKeys fails unless v is an object with exactly the keys want.
func checkKeys(t *testing.T, what string, v any, want ...string) {
	t.Helper()
	m, ok := v.(map[string]any)
	if !ok {
		t.Errorf("%s is %T, want an object", what, v)
		return
	}
	var got []string
	for k := range m {
		got = append(got, k)
	}
	slices.Sort(got)
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("%s has keys %v, want exactly %v", what, got, want)
	}
}

// TestStatusEmpty: with no entry and no start stored, the start is today,
// so the year's targets are pro-rated from 2 March: W_s is 214 workday
// dates, the allowance round(35 × 214 / 255) = 29, so 185 available days
// and 5 × 185 = 925 mails.
func TestStatusEmpty(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	s := statusAt(t, db, testToday)
	checkStatus(t, s, true, false, 0, 0, 0, map[string]kindFigures{"mail": {}, "call": {}, "visit": {}}, 0)
	want := []struct {
		kind           string
		target, annual int
	}{{"mail", 5, 925}, {"call", 2, 370}, {"visit", 1, 185}}
	if len(s.Kinds) != len(want) {
		t.Fatalf("kinds %+v", s.Kinds)
	}
	for i, w := range want {
		if k := s.Kinds[i]; k.Kind != w.kind || k.Target != w.target || k.AnnualTarget != w.annual {
			t.Errorf("kinds[%d] = %+v, want %+v", i, k, w)
		}
	}
	if s.Date != testToday || s.Year.Year != 2026 || s.Year.WorkingDays != 255 || s.Year.AvailableDays != 220 {
		t.Errorf("date/year: %s %+v", s.Date, s.Year)
	}
}

// logDay logs a full day (5 mail, 2 call, 1 visit) on date.
func logDay(t *testing.T, db, date string) {
	t.Helper()
	must(t, db, "log", "mail", "-n", "5", "--date", date)
	must(t, db, "log", "call", "-n", "2", "--date", date)
	must(t, db, "log", "visit", "--date", date)
}

func TestStatusFigures(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	// February 2026: met on Tue 17, Wed 18, Thu 19; Fri 20 short of its
	// visit; nothing on Mon 23 to Wed 25; met on Thu 26 and Fri 27. Today,
	// Mon 2 March, 3 mails so far.
	for _, d := range []string{"2026-02-17", "2026-02-18", "2026-02-19", "2026-02-26", "2026-02-27"} {
		logDay(t, db, d)
	}
	must(t, db, "log", "mail", "-n", "5", "--date", "2026-02-20")
	must(t, db, "log", "call", "-n", "2", "--date", "2026-02-20")
	must(t, db, "log", "mail", "-n", "3")

	// start is the first entry, 17 Feb: 9 working days have passed.
	// mail: ytd 6×5+3 = 33, expected 5×9 + min(3,5) = 48.
	// call: ytd 12, expected 18. visit: ytd 5, expected 9.
	// current: the run ending on Fri 27 (today is not over): 26, 27.
	// best: 17, 18, 19.
	history := []float64{1, 1, 1, 2.0 / 3, 0, 0, 0, 1, 1}
	checkStatus(t, statusAt(t, db, testToday), true, false, 2, 3, 9, map[string]kindFigures{
		"mail": {3, 33, -15}, "call": {0, 12, -6}, "visit": {0, 5, -4},
	}, habitScore(history...))

	// Saturday 28 February: not a working day, nothing expected today, and
	// the entries of 2 March are not yet in the year to date.
	checkStatus(t, statusAt(t, db, "2026-02-28"), false, false, 2, 3, 9, map[string]kindFigures{
		"mail": {0, 30, -15}, "call": {0, 12, -6}, "visit": {0, 5, -4},
	}, habitScore(history...))

	// Today met: the run grows by today, the score counts today, and pace
	// does not move until the day is over.
	must(t, db, "log", "mail", "-n", "2")
	must(t, db, "log", "call", "-n", "2")
	must(t, db, "log", "visit")
	met := append(slices.Clone(history), 1)
	checkStatus(t, statusAt(t, db, testToday), true, true, 3, 3, 9, map[string]kindFigures{
		"mail": {5, 35, -15}, "call": {2, 14, -6}, "visit": {1, 6, -4},
	}, habitScore(met...))

	// A surplus shows at once.
	must(t, db, "log", "mail")
	checkStatus(t, statusAt(t, db, testToday), true, true, 3, 3, 9, map[string]kindFigures{
		"mail": {6, 36, -14}, "call": {2, 14, -6}, "visit": {1, 6, -4},
	}, habitScore(met...))

	// start_date before the first entry: the rep owes 2 to 27 February, 20
	// working days. The score counts from the start too: 11 days with
	// nothing come first.
	first := statusAt(t, db, testToday).Start
	must(t, db, "config", "set", "start_date", "2026-02-02")
	checkStatus(t, statusAt(t, db, testToday), true, true, 3, 3, 20, map[string]kindFigures{
		"mail": {6, 36, 36 - 5*20 - 5}, "call": {2, 14, 14 - 2*20 - 2}, "visit": {1, 6, 6 - 20 - 1},
	}, habitScore(append(make([]float64, 11), met...)...))
	must(t, db, "config", "set", "start_date", first)
	if s := statusAt(t, db, testToday); s.Year.ElapsedDays != 9 {
		t.Errorf("after moving start_date back to %s: elapsed_days %d, want 9", first, s.Year.ElapsedDays)
	}

	// The human glance says the same.
	out := must(t, db, "status")
	out = strings.ReplaceAll(out, "−", "-") // a typographic minus reads as one
	for _, want := range []string{"mail", "call", "visit", "6/5", "2/2", "1/1", "ytd 36", "pace -14", "pace -6", "streak 3", "best 3", "day met"} {
		if !strings.Contains(out, want) {
			t.Errorf("status does not show %q:\n%s", want, out)
		}
	}
}

func TestStatusStreakCrossesYearEnd(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	// Mon 29 to Wed 31 December 2025 met, 1 January a holiday, Fri 2
	// January met; today Monday 5 January 2026.
	for _, d := range []string{"2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02"} {
		logDay(t, db, d)
	}
	// elapsed starts at 1 January: of 1–4 January only the 2nd is a
	// working day. ytd counts 2026 only.
	checkStatus(t, statusAt(t, db, "2026-01-05"), true, false, 4, 4, 1, map[string]kindFigures{
		"mail": {0, 5, 0}, "call": {0, 2, 0}, "visit": {0, 1, 0},
	}, habitScore(1, 1, 1, 1))
}

func TestStatusPipedHasNoColour(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	must(t, db, "log", "mail", "--who", "\x1b[31mRed\x1b[0m BV")
	for _, env := range [][]string{nil, {"NO_COLOR=1"}, {"CLICOLOR=1"}} {
		for _, args := range [][]string{{"status"}, {"days"}, {"config"}, {"leave", "list"}, {"log", "call", "--who", "\x1b[1mBold\x1b[0m"}} {
			out, errOut, code := exe(t, opts{env: env}, append(args, "--db", db, "--today", testToday)...)
			if code != 0 {
				t.Fatalf("ritme %q: exit %d %q", args, code, errOut)
			}
			if strings.Contains(out, "\x1b") {
				t.Errorf("ritme %q (env %q) piped printed escape sequences: %q", args, env, out)
			}
		}
	}
}

func TestStatusBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedAll(t, db, 2, [][]string{
		{"status", "extra"},
		{"status", "--json=maybe"},
		{"status", "--bogus"},
	})
}
