package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/team"
)

// The Team view's table: its columns, which of them fit, and their cells.

// teamColumn is a column of the Team view's table: its heading, a cell a
// rep and one for the team's row, all styled.
type teamColumn struct {
	head  i18n.Text
	left  bool // aligned left; the others right
	cells []string
	total string
	// rank orders the columns by what they tell: those of the lowest rank
	// are kept first; rank 0 is always kept.
	rank int
}

// width is the width of the column's widest cell or heading.
func (col teamColumn) width(l i18n.Lang) int {
	w := lipgloss.Width(col.head.In(l))
	for _, cell := range col.cells {
		w = max(w, lipgloss.Width(cell))
	}
	return max(w, lipgloss.Width(col.total))
}

// teamKinds returns the kinds of the team, in display order.
func teamKinds(f team.Team) []rhythm.Kind {
	kinds := make([]rhythm.Kind, len(f.Totals.Kinds))
	for i, k := range f.Totals.Kinds {
		kinds[i] = k.Kind
	}
	return kinds
}

// columns returns the table's columns in display order.
func (v *teamView) columns(f team.Team) []teamColumn {
	s, l := v.c.styles, v.c.lang
	kinds := teamKinds(f)
	n := len(f.Reps)
	rep := teamColumn{head: i18n.TeamViewRep, left: true, total: s.label.Render(i18n.TeamTotals.In(l))}
	today := teamColumn{head: i18n.TeamViewToday, left: true}
	streak := teamColumn{head: i18n.TeamViewStreak, rank: 1}
	days := teamColumn{head: i18n.TeamViewDaysMet, rank: 3}
	ytd := teamColumn{head: i18n.TeamViewYTD, rank: 6}
	pace := teamColumn{head: i18n.TeamViewPace, rank: 2}
	meetings := teamColumn{head: i18n.TeamViewMeetings, rank: 7}
	late := teamColumn{head: i18n.TeamViewLate, rank: 5}
	synced := teamColumn{head: i18n.TeamViewSynced, left: true, rank: 4}
	todays, paces, periods := make([][]string, n), make([][]string, n+1), make([][]string, n)
	for i, r := range f.Reps {
		rep.cells = append(rep.cells, s.label.Render(truncate(i18n.Sanitize(r.Rep), teamRepWidth)))
		sumYTD, sumAnnual := 0, 0
		for _, kind := range kinds {
			j := slices.IndexFunc(r.Kinds, func(k rhythm.KindStatus) bool { return k.Kind == kind })
			if j < 0 {
				todays[i], paces[i] = append(todays[i], s.faint.Render("·")), append(paces[i], s.faint.Render("·"))
				continue
			}
			k := r.Kinds[j]
			todays[i], paces[i] = append(todays[i], kindToday(s, k)), append(paces[i], s.signed(k.Pace))
			sumYTD, sumAnnual = sumYTD+k.YTD, sumAnnual+k.AnnualTarget
		}
		todays[i] = append(todays[i], v.dayMark(r, f.Date))
		streak.cells = append(streak.cells, fmt.Sprint(r.Streak))
		for _, d := range []team.Days{r.Week, r.Month, r.Year} {
			periods[i] = append(periods[i], fmt.Sprintf("%d/%d", d.Met, d.Working))
		}
		ytd.cells = append(ytd.cells, fmt.Sprintf("%d/%d", sumYTD, sumAnnual))
		meetings.cells = append(meetings.cells, perHundred(s, r))
		late.cells = append(late.cells, lateShare(s, r.Late, r.Entries))
		synced.cells = append(synced.cells, v.synced(r.LastSync))
	}
	sumYTD, sumAnnual := 0, 0
	for _, k := range f.Totals.Kinds {
		paces[n] = append(paces[n], s.signed(k.Pace))
		sumYTD, sumAnnual = sumYTD+k.YTD, sumAnnual+k.AnnualTarget
	}
	today.cells, days.cells = alignCells(todays), alignCells(periods)
	paceCells := alignCells(paces)
	pace.cells, pace.total = paceCells[:n], paceCells[n]
	ytd.total = fmt.Sprintf("%d/%d", sumYTD, sumAnnual)
	late.total = lateShare(s, f.Totals.Late, f.Totals.Entries)
	return []teamColumn{rep, today, streak, days, ytd, pace, meetings, late, synced}
}

// fit returns the columns that fit the view's width, two cells apart: the
// columns of rank 0, then the others by rank, each that still fits; and
// the headings of the columns left out.
func (v *teamView) fit(cols []teamColumn) (kept []teamColumn, hidden []string) {
	l := v.c.lang
	used := -2
	for _, col := range cols {
		if col.rank == 0 {
			used += 2 + col.width(l)
		}
	}
	keep := make([]bool, len(cols))
	byRank := make([]int, len(cols))
	for i := range cols {
		byRank[i] = i
	}
	slices.SortStableFunc(byRank, func(a, b int) int { return cols[a].rank - cols[b].rank })
	for _, i := range byRank {
		w := cols[i].width(l)
		switch {
		case cols[i].rank == 0:
			keep[i] = true
		case used+2+w <= v.width:
			keep[i], used = true, used+2+w
		}
	}
	for i, col := range cols {
		if keep[i] {
			kept = append(kept, col)
		} else {
			hidden = append(hidden, col.head.In(l))
		}
	}
	return kept, hidden
}

