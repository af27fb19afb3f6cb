package cli

import (
	"strings"
	"testing"
)

func TestLeaveAddListRemove(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	if out := must(t, db, "leave", "list"); !strings.Contains(out, "no leave") {
		t.Errorf("leave list on a new database: %q", out)
	}

	// Mon 20 to Fri 31 July: 12 dates, 10 working days; vacation is the
	// default kind.
	out := must(t, db, "leave", "add", "2026-07-20", "2026-07-31")
	if !strings.Contains(out, "vacation") || !strings.Contains(out, "12 dates") || !strings.Contains(out, "10 working days") {
		t.Errorf("leave add printed %q", out)
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
	if out := must(t, db, "leave", "rm", "2026-07-27", "2026-07-31"); !strings.Contains(out, "5 dates") {
		t.Errorf("leave rm printed %q", out)
	}
	must(t, db, "leave", "rm", "2026-03-04")
	list = must(t, db, "leave", "list")
	if !strings.Contains(list, "2026-07-20 – 2026-07-26") || strings.Contains(list, "2026-03-04") {
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
