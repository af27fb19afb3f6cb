package team

import (
	"maps"
	"testing"

	"ritme/rhythm"
)

func TestFigures(t *testing.T) {
	defaults := []rhythm.Change(nil)
	mail6 := func(t *testing.T) []rhythm.Change {
		return []rhythm.Change{change(t, "target.mail", "6", "2026-03-02")}
	}
	visitWeekly := func(t *testing.T) []rhythm.Change {
		return []rhythm.Change{change(t, "target.visit", "3/week", "2026-01-01")}
	}
	// 2026-03-04 is a Wednesday; the start, 2026-02-23, the Monday of the
	// week before.
	cases := []struct {
		name    string
		rep     func(t *testing.T) *Rep
		d       string
		start   string
		working bool
		met     bool
		streak  int
		week    Days
		month   Days
		year    Days
		today   map[rhythm.Kind]int
		target  map[rhythm.Kind]int
		ytd     map[rhythm.Kind]int
	}{
		{
			name: "today open",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "anna", "2026-02-23", defaults, nil, "2026-02-23", "2026-03-03", count{"2026-03-04", rhythm.Mail, 3})
			},
			d: "2026-03-04", start: "2026-02-23", working: true, met: false, streak: 7,
			week: Days{2, 3}, month: Days{2, 3}, year: Days{7, 8},
			today:  map[rhythm.Kind]int{rhythm.Mail: 3, rhythm.Call: 0, rhythm.Visit: 0},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 38, rhythm.Call: 14, rhythm.Visit: 7},
		},
		{
			name: "today met",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "anna", "2026-02-23", defaults, nil, "2026-02-23", "2026-03-04")
			},
			d: "2026-03-04", start: "2026-02-23", working: true, met: true, streak: 8,
			week: Days{3, 3}, month: Days{3, 3}, year: Days{8, 8},
			today:  map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 40, rhythm.Call: 16, rhythm.Visit: 8},
		},
		{
			name: "leave and a missed day",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "bob", "2026-02-23", defaults, []string{"2026-02-25"}, "2026-02-23", "2026-02-27",
					count{"2026-03-02", rhythm.Mail, 5}, count{"2026-03-02", rhythm.Call, 2},
					count{"2026-03-03", rhythm.Mail, 5}, count{"2026-03-03", rhythm.Call, 2}, count{"2026-03-03", rhythm.Visit, 1})
			},
			d: "2026-03-04", start: "2026-02-23", working: true, met: false, streak: 1,
			week: Days{1, 3}, month: Days{1, 3}, year: Days{5, 7},
			today:  map[rhythm.Kind]int{rhythm.Mail: 0, rhythm.Call: 0, rhythm.Visit: 0},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 30, rhythm.Call: 12, rhythm.Visit: 5},
		},
		{
			name: "a target from a date",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "cas", "2026-02-23", mail6(t), nil, "2026-02-23", "2026-03-04")
			},
			d: "2026-03-04", start: "2026-02-23", working: true, met: true, streak: 8,
			week: Days{3, 3}, month: Days{3, 3}, year: Days{8, 8},
			today:  map[rhythm.Kind]int{rhythm.Mail: 6, rhythm.Call: 2, rhythm.Visit: 1},
			target: map[rhythm.Kind]int{rhythm.Mail: 6, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 43, rhythm.Call: 16, rhythm.Visit: 8},
		},
		{
			name: "no stored start: the first entry",
			rep: func(t *testing.T) *Rep {
				r := newRep(t, "dirk", "", defaults, nil, "2026-02-23", "2026-03-03")
				r.First = day(t, "2026-02-23")
				return r
			},
			d: "2026-03-04", start: "2026-02-23", working: true, met: false, streak: 7,
			week: Days{2, 3}, month: Days{2, 3}, year: Days{7, 8},
			today:  map[rhythm.Kind]int{rhythm.Mail: 0, rhythm.Call: 0, rhythm.Visit: 0},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 35, rhythm.Call: 14, rhythm.Visit: 7},
		},
		{
			name: "before the start",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "eva", "2026-03-09", defaults, nil, "", "", count{"2026-03-04", rhythm.Mail, 2})
			},
			d: "2026-03-04", start: "2026-03-09", working: true, met: false, streak: 0,
			today:  map[rhythm.Kind]int{rhythm.Mail: 2, rhythm.Call: 0, rhythm.Visit: 0},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 0, rhythm.Call: 0, rhythm.Visit: 0},
		},
		{
			name: "a weekly kind",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "fay", "2026-02-23", visitWeekly(t), nil, "2026-02-23", "2026-03-03",
					count{"2026-03-02", rhythm.Visit, 1}, count{"2026-03-03", rhythm.Visit, 1})
			},
			d: "2026-03-04", start: "2026-02-23", working: true, met: false, streak: 7,
			week: Days{2, 3}, month: Days{2, 3}, year: Days{7, 8},
			today:  map[rhythm.Kind]int{rhythm.Mail: 0, rhythm.Call: 0, rhythm.Visit: 0},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 3},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 35, rhythm.Call: 14, rhythm.Visit: 2},
		},
		{
			name: "a weekend day",
			rep: func(t *testing.T) *Rep {
				return newRep(t, "gijs", "2026-02-23", defaults, nil, "2026-02-23", "2026-03-06", count{"2026-03-07", rhythm.Mail, 1})
			},
			d: "2026-03-07", start: "2026-02-23", working: false, met: false, streak: 10,
			week: Days{5, 5}, month: Days{5, 5}, year: Days{10, 10},
			today:  map[rhythm.Kind]int{rhythm.Mail: 1, rhythm.Call: 0, rhythm.Visit: 0},
			target: map[rhythm.Kind]int{rhythm.Mail: 5, rhythm.Call: 2, rhythm.Visit: 1},
			ytd:    map[rhythm.Kind]int{rhythm.Mail: 51, rhythm.Call: 20, rhythm.Visit: 10},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, complete, err := c.rep(t).figures(day(t, c.d))
			if err != nil {
				t.Fatal(err)
			}
			if !complete {
				t.Errorf("complete = false, want true for a rep whose data is all there")
			}
			if got, want := f.Start, day(t, c.start); got != want {
				t.Errorf("Start = %v, want %v", got, want)
			}
			if f.WorkingDay != c.working || f.DayMet != c.met || f.Streak != c.streak {
				t.Errorf("WorkingDay, DayMet, Streak = %v, %v, %d, want %v, %v, %d", f.WorkingDay, f.DayMet, f.Streak, c.working, c.met, c.streak)
			}
			if f.Week != c.week || f.Month != c.month || f.Year != c.year {
				t.Errorf("Week, Month, Year = %v, %v, %v, want %v, %v, %v", f.Week, f.Month, f.Year, c.week, c.month, c.year)
			}
			today, target, ytd := map[rhythm.Kind]int{}, map[rhythm.Kind]int{}, map[rhythm.Kind]int{}
			for _, k := range f.Kinds {
				today[k.Kind], target[k.Kind], ytd[k.Kind] = k.Today, k.Target, k.YTD
			}
			if !maps.Equal(today, c.today) || !maps.Equal(target, c.target) || !maps.Equal(ytd, c.ytd) {
				t.Errorf("today, target, ytd = %v, %v, %v, want %v, %v, %v", today, target, ytd, c.today, c.target, c.ytd)
			}
		})
	}
}

