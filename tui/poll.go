package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// versionMsg carries the data version read by a poll.
type versionMsg struct {
	version int64
	err     error
}

// tickMsg fires the poll for other processes' changes.
type tickMsg struct{}

// tick fires the next poll after Options.Poll.
func (m *model) tick() tea.Cmd {
	return tea.Tick(m.opts.Poll, func(time.Time) tea.Msg { return tickMsg{} })
}

// poll moves on to a new today when the date changed, and reads the data
// version to notice other processes' changes.
func (m *model) poll() tea.Cmd {
	if today := m.opts.Today(); today != m.c.today {
		if m.c.day == m.c.today {
			m.c.day = today
		}
		m.c.today = today
		return m.enqueue(op{kind: opReload})
	}
	if m.busy || len(m.queue) > 0 {
		return nil
	}
	ctx, st := m.ctx, m.st
	return func() tea.Msg {
		v, err := st.DataVersion(ctx)
		return versionMsg{version: v, err: err}
	}
}

// versionRead reloads when another process changed the database since the
// snapshot was read.
func (m *model) versionRead(msg versionMsg) tea.Cmd {
	if msg.err == nil && m.c.ready() && msg.version != m.c.snap.version {
		return m.enqueue(op{kind: opReload})
	}
	return nil
}
