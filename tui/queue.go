package tui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// opKind names a change the rep asked for.
type opKind int

// The changes; opReload changes nothing and only reads a fresh snapshot.
// opOutcome and opStage step an entry's outcome and an account's stage to
// the next one, from what the database holds when the change is written,
// not from what the screen showed: presses queued one after another each
// take a step.
const (
	opReload opKind = iota
	opLog
	opUndo
	opUpdate
	opDelete
	opOutcome
	opStage
	opFollowUp
)

// op is one change, queued so that changes reach the database in the order
// the keys were pressed, each followed by a fresh snapshot.
type op struct {
	kind      opKind
	date      rhythm.Date
	entryKind rhythm.Kind
	id        string
	who, note string
	// madeOn is the rep's today when a follow-up (opFollowUp, due on
	// date) was asked for.
	madeOn rhythm.Date
}

// opDoneMsg reports a finished op: the fresh snapshot, or the error.
type opDoneMsg struct {
	op   op
	snap *snapshot
	// info describes what was done, for the status line.
	info string
	err  error
}

// run performs the op and loads a snapshot for req; l is the language of
// the status line.
func (o op) run(ctx context.Context, st Store, req loadRequest, l i18n.Lang) opDoneMsg {
	done := opDoneMsg{op: o}
	done.info, done.err = o.write(ctx, st, l)
	if done.err != nil {
		done.info = ""
		return done
	}
	done.snap, done.err = load(ctx, st, req)
	return done
}

// write performs the op's change, if it has one, and describes it for the
// status line in l.
func (o op) write(ctx context.Context, st Store, l i18n.Lang) (string, error) {
	switch o.kind {
	case opLog:
		entries, err := st.Log(ctx, o.date, o.entryKind, 1, o.who, o.note)
		if err != nil {
			return "", err
		}
		return l.F(i18n.StatusLogged, describe(l, entries[0])), nil
	case opUndo:
		e, err := st.Undo(ctx, o.date)
		if err != nil {
			return "", err
		}
		return l.F(i18n.Undid, describe(l, e)), nil
	case opUpdate:
		return i18n.SavedText.In(l), st.UpdateEntry(ctx, o.id, o.who, o.note)
	case opDelete:
		return i18n.Deleted.In(l), st.DeleteEntry(ctx, o.id)
	case opOutcome:
		e, err := st.ChangeOutcome(ctx, o.id, rhythm.NextOutcome)
		if err != nil {
			return "", err
		}
		return l.F(i18n.StatusOutcomeSet, l.Outcome(e.Outcome)), nil
	case opStage:
		stage, err := st.ChangeStage(ctx, o.who, rhythm.NextStage)
		if err != nil {
			return "", err
		}
		return l.F(i18n.StageSet, i18n.Sanitize(o.who), l.Stage(stage)), nil
	case opFollowUp:
		set, err := st.SetFollowUp(ctx, rhythm.FollowUp{Name: o.who, Due: o.date, Kind: o.entryKind, Note: o.note, MadeOn: o.madeOn})
		if err != nil {
			return "", err
		}
		f := set.FollowUp
		return l.F(i18n.StatusFollowUp, i18n.Sanitize(f.Name), l.Kind(f.Kind), l.ShortDate(f.Due)), nil
	}
	return "", nil
}

// describe names an entry for the status line: "mail for Acme on Thu 26 Nov".
func describe(l i18n.Lang, e rhythm.Entry) string {
	if e.Who != "" {
		return l.F(i18n.EntryFor, l.Kind(e.Kind), i18n.Sanitize(e.Who), l.ShortDate(e.Date))
	}
	return l.F(i18n.EntryOn, l.Kind(e.Kind), l.ShortDate(e.Date))
}

// enqueue adds a change to the queue and starts it when nothing runs. A
// reload is not queued twice.
func (m *model) enqueue(o op) tea.Cmd {
	if o.kind == opReload {
		for _, q := range m.queue {
			if q.kind == opReload {
				return nil
			}
		}
	}
	m.queue = append(m.queue, o)
	return m.next()
}

