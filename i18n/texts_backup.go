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
