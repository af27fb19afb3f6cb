package main

import (
	"ritme/rhythm"
	"ritme/store"
	"ritme/tui"
)

// The texts of the commands config, leave, export, import, demo, account,
// accounts, next, outcome and report in English and Dutch, grouped by
// command. Words a user types (setting keys, flags, csv, json, the English
// names of kinds, outcomes and stages) stay as they are; the Dutch examples
// use the Dutch names where ritme takes them.

// plural is a count in both languages: its one and many forms each take the
// number as their first argument.
type plural struct{ one, many tui.Msg }

// n writes a count: "1 date", "3 datums".
func (a *app) n(p plural, n int) string { return a.lang.Plural(n, p.one, p.many) }

// Counts.
var (
	nDates       = plural{tui.M("%d date", "%d datum"), tui.M("%d dates", "%d datums")}
	nWorkingDays = plural{tui.M("%d working day", "%d werkdag"), tui.M("%d working days", "%d werkdagen")}
	nEntries     = plural{tui.M("%d entry", "%d contact"), tui.M("%d entries", "%d contacten")}
	nDays        = plural{tui.M("%d day", "%d dag"), tui.M("%d days", "%d dagen")}
	nTouches     = plural{tui.M("%d touch", "%d contact"), tui.M("%d touches", "%d contacten")}
	nAccounts    = plural{tui.M("%d account", "%d account"), tui.M("%d accounts", "%d accounts")}
)

// Shared by several commands.
var (
	msgArgFrom     = tui.M("FROM", "VAN")
	msgArgTo       = tui.M("TO", "TOT")
	msgArgName     = tui.M("NAME", "NAAM")
	msgIsBefore    = tui.M("%s %s is before %s %s", "%s %s ligt voor %s %s")
	msgOutOfRange  = tui.M("%s: %d is not from %d to %d", "%s: %d ligt niet tussen %d en %d")
	msgBadYearFlag = tui.M("%s: %q is not a year from %d to 9999", "%s: %q is geen jaar van %d tot 9999")
	msgAtName      = tui.M("%s: %s", "%s: %s")
	msgNoSuchFile  = tui.M("no such file or folder", "bestand of map bestaat niet")
	msgPermission  = tui.M("permission denied", "geen toegang")
)

