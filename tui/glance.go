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
func dayState(l Lang, working, met bool, open int) string {
	switch {
	case !working:
		return msgNotWorking.In(l)
	case met:
		return msgDayMet.In(l)
	}
	return l.F(msgToGo, open)
}

// openCount is how many entries the day still needs to be met.
func openCount(ks []rhythm.KindStatus) int {
	n := 0
	for _, k := range ks {
		n += max(0, k.Target-k.Today)
	}
	return n
}

// Glance renders `ritme status` in l: today's checklist, streaks, score and
// the year to date, in a few lines.
func Glance(st rhythm.Status, l Lang) string {
	s := newStyles(true)
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n", s.heading.Render(l.LongDate(st.Date)), dayState(l, st.WorkingDay, st.DayMet, openCount(st.Kinds)))
	width, boxes := 0, 0
	for _, k := range st.Kinds {
		width = max(width, len([]rune(l.Kind(k.Kind))))
		boxes = max(boxes, lipgloss.Width(s.boxRow(k.Today, k.Target)))
	}
	for _, k := range st.Kinds {
		mark := " "
		if k.Target > 0 && k.Today >= k.Target {
			mark = s.good.Render(glyphMet)
		}
		b.WriteString(s.label.Render(padRight(l.Kind(k.Kind), width)) + "  " + padRight(s.boxRow(k.Today, k.Target), boxes) + " " +
			padRight(fmt.Sprintf("%d/%d", k.Today, k.Target), 5) + padRight(mark, 1) + "  " +
			l.F(msgGlanceKind, s.heading.Render(fmt.Sprint(k.YTD)), k.AnnualTarget, k.Expected, s.signed(k.Pace), k.Needed) + "\n")
	}
	b.WriteString(l.F(msgGlanceStreak, s.heading.Render(fmt.Sprint(st.Streak.Current)), st.Streak.Best, st.Score,
		st.ElapsedDays, st.Year.AvailableDays) + "\n")
	return b.String()
}

// DaysTable renders `ritme days` in l: the availability of a year, the
// holidays it subtracts and the annual targets that follow.
func DaysTable(av rhythm.Availability, set rhythm.Settings, l Lang) string {
	s := newStyles(true)
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n\n", s.heading.Render(fmt.Sprint(av.Year)), l.F(msgDaysTitle, set.Workdays, set.Holidays.Code()))
	row := func(label Msg, n int, note Msg) {
		fmt.Fprintf(&b, "  %s %4d  %s\n", padRight(label.In(l), 18), n, s.subtle.Render(note.In(l)))
	}
	row(msgDaysWeekdays, av.Weekdays, msgDaysWeekdaysNote)
	row(msgDaysHolidays, len(av.Holidays), msgDaysHolidaysNote)
	row(msgDaysWorking, av.WorkingDays, msgEmpty)
	row(msgDaysVacation, av.VacationDays, msgDaysVacationNote)
	row(msgDaysReserve, av.ReserveDays, msgDaysReserveNote)
	fmt.Fprintf(&b, "  %s %s\n", padRight(msgDaysAvailable.In(l), 18), padLeft(s.heading.Render(fmt.Sprint(av.AvailableDays)), 4))
	b.WriteString("\n")
	var targets []string
	for _, t := range set.Targets {
		targets = append(targets, l.F(msgDaysTarget, av.AnnualTarget(t.Daily), l.Kind(t.Kind), t.Daily))
	}
	b.WriteString("  " + l.F(msgDaysTargets, strings.Join(targets, " · ")) + "\n")
	if len(av.Holidays) > 0 {
		b.WriteString("\n  " + msgDaysHolidayList.In(l) + "\n")
		for _, h := range av.Holidays {
			fmt.Fprintf(&b, "    %s  %s\n", s.subtle.Render(padRight(l.ShortDate(h.Date), 10)), h.Name)
		}
	}
	return b.String()
}

// TouchBar draws an account's touches against the 5–7 rule: seven boxes,
// filled for each touch, and a + when there are more than seven.
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
