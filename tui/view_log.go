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

// logPage is how many more entries the Log view reads when the cursor nears
// the end of those it has.
const logPage = 500

// logKindWidth is the widest the Log's kind column gets; longer names are
// cut with an ellipsis.
const logKindWidth = 12

// logView lists entries newest first; a selected entry can be edited or
// deleted, and the list filtered by kind.
type logView struct {
	c *common
	size
	listCursor
	// kind filters the list; empty shows every kind.
	kind rhythm.Kind
	// limit is how many entries the snapshot holds; it grows by a page as
	// the cursor nears the end of them.
	limit int
}

func newLogView(c *common) *logView { return &logView{c: c, limit: logPage} }

func (v *logView) bindings() []*key.Binding {
	k := v.c.keys
	return append(k.listKeys(), &k.Edit, &k.Delete, &k.Filter, &k.Outcome)
}

// request adds the log to req; see partView.
func (v *logView) request(req *loadRequest, active bool) {
	if active || (v.c.snap != nil && v.c.snap.logLimit > 0) {
		req.logKind, req.logLimit = v.kind, v.limit
	}
}

// loaded reports whether the snapshot holds the log this view asks for.
func (v *logView) loaded() bool {
	return v.c.snap.logLimit > 0 && v.c.snap.logKind == v.kind
}

// leave forgets the pages read while scrolling far back, so that the log
// kept fresh while the rep is elsewhere does not keep growing.
func (v *logView) leave() { v.limit = logPage }

// entries returns the entries the list shows, once they are loaded.
func (v *logView) entries() []rhythm.Entry {
	if !v.loaded() {
		return nil
	}
	return v.c.snap.log
}

// Update moves the cursor, edits, deletes or sets the outcome of the
// selected entry, and filters the list by kind.
func (v *logView) Update(msg tea.Msg) (view, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return v, nil
	}
	return v, v.key(press)
}

// key handles a key press; it loads the next page when the cursor nears
// the end of the entries read.
func (v *logView) key(msg tea.KeyPressMsg) tea.Cmd {
	k := v.c.keys
	list := v.entries()
	rows := v.rows()
	switch {
	case v.move(msg, k, rows):
	case key.Matches(msg, k.Filter):
		v.kind = nextKind(v.c.snap.settings.Kinds(), v.kind)
		v.reset()
		v.limit = logPage
		return send(reloadMsg{})
	case key.Matches(msg, k.Edit):
		if v.cursor < len(list) {
			return send(editMsg{list[v.cursor]})
		}
	case key.Matches(msg, k.Delete):
		if v.cursor < len(list) {
			return send(deleteMsg{list[v.cursor]})
		}
	case key.Matches(msg, k.Outcome):
		if v.cursor < len(list) {
			e := list[v.cursor]
			return send(queueMsg{op{kind: opOutcome, id: e.ID}})
		}
	}
	v.clamp(len(list), rows)
	if len(list) >= v.limit && v.cursor >= len(list)-rows {
		v.limit += logPage
		return send(reloadMsg{})
	}
	return nil
}

// nextKind cycles the filter: every kind, then each kind in turn.
func nextKind(kinds []rhythm.Kind, k rhythm.Kind) rhythm.Kind {
	i := slices.Index(kinds, k)
	if i+1 < len(kinds) {
		return kinds[i+1]
	}
	return ""
}

// rows is how many entries fit under the heading.
func (v *logView) rows() int { return max(1, v.height-3) }

// View draws the heading and the entries in sight, the selected one marked.
func (v *logView) View() string {
	s, l := v.c.styles, v.c.lang
	list := v.entries()
	cur := v.clamped(len(list), v.rows())
	filter := i18n.AllKinds.In(l)
	if v.kind != "" {
		filter = l.F(i18n.KindOnly, l.Kind(v.kind))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s  %s\n\n", s.heading.Render(i18n.LogTitle.In(l)), s.subtle.Render(l.F(i18n.LogSub, filter)))
	if !v.loaded() {
		b.WriteString(s.subtle.Render(i18n.Loading.In(l)))
		return b.String()
	}
	if len(list) == 0 {
		b.WriteString(s.subtle.Render(i18n.NoEntries.In(l)))
		return b.String()
	}
	// The kind column fits the longest kind name, up to logKindWidth.
	kindWidth := 6
	for _, k := range v.c.snap.tracker.Kinds() {
		kindWidth = max(kindWidth, min(logKindWidth, lipgloss.Width(l.Kind(k))))
	}
	whoWidth := max(8, min(24, (v.width-41-kindWidth)*2/3))
	for i := cur.offset; i < min(len(list), cur.offset+v.rows()); i++ {
		e := list[i]
		outcome := ""
		if e.Outcome != rhythm.NoOutcome {
			outcome = l.Outcome(e.Outcome)
		}
		line := fmt.Sprintf("%s %s  %s %s  %s  %s  %s",
			padRight(l.ShortDate(e.Date), 10), e.CreatedAt.Local().Format("15:04"), padRight(truncate(l.Kind(e.Kind), kindWidth), kindWidth),
			padRight(truncate(i18n.Sanitize(e.Who), whoWidth), whoWidth),
			s.subtle.Render(e.ID[:min(8, len(e.ID))]),
			padRight(s.good.Render(outcome), 9),
			s.faint.Render(i18n.Sanitize(e.Note)))
		if i == cur.cursor {
			line = s.selected.Render(padRight(truncate("› "+ansi.Strip(line), v.width), v.width))
		} else {
			line = truncate("  "+line, v.width)
		}
		b.WriteString(line + "\n")
	}
	// The line under the list says how many entries are below it; "+" when
	// more than those read may follow.
	if below := len(list) - (cur.offset + v.rows()); below > 0 {
		more := i18n.MoreBelow
		if len(list) >= v.limit {
			more = i18n.MoreBelowAtLeast
		}
		b.WriteString(s.subtle.Render(l.F(more, below)))
	}
	return strings.TrimRight(b.String(), "\n")
}
