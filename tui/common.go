package tui

import (
	"slices"
	"strings"

	"ritme/i18n"
	"ritme/rhythm"
)

// common is the state every view reads: styles, keys, the dates and the
// latest snapshot. The root model owns it; views hold a pointer.
type common struct {
	styles *styles
	keys   *keyMap
	lang   i18n.Lang
	today  rhythm.Date
	// day is the day shown: the day m, c, v and u act on, and the day the
	// Week, Month and Year views are centred on.
	day rhythm.Date
	// stepDay is the day of the month that month and year steps keep; 0
	// until such a step, and again after a step by day.
	stepDay int
	snap    *snapshot

	// Figures that walk the whole history are computed once per snapshot
	// and day (or order), not on every frame: a poll tick redraws too.
	statusOf   memo[rhythm.Date, rhythm.Status]
	accountsBy memo[rhythm.AccountOrder, []rhythm.Account]
	planOf     memo[rhythm.Date, *rhythm.Plan]
	names      memo[struct{}, []string]
}

// memo holds one value computed from a snapshot and a key.
type memo[K comparable, V any] struct {
	snap  *snapshot
	key   K
	value V
}

// get returns the value for the current snapshot and key, computing it with
// f when either changed.
func (m *memo[K, V]) get(snap *snapshot, key K, f func() V) V {
	if m.snap != snap || m.key != key {
		m.snap, m.key, m.value = snap, key, f()
	}
	return m.value
}

// status returns the Status of the shown day.
func (c *common) status() rhythm.Status {
	return c.statusOf.get(c.snap, c.day, func() rhythm.Status {
		if c.day < c.today {
			// A past day is shown as it stood at its end: its shortfall
			// counts.
			return c.snap.tracker.StatusAtEnd(c.day)
		}
		return c.snap.tracker.Status(c.day)
	})
}

// ready reports whether a snapshot has been loaded.
func (c *common) ready() bool { return c.snap != nil }

// showDay shows day d, never one after today.
func (c *common) showDay(d rhythm.Date) { c.day = min(d, c.today) }

// plan returns the plan of the shown day, nil while the snapshot does not
// hold what it is made of.
func (c *common) plan() *rhythm.Plan {
	if !c.ready() || c.snap.plan == nil || c.snap.planDay != c.day {
		return nil
	}
	return c.planOf.get(c.snap, c.day, func() *rhythm.Plan {
		p := c.snap.tracker.Plan(c.day, *c.snap.plan)
		return &p
	})
}

// accountNames returns the names of the accounts the snapshot knows, by
// name, for the add form to offer as who is typed.
func (c *common) accountNames() []string {
	return c.names.get(c.snap, struct{}{}, func() []string {
		var names []string
		switch {
		case c.snap.plan != nil:
			for _, a := range c.snap.plan.Accounts {
				names = append(names, a.Name)
			}
		default:
			for _, a := range c.snap.accounts {
				names = append(names, a.Name)
			}
		}
		slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
		return names
	})
}

// scrollWindow returns the lines in sight of a window of height lines from
// *offset, which it keeps in range; the first and the last line of the
// window say how many lines are above and below it.
func scrollWindow(c *common, lines []string, height int, offset *int) []string {
	height = max(1, height)
	if len(lines) <= height {
		*offset = 0
		return lines
	}
	s, l := c.styles, c.lang
	last := len(lines) - height
	*offset = max(0, min(*offset, last))
	win := append([]string(nil), lines[*offset:*offset+height]...)
	if *offset > 0 && height > 1 {
		win[0] = s.subtle.Render(l.F(i18n.MoreAbove, *offset+1))
	}
	if *offset < last {
		win[height-1] = s.subtle.Render(l.F(i18n.MoreBelow, last-*offset+1))
	}
	return win
}
