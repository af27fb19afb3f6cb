package tui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// mode says what takes the keys and what the frame shows. It is one value,
// so that no two modes can be on at once.
type mode int

const (
	// modeBrowse shows a view; its keys and the keys that work everywhere
	// apply.
	modeBrowse mode = iota
	// modeHelp shows every key; any key closes it, q quits.
	modeHelp
	// modeForm shows the add or edit form (model.form), which takes every
	// key but ctrl+c.
	modeForm
	// modeConfirm asks whether to delete model.confirm; only y deletes.
	modeConfirm
	// modeDraining is set when the rep quits while changes are still
	// queued: keys do nothing and the program quits once they are written,
	// or at once on ctrl+c.
	modeDraining
	// modeQuitting is set as the program quits: the frame is empty.
	modeQuitting
)

// model is the root model: it owns the shared state, routes messages to
// the views, queues writes and polls for outside changes.
type model struct {
	ctx  context.Context
	st   Store
	opts Options
	c    *common
	help help.Model

	// views holds every view in tab order; view is the one shown.
	views [allViews]view
	view  viewID

	// width and height are the terminal's; area is what a view gets of it.
	width, height int
	area          size
	mode          mode
	// form is the open form in modeForm, nil otherwise.
	form *entryForm
	// confirm is the entry to delete in modeConfirm, nil otherwise.
	confirm *rhythm.Entry

	// queue holds changes not yet started; busy is set while one runs, and
	// writing is its task. forced is set when the rep forced the quit
	// (ctrl+c while draining): what is still queued is then not written.
	queue   []op
	busy    bool
	writing *task
	forced  bool
	err     error // a failed load, shown until the next good one

	// snapDay is the clock's date of the last snapshot asked for, and
	// snapshotting the task that makes it, while it runs.
	snapDay      rhythm.Date
	snapshotting *task

	status      string
	statusIsErr bool

	// sync is the background sync with the server, when set up.
	sync syncer
	// team holds the Team view's figures and their reads.
	team *teamer
}

// newModel returns the root model on today.
func newModel(ctx context.Context, st Store, opts Options) *model {
	if opts.Today == nil {
		opts.Today = func() rhythm.Date { return rhythm.DateOf(time.Now()) }
	}
	if opts.Poll <= 0 {
		opts.Poll = 500 * time.Millisecond
	}
	if opts.SyncEvery <= 0 {
		opts.SyncEvery = syncEvery
	}
	if opts.SyncDelay <= 0 {
		opts.SyncDelay = syncDelay
	}
	if opts.TeamEvery <= 0 {
		opts.TeamEvery = teamEvery
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	today := opts.Today()
	c := &common{styles: newStyles(true), keys: defaultKeyMap(opts.Lang), lang: opts.Lang, today: today, day: today}
	m := &model{ctx: ctx, st: st, opts: opts, c: c, help: help.New(), width: 80, height: 24, team: &teamer{}}
	m.views = newViews(c, m.team, opts.Now)
	m.help.Styles = help.DefaultStyles(true)
	m.c.keys.forView(m.views[m.view].bindings())
	m.resize()
	return m
}

// Init loads the first snapshot unless Run did, asks for the background
// colour and starts the poll and, when set up, the background sync and the
// reads of the team.
func (m *model) Init() tea.Cmd {
	var load tea.Cmd
	// Run read the first snapshot without the parts that can wait (the
	// plan): read them now that the first frame is drawn.
	if !m.c.ready() || m.stale() {
		load = m.enqueue(op{kind: opReload})
	}
	return tea.Batch(load, tea.RequestBackgroundColor, m.tick(), m.syncInit(), m.teamInit())
}

// Update handles what the root owns (size, colours, the queue, the poll,
// the form and the delete question, and keys by mode) and routes the rest
// to the shown view.
func (m *model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		m.c.styles = newStyles(msg.IsDark())
		m.help.Styles = help.DefaultStyles(msg.IsDark())
		if m.mode == modeForm {
			return m, m.form.Update(msg)
		}
		return m, nil
	case tickMsg:
		return m, tea.Batch(m.poll(), m.tick())
	case versionMsg:
		return m, m.versionRead(msg)
	case opDoneMsg:
		return m, m.done(msg)
	case snapshotMsg:
		m.snapshotDone(msg)
		return m, nil
	case syncStateMsg, syncDoneMsg, syncTickMsg, syncDueMsg:
		return m, m.syncUpdate(msg)
	case teamDoneMsg, teamTickMsg:
		return m, m.teamUpdate(msg)
	case signalMsg:
		return m, m.quitOrDrain()
	case reloadMsg:
		return m, m.enqueue(op{kind: opReload})
	case queueMsg:
		return m, m.enqueue(msg.op)
	case editMsg:
		return m, m.openForm(newEditForm(m.c.lang, msg.entry, m.c.styles.isDark, m.width))
	case statusMsg:
		m.setStatus(msg.text.In(m.c.lang), false)
		return m, nil
	case followUpMsg:
		return m, m.openForm(newFollowUpForm(m.c.lang, msg.who, msg.kind, m.c.snap.tracker.Calendar, m.c.today, m.c.styles.isDark, m.width))
	case deleteMsg:
		if m.mode == modeBrowse || m.mode == modeHelp {
			e := msg.entry
			m.mode, m.confirm = modeConfirm, &e
		}
		return m, nil
	case tea.KeyPressMsg:
		return m, m.key(msg)
	}
	if m.mode == modeForm {
		return m, m.formUpdate(msg)
	}
	return m, m.route(msg)
}

