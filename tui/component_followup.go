package tui

import (
	"strings"

	"charm.land/huh/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// followUpTarget is what the follow-up form (n) asks for: the next action
// of an account, WHEN in any of the forms the command line takes, and a
// note.
type followUpTarget struct {
	who  string
	kind rhythm.Kind // empty: the kind of the account's last entry, else mail
	when string
	// cal and today read WHEN, when the form is filled in.
	cal   *rhythm.Calendar
	today rhythm.Date
}

// newFollowUpForm asks, in l, when the next action of who is, and a note.
// kind is the action's kind; empty leaves it to the account's last entry.
func newFollowUpForm(l i18n.Lang, who string, kind rhythm.Kind, cal *rhythm.Calendar, today rhythm.Date, isDark bool, width int) *entryForm {
	t := &followUpTarget{who: who, kind: kind, cal: cal, today: today}
	f := &entryForm{next: t}
	valid := validText(l)
	f.form = huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(i18n.FormWhen.In(l)).Placeholder(i18n.FormWhenHint.In(l)).CharLimit(20).Value(&t.when).
			Validate(func(s string) error {
				if _, err := rhythm.ParseWhen(s, today, cal); err != nil {
					return formError(l.Explain(err))
				}
				return nil
			}),
		huh.NewInput().Title(i18n.FormNote.In(l)).Placeholder(i18n.FormNoteHint.In(l)).CharLimit(maxNote).Value(&f.note).Validate(valid),
	).Title(l.F(i18n.FormFollowUp, i18n.Sanitize(who))))
	f.setup(l, isDark, width)
	return f
}

// op returns the follow-up the submitted form asks for; the form's check
// made sure WHEN reads.
func (t *followUpTarget) op(note string) op {
	due, _ := rhythm.ParseWhen(t.when, t.today, t.cal)
	return op{kind: opFollowUp, who: t.who, entryKind: t.kind, date: due, note: strings.TrimSpace(note), madeOn: t.today}
}
