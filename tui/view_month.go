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

// monthCell is the widest a day of the month calendar gets; monthLabel
// the width of the week label before the days.
const (
	monthCell  = 10
	monthLabel = 5
)

// View draws the month as a calendar, then the totals and the yield. On a
// small terminal the cells narrow, and the counts under each day go (the
// title says so) before the totals do.
func (v *monthView) View() string {
	c, s, l := v.c, v.c.styles, v.c.lang
	first, last := rhythm.MonthStart(c.day), rhythm.MonthEnd(c.day)
	p := c.snap.tracker.Period(first, last, c.today)
	weeks := c.snap.tracker.Period(rhythm.WeekStart(first), rhythm.WeekStart(last)+6, c.today).Weeks
	cell := max(4, min(monthCell, (v.width-monthLabel)/7))
	rows := int(rhythm.WeekStart(last)-rhythm.WeekStart(first))/7 + 1
	// Title, weekdays, a line a week, totals (5) and yield (1); the counts
	// add a line a week where they fit.
	counts := monthCountsWidth(p) < cell && 2+2*rows+6 <= v.height
	var b strings.Builder
	note := ""
	switch {
	case monthCountsWidth(p) >= cell:
		note = i18n.NarrowCounts.In(l)
	case !counts:
		note = i18n.ShortCounts.In(l)
	default:
		targets := make([]string, len(p.Kinds))
		names := make([]string, len(p.Kinds))
		for i, k := range p.Kinds {
			targets[i], names[i] = k.Target.String(), l.Kind(k.Kind)
		}
		note = l.F(i18n.MonthLegend, strings.Join(names, "·"), strings.Join(targets, "·"))
	}
	b.WriteString(truncate(s.heading.Render(l.MonthYear(first))+"  "+s.subtle.Render(note), v.width) + "\n")
	b.WriteString(s.subtle.Render(strings.Repeat(" ", monthLabel)))
	for d := rhythm.WeekStart(first); d < rhythm.WeekStart(first)+7; d++ {
		b.WriteString(s.subtle.Render(padRight(l.Weekday(d), cell)))
	}
	b.WriteString("\n")
	for ws := rhythm.WeekStart(first); ws <= last; ws += 7 {
		_, wk := ws.Time().ISOWeek()
		label := padRight(fmt.Sprintf("w%d", wk), monthLabel-2)
		top, bottom := s.subtle.Render(label)+padRight(weekMark(s, weekHolding(weeks, min(ws+6, last)), c.today), 2), strings.Repeat(" ", monthLabel)
		for d := ws; d < ws+7; d++ {
			if d < first || d > last {
				top += strings.Repeat(" ", cell)
				bottom += strings.Repeat(" ", cell)
				continue
			}
			day := p.Days[d-first]
			num := fmt.Sprintf("%2d", d.Time().Day())
			if d == c.day {
				num = s.today.Render(num)
			}
			mark := dayMark(s, l, day, c.today)
			if n := sumOutcomes(c.outcomesOn(d)); n > 0 && cell >= 7 {
				mark += s.good.Render(fmt.Sprintf("◆%d", n))
			}
			top += padRight(num+" "+mark, cell)
			bottom += padRight(monthCounts(s, day, d > c.today), cell)
		}
		b.WriteString(strings.TrimRight(top, " ") + "\n")
		if counts {
			b.WriteString(strings.TrimRight(bottom, " ") + "\n")
		}
	}
	// No blank line here: a month of six weeks fills 24 rows exactly.
	b.WriteString(periodTotals(s, l, p, 12))
	b.WriteString("\n" + periodYield(c, p))
	return b.String()
}

// monthCountsWidth is the width of the widest "5·2·1" of the month.
func monthCountsWidth(p rhythm.Period) int {
	w := 0
	for _, d := range p.Days {
		n := len(d.Counts) - 1
		for _, c := range d.Counts {
			n += len(fmt.Sprint(c))
		}
		w = max(w, n)
	}
	return w
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
