package cli

import (
	"fmt"
	"strings"
	"testing"
)

func TestLeaveAddListRemove(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	if out := must(t, db, "leave", "list"); !strings.Contains(out, "no leave") {
		t.Errorf("leave list on a new database: %q", out)
	}

	// Mon 20 to Fri 31 July: 12 dates, 10 of them workday dates, which are
	// registered; vacation is the default kind.
	out := must(t, db, "leave", "add", "2026-07-20", "2026-07-31")
	if want := "registered vacation: 2026-07-20 – 2026-07-31 (10 working days)\n" +
		"skipped 2 dates in the weekend (not workdays): 2026-07-25 – 2026-07-26\n"; out != want {
		t.Errorf("leave add printed %q, want %q", out, want)
	}
	must(t, db, "leave", "add", "2026-03-04", "--kind", "sick")
	must(t, db, "leave", "add", "2026-09-10", "--kind", "TRAINING")
	must(t, db, "leave", "add", "2026-10-01", "--kind", "other")
	must(t, db, "leave", "add", "2025-12-29", "2025-12-31") // another year

	list := must(t, db, "leave", "list")
	for _, want := range []string{"2026-07-20 – 2026-07-31", "vacation", "2026-03-04", "sick", "2026-09-10", "training", "2026-10-01", "other", "13 working days"} {
		if !strings.Contains(list, want) {
			t.Errorf("leave list does not show %q:\n%s", want, list)
		}
	}
	if strings.Contains(list, "2025-12") {
		t.Errorf("leave list of 2026 shows 2025:\n%s", list)
	}
	if l := must(t, db, "leave", "list", "--year", "2025"); !strings.Contains(l, "2025-12-29 – 2025-12-31") {
		t.Errorf("leave list --year 2025:\n%s", l)
	}

	// Adding again changes the kind, not the count.
	must(t, db, "leave", "add", "2026-03-04", "--kind", "vacation")
	if l := must(t, db, "leave", "list"); strings.Contains(l, "sick") {
		t.Errorf("re-registered date kept its old kind:\n%s", l)
	}

	// Remove part of the summer, then a single date.
	if out := must(t, db, "leave", "rm", "2026-07-25", "2026-07-31"); !strings.Contains(out, "5 dates") {
		t.Errorf("leave rm printed %q", out)
	}
	must(t, db, "leave", "rm", "2026-03-04")
	list = must(t, db, "leave", "list")
	if !strings.Contains(list, "2026-07-20 – 2026-07-24") || strings.Contains(list, "2026-03-04") {
		t.Errorf("after leave rm:\n%s", list)
	}
}

func TestLeaveCountsInStatus(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	// Met on Tue 24, Thu 26 and Fri 27 February; nothing on Wed 25.
	for _, d := range []string{"2026-02-24", "2026-02-26", "2026-02-27"} {
		logDay(t, db, d)
	}
	s := statusAt(t, db, testToday)
	if s.Streak.Current != 2 || s.Year.ElapsedDays != 4 {
		t.Fatalf("before leave: streak %d, elapsed %d; want 2, 4", s.Streak.Current, s.Year.ElapsedDays)
	}
	// Sick on the 25th: no longer a working day, so it neither breaks the
	// run nor counts as owed.
	must(t, db, "leave", "add", "2026-02-25", "--kind", "sick")
	s = statusAt(t, db, testToday)
	if s.Streak.Current != 3 || s.Streak.Best != 3 || s.Year.ElapsedDays != 3 {
		t.Errorf("with leave: streak %d/%d, elapsed %d; want 3/3, 3", s.Streak.Current, s.Streak.Best, s.Year.ElapsedDays)
	}
	for _, k := range s.Kinds {
		if k.Pace != 0 {
			t.Errorf("%s: pace %d, want 0", k.Kind, k.Pace)
		}
	}
	// Leave today: today is not a working day.
	must(t, db, "leave", "add", testToday)
	if s := statusAt(t, db, testToday); s.WorkingDay || s.Streak.Current != 3 {
		t.Errorf("leave today: working_day %v, current %d", s.WorkingDay, s.Streak.Current)
	}
	// Registered leave does not change the plan of days.
	var d gotDays
	decodeJSON(t, must(t, db, "days", "2026", "--json"), &d)
	if d.WorkingDays != 255 || d.AvailableDays != 220 {
		t.Errorf("days 2026 with leave: %+v", d)
	}
}

func TestLeaveBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedAll(t, db, 2, [][]string{
		{"leave", "add", "2026-03-10", "2026-03-05"},               // TO before FROM
		{"leave", "add", "2026-03-05", "--kind", "holiday"},        // unknown kind
		{"leave", "add", "2026-03-05", "--kind", ""},               // empty kind
		{"leave", "add", "2026-02-30"},                             // no such date
		{"leave", "add", "2026-03-05", "next-week"},                // bad TO
		{"leave", "add", "5-3-2026"},                               // not YYYY-MM-DD
		{"leave", "add", "2026-01-01", "2027-12-31"},               // more than a year
		{"leave", "add"},                                           // missing FROM
		{"leave", "add", "2026-03-05", "2026-03-06", "2026-03-07"}, // too many
		{"leave", "add", "2026-03-05", "--bogus"},
		{"leave", "rm", "2026-03-10", "2026-03-05"},
		{"leave", "rm", "2026-13-01"},
		{"leave", "rm"},
		{"leave", "list", "--year", "soon"},
		{"leave", "list", "--year", "99"},
		{"leave", "list", "extra"},
		{"leave", "frobnicate"},
	})
	// Removing leave where there is none is a failure, not bad input.
	refused(t, db, 1, "leave", "rm", "2026-03-05")
}

func TestLeaveHelp(t *testing.T) {
	t.Parallel()
	out, errOut, code := ritme(t, newDB(t), "leave")
	if code != 0 || !strings.Contains(out, "add") || !strings.Contains(out, "list") || errOut != "" {
		t.Errorf("leave without a subcommand: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestLeaveOnWorkdayDatesOnly: leave add registers workday dates only and
// says what it skipped and what it replaced; a range without a workday date
// is bad input; a day with entries gets a note.
func TestLeaveOnWorkdayDatesOnly(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	mustAt(t, db, "2026-05-04", "log", "call", "--date", "2026-04-29")
	must(t, db, "leave", "add", "2026-04-28", "--kind", "sick")
	// Fri 24 April to Thu 30 April 2026: a weekend, King's Day (Mon 27), a
	// sick day replaced, a day with an entry.
	out, errOut, code := ritme(t, db, "leave", "add", "2026-04-24", "2026-04-30")
	want := "registered vacation: 2026-04-24 – 2026-04-30 (4 working days)\n" +
		"skipped 2 dates in the weekend (not workdays): 2026-04-25 – 2026-04-26\n" +
		"skipped 1 holiday: 2026-04-27 Koningsdag\n" +
		"replaced sick on 2026-04-28\n"
	if code != 0 || out != want {
		t.Errorf("leave add: exit %d, printed %q, want %q", code, out, want)
	}
	if !strings.Contains(errOut, "entries are logged on 2026-04-29") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("leave add on a day with entries: stderr %q, want one note", errOut)
	}
	var v exported
	decodeJSON(t, must(t, db, "export", "--format", "json"), &v)
	if got := fmt.Sprint(v.Leave); got != "[{2026-04-24 vacation} {2026-04-28 vacation} {2026-04-29 vacation} {2026-04-30 vacation}]" {
		t.Errorf("leave registered: %s", got)
	}
	// The Year view keeps the holiday's mark: it is not leave.
	if !strings.Contains(must(t, db, "days", "--json"), "2026-04-27") {
		t.Errorf("King's Day is not a holiday any more")
	}
	refusedWant(t, db, 2, []badCase{
		{"no workday date", []string{"leave", "add", "2026-04-25", "2026-04-26"}},
		{"no workday date", []string{"leave", "add", "2026-04-27"}},
		{"no workday date", []string{"leave", "add", "2026-12-25", "2026-12-27", "--kind", "other"}},
	})
	// Workdays are those in force on each date.
	must(t, db, "config", "set", "workdays", "mon,tue,wed,thu", "--from", "2026-06-01")
	refused(t, db, 2, "leave", "add", "2026-06-05")
	if out := must(t, db, "leave", "add", "2026-05-29"); !strings.Contains(out, "(1 working day)") {
		t.Errorf("leave on a Friday before the change: %q", out)
	}
}

// TestLeaveRmSaysOn: removing leave where there is none names the date.
func TestLeaveRmSaysOn(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	if line := refused(t, db, 1, "leave", "rm", "2025-01-01"); !strings.Contains(line, "no leave registered on 2025-01-01") {
		t.Errorf("leave rm of one date: %q", line)
	}
	if line := refused(t, db, 1, "leave", "rm", "2025-01-01", "2025-01-31"); !strings.Contains(line, "no leave registered from 2025-01-01 to 2025-01-31") {
		t.Errorf("leave rm of a range: %q", line)
	}
}
