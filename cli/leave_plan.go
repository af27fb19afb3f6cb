package cli

import (
	"fmt"
	"strings"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// leavePlan is what leave add registers of a range of dates: its workday
// dates; and what it skips: the dates that are not workdays and the
// holidays on workdays.
type leavePlan struct {
	dates    []rhythm.Date
	off      []rhythm.Date
	holidays []rhythm.Holiday
}

// planLeave splits the dates from from to to on cal.
func planLeave(cal *rhythm.Calendar, from, to rhythm.Date) leavePlan {
	var p leavePlan
	for d := from; d <= to; d++ {
		switch h, holiday := cal.Holiday(d); {
		case !cal.IsWorkday(d):
			p.off = append(p.off, d)
		case holiday:
			p.holidays = append(p.holidays, h)
		default:
			p.dates = append(p.dates, d)
		}
	}
	return p
}

// printLeaveAdded says what leave add registered, skipped and replaced on
// standard output, and notes the dates that have entries on standard error.
func (a *app) printLeaveAdded(k rhythm.LeaveKind, from, to rhythm.Date, p leavePlan, r store.LeaveRegistered) error {
	var b strings.Builder
	fmt.Fprintln(&b, a.t(i18n.LeaveRegistered, a.leaveKind(k), spanText(from, to), a.n(i18n.WorkingDays, len(p.dates))))
	if len(p.off) > 0 {
		fmt.Fprintln(&b, a.t(i18n.LeaveSkippedOff, a.n(i18n.Dates, len(p.off)), spansText(p.off)))
	}
	if len(p.holidays) > 0 {
		names := make([]string, len(p.holidays))
		for i, h := range p.holidays {
			names[i] = h.Date.String() + " " + i18n.Sanitize(h.Name)
		}
		fmt.Fprintln(&b, a.t(i18n.LeaveSkippedHolidays, a.n(i18n.LeaveHolidays, len(p.holidays)), strings.Join(names, ", ")))
	}
	for _, kind := range rhythm.LeaveKinds {
		var dates []rhythm.Date
		for _, l := range r.Replaced {
			if l.Kind == kind {
				dates = append(dates, l.Date)
			}
		}
		if len(dates) > 0 {
			fmt.Fprintln(&b, a.t(i18n.LeaveReplaced, a.leaveKind(kind), spansText(dates)))
		}
	}
	_, err := fmt.Fprint(a.stdout, b.String())
	if len(r.WithEntries) > 0 {
		fmt.Fprintln(a.stderr, "ritme: "+a.t(i18n.LeaveHasEntries, spansText(r.WithEntries)))
	}
	return err
}

// spansText writes dates in order as runs: "2026-07-25 – 2026-07-26,
// 2026-08-01".
func spansText(dates []rhythm.Date) string {
	var parts []string
	for i := 0; i < len(dates); {
		j := i
		for j+1 < len(dates) && dates[j+1] == dates[j]+1 {
			j++
		}
		parts = append(parts, spanText(dates[i], dates[j]))
		i = j + 1
	}
	return strings.Join(parts, ", ")
}
