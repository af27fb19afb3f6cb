package i18n

// The texts of the follow-ups in the complete export and its import.
var (
	FieldMissing      = Text{"%s: missing", "%s: ontbreekt"}
	BadFollowUpState  = Text{"state %q is not one of open, done, cleared, replaced", "state %q is geen open, done, cleared of replaced"}
	OpenNotClosed     = Text{"an open follow-up has no closed_on and no entry", "een open opvolging heeft geen closed_on en geen entry"}
	ClosedNeedsDate   = Text{"a %s follow-up needs closed_on, the day it was closed", "een opvolging met state %s heeft closed_on nodig, de dag waarop ze gesloten is"}
	EntryOnlyDone     = Text{"entry: only a done follow-up names the entry that completed it", "entry: alleen een opvolging met state done noemt het contact dat haar voltooide"}
	FollowUpTwice     = Text{"%s made at %s is also on line %d", "%s gemaakt op %s staat ook op regel %d"}
	OpenFollowUpTwice = Text{"%s has another open follow-up on line %d (an account has at most one)", "%s heeft nog een open opvolging op regel %d (een account heeft er hoogstens één)"}
)
