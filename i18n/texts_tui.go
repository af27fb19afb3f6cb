package i18n

// The TUI's texts, and those of the human output of `ritme status` and
// `ritme days`, in English and Dutch.
var (
	// Views names the TUI's views, in tab order.
	Views = []Text{
		Text{"Today", "Vandaag"}, Text{"Week", "Week"}, Text{"Month", "Maand"},
		Text{"Year", "Jaar"}, Text{"Log", "Logboek"}, Text{"Accounts", "Accounts"},
		Text{"Review", "Terugblik"},
	}

	// The frame and the status line.
	TooSmall       = Text{"terminal too small\nneed %d×%d", "terminal te klein\nnodig: %d×%d"}
	Keys           = Text{"Keys", "Toetsen"}
	HelpCloses     = Text{"any key closes this help", "elke toets sluit deze hulp"}
	Loading        = Text{"loading…", "laden…"}
	Viewing        = Text{"viewing %s · t: today", "je kijkt naar %s · t: vandaag"}
	AskDelete      = Text{"delete %s? y/n", "%s verwijderen? y/n"}
	Saving         = Text{"saving… (%d queued)", "opslaan… (%d in de wachtrij)"}
	SavingThenQuit = Text{"saving, then quitting…", "opslaan, dan stoppen…"}
	NothingToUndo  = Text{"nothing to undo on %s", "niets ongedaan te maken op %s"}
	ReadBackFailed = Text{"%s, but reading it back failed: %s", "%s, maar teruglezen mislukte: %s"}
	CouldNot       = Text{"could not %s: %s", "kon niet %s: %s"}
	Kept           = Text{"kept the entry", "contact bewaard"}
	NeverAhead     = Text{"that is today: ritme never logs ahead", "dat is vandaag: ritme logt nooit vooruit"}
	Cancelled      = Text{"cancelled: nothing written", "geannuleerd: niets opgeslagen"}

	VerbLog     = Text{"log", "loggen"}
	VerbUndo    = Text{"undo", "ongedaan maken"}
	VerbSave    = Text{"save", "opslaan"}
	VerbDelete  = Text{"delete", "verwijderen"}
	VerbOutcome = Text{"set the outcome", "de uitkomst zetten"}
	VerbStage   = Text{"set the stage", "de fase zetten"}
	VerbRead    = Text{"read the database", "de database lezen"}

	// What a change did.
	StatusLogged     = Text{"logged %s", "gelogd: %s"}
	Undid            = Text{"undid %s", "ongedaan: %s"}
	SavedText        = Text{"saved who and note", "wie en notitie opgeslagen"}
	Deleted          = Text{"deleted the entry", "contact verwijderd"}
	StatusOutcomeSet = Text{"outcome: %s", "uitkomst: %s"}
	StageSet         = Text{"%s is a %s", "%s is een %s"}
	EntryFor         = Text{"%s for %s on %s", "%s voor %s op %s"}
	EntryOn          = Text{"%s on %s", "%s op %s"}
	NotWorking       = Text{"not a working day", "geen werkdag"}
	DayMet           = Text{"day met ✓", "dag gehaald ✓"}
	ToGo             = Text{"not met yet: %d to go", "nog niet gehaald: nog %d"}
	Missed           = Text{"missed: %d short", "gemist: %d te weinig"}
	LeaveOwed        = Text{"on leave: nothing owed", "verlof: niets verschuldigd"}
	HolidayOwed      = Text{"%s: nothing owed", "%s: niets verschuldigd"}
	OffOwed          = Text{"not a working day: nothing owed", "geen werkdag: niets verschuldigd"}

	// The glance of `ritme status`.
	GlanceKind       = Text{"ytd %s of %d · expected %d · pace %s · need %d/day", "dit jaar %s van %d · verwacht %d · tempo %s · nodig %d/dag"}
	GlanceKindWeekly = Text{"ytd %s of %d · expected %d · pace %s · need %d/week", "dit jaar %s van %d · verwacht %d · tempo %s · nodig %d/week"}
	PerDay           = Text{"%d/day", "%d/dag"}
	PerWeek          = Text{"%d/week", "%d/week"}
	GlanceStreak     = Text{"streak %s · best %d · score %.2f · %s", "reeks %s · beste %d · score %.2f · %s"}

	// The availability of `ritme days`.
	DaysTitle        = Text{"workdays %s · holidays %s", "werkdagen %s · feestdagen %s"}
	DaysWeekdays     = Text{"weekdays", "weekdagen"}
	DaysWeekdaysNote = Text{"days whose weekday is a workday", "dagen waarvan de weekdag een werkdag is"}
	DaysHolidays     = Text{"− holidays", "− feestdagen"}
	DaysHolidaysNote = Text{"public holidays on a workday, listed below", "feestdagen op een werkdag, hieronder"}
	DaysWorking      = Text{"= working days", "= werkdagen"}
	DaysVacation     = Text{"− vacation days", "− vakantiedagen"}
	DaysVacationNote = Text{"setting vacation_days", "instelling vacation_days"}
	DaysReserve      = Text{"− reserve days", "− reservedagen"}
	DaysReserveNote  = Text{"setting reserve_days: sickness, training, other", "instelling reserve_days: ziekte, opleiding, overig"}
	DaysAvailable    = Text{"= available days", "= beschikbare dagen"}
	DaysTarget       = Text{"%d %s (%s)", "%d %s (%s)"}
	DaysTargets      = Text{"annual targets: %s", "jaardoelen: %s"}
	DaysHolidayList  = Text{"holidays on workdays:", "feestdagen op werkdagen:"}
	Empty            = Text{"", ""}

	// Today.
	TodayTitle = Text{"Today · %s", "Vandaag · %s"}
	Streak     = Text{"Streak", "Reeks"}
	Score      = Text{"Rhythm score", "Ritmescore"}
	YTD        = Text{"Year to date · %d", "Dit jaar tot nu · %d"}
	YTDHeader  = Text{"done", "gedaan"}
	YTDExp     = Text{"exp", "verw"}
	YTDYear    = Text{"year", "jaar"}
	YTDPace    = Text{"pace", "tempo"}
	YTDPerDay  = Text{"/day", "/dag"}
	DaysLeft   = Text{"day %d of %d available · ~%d left", "dag %d van %d beschikbaar · ~%d over"}

	// Week and Month.
	WeekTitle   = Text{"Week %d · %s – %s", "Week %d · %s – %s"}
	MonthLegend = Text{"cells: %s · targets %s · ◆ outcomes", "cellen: %s · doelen %s · ◆ uitkomsten"}
	Leave       = Text{"leave", "verlof"}
	Holiday     = Text{"holiday", "feestdag"}
	Met         = Text{"met", "gehaald"}
	Open        = Text{"open", "open"}
	MissedWord  = Text{"missed", "gemist"}
	Done        = Text{"done", "gedaan"}
	Expected    = Text{"expected", "verwacht"}
	Pace        = Text{"pace", "tempo"}
	Yield       = Text{"yield", "opbrengst"}
	NoOutcomes  = Text{"no outcomes yet", "nog geen uitkomsten"}
	Per100      = Text{" · %.1f per 100", " · %.1f per 100"}

	// Year.
	Legend        = Text{"legend", "legenda"}
	LegendNone    = Text{"none", "niets"}
	LegendSome    = Text{"some", "wat"}
	LegendMost    = Text{"most", "meeste"}
	LegendMet     = Text{"met", "gehaald"}
	LegendHol     = Text{"holiday", "feestdag"}
	LegendLeave   = Text{"leave", "verlof"}
	LegendCome    = Text{"to come", "komt nog"}
	YearAvailable = Text{"%s in %d", "%s in %d"}

	// Log.
	LogTitle  = Text{"Log", "Logboek"}
	LogSub    = Text{"newest first · %s · f to filter", "nieuwste eerst · %s · f om te filteren"}
	AllKinds  = Text{"all kinds", "alle soorten"}
	KindOnly  = Text{"%s only", "alleen %s"}
	NoEntries = Text{"no entries yet: press m, c or v to tick one", "nog geen contacten: druk m, c of v om er een af te vinken"}

	// Accounts.
	AccountsTitle = Text{"Accounts", "Accounts"}
	AccountsSub   = Text{"by %s · s sort · p next stage · n follow-up", "op %s · s sorteren · p volgende fase · n opvolging"}
	ByLast        = Text{"last touch", "laatste contact"}
	ByTouches     = Text{"touches", "contacten"}
	ByName        = Text{"name", "naam"}
	NoAccounts    = Text{"no accounts yet: press a and fill in who", "nog geen accounts: druk a en vul wie in"}
	ColName       = Text{"name", "naam"}
	ColStage      = Text{"stage", "fase"}
	ColTouches    = Text{"5–7 touches", "5–7 contacten"}
	ColLast       = Text{"last touch", "laatste contact"}
	WhoNext       = Text{"Who next", "Wie nu"}
	NobodyNextYet = Text{"nobody to suggest yet", "nog niemand voor te stellen"}
	NextLine      = Text{"%d× · %dd", "%d× · %dd"}

	// The form.
	FormKind        = Text{"Kind", "Soort"}
	FormWho         = Text{"Who", "Wie"}
	FormNote        = Text{"Note", "Notitie"}
	FormWhoHint     = Text{"company or person (optional)", "bedrijf of persoon (optioneel)"}
	FormNoteHint    = Text{"optional", "optioneel"}
	FormAdd         = Text{"Add a contact on %s", "Contact toevoegen op %s"}
	FormEdit        = Text{"Edit %s of %s", "%s van %s bewerken"}
	FormCancel      = Text{"cancel", "annuleren"}
	FormFilter      = Text{"filter", "filteren"}
	FormClearFilter = Text{"clear filter", "filter wissen"}
	FormSelect      = Text{"select", "kiezen"}
	FormBack        = Text{"back", "terug"}
	FormSubmit      = Text{"save", "opslaan"}
	FormNext        = Text{"next", "volgende"}
	FormTop         = Text{"go to start", "naar begin"}
	FormBottom      = Text{"go to end", "naar eind"}
	FormComplete    = Text{"complete", "aanvullen"}
	FormBadText     = Text{"not valid text", "geen geldige tekst"}

	// The keys' help.
	KeyMail     = Text{"tick mail", "mail afvinken"}
	KeyCall     = Text{"tick call", "bel afvinken"}
	KeyVisit    = Text{"tick visit", "bezoek afvinken"}
	KeyAdd      = Text{"add", "nieuw"}
	KeyUndo     = Text{"undo", "ongedaan"}
	KeyPrevDay  = Text{"previous day", "vorige dag"}
	KeyNextDay  = Text{"next day", "volgende dag"}
	KeyToday    = Text{"today", "vandaag"}
	KeyView     = Text{"view", "scherm"}
	KeyViewBack = Text{"view back", "scherm terug"}
	KeyPrevPer  = Text{"previous week/month/year", "vorige week/maand/jaar"}
	KeyNextPer  = Text{"next week/month/year", "volgende week/maand/jaar"}
	KeyHelp     = Text{"help", "hulp"}
	KeyQuit     = Text{"quit", "stop"}
	KeyUp       = Text{"up", "omhoog"}
	KeyDown     = Text{"down", "omlaag"}
	KeyPageUp   = Text{"page up", "pagina omhoog"}
	KeyPageDown = Text{"page down", "pagina omlaag"}
	KeyEdit     = Text{"edit who & note", "wie & notitie bewerken"}
	KeyDelete   = Text{"delete", "verwijderen"}
	KeyFilter   = Text{"filter kind", "soort filteren"}
	KeyOutcome  = Text{"next outcome", "volgende uitkomst"}
	KeySort     = Text{"sort", "sorteren"}
	KeyStage    = Text{"next stage", "volgende fase"}
	KeyYes      = Text{"yes", "ja"}
	KeyNo       = Text{"no", "nee"}
	KeyTick     = Text{"tick", "afvinken"}
	KeyDay      = Text{"day", "dag"}
)