// config.
var (
	msgConfigShort = tui.M("Show or change the settings", "Toon of wijzig de instellingen")
	msgConfigLong  = tui.M(`Without a subcommand, lists every setting with its value, default and meaning.
Settings live in the database file, so one file holds everything.
Setting a key to "" restores its default. target.NAME with a new NAME adds a
kind of contact (ritme config set target.linkedin 3). The built-in kinds may
be named in Dutch too: target.bel is target.call, target.bezoek target.visit.`,
		`Zonder subopdracht toont het elke instelling met haar waarde, standaardwaarde
en betekenis. De instellingen staan in het databasebestand, zodat één bestand
alles bevat. Een sleutel op "" zetten herstelt de standaardwaarde. target.NAAM
met een nieuwe NAAM voegt een soort contact toe (ritme config set
target.linkedin 3). De ingebouwde soorten mogen ook Nederlands heten:
target.bel is target.call, target.bezoek is target.visit.`)
	msgConfigExample = tui.M(`  ritme config
  ritme config set target.mail 6
  ritme config set workdays mon,tue,wed,thu
  ritme config set holidays de
  ritme config set start_date 2026-03-01
  ritme config get vacation_days`, `  ritme config
  ritme config set target.mail 6
  ritme config set target.bel 3
  ritme config set workdays mon,tue,wed,thu
  ritme config set holidays de
  ritme config set start_date 2026-03-01
  ritme config get vacation_days`)
	msgConfigGetUse     = tui.M("get KEY", "get SLEUTEL")
	msgConfigGetShort   = tui.M("Print one setting", "Toon één instelling")
	msgConfigGetExample = tui.M("  ritme config get target.mail\n  ritme config get holidays", "  ritme config get target.bezoek\n  ritme config get holidays")
	msgConfigSetUse     = tui.M("set KEY VALUE", "set SLEUTEL WAARDE")
	msgConfigSetShort   = tui.M(`Change one setting ("" restores the default)`, `Wijzig één instelling ("" herstelt de standaardwaarde)`)
	msgConfigSetExample = tui.M("  ritme config set target.call 3\n  ritme config set start_date \"\"", "  ritme config set target.bel 3\n  ritme config set start_date \"\"")
	msgConfigHeader     = tui.M("KEY\tVALUE\tDEFAULT\tMEANING", "SLEUTEL\tWAARDE\tSTANDAARD\tBETEKENIS")
	msgConfigNone       = tui.M("(none)", "(geen)")
	msgBadSetting       = tui.M("invalid setting %q: %s", "ongeldige instelling %q: %s")
	msgTargetMeaning    = tui.M("daily target of %s", "dagdoel voor %s")

	// settingMeanings explains every fixed key; target keys are explained
	// by kind.
	settingMeanings = map[string]tui.Msg{
		rhythm.KeyWorkdays:  tui.M("the weekdays you work", "de weekdagen waarop je werkt"),
		rhythm.KeyHolidays:  tui.M("public holidays off: nl, nl-all, none or a country code", "vrije feestdagen: nl, nl-all, none of een landcode"),
		rhythm.KeyVacation:  tui.M("vacation days a year", "vakantiedagen per jaar"),
		rhythm.KeyReserve:   tui.M("days a year for sickness, training and other absence", "dagen per jaar voor ziekte, opleiding en ander verzuim"),
		rhythm.KeyStartDate: tui.M("the date you started with ritme (empty: your first entry)", "de datum waarop je met ritme begon (leeg: je eerste contact)"),
	}
)

// leave.
var (
	msgLeaveShort = tui.M("Register days off: vacation, sick, training, other", "Registreer vrije dagen: vakantie, ziek, opleiding, overig")
	msgLeaveLong  = tui.M(`Registered leave is not a working day: it owes nothing and never breaks a
streak. The yearly vacation_days and reserve_days settings are the plan;
leave is what actually happened (or is booked).`,
		`Geregistreerd verlof is geen werkdag: er is niets verschuldigd en het breekt
nooit een reeks. De jaarlijkse instellingen vacation_days en reserve_days zijn
het plan; verlof is wat er echt gebeurde (of geboekt is).`)
	msgLeaveExample = tui.M("  ritme leave add 2026-07-20 2026-07-31\n  ritme leave rm 2026-07-31\n  ritme leave list",
		"  ritme leave add 2026-07-20 2026-07-31\n  ritme leave rm 2026-07-31\n  ritme leave list")
	msgLeaveAddUse     = tui.M("add FROM [TO]", "add VAN [TOT]")
	msgLeaveAddShort   = tui.M("Register leave on a date or a range of dates", "Registreer verlof op een datum of een reeks datums")
	msgLeaveAddExample = tui.M("  ritme leave add 2026-07-20 2026-07-31\n  ritme leave add 2026-11-27 --kind sick",
		"  ritme leave add 2026-07-20 2026-07-31\n  ritme leave add 2026-11-27 --kind ziek")
	msgFlagLeaveKind    = tui.M("the `kind` of leave: vacation, sick, training or other", "de `soort` verlof: vakantie, ziek, opleiding of overig")
	msgBadLeaveKind     = tui.M("--kind: %q is not one of vacation, sick, training, other", "--kind: %q is geen vakantie, ziek, opleiding of overig")
	msgLeaveAdded       = tui.M("registered %s: %s (%s, %s)", "%s geregistreerd: %s (%s, %s)")
	msgLeaveRmUse       = tui.M("rm FROM [TO]", "rm VAN [TOT]")
	msgLeaveRmShort     = tui.M("Remove registered leave", "Verwijder geregistreerd verlof")
	msgLeaveRmExample   = tui.M("  ritme leave rm 2026-07-31\n  ritme leave rm 2026-07-27 2026-07-31", "  ritme leave rm 2026-07-31\n  ritme leave rm 2026-07-27 2026-07-31")
	msgNoLeaveIn        = tui.M("no leave registered in %s", "geen verlof geregistreerd in %s")
	msgLeaveRemoved     = tui.M("removed leave: %s (%s)", "verlof verwijderd: %s (%s)")
	msgLeaveListShort   = tui.M("List registered leave of a year", "Toon het geregistreerde verlof van een jaar")
	msgLeaveListExample = tui.M("  ritme leave list\n  ritme leave list --year 2025", "  ritme leave list\n  ritme leave list --year 2025")
	msgFlagLeaveYear    = tui.M("the `year` to list (default this year)", "het `jaar` om te tonen (standaard dit jaar)")
	msgLeaveSpan        = tui.M("%s to %s is more than %d days; register leave a year at a time", "%s tot %s is meer dan %d dagen; registreer verlof per jaar")
	msgLeaveTotal       = tui.M("%d: %s of leave; the plan allows %d vacation + %d reserve days", "%d: %s verlof; het plan staat %d vakantie- + %d reservedagen toe")

	// leaveKindNames are the names of the kinds of leave; on the command
	// line both languages are accepted.
	leaveKindNames = map[store.LeaveKind]tui.Msg{
		store.Vacation: tui.M("vacation", "vakantie"),
		store.Sick:     tui.M("sick", "ziek"),
		store.Training: tui.M("training", "opleiding"),
		store.Other:    tui.M("other", "overig"),
	}
)

