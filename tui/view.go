package tui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"ritme/i18n"
	"ritme/rhythm"
)

// viewID names one of the views that tab cycles through; it indexes
// model.views and, but for the Team view, i18n.Views.
type viewID int

// The views, in tab order.
const (
	viewToday viewID = iota
	viewWeek
	viewMonth
	viewYear
	viewLog
	viewAccounts
	viewReview
	// viewCount counts the views every file has.
	viewCount
)

// The Team view comes after the others, and tab cycles through it only
// once it shows, for a manager (see teamer).
const (
	viewTeam = viewCount
	allViews = viewTeam + 1
)

// viewName returns the name of view v, for its tab.
func viewName(v viewID, l i18n.Lang) string {
	if v == viewTeam {
		return i18n.TeamViewName.In(l)
	}
	return i18n.Views[v].In(l)
}

// view is one of the screens that tab cycles through. The root model holds
// them in an array indexed by viewID, gives each the size of the area
// between the header and the footer, and passes the shown one the keys
// that do not work everywhere and the messages it does not handle itself.
// What views share (styles, keys, the dates, the snapshot) is in common.
type view interface {
	// Update handles a message while the view is shown. A view that moves
	// the shown day (common.day) gets a snapshot of the new day.
	Update(msg tea.Msg) (view, tea.Cmd)
	// View draws the view in its area.
	View() string
	// SetSize sets the view's area to width × height cells.
	SetSize(width, height int)
	// bindings returns the keys of the key map, beyond those that work
	// everywhere, that the view uses. The root enables them while the view
	// is shown and disables the other views' keys, so that the help shows
	// what works.
	bindings() []*key.Binding
}

// newViews returns the views in tab order, all sharing c; the Team view
// shows t's figures, and says with now how old they are.
func newViews(c *common, t *teamer, now func() time.Time) [allViews]view {
	return [allViews]view{
		viewToday:    newTodayView(c),
		viewWeek:     newWeekView(c),
		viewMonth:    newMonthView(c),
		viewYear:     newYearView(c),
		viewLog:      newLogView(c),
		viewAccounts: newAccountsView(c),
		viewReview:   newReviewView(c),
		viewTeam:     newTeamView(c, t, now),
	}
}

// partView is a view that shows a part of the snapshot which is read only
// once such a view opens, so that the first frame does not wait for it.
type partView interface {
	// request adds the view's part to req: while the view is shown (active),
	// and otherwise while the snapshot holds the part, so that it stays
	// fresh for when the rep comes back.
	request(req *loadRequest, active bool)
	// loaded reports whether the snapshot holds the part as the view shows
	// it now.
	loaded() bool
}

// leaver is a view that lets go of something when the rep leaves it.
type leaver interface {
	leave()
}

// size is the area a view draws in. Views embed it for their SetSize.
type size struct{ width, height int }

// SetSize sets the area to width × height cells.
func (s *size) SetSize(width, height int) { s.width, s.height = width, height }

// Messages views send to the root model.
type (
	// editMsg asks for the edit form for an entry.
	editMsg struct{ entry rhythm.Entry }
	// deleteMsg asks to confirm deleting an entry.
	deleteMsg struct{ entry rhythm.Entry }
	// reloadMsg asks for a fresh snapshot, as the log filter or length
	// changed.
	reloadMsg struct{}
	// queueMsg asks the root model to queue a change.
	queueMsg struct{ op op }
	// statusMsg asks the root model to show a text in the status line.
	statusMsg struct{ text i18n.Text }
	// followUpMsg asks for the follow-up form of an account; kind is the
	// action's kind, empty for the kind of its last entry.
	followUpMsg struct {
		who  string
		kind rhythm.Kind
	}
)

// send returns a command that delivers msg.
func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
