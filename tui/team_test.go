package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/team"
)

// teamOfModel returns m's Team view.
func teamOfModel(m *model) *teamView { return m.views[viewTeam].(*teamView) }

// TestTeamViewGolden runs the whole TUI for a manager at 80×24: the Team
// tab joins the cycle once the team is read, and tab reaches it after
// Review. It compares the frame with testdata/TestTeamViewGolden.golden.
// Regenerate with: go test ./tui -run TestTeamView -update
func TestTeamViewGolden(t *testing.T) {
	fake := newTeamFake()
	opts := fake.options()
	opts.Poll, opts.TeamEvery = time.Hour, time.Hour
	m := newModel(context.Background(), seededDB(t), opts)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Review  Team"))
	}, teatest.WithDuration(5*time.Second))
	for range viewTeam {
		tm.Send(tea.KeyPressMsg{Code: tea.KeyTab})
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("year to date: mail"))
	}, teatest.WithDuration(5*time.Second))
	golden.RequireEqual(t, finalScreen(t, tm))
	if got := fake.asked(); !slices.Equal(got, []rhythm.Date{testToday}) {
		t.Errorf("the team was read for %v, want once, for today", got)
	}
}

// TestTeamViewSizesGolden renders the Team view narrower and shorter, and
// in Dutch, and compares it with testdata/TestTeamViewSizesGolden/.
func TestTeamViewSizesGolden(t *testing.T) {
	cases := []struct {
		name          string
		width, height int
		lang          i18n.Lang
		want          []string
	}{
		{"wide", 130, 24, i18n.English, []string{"per kind: mail·call·visit", "1614/1760", "meetings/100", "2 h ago"}},
		{"narrow", 60, 24, i18n.English, []string{"narrow: days met w·m·y, ytd, meetings/100 hidden", "−40 −10 −4", "11.4%"}},
		{"tiny", 40, 12, i18n.English, []string{"narrow: 5 columns hidden\n", "short: year to date hidden", "5/5 2/2  1/1 ✓"}},
		{"dutch", 80, 24, i18n.Dutch, []string{"3 verkopers", "2 u geleden", "nooit"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fake := newTeamFake()
			m, _ := newTeamModel(t, fake.options(), c.width, c.height)
			m.c.lang, m.c.keys = c.lang, defaultKeyMap(c.lang)
			run(t, m, m.setView(viewTeam))
			got := screen(m)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("%d×%d lacks %q:\n%s", c.width, c.height, w, got)
				}
			}
			golden.RequireEqual(t, []byte(got))
		})
	}
}

// TestTeamTabNeverForANonManager: when the first read says there is no
// team to show (no server, not a manager), the tab never joins the cycle,
// the frame is that of a TUI without a team, and the team is not read
// again.
func TestTeamTabNeverForANonManager(t *testing.T) {
	fake := newTeamFake()
	fake.failWith(fmt.Errorf("%w: anna is a rep of this team, not a manager", ErrNoTeam))
	m, held := newTeamModel(t, fake.options(), 80, 24)
	plain := newTestModel(t, seededDB(t), 80, 24)
	if a, b := screen(m), screen(plain); a != b {
		t.Errorf("frame differs from one without a team:\n%s\n%s", a, b)
	}
	if len(held) != 1 {
		t.Fatalf("held %v, want the minute's tick", held)
	}
	if more := deliver(t, m, held...); len(more) != 0 {
		t.Errorf("the tick was armed again: %v", more)
	}
	for i := range viewCount {
		press(t, m, kp("tab"))
		if want := (i + 1) % viewCount; m.view != want {
			t.Fatalf("tab %d shows view %d, want %d", i+1, m.view, want)
		}
	}
	press(t, m, kp("shift+tab"))
	if m.view != viewReview {
		t.Errorf("shift+tab from Today shows view %d, want Review", m.view)
	}
	press(t, m, kp("left"))
	if got := fake.asked(); len(got) != 1 {
		t.Errorf("the team was read %d times, want once", len(got))
	}
	if strings.Contains(headerOf(m), "Team") {
		t.Errorf("the header shows the Team tab: %q", headerOf(m))
	}
}

