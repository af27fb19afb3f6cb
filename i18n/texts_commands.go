package i18n

import (
	"ritme/rhythm"
)

// The texts of the commands config, leave, export, import, demo, account,
// accounts, next, outcome and report in English and Dutch, grouped by
// command. Words a user types (setting keys, flags, csv, json, the English
// names of kinds, outcomes and stages) stay as they are; the Dutch examples
// use the Dutch names where ritme takes them.

// Counts.
var (
	Dates       = Counted{Text{"%d date", "%d datum"}, Text{"%d dates", "%d datums"}}
	WorkingDays = Counted{Text{"%d working day", "%d werkdag"}, Text{"%d working days", "%d werkdagen"}}
	Entries     = Counted{Text{"%d entry", "%d contact"}, Text{"%d entries", "%d contacten"}}
	Days        = Counted{Text{"%d day", "%d dag"}, Text{"%d days", "%d dagen"}}
	Touches     = Counted{Text{"%d touch", "%d contact"}, Text{"%d touches", "%d contacten"}}
	Accounts    = Counted{Text{"%d account", "%d account"}, Text{"%d accounts", "%d accounts"}}
)

// Shared by several commands.
var (
	ArgFrom     = Text{"FROM", "VAN"}
	ArgTo       = Text{"TO", "TOT"}
	ArgName     = Text{"NAME", "NAAM"}
	IsBefore    = Text{"%s %s is before %s %s", "%s %s ligt voor %s %s"}
	OutOfRange  = Text{"%s: %d is not from %d to %d", "%s: %d ligt niet tussen %d en %d"}
	BadYearFlag = Text{"%s: %q is not a year from %d to 9999", "%s: %q is geen jaar van %d tot 9999"}
	AtName      = Text{"%s: %s", "%s: %s"}
	NoSuchFile  = Text{"no such file or folder", "bestand of map bestaat niet"}
	Permission  = Text{"permission denied", "geen toegang"}
)

