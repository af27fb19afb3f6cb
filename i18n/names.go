package i18n

import (
	"fmt"
	"strings"

	"ritme/rhythm"
)

var (
	weekdaysEN = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	weekdaysNL = [7]string{"zo", "ma", "di", "wo", "do", "vr", "za"}
	monthsEN   = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthsNL   = [12]string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
	fullEN     = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	fullNL     = [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}
)

// Weekday returns the short name of d's weekday: "Fri" or "vr".
func (l Lang) Weekday(d rhythm.Date) string {
	if l == Dutch {
		return weekdaysNL[d.Weekday()]
	}
	return weekdaysEN[d.Weekday()]
}

// ShortDate writes "Fri 27 Nov" or "vr 27 nov".
func (l Lang) ShortDate(d rhythm.Date) string {
	_, m, day := d.Civil()
	months := monthsEN
	if l == Dutch {
		months = monthsNL
	}
	return fmt.Sprintf("%s %d %s", l.Weekday(d), day, months[m-1])
}

// LongDate writes "Fri 27 Nov 2026" or "vr 27 nov 2026".
func (l Lang) LongDate(d rhythm.Date) string {
	return fmt.Sprintf("%s %d", l.ShortDate(d), d.Year())
}

// DayMonth writes "27 Nov" or "27 nov".
func (l Lang) DayMonth(d rhythm.Date) string {
	_, m, day := d.Civil()
	if l == Dutch {
		return fmt.Sprintf("%d %s", day, monthsNL[m-1])
	}
	return fmt.Sprintf("%d %s", day, monthsEN[m-1])
}

// MonthYear writes "November 2026" or "november 2026".
func (l Lang) MonthYear(d rhythm.Date) string {
	_, m, _ := d.Civil()
	if l == Dutch {
		return fmt.Sprintf("%s %d", fullNL[m-1], d.Year())
	}
	return fmt.Sprintf("%s %d", fullEN[m-1], d.Year())
}

// Month returns the short name of month m (1–12): "Nov" or "nov".
func (l Lang) Month(m int) string {
	if l == Dutch {
		return monthsNL[m-1]
	}
	return monthsEN[m-1]
}

// kindNamesNL are the Dutch names of the built-in kinds; on the command
// line they are accepted as well as the English ones.
var kindNamesNL = map[rhythm.Kind]string{rhythm.Mail: "mail", rhythm.Call: "bel", rhythm.Visit: "bezoek"}

// Kind returns the name of a kind in l; kinds the user added keep their
// name.
func (l Lang) Kind(k rhythm.Kind) string {
	if n, ok := kindNamesNL[k]; ok && l == Dutch {
		return n
	}
	return string(k)
}

// KindFromName reads a kind's name in either language: "bel" is call.
func KindFromName(name string) rhythm.Kind {
	name = strings.ToLower(strings.TrimSpace(name))
	for k, n := range kindNamesNL {
		if n == name {
			return k
		}
	}
	return rhythm.Kind(name)
}

var (
	outcomeNames = map[rhythm.Outcome]Text{
		rhythm.Reply:    Text{"reply", "reactie"},
		rhythm.Meeting:  Text{"meeting", "afspraak"},
		rhythm.Proposal: Text{"proposal", "offerte"},
		rhythm.Won:      Text{"won", "gewonnen"},
		rhythm.Lost:     Text{"lost", "verloren"},
	}
	stageNames = map[rhythm.Stage]Text{
		rhythm.Suspect:  Text{"suspect", "suspect"},
		rhythm.Prospect: Text{"prospect", "prospect"},
		rhythm.Customer: Text{"customer", "klant"},
	}
	readinessNames = map[rhythm.Readiness]Text{
		rhythm.Warming: Text{"warming", "opwarmen"},
		rhythm.Ready:   Text{"ready", "klaar"},
		rhythm.Stuck:   Text{"stuck", "vast"},
	}
	OutcomeNone = Text{"none", "geen"}
)

// Outcome returns the name of an outcome in l.
func (l Lang) Outcome(o rhythm.Outcome) string {
	if m, ok := outcomeNames[o]; ok {
		return m.In(l)
	}
	return OutcomeNone.In(l)
}

// Stage returns the name of a stage in l.
func (l Lang) Stage(s rhythm.Stage) string {
	if m, ok := stageNames[s]; ok {
		return m.In(l)
	}
	return string(s)
}

// Readiness returns the name of a readiness in l.
func (l Lang) Readiness(r rhythm.Readiness) string {
	if m, ok := readinessNames[r]; ok {
		return m.In(l)
	}
	return string(r)
}

// englishName returns the English name of a Dutch name among names, or s
// itself.
func englishName[K ~string](names map[K]Text, s string) string {
	t := strings.ToLower(strings.TrimSpace(s))
	for k, m := range names {
		if m.In(Dutch) == t {
			return string(k)
		}
	}
	return s
}

// OutcomeFromName turns a Dutch outcome name ("afspraak") into the English
// one that rhythm.ParseOutcome reads; other text passes unchanged.
func OutcomeFromName(s string) string {
	if strings.EqualFold(strings.TrimSpace(s), OutcomeNone.In(Dutch)) {
		return "none"
	}
	return englishName(outcomeNames, s)
}

// StageFromName turns a Dutch stage name ("klant") into the English one
// that rhythm.ParseStage reads; other text passes unchanged.
func StageFromName(s string) string { return englishName(stageNames, s) }
