package tui

import (
	"fmt"
	"strings"

	"ritme/i18n"
	"ritme/rhythm"
)

// weekView shows the week of the shown day: a row per day with done/target
// per kind and whether it was met, then totals and pace.
type weekView struct{ c *common }

func (v weekView) View() string {
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
	b.WriteString("\n" + periodYield(v.c, p))
	return b.String()
}

// monthView shows the month of the shown day as a calendar, each day with
// its counts per kind, then totals and pace.
type monthView struct{ c *common }

// monthCell is the width of one day in the month calendar.
const monthCell = 10

func (v monthView) View() string {
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

func sum(ns []int) int {
	t := 0
	for _, n := range ns {
		t += n
	}
	return t
}

// dayMark says how a day went: ✓ met, ✗ missed, · still open today, or why
// it is not a working day.
func dayMark(s *styles, l i18n.Lang, d rhythm.Day, today rhythm.Date) string {
	switch {
	case d.Date > today:
		return ""
	case d.Leave:
		return s.onLeave.Render(i18n.Leave.In(l))
	case d.Holiday != "" && !d.Working:
		return s.dayOff.Render(i18n.Holiday.In(l))
	case !d.Working, !d.Owed:
		return ""
	case d.Met:
		return s.good.Render(i18n.GlyphMet)
	case d.Date == today:
		return s.warn.Render("·")
	}
	return s.bad.Render(i18n.GlyphMiss)
}

// dayWord is dayMark with a word, where there is room for one.
func dayWord(s *styles, l i18n.Lang, d rhythm.Day, today rhythm.Date) string {
	mark := dayMark(s, l, d, today)
	switch {
	case mark == "" || d.Leave || !d.Working:
		return mark
	case d.Met:
		return mark + s.good.Render(" "+i18n.Met.In(l))
	case d.Date == today:
		return mark + s.warn.Render(" "+i18n.Open.In(l))
	}
	return mark + s.bad.Render(" "+i18n.MissedWord.In(l))
}

// columns lays out one column per kind.
type columns struct {
	kinds []rhythm.KindTarget
	width int
}

func periodColumns(l i18n.Lang, p rhythm.Period) columns {
	w := 7
	for _, k := range p.Kinds {
		w = max(w, len([]rune(l.Kind(k.Kind)))+2)
	}
	return columns{kinds: p.Kinds, width: w}
}

func (c columns) header(l i18n.Lang) string {
	var b strings.Builder
	for _, k := range c.kinds {
		b.WriteString(padLeft(l.Kind(k.Kind), c.width))
	}
	return b.String()
}

func (c columns) day(s *styles, d rhythm.Day, future bool) string {
	var b strings.Builder
	for i := range c.kinds {
		target := d.Targets[i].Daily()
		cell := ""
		switch {
		case future:
		case !d.Working && d.Counts[i] == 0:
			cell = s.faint.Render("·")
		default:
			text := fmt.Sprintf("%d/%d", d.Counts[i], target)
			switch {
			case !d.Working:
				cell = s.faint.Render(text)
			case d.Counts[i] >= target:
				cell = s.good.Render(text)
			default:
				cell = text
			}
		}
		b.WriteString(padLeft(cell, c.width))
	}
	return b.String()
}

// periodTotals writes the period's done, expected and pace per kind, and
// the met days.
func periodTotals(s *styles, l i18n.Lang, p rhythm.Period, labelWidth int) string {
	cols := periodColumns(l, p)
	var b strings.Builder
	row := func(label i18n.Text, vals []int, signed bool) {
		b.WriteString(s.label.Render(padRight(label.In(l), labelWidth)))
		for _, n := range vals {
			cell := fmt.Sprint(n)
			if signed {
				cell = s.signed(n)
			}
			b.WriteString(padLeft(cell, cols.width))
		}
		b.WriteString("\n")
	}
	b.WriteString(s.subtle.Render(padRight("", labelWidth)+cols.header(l)) + "\n")
	row(i18n.Done, p.Done, false)
	row(i18n.Expected, p.Expected, false)
	row(i18n.Pace, p.Pace, true)
	b.WriteString(s.subtle.Render(l.F(i18n.DaysMet, p.MetDays, p.WorkingDays)))
	return b.String()
}

// outcomesOn returns the outcomes of date d, nil while they are loading.
func (c *common) outcomesOn(d rhythm.Date) map[rhythm.Outcome]int {
	if !c.snap.hasOutcomes(d, d) {
		return nil
	}
	return c.snap.outcomes.OnDate(d)
}

func sumOutcomes(m map[rhythm.Outcome]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// yieldText writes outcome counts as "2× reply · 1× meeting", which needs
// no plural in either language.
func yieldText(l i18n.Lang, m map[rhythm.Outcome]int) string {
	var parts []string
	for _, o := range rhythm.Outcomes {
		if m[o] > 0 {
			parts = append(parts, fmt.Sprintf("%d× %s", m[o], l.Outcome(o)))
		}
	}
	return strings.Join(parts, " · ")
}

// periodYield writes what the period's contacts yielded and the
// conversion: outcomes per 100 contacts.
func periodYield(c *common, p rhythm.Period) string {
	s, l := c.styles, c.lang
	label := s.label.Render(i18n.Yield.In(l)) + "  "
	if !c.snap.hasOutcomes(p.From, min(p.To, c.today)) {
		return label + s.subtle.Render(i18n.Loading.In(l))
	}
	counts := map[rhythm.Outcome]int{}
	for d := p.From; d <= min(p.To, c.today); d++ {
		for o, n := range c.snap.outcomes.OnDate(d) {
			counts[o] += n
		}
	}
	contacts := sum(p.Done)
	if sumOutcomes(counts) == 0 || contacts == 0 {
		return label + s.subtle.Render(i18n.NoOutcomes.In(l))
	}
	per := 100 * float64(sumOutcomes(counts)) / float64(contacts)
	return label + yieldText(l, counts) + s.subtle.Render(l.F(i18n.Per100, per))
}
