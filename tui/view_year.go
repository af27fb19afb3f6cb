package tui

import (
	"fmt"
	"strings"
	"time"

	"ritme/rhythm"
)

// yearView is the year as a calendar heatmap: weeks as columns, weekdays as
// rows, each working day shaded by its completion.
type yearView struct{ c *common }

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

func (v yearView) View() string {
	c, s := v.c, v.c.styles
	year := c.day.Year()
	first, last := rhythm.YearStart(year), rhythm.YearEnd(year)
	p := c.snap.tracker.Period(first, last, c.today)
	start := rhythm.WeekStart(first)
	weeks := int(last-start)/7 + 1
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", s.heading.Render(fmt.Sprintf("%d", year)))
	// Month labels above the week in which each month starts.
	labels := []rune(strings.Repeat(" ", weeks+4))
	for m := time.January; m <= time.December; m++ {
		col := int(rhythm.NewDate(year, m, 1)-start)/7 + 4
		name := []rune(m.String()[:3])
		if col+len(name) <= len(labels) && (col == 4 || labels[col-1] == ' ') {
			copy(labels[col:], name)
		}
	}
	b.WriteString(s.subtle.Render(strings.TrimRight(string(labels), " ")) + "\n")
	for row := range 7 {
		wd := time.Weekday((row + 1) % 7)
		b.WriteString(s.subtle.Render(fmt.Sprintf("%-4s", wd.String()[:3])))
		for w := range weeks {
			d := start + rhythm.Date(w*7+row)
			if d < first || d > last {
				b.WriteString(" ")
				continue
			}
			cell := v.cell(p.Days[d-first])
			if d == c.day {
				cell = s.today.Render(ansiStripped(cell))
			}
			b.WriteString(cell)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(s.subtle.Render("legend ") +
		s.heat[0].Render(heatNone) + " none  " + s.heat[1].Render(heatSome) + " some  " +
		s.heat[3].Render(heatMost) + " most  " + s.heat[4].Render(heatMet) + " met  " +
		s.dayOff.Render(heatHol) + " holiday  " + s.onLeave.Render(heatLeave) + " leave  " +
		s.faint.Render(heatFuture) + " to come\n\n")
	st := c.snap.tracker.Status(min(c.today, last))
	var kinds []string
	for i, k := range p.Kinds {
		annual := st.Year.AnnualTarget(k.Daily)
		kinds = append(kinds, fmt.Sprintf("%s %s/%d (%s)", s.label.Render(string(k.Kind)), fmt.Sprint(p.Done[i]), annual, s.signed(p.Pace[i])))
	}
	b.WriteString(strings.Join(kinds, "  ") + "\n")
	fmt.Fprintf(&b, "%s", s.subtle.Render(fmt.Sprintf("%d of %d working days met · %d available days in %d",
		p.MetDays, p.WorkingDays, st.Year.AvailableDays, year)))
	return b.String()
}

// cell renders one day of the heatmap.
func (v yearView) cell(d rhythm.Day) string {
	s := v.c.styles
	switch {
	case d.Leave:
		return s.onLeave.Render(heatLeave)
	case d.Holiday != "" && !d.Working:
		return s.dayOff.Render(heatHol)
	case !d.Working:
		return heatOff
	case d.Date > v.c.today:
		return s.faint.Render(heatFuture)
	case d.Met:
		return s.heat[4].Render(heatMet)
	case d.Completion >= 0.5:
		return s.heat[3].Render(heatMost)
	case d.Completion > 0:
		return s.heat[1].Render(heatSome)
	}
	return s.heat[0].Render(heatNone)
}
