package tui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/rhythm"
	"ritme/team"
)

// teamNow is the fixed now of the Team view's tests: 14:02 on testToday.
var teamNow = time.Date(2026, time.November, 27, 14, 2, 0, 0, time.UTC)

// threeKinds returns the statuses of mail, call and visit: today, target, year
// to date, annual target and pace of each.
func threeKinds(mail, call, visit [5]int) []rhythm.KindStatus {
	var out []rhythm.KindStatus
	for i, k := range [][5]int{mail, call, visit} {
		out = append(out, rhythm.KindStatus{Kind: []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit}[i],
			Today: k[0], Target: k[1], YTD: k[2], AnnualTarget: k[3], Pace: k[4]})
	}
	return out
}

// teamOf returns the team of reps on d with its totals, summed as
// team.Read sums them.
func teamOf(d rhythm.Date, reps ...team.Figures) team.Team {
	t := team.Team{Date: d, Reps: reps}
	sums := map[rhythm.Kind]*team.KindTotal{}
	var order []rhythm.Kind
	for _, f := range reps {
		t.Totals.Entries += f.Entries
		t.Totals.Late += f.Late
		for _, k := range f.Kinds {
			s := sums[k.Kind]
			if s == nil {
				s = &team.KindTotal{Kind: k.Kind}
				sums[k.Kind] = s
				order = append(order, k.Kind)
			}
			s.YTD, s.AnnualTarget, s.Pace = s.YTD+k.YTD, s.AnnualTarget+k.AnnualTarget, s.Pace+k.Pace
		}
	}
	for _, k := range rhythm.SortKinds(order) {
		t.Totals.Kinds = append(t.Totals.Kinds, *sums[k])
	}
	return t
}

// threeReps is the team of the tests on d: anna met her day and is ahead;
// bob is behind, still open today, with a weekly visit target, and logs
// late; dirk started on Monday and never synced.
func threeReps(d rhythm.Date) team.Team {
	anna := team.Figures{Rep: "anna", LastSync: teamNow.Add(-2 * time.Hour), Start: rhythm.NewDate(2025, 1, 6),
		WorkingDay: true, DayMet: true, Streak: 16,
		Kinds: threeKinds([5]int{5, 5, 1012, 1100, 12}, [5]int{2, 2, 401, 440, 3}, [5]int{1, 1, 201, 220, 1}),
		Week:  team.Days{Met: 5, Working: 5}, Month: team.Days{Met: 18, Working: 19}, Year: team.Days{Met: 201, Working: 215},
		PerHundred: map[rhythm.Outcome]float64{rhythm.Reply: 5.1, rhythm.Meeting: 2.1}, Entries: 1614, Late: 19}
	bob := team.Figures{Rep: "bob", LastSync: teamNow.Add(-75 * time.Hour), Start: rhythm.NewDate(2025, 3, 3),
		WorkingDay: true, Streak: 2,
		Kinds: threeKinds([5]int{3, 5, 960, 1100, -40}, [5]int{1, 2, 390, 440, -10}, [5]int{0, 3, 150, 165, -4}),
		Week:  team.Days{Met: 3, Working: 5}, Month: team.Days{Met: 12, Working: 19}, Year: team.Days{Met: 150, Working: 215},
		PerHundred: map[rhythm.Outcome]float64{rhythm.Meeting: 1.3}, Entries: 1500, Late: 171}
	bob.Kinds[2].Weekly, bob.Kinds[2].Week, bob.Kinds[2].WeekTarget = true, 1, 3
	dirk := team.Figures{Rep: "dirk", Start: rhythm.NewDate(2026, 11, 23), WorkingDay: true,
		Kinds: threeKinds([5]int{0, 5, 0, 130, -25}, [5]int{0, 2, 0, 52, -10}, [5]int{0, 1, 0, 26, -5}),
		Week:  team.Days{Met: 0, Working: 5}, Month: team.Days{Met: 0, Working: 5}, Year: team.Days{Met: 0, Working: 5}}
	return teamOf(d, anna, bob, dirk)
}

// manyReps is a team of n reps like anna, named rep01, rep02, ….
func manyReps(d rhythm.Date, n int) team.Team {
	var reps []team.Figures
	for i := range n {
		f := threeReps(d).Reps[0]
		f.Rep = fmt.Sprintf("rep%02d", i+1)
		reps = append(reps, f)
	}
	return teamOf(d, reps...)
}

// teamFake is what the TUI is given to read the team with: it answers with
// read, and records the days it was asked for.
type teamFake struct {
	mu   sync.Mutex
	read func(d rhythm.Date) (team.Team, error)
	days []rhythm.Date
}

// newTeamFake returns a fake that answers with the three reps.
func newTeamFake() *teamFake {
	return &teamFake{read: func(d rhythm.Date) (team.Team, error) { return threeReps(d), nil }}
}

// team is the fake's Options.Team.
func (f *teamFake) team(_ context.Context, d rhythm.Date) (team.Team, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.days = append(f.days, d)
	return f.read(d)
}

// answer makes the next reads answer with read.
func (f *teamFake) answer(read func(d rhythm.Date) (team.Team, error)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.read = read
}

// failWith makes the next reads fail with err.
func (f *teamFake) failWith(err error) {
	f.answer(func(rhythm.Date) (team.Team, error) { return team.Team{}, err })
}

// asked returns the days the fake was asked for.
func (f *teamFake) asked() []rhythm.Date {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]rhythm.Date(nil), f.days...)
}

// options returns the TUI's options with the fake's team, a fixed now, and
// a short TeamEvery, so that the ticks fire at once in runHolding.
func (f *teamFake) options() Options {
	return Options{Today: func() rhythm.Date { return testToday }, Team: f.team, TeamEvery: time.Millisecond,
		Now: func() time.Time { return teamNow }}
}

// newTeamModel returns a model on the seeded database at width × height
// with opts, its first snapshot loaded and its first read of the team
// done, as Init starts it; it returns the tick it started, held back.
func newTeamModel(tb testing.TB, opts Options, width, height int) (*model, []tea.Msg) {
	tb.Helper()
	m := newModel(context.Background(), seededDB(tb), opts)
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	runHolding(tb, m, m.enqueue(op{kind: opReload}))
	if !m.c.ready() {
		tb.Fatalf("no snapshot after the first load: status %q", m.status)
	}
	return m, runHolding(tb, m, m.teamInit())
}

// headerOf returns the first line of m's frame, unstyled.
func headerOf(m *model) string {
	return strings.SplitN(screen(m), "\n", 2)[0]
}
