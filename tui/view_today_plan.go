package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"ritme/i18n"
	"ritme/rhythm"
)

// The plan on Today: under each kind's boxes, the items of the shown day's
// plan (its due and overdue follow-ups, then the suggestions), open (□) or
// done (■), then the day's other entries of the kind. ↑/↓ select an item;
// enter ticks its kind for its account; n sets the account's next
// follow-up. What the plan is made from is read once the first frame is
// drawn, so that the plan never slows the start.

// planRef is one item of the plan with its kind.
type planRef struct {
	kind rhythm.Kind
	item rhythm.PlanItem
}

// planItems returns the items of the plan of the shown day in the order
// they are drawn; nil while the plan is not loaded.
func (v *todayView) planItems() []planRef {
	p := v.c.plan()
	if p == nil {
		return nil
	}
	var out []planRef
	for _, k := range p.Kinds {
		for _, it := range k.Items {
			out = append(out, planRef{k.Kind, it})
		}
	}
	return out
}

// request adds the plan of the shown day to req once a first snapshot is
// there; see partView.
func (v *todayView) request(req *loadRequest, active bool) {
	if v.c.snap != nil && (active || v.c.snap.plan != nil) {
		req.planDay = v.c.day
	}
}

// loaded reports whether the snapshot holds the plan of the shown day.
func (v *todayView) loaded() bool {
	return v.c.snap.plan != nil && v.c.snap.planDay == v.c.day
}

// planKey handles the keys of the plan: move the selection, tick the
// selected item, set its account's next follow-up.
func (v *todayView) planKey(msg tea.KeyPressMsg) tea.Cmd {
	k := v.c.keys
	items := v.planItems()
	switch {
	case key.Matches(msg, k.Up):
		v.sel--
	case key.Matches(msg, k.Down):
		v.sel++
	case key.Matches(msg, k.PageUp):
		v.sel = 0
	case key.Matches(msg, k.PageDown):
		v.sel = len(items) - 1
	case key.Matches(msg, k.TickItem), key.Matches(msg, k.FollowUp):
		if len(items) == 0 {
			return send(statusMsg{i18n.NothingSelected})
		}
		it := items[max(0, min(v.sel, len(items)-1))]
		if key.Matches(msg, k.TickItem) {
			return send(queueMsg{op{kind: opLog, date: v.c.day, entryKind: it.kind, who: it.item.Who}})
		}
		return send(followUpMsg{who: it.item.Who, kind: it.kind})
	}
	v.sel = max(0, min(v.sel, len(items)-1))
	return nil
}

// planLines writes the items of kind k under its boxes: an open item with
// □, a done one with ■ and the line of the entry that ticked it (taken out
// of entries), the selected one marked; then how many more follow-ups are
// due. It returns the lines, the index among them of the selected item (-1:
// none), and the entries of the kind no item stands for.
func (v *todayView) planLines(k rhythm.Kind, entries []rhythm.Entry, width int) (lines []string, selected int, rest []rhythm.Entry) {
	s, l := v.c.styles, v.c.lang
	p := v.c.plan()
	if p == nil {
		return nil, -1, entries
	}
	rest, selected = slices.Clone(entries), -1
	sel := max(0, min(v.sel, len(v.planItems())-1))
	i := 0
	for _, pk := range p.Kinds {
		if pk.Kind != k {
			i += len(pk.Items)
			continue
		}
		for _, it := range pk.Items {
			line := s.boxOpen.Render(i18n.GlyphOpen) + " " + i18n.Sanitize(it.Who)
			if j := slices.IndexFunc(rest, func(e rhythm.Entry) bool { return rhythm.AccountKey(e.Who) == it.Key }); j >= 0 {
				line = s.boxDone.Render(i18n.GlyphDone) + " " + entryLine(s, l, rest[j])
				rest = slices.Delete(rest, j, j+1)
			}
			switch it.Reason {
			case rhythm.Overdue:
				line += " " + s.bad.Render(l.F(i18n.PlanItemOverdue, l.DayMonth(it.Due)))
			case rhythm.Due:
				due := i18n.PlanItemDue
				if v.c.day == v.c.today {
					due = i18n.PlanDueToday
				}
				line += " " + s.warn.Render(due.In(l))
			}
			if it.Note != "" {
				line += s.faint.Render(" · " + i18n.Sanitize(it.Note))
			}
			if i == sel {
				selected = len(lines)
				lines = append(lines, s.selected.Render(truncate("  › "+ansi.Strip(line), width)))
			} else {
				lines = append(lines, truncate("    "+line, width))
			}
			i++
		}
		if pk.MoreDue > 0 {
			lines = append(lines, "    "+s.subtle.Render(l.F(i18n.PlanMoreDue, pk.MoreDue)))
		}
	}
	return lines, selected, rest
}

// planHasKind reports whether the plan of the shown day lists items of k,
// so that Today shows the kind even without a target.
func (v *todayView) planHasKind(k rhythm.Kind) bool {
	return slices.ContainsFunc(v.planItems(), func(r planRef) bool { return r.kind == k })
}

// fitLines fits a block into height lines, keeping the line keep in sight:
// when it does not fit, the lines cut off above and below are counted in
// "↑ N more" and "↓ N more" lines.
func fitLines(block string, height, keep int, s *styles, l i18n.Lang) string {
	lines := strings.Split(block, "\n")
	if height < 3 || len(lines) <= height {
		return block
	}
	start := 0
	if keep > height-2 {
		start = keep - (height - 3)
	}
	start = min(start, len(lines)-height)
	window := slices.Clone(lines[start : start+height])
	if start > 0 {
		window[0] = s.subtle.Render(l.F(i18n.MoreAbove, start+1))
	}
	if end := start + height; end < len(lines) {
		window[height-1] = s.subtle.Render(l.F(i18n.MoreBelow, len(lines)-end+1))
	}
	return strings.Join(window, "\n")
}
