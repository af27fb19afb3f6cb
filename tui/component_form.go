package tui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// Limits on text typed in the form, as on the command line.
const (
	maxWho  = 200
	maxNote = 2000
)

// entryForm is the small form of `a` (kind, who, note), of editing an
// entry in the Log (who, note), and of an account's next follow-up (n:
// when, note). Esc cancels it and writes nothing.
type entryForm struct {
	form *huh.Form
	// editing is the entry being edited; nil when adding.
	editing *rhythm.Entry
	// next is the follow-up asked for; nil for an entry.
	next *followUpTarget
	date rhythm.Date
	kind rhythm.Kind
	who  string
	note string
	// names are the accounts' names the add form offers.
	names []string
}

// newAddForm asks, in l, for the kind, who and note of a new entry on date;
// as who is typed, it offers the names of the accounts.
func newAddForm(l i18n.Lang, kinds []rhythm.Kind, names []string, date rhythm.Date, isDark bool, width int) *entryForm {
	f := &entryForm{date: date, kind: rhythm.Mail, names: names}
	opts := make([]huh.Option[rhythm.Kind], len(kinds))
	for i, k := range kinds {
		opts[i] = huh.NewOption(l.Kind(k), k)
	}
	valid := validText(l)
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewSelect[rhythm.Kind]().Title(i18n.FormKind.In(l)).Options(opts...).Value(&f.kind),
		huh.NewInput().Title(i18n.FormWho.In(l)).Placeholder(i18n.FormWhoHint.In(l)).CharLimit(maxWho).Value(&f.who).Validate(valid).
			Suggestions(names),
		huh.NewInput().Title(i18n.FormNote.In(l)).Placeholder(i18n.FormNoteHint.In(l)).CharLimit(maxNote).Value(&f.note).Validate(valid),
	).Title(l.F(i18n.FormAdd, l.LongDate(date))))
	f.setup(l, isDark, width)
	return f
}

// newEditForm changes, in l, who and note of an entry.
func newEditForm(l i18n.Lang, e rhythm.Entry, isDark bool, width int) *entryForm {
	f := &entryForm{editing: &e, date: e.Date, kind: e.Kind, who: e.Who, note: e.Note}
	valid := validText(l)
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(i18n.FormWho.In(l)).CharLimit(maxWho).Value(&f.who).Validate(valid),
		huh.NewInput().Title(i18n.FormNote.In(l)).CharLimit(maxNote).Value(&f.note).Validate(valid),
	).Title(l.F(i18n.FormEdit, l.Kind(e.Kind), l.LongDate(e.Date))))
	f.setup(l, isDark, width)
	return f
}

func (f *entryForm) setup(l i18n.Lang, isDark bool, width int) {
	keys := huh.NewDefaultKeyMap()
	// esc cancels the form; ctrl+c, handled by the root model, quits ritme.
	keys.Quit = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", i18n.FormCancel.In(l)))
	// huh's own help line, in l.
	for _, h := range []struct {
		b    *key.Binding
		desc i18n.Text
	}{
		{&keys.Select.Up, i18n.KeyUp}, {&keys.Select.Down, i18n.KeyDown}, {&keys.Select.Filter, i18n.FormFilter},
		{&keys.Select.Next, i18n.FormSelect}, {&keys.Select.Prev, i18n.FormBack}, {&keys.Select.Submit, i18n.FormSubmit},
		{&keys.Select.HalfPageUp, i18n.KeyPageUp}, {&keys.Select.HalfPageDown, i18n.KeyPageDown},
		{&keys.Select.GotoTop, i18n.FormTop}, {&keys.Select.GotoBottom, i18n.FormBottom},
		{&keys.Select.SetFilter, i18n.FormFilter}, {&keys.Select.ClearFilter, i18n.FormClearFilter},
		{&keys.Input.Next, i18n.FormNext}, {&keys.Input.Prev, i18n.FormBack}, {&keys.Input.Submit, i18n.FormSubmit},
		{&keys.Input.AcceptSuggestion, i18n.FormComplete},
	} {
		h.b.SetHelp(h.b.Help().Key, h.desc.In(l))
	}
	f.form.WithKeyMap(keys).WithShowHelp(true).WithWidth(max(20, min(width, 72)))
	f.form.Update(tea.BackgroundColorMsg{Color: backgroundFor(isDark)})
}

// validText returns a check, with its message in l, that refuses text that
// is not valid UTF-8.
func validText(l i18n.Lang) func(string) error {
	return func(s string) error {
		if !utf8.ValidString(s) {
			return formError(i18n.FormBadText.In(l))
		}
		return nil
	}
}

// formError is a message the form shows under a field it refuses.
type formError string

// Error returns the message.
func (e formError) Error() string { return string(e) }

// Init starts the form.
func (f *entryForm) Init() tea.Cmd { return f.form.Init() }

// Update passes msg to the form.
func (f *entryForm) Update(msg tea.Msg) tea.Cmd {
	_, cmd := f.form.Update(msg)
	return cmd
}

// done reports whether the form was submitted or cancelled.
func (f *entryForm) done() (submitted, cancelled bool) {
	return f.form.State == huh.StateCompleted, f.form.State == huh.StateAborted
}

// op returns the change the submitted form asks for.
func (f *entryForm) op() op {
	if f.next != nil {
		return f.next.op(f.note)
	}
	who, note := strings.TrimSpace(f.who), strings.TrimSpace(f.note)
	// A name offered and taken keeps the case the rep typed its start
	// in: write it as the account has it.
	if i := slices.IndexFunc(f.names, func(n string) bool { return strings.EqualFold(n, who) }); i >= 0 {
		who = f.names[i]
	}
	if f.editing != nil {
		return op{kind: opUpdate, id: f.editing.ID, who: who, note: note}
	}
	return op{kind: opLog, date: f.date, entryKind: f.kind, who: who, note: note}
}

// View renders the form.
func (f *entryForm) View() string { return f.form.View() }
