package tui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"ritme/i18n"
	"ritme/rhythm"
)

// accountsView lists the accounts named in who: stage, touches against the
// 5–7 rule, last touch; and beside or below it, who to touch next.
type accountsView struct {
	c *common
	size
	listCursor
	order rhythm.AccountOrder
}

func newAccountsView(c *common) *accountsView { return &accountsView{c: c, order: rhythm.ByLast} }

func (v *accountsView) bindings() []*key.Binding {
	k := v.c.keys
	return append(k.listKeys(), &k.Sort, &k.Stage, &k.FollowUp)
}

// request adds the accounts to req; see partView.
func (v *accountsView) request(req *loadRequest, active bool) {
	if active || (v.c.snap != nil && v.c.snap.accounts != nil) {
		req.accounts = true
	}
}

// loaded reports whether the snapshot holds the accounts.
func (v *accountsView) loaded() bool { return v.c.snap.accounts != nil }

// nextCount is how many accounts "who next" suggests: a day's mails.
const nextCount = 5

// minSideBySide is the width from which who next sits beside the table.
const minSideBySide = 110

var accountOrders = []rhythm.AccountOrder{rhythm.ByLast, rhythm.ByTouches, rhythm.ByName}

var orderNames = map[rhythm.AccountOrder]i18n.Text{
	rhythm.ByLast: i18n.ByLast, rhythm.ByTouches: i18n.ByTouches, rhythm.ByName: i18n.ByName,
}

// sorted returns the accounts in the view's order; nil until loaded.
func (v *accountsView) sorted() []rhythm.Account {
	if v.c.snap.accounts == nil {
		return nil
	}
	return v.c.accountsBy.get(v.c.snap, v.order, func() []rhythm.Account {
		as := slices.Clone(v.c.snap.accounts)
		rhythm.SortAccounts(as, v.order)
		return as
	})
}

// Update moves the cursor, sorts the list and sets the stage of the
// selected account.
func (v *accountsView) Update(msg tea.Msg) (view, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return v, nil
	}
	return v, v.key(press)
}

// key handles a key press.
func (v *accountsView) key(msg tea.KeyPressMsg) tea.Cmd {
	k := v.c.keys
	list := v.sorted()
	switch {
	case v.move(msg, k, v.rows()):
	case key.Matches(msg, k.Sort):
		i := slices.Index(accountOrders, v.order)
		v.order = accountOrders[(i+1)%len(accountOrders)]
		v.reset()
	case key.Matches(msg, k.Stage):
		if v.cursor < len(list) {
			return send(queueMsg{op{kind: opStage, who: list[v.cursor].Name}})
		}
	case key.Matches(msg, k.FollowUp):
		if v.cursor < len(list) {
			return send(followUpMsg{who: list[v.cursor].Name})
		}
		return send(statusMsg{i18n.NothingSelected})
	}
	v.clamp(len(list), v.rows())
	return nil
}

// rows is how many accounts fit in the table.
func (v *accountsView) rows() int {
	if v.width >= minSideBySide {
		return max(1, v.height-4)
	}
	return max(1, v.height-4-(nextCount+2))
}

// View draws the table of accounts and who next, side by side when there is
// room.
func (v *accountsView) View() string {
	s, l := v.c.styles, v.c.lang
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n\n", s.heading.Render(i18n.AccountsTitle.In(l)),
		s.subtle.Render(l.F(i18n.AccountsSub, orderNames[v.order].In(l))))
	list := v.sorted()
	if list == nil {
		b.WriteString(s.subtle.Render(i18n.Loading.In(l)))
		return b.String()
	}
	if len(list) == 0 {
		b.WriteString(s.subtle.Render(i18n.NoAccounts.In(l)))
		return b.String()
	}
	cur := v.clamped(len(list), v.rows())
	tableWidth := v.width
	if v.width >= minSideBySide {
		tableWidth = v.width - 36
	}
	table := v.table(list, cur, tableWidth)
	// The line under the table says how many accounts are below it (in
	// the narrow layout, in place of the blank line before who next).
	more := ""
	if below := len(list) - (cur.offset + v.rows()); below > 0 {
		more = s.subtle.Render(l.F(i18n.MoreBelow, below))
	}
	next := v.next()
	if v.width >= minSideBySide {
		if more != "" {
			table += "\n" + more
		}
		b.WriteString(lipgloss.JoinHorizontal(lipgloss.Top, padBlock(table, tableWidth), "  ", next))
	} else {
		b.WriteString(table + "\n" + more + "\n" + next)
	}
	return b.String()
}

