package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// sum adds ns up.
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
	b.WriteString(s.subtle.Render(l.Plural(p.WorkingDays, i18n.DaysMetOf.One, i18n.DaysMetOf.Many, p.MetDays)))
	return b.String()
}

// outcomesOn returns the outcomes of date d, nil while they are loading.
func (c *common) outcomesOn(d rhythm.Date) map[rhythm.Outcome]int {
	if !c.snap.hasOutcomes(d, d) {
		return nil
	}
	return c.snap.outcomes.OnDate(d)
}

// sumOutcomes counts the outcomes in m.
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

// outcomeRange covers the week and the month of day, for their outcomes.
func outcomeRange(day rhythm.Date) (from, to rhythm.Date) {
	week := rhythm.WeekStart(day)
	return min(week, rhythm.MonthStart(day)), max(week+6, rhythm.MonthEnd(day))
}

// periodDir returns -1 for [ (the previous week, month or year), 1 for ]
// (the next) and 0 for any other message.
func (c *common) periodDir(msg tea.Msg) int {
	k, ok := msg.(tea.KeyPressMsg)
	switch {
	case !ok:
		return 0
	case key.Matches(k, c.keys.PrevPeriod):
		return -1
	case key.Matches(k, c.keys.NextPeriod):
		return 1
	}
	return 0
}

// keepDay returns the day of the month that period steps keep, taking the
// shown day's when a run of steps begins; a step by day ends the run.
func (c *common) keepDay() int {
	if c.stepDay == 0 {
		_, _, c.stepDay = c.day.Civil()
	}
	return c.stepDay
}

// dayIn returns the kept day of the month that begins on first, or the
// month's last day when it is shorter: a step from 31 January lands on 28
// February and then on 31 March.
func (c *common) dayIn(first rhythm.Date) rhythm.Date {
	return min(rhythm.MonthEnd(first), first+rhythm.Date(c.keepDay()-1))
}

// requestOutcomes adds the outcomes of the week and the month of the shown
// day to req, for the Week and Month views (see partView).
func (c *common) requestOutcomes(req *loadRequest, active bool) {
	if active || (c.snap != nil && !c.snap.outcomesFrom.IsZero()) {
		req.outcomesFrom, req.outcomesTo = outcomeRange(c.day)
	}
}

// outcomesLoaded reports whether the snapshot holds the outcomes of the
// week and the month of the shown day.
func (c *common) outcomesLoaded() bool {
	from, to := outcomeRange(c.day)
	return c.snap.hasOutcomes(from, to)
}
