package tui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ritme/i18n"
	"ritme/team"
)

// teamView is a manager's view of the team, as `ritme team` has it: a row
// a rep (today per kind against its target and whether the day is met,
// the streak, the days met this week, month and year, the year to date,
// the pace per kind, meetings per 100 contacts, the share logged late and
// when the rep last synced), then the team's totals. Columns that do not
// fit the width are left out, the least telling first, and the title says
// which; the list keys scroll the reps that do not fit the height.
type teamView struct {
	c   *common
	t   *teamer
	now func() time.Time
	size
	// offset is the first row of reps in sight.
	offset int
}

func newTeamView(c *common, t *teamer, now func() time.Time) *teamView {
	return &teamView{c: c, t: t, now: now}
}

func (v *teamView) bindings() []*key.Binding { return v.c.keys.listKeys() }

// Update scrolls the reps.
func (v *teamView) Update(msg tea.Msg) (view, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return v, nil
	}
	k := v.c.keys
	switch {
	case key.Matches(press, k.Up):
		v.offset--
	case key.Matches(press, k.Down):
		v.offset++
	case key.Matches(press, k.PageUp):
		v.offset -= max(1, v.height)
	case key.Matches(press, k.PageDown):
		v.offset += max(1, v.height)
	}
	return v, nil
}

// teamRepWidth is the widest a rep's name is shown.
const teamRepWidth = 14

// View draws the title, a line on how fresh the figures are when there is
// something to say, the table and the year to date of each kind. On a
// short terminal the blank line goes first, then the year to date (the
// title says so), so that some reps stay in sight.
func (v *teamView) View() string {
	s, l, t := v.c.styles, v.c.lang, v.t
	if !t.shown {
		return s.heading.Render(i18n.TeamViewName.In(l)) + "\n\n" + s.subtle.Render(i18n.Loading.In(l))
	}
	f := t.figures
	title := s.heading.Render(fmt.Sprintf("%s · %s · %s", i18n.TeamViewName.In(l), l.ShortDate(f.Date), l.Count(i18n.TeamReps, len(f.Reps))))
	lines := v.state()
	if len(f.Reps) == 0 {
		lines = append([]string{truncate(title, v.width)}, append(lines, "", truncate(s.subtle.Render(i18n.TeamNoReps.In(l)), v.width))...)
		return strings.Join(lines, "\n")
	}
	cols, hidden := v.fit(v.columns(f))
	header, rows, total := v.table(cols)
	year := strings.Split(v.yearLine(f), "\n")
	top := v.title(title, hidden, false, f)
	// The title, the state, a blank line, the header and the team's row,
	// and the year to date.
	fixed := len(top) + len(lines) + 1 + 2 + len(year)
	blank, shortYear := true, false
	if v.height-fixed < len(rows) {
		blank, fixed = false, fixed-1
	}
	if v.height-fixed < min(len(rows), 3) {
		shortYear, fixed = true, fixed-len(year)-len(top)
		top = v.title(title, hidden, true, f)
		fixed += len(top)
	}
	var b strings.Builder
	b.WriteString(strings.Join(append(top, lines...), "\n"))
	if blank {
		b.WriteString("\n")
	}
	b.WriteString("\n" + truncate(header, v.width))
	for _, row := range v.scroll(rows, v.height-fixed) {
		b.WriteString("\n" + truncate(row, v.width))
	}
	b.WriteString("\n" + truncate(total, v.width))
	if !shortYear {
		for _, line := range year {
			b.WriteString("\n" + truncate(line, v.width))
		}
	}
	return b.String()
}

// title returns the title line with notes: what the view left out (the
// columns hidden, named or, where the names do not fit, counted; the year
// to date, when short), or else the legend of the kinds. Notes that do not
// fit beside the title go on lines of their own.
func (v *teamView) title(title string, hidden []string, shortYear bool, f team.Team) []string {
	s, l := v.c.styles, v.c.lang
	notes := func(named bool) []string {
		var notes []string
		switch {
		case len(hidden) > 0 && named:
			notes = append(notes, l.F(i18n.TeamViewNarrow, strings.Join(hidden, ", ")))
		case len(hidden) > 0:
			notes = append(notes, l.Count(i18n.TeamViewNarrowN, len(hidden)))
		}
		if shortYear {
			notes = append(notes, i18n.TeamViewShortYear.In(l))
		}
		if len(notes) == 0 {
			notes = append(notes, l.F(i18n.TeamViewLegend, strings.Join(v.kindNames(f), "·")))
		}
		for i, n := range notes {
			notes[i] = s.subtle.Render(n)
		}
		return notes
	}
	sep := s.subtle.Render(" · ")
	items := notes(true)
	if line := title + "  " + strings.Join(items, sep); lipgloss.Width(line) <= v.width {
		return []string{line}
	}
	if slices.ContainsFunc(items, func(n string) bool { return lipgloss.Width(n) > v.width }) {
		items = notes(false)
	}
	lines := append([]string{title}, strings.Split(wrapItems(items, sep, max(1, v.width)), "\n")...)
	for i, line := range lines {
		lines[i] = truncate(line, v.width)
	}
	return lines
}

// state says how fresh the figures are, in at most two lines: from when,
// and why not newer, after a read failed; which day is being read, while
// the figures are of another; nothing when they are those of the day
// shown and the last read worked.
func (v *teamView) state() []string {
	s, l, t := v.c.styles, v.c.lang, v.t
	var text string
	style := s.subtle
	switch {
	case t.err != nil:
		reason := i18n.TeamViewGone.In(l)
		if !errors.Is(t.err, ErrNoTeam) {
			reason = i18n.Sanitize(t.err.Error())
		}
		text, style = l.F(i18n.TeamViewOffline, t.readAt.Local().Format("15:04"), reason), s.warn
	case t.running && t.day != t.figures.Date:
		text = l.F(i18n.TeamViewLoadingDay, l.ShortDate(t.day))
	default:
		return nil
	}
	width := max(1, v.width)
	lines := strings.Split(wrapItems(strings.Fields(text), " ", width), "\n")
	if len(lines) > 2 {
		lines = []string{lines[0], truncate(strings.Join(lines[1:], " "), width)}
	}
	for i, line := range lines {
		lines[i] = style.Render(truncate(line, width))
	}
	return lines
}

// kindNames returns the names of the team's kinds, for the legend.
func (v *teamView) kindNames(f team.Team) []string {
	var names []string
	for _, k := range teamKinds(f) {
		names = append(names, i18n.Sanitize(v.c.lang.Kind(k)))
	}
	return names
}

// yearLine is the team's year to date against the sum of the reps' annual
// targets, each kind, wrapped to the view's width.
func (v *teamView) yearLine(f team.Team) string {
	s, l := v.c.styles, v.c.lang
	items := make([]string, 0, len(f.Totals.Kinds))
	for i, k := range f.Totals.Kinds {
		item := fmt.Sprintf("%s %d/%d", i18n.Sanitize(l.Kind(k.Kind)), k.YTD, k.AnnualTarget)
		if i == 0 {
			item = s.subtle.Render(i18n.TeamViewYear.In(l)) + " " + item
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		return s.subtle.Render(i18n.TeamViewYear.In(l))
	}
	return wrapItems(items, s.subtle.Render(" · "), max(1, v.width))
}

// scroll returns the rows in sight of a window of height rows from the
// view's offset (see scrollWindow).
func (v *teamView) scroll(rows []string, height int) []string {
	return scrollWindow(v.c, rows, height, &v.offset)
}