// config.
var (
	ConfigShort = Text{"Show or change the settings", "Toon of wijzig de instellingen"}
	ConfigLong  = Text{`Without a subcommand, lists every setting with its value in force today, its
default and its meaning. Settings live in the database file, so one file
holds everything.

Targets and workdays take effect from a date (--from, default today); vacation
days, reserve days and holidays from the first of January of a year. A change
never rewrites the past: the days before it keep the values they had. Setting
the same key from the same date again replaces that change; config history
lists them all. A target is a whole number a day (5) or a week (4/week); ""
or 0 ends it. target.NAME with a new NAME adds a kind of contact (ritme
config set target.linkedin 3), which is never forgotten. The built-in kinds
may be named in Dutch too: target.bel is target.call, target.bezoek
target.visit. start_date, rest_days and backup.keep have no history.`,
		`Zonder subopdracht toont het elke instelling met haar waarde van vandaag, haar
standaardwaarde en haar betekenis. De instellingen staan in het
databasebestand, zodat één bestand alles bevat.

Doelen en werkdagen gelden vanaf een datum (--from, standaard vandaag);
vakantiedagen, reservedagen en feestdagen vanaf 1 januari van een jaar. Een
wijziging herschrijft nooit het verleden: de dagen ervoor houden hun waarden.
Dezelfde sleutel vanaf dezelfde datum opnieuw zetten vervangt die wijziging;
config history toont ze allemaal. Een doel is een heel getal per dag (5) of
per week (4/week); "" of 0 beëindigt het. target.NAAM met een nieuwe NAAM
voegt een soort contact toe (ritme config set target.linkedin 3), die nooit
vergeten wordt. De ingebouwde soorten mogen ook Nederlands heten: target.bel
is target.call, target.bezoek target.visit. start_date, rest_days en
backup.keep hebben geen geschiedenis.`}
	ConfigExample = Text{`  ritme config
  ritme config set target.mail 6
  ritme config set target.visit 4/week --from 2027-01-04
  ritme config set workdays mon,tue,wed,thu --from 2027-01-01
  ritme config set holidays de
  ritme config set start_date 2026-03-01
  ritme config get target.mail --on 2026-06-01
  ritme config history target.mail`, `  ritme config
  ritme config set target.mail 6
  ritme config set target.bezoek 4/week --from 2027-01-04
  ritme config set workdays mon,tue,wed,thu --from 2027-01-01
  ritme config set holidays de
  ritme config set start_date 2026-03-01
  ritme config get target.mail --on 2026-06-01
  ritme config history target.mail`}
	ConfigGetUse       = Text{"get KEY", "get SLEUTEL"}
	ConfigGetShort     = Text{"Print the value of one setting on a date (default today)", "Toon de waarde van één instelling op een datum (standaard vandaag)"}
	ConfigGetExample   = Text{"  ritme config get target.mail\n  ritme config get workdays --on 2026-06-01", "  ritme config get target.bezoek\n  ritme config get workdays --on 2026-06-01"}
	ConfigSetUse       = Text{"set KEY VALUE", "set SLEUTEL WAARDE"}
	ConfigSetShort     = Text{"Change one setting from a date (default today)", "Wijzig één instelling vanaf een datum (standaard vandaag)"}
	ConfigSetExample   = Text{"  ritme config set target.call 3\n  ritme config set target.visit 4/week --from 2027-01-04\n  ritme config set vacation_days 27 --from 2027-01-01", "  ritme config set target.bel 3\n  ritme config set target.bezoek 4/week --from 2027-01-04\n  ritme config set vacation_days 27 --from 2027-01-01"}
	ConfigHistoryUse   = Text{"history [KEY]", "history [SLEUTEL]"}
	ConfigHistoryShort = Text{"List the changes made to the settings, oldest first", "Toon de wijzigingen van de instellingen, oudste eerst"}
	ConfigHistoryLong  = Text{`Lists every change made to the dated settings, by key, the change with the
oldest "from" first. A "from" of "" is a value that holds since the
beginning (one version 1 stored). Defaults are not changes.`,
		`Toont elke wijziging van de gedateerde instellingen, per sleutel, de wijziging
met de oudste "from" eerst. Een "from" van "" is een waarde die geldt sinds
het begin (een die versie 1 bewaarde). Standaardwaarden zijn geen wijzigingen.`}
	ConfigHistoryExample = Text{"  ritme config history\n  ritme config history target.mail --json", "  ritme config history\n  ritme config history target.bezoek --json"}
	ConfigHistoryHeader  = Text{"KEY\tFROM\tVALUE\tMADE", "SLEUTEL\tVANAF\tWAARDE\tGEMAAKT"}
	ConfigHistoryNone    = Text{"no changes: every setting has its default", "geen wijzigingen: elke instelling heeft haar standaardwaarde"}
	ConfigBeginning      = Text{"(beginning)", "(begin)"}
	FlagFrom             = Text{"the `date` the change takes effect (default today; vacation_days, reserve_days and holidays: its year)", "de `datum` waarop de wijziging ingaat (standaard vandaag; vacation_days, reserve_days en holidays: het jaar ervan)"}
	FlagOn               = Text{"the `date` to read the value on (default today)", "de `datum` waarop de waarde gelezen wordt (standaard vandaag)"}
	ConfigHeader         = Text{"KEY\tVALUE\tDEFAULT\tMEANING", "SLEUTEL\tWAARDE\tSTANDAARD\tBETEKENIS"}
	ConfigNone           = Text{"(none)", "(geen)"}
	BadSetting           = Text{"invalid setting %q: %s", "ongeldige instelling %q: %s"}
	TargetMeaning        = Text{"target of %s: N a day or N/week", "doel voor %s: N per dag of N/week"}
	ConfigSetDated       = Text{"%s = %s from %s", "%s = %s vanaf %s"}
	ConfigSetYearly      = Text{"%s = %s from %d on", "%s = %s vanaf %d"}
	ConfigSetPlain       = Text{"%s = %s", "%s = %s"}
	NoHistoryFor         = Text{"%s has no history: --from does not apply to it", "%s heeft geen geschiedenis: --from geldt er niet voor"}
	StartEmpty           = Text{`start_date: "" is not a date; the start is set once and only moves to another date`, `start_date: "" is geen datum; de start ligt eenmaal vast en verschuift alleen naar een andere datum`}
	StartAfterToday      = Text{"start_date %s is after today (%s)", "start_date %s ligt na vandaag (%s)"}
	KindHasNoTarget      = Text{"note: %s has no target now (config set %s N to give it one)", "let op: %s heeft nu geen doel (config set %s N geeft het er een)"}
	BeforeStart          = Text{"note: %s is before your start (%s), so it counts for its account, exports and the report, not for pace or streaks; config set start_date DATE moves the start", "let op: %s ligt voor je start (%s), dus het telt voor het account, exports en het rapport, niet voor tempo of reeksen; config set start_date DATUM verschuift de start"}

	// SettingMeanings explains every fixed key; target keys are explained
	// by kind.
	SettingMeanings = map[string]Text{
		rhythm.KeyWorkdays:   Text{"the weekdays you work", "de weekdagen waarop je werkt"},
		rhythm.KeyHolidays:   Text{"public holidays off: nl, nl-all, none or a country code", "vrije feestdagen: nl, nl-all, none of een landcode"},
		rhythm.KeyVacation:   Text{"vacation days a year", "vakantiedagen per jaar"},
		rhythm.KeyReserve:    Text{"days a year for sickness, training and other absence", "dagen per jaar voor ziekte, opleiding en ander verzuim"},
		rhythm.KeyStartDate:  Text{"the date you started with ritme: set once by your first entries", "de datum waarop je met ritme begon: eenmaal gezet door je eerste contacten"},
		rhythm.KeyRestDays:   Text{"calendar days an account rests after a lost deal", "kalenderdagen dat een account rust na een verloren deal"},
		rhythm.KeyBackupKeep: Text{"daily snapshots kept beside the database (0: none)", "dagelijkse momentopnamen naast de database (0: geen)"},
	}
)