// table draws the accounts from the cursor's offset on.
func (v *accountsView) table(list []rhythm.Account, cur listCursor, width int) string {
	s, l := v.c.styles, v.c.lang
	nameWidth := max(8, width-64)
	var b strings.Builder
	b.WriteString(s.subtle.Render("  "+padRight(i18n.ColName.In(l), nameWidth)+" "+padRight(i18n.ColStage.In(l), 9)+" "+
		padRight(i18n.ColTouches.In(l), 19)+" "+padRight(i18n.ColLast.In(l), 15)+" "+i18n.ColNext.In(l)) + "\n")
	cal := v.c.snap.tracker.Calendar
	next := map[string]rhythm.FollowUp{}
	for _, f := range v.c.snap.followUps {
		next[f.Key] = f
	}
	for i := cur.offset; i < min(len(list), cur.offset+v.rows()); i++ {
		a := list[i]
		last := "-"
		if !a.Last.IsZero() {
			last = fmt.Sprintf("%s · %dd", l.DayMonth(a.Last), a.SinceLast(cal, v.c.today))
		}
		line := fmt.Sprintf("%s %s %s %3d %s %s %s", padRight(truncate(i18n.Sanitize(a.Name), nameWidth), nameWidth),
			padRight(l.Stage(a.Stage), 9), padRight(i18n.TouchBar(a.Touches), 8), a.Touches, padRight(readinessText(s, l, a.Readiness()), 8),
			padRight(last, 15), v.nextText(a, next))
		if i == cur.cursor {
			b.WriteString(s.selected.Render(padRight(truncate("› "+ansi.Strip(line), width), width)) + "\n")
		} else {
			b.WriteString(truncate("  "+line, width) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// nextText says what comes next for an account: its open follow-up (kind
// and date; red when overdue, yellow when due today), else the end of its
// rest after a lost deal.
func (v *accountsView) nextText(a rhythm.Account, next map[string]rhythm.FollowUp) string {
	s, l := v.c.styles, v.c.lang
	rest := v.c.snap.settings.RestDays
	f, ok := next[a.Key]
	switch {
	case ok:
		text := l.F(i18n.AccountNextShort, l.Kind(f.Kind), l.DayMonth(f.Due))
		switch f.On(v.c.today) {
		case rhythm.Overdue:
			return s.bad.Render(text)
		case rhythm.Due:
			return s.warn.Render(text)
		}
		return text
	case a.RestingOn(v.c.today, rest):
		return s.subtle.Render(l.F(i18n.AccountResting, l.DayMonth(rhythm.RestUntil(a.RestFrom, rest))))
	}
	return ""
}

// readinessText colours the readiness: ready green, stuck red.
func readinessText(s *styles, l i18n.Lang, r rhythm.Readiness) string {
	switch r {
	case rhythm.Ready:
		return s.good.Render(l.Readiness(r))
	case rhythm.Stuck:
		return s.bad.Render(l.Readiness(r))
	}
	return s.subtle.Render(l.Readiness(r))
}

// next draws who to touch next.
func (v *accountsView) next() string {
	s, l := v.c.styles, v.c.lang
	var b strings.Builder
	b.WriteString(s.heading.Render(i18n.WhoNext.In(l)) + "\n")
	cal := v.c.snap.tracker.Calendar
	next := rhythm.NextUp(v.c.snap.accounts, cal, v.c.today, nextCount, v.c.snap.settings.RestDays)
	if len(next) == 0 {
		b.WriteString(s.subtle.Render(i18n.NobodyNextYet.In(l)))
		return b.String()
	}
	for i, a := range next {
		since := l.F(i18n.NextLine, a.Touches, a.SinceLast(cal, v.c.today))
		if a.Last.IsZero() {
			since = i18n.NeverTouched.In(l)
		}
		fmt.Fprintf(&b, "%d. %s %s\n", i+1, padRight(truncate(i18n.Sanitize(a.Name), 20), 20), s.subtle.Render(since))
	}
	return strings.TrimRight(b.String(), "\n")
}

// padBlock pads every line of a block to width.
func padBlock(block string, width int) string {
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		lines[i] = padRight(l, width)
	}
	return strings.Join(lines, "\n")
}
