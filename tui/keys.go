package tui

import (
	"slices"

	"charm.land/bubbles/v2/key"

	"ritme/i18n"
)

// keyMap is ritme's one key map. Bindings that do not apply to the current
// view are disabled rather than hidden behind ifs, so that the help always
// shows what works.
type keyMap struct {
	Mail, Call, Visit      key.Binding
	Add, Undo              key.Binding
	PrevDay, NextDay       key.Binding
	Today                  key.Binding
	NextView, PrevView     key.Binding
	PrevPeriod, NextPeriod key.Binding
	Help, Quit             key.Binding
	// ForceQuit (ctrl+c) quits from anywhere, even the form, where q is
	// just a letter; it is left out of the help, which shows q.
	ForceQuit key.Binding

	// The keys of the lists: the Log and the Accounts.
	Up, Down, PageUp, PageDown key.Binding
	// The Log view's own keys.
	Edit, Delete, Filter, Outcome key.Binding
	// The Accounts view's own keys.
	Sort, Stage key.Binding
	// The keys of the plan on Today: tick the selected item; and, there
	// and in Accounts, set the selected account's next follow-up.
	TickItem, FollowUp key.Binding
	// Span switches the Review between weeks and months.
	Span key.Binding

	// Confirm and Cancel answer a question such as "delete this entry?".
	Confirm, Cancel key.Binding

	// tick and day only label the short help line: m/c/v and ←/→.
	tick, day key.Binding
}

// defaultKeyMap returns the key map SPEC.md lists, plus the keys of the
// Week, Month, Year, Log and Accounts views, with help in l.
func defaultKeyMap(l i18n.Lang) *keyMap {
	h := func(m i18n.Text) string { return m.In(l) }
	return &keyMap{
		Mail:       key.NewBinding(key.WithKeys("m"), key.WithHelp("m", h(i18n.KeyMail))),
		Call:       key.NewBinding(key.WithKeys("c"), key.WithHelp("c", h(i18n.KeyCall))),
		Visit:      key.NewBinding(key.WithKeys("v"), key.WithHelp("v", h(i18n.KeyVisit))),
		Add:        key.NewBinding(key.WithKeys("a"), key.WithHelp("a", h(i18n.KeyAdd))),
		Undo:       key.NewBinding(key.WithKeys("u"), key.WithHelp("u", h(i18n.KeyUndo))),
		PrevDay:    key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", h(i18n.KeyPrevDay))),
		NextDay:    key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", h(i18n.KeyNextDay))),
		Today:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", h(i18n.KeyToday))),
		NextView:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", h(i18n.KeyView))),
		PrevView:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", h(i18n.KeyViewBack))),
		PrevPeriod: key.NewBinding(key.WithKeys("["), key.WithHelp("[", h(i18n.KeyPrevPer))),
		NextPeriod: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", h(i18n.KeyNextPer))),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", h(i18n.KeyHelp))),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", h(i18n.KeyQuit))),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", h(i18n.KeyQuit))),
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", h(i18n.KeyUp))),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", h(i18n.KeyDown))),
		PageUp:     key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", h(i18n.KeyPageUp))),
		PageDown:   key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", h(i18n.KeyPageDown))),
		Edit:       key.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", h(i18n.KeyEdit))),
		Delete:     key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", h(i18n.KeyDelete))),
		Filter:     key.NewBinding(key.WithKeys("f"), key.WithHelp("f", h(i18n.KeyFilter))),
		Outcome:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", h(i18n.KeyOutcome))),
		Sort:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", h(i18n.KeySort))),
		Stage:      key.NewBinding(key.WithKeys("p"), key.WithHelp("p", h(i18n.KeyStage))),
		TickItem:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", h(i18n.KeyTickItem))),
		FollowUp:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", h(i18n.KeyFollowUp))),
		Span:       key.NewBinding(key.WithKeys("w"), key.WithHelp("w", h(i18n.KeySpan))),
		// Only y: j moves down in the Log, so "ja" must not delete.
		Confirm: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", h(i18n.KeyYes))),
		Cancel:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", h(i18n.KeyNo))),
		tick:    key.NewBinding(key.WithKeys("m", "c", "v"), key.WithHelp("m/c/v", h(i18n.KeyTick))),
		day:     key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", h(i18n.KeyDay))),
	}
}

// ShortHelp returns the bindings of the one-line help. It is part of the
// help.KeyMap interface.
func (k *keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.tick, k.Add, k.Undo, k.day, k.NextView, k.Help, k.Quit}
}

// FullHelp returns every binding, grouped in columns, for the ? view. It is
// part of the help.KeyMap interface.
func (k *keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Mail, k.Call, k.Visit, k.Add, k.Undo, k.Help, k.Quit},
		{k.PrevDay, k.NextDay, k.Today, k.PrevPeriod, k.NextPeriod, k.NextView, k.PrevView},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Edit, k.Delete, k.Filter, k.Outcome, k.Sort, k.Stage, k.TickItem, k.FollowUp, k.Span},
	}
}

// periodKeys returns the keys of the Week, Month and Year views.
func (k *keyMap) periodKeys() []*key.Binding {
	return []*key.Binding{&k.PrevPeriod, &k.NextPeriod}
}

// listKeys returns the keys that move the cursor of a list.
func (k *keyMap) listKeys() []*key.Binding {
	return []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown}
}

// viewKeys returns the keys that only some views use.
func (k *keyMap) viewKeys() []*key.Binding {
	return append(append(k.periodKeys(), k.listKeys()...), &k.Edit, &k.Delete, &k.Filter, &k.Outcome, &k.Sort, &k.Stage,
		&k.TickItem, &k.FollowUp, &k.Span)
}

// forView enables, of the keys that only some views use, those of the
// shown view (on, from view.bindings) and disables the others.
func (k *keyMap) forView(on []*key.Binding) {
	for _, b := range k.viewKeys() {
		b.SetEnabled(slices.Contains(on, b))
	}
}