// route passes msg to the view shown. When the view moved the shown day,
// as the period keys do, a snapshot of the new day is loaded.
func (m *model) route(msg tea.Msg) tea.Cmd {
	day := m.c.day
	var cmd tea.Cmd
	m.views[m.view], cmd = m.views[m.view].Update(msg)
	return tea.Batch(cmd, m.dayMoved(day))
}

// setStatus shows s in the status line, as an error when isErr.
func (m *model) setStatus(s string, isErr bool) {
	m.status, m.statusIsErr = s, isErr
}

// key handles a key press: ctrl+c in any mode, then what the mode asks.
func (m *model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	// ctrl+c quits from anywhere, even a form where q is just a letter; an
	// open form writes nothing. Pressed again while the last changes are
	// being written, it quits at once.
	if key.Matches(msg, k.ForceQuit) {
		if m.mode == modeDraining || m.mode == modeQuitting {
			m.forced = true
			return m.quit()
		}
		return m.quitOrDrain()
	}
	switch m.mode {
	case modeDraining, modeQuitting:
		return nil
	case modeForm:
		return m.formUpdate(msg)
	case modeConfirm:
		return m.confirmKey(msg)
	case modeHelp:
		if key.Matches(msg, k.Quit) {
			return m.quitOrDrain()
		}
		m.mode = modeBrowse
		return nil
	}
	return m.browseKey(msg)
}

// confirmKey answers the delete question: y deletes, n or esc keeps, q
// quits without deleting.
func (m *model) confirmKey(msg tea.KeyPressMsg) tea.Cmd {
	k, e := m.c.keys, *m.confirm
	switch {
	case key.Matches(msg, k.Confirm):
		m.mode, m.confirm = modeBrowse, nil
		return m.enqueue(op{kind: opDelete, id: e.ID})
	case key.Matches(msg, k.Quit):
		return m.quitOrDrain()
	case key.Matches(msg, k.Cancel):
		m.mode, m.confirm = modeBrowse, nil
		m.setStatus(i18n.Kept.In(m.c.lang), false)
	}
	return nil
}

