package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// todayView is the day's checklist: a row of boxes per kind with the day's
// plan under it, streaks, score and the year to date.
type todayView struct {
	c *common
	size
	// sel is the selected item of the plan (see view_today_plan.go), and
	// selLine its line in the last checklist drawn.
	sel, selLine int
}

func newTodayView(c *common) *todayView { return &todayView{c: c} }

// Update handles the keys of the plan; the keys of the day work in every
// view.
func (v *todayView) Update(msg tea.Msg) (view, tea.Cmd) {
	if press, ok := msg.(tea.KeyPressMsg); ok {
		return v, v.planKey(press)
	}
	return v, nil
}

func (v *todayView) bindings() []*key.Binding {
	k := v.c.keys
	return append(k.listKeys(), &k.TickItem, &k.FollowUp)
}

// minTwoColumns is the width from which the checklist and the figures sit
// side by side.
const minTwoColumns = 76

// View draws the checklist, and the figures beside or below it when there
// is room.
func (v *todayView) View() string {
	st := v.c.status()
	figures := v.figures(st)
	if v.width >= minTwoColumns {
		left := v.c.styles.column(v.width/2 - 1).Render(v.fitChecklist(st, v.height))
		return lipgloss.JoinHorizontal(lipgloss.Top, left, "  ", figures)
	}
	if checklist := v.checklist(st); lipgloss.Height(checklist)+lipgloss.Height(figures)+1 <= v.height {
		return checklist + "\n\n" + figures
	}
	// Narrow and short: the checklist matters most.
	return v.withoutFigures(v.fitChecklist(st, v.height-1))
}

