package tui

import (
	"context"
	"os"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// task is work that a command does and that must be done even when the
// program ends before the command runs (Bubble Tea drops the commands it
// has not started when it quits): the command and finish share it, and it
// runs once. do returns only once the work is done, whoever started it.
type task struct {
	once sync.Once
	run  func()
}

// do runs the task, or waits until the run that started earlier is done.
func (t *task) do() { t.once.Do(t.run) }

// snapshotMsg reports the day's snapshot, made off the key path.
type snapshotMsg struct{ err error }

// snapshot makes the day's snapshot (store.DB.Snapshot) in the background
// after a change was written, once a day by the clock's date: never in the
// queue of changes, so that no key and no change waits for it. Run has it
// done before the database is closed.
func (m *model) snapshot() tea.Cmd {
	day := rhythm.DateOf(time.Now())
	if m.snapshotting != nil || day == m.snapDay {
		return nil
	}
	m.snapDay = day
	ctx, st := m.ctx, m.st
	var err error
	m.snapshotting = &task{run: func() { _, err = st.Snapshot(ctx, time.Now()) }}
	t := m.snapshotting
	return func() tea.Msg {
		t.do()
		return snapshotMsg{err}
	}
}

// snapshotDone shows a failed snapshot as a warning; the change it followed
// is written all the same. It is not tried again that day.
func (m *model) snapshotDone(msg snapshotMsg) {
	m.snapshotting = nil
	if msg.err != nil {
		m.setStatus(m.c.lang.F(i18n.SnapshotFailed, m.c.lang.Explain(msg.err)), true)
	}
}

// signalMsg is a signal that asks ritme to stop: SIGHUP (the terminal was
// closed), SIGTERM or SIGINT.
type signalMsg struct{ sig os.Signal }

// finish is run once the program ended, for whatever reason (q, a signal, a
// terminal that went away): it writes the change being written and then
// those still queued, in order, and makes the day's snapshot if one is
// due, so that the database can then be closed with nothing lost. A quit
// forced with ctrl+c twice leaves the queued changes unwritten, as the rep
// asked.
func (m *model) finish(ctx context.Context) {
	if m.writing != nil {
		m.writing.do()
		m.snapshot() // a no-op unless the change was the day's first
	}
	if !m.forced {
		for _, o := range m.queue {
			if o.kind != opReload {
				if _, err := o.write(ctx, m.st, m.c.lang); err == nil {
					m.snapshot()
				}
			}
		}
	}
	m.queue = nil
	if m.snapshotting != nil {
		m.snapshotting.do()
	}
}