func TestFiguresOutcomesAndLate(t *testing.T) {
	r := newRep(t, "anna", "2026-02-23", nil, nil, "2026-02-23", "2026-03-03", count{"2026-03-04", rhythm.Mail, 3})
	r.Outcomes = map[rhythm.Kind]map[rhythm.Outcome]int{rhythm.Mail: {rhythm.Reply: 2}, rhythm.Visit: {rhythm.Meeting: 1}}
	r.Entries, r.Late = 59, 6
	f, _, err := r.figures(day(t, "2026-03-04"))
	if err != nil {
		t.Fatal(err)
	}
	// 59 contacts: 38 mails, 14 calls, 7 visits.
	want := map[rhythm.Outcome]float64{rhythm.Reply: 3.4, rhythm.Meeting: 1.7}
	if !maps.Equal(f.PerHundred, want) {
		t.Errorf("PerHundred = %v, want %v", f.PerHundred, want)
	}
	if got, want := LateShare(f.Late, f.Entries), 6.0/59; got != want {
		t.Errorf("LateShare = %v, want %v", got, want)
	}
}

func TestLateShare(t *testing.T) {
	cases := []struct {
		late, entries int
		want          float64
	}{
		{0, 0, 0},
		{0, 10, 0},
		{1, 4, 0.25},
		{4, 4, 1},
	}
	for _, c := range cases {
		if got := LateShare(c.late, c.entries); got != c.want {
			t.Errorf("LateShare(%d, %d) = %v, want %v", c.late, c.entries, got, c.want)
		}
	}
}

func TestFiguresBadSettings(t *testing.T) {
	r := &Rep{Name: "mallory", Changes: []rhythm.Change{{Key: "workdays", Value: "someday"}}}
	if _, _, err := r.figures(day(t, "2026-03-04")); err == nil {
		t.Fatal("figures of a rep with a bad settings change: no error")
	}
}