// table lays the columns out: the header, a row a rep, the team's row.
func (v *teamView) table(cols []teamColumn) (header string, rows []string, total string) {
	s, l := v.c.styles, v.c.lang
	widths := make([]int, len(cols))
	for i, col := range cols {
		widths[i] = col.width(l)
	}
	line := func(cell func(teamColumn) string) string {
		parts := make([]string, len(cols))
		for i, col := range cols {
			if col.left {
				parts[i] = padRight(cell(col), widths[i])
			} else {
				parts[i] = padLeft(cell(col), widths[i])
			}
		}
		return strings.TrimRight(strings.Join(parts, "  "), " ")
	}
	header = s.subtle.Render(line(func(col teamColumn) string { return col.head.In(l) }))
	for i := range cols[0].cells {
		rows = append(rows, line(func(col teamColumn) string { return col.cells[i] }))
	}
	return header, rows, line(func(col teamColumn) string { return col.total })
}

// dayMark says how the rep's day d stands: ✓ met; · still open (d is
// today); ✗ missed; – neither met nor missed (not a working day, before
// the start, or no daily target).
func (v *teamView) dayMark(r team.Figures, d rhythm.Date) string {
	s := v.c.styles
	daily := slices.ContainsFunc(r.Kinds, func(k rhythm.KindStatus) bool { return !k.Weekly && k.Target > 0 })
	switch {
	case !r.WorkingDay || !daily || d < r.Start:
		return s.faint.Render("–")
	case r.DayMet:
		return s.good.Render(i18n.GlyphMet)
	case d >= v.c.today:
		return s.warn.Render("·")
	}
	return s.bad.Render(i18n.GlyphMiss)
}

// synced says when the rep last synced, as time ago; a rep that never
// synced, or not for a day, is marked.
func (v *teamView) synced(last time.Time) string {
	s, l := v.c.styles, v.c.lang
	text := ago(l, v.now(), last)
	if last.IsZero() || v.now().Sub(last) >= 24*time.Hour {
		return s.warn.Render(text)
	}
	return s.subtle.Render(text)
}

// kindToday is a kind's entries on the day against its target, "3/5"; for a
// weekly kind its week entries against the week's target, "2/3w"; without
// a target the entries alone. Met, it is green.
func kindToday(s *styles, k rhythm.KindStatus) string {
	switch {
	case k.Weekly:
		text := fmt.Sprintf("%d/%dw", k.Week, k.WeekTarget)
		if k.Week >= k.WeekTarget {
			return s.good.Render(text)
		}
		return text
	case k.Target > 0:
		text := fmt.Sprintf("%d/%d", k.Today, k.Target)
		if k.Today >= k.Target {
			return s.good.Render(text)
		}
		return text
	}
	return fmt.Sprint(k.Today)
}

// perHundred is the rep's meetings per 100 contacts this year; – with no
// contacts.
func perHundred(s *styles, r team.Figures) string {
	if r.Entries == 0 {
		return s.faint.Render("–")
	}
	return fmt.Sprintf("%.1f", r.PerHundred[rhythm.Meeting])
}

// lateShare is the share of entries logged late, "2.6%"; – with no
// entries.
func lateShare(s *styles, late, entries int) string {
	if entries == 0 {
		return s.faint.Render("–")
	}
	return fmt.Sprintf("%.1f%%", 100*team.LateShare(late, entries))
}

// alignCells joins each row's parts with a space, each part right-aligned
// to the widest part in its place of every row.
func alignCells(rows [][]string) []string {
	var widths []int
	for _, parts := range rows {
		for j, p := range parts {
			if j == len(widths) {
				widths = append(widths, 0)
			}
			widths[j] = max(widths[j], lipgloss.Width(p))
		}
	}
	out := make([]string, len(rows))
	for i, parts := range rows {
		padded := make([]string, len(parts))
		for j, p := range parts {
			padded[j] = padLeft(p, widths[j])
		}
		out[i] = strings.Join(padded, " ")
	}
	return out
}

// ago says how long before now t was: "just now", "5 min ago", "2 h ago"
// (up to two days), "3 d ago"; "never" for the zero time. A t after now,
// as another machine's clock may give, is just now.
func ago(l i18n.Lang, now, t time.Time) string {
	if t.IsZero() {
		return i18n.TeamViewNever.In(l)
	}
	switch d := now.Sub(t); {
	case d < time.Minute:
		return i18n.TeamViewJustNow.In(l)
	case d < time.Hour:
		return l.F(i18n.TeamViewMinutes, int(d/time.Minute))
	case d < 48*time.Hour:
		return l.F(i18n.TeamViewHours, int(d/time.Hour))
	default:
		return l.F(i18n.TeamViewDays, int(d/(24*time.Hour)))
	}
}
