package i18n

// The command line's texts in English and Dutch. Examples are commands and
// stay the same in both languages, but for the Dutch kind names.
var (
	RootShort = Text{"Keep the daily rhythm of B2B selling: 5 mails, 2 calls, 1 visit",
		"Houd het dagritme van B2B-verkoop vast: 5 mails, 2 keer bellen, 1 bezoek"}
	RootLong = Text{`ritme turns a year of selling into a small daily rhythm — 5 mails to suspects,
2 calls and 1 customer visit on every available day — and keeps the data that
proves the rhythm is kept. Without a command it opens the TUI on today.`,
		`ritme maakt van een verkoopjaar een klein dagritme — 5 mails aan suspects,
2 keer bellen en 1 klantbezoek op elke beschikbare dag — en bewaart de gegevens
die bewijzen dat het ritme wordt volgehouden. Zonder opdracht opent het de TUI
op vandaag.`}
	RootExample = Text{`  ritme
  ritme log mail --who "Acme BV"
  ritme status
  ritme --lang nl status`, `  ritme
  ritme log mail --who "Acme BV"
  ritme status
  ritme --lang en status`}
	FlagDB      = Text{"database `file` (env RITME_DB; default %s)", "`bestand` van de database (omgeving RITME_DB; standaard %s)"}
	FlagToday   = Text{"act as if today were `YYYY-MM-DD` (env RITME_TODAY)", "doe alsof het vandaag `JJJJ-MM-DD` is (omgeving RITME_TODAY)"}
	FlagLang    = Text{"the `language`: en or nl (env RITME_LANG; default from LC_ALL, LC_MESSAGES, LANG)", "de `taal`: en of nl (omgeving RITME_LANG; standaard uit LC_ALL, LC_MESSAGES, LANG)"}
	FlagHelp    = Text{"help for this command", "hulp bij deze opdracht"}
	FlagVersion = Text{"print the version", "toon de versie"}
	FlagJSON    = Text{"print JSON", "schrijf JSON"}
	BadLang     = Text{"--lang: %q is not en or nl", "--lang: %q is geen en of nl"}
	NotRitme    = Text{"%s is not a ritme database; it was left untouched", "%s is geen ritme-database; het bestand is niet aangeraakt"}
	TooNew      = Text{"%s was made by a newer version of ritme; upgrade ritme to open it (it was left untouched)", "%s is gemaakt door een nieuwere ritme; werk ritme bij om het te openen (het bestand is niet aangeraakt)"}
	SavedBut    = Text{"saved, but then: %s", "opgeslagen, maar daarna: %s"}
	Ambiguous   = Text{"the id prefix matches more than one entry; give more of it", "het begin van de id past op meer dan één contact; geef er meer van"}

	HelpUse     = Text{"help [command]", "help [opdracht]"}
	HelpExample = Text{"  ritme help\n  ritme help log", "  ritme help\n  ritme help log"}
	HelpShort   = Text{"Help about any command", "Hulp bij elke opdracht"}
	HelpLong    = Text{"Help gives the help of any command: ritme help COMMAND.", "Help toont de hulp bij elke opdracht: ritme help OPDRACHT."}
	HelpUnknown = Text{"unknown help topic %q", "onbekend hulponderwerp %q"}
	Default     = Text{" (default ", " (standaard "}

	UsageTemplate = Text{`Usage:{{if .Runnable}}
  {{.UseLine}}{{if .HasAvailableFlags}} [flags]{{end}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [command]{{end}}{{if .HasExample}}

Examples:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Commands:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Flags:
{{flagUsages .LocalFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Global flags:
{{flagUsages .InheritedFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Use "{{.CommandPath}} [command] --help" for more about a command.{{end}}
`, `Gebruik:{{if .Runnable}}
  {{.UseLine}}{{if .HasAvailableFlags}} [opties]{{end}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [opdracht]{{end}}{{if .HasExample}}

Voorbeelden:
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

Opdrachten:{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

Opties:
{{flagUsages .LocalFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

Algemene opties:
{{flagUsages .InheritedFlags | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

Gebruik "{{.CommandPath}} [opdracht] --help" voor meer over een opdracht.{{end}}
`}

	// Dates and common input.
	BeforeMinYear = Text{"%s: %s is before %d", "%s: %s ligt voor %d"}
	AfterToday    = Text{"%s: %s is after today (%s)", "%s: %s ligt na vandaag (%s)"}
	CloseDB       = Text{"close database: %s", "database sluiten: %s"}
	TooLong       = Text{"%s: longer than %d characters", "%s: langer dan %d tekens"}
	NotUTF8       = Text{"%s: not valid UTF-8 text", "%s: geen geldige UTF-8-tekst"}
	UnknownKind   = Text{"unknown kind %q: use %s", "onbekende soort %q: gebruik %s"}
	CountRange    = Text{"-n: %d is not from 1 to %d", "-n: %d ligt niet tussen 1 en %d"}

	// log and undo.
	LogUse   = Text{"log KIND", "log SOORT"}
	LogShort = Text{"Log contacts: ritme log mail|call|visit", "Contacten loggen: ritme log mail|bel|bezoek"}
	LogLong  = Text{`Logs N contacts of a kind (mail, call, visit, or one added with ritme config
set target.NAME N) on today, or on --date. Dutch names work too: bel, bezoek.`,
		`Logt N contacten van een soort (mail, bel, bezoek, of een soort toegevoegd met
ritme config set target.NAAM N) op vandaag, of op --date. Engelse namen werken
ook: call, visit.`}
	LogExample = Text{`  ritme log mail --who "Acme BV"
  ritme log call -n 2
  ritme log visit --who "Jansen & Zn" --note "demo went well" --date 2026-11-26
  ritme log mail --who "Acme BV" --outcome reply`, `  ritme log mail --who "Acme BV"
  ritme log bel -n 2
  ritme log bezoek --who "Jansen & Zn" --note "demo ging goed" --date 2026-11-26
  ritme log mail --who "Acme BV" --outcome reactie`}
	FlagCount    = Text{"number of entries to log (1–100)", "aantal contacten om te loggen (1–100)"}
	FlagWho      = Text{"the `name` of who was contacted", "de `naam` van wie er is benaderd"}
	FlagNote     = Text{"a note: any `text`", "een notitie: vrije `tekst`"}
	FlagDate     = Text{"the `YYYY-MM-DD` the contacts belong to (default today)", "de `JJJJ-MM-DD` waar de contacten bij horen (standaard vandaag)"}
	FlagOutcome  = Text{"what it yielded, an `outcome`: reply, meeting, proposal, won or lost", "wat het opleverde, een `uitkomst`: reactie, afspraak, offerte, gewonnen of verloren"}
	Logged       = Text{"logged %s%s — %d/%d %s · id %s", "gelogd: %s%s — %d/%d %s · id %s"}
	LoggedWeekly = Text{"logged %s%s — %d %s, target %d/week · id %s", "gelogd: %s%s — %d %s, doel %d/week · id %s"}
	ForWho       = Text{" for %s", " voor %s"}
	Today        = Text{"today", "vandaag"}
	OnDate       = Text{"on %s", "op %s"}
	UndoShort    = Text{"Remove the most recently logged entry of a day", "Verwijder het laatst gelogde contact van een dag"}
	FlagUndoOn   = Text{"the `YYYY-MM-DD` to undo on (default today)", "de `JJJJ-MM-DD` om op ongedaan te maken (standaard vandaag)"}
	Removed      = Text{"removed %s%s logged at %s — %d %s left on %s · id %s", "verwijderd: %s%s, gelogd om %s — nog %d %s op %s · id %s"}

	// status and days.
	StatusShort = Text{"The quick glance: today's checklist, streaks, score, year to date", "De snelle blik: de lijst van vandaag, reeksen, score, dit jaar tot nu"}
	DaysUse     = Text{"days [YEAR]", "days [JAAR]"}
	DaysShort   = Text{"The availability calculator: working and available days of a year", "De beschikbaarheidscalculator: werk- en beschikbare dagen van een jaar"}
	BadYear     = Text{"year %q: want a year from %d to 9999", "jaar %q: gebruik een jaar van %d tot 9999"}
)

var (
	CompletionShort = Text{"Print the shell completion script: bash, zsh or fish", "Schrijf het aanvulscript voor de shell: bash, zsh of fish"}
	CompletionLong  = Text{`Prints a script that makes the shell complete ritme's commands, flags, kinds,
setting keys, holiday sets, stages and outcomes. Load it in your shell's start-up
file; see the examples.`, `Schrijft een script waarmee de shell opdrachten, opties, soorten, instellingen,
feestdagensets, fases en uitkomsten van ritme aanvult. Laad het in het
opstartbestand van je shell; zie de voorbeelden.`}
	CompletionShell = Text{"unknown shell %q: use bash, zsh or fish", "onbekende shell %q: gebruik bash, zsh of fish"}
)