// leave.
var (
	LeaveShort = Text{"Register days off: vacation, sick, training, other", "Registreer vrije dagen: vakantie, ziek, opleiding, overig"}
	LeaveLong  = Text{`Registered leave is not a working day: it owes nothing and never breaks a
streak. The yearly vacation_days and reserve_days settings are the plan;
leave is what actually happened (or is booked).`,
		`Geregistreerd verlof is geen werkdag: er is niets verschuldigd en het breekt
nooit een reeks. De jaarlijkse instellingen vacation_days en reserve_days zijn
het plan; verlof is wat er echt gebeurde (of geboekt is).`}
	LeaveExample = Text{"  ritme leave add 2026-07-20 2026-07-31\n  ritme leave rm 2026-07-31\n  ritme leave list",
		"  ritme leave add 2026-07-20 2026-07-31\n  ritme leave rm 2026-07-31\n  ritme leave list"}
	LeaveAddUse     = Text{"add FROM [TO]", "add VAN [TOT]"}
	LeaveAddShort   = Text{"Register leave on the workday dates of a date or a range of dates", "Registreer verlof op de werkdagdatums van een datum of een reeks datums"}
	LeaveAddExample = Text{"  ritme leave add 2026-07-20 2026-07-31\n  ritme leave add 2026-11-27 --kind sick",
		"  ritme leave add 2026-07-20 2026-07-31\n  ritme leave add 2026-11-27 --kind ziek"}
	FlagLeaveKind    = Text{"the `kind` of leave: vacation, sick, training or other", "de `soort` verlof: vakantie, ziek, opleiding of overig"}
	BadLeaveKind     = Text{"--kind: %q is not one of vacation, sick, training, other", "--kind: %q is geen vakantie, ziek, opleiding of overig"}
	LeaveRmUse       = Text{"rm FROM [TO]", "rm VAN [TOT]"}
	LeaveRmShort     = Text{"Remove registered leave", "Verwijder geregistreerd verlof"}
	LeaveRmExample   = Text{"  ritme leave rm 2026-07-31\n  ritme leave rm 2026-07-27 2026-07-31", "  ritme leave rm 2026-07-31\n  ritme leave rm 2026-07-27 2026-07-31"}
	NoLeaveIn        = Text{"no leave registered in %s", "geen verlof geregistreerd in %s"}
	LeaveRemoved     = Text{"removed leave: %s (%s)", "verlof verwijderd: %s (%s)"}
	LeaveListShort   = Text{"List registered leave of a year", "Toon het geregistreerde verlof van een jaar"}
	LeaveListExample = Text{"  ritme leave list\n  ritme leave list --year 2025", "  ritme leave list\n  ritme leave list --year 2025"}
	FlagLeaveYear    = Text{"the `year` to list (default this year)", "het `jaar` om te tonen (standaard dit jaar)"}
	LeaveSpan        = Text{"%s to %s is more than %d days; register leave a year at a time", "%s tot %s is meer dan %d dagen; registreer verlof per jaar"}
	LeaveTotal       = Text{"%d: %s of leave; the plan allows %d vacation + %s", "%d: %s verlof; het plan staat %d vakantie- + %s toe"}

	// LeaveKindNames are the names of the kinds of leave; on the command
	// line both languages are accepted.
	LeaveKindNames = map[rhythm.LeaveKind]Text{
		rhythm.Vacation: Text{"vacation", "vakantie"},
		rhythm.Sick:     Text{"sick", "ziek"},
		rhythm.Training: Text{"training", "opleiding"},
		rhythm.Other:    Text{"other", "overig"},
	}
)