// browseKey handles a key while a view is shown: the keys that work
// everywhere, then the view's own.
func (m *model) browseKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quitOrDrain()
	case key.Matches(msg, k.Help):
		m.mode = modeHelp
		return nil
	case key.Matches(msg, k.NextView):
		return m.setView((m.view + 1) % m.viewsShown())
	case key.Matches(msg, k.PrevView):
		return m.setView((m.view + m.viewsShown() - 1) % m.viewsShown())
	case key.Matches(msg, k.Mail):
		return m.logOne(rhythm.Mail)
	case key.Matches(msg, k.Call):
		return m.logOne(rhythm.Call)
	case key.Matches(msg, k.Visit):
		return m.logOne(rhythm.Visit)
	case key.Matches(msg, k.Add):
		if !m.c.ready() {
			return nil
		}
		return m.openForm(newAddForm(m.c.lang, m.c.snap.settings.Kinds(), m.c.accountNames(), m.c.day, m.c.styles.isDark, m.width))
	case key.Matches(msg, k.Undo):
		return m.enqueue(op{kind: opUndo, date: m.c.day})
	case key.Matches(msg, k.PrevDay):
		return m.moveDay(m.c.day - 1)
	case key.Matches(msg, k.NextDay):
		if m.c.day >= m.c.today {
			m.setStatus(i18n.NeverAhead.In(m.c.lang), false)
			return nil
		}
		return m.moveDay(m.c.day + 1)
	case key.Matches(msg, k.Today):
		return m.moveDay(m.c.today)
	}
	return m.route(msg)
}

// logOne logs one entry of a built-in kind on the day shown.
func (m *model) logOne(k rhythm.Kind) tea.Cmd {
	return m.enqueue(op{kind: opLog, date: m.c.day, entryKind: k})
}

// moveDay shows another day, never one after today, and ends a run of
// period steps.
func (m *model) moveDay(d rhythm.Date) tea.Cmd {
	from := m.c.day
	m.c.stepDay = 0
	m.c.showDay(d)
	return m.dayMoved(from)
}

// dayMoved loads a snapshot of the shown day when it is no longer from,
// and on the Team view the team's figures of that day.
func (m *model) dayMoved(from rhythm.Date) tea.Cmd {
	if m.c.day == from {
		return nil
	}
	m.status = ""
	return tea.Batch(m.enqueue(op{kind: opReload}), m.teamOpened())
}

// setView shows view v, loading what it shows when the snapshot lacks it.
func (m *model) setView(v viewID) tea.Cmd {
	if l, ok := m.views[m.view].(leaver); ok && v != m.view {
		l.leave()
	}
	m.view = v
	m.c.keys.forView(m.views[v].bindings())
	m.status = ""
	var reload tea.Cmd
	if m.stale() {
		reload = m.enqueue(op{kind: opReload})
	}
	return tea.Batch(reload, m.teamOpened())
}

// openForm shows the form f, unless the rep is quitting or a form or
// question is open already.
func (m *model) openForm(f *entryForm) tea.Cmd {
	if m.mode != modeBrowse && m.mode != modeHelp {
		return nil
	}
	m.mode, m.form = modeForm, f
	return f.Init()
}

// formUpdate passes a message to the open form and acts when it closes.
func (m *model) formUpdate(msg tea.Msg) tea.Cmd {
	cmd := m.form.Update(msg)
	submitted, cancelled := m.form.done()
	switch {
	case submitted:
		o := m.form.op()
		m.mode, m.form = modeBrowse, nil
		return m.enqueue(o)
	case cancelled:
		m.mode, m.form = modeBrowse, nil
		m.setStatus(i18n.Cancelled.In(m.c.lang), false)
		return nil
	}
	return cmd
}

// resize gives the views the area between the header and the footer, less
// a margin.
func (m *model) resize() {
	m.area = size{width: max(0, m.width-2), height: max(0, m.height-4)}
	for _, v := range m.views {
		v.SetSize(m.area.width, m.area.height)
	}
	m.help.SetWidth(m.area.width)
}
