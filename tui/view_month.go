package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// monthView shows the month of the shown day as a calendar, each day with
// its counts per kind, then totals and pace.
type monthView struct {
	c *common
	size
}

func newMonthView(c *common) *monthView { return &monthView{c: c} }

// Update moves the shown day a month back or on for [ and ], keeping the
// day of the month.
func (v *monthView) Update(msg tea.Msg) (view, tea.Cmd) {
	if dir := v.c.periodDir(msg); dir != 0 {
		y, mo, _ := v.c.day.Civil()
		v.c.showDay(v.c.dayIn(rhythm.NewDate(y, mo+time.Month(dir), 1)))
	}
	return v, nil
}

func (v *monthView) bindings() []*key.Binding { return v.c.keys.periodKeys() }

func (v *monthView) request(req *loadRequest, active bool) { v.c.requestOutcomes(req, active) }

func (v *monthView) loaded() bool { return v.c.outcomesLoaded() }

// monthCell is the width of one day in the month calendar.
const monthCell = 10

// View draws the month as a calendar, then the totals and the yield.
func (v *monthView) View() string {
	c, s, l := v.c, v.c.styles, v.c.lang
	first, last := rhythm.MonthStart(c.day), rhythm.MonthEnd(c.day)
	p := c.snap.tracker.Period(first, last, c.today)
	var b strings.Builder
	targets := make([]string, len(p.Kinds))
	for i, k := range p.Kinds {
		targets[i] = k.Target.String()
	}
	names := make([]string, len(p.Kinds))
	for i, k := range p.Kinds {
		names[i] = l.Kind(k.Kind)
	}
	fmt.Fprintf(&b, "%s  %s\n", s.heading.Render(l.MonthYear(first)),
		s.subtle.Render(l.F(i18n.MonthLegend, strings.Join(names, "·"), strings.Join(targets, "·"))))
	b.WriteString(s.subtle.Render("     "))
	for d := rhythm.WeekStart(first); d < rhythm.WeekStart(first)+7; d++ {
		b.WriteString(s.subtle.Render(padRight(l.Weekday(d), monthCell)))
	}
	b.WriteString("\n")
	for ws := rhythm.WeekStart(first); ws <= last; ws += 7 {
		_, wk := ws.Time().ISOWeek()
		top, bottom := s.subtle.Render(fmt.Sprintf("w%-3d ", wk)), "     "
		for d := ws; d < ws+7; d++ {
			if d < first || d > last {
				top += strings.Repeat(" ", monthCell)
				bottom += strings.Repeat(" ", monthCell)
				continue
			}
			day := p.Days[d-first]
			num := fmt.Sprintf("%2d", d.Time().Day())
			if d == c.day {
				num = s.today.Render(num)
			}
			mark := dayMark(s, l, day, c.today)
			if n := sumOutcomes(c.outcomesOn(d)); n > 0 {
				mark += s.good.Render(fmt.Sprintf("◆%d", n))
			}
			top += padRight(num+" "+mark, monthCell)
			bottom += padRight(monthCounts(s, day, d > c.today), monthCell)
		}
		b.WriteString(strings.TrimRight(top, " ") + "\n" + strings.TrimRight(bottom, " ") + "\n")
	}
	// No blank line here: a month of six weeks fills 24 rows exactly.
	b.WriteString(periodTotals(s, l, p, 12))
	b.WriteString("\n" + periodYield(c, p))
	return b.String()
}

// monthCounts writes a day's counts per kind as "5·2·1".
func monthCounts(s *styles, d rhythm.Day, future bool) string {
	if future || (!d.Working && sum(d.Counts) == 0) {
		return ""
	}
	parts := make([]string, len(d.Counts))
	for i, n := range d.Counts {
		parts[i] = fmt.Sprint(n)
	}
	text := strings.Join(parts, "·")
	if !d.Working {
		return s.faint.Render(text)
	}
	return s.subtle.Render(text)
}
