package tui

import (
	"context"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
)

// SyncState is what the TUI knows of the file's sync with its server, as
// Options.SyncState reads it.
type SyncState struct {
	// On reports whether sync is set up for the file; when it is not, the
	// TUI neither syncs nor shows a sync marker.
	On bool
	// Waiting is how many changes wait to be sent.
	Waiting int
	// Last is when the last sync succeeded, the zero time if never.
	Last time.Time
}

// Default timings of the background sync.
const (
	// syncEvery is how often the TUI syncs when nothing else made it.
	syncEvery = time.Minute
	// syncDelay is how long after a write the TUI syncs: the ticks of a
	// burst of keys go in one sync.
	syncDelay = 1500 * time.Millisecond
	// syncTimeout bounds one sync, so that a server that stopped
	// answering cannot hold up the syncs after it: a sync cut off keeps
	// what it did, and the next one goes on from there.
	syncTimeout = 2 * time.Minute
	// syncQuitWait bounds how long quitting waits for a cancelled sync to
	// end: local data is safe without it.
	syncQuitWait = 2 * time.Second
)

// syncer is the root model's part of the background sync. Only Update
// touches it, except seq, which the commands take their numbers from.
type syncer struct {
	// state is the last state read, once known is set.
	state SyncState
	known bool
	// shown is the number of the read that state comes from: a read that
	// started before it (and ended after it) is older and dropped.
	shown int64
	seq   atomic.Int64
	// running is set while a sync runs, with cancel to stop it and ended
	// closed once Options.Sync returned. again asks for one more sync
	// after it, as a write came in while it ran.
	running bool
	cancel  context.CancelFunc
	ended   chan struct{}
	again   bool
	// started is set once a sync has been started, so that the first one
	// starts as soon as sync is known to be set up.
	started bool
	// failed is set when the last sync failed: the server could not be
	// reached, or answered with an error. The marker then says offline
	// until a sync works again.
	failed bool
	// due numbers the delayed sync after a write: a later write moves it.
	due int
}

// Messages of the background sync.
type (
	// syncStateMsg carries a state read by readSyncState; seq is its
	// number.
	syncStateMsg struct {
		state SyncState
		seq   int64
		err   error
	}
	// syncDoneMsg reports a finished sync, and the state read after it.
	syncDoneMsg struct {
		received int
		err      error
		state    syncStateMsg
	}
	// syncTickMsg fires the sync every Options.SyncEvery.
	syncTickMsg struct{}
	// syncDueMsg fires the sync a little after a write; due is the
	// syncer.due it was set for.
	syncDueMsg struct{ due int }
)

// syncs reports whether the TUI was given a way to sync.
func (m *model) syncs() bool { return m.opts.Sync != nil && m.opts.SyncState != nil }

// syncInit starts the background sync: the first sync when sync is known
// to be set up (otherwise a read of its state, which starts it when it
// is), and the tick of every Options.SyncEvery.
func (m *model) syncInit() tea.Cmd {
	if !m.syncs() {
		return nil
	}
	first := m.readSyncState()
	if m.sync.known && m.sync.state.On {
		first = m.startSync()
	}
	return tea.Batch(first, m.syncTick())
}

// syncTick fires the next regular sync.
func (m *model) syncTick() tea.Cmd {
	return tea.Tick(m.opts.SyncEvery, func(time.Time) tea.Msg { return syncTickMsg{} })
}

// readSyncState reads the state of sync in the background.
func (m *model) readSyncState() tea.Cmd {
	if !m.syncs() {
		return nil
	}
	ctx, read, seq := m.ctx, m.opts.SyncState, &m.sync.seq
	return func() tea.Msg { return readState(ctx, read, seq) }
}

// readState reads the state of sync and numbers the read, so that of two
// reads that end in another order than they started, the older is dropped.
func readState(ctx context.Context, read func(context.Context) (SyncState, error), seq *atomic.Int64) syncStateMsg {
	n := seq.Add(1)
	st, err := read(ctx)
	return syncStateMsg{state: st, seq: n, err: err}
}

// syncStateRead takes a state read: the first sync starts once sync is
// known to be set up. A read that failed changes nothing.
func (m *model) syncStateRead(msg syncStateMsg) tea.Cmd {
	if m.syncState(msg) && msg.state.On && !m.sync.started {
		return m.startSync()
	}
	return nil
}

// syncState keeps a state read unless it failed or is older than the one
// kept, and reports whether it did.
func (m *model) syncState(msg syncStateMsg) bool {
	if msg.err != nil || msg.seq < m.sync.shown {
		return false
	}
	m.sync.state, m.sync.known, m.sync.shown = msg.state, true, msg.seq
	return true
}

