package tui

import (
	"context"
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/rhythm"
	"ritme/team"
)

// ErrNoTeam is what Options.Team returns, or wraps, when there is no team
// to show: the file remembers no team server, the server holds no team, or
// the role that reads it is not one of the team's managers.
var ErrNoTeam = errors.New("no team to show")

// Default timings of the Team view's reads.
const (
	// teamEvery is how often the figures are read again.
	teamEvery = time.Minute
	// teamTimeout bounds one read, so that a server that stopped
	// answering cannot hold up the reads after it.
	teamTimeout = time.Minute
)

// teamer is the root model's part of the Team view: the figures last read
// and the reads in the background. Only Update touches it.
//
// When the Team view shows: the team is read in the background as the TUI
// starts, never before the first frame. The tab joins the cycle once a
// read has worked, and stays for the session. A first answer of ErrNoTeam
// (no team server, or not a manager) means the tab never shows, and no
// more reads are made. Any other failure before a read has worked (the
// server cannot be reached, say) keeps the tab out and is tried again
// every Options.TeamEvery: a manager who opens ritme offline gets the tab
// once the server answers. A failure after a read has worked keeps the
// tab and the last figures, with a line that says they are from then and
// why they are not newer; the reads go on.
type teamer struct {
	// shown is set once a read has worked: the tab is in the cycle.
	shown bool
	// never is set when the first answer was ErrNoTeam.
	never bool
	// figures are the last figures read, at readAt (Options.Now); err is
	// the failure of the last read, nil when it worked.
	figures team.Team
	readAt  time.Time
	err     error
	// running is set while a read runs, of day, with cancel to stop it
	// and ended closed once Options.Team returned. again asks for one more
	// read after it, as the day shown moved or the minute came round.
	running bool
	day     rhythm.Date
	cancel  context.CancelFunc
	ended   chan struct{}
	again   bool
}

// Messages of the Team view's reads.
type (
	// teamDoneMsg reports a finished read of the figures of day.
	teamDoneMsg struct {
		day  rhythm.Date
		team team.Team
		err  error
	}
	// teamTickMsg fires the read of every Options.TeamEvery.
	teamTickMsg struct{}
)

// teams reports whether the TUI was given a way to read the team.
func (m *model) teams() bool { return m.opts.Team != nil }

// viewsShown is how many views tab cycles through: the Team view, last,
// only once it shows.
func (m *model) viewsShown() viewID {
	if m.team.shown {
		return allViews
	}
	return viewCount
}

// teamInit starts the reads of the team: the first one, and the tick of
// every Options.TeamEvery.
func (m *model) teamInit() tea.Cmd {
	if !m.teams() {
		return nil
	}
	return tea.Batch(m.readTeam(), m.teamTick())
}

// teamTick fires the next regular read.
func (m *model) teamTick() tea.Cmd {
	return tea.Tick(m.opts.TeamEvery, func(time.Time) tea.Msg { return teamTickMsg{} })
}

// readTeam reads the figures of the day shown in the background. At most
// one read runs at a time: while one runs, of another day, it asks for one
// more after it instead.
func (m *model) readTeam() tea.Cmd {
	if !m.teams() || m.team.never || m.mode == modeDraining || m.mode == modeQuitting {
		return nil
	}
	if m.team.running {
		m.team.again = m.team.again || m.team.day != m.c.day
		return nil
	}
	ctx, cancel := context.WithTimeout(m.ctx, teamTimeout)
	ended := make(chan struct{})
	day := m.c.day
	m.team.running, m.team.day, m.team.cancel, m.team.ended = true, day, cancel, ended
	read := m.opts.Team
	return func() tea.Msg {
		t, err := read(ctx, day)
		close(ended)
		return teamDoneMsg{day: day, team: t, err: err}
	}
}

// teamDone takes a finished read, and starts the one asked for meanwhile.
func (m *model) teamDone(msg teamDoneMsg) tea.Cmd {
	t := m.team
	t.running, t.ended = false, nil
	t.cancel()
	if m.mode == modeDraining || m.mode == modeQuitting {
		return nil
	}
	switch {
	case msg.err == nil:
		t.shown, t.figures, t.readAt, t.err = true, msg.team, m.opts.Now(), nil
		t.figures.Date = msg.day
	case errors.Is(msg.err, ErrNoTeam) && !t.shown:
		t.never, t.again = true, false
	default:
		t.err = msg.err
	}
	if t.again {
		t.again = false
		return m.readTeam()
	}
	return nil
}

// teamStale reports whether the figures shown are not those of the day
// shown, are older than Options.TeamEvery, or could not be read last time.
func (m *model) teamStale() bool {
	t := m.team
	return t.figures.Date != m.c.day || t.err != nil || m.opts.Now().Sub(t.readAt) >= m.opts.TeamEvery
}

// teamUpdate handles the messages of the Team view's reads. The minute's
// tick reads the team while the Team view is shown, and while its tab has
// not shown yet (to find out whether it will); the figures of a view not
// shown are read again when it opens.
func (m *model) teamUpdate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case teamDoneMsg:
		return m.teamDone(msg)
	case teamTickMsg:
		if m.team.never {
			return nil
		}
		var read tea.Cmd
		if !m.team.shown || m.view == viewTeam {
			read = m.readTeam()
		}
		return tea.Batch(read, m.teamTick())
	}
	return nil
}

// teamOpened reads the team again, when stale, as the Team view opens or
// its day moves.
func (m *model) teamOpened() tea.Cmd {
	if m.view != viewTeam || !m.teamStale() {
		return nil
	}
	return m.readTeam()
}

// stopTeam cancels the running read, if any, as the TUI quits.
func (m *model) stopTeam() {
	if m.team.cancel != nil {
		m.team.cancel()
	}
	m.team.again = false
}

// waitTeam waits, at most syncQuitWait, for the read that stopTeam
// cancelled to end, so that the database is not closed under it.
func (m *model) waitTeam() {
	if m.team.ended == nil {
		return
	}
	select {
	case <-m.team.ended:
	case <-time.After(syncQuitWait):
	}
}
