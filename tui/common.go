package tui

import "ritme/rhythm"

// viewID names one of the views that tab cycles through.
type viewID int

// The views, in tab order.
const (
	viewToday viewID = iota
	viewWeek
	viewMonth
	viewYear
	viewLog
	viewAccounts
	viewCount
)

// common is the state every view reads: size, styles, keys, the dates and
// the latest snapshot. The root model owns it; views hold a pointer.
type common struct {
	width, height int // of a view's area
	styles        *styles
	keys          *keyMap
	lang          Lang
	today         rhythm.Date
	// day is the day shown: the day m, c, v and u act on, and the day the
	// Week, Month and Year views are centred on.
	day  rhythm.Date
	snap *snapshot
}

// ready reports whether a snapshot has been loaded.
func (c *common) ready() bool { return c.snap != nil }
