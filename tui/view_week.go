package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// weekView shows the week of the shown day: a row per day with done/target
// per kind and whether it was met, then totals and pace.
type weekView struct {
	c *common
	size
}

func newWeekView(c *common) *weekView { return &weekView{c: c} }

// Update moves the shown day a week back or on for [ and ].
func (v *weekView) Update(msg tea.Msg) (view, tea.Cmd) {
	if dir := v.c.periodDir(msg); dir != 0 {
		// A week step begins a run of period steps too: Week [ and then
		// Month [ keep the day of the month the run began on.
		v.c.keepDay()
		v.c.showDay(v.c.day + rhythm.Date(7*dir))
	}
	return v, nil
}

func (v *weekView) bindings() []*key.Binding { return v.c.keys.periodKeys() }

func (v *weekView) request(req *loadRequest, active bool) { v.c.requestOutcomes(req, active) }

func (v *weekView) loaded() bool { return v.c.outcomesLoaded() }

// View draws a row per day of the week, then the totals and the yield.
func (v *weekView) View() string {
	c, s, l := v.c, v.c.styles, v.c.lang
	from := rhythm.WeekStart(c.day)
	p := c.snap.tracker.Period(from, from+6, c.today)
	_, week := from.Time().ISOWeek()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", s.heading.Render(l.F(i18n.WeekTitle, week, l.ShortDate(from), l.LongDate(from+6))))
	cols := periodColumns(l, p)
	b.WriteString(s.subtle.Render(padRight("", 12)+cols.header(l)) + "\n")
	for _, d := range p.Days {
		label := padRight(l.ShortDate(d.Date), 12)
		if d.Date == c.day {
			label = s.today.Render(strings.TrimRight(label, " ")) + strings.Repeat(" ", 12-len([]rune(strings.TrimRight(label, " "))))
		}
		fmt.Fprintf(&b, "%s%s  %s%s\n", label, cols.day(s, d, d.Date > c.today), padRight(dayWord(s, l, d, c.today), 11),
			s.good.Render(yieldText(l, v.c.outcomesOn(d.Date))))
	}
	b.WriteString("\n")
	b.WriteString(periodTotals(s, l, p, 12))
	if line := weekLine(s, l, p, c.today); line != "" {
		b.WriteString("\n" + line)
	}
	b.WriteString("\n" + periodYield(v.c, p))
	return b.String()
}
