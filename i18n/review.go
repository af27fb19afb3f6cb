package i18n

import (
	"fmt"
	"strings"

	"ritme/rhythm"
)

// ReviewRow is one line of a review as ritme prints and shows it: a figure
// of the period, the same figure of the period before, and the difference.
type ReviewRow struct {
	// Group names the group a row begins (a kind, days, yield, accounts,
	// follow-ups); it is empty on the rows after the first of a group.
	Group string
	Label string
	// This, Before and Difference are the figures written for a reader;
	// the difference with its sign.
	This, Before, Difference string
	// Better is the difference's sign when more is better, its opposite
	// when less is (stuck, lost, overdue), and 0 when neither is.
	Better int
}

// ReviewHeads returns the titles of a review's two columns of figures: the
// weeks' numbers, or the months.
func (l Lang) ReviewHeads(r rhythm.Review) (this, before string) {
	return l.periodHead(r.Span, r.This.From), l.periodHead(r.Span, r.Before.From)
}

func (l Lang) periodHead(span rhythm.Span, from rhythm.Date) string {
	if span == rhythm.SpanMonth {
		_, m, _ := from.Civil()
		return fmt.Sprintf("%s %d", l.Month(int(m)), from.Year())
	}
	_, week := from.Time().ISOWeek()
	return l.F(ReviewWeekCol, week)
}

// ReviewTitle returns the title of a review, the period reviewed, and the
// notes under it: up to which day a period not over yet is reviewed, and
// the period before it.
func (l Lang) ReviewTitle(r rhythm.Review) (title string, notes []string) {
	_, before := l.ReviewHeads(r)
	if r.Span == rhythm.SpanMonth {
		title = l.MonthYear(r.This.From)
	} else {
		_, week := r.This.From.Time().ISOWeek()
		title = l.F(WeekTitle, week, l.ShortDate(r.This.From), l.LongDate(r.This.To))
	}
	if r.This.Open {
		notes = append(notes, l.F(ReviewSoFar, l.ShortDate(r.This.Through)))
	}
	return title, append(notes, l.F(ReviewBeside, before, l.ShortDate(r.Before.From), l.ShortDate(r.Before.To)))
}

// ReviewRows returns the lines of a review, group by group: each kind's
// done, expected and pace; days and weeks; the yield (outcomes that either
// period has, each with its rate per 100 contacts); the accounts moved; the
// follow-ups.
func (l Lang) ReviewRows(r rhythm.Review) []ReviewRow {
	var rows []ReviewRow
	group := ""
	add := func(label string, this, before, better int) {
		rows = append(rows, ReviewRow{Group: group, Label: label, This: fmt.Sprint(this), Before: fmt.Sprint(before),
			Difference: Signed(this - before), Better: better * sign(this-before)})
		group = ""
	}
	// A pace is written with its sign, as everywhere.
	addPace := func(label string, this, before int) {
		add(label, this, before, 1)
		rows[len(rows)-1].This, rows[len(rows)-1].Before = Signed(this), Signed(before)
	}
	t, b := r.This, r.Before
	for i, k := range t.Kinds {
		group = l.Kind(k.Kind)
		bk := b.Kinds[i]
		add(Done.In(l), k.Done, bk.Done, 1)
		add(Expected.In(l), k.Expected, bk.Expected, 0)
		addPace(Pace.In(l), k.Pace, bk.Pace)
	}
	group = ReviewDays.In(l)
	add(ReviewWorking.In(l), t.WorkingDays, b.WorkingDays, 0)
	add(ReviewDaysMet.In(l), t.DaysMet, b.DaysMet, 1)
	add(ReviewWeeks.In(l), t.Weeks, b.Weeks, 0)
	add(ReviewWeekMet.In(l), t.WeeksMet, b.WeeksMet, 1)
	add(ReviewStreak.In(l), t.WeekStreak.Current, b.WeekStreak.Current, 1)
	add(ReviewBest.In(l), t.WeekStreak.Best, b.WeekStreak.Best, 1)
	group = Yield.In(l)
	add(ReviewContact.In(l), t.Contacts, b.Contacts, 1)
	for _, o := range rhythm.Outcomes {
		if t.Outcomes[o] == 0 && b.Outcomes[o] == 0 {
			continue
		}
		better := 1
		if o == rhythm.Lost {
			better = -1
		}
		add(l.Outcome(o), t.Outcomes[o], b.Outcomes[o], better)
		diff := t.PerHundred[o] - b.PerHundred[o]
		rows = append(rows, ReviewRow{Label: l.F(ReviewPer100, l.Outcome(o)), This: fmt.Sprintf("%.1f", t.PerHundred[o]),
			Before: fmt.Sprintf("%.1f", b.PerHundred[o]), Difference: signedTenths(diff), Better: better * signF(diff)})
	}
	group = ReviewAccts.In(l)
	ta, ba := t.Accounts, b.Accounts
	add(ReviewFirst.In(l), len(ta.FirstTouched), len(ba.FirstTouched), 1)
	add(ReviewReady.In(l), len(ta.BecameReady), len(ba.BecameReady), 1)
	add(ReviewStuck.In(l), len(ta.Stuck), len(ba.Stuck), -1)
	add(l.Outcome(rhythm.Won), len(ta.Won), len(ba.Won), 1)
	add(l.Outcome(rhythm.Lost), len(ta.Lost), len(ba.Lost), -1)
	group = ReviewFollow.In(l)
	add(ReviewDoneFU.In(l), t.FollowUps.Completed, b.FollowUps.Completed, 1)
	add(ReviewOverdue.In(l), t.FollowUps.Overdue, b.FollowUps.Overdue, -1)
	add(ReviewComing.In(l), t.FollowUps.Coming, b.FollowUps.Coming, 0)
	return rows
}

// ReviewNames returns the lines that name the accounts the period moved:
// "won: Acme BV, Jansen Foods", one for each list that is not empty, the
// names made safe for a terminal.
func (l Lang) ReviewNames(a rhythm.ReviewAccounts) []string {
	var out []string
	for _, list := range []struct {
		label string
		names []string
	}{
		{ReviewFirst.In(l), a.FirstTouched}, {ReviewReady.In(l), a.BecameReady}, {ReviewStuck.In(l), a.Stuck},
		{l.Outcome(rhythm.Won), a.Won}, {l.Outcome(rhythm.Lost), a.Lost},
	} {
		if len(list.names) == 0 {
			continue
		}
		names := make([]string, len(list.names))
		for i, n := range list.names {
			names[i] = Sanitize(n)
		}
		out = append(out, l.F(ReviewNames, list.label, strings.Join(names, ", ")))
	}
	return out
}

// signedTenths writes a difference of rates to one decimal with its sign.
func signedTenths(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	switch {
	case s == "0.0" || s == "-0.0":
		return "0.0"
	case f < 0:
		return "−" + s[1:]
	}
	return "+" + s
}

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	}
	return 0
}

func signF(f float64) int {
	switch {
	case f > 0.05:
		return 1
	case f < -0.05:
		return -1
	}
	return 0
}
