package main

import (
	"errors"
	"fmt"
	"strings"

	"ritme/rhythm"
	"ritme/store"
	"ritme/tui"
)

// usageError is bad usage or bad input: exit status 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// bad returns bad input (exit 2) with a message in the app's language.
func (a *app) bad(m tui.Msg, args ...any) error {
	return &usageError{errors.New(a.t(m, args...))}
}

// badErr marks err as bad input, said in the app's language.
func (a *app) badErr(err error) error {
	return &usageError{errors.New(a.explain(err))}
}

// badIn returns bad input about the named flag or argument.
func (a *app) badIn(name string, err error) error {
	return &usageError{fmt.Errorf("%s: %s", name, a.explain(err))}
}

// fail returns a failure (exit 1) with a message in the app's language.
func (a *app) fail(m tui.Msg, args ...any) error {
	return errors.New(a.t(m, args...))
}

// inputErrors says every rhythm.InputError in both languages; each takes the
// error's Args in order.
var inputErrors = map[string]tui.Msg{
	rhythm.ErrDateFormat:  tui.M("invalid date %q: want YYYY-MM-DD", "ongeldige datum %q: gebruik JJJJ-MM-DD"),
	rhythm.ErrDateExists:  tui.M("invalid date %q: want an existing date as YYYY-MM-DD", "ongeldige datum %q: gebruik een bestaande datum als JJJJ-MM-DD"),
	rhythm.ErrWorkday:     tui.M("invalid workdays %q: %q is not a weekday (use mon,tue,wed,thu,fri,sat,sun)", "ongeldige werkdagen %q: %q is geen weekdag (gebruik mon,tue,wed,thu,fri,sat,sun)"),
	rhythm.ErrHolidays:    tui.M("unknown holidays %q: use nl, nl-all, none or a country code (%s)", "onbekende feestdagen %q: gebruik nl, nl-all, none of een landcode (%s)"),
	rhythm.ErrKindName:    tui.M("invalid kind name %q: use a-z, 0-9, '-' or '_', starting with a letter", "ongeldige soortnaam %q: gebruik a-z, 0-9, '-' of '_', te beginnen met een letter"),
	rhythm.ErrSettingKey:  tui.M("unknown setting %q: use %s", "onbekende instelling %q: gebruik %s"),
	rhythm.ErrWholeNumber: tui.M("invalid %s %q: want a whole number from 0 to %d", "ongeldige %s %q: gebruik een heel getal van 0 tot %d"),
	rhythm.ErrStartDate:   tui.M(`invalid start_date %q: want an existing date from 1900 on as YYYY-MM-DD, or "" for none`, `ongeldige start_date %q: gebruik een bestaande datum vanaf 1900 als JJJJ-MM-DD, of "" voor geen`),
	rhythm.ErrStage:       tui.M("unknown stage %q: use suspect, prospect or customer", "onbekende fase %q: gebruik suspect, prospect of klant"),
	rhythm.ErrOutcome:     tui.M("unknown outcome %q: use reply, meeting, proposal, won, lost or none", "onbekende uitkomst %q: gebruik reactie, afspraak, offerte, gewonnen, verloren of geen"),
}

// explain says an error in the app's language: the input errors of rhythm
// and the refusals of store by what they are, anything else as it is.
func (a *app) explain(err error) string {
	var ie *rhythm.InputError
	var ue *usageError
	switch {
	case errors.As(err, &ue) && !errors.As(ue.err, &ie):
		return ue.err.Error() // already said in the app's language
	case errors.As(err, &ie):
		if m, ok := inputErrors[ie.Code]; ok {
			return a.t(m, ie.Args...)
		}
	case errors.Is(err, store.ErrNotRitme):
		return a.t(msgNotRitme, a.dbPath)
	case errors.Is(err, store.ErrTooNew):
		return a.t(msgTooNew, a.dbPath)
	case errors.Is(err, store.ErrAmbiguous):
		return a.t(msgAmbiguous)
	}
	return a.explainFlag(err)
}

// cobraErrors says, in the app's language, the usage errors that cobra and
// pflag make; each pattern's %s and %q are kept in order.
var cobraErrors = []struct {
	prefix string
	msg    tui.Msg
}{
	{"unknown command ", tui.M("unknown command %s (see ritme --help)", "onbekende opdracht %s (zie ritme --help)")},
	{"unknown flag: ", tui.M("unknown flag: %s", "onbekende optie: %s")},
	{"unknown shorthand flag: ", tui.M("unknown shorthand flag: %s", "onbekende korte optie: %s")},
	{"flag needs an argument: ", tui.M("flag needs an argument: %s", "optie heeft een waarde nodig: %s")},
	{"invalid argument ", tui.M("invalid argument %s", "ongeldige waarde %s")},
	{"accepts ", tui.M("wrong number of arguments: accepts %s", "verkeerd aantal argumenten: neemt %s")},
	{"requires at least ", tui.M("wrong number of arguments: requires at least %s", "verkeerd aantal argumenten: ten minste %s")},
}

// msgNegative explains pflag's error for a value such as -3, which it reads
// as a flag.
var msgNegative = tui.M("%s is not a whole number ≥ 0 (a value that starts with - needs -- before it)",
	"%s is geen heel getal ≥ 0 (een waarde die met - begint heeft -- ervoor nodig)")

// explainFlag translates the usage errors of cobra and pflag.
func (a *app) explainFlag(err error) string {
	s := err.Error()
	// "unknown shorthand flag: '3' in -3": a negative number, not a flag.
	if rest, ok := strings.CutPrefix(s, "unknown shorthand flag: '"); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
		if _, arg, found := strings.Cut(rest, " in "); found {
			return a.t(msgNegative, arg)
		}
	}
	for _, c := range cobraErrors {
		if rest, ok := strings.CutPrefix(s, c.prefix); ok {
			// Cobra names the parent command: `"logg" for "ritme"`.
			rest, _, _ = strings.Cut(rest, ` for "`)
			return a.t(c.msg, rest)
		}
	}
	return s
}

// oneLine keeps an error message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