// export and import.
var (
	msgExportShort = tui.M("Write all entries as CSV or JSON", "Schrijf alle contacten als CSV of JSON")
	msgExportLong  = tui.M(`Writes every entry (or those from --from to --to) as CSV with a header row, or
as JSON. Without -o it writes to standard output; with -o the format follows
the file's extension unless --format is given. CSV cells that a spreadsheet
could run as a formula (beginning with =, +, -, @, tab or carriage return)
are prefixed with ', which import removes again. Column names and values are
English whatever the language.`,
		`Schrijft elk contact (of die van --from tot en met --to) als CSV met een
kopregel, of als JSON. Zonder -o schrijft het naar standaarduitvoer; met -o
volgt het formaat de extensie van het bestand, tenzij --format is gegeven.
CSV-cellen die een spreadsheet als formule zou uitvoeren (beginnend met =, +, -,
@, tab of carriage return) krijgen een ' ervoor, die import weer weghaalt.
Kolomnamen en waarden blijven Engels, in elke taal.`)
	msgExportExample = tui.M("  ritme export > ritme.csv\n  ritme export --format json --from 2026-01-01 -o 2026.json",
		"  ritme export > ritme.csv\n  ritme export --format json --from 2026-01-01 -o 2026.json")
	msgFlagFormat   = tui.M("the `format`: csv or json (default csv, or the extension of -o)", "het `formaat`: csv of json (standaard csv, of de extensie van -o)")
	msgFlagFromDate = tui.M("first date, `YYYY-MM-DD`", "eerste datum, `JJJJ-MM-DD`")
	msgFlagToDate   = tui.M("last date, `YYYY-MM-DD`", "laatste datum, `JJJJ-MM-DD`")
	msgFlagOutput   = tui.M("write to `file` instead of standard output", "schrijf naar `bestand` in plaats van standaarduitvoer")
	msgBadFormat    = tui.M("--format: %q is not csv or json", "--format: %q is geen csv of json")
	msgOutputIsDB   = tui.M("-o: %s is the database; choose another file", "-o: %s is de database; kies een ander bestand")
	msgExportFailed = tui.M("export: %s", "exporteren: %s")
	msgExportTo     = tui.M("export to %s: %s", "exporteren naar %s: %s")
	msgExported     = tui.M("exported %s to %s", "%s geëxporteerd naar %s")

	msgImportUse   = tui.M("import FILE", "import BESTAND")
	msgImportShort = tui.M("Add entries from a CSV or JSON export (all or nothing)", "Voeg contacten toe uit een CSV- of JSON-export (alles of niets)")
	msgImportLong  = tui.M(`Reads a CSV or JSON file as export writes it ("-" reads standard input) and adds
its entries in one transaction: if any row is bad, nothing is added and the
first bad row is reported by line. Entries whose id is already present are
skipped, so importing the same file twice adds nothing the second time. Kinds,
outcomes and stages may also be given by their Dutch names.`,
		`Leest een CSV- of JSON-bestand zoals export het schrijft ("-" leest
standaardinvoer) en voegt de contacten toe in één transactie: is er een regel
fout, dan wordt niets toegevoegd en wordt de eerste foute regel genoemd.
Contacten waarvan de id er al is worden overgeslagen, dus hetzelfde bestand
twee keer importeren voegt de tweede keer niets toe. Soorten, uitkomsten en
fases mogen ook hun Nederlandse naam hebben.`)
	msgImportExample = tui.M("  ritme import ritme.csv\n  ritme import backup.json", "  ritme import ritme.csv\n  ritme import backup.json")
	msgImported      = tui.M("imported %s, skipped %s already present", "%s geïmporteerd, %s overgeslagen (al aanwezig)")
	msgIsFolder      = tui.M("%s is a folder, not a file", "%s is een map, geen bestand")
	msgReadFailed    = tui.M("read %s: %s", "%s lezen: %s")
	msgTooLarge      = tui.M("%s: larger than %d MiB", "%s: groter dan %d MiB")

	// Reading and checking an import.
	msgAtLine         = tui.M("line %d: %s", "regel %d: %s")
	msgFileEmpty      = tui.M("the file is empty", "het bestand is leeg")
	msgUnknownColumn  = tui.M("unknown column %q (columns: %s)", "onbekende kolom %q (kolommen: %s)")
	msgColumnTwice    = tui.M("column %q twice", "kolom %q staat er twee keer")
	msgNoColumn       = tui.M("no %q column", "geen kolom %q")
	msgFieldCount     = tui.M("%d fields, the header has %d", "%d velden, de kopregel heeft er %d")
	msgFieldDate      = tui.M("date: %s", "datum: %s")
	msgWantExport     = tui.M("want an export object or an array of entries", "verwacht een exportobject of een array van contacten")
	msgMustBeArray    = tui.M("%q must be an array", "%q moet een array zijn")
	msgAccountNo      = tui.M("account %d: %s", "account %d: %s")
	msgEntryNo        = tui.M("entry %d: %s", "contact %d: %s")
	msgDateMissing    = tui.M("date: missing", "datum: ontbreekt")
	msgNoEntriesArray = tui.M(`no "entries" array`, `geen array "entries"`)
	msgWantString     = tui.M("%s: want a string, not a JSON %s", "%s: verwacht een tekst, geen %s")
	// jsonValueNames name the JSON values encoding/json reports where a
	// string was wanted.
	jsonValueNames = map[string]tui.Msg{
		"number": tui.M("number", "getal"),
		"bool":   tui.M("bool", "true of false"),
		"object": tui.M("object", "JSON-object"),
		"array":  tui.M("array", "JSON-array"),
	}
	msgStageNeedsName    = tui.M("a stage needs an account name", "een fase heeft een accountnaam nodig")
	msgIDTwice           = tui.M("id %s is also on line %d", "id %s staat ook op regel %d")
	msgBadID             = tui.M("id %q: want up to %d printable ASCII characters", "id %q: gebruik hoogstens %d afdrukbare ASCII-tekens")
	msgDateBeforeMin     = tui.M("date %s is before %d", "datum %s ligt voor %d")
	msgDateAfterToday    = tui.M("date %s is after today (%s)", "datum %s ligt na vandaag (%s)")
	msgImportUnknownKind = tui.M("unknown kind %q (add it with: ritme config set target.%s N)", "onbekende soort %q (voeg hem toe met: ritme config set target.%s N)")
	msgBadCreatedAt      = tui.M("created_at %q: want an RFC 3339 time such as 2026-11-27T09:15:00Z", "created_at %q: gebruik een RFC 3339-tijd zoals 2026-11-27T09:15:00Z")
)

