// Package team holds the manager's figures: per rep, the figures of the
// rep's own status (today against target, day met, streak, year to date,
// pace) and of the report (days met, outcomes per 100 contacts), each made
// from that rep's own settings history, leave and start through package
// rhythm, beside the share of entries logged late and the last sync; and
// the team's totals against the sum of the reps' annual targets.
//
// Like rhythm, the package is pure: it reads no clock and does no I/O.
// Read gets the reps' data through a Source (package postgres is one),
// which sends per-day counts rather than entries, and from the first of
// January of the year before the date only: the one figure that can reach
// further back, a rep's current streak, asks the Source for the rest of
// that rep's days when it does.
package team
