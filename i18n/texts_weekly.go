package i18n

// The texts of the weekly rhythm in English and Dutch: the review (the
// command and the TUI view), weekly targets in the views, `ritme status
// --line`, and what a view says when the terminal is too small for a part.

// Shared.
var (
	FlagsApart    = Text{"%s and %s do not go together", "%s en %s gaan niet samen"}
	NeedsTerminal = Text{"the TUI needs a terminal; without one, ritme status shows the day and ritme status --line fits a status bar",
		"de TUI heeft een terminal nodig; zonder terminal toont ritme status de dag en past ritme status --line in een statusbalk"}
	ViewingDay  = Text{"viewing %s", "je kijkt naar %s"}
	FlagDBInUse = Text{"database `file`, now %s (env RITME_DB; default %s)", "`bestand` van de database, nu %s (omgeving RITME_DB; standaard %s)"}
)

// Plurals of texts that count.
var (
	StreakDays = Counted{Text{"%[2]s working day in a row · best %[3]d", "%[2]s werkdag op rij · beste %[3]d"},
		Text{"%[2]s working days in a row · best %[3]d", "%[2]s werkdagen op rij · beste %[3]d"}}
	DaysMetOf = Counted{Text{"%[2]d of %[1]d working day met", "%[2]d van %[1]d werkdag gehaald"},
		Text{"%[2]d of %[1]d working days met", "%[2]d van %[1]d werkdagen gehaald"}}
	AvailableDays = Counted{Text{"%d available day", "%d beschikbare dag"}, Text{"%d available days", "%d beschikbare dagen"}}
	ReserveDays   = Counted{Text{"%d reserve day", "%d reservedag"}, Text{"%d reserve days", "%d reservedagen"}}
	Fields        = Counted{Text{"%d field", "%d veld"}, Text{"%d fields", "%d velden"}}
	WeeksMetOf    = Counted{Text{"%[2]d of %[1]d week met", "%[2]d van %[1]d week gehaald"},
		Text{"%[2]d of %[1]d weeks met", "%[2]d van %[1]d weken gehaald"}}
	Elapsed = Counted{Text{"%[2]d of %[1]d available day elapsed", "%[2]d van %[1]d beschikbare dag voorbij"},
		Text{"%[2]d of %[1]d available days elapsed", "%[2]d van %[1]d beschikbare dagen voorbij"}}
)