// demo.
var (
	msgDemoShort = tui.M("Fill an empty database with realistic history up to yesterday", "Vul een lege database met realistische geschiedenis tot gisteren")
	msgDemoLong  = tui.M(`Fills an empty database with realistic history up to yesterday: most working
days met, some missed, some with surplus; holidays, a summer vacation, a
Christmas week and a few sick days registered as leave; believable names in
who. --per-day sets the average number of entries per working day (the
targets' sum by default), for heavy-use benchmarks. The history is the same
for the same today, years and per-day. It refuses a database with entries.`,
		`Vult een lege database met realistische geschiedenis tot gisteren: de meeste
werkdagen gehaald, sommige gemist, sommige met een overschot; feestdagen, een
zomervakantie, een kerstweek en een paar ziektedagen als verlof geregistreerd;
geloofwaardige namen bij wie. --per-day zet het gemiddelde aantal contacten per
werkdag (standaard de som van de doelen), voor benchmarks van zwaar gebruik. De
geschiedenis is dezelfde voor dezelfde vandaag, years en per-day. Een database
met contacten wordt geweigerd.`)
	msgDemoExample = tui.M("  ritme demo --db /tmp/demo.db\n  ritme demo --db /tmp/heavy.db --years 10 --per-day 40",
		"  ritme demo --db /tmp/demo.db\n  ritme demo --db /tmp/zwaar.db --years 10 --per-day 40")
	msgFlagYears    = tui.M("years of history (1–30)", "jaren geschiedenis (1–30)")
	msgFlagPerDay   = tui.M("average entries per working day (default: the sum of the daily targets)", "gemiddeld aantal contacten per werkdag (standaard: de som van de dagdoelen)")
	msgDemoNotEmpty = tui.M("demo fills only an empty database; %s has %s", "demo vult alleen een lege database; %s heeft %s")
	msgDemoDone     = tui.M("demo: %s and %s of leave from %s to %s in %s", "demo: %s en %s verlof van %s tot en met %s in %s")
)

