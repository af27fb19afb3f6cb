package cli

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"ritme/i18n"
	"ritme/rhythm"
)

// glance renders `ritme status` in l: today's checklist, streaks, score and
// the year to date, in a few lines.
func glance(st rhythm.Status, l i18n.Lang) string {
	s := newLineStyles()
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n", s.heading.Styled(l.LongDate(st.Date)), l.DayState(st.WorkingDay, st.DayMet, st.Open()))
	width, boxWidth := 0, 0
	for _, k := range st.Kinds {
		width = max(width, runes(l.Kind(k.Kind)))
		done, target := glanceBoxes(k)
		ticked, open, extra := i18n.Boxes(done, target)
		boxWidth = max(boxWidth, runes(ticked+open)+runes(extra)+min(1, len(extra)))
	}
	for _, k := range st.Kinds {
		done, target := glanceBoxes(k)
		ticked, open, extra := i18n.Boxes(done, target)
		row := paint(s.boxDone, ticked) + paint(s.boxOpen, open)
		used := runes(ticked + open)
		if extra != "" {
			row += " " + s.boxExtra.Styled(extra)
			used += 1 + runes(extra)
		}
		mark := " "
		if target > 0 && done >= target {
			mark = s.good.Styled(i18n.GlyphMet)
		}
		count := fmt.Sprintf("%d/%d", done, target)
		figures := l.F(i18n.GlanceKind, s.heading.Styled(fmt.Sprint(k.YTD)), k.AnnualTarget, k.Expected, s.signed(k.Pace), k.Need)
		if k.Weekly {
			count += "w"
			figures = l.F(i18n.GlanceKindWeekly, s.heading.Styled(fmt.Sprint(k.YTD)), k.AnnualTarget, k.Expected, s.signed(k.Pace), k.Need)
		}
		b.WriteString(s.label.Styled(pad(l.Kind(k.Kind), width)) + "  " + row + strings.Repeat(" ", boxWidth-used) + " " +
			pad(count, 5) + mark + "  " + figures + "\n")
	}
	b.WriteString(l.F(i18n.GlanceStreak, s.heading.Styled(fmt.Sprint(st.Streak.Current)), st.Streak.Best, st.Score,
		l.Plural(st.Year.AvailableDays, i18n.Elapsed.One, i18n.Elapsed.Many, st.ElapsedDays)) + "\n")
	b.WriteString(glanceWeek(st, l, s))
	return b.String()
}

// glanceWeek writes how the week stands and the week streak, when a kind
// is weekly: its target is the week's, so the week is what the rep plays
// for.
func glanceWeek(st rhythm.Status, l i18n.Lang, s lineStyles) string {
	weekly := false
	for _, k := range st.Kinds {
		weekly = weekly || k.Weekly
	}
	if !weekly {
		return ""
	}
	state := i18n.WeekOpenState.In(l)
	switch st.Week {
	case rhythm.WeekMet:
		state = s.good.Styled(i18n.WeekMetState.In(l))
	case rhythm.WeekMissed:
		state = s.bad.Styled(i18n.WeekMissState.In(l))
	case rhythm.WeekNone:
		state = i18n.WeekNoneState.In(l)
	}
	return l.F(i18n.GlanceWeek, state, s.heading.Styled(fmt.Sprint(st.WeekStreak.Current)), st.WeekStreak.Best) + "\n"
}

// statusLine renders `ritme status --line` in l: each kind with a target
// as done/target ("mail 3/5"; a weekly kind as its week entries over the
// week's effective target, "visit 2/3w"), then the streak, on one line for
// a shell prompt or a tmux status bar. A kind that reached its target is
// green on a terminal.
func statusLine(st rhythm.Status, l i18n.Lang) string {
	s := newLineStyles()
	var parts []string
	for _, k := range st.Kinds {
		if k.Target == 0 {
			continue
		}
		done, target := glanceBoxes(k)
		count := fmt.Sprintf("%d/%d", done, target)
		if k.Weekly {
			count += "w"
		}
		if done >= target {
			count = s.good.Styled(count)
		}
		parts = append(parts, l.Kind(k.Kind)+" "+count)
	}
	parts = append(parts, l.F(i18n.LineStreak, st.Streak.Current))
	if len(parts) == 1 {
		return parts[0] + "\n"
	}
	return strings.Join(parts[:len(parts)-1], " ") + " · " + parts[len(parts)-1] + "\n"
}

