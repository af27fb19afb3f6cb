package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/rhythm"
	"ritme/store"
)

// reviewOf returns m's Review view.
func reviewOf(m *model) *reviewView { return m.views[viewReview].(*reviewView) }

func TestReviewStepsThroughWeeksAndMonths(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	run(t, m, m.setView(viewReview))
	cases := []struct {
		key, want string
	}{
		{"", "Review · Week 47 · Mon 16 Nov – Sun 22 Nov 2026"},
		{"]", "Review · Week 48 · Mon 23 Nov – Sun 29 Nov 2026"},
		{"]", "Review · Week 48"}, // never past the week of today
		{"[", "Review · Week 47"},
		{"[", "Review · Week 46 · Mon 9 Nov – Sun 15 Nov 2026"},
		{"w", "Review · November 2026"},
		{"[", "Review · October 2026"},
		{"]", "Review · November 2026"},
		{"]", "Review · November 2026"},
		{"w", "Review · Week 48"},
	}
	for i, c := range cases {
		if c.key != "" {
			press(t, m, kp(c.key))
		}
		if got := screen(m); !strings.Contains(got, c.want) {
			t.Fatalf("step %d (%s): the view lacks %q:\n%s", i, c.key, c.want, got)
		}
	}
	// The week of today is reviewed up to today, which is not over.
	if got := screen(m); !strings.Contains(got, "up to today, Fri 27 Nov (not over yet)") {
		t.Errorf("the week of today does not say so:\n%s", got)
	}
	if m.c.day != testToday {
		t.Errorf("stepping the review moved the day shown to %s", m.c.day)
	}
}

func TestReviewScrollsWhatDoesNotFit(t *testing.T) {
	m := newTestModel(t, seededDB(t), 80, 24)
	run(t, m, m.setView(viewReview))
	first := screen(m)
	if !strings.Contains(first, "↓ 13 more") || strings.Contains(first, "follow-ups") {
		t.Fatalf("80×24 shows:\n%s", first)
	}
	press(t, m, keys("pgdown", "pgdown")...)
	end := screen(m)
	for _, want := range []string{"↑ ", "follow-ups", "due next 7 days"} {
		if !strings.Contains(end, want) {
			t.Errorf("scrolled to the end, the view lacks %q:\n%s", want, end)
		}
	}
	if strings.Contains(end, "↓") {
		t.Errorf("at the end it still says more is below:\n%s", end)
	}
	press(t, m, kp("w")) // a new period starts at the top
	if got := screen(m); !strings.Contains(got, "mail       done") {
		t.Errorf("after w the view does not start at the top:\n%s", got)
	}
	// Wide enough, everything stands in two columns.
	m.Update(tea.WindowSizeMsg{Width: 130, Height: 30})
	wide := screen(m)
	if strings.Contains(wide, "more") || !strings.Contains(wide, "follow-ups") ||
		!strings.Contains(wide, "difference   ") {
		t.Errorf("130×30 shows:\n%s", wide)
	}
}

// weeklyDB is the seeded database with visits 4 a week from 2 November.
func weeklyDB(t *testing.T) *store.DB {
	t.Helper()
	db := seededDB(t)
	c, err := rhythm.NewChange("target.visit", "4/week", rhythm.NewDate(2026, time.November, 2), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveChange(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestWeeklyTargetsInTheViews: Today shows a weekly kind as its week, Week
// its weekly target and whether the week was met.
func TestWeeklyTargetsInTheViews(t *testing.T) {
	m := newTestModel(t, weeklyDB(t), 80, 24)
	// This week: one visit on each of Tuesday to Thursday; none on Monday
	// 23 or today. 4 a week, five owed days.
	if got := screen(m); !strings.Contains(got, "visit ■■■□  3/4 this week") || !strings.Contains(got, "visit     18    15    30    +3   3w") {
		t.Errorf("Today:\n%s", got)
	}
	press(t, m, kp("v"))
	if got := screen(m); !strings.Contains(got, "visit ■■■■  4/4 this week ✓") || !strings.Contains(got, "    16:30 visit") {
		t.Errorf("Today after v:\n%s", got)
	}
	press(t, m, kp("tab"))
	got := screen(m)
	for _, want := range []string{"weekly targets: visit 4/4", "Mon 23 Nov      5/5    2/2      0  ✓ met"} {
		if !strings.Contains(got, want) {
			t.Errorf("Week lacks %q:\n%s", want, got)
		}
	}
	press(t, m, kp("["), kp("["))
	if got := screen(m); !strings.Contains(got, "week met ✓ · weekly targets: visit 5/4") {
		t.Errorf("the week before:\n%s", got)
	}
}

// TestOneDayIsOneDay: a streak of one says "day", not "days".
func TestOneDayIsOneDay(t *testing.T) {
	db := mustOpen(t)
	ctx := context.Background()
	for k, n := range map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1} {
		if _, err := db.Log(ctx, testToday, k, n, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	m := newTestModel(t, db, 80, 24)
	if got := screen(m); !strings.Contains(got, "1 working day in a row · best 1") {
		t.Errorf("a streak of one:\n%s", got)
	}
	press(t, m, kp("tab"))
	if got := screen(m); !strings.Contains(got, "1 of 1 working day met") {
		t.Errorf("a week of one working day:\n%s", got)
	}
}