// TestTeamTabOnceTheServerAnswers: a manager who starts offline gets no
// tab until a read works; the minute's tick tries again, and the tab then
// joins the cycle.
func TestTeamTabOnceTheServerAnswers(t *testing.T) {
	fake := newTeamFake()
	fake.failWith(errors.New("cannot reach the server (connection refused)"))
	m, held := newTeamModel(t, fake.options(), 80, 24)
	if strings.Contains(headerOf(m), "Team") || m.viewsShown() != viewCount {
		t.Fatalf("a tab before any read worked: %q", headerOf(m))
	}
	held = deliver(t, m, held...) // the minute's tick, still offline
	if len(fake.asked()) != 2 || len(held) != 1 {
		t.Fatalf("reads %v, held %v: want the tick to try again and arm the next", fake.asked(), held)
	}
	fake.answer(func(d rhythm.Date) (team.Team, error) { return threeReps(d), nil })
	deliver(t, m, held...)
	if !strings.Contains(headerOf(m), "Review  Team") {
		t.Fatalf("no Team tab once the server answered: %q", headerOf(m))
	}
	press(t, m, kp("shift+tab"))
	if m.view != viewTeam || !strings.Contains(screen(m), "anna") {
		t.Errorf("shift+tab from Today shows view %d, want Team:\n%s", m.view, screen(m))
	}
}

// TestTeamFailureKeepsTheLastFigures: once shown, the view stays when a
// read fails, with the last figures and a line that says from when and
// why; a read that works again clears the line.
func TestTeamFailureKeepsTheLastFigures(t *testing.T) {
	fake := newTeamFake()
	opts := fake.options()
	now := teamNow
	opts.Now = func() time.Time { return now }
	m, held := newTeamModel(t, opts, 80, 24)
	run(t, m, m.setView(viewTeam))
	now = now.Add(3 * time.Minute)
	cases := []struct {
		err  error
		want string
	}{
		{errors.New("cannot reach the server (dial tcp 10.0.0.9:5432: connection refused)"),
			"offline · figures from 14:02 · cannot reach the server (dial tcp\n 10.0.0.9:5432: connection refused)"},
		{fmt.Errorf("%w: boss is not a manager of this team", ErrNoTeam),
			"offline · figures from 14:02 · the server no longer shows this role the team"},
		{errors.New("bad\x1b[2J news\r\n"), "offline · figures from 14:02 · bad news"},
	}
	for _, c := range cases {
		fake.failWith(c.err)
		held = deliver(t, m, held...)
		got := screen(m)
		if !strings.Contains(got, c.want) || !strings.Contains(got, "anna") || m.view != viewTeam {
			t.Errorf("after %q the view shows:\n%s", c.err, got)
		}
		if strings.Contains(m.View().Content, "\x1b[2J") {
			t.Errorf("the error passes an escape sequence through")
		}
	}
	fake.answer(func(d rhythm.Date) (team.Team, error) { return threeReps(d), nil })
	deliver(t, m, held...)
	if got := screen(m); strings.Contains(got, "offline") {
		t.Errorf("the line stays after a read that worked:\n%s", got)
	}
}

// TestTeamReadsTheDayShown: ← and → on the Team view read the figures of
// the new day; off the view they do not, and opening it reads the day
// shown; the minute's tick reads only while the view is shown.
func TestTeamReadsTheDayShown(t *testing.T) {
	fake := newTeamFake()
	m, held := newTeamModel(t, fake.options(), 80, 24)
	run(t, m, m.setView(viewTeam))
	if got := fake.asked(); len(got) != 1 {
		t.Fatalf("opening fresh figures read them again: %v", got)
	}
	press(t, m, kp("left"))
	if got := screen(m); !strings.Contains(got, "Team · Thu 26 Nov · 3 reps") {
		t.Errorf("← does not show the figures of the day before:\n%s", got)
	}
	press(t, m, kp("tab"), kp("left"), kp("left"))
	if got := fake.asked(); !slices.Equal(got, []rhythm.Date{testToday, testToday - 1}) {
		t.Errorf("reads %v, want today and the day before, none off the view", got)
	}
	held = deliver(t, m, held...) // the minute's tick, off the view
	if got := fake.asked(); len(got) != 2 {
		t.Errorf("the tick read the team off the view: %v", got)
	}
	press(t, m, kp("shift+tab"))
	if got := fake.asked(); got[len(got)-1] != testToday-3 || !strings.Contains(screen(m), "Team · Tue 24 Nov") {
		t.Errorf("opening the view read %v, want the day shown, %s:\n%s", got, testToday-3, screen(m))
	}
	deliver(t, m, held...) // the minute's tick, on the view
	if got := fake.asked(); len(got) != 4 {
		t.Errorf("the tick on the view did not read the team: %v", got)
	}
}

