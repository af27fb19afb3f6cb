package tui

import (
	"fmt"
	"strings"

	"ritme/i18n"
	"ritme/rhythm"

	"charm.land/lipgloss/v2"
)

// What Today draws of each kind's row, and how it fits a small terminal.

// kindRow draws a kind's row of boxes: today's entries against the daily
// target ("mail ■■■□□  3/5"), or for a weekly kind the week's entries
// against the week's effective target ("visit ■■□□  2/4 this week").
func (v *todayView) kindRow(kinds []rhythm.KindStatus, k rhythm.KindStatus) string {
	s, l := v.c.styles, v.c.lang
	done, target, suffix := k.Today, k.Target, ""
	if k.Weekly {
		done, target, suffix = k.Week, k.WeekTarget, " "+i18n.ThisWeek.In(l)
	}
	mark := ""
	if target > 0 && done >= target {
		mark = " " + s.good.Render(i18n.GlyphMet)
	}
	return fmt.Sprintf("%s %s  %s%s", s.label.Render(padRight(l.Kind(k.Kind), kindWidth(l, kinds))),
		s.boxRow(done, target), s.subtle.Render(fmt.Sprintf("%d/%d", done, target)+suffix), mark)
}

// needText writes a kind's need: a day's, or a week's with a w ("4w").
func needText(k rhythm.KindStatus) string {
	if k.Weekly {
		return fmt.Sprintf("%dw", k.Need)
	}
	return fmt.Sprint(k.Need)
}

// surplus reports whether the i-th entry of the day is beyond the kind's
// target: today's for a daily kind, the week's for a weekly one.
func surplus(k rhythm.KindStatus, i int) bool {
	if k.Weekly {
		return k.Week-k.Today+i >= k.WeekTarget
	}
	return i >= k.Target
}

// shown reports whether Today lists a kind: one with a target, or with
// entries on the day.
func shown(k rhythm.KindStatus) bool { return k.Target > 0 || k.Today > 0 }

// compactChecklist is the checklist for a terminal too short for the full
// one: every kind's row without the plan and the who and when under it, and
// a line that says so.
func (v *todayView) compactChecklist(st rhythm.Status, full string) string {
	lines := strings.SplitN(full, "\n", 3) // the title and the day's state
	var b strings.Builder
	b.WriteString(lines[0] + "\n" + lines[1])
	hidden := false
	for _, k := range st.Kinds {
		if shown(k) || v.planHasKind(k.Kind) {
			b.WriteString("\n" + v.kindRow(st.Kinds, k))
			hidden = hidden || k.Today > 0 || v.planHasKind(k.Kind)
		}
	}
	if hidden {
		b.WriteString("\n" + v.c.styles.subtle.Render(i18n.EntriesHidden.In(v.c.lang)))
	}
	return b.String()
}

// fitChecklist fits the checklist into height lines: whole when it fits;
// else every kind's row (compactChecklist) when that fits; else whole,
// scrolled to keep the selected plan item in sight (fitLines).
func (v *todayView) fitChecklist(st rhythm.Status, height int) string {
	full := v.checklist(st)
	if lipgloss.Height(full) <= height {
		return full
	}
	if compact := v.compactChecklist(st, full); lipgloss.Height(compact) <= height {
		return compact
	}
	return fitLines(full, height, v.selLine, v.c.styles, v.c.lang)
}

// withoutFigures is the checklist alone, on a terminal too narrow to put
// the figures beside it and too short to put them below, with a line that
// says they are hidden (which the frame cuts, saying so, when the checklist
// fills the view).
func (v *todayView) withoutFigures(checklist string) string {
	return checklist + "\n" + v.c.styles.subtle.Render(i18n.NarrowFigures.In(v.c.lang))
}
