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
		case d.Targets[i].IsWeekly():
			// A weekly kind owes nothing a day: its count alone.
			cell = fmt.Sprint(d.Counts[i])
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
	met := l.Plural(p.WorkingDays, i18n.DaysMetOf.One, i18n.DaysMetOf.Many, p.MetDays)
	if p.WeeksOwed > 1 { // a single week says how it stands on a line of its own
		met += " · " + l.Plural(p.WeeksOwed, i18n.WeeksMetOf.One, i18n.WeeksMetOf.Many, p.WeeksMet)
	}
	b.WriteString(s.subtle.Render(met))
	return b.String()
}

// weekHolding returns the week of weeks that holds d (a part of an ISO
// week, cut at the ends of its year), or nil.
func weekHolding(weeks []rhythm.Week, d rhythm.Date) *rhythm.Week {
	for i := range weeks {
		if weeks[i].First <= d && d <= weeks[i].Last {
			return &weeks[i]
		}
	}
	return nil
}

// weekMark says how a week went: ✓ met, ✗ missed, and nothing for a week
// still open, one that owes nothing, or one to come.
func weekMark(s *styles, w *rhythm.Week, today rhythm.Date) string {
	switch {
	case w == nil || w.First > today:
		return ""
	case w.State == rhythm.WeekMet:
		return s.good.Render(i18n.GlyphMet)
	case w.State == rhythm.WeekMissed:
		return s.bad.Render(i18n.GlyphMiss)
	}
	return ""
}

// weekLine says how each week of p stands, and, for the weekly kinds, their
// entries against the week's effective target: "week met ✓ · weekly
// targets: visit 3/3".
func weekLine(s *styles, l i18n.Lang, p rhythm.Period, today rhythm.Date) string {
	var parts []string
	for _, w := range p.Weeks {
		if w.First > today {
			continue
		}
		switch w.State {
		case rhythm.WeekMet:
			parts = append(parts, s.good.Render(i18n.WeekMetState.In(l)))
		case rhythm.WeekMissed:
			parts = append(parts, s.bad.Render(i18n.WeekMissState.In(l)))
		case rhythm.WeekOpen:
			parts = append(parts, s.warn.Render(i18n.WeekOpenState.In(l)))
		default:
			parts = append(parts, s.subtle.Render(i18n.WeekNoneState.In(l)))
		}
		var targets []string
		for i, k := range p.Kinds {
			if w.Targets[i] > 0 {
				targets = append(targets, l.F(i18n.WeekOfTarget, l.Kind(k.Kind), w.Entries[i], w.Targets[i]))
			}
		}
		if len(targets) > 0 {
			parts = append(parts, l.F(i18n.WeekTargets, strings.Join(targets, ", ")))
		}
	}
	return strings.Join(parts, " · ")
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
		req.wantOutcomes(outcomeRange(c.day))
	}
}

// outcomesLoaded reports whether the snapshot holds the outcomes of the
// week and the month of the shown day.
func (c *common) outcomesLoaded() bool {
	from, to := outcomeRange(c.day)
	return c.snap.hasOutcomes(from, to)
}