// glanceBoxes returns what a kind's row of boxes shows: today's entries
// against the daily target, or for a weekly kind the week entries against
// the week's effective target.
func glanceBoxes(k rhythm.KindStatus) (done, target int) {
	if k.Weekly {
		return k.Week, k.WeekTarget
	}
	return k.Today, k.Target
}

// daysTable renders `ritme days` in l: the availability of a year, the
// holidays it subtracts and the annual targets that follow.
func daysTable(av rhythm.Availability, t *rhythm.Tracker, on rhythm.Date, annual []int, l i18n.Lang) string {
	s := newLineStyles()
	var b strings.Builder
	fmt.Fprintf(&b, "%s · %s\n\n", s.heading.Styled(fmt.Sprint(av.Year)),
		l.F(i18n.DaysTitle, t.Calendar.Workdays(on), t.History().HolidaysIn(av.Year).Code()))
	row := func(label i18n.Text, n int, note i18n.Text) {
		fmt.Fprintf(&b, "  %s %4d  %s\n", pad(label.In(l), 18), n, s.subtle.Styled(note.In(l)))
	}
	row(i18n.DaysWeekdays, av.Weekdays, i18n.DaysWeekdaysNote)
	row(i18n.DaysHolidays, len(av.Holidays), i18n.DaysHolidaysNote)
	row(i18n.DaysWorking, av.WorkingDays, i18n.Empty)
	row(i18n.DaysVacation, av.VacationDays, i18n.DaysVacationNote)
	row(i18n.DaysReserve, av.ReserveDays, i18n.DaysReserveNote)
	fmt.Fprintf(&b, "  %s %s\n", pad(i18n.DaysAvailable.In(l), 18), s.heading.Styled(fmt.Sprintf("%4d", av.AvailableDays)))
	b.WriteString("\n")
	var targets []string
	for i, k := range t.Targets(on) {
		per := l.F(i18n.PerDay, k.Target.N)
		if k.Target.IsWeekly() {
			per = l.F(i18n.PerWeek, k.Target.N)
		}
		targets = append(targets, l.F(i18n.DaysTarget, annual[i], l.Kind(k.Kind), per))
	}
	b.WriteString("  " + l.F(i18n.DaysTargets, strings.Join(targets, " · ")) + "\n")
	if len(av.Holidays) > 0 {
		b.WriteString("\n  " + i18n.DaysHolidayList.In(l) + "\n")
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

// lineStyles style the lines that commands print (`ritme status`, `ritme
// days`) in the TUI's semantic ANSI colours. They are plain SGR sequences:
// unlike lipgloss they never measure text, and measuring loads Unicode
// tables that cost a glance about 1 MiB of memory.
type lineStyles struct {
	heading, label, subtle, good, bad, boxDone, boxOpen, boxExtra ansi.Style
}

func newLineStyles() lineStyles {
	bold := ansi.NewStyle().Bold()
	return lineStyles{
		heading:  bold,
		label:    bold,
		subtle:   ansi.NewStyle().ForegroundColor(ansi.BrightBlack),
		good:     ansi.NewStyle().ForegroundColor(ansi.Green),
		bad:      ansi.NewStyle().ForegroundColor(ansi.Red),
		boxDone:  bold.ForegroundColor(ansi.Green),
		boxOpen:  ansi.NewStyle().ForegroundColor(ansi.BrightBlack),
		boxExtra: bold.ForegroundColor(ansi.Magenta),
	}
}

// signed writes a pace with its sign: green when ahead, red when behind.
func (s lineStyles) signed(n int) string {
	switch {
	case n > 0:
		return s.good.Styled(i18n.Signed(n))
	case n < 0:
		return s.bad.Styled(i18n.Signed(n))
	}
	return i18n.Signed(n)
}
