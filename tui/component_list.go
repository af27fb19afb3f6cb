package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// listCursor is the selected row of a scrolling list and the first row in
// sight. The Log and the Accounts share it.
type listCursor struct {
	cursor, offset int
}

// move moves the cursor for the list keys (up, down, page up, page down)
// and reports whether msg was one of them.
func (l *listCursor) move(msg tea.KeyPressMsg, k *keyMap, rows int) bool {
	switch {
	case key.Matches(msg, k.Up):
		l.cursor--
	case key.Matches(msg, k.Down):
		l.cursor++
	case key.Matches(msg, k.PageUp):
		l.cursor -= rows
	case key.Matches(msg, k.PageDown):
		l.cursor += rows
	default:
		return false
	}
	return true
}

// clamp keeps the cursor on one of n rows and in sight of a window of rows.
func (l *listCursor) clamp(n, rows int) {
	l.cursor = max(0, min(l.cursor, n-1))
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+rows {
		l.offset = l.cursor - rows + 1
	}
	l.offset = max(0, min(l.offset, max(0, n-rows)))
}

// reset puts the cursor back on the first row.
func (l *listCursor) reset() { l.cursor, l.offset = 0, 0 }

// clamped returns the cursor as clamp would leave it, for drawing the list
// as it fits now; the cursor itself only moves on keys.
func (l listCursor) clamped(n, rows int) listCursor {
	l.clamp(n, rows)
	return l
}