// account, accounts, next and outcome.
var (
	msgAccountShort   = tui.M("Set an account's stage: ritme account set NAME --stage S", "Zet de fase van een account: ritme account set NAAM --stage F")
	msgAccountExample = tui.M(`  ritme account set "Acme BV" --stage prospect`, `  ritme account set "Acme BV" --stage klant`)
	msgAccountSetUse  = tui.M("set NAME", "set NAAM")
	msgAccountSetShrt = tui.M("Set the stage of an account: suspect, prospect or customer", "Zet de fase van een account: suspect, prospect of klant")
	msgAccountSetLong = tui.M(`An entry's --who names an account; names match without regard to case and
spaces. Every account starts as a suspect. Naming an account that has no
entries yet registers it. The Dutch stage klant works too.`,
		`De --who van een contact noemt een account; namen komen overeen ongeacht
hoofdletters en spaties. Elk account begint als suspect. Een account noemen dat
nog geen contacten heeft, registreert het. De Engelse fase customer werkt ook.`)
	msgAccountSetExample = tui.M(`  ritme account set "Acme BV" --stage prospect
  ritme account set "jansen & zn" --stage customer`, `  ritme account set "Acme BV" --stage prospect
  ritme account set "jansen & zn" --stage klant`)
	msgFlagStageSet  = tui.M("the `stage`: suspect, prospect or customer (required)", "de `fase`: suspect, prospect of klant (verplicht)")
	msgNeedsName     = tui.M("%s: an account needs a name", "%s: een account heeft een naam nodig")
	msgStageIs       = tui.M("%s is a %s", "%s is een %s")
	msgAccountsShort = tui.M("Who was touched, how often, and how far against the 5–7 rule", "Wie is benaderd, hoe vaak, en hoe ver tegen de 5–7-regel")
	msgAccountsLong  = tui.M(`Lists every account named in --who: stage, touches in total and per kind,
first and last touch, working days since the last one, and where it stands
against the rule that a customer needs 5 to 7 contacts before buying:
warming (under 5), ready (5 to 7, or more after a meeting), stuck (over 7
without a meeting or better).`,
		`Toont elk account dat in --who is genoemd: fase, contacten in totaal en per
soort, eerste en laatste contact, werkdagen sinds het laatste, en waar het staat
tegen de regel dat een klant 5 tot 7 contacten nodig heeft voor hij koopt:
opwarmen (onder 5), klaar (5 tot 7, of meer na een afspraak), vast (meer dan 7
zonder afspraak of beter).`)
	msgAccountsExample = tui.M("  ritme accounts\n  ritme accounts --stage prospect --sort touches\n  ritme accounts --json",
		"  ritme accounts\n  ritme accounts --stage klant --sort naam\n  ritme accounts --json")
	msgFlagStageOnly = tui.M("only this `stage`: suspect, prospect or customer", "alleen deze `fase`: suspect, prospect of klant")
	msgFlagSort      = tui.M("the `order`: last (most recent first), touches (most first) or name",
		"de `volgorde`: last (recentste eerst), touches (meeste eerst) of name; ook laatste, contacten, naam")
	msgBadSort       = tui.M("--sort: %q is not last, touches or name", "--sort: %q is geen last, touches of name (laatste, contacten, naam)")
	msgAccountsHead  = tui.M("NAME\tSTAGE\tTOUCHES\tMAIL/CALL/VISIT\tLAST\tDAYS\t5–7", "NAAM\tFASE\tCONTACTEN\tMAIL/BEL/BEZOEK\tLAATST\tDAGEN\t5–7")
	msgNoAccountsYet = tui.M("no accounts yet: name one with ritme log mail --who NAME", "nog geen accounts: noem er een met ritme log mail --who NAAM")

	msgNextShort = tui.M("Who next: the suspects and prospects that most need a touch today", "Wie nu: de suspects en prospects die vandaag het meest een contact nodig hebben")
	msgNextLong  = tui.M(`Lists the suspects and prospects that most need a touch today, so that the
day's mails need no thinking. Never one touched today; first those not touched
for %d working days or more (or never), fewest touches first, then the longest
untouched; then the others, longest untouched first; stuck accounts (over 7
touches without a meeting) last. Customers are not listed.`,
		`Toont de suspects en prospects die vandaag het meest een contact nodig hebben,
zodat de mails van de dag geen denkwerk vragen. Nooit een die vandaag al is
benaderd; eerst wie %d werkdagen of langer niet is benaderd (of nooit), minste
contacten eerst, dan het langst onbenaderd; daarna de rest, langst onbenaderd
eerst; vastgelopen accounts (meer dan 7 contacten zonder afspraak) als laatste.
Klanten worden niet getoond.`)
	msgNextExample   = tui.M("  ritme next\n  ritme next -n 10 --json", "  ritme next\n  ritme next -n 10 --json")
	msgFlagNextCount = tui.M("how many to suggest", "hoeveel voor te stellen")
	msgNobodyNext    = tui.M("nobody to suggest: log contacts with --who NAME to build your pool", "niemand voor te stellen: log contacten met --who NAAM om je pool op te bouwen")
	msgLastAgo       = tui.M("last %s (%s ago)", "laatst %s (%s geleden)")
	msgNeverTouched  = tui.M("never touched", "nooit benaderd")

	msgOutcomeUse   = tui.M("outcome ID OUTCOME", "outcome ID UITKOMST")
	msgOutcomeShort = tui.M("Record what a contact yielded: reply, meeting, proposal, won, lost (or none)",
		"Leg vast wat een contact opleverde: reactie, afspraak, offerte, gewonnen, verloren (of geen)")
	msgOutcomeLong = tui.M(`Sets the outcome of the entry with that id. The first characters of the id are
enough when they name one entry; ritme log prints the id, and so do export
and the TUI's Log view. The Dutch names work too: reactie, afspraak, offerte,
gewonnen, verloren, geen.`,
		`Zet de uitkomst van het contact met die id. De eerste tekens van de id zijn
genoeg als ze één contact aanwijzen; ritme log toont de id, net als export en
het Logboek van de TUI. De Engelse namen werken ook: reply, meeting, proposal,
won, lost, none.`)
	msgOutcomeExample = tui.M("  ritme outcome 3f2a9c1e meeting\n  ritme outcome 3f2a9c1e none", "  ritme outcome 3f2a9c1e afspraak\n  ritme outcome 3f2a9c1e geen")
	msgNoEntry        = tui.M("entry %q: not found", "contact %q: niet gevonden")
	msgOutcomeSet     = tui.M("%s of %s%s: %s · id %s", "%s op %s%s: %s · id %s")
	msgNoOutcome      = tui.M("no outcome", "geen uitkomst")
)

