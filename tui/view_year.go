package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// yearView is the year as a calendar heatmap: weeks as columns, weekdays as
// rows, each working day shaded by its completion.
type yearView struct {
	c *common
	size
}

func newYearView(c *common) *yearView { return &yearView{c: c} }

// Update moves the shown day a year back or on for [ and ], keeping the day
// of the month.
func (v *yearView) Update(msg tea.Msg) (view, tea.Cmd) {
	if dir := v.c.periodDir(msg); dir != 0 {
		y, mo, _ := v.c.day.Civil()
		v.c.showDay(v.c.dayIn(rhythm.NewDate(y+dir, mo, 1)))
	}
	return v, nil
}

func (v *yearView) bindings() []*key.Binding { return v.c.keys.periodKeys() }

// Heatmap glyphs, so that the levels differ without colour too.
const (
	heatNone   = "·" // a working day with nothing logged
	heatSome   = "░" // under half done
	heatMost   = "▒" // half or more, not met
	heatMet    = "█" // met
	heatOff    = " " // weekend
	heatHol    = "*" // holiday
	heatLeave  = "~" // leave
	heatFuture = "." // a working day still to come
)

// yearLabel is the width of the weekday labels before the heatmap.
const yearLabel = 4

// View draws the heatmap, a row that marks the met weeks, its legend and
// the year's figures. On a terminal too narrow for every week it shows the
// weeks around the shown day, and says which.
func (v *yearView) View() string {
	c, s, l := v.c, v.c.styles, v.c.lang
	year := c.day.Year()
	first, last := rhythm.YearStart(year), rhythm.YearEnd(year)
	p := c.snap.tracker.Period(first, last, c.today)
	start := rhythm.WeekStart(first)
	weeks := int(last-start)/7 + 1
	// The columns in sight: every week, or as many as fit around the day.
	from, cols := 0, weeks
	if avail := max(1, v.width-yearLabel); avail < weeks {
		cols = avail
		from = max(0, min(int(c.day-start)/7-cols/2, weeks-cols))
	}
	var b strings.Builder
	title := s.heading.Render(fmt.Sprint(year))
	if cols < weeks {
		_, a := (start + rhythm.Date(7*from)).Time().ISOWeek()
		_, z := (start + rhythm.Date(7*(from+cols-1))).Time().ISOWeek()
		title += "  " + s.subtle.Render(l.F(i18n.NarrowWeeks, a, z))
	}
	b.WriteString(title + "\n\n")
	// Month labels above the week in which each month starts.
	labels := []rune(strings.Repeat(" ", cols+yearLabel))
	for m := 1; m <= 12; m++ {
		col := int(rhythm.NewDate(year, time.Month(m), 1)-start)/7 - from + yearLabel
		name := []rune(l.Month(m))
		if col >= yearLabel && col+len(name) <= len(labels) && (col == yearLabel || labels[col-1] == ' ') {
			copy(labels[col:], name)
		}
	}
	b.WriteString(s.subtle.Render(strings.TrimRight(string(labels), " ")) + "\n")
	glyphs := v.glyphs()
	for row := range 7 {
		b.WriteString(s.subtle.Render(padRight(l.Weekday(start+rhythm.Date(row)), yearLabel)))
		for w := from; w < from+cols; w++ {
			d := start + rhythm.Date(w*7+row)
			if d < first || d > last {
				b.WriteString(" ")
				continue
			}
			level := v.level(p.Days[d-first])
			if d == c.day {
				b.WriteString(s.today.Render(heatGlyphs[level]))
			} else {
				b.WriteString(glyphs[level])
			}
		}
		b.WriteString("\n")
	}
	// The met weeks, under the weeks they close.
	b.WriteString(strings.Repeat(" ", yearLabel))
	for w := from; w < from+cols; w++ {
		mark := weekMark(s, weekHolding(p.Weeks, min(start+rhythm.Date(w*7+6), last)), c.today)
		b.WriteString(padRight(mark, 1))
	}
	b.WriteString("\n\n")
	legend := []struct {
		level heatLevel
		name  i18n.Text
	}{{levelNone, i18n.LegendNone}, {levelSome, i18n.LegendSome}, {levelMost, i18n.LegendMost}, {levelMet, i18n.LegendMet},
		{levelHoliday, i18n.LegendHol}, {levelLeave, i18n.LegendLeave}, {levelFuture, i18n.LegendCome}}
	items := []string{s.subtle.Render(i18n.Legend.In(l))}
	for _, e := range legend {
		items = append(items, glyphs[e.level]+" "+e.name.In(l))
	}
	items = append(items, s.good.Render(i18n.GlyphMet)+" "+i18n.LegendWeekMet.In(l))
	b.WriteString(wrapItems(items, "  ", v.width) + "\n\n")
	av := c.snap.tracker.Calendar.Availability(year)
	annual := c.snap.tracker.AnnualTargets(year, c.today)
	var kinds []string
	for i, k := range p.Kinds {
		kinds = append(kinds, fmt.Sprintf("%s %d/%d (%s)", s.label.Render(l.Kind(k.Kind)), p.Done[i], annual[i], s.signed(p.Pace[i])))
	}
	b.WriteString(wrapItems(kinds, "  ", v.width) + "\n")
	met := l.Plural(p.WorkingDays, i18n.DaysMetOf.One, i18n.DaysMetOf.Many, p.MetDays)
	b.WriteString(wrapItems([]string{s.subtle.Render(met), s.subtle.Render("· " + l.F(i18n.YearAvailable, l.Count(i18n.AvailableDays, av.AvailableDays), year))}, " ", v.width))
	return b.String()
}

// heatLevel classifies a day of the heatmap.
type heatLevel int

const (
	levelNone heatLevel = iota
	levelSome
	levelMost
	levelMet
	levelOff
	levelHoliday
	levelLeave
	levelFuture
	levelCount
)

var heatGlyphs = [levelCount]string{heatNone, heatSome, heatMost, heatMet, heatOff, heatHol, heatLeave, heatFuture}

// glyphs renders each level's glyph once, for the whole heatmap.
func (v *yearView) glyphs() [levelCount]string {
	s := v.c.styles
	styles := [levelCount]lipgloss.Style{s.heat[0], s.heat[1], s.heat[2], s.heat[3], s.text, s.dayOff, s.onLeave, s.faint}
	var out [levelCount]string
	for i, g := range heatGlyphs {
		out[i] = styles[i].Render(g)
	}
	return out
}

// level classifies one day of the heatmap.
func (v *yearView) level(d rhythm.Day) heatLevel {
	switch {
	case d.Leave:
		return levelLeave
	case d.Holiday != "" && !d.Working:
		return levelHoliday
	case !d.Working, !d.Owed:
		return levelOff // a day off, or before the start: nothing owed
	case d.Date > v.c.today:
		return levelFuture
	case d.Met:
		return levelMet
	case d.Completion >= 0.5:
		return levelMost
	case d.Completion > 0:
		return levelSome
	}
	return levelNone
}
