package rhythm

import (
	"strconv"
	"strings"
	"time"
)

// FollowUp is an account's next action: a date, a kind and a note. An
// account has at most one open follow-up. The first entry for the account
// created after the follow-up was made completes it, whatever its kind and
// date; a follow-up can also be cleared, or replaced by a new one. Closed
// follow-ups are kept, for the review.
type FollowUp struct {
	// Key is the account's key (AccountKey), Name its name as given.
	Key, Name string
	// Due is the date of the action, a working day when it was set.
	Due  Date
	Kind Kind
	Note string
	// MadeOn is the date on which it was made, as the rep's today (which
	// --today sets) saw it; MadeAt the time, in UTC.
	MadeOn Date
	MadeAt time.Time
	State  FollowUpState
	// ClosedOn is, for a completed follow-up, the date of the entry that
	// completed it (EntryID); for a cleared or replaced one, the day on
	// which that was done. The zero Date while open.
	ClosedOn Date
	EntryID  string
}

// FollowUpState says whether a follow-up is open or how it was closed.
type FollowUpState string

// The states of a follow-up.
const (
	// FollowUpOpen: still to do.
	FollowUpOpen FollowUpState = "open"
	// FollowUpDone: completed by an entry for the account.
	FollowUpDone FollowUpState = "done"
	// FollowUpCleared: cleared by the rep; not completed.
	FollowUpCleared FollowUpState = "cleared"
	// FollowUpReplaced: replaced by a new follow-up; not completed.
	FollowUpReplaced FollowUpState = "replaced"
)

// Reason says why an account is an item of the plan, or how an open
// follow-up stands on a day.
type Reason string

// The reasons.
const (
	// Overdue: a follow-up dated before the day.
	Overdue Reason = "overdue"
	// Due: a follow-up dated on the day.
	Due Reason = "due"
	// Later: a follow-up dated after the day (never a plan item).
	Later Reason = "later"
	// Suggested: an account the plan suggests to fill up to the cap.
	Suggested Reason = "suggested"
)

// On says how the follow-up stands on d: overdue (dated before d), due
// (dated d) or later.
func (f FollowUp) On(d Date) Reason {
	switch {
	case f.Due < d:
		return Overdue
	case f.Due == d:
		return Due
	}
	return Later
}

// OpenAt reports whether the follow-up belongs to the plan of day d: made
// before d, and open when d began. One completed by an entry dated d or
// later still belongs (the plan stays put while the rep works it); one
// cleared or replaced on d does not.
func (f FollowUp) OpenAt(d Date) bool {
	if f.MadeOn >= d {
		return false
	}
	switch f.State {
	case FollowUpOpen:
		return true
	case FollowUpDone:
		return f.ClosedOn >= d
	}
	return f.ClosedOn > d
}

// maxAhead caps +N: a follow-up at most this many working days ahead.
const maxAhead = 1000

// whenWeekdays are the names WHEN takes for a weekday, English and Dutch,
// short and long.
var whenWeekdays = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"ma": time.Monday, "di": time.Tuesday, "wo": time.Wednesday, "do": time.Thursday,
	"vr": time.Friday, "za": time.Saturday, "zo": time.Sunday,
	"maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday, "donderdag": time.Thursday,
	"vrijdag": time.Friday, "zaterdag": time.Saturday, "zondag": time.Sunday,
}

// ParseWhen reads the date of a follow-up, on today, with the working days
// of cal: YYYY-MM-DD; +N, N working days after today; a weekday name (mon …
// sun, Dutch ma … zo, or written out), its next occurrence after today; or
// tomorrow (Dutch morgen). A date that is not a working day moves to the
// next working day.
func ParseWhen(s string, today Date, cal *Calendar) (Date, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	var d Date
	switch {
	case w == "tomorrow" || w == "morgen":
		d = today + 1
	case strings.HasPrefix(w, "+"):
		n, err := strconv.Atoi(w[1:])
		if err != nil || n < 0 || n > maxAhead || strings.ContainsAny(w[1:2], "+-") {
			return 0, inputError(ErrWhen, s)
		}
		return workingDaysAfter(cal, today, n), nil
	default:
		if wd, ok := whenWeekdays[w]; ok {
			d = today + Date((int(wd)-int(today.Weekday())+6)%7+1)
			break
		}
		var err error
		if d, err = ParseDate(w); err != nil || d.Year() < MinYear {
			return 0, inputError(ErrWhen, s)
		}
	}
	return cal.NextWorkingDay(d), nil
}

// workingDaysAfter returns the n-th working day after today; today itself,
// moved to the next working day, for n 0.
func workingDaysAfter(cal *Calendar, today Date, n int) Date {
	if n == 0 {
		return cal.NextWorkingDay(today)
	}
	d := today
	for limit := today + Date(n)*7 + 366; n > 0 && d < limit; {
		d++
		if cal.IsWorkingDay(d) {
			n--
		}
	}
	return d
}
