package rhythm

// An account rests after a lost deal: from the date of its latest-dated
// entry with outcome lost, for rest_days calendar days, unless an entry
// dated after it has another outcome (the deal came back to life). A
// resting account is not suggested (who next, the plan's suggestions); its
// own follow-up still shows. The rest is worked out from the entries, so
// clearing that lost ends it.

// RestFrom returns the date from which an account rests: lost, the date of
// its latest-dated entry with outcome lost, unless other, the date of its
// latest-dated entry with another outcome (reply, meeting, proposal, won),
// comes after it. The zero Date means no rest.
func RestFrom(lost, other Date) Date {
	if lost.IsZero() || other > lost {
		return 0
	}
	return lost
}

// RestingOn reports whether an account whose rest began on from (the zero
// Date: none) rests on d: from from up to, not including, RestUntil.
func RestingOn(from, d Date, restDays int) bool {
	return !from.IsZero() && from <= d && d < RestUntil(from, restDays)
}

// RestUntil returns the first day back of a rest that began on from and
// lasts restDays calendar days: "resting until DATE".
func RestUntil(from Date, restDays int) Date {
	if from.IsZero() {
		return 0
	}
	return from.AddDays(restDays)
}