// next starts the first queued change, if none runs.
func (m *model) next() tea.Cmd {
	if m.busy || len(m.queue) == 0 {
		return nil
	}
	o := m.queue[0]
	m.queue = m.queue[1:]
	m.busy = true
	ctx, st, req, l := m.ctx, m.st, m.loadRequest(), m.c.lang
	var done opDoneMsg
	m.writing = &task{run: func() { done = o.run(ctx, st, req, l) }}
	w := m.writing
	return func() tea.Msg {
		w.do()
		return done
	}
}

// done takes a finished change: the new snapshot or the error.
func (m *model) done(msg opDoneMsg) tea.Cmd {
	m.busy, m.writing = false, nil
	var syncState tea.Cmd
	switch {
	case errors.Is(msg.err, store.ErrNotFound) && msg.op.kind == opUndo:
		m.setStatus(m.c.lang.F(i18n.NothingToUndo, m.c.lang.ShortDate(msg.op.date)), false)
	case msg.err != nil && msg.snap == nil && msg.info != "":
		m.setStatus(m.c.lang.F(i18n.ReadBackFailed, msg.info, m.c.lang.Explain(msg.err)), true)
	case msg.err != nil:
		if !m.c.ready() {
			m.err = msg.err
		}
		m.setStatus(m.c.lang.F(i18n.CouldNot, opVerb(msg.op.kind).In(m.c.lang), m.c.lang.Explain(msg.err)), true)
	default:
		m.err = nil
		if old := m.c.snap; old != nil && old.version != msg.snap.version && msg.op.kind == opReload {
			// Another process may have written (or synced): the sync
			// marker reads what waits now.
			syncState = m.readSyncState()
		}
		m.c.snap = msg.snap
		if msg.info != "" {
			m.setStatus(msg.info, false)
		}
	}
	// after is what the finished change starts beside the next one.
	var after tea.Cmd
	if msg.op.kind != opReload && (msg.err == nil || msg.info != "") {
		// The change is written: the day's snapshot, if due, and a sync
		// soon.
		after = tea.Batch(m.snapshot(), m.syncSoon())
	}
	after = tea.Batch(after, syncState)
	if m.mode == modeDraining {
		m.dropReloads()
		if len(m.queue) == 0 {
			return tea.Batch(after, m.quit())
		}
		return tea.Batch(after, m.next())
	}
	if len(m.queue) == 0 && m.stale() {
		m.queue = append(m.queue, op{kind: opReload})
	}
	return tea.Batch(after, m.next())
}

// quitOrDrain quits, or, while changes are still being written, quits as
// soon as they are: a tick pressed just before q is never lost.
func (m *model) quitOrDrain() tea.Cmd {
	m.mode, m.form, m.confirm = modeDraining, nil, nil
	m.dropReloads()
	if !m.busy && len(m.queue) == 0 {
		return m.quit()
	}
	return nil
}

// dropReloads leaves only the writes in the queue, when quitting.
func (m *model) dropReloads() {
	writes := m.queue[:0]
	for _, o := range m.queue {
		if o.kind != opReload {
			writes = append(writes, o)
		}
	}
	m.queue = writes
}

// quit ends the program; the last frame is empty. A running sync is
// cancelled: what it has not sent waits for the next one.
func (m *model) quit() tea.Cmd {
	m.mode = modeQuitting
	m.stopSync()
	return tea.Quit
}

// opVerb names what a failed change of kind k could not do.
func opVerb(k opKind) i18n.Text {
	switch k {
	case opLog:
		return i18n.VerbLog
	case opUndo:
		return i18n.VerbUndo
	case opUpdate:
		return i18n.VerbSave
	case opDelete:
		return i18n.VerbDelete
	case opOutcome:
		return i18n.VerbOutcome
	case opStage:
		return i18n.VerbStage
	case opFollowUp:
		return i18n.VerbFollowUp
	}
	return i18n.VerbRead
}