// export and import.
var (
	ExportShort = Text{"Write everything as JSON (a complete backup), or the entries as CSV", "Schrijf alles als JSON (een volledige back-up), of de contacten als CSV"}
	ExportLong  = Text{`JSON is a complete backup: the entries, the accounts and their stages, the
leave with its kinds, every change of the settings (key, value, from, made_at),
the start and who set it, rest_days and backup.keep. Importing it into an
empty database gives the same figures on every date. --from and --to select
the entries only.

CSV holds the entries only (and a row for each account's stage): no leave, no
settings, no start, so it is not a backup. It has a header row; cells that a
spreadsheet could run as a formula (beginning with =, +, -, @, tab or carriage
return) are prefixed with ', which import removes again.

Without -o it writes to standard output; with -o the format follows the file's
extension unless --format is given. Keys, column names and values are English
whatever the language.`,
		`JSON is een volledige back-up: de contacten, de accounts en hun fases, het
verlof met zijn soorten, elke wijziging van de instellingen (key, value, from,
made_at), de start en wie hem zette, rest_days en backup.keep. Importeren in een
lege database geeft op elke datum dezelfde cijfers. --from en --to kiezen
alleen de contacten.

CSV bevat alleen de contacten (en een regel per accountfase): geen verlof, geen
instellingen, geen start, dus het is geen back-up. Het heeft een kopregel;
cellen die een spreadsheet als formule zou uitvoeren (beginnend met =, +, -, @,
tab of carriage return) krijgen een ' ervoor, die import weer weghaalt.

Zonder -o schrijft het naar standaarduitvoer; met -o volgt het formaat de
extensie van het bestand, tenzij --format is gegeven. Sleutels, kolomnamen en
waarden blijven Engels, in elke taal.`}
	ExportExample = Text{"  ritme export > ritme.csv\n  ritme export --format json --from 2026-01-01 -o 2026.json",
		"  ritme export > ritme.csv\n  ritme export --format json --from 2026-01-01 -o 2026.json"}
	FlagFormat   = Text{"the `format`: csv or json (default csv, or the extension of -o)", "het `formaat`: csv of json (standaard csv, of de extensie van -o)"}
	FlagFromDate = Text{"first date, `YYYY-MM-DD`", "eerste datum, `JJJJ-MM-DD`"}
	FlagToDate   = Text{"last date, `YYYY-MM-DD`", "laatste datum, `JJJJ-MM-DD`"}
	FlagOutput   = Text{"write to `file` instead of standard output", "schrijf naar `bestand` in plaats van standaarduitvoer"}
	BadFormat    = Text{"--format: %q is not csv or json", "--format: %q is geen csv of json"}
	OutputIsDB   = Text{"-o: %s is the database; choose another file", "-o: %s is de database; kies een ander bestand"}
	ExportFailed = Text{"export: %s", "exporteren: %s"}
	ExportTo     = Text{"export to %s: %s", "exporteren naar %s: %s"}
	Exported     = Text{"exported %s to %s", "%s geëxporteerd naar %s"}

	ImportUse   = Text{"import FILE", "import BESTAND"}
	ImportShort = Text{"Add what an export holds: a JSON backup or CSV entries (all or nothing)", "Voeg toe wat een export bevat: een JSON-back-up of CSV-contacten (alles of niets)"}
	ImportLong  = Text{`Reads a file as export writes it ("-" reads standard input): a JSON backup
(also the entries-only JSON of version 1) or CSV entries. Everything is added
in one transaction: if any part is bad, nothing is added and the first bad part
is reported by line.

Into an empty database a JSON backup brings everything back as it was. Into one
that has data it merges, and what the database already has wins: entries by id
(importing a file twice adds nothing the second time), settings changes by key
and from, leave by date, account stages by account, follow-ups by account and
the time they were made (an open one only for an account that has none open),
and the start, rest_days and backup.keep when they are set. When no start is
stored, the file's start is stored, or else the date of its earliest entry. Kinds, outcomes, stages and
kinds of leave may also be given by their Dutch names.`,
		`Leest een bestand zoals export het schrijft ("-" leest standaardinvoer): een
JSON-back-up (ook de JSON met alleen contacten van versie 1) of CSV-contacten.
Alles wordt in één transactie toegevoegd: is er een deel fout, dan wordt niets
toegevoegd en wordt het eerste foute deel bij regel genoemd.

In een lege database brengt een JSON-back-up alles terug zoals het was. In een
database met gegevens voegt het samen, en wat de database al heeft wint:
contacten op id (hetzelfde bestand twee keer importeren voegt de tweede keer
niets toe), instellingswijzigingen op sleutel en from, verlof op datum,
accountfases op account, opvolgingen op account en het tijdstip waarop ze
gemaakt zijn (een open opvolging alleen voor een account zonder open
opvolging), en de start, rest_days en backup.keep als ze gezet zijn. Is er geen start opgeslagen, dan wordt de start uit het bestand
opgeslagen, of anders de datum van het vroegste contact. Soorten, uitkomsten,
fases en verlofsoorten mogen ook hun Nederlandse naam hebben.`}
	ImportExample = Text{"  ritme import ritme.csv\n  ritme import backup.json", "  ritme import ritme.csv\n  ritme import backup.json"}
	Imported      = Text{"imported %s, skipped %s already present", "%s geïmporteerd, %s overgeslagen (al aanwezig)"}
	IsFolder      = Text{"%s is a folder, not a file", "%s is een map, geen bestand"}
	ReadFailed    = Text{"read %s: %s", "%s lezen: %s"}
	TooLarge      = Text{"%s: larger than %d MiB", "%s: groter dan %d MiB"}

	// Reading and checking an import.
	AtLine         = Text{"line %d: %s", "regel %d: %s"}
	FileEmpty      = Text{"the file is empty", "het bestand is leeg"}
	UnknownColumn  = Text{"unknown column %q (columns: %s)", "onbekende kolom %q (kolommen: %s)"}
	ColumnTwice    = Text{"column %q twice", "kolom %q staat er twee keer"}
	NoColumn       = Text{"no %q column", "geen kolom %q"}
	FieldCount     = Text{"%s, the header has %d", "%s, de kopregel heeft er %d"}
	FieldDate      = Text{"date: %s", "datum: %s"}
	WantExport     = Text{"want an export object or an array of entries", "verwacht een exportobject of een array van contacten"}
	MustBeArray    = Text{"%q must be an array", "%q moet een array zijn"}
	AccountNo      = Text{"account %d: %s", "account %d: %s"}
	EntryNo        = Text{"entry %d: %s", "contact %d: %s"}
	DateMissing    = Text{"date: missing", "datum: ontbreekt"}
	NoEntriesArray = Text{`no "entries" array`, `geen array "entries"`}
	WantString     = Text{"%s: want a string, not a JSON %s", "%s: verwacht een tekst, geen %s"}
	// JSONValueNames name the JSON values encoding/json reports where a
	// string was wanted.
	JSONValueNames = map[string]Text{
		"number": Text{"number", "getal"},
		"bool":   Text{"bool", "true of false"},
		"object": Text{"object", "JSON-object"},
		"array":  Text{"array", "JSON-array"},
	}
	StageNeedsName = Text{"a stage needs an account name", "een fase heeft een accountnaam nodig"}
	IDTwice        = Text{"id %s is also on line %d", "id %s staat ook op regel %d"}
	BadID          = Text{"id %q: want up to %d printable ASCII characters", "id %q: gebruik hoogstens %d afdrukbare ASCII-tekens"}
	DateBeforeMin  = Text{"date %s is before %d", "datum %s ligt voor %d"}
	DateAfterToday = Text{"date %s is after today (%s)", "datum %s ligt na vandaag (%s)"}
	BadCreatedAt   = Text{"created_at %q: want an RFC 3339 time such as 2026-11-27T09:15:00Z", "created_at %q: gebruik een RFC 3339-tijd zoals 2026-11-27T09:15:00Z"}
)