// TestTeamDayMovesWhileReading: a day move while a read runs reads the
// new day after it, and the view says which day it reads meanwhile.
func TestTeamDayMovesWhileReading(t *testing.T) {
	fake := newTeamFake()
	m, _ := newTeamModel(t, fake.options(), 80, 24)
	run(t, m, m.setView(viewTeam))
	m.c.day = testToday - 1
	first := m.readTeam()
	_, cmd := m.Update(kp("left")) // to the 25th, while the 26th is read
	if got := screen(m); !strings.Contains(got, "reading the figures of Thu 26 Nov…") || !strings.Contains(got, "Team · Fri 27 Nov") {
		t.Errorf("while reading, the view shows:\n%s", got)
	}
	runHolding(t, m, cmd)
	runHolding(t, m, first)
	if got := fake.asked(); !slices.Equal(got, []rhythm.Date{testToday, testToday - 1, testToday - 2}) {
		t.Errorf("reads %v, want the 27th, 26th and 25th", got)
	}
	if got := screen(m); !strings.Contains(got, "Team · Wed 25 Nov") || strings.Contains(got, "reading") {
		t.Errorf("after the reads the view shows:\n%s", got)
	}
}

// TestTeamFirstFrameDoesNotWait runs the whole program with a team that
// hangs until cancelled: the first frame and the keys do not wait for it,
// and quitting cancels it.
func TestTeamFirstFrameDoesNotWait(t *testing.T) {
	started, cancelled := make(chan struct{}), make(chan struct{})
	hang := func(ctx context.Context, _ rhythm.Date) (team.Team, error) {
		close(started)
		<-ctx.Done()
		close(cancelled)
		return team.Team{}, ctx.Err()
	}
	m := newModel(context.Background(), seededDB(t), Options{Today: func() rhythm.Date { return testToday }, Poll: time.Hour,
		Team: hang, TeamEvery: time.Hour})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Year to date"))
	}, teatest.WithDuration(5*time.Second))
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("no read of the team on start")
	}
	tm.Send(kp("?"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("previous day"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(kp("esc"))
	tm.Send(kp("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	fm.stopTeam() // as Run does once the program ended
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("quitting did not cancel the read")
	}
	fm.waitTeam()
	if fm.team.shown {
		t.Error("the Team tab shows without a read that worked")
	}
}

// TestTeamScrolls: reps beyond the height scroll with the list keys, and
// the window says how many are out of sight.
func TestTeamScrolls(t *testing.T) {
	fake := newTeamFake()
	fake.answer(func(d rhythm.Date) (team.Team, error) { return manyReps(d, 30), nil })
	m, _ := newTeamModel(t, fake.options(), 80, 24)
	run(t, m, m.setView(viewTeam))
	got := screen(m)
	if !strings.Contains(got, "rep01") || !strings.Contains(got, "↓ 15 more") || strings.Contains(got, "↑") {
		t.Fatalf("80×24 shows:\n%s", got)
	}
	if !strings.Contains(got, "year to date: mail") || !strings.Contains(got, "Team   ") {
		t.Errorf("the totals scrolled out of sight:\n%s", got)
	}
	press(t, m, kp("down"))
	if got := screen(m); !strings.Contains(got, "↑ 2 more") || !strings.Contains(got, "rep03") || strings.Contains(got, "rep02 ") {
		t.Errorf("after ↓:\n%s", got)
	}
	press(t, m, keys("pgdown", "pgdown", "pgdown")...)
	if got := screen(m); !strings.Contains(got, "rep30") || strings.Contains(got, "↓") {
		t.Errorf("at the end:\n%s", got)
	}
	press(t, m, keys("pgup", "pgup", "pgup", "up")...)
	if got := screen(m); !strings.Contains(got, "rep01") || strings.Contains(got, "↑") {
		t.Errorf("back at the top:\n%s", got)
	}
}

// TestTeamEverySizeRendersWithinBounds renders the Team view, with three
// reps, thirty, none, and a failed read, at sizes from 1×1 to 200×60: no
// size may panic or overflow, and a view that leaves columns or lines out
// says so.
func TestTeamEverySizeRendersWithinBounds(t *testing.T) {
	teams := map[string]func(rhythm.Date) team.Team{
		"three":  threeReps,
		"thirty": func(d rhythm.Date) team.Team { return manyReps(d, 30) },
		"none":   func(d rhythm.Date) team.Team { return teamOf(d) },
	}
	var sizes [][2]int
	step := 1
	if testing.Short() {
		step = 7 // a coarser grid, for the run under the race detector
	}
	for w := 1; w <= 200; w += step {
		for _, h := range []int{1, 2, 5, 9, 10, 11, 12, 13, 17, 24, 60} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for h := 1; h <= 60; h += step {
		for _, w := range []int{1, 5, 29, 30, 31, 40, 45, 60, 79, 80, 81, 100, 130, 200} {
			sizes = append(sizes, [2]int{w, h})
		}
	}
	for name, build := range teams {
		fake := newTeamFake()
		fake.answer(func(d rhythm.Date) (team.Team, error) { return build(d), nil })
		m, held := newTeamModel(t, fake.options(), 80, 24)
		run(t, m, m.setView(viewTeam))
		if name == "three" {
			fake.failWith(errors.New("cannot reach the server (a long reason that needs cutting at most sizes)"))
			deliver(t, m, held...)
		}
		wide := teamOfModel(m)
		for _, sz := range sizes {
			w, h := sz[0], sz[1]
			m.Update(tea.WindowSizeMsg{Width: w, Height: h})
			frame := screen(m)
			if got := lipgloss.Height(frame); got > h {
				t.Fatalf("%s at %d×%d is %d lines tall", name, w, h, got)
			}
			for i, line := range strings.Split(frame, "\n") {
				if got := lipgloss.Width(line); got > w {
					t.Fatalf("%s at %d×%d: line %d is %d cells wide: %q", name, w, h, i, got, line)
				}
			}
			if w < minWidth || h < minHeight || name == "none" {
				continue
			}
			_, hidden := wide.fit(wide.columns(m.team.figures))
			if len(hidden) > 0 && !strings.Contains(frame, "narrow:") && !strings.Contains(frame, "more") {
				t.Fatalf("%s at %d×%d hides %v and does not say so:\n%s", name, w, h, hidden, frame)
			}
			if !strings.Contains(frame, "year to date:") && !strings.Contains(frame, "short:") && !strings.Contains(frame, "more") {
				t.Fatalf("%s at %d×%d hides the year to date and does not say so:\n%s", name, w, h, frame)
			}
		}
	}
}

// TestTeamUserTextCannotDriveTheTerminal: a rep's name and a kind's, from
// the server, are shown without escape sequences or control characters.
func TestTeamUserTextCannotDriveTheTerminal(t *testing.T) {
	evil := "Evil\x1b]0;pwned\x07 Rep\x1b[2J\r\n\x9b31m\u202e"
	fake := newTeamFake()
	fake.answer(func(d rhythm.Date) (team.Team, error) {
		f := threeReps(d).Reps[0]
		f.Rep = evil
		f.Kinds = append(f.Kinds, rhythm.KindStatus{Kind: "demo\x1b[5m", Today: 1})
		return teamOf(d, f), nil
	})
	m, _ := newTeamModel(t, fake.options(), 130, 24)
	run(t, m, m.setView(viewTeam))
	raw := m.View().Content
	for _, bad := range []string{"\x1b]0;pwned", "\x1b[2J", "\x07", "\x9b", "\x1b[5m", "\r", "\u202e"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the Team view passes %q through", bad)
		}
	}
	if got := screen(m); !strings.Contains(got, "Evil Rep") || !strings.Contains(got, "demo 0/0") {
		t.Errorf("sanitised names missing:\n%s", got)
	}
}

// TestTeamWithoutColour: every mark of the Team view is a glyph or a word,
// so that NO_COLOR (the Ascii profile, which strips colours) loses
// nothing.
func TestTeamWithoutColour(t *testing.T) {
	fake := newTeamFake()
	m, _ := newTeamModel(t, fake.options(), 80, 24)
	run(t, m, m.setView(viewTeam))
	var out bytes.Buffer
	w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.Ascii}
	fmt.Fprint(w, m.View().Content)
	got := out.String()
	if strings.Contains(got, "\x1b[3") || strings.Contains(got, "\x1b[9") {
		t.Errorf("colours pass under NO_COLOR:\n%q", got)
	}
	for _, mark := range []string{"✓", "·", "+12", "−40", "never", "11.4%"} {
		if !strings.Contains(ansi.Strip(got), mark) {
			t.Errorf("without colour the view lacks %q:\n%s", mark, ansi.Strip(got))
		}
	}
}

func TestAgo(t *testing.T) {
	now := teamNow
	cases := []struct {
		t    time.Time
		want string
	}{
		{time.Time{}, "never"},
		{now.Add(time.Hour), "just now"}, // a clock ahead of ours
		{now.Add(-59 * time.Second), "just now"},
		{now.Add(-time.Minute), "1 min ago"},
		{now.Add(-59 * time.Minute), "59 min ago"},
		{now.Add(-time.Hour), "1 h ago"},
		{now.Add(-47 * time.Hour), "47 h ago"},
		{now.Add(-48 * time.Hour), "2 d ago"},
		{now.Add(-400 * 24 * time.Hour), "400 d ago"},
	}
	for _, c := range cases {
		if got := ago(i18n.English, now, c.t); got != c.want {
			t.Errorf("ago(%v) = %q, want %q", now.Sub(c.t), got, c.want)
		}
	}
	if got := ago(i18n.Dutch, now, now.Add(-3*time.Hour)); got != "3 u geleden" {
		t.Errorf("ago in Dutch = %q, want 3 u geleden", got)
	}
}
