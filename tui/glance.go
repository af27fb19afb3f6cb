package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"ritme/rhythm"
)

// Glyphs of the checklist. A done box and an open box differ in shape, not
// only in colour.
const (
	glyphDone = "■"
	glyphOpen = "□"
	glyphMet  = "✓"
	glyphMiss = "✗"
)

// maxBoxes is the widest target drawn as boxes; larger targets show counts.
const maxBoxes = 12

// boxRow draws done out of target as boxes, with any surplus as +N.
func (s *styles) boxRow(done, target int) string {
	if target > maxBoxes {
		return s.boxDone.Render(fmt.Sprintf("%d", min(done, target))) + s.subtle.Render(fmt.Sprintf("/%d", target)) + s.extra(done-target)
	}
	filled := min(done, target)
	return s.boxDone.Render(strings.Repeat(glyphDone, filled)) +
		s.boxOpen.Render(strings.Repeat(glyphOpen, target-filled)) + s.extra(done-target)
}

func (s *styles) extra(n int) string {
	if n <= 0 {
		return ""
	}
	return " " + s.boxExtra.Render(fmt.Sprintf("+%d", n))
}

// dayState says in words how a day stands.
func dayState(working, met bool, open int) string {
	switch {
	case !working:
		return "not a working day"
	case met:
		return "day met " + glyphMet
	case open == 1:
		return "not met yet: 1 to go"
	}
	return fmt.Sprintf("not met yet: %d to go", open)
}

// openCount is how many entries the day still needs to be met.
func openCount(ks []rhythm.KindStatus) int {
	n := 0
	for _, k := range ks {
		n += max(0, k.Target-k.Today)
	}
	return n
}

// Glance renders `ritme status`: today's checklist, streaks, score and the
// year to date, in a few lines.
func Glance(st rhythm.Status) string {
	s := newStyles(true)
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n", s.heading.Render(longDate(st.Date)), dayState(st.WorkingDay, st.DayMet, openCount(st.Kinds)))
	width, boxes := 0, 0
	for _, k := range st.Kinds {
		width = max(width, len(k.Kind))
		boxes = max(boxes, lipgloss.Width(s.boxRow(k.Today, k.Target)))
	}
	for _, k := range st.Kinds {
		mark := " "
		if k.Target > 0 && k.Today >= k.Target {
			mark = s.good.Render(glyphMet)
		}
		fmt.Fprintf(&b, "%s  %s %s  ytd %s of %d · expected %d · pace %s · need %d/day\n",
			s.label.Render(padRight(string(k.Kind), width)),
			padRight(s.boxRow(k.Today, k.Target), boxes),
			padRight(fmt.Sprintf("%d/%d", k.Today, k.Target), 5)+padRight(mark, 1),
			s.heading.Render(fmt.Sprint(k.YTD)), k.AnnualTarget, k.Expected, s.signed(k.Pace), k.Needed)
	}
	fmt.Fprintf(&b, "streak %s · best %d · score %.2f · %d of %d available days elapsed\n",
		s.heading.Render(fmt.Sprint(st.Streak.Current)), st.Streak.Best, st.Score, st.ElapsedDays, st.Year.AvailableDays)
	return b.String()
}

// DaysTable renders `ritme days`: the availability of a year, the holidays
// it subtracts and the annual targets that follow.
func DaysTable(av rhythm.Availability, set rhythm.Settings) string {
	s := newStyles(true)
	var b strings.Builder
	fmt.Fprintf(&b, "%s · workdays %s · holidays %s\n\n", s.heading.Render(fmt.Sprint(av.Year)), set.Workdays, set.Holidays.Code())
	row := func(label string, n int, note string) {
		fmt.Fprintf(&b, "  %-16s %4d  %s\n", label, n, s.subtle.Render(note))
	}
	row("weekdays", av.Weekdays, "days whose weekday is a workday")
	row("− holidays", len(av.Holidays), "public holidays on a workday, listed below")
	row("= working days", av.WorkingDays, "")
	row("− vacation days", av.VacationDays, "setting vacation_days")
	row("− reserve days", av.ReserveDays, "setting reserve_days: sickness, training, other")
	fmt.Fprintf(&b, "  %-16s %s\n", "= available days", padLeft(s.heading.Render(fmt.Sprint(av.AvailableDays)), 4))
	b.WriteString("\n")
	var targets []string
	for _, t := range set.Targets {
		targets = append(targets, fmt.Sprintf("%d %s (%d/day)", av.AnnualTarget(t.Daily), t.Kind, t.Daily))
	}
	fmt.Fprintf(&b, "  annual targets: %s\n", strings.Join(targets, " · "))
	if len(av.Holidays) > 0 {
		b.WriteString("\n  holidays on workdays:\n")
		for _, h := range av.Holidays {
			fmt.Fprintf(&b, "    %s  %s\n", s.subtle.Render(shortDate(h.Date)), h.Name)
		}
	}
	return b.String()
}

// longDate writes "Fri 27 Nov 2026".
func longDate(d rhythm.Date) string { return d.Time().Format("Mon 2 Jan 2006") }

// shortDate writes "Fri 27 Nov".
func shortDate(d rhythm.Date) string { return d.Time().Format("Mon 2 Jan") }

// TouchBar draws an account's touches against the 5–7 rule: seven boxes,
// the first five a lighter shape, and a + for each touch beyond seven.
func TouchBar(touches int) string {
	var b strings.Builder
	for i := range 7 {
		switch {
		case i < touches:
			b.WriteString(glyphDone)
		default:
			b.WriteString(glyphOpen)
		}
	}
	if touches > 7 {
		b.WriteString("+")
	}
	return b.String()
}