// demo.
var (
	DemoShort = Text{"Fill an empty database with realistic history up to yesterday", "Vul een lege database met realistische geschiedenis tot gisteren"}
	DemoLong  = Text{`Fills an empty database with realistic history up to yesterday: most working
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
met contacten wordt geweigerd.`}
	DemoExample = Text{"  ritme demo --db /tmp/demo.db\n  ritme demo --db /tmp/heavy.db --years 10 --per-day 40",
		"  ritme demo --db /tmp/demo.db\n  ritme demo --db /tmp/zwaar.db --years 10 --per-day 40"}
	FlagYears    = Text{"years of history (1–30)", "jaren geschiedenis (1–30)"}
	FlagPerDay   = Text{"average entries per working day (default: the sum of the daily targets)", "gemiddeld aantal contacten per werkdag (standaard: de som van de dagdoelen)"}
	DemoNotEmpty = Text{"demo fills only an empty database; %s has %s", "demo vult alleen een lege database; %s heeft %s"}
	DemoDone     = Text{"demo: %s and %s of leave from %s to %s in %s", "demo: %s en %s verlof van %s tot en met %s in %s"}
)

// account, accounts, next and outcome.
var (
	AccountShort   = Text{"Set an account's stage: ritme account set NAME --stage S", "Zet de fase van een account: ritme account set NAAM --stage F"}
	AccountExample = Text{`  ritme account set "Acme BV" --stage prospect`, `  ritme account set "Acme BV" --stage klant`}
	AccountSetUse  = Text{"set NAME", "set NAAM"}
	AccountSetShrt = Text{"Set the stage of an account: suspect, prospect or customer", "Zet de fase van een account: suspect, prospect of klant"}
	AccountSetLong = Text{`An entry's --who names an account; names match without regard to case and
spaces. Every account starts as a suspect. Naming an account that has no
entries yet registers it. The Dutch stage klant works too.`,
		`De --who van een contact noemt een account; namen komen overeen ongeacht
hoofdletters en spaties. Elk account begint als suspect. Een account noemen dat
nog geen contacten heeft, registreert het. De Engelse fase customer werkt ook.`}
	AccountSetExample = Text{`  ritme account set "Acme BV" --stage prospect
  ritme account set "jansen & zn" --stage customer`, `  ritme account set "Acme BV" --stage prospect
  ritme account set "jansen & zn" --stage klant`}
	FlagStageSet  = Text{"the `stage`: suspect, prospect or customer (required)", "de `fase`: suspect, prospect of klant (verplicht)"}
	NeedsName     = Text{"%s: an account needs a name", "%s: een account heeft een naam nodig"}
	AccountsShort = Text{"Who was touched, how often, and how far against the 5–7 rule", "Wie is benaderd, hoe vaak, en hoe ver tegen de 5–7-regel"}
	AccountsLong  = Text{`Lists every account named in --who: stage, touches in total and per kind,
first and last touch, working days since the last one, and where it stands
against the rule that a customer needs 5 to 7 contacts before buying:
warming (under 5), ready (5 to 7, or more after a meeting), stuck (over 7
without a meeting or better).`,
		`Toont elk account dat in --who is genoemd: fase, contacten in totaal en per
soort, eerste en laatste contact, werkdagen sinds het laatste, en waar het staat
tegen de regel dat een klant 5 tot 7 contacten nodig heeft voor hij koopt:
opwarmen (onder 5), klaar (5 tot 7, of meer na een afspraak), vast (meer dan 7
zonder afspraak of beter).`}
	AccountsExample = Text{"  ritme accounts\n  ritme accounts --stage prospect --sort touches\n  ritme accounts --json",
		"  ritme accounts\n  ritme accounts --stage klant --sort naam\n  ritme accounts --json"}
	FlagStageOnly = Text{"only this `stage`: suspect, prospect or customer", "alleen deze `fase`: suspect, prospect of klant"}
	FlagSort      = Text{"the `order`: last (most recent first), touches (most first) or name",
		"de `volgorde`: last (recentste eerst), touches (meeste eerst) of name; ook laatste, contacten, naam"}
	BadSort       = Text{"--sort: %q is not last, touches or name", "--sort: %q is geen last, touches of name (laatste, contacten, naam)"}
	AccountsHead  = Text{"NAME\tSTAGE\tTOUCHES\tMAIL/CALL/VISIT\tLAST\tDAYS\t5–7", "NAAM\tFASE\tCONTACTEN\tMAIL/BEL/BEZOEK\tLAATST\tDAGEN\t5–7"}
	NoAccountsYet = Text{"no accounts yet: name one with ritme log mail --who NAME", "nog geen accounts: noem er een met ritme log mail --who NAAM"}

	NextShort = Text{"Who next: the suspects and prospects that most need a touch today", "Wie nu: de suspects en prospects die vandaag het meest een contact nodig hebben"}
	NextLong  = Text{`Lists the suspects and prospects that most need a touch today, so that the
day's mails need no thinking. Never one touched today; first those not touched
for %d working days or more (or never), fewest touches first, then the longest
untouched; then the others, longest untouched first; stuck accounts (over 7
touches without a meeting) last. Customers are not listed.`,
		`Toont de suspects en prospects die vandaag het meest een contact nodig hebben,
zodat de mails van de dag geen denkwerk vragen. Nooit een die vandaag al is
benaderd; eerst wie %d werkdagen of langer niet is benaderd (of nooit), minste
contacten eerst, dan het langst onbenaderd; daarna de rest, langst onbenaderd
eerst; vastgelopen accounts (meer dan 7 contacten zonder afspraak) als laatste.
Klanten worden niet getoond.`}
	NextExample   = Text{"  ritme next\n  ritme next -n 10 --json", "  ritme next\n  ritme next -n 10 --json"}
	FlagNextCount = Text{"how many to suggest", "hoeveel voor te stellen"}
	NobodyNext    = Text{"nobody to suggest: log contacts with --who NAME to build your pool", "niemand voor te stellen: log contacten met --who NAAM om je pool op te bouwen"}
	LastAgo       = Text{"last %s (%s ago)", "laatst %s (%s geleden)"}
	NeverTouched  = Text{"never touched", "nooit benaderd"}

	OutcomeUse   = Text{"outcome ID OUTCOME", "outcome ID UITKOMST"}
	OutcomeShort = Text{"Record what a contact yielded: reply, meeting, proposal, won, lost (or none)",
		"Leg vast wat een contact opleverde: reactie, afspraak, offerte, gewonnen, verloren (of geen)"}
	OutcomeLong = Text{`Sets the outcome of the entry with that id. The first characters of the id are
enough when they name one entry; ritme log prints the id, and so do export
and the TUI's Log view. The Dutch names work too: reactie, afspraak, offerte,
gewonnen, verloren, geen.`,
		`Zet de uitkomst van het contact met die id. De eerste tekens van de id zijn
genoeg als ze één contact aanwijzen; ritme log toont de id, net als export en
het Logboek van de TUI. De Engelse namen werken ook: reply, meeting, proposal,
won, lost, none.`}
	OutcomeExample = Text{"  ritme outcome 3f2a9c1e meeting\n  ritme outcome 3f2a9c1e none", "  ritme outcome 3f2a9c1e afspraak\n  ritme outcome 3f2a9c1e geen"}
	NoEntry        = Text{"entry %q: not found", "contact %q: niet gevonden"}
	OutcomeSet     = Text{"%s of %s%s: %s · id %s", "%s op %s%s: %s · id %s"}
	NoOutcome      = Text{"no outcome", "geen uitkomst"}
)

