package i18n

// The texts of the weekly rhythm in English and Dutch: the review (the
// command and the TUI view), weekly targets in the views, `ritme status
// --line`, and what a view says when the terminal is too small for a part.

// Shared.
var (
	FlagsApart    = newText("%s and %s do not go together", "%s en %s gaan niet samen")
	NeedsTerminal = newText("the TUI needs a terminal; without one, ritme status shows the day and ritme status --line fits a status bar",
		"de TUI heeft een terminal nodig; zonder terminal toont ritme status de dag en past ritme status --line in een statusbalk")
	ViewingDay  = newText("viewing %s", "je kijkt naar %s")
	FlagDBInUse = newText("database `file`, now %s (env RITME_DB; default %s)", "`bestand` van de database, nu %s (omgeving RITME_DB; standaard %s)")
)

// Plurals of texts that count.
var (
	StreakDays = Counted{newText("%[2]s working day in a row · best %[3]d", "%[2]s werkdag op rij · beste %[3]d"),
		newText("%[2]s working days in a row · best %[3]d", "%[2]s werkdagen op rij · beste %[3]d")}
	DaysMetOf = Counted{newText("%[2]d of %[1]d working day met", "%[2]d van %[1]d werkdag gehaald"),
		newText("%[2]d of %[1]d working days met", "%[2]d van %[1]d werkdagen gehaald")}
	AvailableDays = Counted{newText("%d available day", "%d beschikbare dag"), newText("%d available days", "%d beschikbare dagen")}
	ReserveDays   = Counted{newText("%d reserve day", "%d reservedag"), newText("%d reserve days", "%d reservedagen")}
	Fields        = Counted{newText("%d field", "%d veld"), newText("%d fields", "%d velden")}
	WeeksMetOf    = Counted{newText("%[2]d of %[1]d week met", "%[2]d van %[1]d week gehaald"),
		newText("%[2]d of %[1]d weeks met", "%[2]d van %[1]d weken gehaald")}
	Elapsed = Counted{newText("%[2]d of %[1]d available day elapsed", "%[2]d van %[1]d beschikbare dag voorbij"),
		newText("%[2]d of %[1]d available days elapsed", "%[2]d van %[1]d beschikbare dagen voorbij")}
)

// review.
var (
	ReviewShort = newText("Look back at the last complete week or month, beside the one before",
		"Kijk terug op de laatste hele week of maand, naast die ervoor")
	ReviewLong = newText(`Looks back at the last complete week, Monday to Sunday (--month: the last
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
de follow-ups (afgerond, over tijd aan het eind, in de 7 dagen erna).`)
	ReviewExample = newText("  ritme review\n  ritme review --month\n  ritme review --date 2026-04-29\n  ritme review --month --json | jq .kinds",
		"  ritme review\n  ritme review --month\n  ritme review --date 2026-04-29\n  ritme review --month --json | jq .kinds")
	FlagReviewWeek  = newText("review a week, Monday to Sunday (the default)", "kijk terug op een week, maandag tot en met zondag (standaard)")
	FlagReviewMonth = newText("review a calendar month", "kijk terug op een kalendermaand")
	FlagReviewDate  = newText("review the week or month that holds `YYYY-MM-DD` (default: the last complete one)",
		"kijk terug op de week of maand waar `JJJJ-MM-DD` in valt (standaard: de laatste hele)")

	ReviewBeside  = newText("beside %s · %s – %s", "naast %s · %s – %s")
	ReviewSoFar   = newText("up to today, %s (not over yet)", "tot en met vandaag, %s (nog niet om)")
	ReviewWeekCol = newText("week %d", "week %d")
	ReviewDiff    = newText("difference", "verschil")
	ReviewDays    = newText("days", "dagen")
	ReviewWorking = newText("working days", "werkdagen")
	ReviewDaysMet = newText("days met", "dagen gehaald")
	ReviewWeeks   = newText("weeks", "weken")
	ReviewWeekMet = newText("weeks met", "weken gehaald")
	ReviewStreak  = newText("week streak", "weekreeks")
	ReviewBest    = newText("best week streak", "beste weekreeks")
	ReviewContact = newText("contacts", "contacten")
	ReviewPer100  = newText("%s per 100", "%s per 100")
	ReviewAccts   = newText("accounts", "accounts")
	ReviewFirst   = newText("first touched", "eerste contact")
	ReviewReady   = newText("became ready", "klaar geworden")
	ReviewStuck   = newText("stuck at end", "vast aan het eind")
	ReviewFollow  = newText("follow-ups", "follow-ups")
	ReviewDoneFU  = newText("completed", "afgerond")
	ReviewOverdue = newText("overdue at end", "over tijd aan eind")
	ReviewComing  = newText("due next 7 days", "komende 7 dagen")
	ReviewNames   = newText("%s: %s", "%s: %s")
)

// status --line, and the week in the glance of status.
var (
	GlanceWeek = newText("%s · week streak %s · best %d", "%s · weekreeks %s · beste %d")
	FlagLine   = newText("one line for a shell prompt or a tmux status bar", "één regel voor een shellprompt of een tmux-statusbalk")
	LineStreak = newText("streak %d", "reeks %d")
)

// Weekly targets and the review in the TUI.
var (
	ThisWeek      = newText("this week", "deze week")
	WeekMetState  = newText("week met ✓", "week gehaald ✓")
	WeekMissState = newText("week missed ✗", "week gemist ✗")
	WeekOpenState = newText("week open", "week open")
	WeekNoneState = newText("nothing owed this week", "deze week niets verschuldigd")
	WeekTargets   = newText("weekly targets: %s", "weekdoelen: %s")
	WeekOfTarget  = newText("%s %d/%d", "%s %d/%d")
	LegendWeekMet = newText("week met", "week gehaald")
	ReviewTitle   = newText("Review", "Terugblik")
	ReviewKeys    = newText("[ ] step · w week/month", "[ ] stappen · w week/maand")
	KeySpan       = newText("week/month", "week/maand")
)

// What a view says when the terminal is too small for a part of it.
var (
	MoreBelowAtLeast = newText("↓ %d+ more", "↓ nog %d+")
	NarrowFigures    = newText("narrow: figures hidden", "smal: cijfers verborgen")
	EntriesHidden    = newText("short: who and when hidden", "laag: wie en wanneer verborgen")
	NarrowCounts     = newText("narrow: counts hidden", "smal: aantallen verborgen")
	ShortCounts      = newText("short: counts hidden", "laag: aantallen verborgen")
	NarrowWeeks      = newText("narrow: weeks %d–%d shown", "smal: weken %d–%d getoond")
)
