package i18n

import (
	"errors"
	"ritme/rhythm"
)

// inputErrors says every rhythm.InputError, by its Code; each Text takes
// the error's Args in order.
var inputErrors = map[string]Text{
	rhythm.ErrDateFormat:  Text{"invalid date %q: want YYYY-MM-DD", "ongeldige datum %q: gebruik JJJJ-MM-DD"},
	rhythm.ErrDateExists:  Text{"invalid date %q: want an existing date as YYYY-MM-DD", "ongeldige datum %q: gebruik een bestaande datum als JJJJ-MM-DD"},
	rhythm.ErrWorkday:     Text{"invalid workdays %q: %q is not a weekday (use mon,tue,wed,thu,fri,sat,sun)", "ongeldige werkdagen %q: %q is geen weekdag (gebruik mon,tue,wed,thu,fri,sat,sun)"},
	rhythm.ErrHolidays:    Text{"unknown holidays %q: use nl, nl-all, none or a country code (%s)", "onbekende feestdagen %q: gebruik nl, nl-all, none of een landcode (%s)"},
	rhythm.ErrKindName:    Text{"invalid kind name %q: use a-z, 0-9, '-' or '_', starting with a letter", "ongeldige soortnaam %q: gebruik a-z, 0-9, '-' of '_', te beginnen met een letter"},
	rhythm.ErrSettingKey:  Text{"unknown setting %q: use %s", "onbekende instelling %q: gebruik %s"},
	rhythm.ErrWholeNumber: Text{"invalid %s %q: want a whole number from 0 to %d", "ongeldige %s %q: gebruik een heel getal van 0 tot %d"},
	rhythm.ErrTarget:      Text{"invalid %s %q: want a whole number from 0 to %d a day, or N/week", "ongeldige %s %q: gebruik een heel getal van 0 tot %d per dag, of N/week"},
	rhythm.ErrStartDate:   Text{`invalid start_date %q: want an existing date from 1900 on as YYYY-MM-DD, or "" for none`, `ongeldige start_date %q: gebruik een bestaande datum vanaf 1900 als JJJJ-MM-DD, of "" voor geen`},
	rhythm.ErrStage:       Text{"unknown stage %q: use suspect, prospect or customer", "onbekende fase %q: gebruik suspect, prospect of klant"},
	rhythm.ErrOutcome:     Text{"unknown outcome %q: use reply, meeting, proposal, won, lost or none", "onbekende uitkomst %q: gebruik reactie, afspraak, offerte, gewonnen, verloren of geen"},
}

// The usage errors of the command line's parser: unknown commands and
// flags, missing or bad flag values, and the wrong number of arguments.
var (
	UnknownCommand    = Text{"unknown command %q (see ritme --help)", "onbekende opdracht %q (zie ritme --help)"}
	UnknownSubcommand = Text{"unknown command %q for %s (see %s --help)", "onbekende opdracht %q voor %s (zie %s --help)"}
	UnknownFlag       = Text{"unknown flag: --%s", "onbekende optie: --%s"}
	UnknownShorthand  = Text{"unknown shorthand flag: -%s in -%s", "onbekende korte optie: -%s in -%s"}
	FlagNeedsValue    = Text{"flag needs an argument: %s", "optie heeft een waarde nodig: %s"}
	FlagBadValue      = Text{"invalid argument %q for %s", "ongeldige waarde %q voor %s"}
	FlagBadSyntax     = Text{"bad flag syntax: %s", "ongeldige optie: %s"}
	NegativeValue     = Text{"%s is not a whole number ≥ 0 (a value that starts with - needs -- before it)", "%s is geen heel getal ≥ 0 (een waarde die met - begint heeft -- ervoor nodig)"}
	ArgsExactly       = Text{"wrong number of arguments: %s takes %d, got %d", "verkeerd aantal argumenten: %s neemt %d, kreeg %d"}
	ArgsBetween       = Text{"wrong number of arguments: %s takes %d to %d, got %d", "verkeerd aantal argumenten: %s neemt %d tot %d, kreeg %d"}
	ArgsAtMost        = Text{"wrong number of arguments: %s takes at most %s, got %d", "verkeerd aantal argumenten: %s neemt ten hoogste %s, kreeg %d"}
)

// Explain says err in l: a rhythm.InputError in its own words, anything
// else as it is.
func (l Lang) Explain(err error) string {
	var ie *rhythm.InputError
	if errors.As(err, &ie) {
		if t, ok := inputErrors[ie.Code]; ok {
			return l.F(t, ie.Args...)
		}
	}
	return err.Error()
}