// syncSoon is called after each write the TUI committed: it reads how
// many changes now wait, for the marker, and syncs Options.SyncDelay
// later, when no other write came in meanwhile.
func (m *model) syncSoon() tea.Cmd {
	if !m.syncs() {
		return nil
	}
	m.sync.due++
	due := m.sync.due
	return tea.Batch(m.readSyncState(), tea.Tick(m.opts.SyncDelay, func(time.Time) tea.Msg { return syncDueMsg{due} }))
}

// startSync starts a sync in the background, when sync is set up and the
// rep is not quitting. While one runs, it asks for one more after it
// instead: at most one sync runs at a time.
func (m *model) startSync() tea.Cmd {
	if !m.syncs() || !m.sync.known || !m.sync.state.On || m.mode == modeDraining || m.mode == modeQuitting {
		return nil
	}
	if m.sync.running {
		m.sync.again = true
		return nil
	}
	ctx, cancel := context.WithTimeout(m.ctx, syncTimeout)
	ended := make(chan struct{})
	m.sync.running, m.sync.started, m.sync.cancel, m.sync.ended = true, true, cancel, ended
	syncFn, read, seq := m.opts.Sync, m.opts.SyncState, &m.sync.seq
	return func() tea.Msg {
		received, err := syncFn(ctx)
		close(ended)
		return syncDoneMsg{received: received, err: err, state: readState(ctx, read, seq)}
	}
}

// syncDone takes a finished sync: the marker's new state, a reload when
// the sync brought changes (its writes come through the TUI's own
// connections, which the poll of the data version may not notice), and
// the sync that a write during this one asked for.
func (m *model) syncDone(msg syncDoneMsg) tea.Cmd {
	m.sync.running, m.sync.ended = false, nil
	m.sync.cancel()
	if m.mode == modeDraining || m.mode == modeQuitting {
		return nil
	}
	m.sync.failed = msg.err != nil
	var cmds []tea.Cmd
	cmds = append(cmds, m.syncStateRead(msg.state))
	if msg.received > 0 {
		cmds = append(cmds, m.enqueue(op{kind: opReload}))
	}
	if m.sync.again {
		m.sync.again = false
		cmds = append(cmds, m.startSync())
	}
	return tea.Batch(cmds...)
}

// stopSync cancels the running sync, if any, as the TUI quits.
func (m *model) stopSync() {
	if m.sync.cancel != nil {
		m.sync.cancel()
	}
	m.sync.again = false
}

// waitSync waits, at most syncQuitWait, for the sync that stopSync
// cancelled to end, so that the database is not closed under it.
func (m *model) waitSync() {
	if m.sync.ended == nil {
		return
	}
	select {
	case <-m.sync.ended:
	case <-time.After(syncQuitWait):
	}
}

// syncUpdate handles the messages of the background sync.
func (m *model) syncUpdate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case syncStateMsg:
		return m.syncStateRead(msg)
	case syncDoneMsg:
		return m.syncDone(msg)
	case syncTickMsg:
		// A failed sync is tried again here, and after the next write.
		return tea.Batch(m.startSync(), m.syncTick())
	case syncDueMsg:
		if msg.due == m.sync.due {
			return m.startSync()
		}
	}
	return nil
}

// syncMark returns the sync marker of the status line, "" when sync is not
// set up (or its state not yet read):
//
//   - "offline" when the last sync failed, whether the server could not be
//     reached or answered with an error (ritme sync says why); with
//     " · N waiting" added while changes wait, e.g. after a write made
//     offline. The next syncs go on every minute and after writes.
//   - "N waiting" when changes wait to be sent, as after a write before
//     its sync ran.
//   - "synced" when nothing waits and a sync has worked.
//   - "" when nothing waits and the file never synced: there is nothing
//     to say until the first sync ends.
func (m *model) syncMark() string {
	st := m.sync.state
	if !m.syncs() || !m.sync.known || !st.On {
		return ""
	}
	s, l := m.c.styles, m.c.lang
	waiting := l.F(i18n.SyncMarkWaiting, st.Waiting)
	switch {
	case m.sync.failed && st.Waiting > 0:
		return s.warn.Render(i18n.SyncMarkOffline.In(l)) + s.statusInfo.Render(" · "+waiting)
	case m.sync.failed:
		return s.warn.Render(i18n.SyncMarkOffline.In(l))
	case st.Waiting > 0:
		return s.statusInfo.Render(waiting)
	case !st.Last.IsZero():
		return s.statusInfo.Render(i18n.SyncMarkSynced.In(l))
	}
	return ""
}