// review.
var (
	ReviewShort = Text{"Look back at the last complete week or month, beside the one before",
		"Kijk terug op de laatste hele week of maand, naast die ervoor"}
	ReviewLong = Text{`Looks back at the last complete week, Monday to Sunday (--month: the last
complete calendar month; --date: the week or month that holds that date), and
puts every figure beside the same figure for the period before, with the
difference. A period not over yet is reviewed up to today, and today is not
over until it is over.

Per kind: done (entries from the start on), expected (the daily targets of the
period's working days, and for a weekly kind the targets of the weeks whose
last day falls in the period) and the pace between them. Then working days and
days met, weeks met and the week streak at the end, what the contacts yielded
(per 100 contacts), the accounts the period moved (first touched, ready: a
fifth touch, stuck at the end, won, lost) and the follow-ups (completed,
overdue at the end, due in the 7 days after).`,
		`Kijkt terug op de laatste hele week, maandag tot en met zondag (--month: de
laatste hele kalendermaand; --date: de week of maand waar die datum in valt),
en zet elk cijfer naast hetzelfde cijfer van de periode ervoor, met het
verschil. Een periode die nog niet om is, telt tot en met vandaag, en vandaag
is pas om als het om is.

Per soort: gedaan (contacten vanaf de start), verwacht (de dagdoelen van de
werkdagen van de periode, en voor een weekdoel de doelen van de weken waarvan
de laatste dag in de periode valt) en het tempo ertussen. Dan werkdagen en
gehaalde dagen, gehaalde weken en de weekreeks aan het eind, wat de contacten
opleverden (per 100 contacten), de accounts die de periode bewoog (eerste
contact, klaar: een vijfde contact, vast aan het eind, gewonnen, verloren) en
de follow-ups (afgerond, over tijd aan het eind, in de 7 dagen erna).`}
	ReviewExample = Text{"  ritme review\n  ritme review --month\n  ritme review --date 2026-04-29\n  ritme review --month --json | jq .kinds",
		"  ritme review\n  ritme review --month\n  ritme review --date 2026-04-29\n  ritme review --month --json | jq .kinds"}
	FlagReviewWeek  = Text{"review a week, Monday to Sunday (the default)", "kijk terug op een week, maandag tot en met zondag (standaard)"}
	FlagReviewMonth = Text{"review a calendar month", "kijk terug op een kalendermaand"}
	FlagReviewDate  = Text{"review the week or month that holds `YYYY-MM-DD` (default: the last complete one)",
		"kijk terug op de week of maand waar `JJJJ-MM-DD` in valt (standaard: de laatste hele)"}

	ReviewBeside  = Text{"beside %s · %s – %s", "naast %s · %s – %s"}
	ReviewSoFar   = Text{"up to today, %s (not over yet)", "tot en met vandaag, %s (nog niet om)"}
	ReviewWeekCol = Text{"week %d", "week %d"}
	ReviewDiff    = Text{"difference", "verschil"}
	ReviewDays    = Text{"days", "dagen"}
	ReviewWorking = Text{"working days", "werkdagen"}
	ReviewDaysMet = Text{"days met", "dagen gehaald"}
	ReviewWeeks   = Text{"weeks", "weken"}
	ReviewWeekMet = Text{"weeks met", "weken gehaald"}
	ReviewStreak  = Text{"week streak", "weekreeks"}
	ReviewBest    = Text{"best week streak", "beste weekreeks"}
	ReviewContact = Text{"contacts", "contacten"}
	ReviewPer100  = Text{"%s per 100", "%s per 100"}
	ReviewAccts   = Text{"accounts", "accounts"}
	ReviewFirst   = Text{"first touched", "eerste contact"}
	ReviewReady   = Text{"became ready", "klaar geworden"}
	ReviewStuck   = Text{"stuck at end", "vast aan het eind"}
	ReviewFollow  = Text{"follow-ups", "follow-ups"}
	ReviewDoneFU  = Text{"completed", "afgerond"}
	ReviewOverdue = Text{"overdue at end", "over tijd aan eind"}
	ReviewComing  = Text{"due next 7 days", "komende 7 dagen"}
	ReviewNames   = Text{"%s: %s", "%s: %s"}
)

// status --line, and the week in the glance of status.
var (
	GlanceWeek = Text{"%s · week streak %s · best %d", "%s · weekreeks %s · beste %d"}
	FlagLine   = Text{"one line for a shell prompt or a tmux status bar", "één regel voor een shellprompt of een tmux-statusbalk"}
	LineStreak = Text{"streak %d", "reeks %d"}
)

// Weekly targets and the review in the TUI.
var (
	ThisWeek      = Text{"this week", "deze week"}
	WeekMetState  = Text{"week met ✓", "week gehaald ✓"}
	WeekMissState = Text{"week missed ✗", "week gemist ✗"}
	WeekOpenState = Text{"week open", "week open"}
	WeekNoneState = Text{"nothing owed this week", "deze week niets verschuldigd"}
	WeekTargets   = Text{"weekly targets: %s", "weekdoelen: %s"}
	WeekOfTarget  = Text{"%s %d/%d", "%s %d/%d"}
	LegendWeekMet = Text{"week met", "week gehaald"}
	ReviewTitle   = Text{"Review", "Terugblik"}
	ReviewKeys    = Text{"[ ] step · w week/month", "[ ] stappen · w week/maand"}
	KeySpan       = Text{"week/month", "week/maand"}
)

// What a view says when the terminal is too small for a part of it.
var (
	MoreBelowAtLeast = Text{"↓ %d+ more", "↓ nog %d+"}
	NarrowFigures    = Text{"narrow: figures hidden", "smal: cijfers verborgen"}
	EntriesHidden    = Text{"short: who and when hidden", "laag: wie en wanneer verborgen"}
	NarrowCounts     = Text{"narrow: counts hidden", "smal: aantallen verborgen"}
	ShortCounts      = Text{"short: counts hidden", "laag: aantallen verborgen"}
	NarrowWeeks      = Text{"narrow: weeks %d–%d shown", "smal: weken %d–%d getoond"}
)
