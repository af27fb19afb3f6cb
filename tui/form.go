package tui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"ritme/rhythm"
	"ritme/store"
)

// Limits on text typed in the form, as on the command line.
const (
	maxWho  = 200
	maxNote = 2000
)

// entryForm is the small form of `a` (kind, who, note) and of editing an
// entry in the Log (who, note). Esc cancels it and writes nothing.
type entryForm struct {
	form *huh.Form
	// editing is the entry being edited; nil when adding.
	editing *store.Entry
	date    rhythm.Date
	kind    rhythm.Kind
	who     string
	note    string
}

// newAddForm asks, in l, for the kind, who and note of a new entry on date.
func newAddForm(l Lang, kinds []rhythm.Kind, date rhythm.Date, isDark bool, width int) *entryForm {
	f := &entryForm{date: date, kind: rhythm.Mail}
	opts := make([]huh.Option[rhythm.Kind], len(kinds))
	for i, k := range kinds {
		opts[i] = huh.NewOption(l.Kind(k), k)
	}
	valid := validText(l)
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewSelect[rhythm.Kind]().Title(msgFormKind.In(l)).Options(opts...).Value(&f.kind),
		huh.NewInput().Title(msgFormWho.In(l)).Placeholder(msgFormWhoHint.In(l)).CharLimit(maxWho).Value(&f.who).Validate(valid),
		huh.NewInput().Title(msgFormNote.In(l)).Placeholder(msgFormNoteHint.In(l)).CharLimit(maxNote).Value(&f.note).Validate(valid),
	).Title(l.F(msgFormAdd, l.LongDate(date))))
	f.setup(l, isDark, width)
	return f
}

// newEditForm changes, in l, who and note of an entry.
func newEditForm(l Lang, e store.Entry, isDark bool, width int) *entryForm {
	f := &entryForm{editing: &e, date: e.Date, kind: e.Kind, who: e.Who, note: e.Note}
	valid := validText(l)
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(msgFormWho.In(l)).CharLimit(maxWho).Value(&f.who).Validate(valid),
		huh.NewInput().Title(msgFormNote.In(l)).CharLimit(maxNote).Value(&f.note).Validate(valid),
	).Title(l.F(msgFormEdit, l.Kind(e.Kind), l.LongDate(e.Date))))
	f.setup(l, isDark, width)
	return f
}

func (f *entryForm) setup(l Lang, isDark bool, width int) {
	keys := huh.NewDefaultKeyMap()
	// esc cancels the form; ctrl+c, handled by the root model, quits ritme.
	keys.Quit = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", msgFormCancel.In(l)))
	// huh's own help line, in l.
	for _, h := range []struct {
		b    *key.Binding
		desc Msg
	}{
		{&keys.Select.Up, msgKeyUp}, {&keys.Select.Down, msgKeyDown}, {&keys.Select.Filter, msgFormFilter},
		{&keys.Select.Next, msgFormSelect}, {&keys.Select.Prev, msgFormBack}, {&keys.Select.Submit, msgFormSubmit},
		{&keys.Select.HalfPageUp, msgKeyPageUp}, {&keys.Select.HalfPageDown, msgKeyPageDown},
		{&keys.Select.GotoTop, msgFormTop}, {&keys.Select.GotoBottom, msgFormBottom},
		{&keys.Select.SetFilter, msgFormFilter}, {&keys.Select.ClearFilter, msgFormClearFilter},
		{&keys.Input.Next, msgFormNext}, {&keys.Input.Prev, msgFormBack}, {&keys.Input.Submit, msgFormSubmit},
		{&keys.Input.AcceptSuggestion, msgFormComplete},
	} {
		h.b.SetHelp(h.b.Help().Key, h.desc.In(l))
	}
	f.form.WithKeyMap(keys).WithShowHelp(true).WithWidth(max(20, min(width, 72)))
	f.form.Update(tea.BackgroundColorMsg{Color: backgroundFor(isDark)})
}

// validText returns a check, with its message in l, that refuses text that
// is not valid UTF-8.
func validText(l Lang) func(string) error {
	return func(s string) error {
		if !utf8.ValidString(s) {
			return formError(msgFormBadText.In(l))
		}
		return nil
	}
}

type formError string

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
	who, note := strings.TrimSpace(f.who), strings.TrimSpace(f.note)
	if f.editing != nil {
		return op{kind: opUpdate, id: f.editing.ID, who: who, note: note}
	}
	return op{kind: opLog, date: f.date, entryKind: f.kind, who: who, note: note}
}

// View renders the form.
func (f *entryForm) View() string { return f.form.View() }
