package i18n

// The texts of data safety: backups, snapshots, the complete export and
// import, read-only databases and the checks of leave and undo.
var (
	EmptyDBFlag = Text{`--db: an empty path names no database file`, `--db: een leeg pad noemt geen databasebestand`}
	CannotWrite = Text{"%s is read-only (the file or its folder): ritme can show it but not change it; nothing was written",
		"%s is alleen-lezen (het bestand of de map): ritme kan het tonen maar niet wijzigen; er is niets geschreven"}
	ReadOnlyOld = Text{"%s is read-only and was made by an older ritme: it needs an upgrade, which needs write access (it was left untouched)",
		"%s is alleen-lezen en gemaakt door een oudere ritme: het moet bijgewerkt worden, en daarvoor is schrijftoegang nodig (het bestand is niet aangeraakt)"}
)

// The complete export and its import.
var (
	ExportTooNew   = Text{"version %d: written by a newer ritme (this one reads up to version %d); upgrade ritme to import it", "versie %d: geschreven door een nieuwere ritme (deze leest tot versie %d); werk ritme bij om het te importeren"}
	FieldIs        = Text{"%s: %s", "%s: %s"}
	LeaveNo        = Text{"leave %d: %s", "verlof %d: %s"}
	ChangeNo       = Text{"settings_history %d: %s", "settings_history %d: %s"}
	FollowUpNo     = Text{"follow-up %d: %s", "opvolging %d: %s"}
	WantNumber     = Text{"%s: want a whole number, not a JSON %s", "%s: verwacht een heel getal, geen %s"}
	BadStartBy     = Text{`start: by %q is not "rep" or "ritme"`, `start: by %q is geen "rep" of "ritme"`}
	DateTwice      = Text{"date %s is also on line %d", "datum %s staat ook op regel %d"}
	BadLeaveKindIn = Text{"kind %q is not one of vacation, sick, training, other", "soort %q is geen vakantie, ziek, opleiding of overig"}
	NotDatedKey    = Text{"%q is not a setting with a history (target.KIND, workdays, holidays, vacation_days or reserve_days)", "%q is geen instelling met geschiedenis (target.SOORT, workdays, holidays, vacation_days of reserve_days)"}
	BadMadeAt      = Text{"made_at %q: want an RFC 3339 time such as 2026-11-27T09:15:00Z", "made_at %q: gebruik een RFC 3339-tijd zoals 2026-11-27T09:15:00Z"}
	ChangeTwice    = Text{"%s from %q is also on line %d", "%s vanaf %q staat ook op regel %d"}
	ImportedRest   = Text{"and %d of %d leave dates, %d of %d settings changes, %d of %d account stages, %d of %d follow-ups (what this database already had was kept)",
		"en %d van %d verlofdatums, %d van %d instellingswijzigingen, %d van %d accountfases, %d van %d opvolgingen (wat deze database al had, is behouden)"}
)

// leave add and rm, undo.
var (
	LeaveRegistered      = Text{"registered %s: %s (%s)", "%s geregistreerd: %s (%s)"}
	LeaveSkippedOff      = Text{"skipped %s in the weekend (not workdays): %s", "%s in het weekend overgeslagen (geen werkdagen): %s"}
	LeaveSkippedHolidays = Text{"skipped %s: %s", "%s overgeslagen: %s"}
	LeaveHolidays        = Counted{Text{"%d holiday", "%d feestdag"}, Text{"%d holidays", "%d feestdagen"}}
	LeaveReplaced        = Text{"replaced %s on %s", "%s vervangen op %s"}
	LeaveHasEntries      = Text{"note: entries are logged on %s; they keep counting for the year, but a day of leave owes nothing and breaks no streak",
		"let op: er zijn contacten gelogd op %s; die blijven meetellen voor het jaar, maar een verlofdag is niets verschuldigd en breekt geen reeks"}
	LeaveNoWorkday = Text{"%s has no workday date (only days that are not workdays, or holidays); leave is registered on workday dates only",
		"%s heeft geen werkdagdatum (alleen dagen die geen werkdag zijn, of feestdagen); verlof wordt alleen op werkdagdatums geregistreerd"}
	NoLeaveOn     = Text{"no leave registered on %s", "geen verlof geregistreerd op %s"}
	NoLeaveFromTo = Text{"no leave registered from %s to %s", "geen verlof geregistreerd van %s tot en met %s"}
)

// backup and the daily snapshots.
var (
	BackupUse   = Text{"backup [PATH]", "backup [PAD]"}
	BackupShort = Text{"Copy the whole database to a file (a backup you can open as it is)", "Kopieer de hele database naar een bestand (een back-up die zo te openen is)"}
	BackupLong  = Text{`Writes a consistent copy of the whole database file (SQLite's VACUUM INTO),
also while the TUI or other commands are writing. Without PATH it goes to
backups/ritme-YYYY-MM-DDTHHMMSS.db beside the database. An existing PATH is
refused unless --force. Open the copy with ritme --db PATH, or put it in the
database's place to restore it.

ritme also keeps daily snapshots by itself in that backups folder: see
backup.keep in ritme config.`,
		`Schrijft een consistente kopie van het hele databasebestand (VACUUM INTO van
SQLite), ook terwijl de TUI of andere opdrachten schrijven. Zonder PAD komt hij
in backups/ritme-JJJJ-MM-DDTHHMMSS.db naast de database. Een bestaand PAD wordt
geweigerd, tenzij --force. Open de kopie met ritme --db PAD, of zet hem op de
plaats van de database om hem terug te zetten.

ritme houdt ook zelf dagelijkse snapshots bij in die map backups: zie
backup.keep in ritme config.`}
	BackupExample = Text{"  ritme backup\n  ritme backup ~/ritme-before-import.db\n  ritme backup /mnt/usb/ritme.db --force",
		"  ritme backup\n  ritme backup ~/ritme-voor-import.db\n  ritme backup /mnt/usb/ritme.db --force"}
	FlagForce       = Text{"replace PATH when it exists", "vervang PAD als het bestaat"}
	NothingToBackUp = Text{"%s does not exist: there is no database to back up", "%s bestaat niet: er is geen database om te back-uppen"}
	BackupIsDB      = Text{"%s is the database itself; choose another path", "%s is de database zelf; kies een ander pad"}
	BackupTo        = Text{"backup to %s: %s", "back-up naar %s: %s"}
	BackupExists    = Text{"%s already exists; add --force to replace it", "%s bestaat al; voeg --force toe om het te vervangen"}
	BackedUp        = Text{"backed up %s to %s", "%s geback-upt naar %s"}
	SnapshotFailed  = Text{"warning: the daily snapshot failed (%s); what you changed is saved", "waarschuwing: de dagelijkse snapshot is mislukt (%s); wat je wijzigde is opgeslagen"}
)

// DemoNotEmptyData refuses demo on a database without entries that is not
// empty all the same.
var DemoNotEmptyData = Text{"demo fills only an empty database; %s has leave, changed settings or accounts",
	"demo vult alleen een lege database; %s heeft verlof, gewijzigde instellingen of accounts"}