// checklist renders the boxes of every kind, each ticked box with who and
// when, and the surplus.
func (v *todayView) checklist(st rhythm.Status) string {
	c, s, l := v.c, v.c.styles, v.c.lang
	var b strings.Builder
	title := l.LongDate(c.day)
	if c.day == c.today {
		title = l.F(i18n.TodayTitle, title)
	}
	b.WriteString(s.heading.Render(title) + "\n")
	state := l.DayState(st.WorkingDay, st.DayMet, st.Open())
	switch {
	case st.DayMet:
		state = s.good.Render(state)
	case !st.WorkingDay:
		state = s.subtle.Render(v.dayOffReason())
	case c.day < c.today:
		state = s.bad.Render(l.F(i18n.Missed, st.Open()))
	}
	b.WriteString(state + "\n")
	entries := v.entriesByKind()
	width := max(10, v.width/2-4)
	if v.width < minTwoColumns {
		width = v.width - 4
	}
	v.selLine = 0
	for _, k := range st.Kinds {
		if !shown(k) && !v.planHasKind(k.Kind) {
			continue
		}
		b.WriteString("\n" + v.kindRow(st.Kinds, k) + "\n")
		plan, selected, rest := v.planLines(k.Kind, entries[k.Kind], width)
		if selected >= 0 {
			v.selLine = strings.Count(b.String(), "\n") + selected
		}
		for _, line := range plan {
			b.WriteString(line + "\n")
		}
		for i, e := range rest {
			prefix := "  "
			if surplus(k, i+len(entries[k.Kind])-len(rest)) {
				prefix = s.boxExtra.Render("+ ")
			}
			b.WriteString(truncate("  "+prefix+entryLine(s, l, e), width) + "\n")
		}
		if len(entries[k.Kind]) == 0 && k.Today > 0 {
			b.WriteString("    " + s.faint.Render("…") + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// dayOffReason says why the shown day is not a working day.
func (v *todayView) dayOffReason() string {
	cal, l := v.c.snap.tracker.Calendar, v.c.lang
	switch {
	case cal.IsLeave(v.c.day):
		return i18n.LeaveOwed.In(l)
	case cal.IsHoliday(v.c.day):
		h, _ := cal.Holiday(v.c.day)
		return l.F(i18n.HolidayOwed, i18n.Sanitize(h.Name))
	}
	return i18n.OffOwed.In(l)
}

// entriesByKind groups the shown day's entries by kind, oldest first; empty
// while the snapshot is of another day.
func (v *todayView) entriesByKind() map[rhythm.Kind][]rhythm.Entry {
	m := map[rhythm.Kind][]rhythm.Entry{}
	if v.c.snap.day != v.c.day {
		return m
	}
	for _, e := range v.c.snap.dayEntries {
		m[e.Kind] = append(m[e.Kind], e)
	}
	return m
}

// entryLine writes "09:12 Acme BV · a note" for a ticked box.
func entryLine(s *styles, l i18n.Lang, e rhythm.Entry) string {
	line := s.subtle.Render(e.CreatedAt.Local().Format("15:04")) + " " + whoOrKind(l, e)
	if e.Outcome != "" {
		line += s.good.Render(" ◆ " + l.Outcome(e.Outcome))
	}
	if e.Note != "" {
		line += s.faint.Render(" · " + i18n.Sanitize(e.Note))
	}
	return line
}

func whoOrKind(l i18n.Lang, e rhythm.Entry) string {
	if e.Who == "" {
		return l.Kind(e.Kind)
	}
	return i18n.Sanitize(e.Who)
}

// figures renders the streaks, the score and the year to date.
func (v *todayView) figures(st rhythm.Status) string {
	s, l := v.c.styles, v.c.lang
	var b strings.Builder
	b.WriteString(s.heading.Render(i18n.Streak.In(l)) + "\n")
	b.WriteString(l.Plural(st.Streak.Current, i18n.StreakDays.One, i18n.StreakDays.Many, s.heading.Render(fmt.Sprint(st.Streak.Current)), st.Streak.Best) + "\n\n")
	b.WriteString(s.heading.Render(i18n.Score.In(l)) + "\n")
	fmt.Fprintf(&b, "%s %s\n\n", s.heading.Render(fmt.Sprintf("%.2f", st.Score)), scoreBar(s, st.Score, 20))
	fmt.Fprintf(&b, "%s\n", s.heading.Render(l.F(i18n.YTD, st.Year.Year)))
	kw := max(5, kindWidth(l, st.Kinds))
	header := padRight("", kw) + padLeft(i18n.YTDHeader.In(l), 7) + padLeft(i18n.YTDExp.In(l), 6) + padLeft(i18n.YTDYear.In(l), 6) +
		padLeft(i18n.YTDPace.In(l), 6) + padLeft(i18n.YTDPerDay.In(l), 5)
	b.WriteString(s.subtle.Render(header) + "\n")
	for _, k := range st.Kinds {
		fmt.Fprintf(&b, "%s%s%s%s%s%s\n", s.label.Render(padRight(l.Kind(k.Kind), kw)),
			padLeft(fmt.Sprint(k.YTD), 7), padLeft(fmt.Sprint(k.Expected), 6), padLeft(fmt.Sprint(k.AnnualTarget), 6),
			padLeft(s.signed(k.Pace), 6), padLeft(needText(k), 5))
	}
	b.WriteString(s.subtle.Render(l.F(i18n.DaysLeft, st.ElapsedDays, st.Year.AvailableDays, st.DaysLeft)))
	return b.String()
}

// kindWidth is the width of the longest kind name in l.
func kindWidth(l i18n.Lang, ks []rhythm.KindStatus) int {
	w := 0
	for _, k := range ks {
		w = max(w, len([]rune(l.Kind(k.Kind))))
	}
	return w
}

// scoreBar draws the score as a bar of width cells.
func scoreBar(s *styles, score float64, width int) string {
	filled := int(score*float64(width) + 0.5)
	filled = max(0, min(width, filled))
	return s.good.Render(strings.Repeat("█", filled)) + s.faint.Render(strings.Repeat("░", width-filled))
}
