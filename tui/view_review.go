package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// reviewView is the look back of `ritme review`: a week or a month beside
// the one before, every figure with the difference, and the accounts the
// period moved. [ and ] step through the periods, w switches between weeks
// and months, and the list keys scroll what does not fit.
type reviewView struct {
	c *common
	size
	span rhythm.Span
	// at is a day of the period reviewed; zero for the last complete one.
	at rhythm.Date
	// offset is the first row of figures in sight.
	offset int
	review memo[reviewKey, rhythm.Review]
}

// reviewKey is what a review is computed for, besides the snapshot.
type reviewKey struct {
	span      rhythm.Span
	at, today rhythm.Date
}

func newReviewView(c *common) *reviewView { return &reviewView{c: c} }

func (v *reviewView) bindings() []*key.Binding {
	k := v.c.keys
	return append(append(k.periodKeys(), k.listKeys()...), &k.Span)
}

// day returns a day of the period reviewed.
func (v *reviewView) day() rhythm.Date {
	if v.at.IsZero() {
		return v.span.LastComplete(v.c.today)
	}
	return v.at
}

// periods returns the first day of the period before and the last day
// reviewed: the dates whose outcomes the review counts.
func (v *reviewView) periods() (before, through rhythm.Date) {
	from, to := v.span.Around(v.day())
	before, _ = v.span.Around(from - 1)
	return before, min(to, v.c.today)
}

// request adds the accounts and the outcomes of both periods to req; see
// partView.
func (v *reviewView) request(req *loadRequest, active bool) {
	snap := v.c.snap
	if active || (snap != nil && snap.accounts != nil && v.loaded()) {
		req.accounts, req.history = true, true
		req.wantOutcomes(v.periods())
	}
}

// loaded reports whether the snapshot holds what the review reads.
func (v *reviewView) loaded() bool {
	return v.c.snap.accounts != nil && v.c.snap.history != nil && v.c.snap.hasOutcomes(v.periods())
}

// Update steps to the period before or after ([ and ], never past the one
// that holds today), switches between weeks and months (w) and scrolls.
func (v *reviewView) Update(msg tea.Msg) (view, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return v, nil
	}
	k := v.c.keys
	from, to := v.span.Around(v.day())
	switch {
	case key.Matches(press, k.PrevPeriod):
		v.at, v.offset = from-1, 0
	case key.Matches(press, k.NextPeriod):
		if to < v.c.today {
			v.at, v.offset = to+1, 0
		}
	case key.Matches(press, k.Span):
		// The other span's period that holds the last day reviewed.
		v.at, v.offset = min(to, v.c.today), 0
		v.span = map[rhythm.Span]rhythm.Span{rhythm.SpanWeek: rhythm.SpanMonth, rhythm.SpanMonth: rhythm.SpanWeek}[v.span]
	case key.Matches(press, k.Up):
		v.offset--
	case key.Matches(press, k.Down):
		v.offset++
	case key.Matches(press, k.PageUp):
		v.offset -= v.height
	case key.Matches(press, k.PageDown):
		v.offset += v.height
	}
	if !v.loaded() {
		return v, send(reloadMsg{})
	}
	return v, nil
}

// View draws the title, the keys, and the figures in one column, or in
// two side by side where they fit; what does not fit scrolls.
func (v *reviewView) View() string {
	c, s, l := v.c, v.c.styles, v.c.lang
	if !v.loaded() {
		return s.heading.Render(i18n.ReviewTitle.In(l)) + "\n\n" + s.subtle.Render(i18n.Loading.In(l))
	}
	r := v.review.get(c.snap, reviewKey{v.span, v.day(), c.today}, func() rhythm.Review {
		return c.snap.tracker.Review(v.span, v.day(), c.today,
			rhythm.ReviewData{Outcomes: c.snap.outcomes, Accounts: c.snap.accounts, FollowUps: rhythm.FollowUpsOf(c.snap.history)})
	})
	title, notes := l.ReviewTitle(r)
	head := s.heading.Render(i18n.ReviewTitle.In(l)+" · "+title) + "  " + s.subtle.Render(i18n.ReviewKeys.In(l))
	for i, n := range notes {
		notes[i] = s.subtle.Render(n)
	}
	under := wrapItems(notes, s.subtle.Render(" · "), v.width)
	var b strings.Builder
	b.WriteString(truncate(head, v.width) + "\n" + under + "\n\n")
	header, lines := v.table(r)
	for _, name := range l.ReviewNames(r.This.Accounts) {
		lines = append(lines, truncate(name, v.width))
	}
	b.WriteString(truncate(header, v.width))
	for _, line := range v.scroll(lines, v.height-3-lipgloss.Height(under)) {
		b.WriteString("\n" + truncate(line, v.width))
	}
	return b.String()
}

// table lays out the review's rows: a header and the lines under it, in
// one column or, where the width allows, two (the kinds and days beside
// the yield, accounts and follow-ups).
func (v *reviewView) table(r rhythm.Review) (header string, lines []string) {
	s, l := v.c.styles, v.c.lang
	rows := l.ReviewRows(r)
	this, before := l.ReviewHeads(r)
	diff := i18n.ReviewDiff.In(l)
	groupW, labelW := 0, 0
	// Each column of figures is as wide as its head, and at least 6, plus
	// a space.
	thisW, beforeW, diffW := max(6, lipgloss.Width(this))+1, max(6, lipgloss.Width(before))+1, max(6, lipgloss.Width(diff))+1
	for _, row := range rows {
		groupW = max(groupW, min(12, lipgloss.Width(row.Group)))
		labelW = max(labelW, lipgloss.Width(row.Label))
	}
	width := groupW + 1 + labelW + thisW + beforeW + diffW
	head := s.subtle.Render(strings.Repeat(" ", groupW+1+labelW) + padLeft(this, thisW) + padLeft(before, beforeW) + padLeft(diff, diffW))
	line := func(row i18n.ReviewRow) string {
		d := row.Difference
		switch {
		case row.Better > 0:
			d = s.good.Render(d)
		case row.Better < 0:
			d = s.bad.Render(d)
		}
		return s.label.Render(padRight(truncate(row.Group, groupW), groupW)) + " " + padRight(row.Label, labelW) +
			padLeft(row.This, thisW) + s.subtle.Render(padLeft(row.Before, beforeW)) + padLeft(d, diffW)
	}
	split := len(rows)
	if 2*width+3 <= v.width {
		// The second column begins with the yield.
		for i, row := range rows {
			if row.Group == i18n.Yield.In(l) {
				split = i
			}
		}
	}
	left, right := rows[:split], rows[split:]
	if len(right) == 0 {
		for _, row := range left {
			lines = append(lines, line(row))
		}
		return head, lines
	}
	for i := range max(len(left), len(right)) {
		text := strings.Repeat(" ", width)
		if i < len(left) {
			text = padRight(line(left[i]), width)
		}
		if i < len(right) {
			text += "   " + line(right[i])
		}
		lines = append(lines, strings.TrimRight(text, " "))
	}
	return head + "   " + head, lines
}

// scroll returns the lines in sight of a window of height lines from the
// view's offset (see scrollWindow).
func (v *reviewView) scroll(lines []string, height int) []string {
	return scrollWindow(v.c, lines, height, &v.offset)
}
