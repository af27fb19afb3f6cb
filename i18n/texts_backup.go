package i18n

// The texts of data safety: backups, snapshots, the complete export and
// import, read-only databases and the checks of leave and undo.
var (
	EmptyDBFlag = newText(`--db: an empty path names no database file`, `--db: een leeg pad noemt geen databasebestand`)
	CannotWrite = newText("%s is read-only (the file or its folder): ritme can show it but not change it; nothing was written",
		"%s is alleen-lezen (het bestand of de map): ritme kan het tonen maar niet wijzigen; er is niets geschreven")
	ReadOnlyOld = newText("%s is read-only and was made by an older ritme: it needs an upgrade, which needs write access (it was left untouched)",
		"%s is alleen-lezen en gemaakt door een oudere ritme: het moet bijgewerkt worden, en daarvoor is schrijftoegang nodig (het bestand is niet aangeraakt)")
)

// The complete export and its import.
var (
	ExportTooNew   = newText("version %d: written by a newer ritme (this one reads up to version %d); upgrade ritme to import it", "versie %d: geschreven door een nieuwere ritme (deze leest tot versie %d); werk ritme bij om het te importeren")
	FieldIs        = newText("%s: %s", "%s: %s")
	LeaveNo        = newText("leave %d: %s", "verlof %d: %s")
	ChangeNo       = newText("settings_history %d: %s", "settings_history %d: %s")
	FollowUpNo     = newText("follow-up %d: %s", "opvolging %d: %s")
	NoFollowUpsYet = newText("this version of ritme cannot import follow-ups yet; nothing was imported", "deze versie van ritme kan nog geen opvolgingen importeren; er is niets geïmporteerd")
	WantNumber     = newText("%s: want a whole number, not a JSON %s", "%s: verwacht een heel getal, geen %s")
	BadStartBy     = newText(`start: by %q is not "rep" or "ritme"`, `start: by %q is geen "rep" of "ritme"`)
	DateTwice      = newText("date %s is also on line %d", "datum %s staat ook op regel %d")
	BadLeaveKindIn = newText("kind %q is not one of vacation, sick, training, other", "soort %q is geen vakantie, ziek, opleiding of overig")
	NotDatedKey    = newText("%q is not a setting with a history (target.KIND, workdays, holidays, vacation_days or reserve_days)", "%q is geen instelling met geschiedenis (target.SOORT, workdays, holidays, vacation_days of reserve_days)")
	BadMadeAt      = newText("made_at %q: want an RFC 3339 time such as 2026-11-27T09:15:00Z", "made_at %q: gebruik een RFC 3339-tijd zoals 2026-11-27T09:15:00Z")
	ChangeTwice    = newText("%s from %q is also on line %d", "%s vanaf %q staat ook op regel %d")
	ImportedRest   = newText("and %d of %d leave dates, %d of %d settings changes, %d of %d account stages (what this database already had was kept)",
		"en %d van %d verlofdatums, %d van %d instellingswijzigingen, %d van %d accountfases (wat deze database al had, is behouden)")
)

// leave add and rm, undo.
var (
	LeaveRegistered      = newText("registered %s: %s (%s)", "%s geregistreerd: %s (%s)")
	LeaveSkippedOff      = newText("skipped %s that are not workdays: %s", "%s overgeslagen die geen werkdag zijn: %s")
	LeaveSkippedHolidays = newText("skipped %s: %s", "%s overgeslagen: %s")
	LeaveHolidays        = Counted{newText("%d holiday", "%d feestdag"), newText("%d holidays", "%d feestdagen")}
	LeaveReplaced        = newText("replaced %s on %s", "%s vervangen op %s")
	LeaveHasEntries      = newText("note: entries are logged on %s; they keep counting for the year, but a day of leave owes nothing and breaks no streak",
		"let op: er zijn contacten gelogd op %s; die blijven meetellen voor het jaar, maar een verlofdag is niets verschuldigd en breekt geen reeks")
	LeaveNoWorkday = newText("%s has no workday date (only days that are not workdays, or holidays); leave is registered on workday dates only",
		"%s heeft geen werkdagdatum (alleen dagen die geen werkdag zijn, of feestdagen); verlof wordt alleen op werkdagdatums geregistreerd")
	NoLeaveOn     = newText("no leave registered on %s", "geen verlof geregistreerd op %s")
	NoLeaveFromTo = newText("no leave registered from %s to %s", "geen verlof geregistreerd van %s tot en met %s")
)