// report.
var (
	ReportShort = Text{`The rep's report: "is it really happening?" — yes, and here is the data`,
		`Het rapport: "gebeurt het echt?" — ja, en hier zijn de gegevens`}
	ReportLong = Text{`Over a period (default: this year up to today): working days and days met,
the current and best streak, per kind the contacts done against expected with
the pace, what they yielded (reply, meeting, proposal, won, lost) in total and
per 100 contacts, and the median number of touches before an account's first
meeting (or better).`,
		`Over een periode (standaard: dit jaar tot vandaag): werkdagen en gehaalde
dagen, de huidige en beste reeks, per soort de gedane contacten tegen de
verwachte met het tempo, wat ze opleverden (reactie, afspraak, offerte,
gewonnen, verloren) in totaal en per 100 contacten, en de mediaan van het
aantal contacten voor de eerste afspraak (of beter) van een account.`}
	ReportExample = Text{"  ritme report\n  ritme report --from 2026-10-01 --to 2026-12-31\n  ritme report --json",
		"  ritme report\n  ritme report --from 2026-10-01 --to 2026-12-31\n  ritme report --json"}
	FlagReportFrom = Text{"first date, `YYYY-MM-DD` (default 1 January of --to's year)", "eerste datum, `JJJJ-MM-DD` (standaard 1 januari van het jaar van --to)"}
	FlagReportTo   = Text{"last date, `YYYY-MM-DD` (default today)", "laatste datum, `JJJJ-MM-DD` (standaard vandaag)"}
	TooManyYears   = Text{"%s to %s is more than 20 years", "%s tot %s is meer dan 20 jaar"}
	ReportTitle    = Text{"Report %s – %s", "Rapport %s – %s"}
	ReportDays     = Text{"Working days %d · met %d (%d%%) · streak %d, best %d", "Werkdagen %d · gehaald %d (%d%%) · reeks %d, beste %d"}
	ReportDone     = Text{"done", "gedaan"}
	ReportExpected = Text{"expected", "verwacht"}
	ReportPace     = Text{"pace", "tempo"}
	ReportAll      = Text{"all", "alle"}
	ReportPer100   = Text{"Per 100 contacts: %s", "Per 100 contacten: %s"}
	ReportNoMeet   = Text{"Touches before a first meeting: no account reached a meeting in this period",
		"Contacten voor een eerste afspraak: geen account kwam in deze periode tot een afspraak"}
	ReportMedian = Text{"Touches before a first meeting: median %g, over %s", "Contacten voor een eerste afspraak: mediaan %g, over %s"}
)