// report.
var (
	msgReportShort = tui.M(`The rep's report: "is it really happening?" — yes, and here is the data`,
		`Het rapport: "gebeurt het echt?" — ja, en hier zijn de gegevens`)
	msgReportLong = tui.M(`Over a period (default: this year up to today): working days and days met,
the current and best streak, per kind the contacts done against expected with
the pace, what they yielded (reply, meeting, proposal, won, lost) in total and
per 100 contacts, and the median number of touches before an account's first
meeting (or better).`,
		`Over een periode (standaard: dit jaar tot vandaag): werkdagen en gehaalde
dagen, de huidige en beste reeks, per soort de gedane contacten tegen de
verwachte met het tempo, wat ze opleverden (reactie, afspraak, offerte,
gewonnen, verloren) in totaal en per 100 contacten, en de mediaan van het
aantal contacten voor de eerste afspraak (of beter) van een account.`)
	msgReportExample = tui.M("  ritme report\n  ritme report --from 2026-10-01 --to 2026-12-31\n  ritme report --json",
		"  ritme report\n  ritme report --from 2026-10-01 --to 2026-12-31\n  ritme report --json")
	msgFlagReportFrom = tui.M("first date, `YYYY-MM-DD` (default 1 January of --to's year)", "eerste datum, `JJJJ-MM-DD` (standaard 1 januari van het jaar van --to)")
	msgFlagReportTo   = tui.M("last date, `YYYY-MM-DD` (default today)", "laatste datum, `JJJJ-MM-DD` (standaard vandaag)")
	msgTooManyYears   = tui.M("%s to %s is more than 20 years", "%s tot %s is meer dan 20 jaar")
	msgReportTitle    = tui.M("Report %s – %s", "Rapport %s – %s")
	msgReportDays     = tui.M("Working days %d · met %d (%d%%) · streak %d, best %d", "Werkdagen %d · gehaald %d (%d%%) · reeks %d, beste %d")
	msgReportDone     = tui.M("done", "gedaan")
	msgReportExpected = tui.M("expected", "verwacht")
	msgReportPace     = tui.M("pace", "tempo")
	msgReportAll      = tui.M("all", "alle")
	msgReportPer100   = tui.M("Per 100 contacts: %s", "Per 100 contacten: %s")
	msgReportNoMeet   = tui.M("Touches before a first meeting: no account reached a meeting in this period",
		"Contacten voor een eerste afspraak: geen account kwam in deze periode tot een afspraak")
	msgReportMedian = tui.M("Touches before a first meeting: median %g, over %s", "Contacten voor een eerste afspraak: mediaan %g, over %s")
)
