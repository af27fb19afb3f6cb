package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

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

// boxes returns done out of target as the texts of a row of boxes: the
// ticked ones, the open ones, and any surplus as "+N". A target above
// maxBoxes is written as "3" and "/20".
func boxes(done, target int) (ticked, open, extra string) {
	if done > target {
		extra = fmt.Sprintf("+%d", done-target)
	}
	if target > maxBoxes {
		return fmt.Sprint(min(done, target)), fmt.Sprintf("/%d", target), extra
	}
	filled := min(done, target)
	return strings.Repeat(glyphDone, filled), strings.Repeat(glyphOpen, target-filled), extra
}

// boxRow draws done out of target as styled boxes.
func (s *styles) boxRow(done, target int) string {
	ticked, open, extra := boxes(done, target)
	row := s.boxDone.Render(ticked) + s.boxOpen.Render(open)
	if extra != "" {
		row += " " + s.boxExtra.Render(extra)
	}
	return row
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
	s := newLineStyles()
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n", s.heading.Styled(l.LongDate(st.Date)), dayState(l, st.WorkingDay, st.DayMet, openCount(st.Kinds)))
	width, boxWidth := 0, 0
	for _, k := range st.Kinds {
		width = max(width, runes(l.Kind(k.Kind)))
		ticked, open, extra := boxes(k.Today, k.Target)
		boxWidth = max(boxWidth, runes(ticked+open)+runes(extra)+min(1, len(extra)))
	}
	for _, k := range st.Kinds {
		ticked, open, extra := boxes(k.Today, k.Target)
		row := paint(s.boxDone, ticked) + paint(s.boxOpen, open)
		used := runes(ticked + open)
		if extra != "" {
			row += " " + s.boxExtra.Styled(extra)
			used += 1 + runes(extra)
		}
		mark := " "
		if k.Target > 0 && k.Today >= k.Target {
			mark = s.good.Styled(glyphMet)
		}
		count := fmt.Sprintf("%d/%d", k.Today, k.Target)
		b.WriteString(s.label.Styled(pad(l.Kind(k.Kind), width)) + "  " + row + strings.Repeat(" ", boxWidth-used) + " " +
			pad(count, 5) + mark + "  " +
			l.F(msgGlanceKind, s.heading.Styled(fmt.Sprint(k.YTD)), k.AnnualTarget, k.Expected, s.signed(k.Pace), k.Needed) + "\n")
	}
	b.WriteString(l.F(msgGlanceStreak, s.heading.Styled(fmt.Sprint(st.Streak.Current)), st.Streak.Best, st.Score,
		st.ElapsedDays, st.Year.AvailableDays) + "\n")
	return b.String()
}

// DaysTable renders `ritme days` in l: the availability of a year, the
// holidays it subtracts and the annual targets that follow.
func DaysTable(av rhythm.Availability, set rhythm.Settings, l Lang) string {
	s := newLineStyles()
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n\n", s.heading.Styled(fmt.Sprint(av.Year)), l.F(msgDaysTitle, set.Workdays, set.Holidays.Code()))
	row := func(label Msg, n int, note Msg) {
		fmt.Fprintf(&b, "  %s %4d  %s\n", pad(label.In(l), 18), n, s.subtle.Styled(note.In(l)))
	}
	row(msgDaysWeekdays, av.Weekdays, msgDaysWeekdaysNote)
	row(msgDaysHolidays, len(av.Holidays), msgDaysHolidaysNote)
	row(msgDaysWorking, av.WorkingDays, msgEmpty)
	row(msgDaysVacation, av.VacationDays, msgDaysVacationNote)
	row(msgDaysReserve, av.ReserveDays, msgDaysReserveNote)
	fmt.Fprintf(&b, "  %s %s\n", pad(msgDaysAvailable.In(l), 18), s.heading.Styled(fmt.Sprintf("%4d", av.AvailableDays)))
	b.WriteString("\n")
	var targets []string
	for _, t := range set.Targets {
		targets = append(targets, l.F(msgDaysTarget, av.AnnualTarget(t.Daily), l.Kind(t.Kind), t.Daily))
	}
	b.WriteString("  " + l.F(msgDaysTargets, strings.Join(targets, " · ")) + "\n")
	if len(av.Holidays) > 0 {
		b.WriteString("\n  " + msgDaysHolidayList.In(l) + "\n")
		for _, h := range av.Holidays {
			fmt.Fprintf(&b, "    %s  %s\n", s.subtle.Styled(pad(l.ShortDate(h.Date), 10)), h.Name)
		}
	}
	return b.String()
}

// paint styles text, and leaves empty text empty.
func paint(st ansi.Style, text string) string {
	if text == "" {
		return ""
	}
	return st.Styled(text)
}

// runes is the width of text without wide characters or styling: every
// text the command line pads is such.
func runes(s string) int { return utf8.RuneCountInString(s) }

// pad pads plain text with spaces to width.
func pad(s string, width int) string {
	if n := runes(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
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
