package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"ritme/i18n"
)

// View returns the frame, full screen, with the window title.
func (m *model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "ritme"
	return v
}

// render draws the frame: header with the tabs, the view, status and help.
func (m *model) render() string {
	if m.mode == modeQuitting {
		return ""
	}
	s := m.c.styles
	if m.width < minWidth || m.height < minHeight {
		return clip(m.c.lang.F(i18n.TooSmall, minWidth, minHeight), m.width, m.height)
	}
	var body string
	switch {
	case m.mode == modeForm:
		body = m.form.View()
	case m.mode == modeHelp:
		h := m.help
		h.ShowAll = true
		body = s.heading.Render(i18n.Keys.In(m.c.lang)) + "\n\n" + h.View(m.c.keys) + "\n\n" + s.subtle.Render(i18n.HelpCloses.In(m.c.lang))
	case !m.c.ready() && m.err == nil:
		body = s.subtle.Render(i18n.Loading.In(m.c.lang))
	case !m.c.ready():
		body = s.statusError.Render(m.c.lang.Explain(m.err))
	default:
		body = m.views[m.view].View()
	}
	// Lay the frame out line by line, with one column of margin, and clip
	// it once: measuring text is the costly part of a frame.
	lines := make([]string, 0, m.height)
	lines = append(lines, m.header(), "")
	bodyLines := fitBody(s, m.c.lang, body, m.area.height)
	for i := range m.area.height {
		if i < len(bodyLines) {
			lines = append(lines, bodyLines[i])
		} else {
			lines = append(lines, "")
		}
	}
	lines = append(lines, m.statusLine(), m.helpLine())
	for i, l := range lines {
		lines[i] = " " + l
	}
	return clip(strings.Join(lines, "\n"), m.width, m.height)
}

// fitBody splits a view's body into lines and, when it is taller than
// height, keeps what fits and says how many lines it left out: a view is
// never cut silently.
func fitBody(s *styles, l i18n.Lang, body string, height int) []string {
	lines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	if len(lines) <= height || height < 1 {
		return lines
	}
	hidden := len(lines) - (height - 1)
	return append(lines[:height-1], s.subtle.Render(l.F(i18n.MoreBelow, hidden)))
}

// header draws the app name, the tabs and the shown day.
func (m *model) header() string {
	s, l := m.c.styles, m.c.lang
	names := make([]string, m.viewsShown())
	for v := range m.viewsShown() {
		names[v] = viewName(v, l)
	}
	if m.c.day != m.c.today {
		// Viewing another day: said in words where they fit.
		return tabs(s, "ritme", names, int(m.view), m.area.width,
			s.warn.Render(l.F(i18n.Viewing, l.ShortDate(m.c.day))), s.warn.Render(l.F(i18n.ViewingDay, l.ShortDate(m.c.day))),
			s.warn.Render(l.ShortDate(m.c.day)))
	}
	return tabs(s, "ritme", names, int(m.view), m.area.width, s.subtle.Render(l.ShortDate(m.c.day)))
}

// statusLine shows a question, the last change or error, or a saving mark,
// and, when sync is set up, the sync marker at the right: after the status,
// which is cut to make room for it, unless that would leave the status
// fewer than minStatus cells; then the marker is left out.
func (m *model) statusLine() string {
	line := m.statusText()
	mark := m.syncMark()
	if mark == "" {
		return line
	}
	width, markW := m.area.width, lipgloss.Width(mark)
	room := width - markW - 2 // two cells between the status and the marker
	switch lw := lipgloss.Width(line); {
	case lw <= room:
	case room >= minStatus:
		line = truncate(line, room)
	default:
		return line
	}
	return padRight(line, width-markW) + mark
}

// minStatus is the fewest cells the status keeps beside the sync marker.
const minStatus = 20

// statusText is the status line without the sync marker.
func (m *model) statusText() string {
	s := m.c.styles
	switch {
	case m.mode == modeDraining:
		return s.statusInfo.Render(i18n.SavingThenQuit.In(m.c.lang))
	case m.mode == modeConfirm:
		return truncate(s.warn.Render(m.c.lang.F(i18n.AskDelete, describe(m.c.lang, *m.confirm))), m.area.width)
	case m.status != "" && m.statusIsErr:
		return truncate(s.statusError.Render(m.status), m.area.width)
	case m.busy && len(m.queue) > 0:
		return s.statusInfo.Render(m.c.lang.F(i18n.Saving, len(m.queue)))
	}
	return truncate(s.statusInfo.Render(m.status), m.area.width)
}

// helpLine shows the short help, except under the form, which has its own.
func (m *model) helpLine() string {
	if m.mode == modeForm {
		return ""
	}
	return m.help.View(m.c.keys)
}

// Minimum size for the full layout; below it a short notice is shown.
const (
	minWidth  = 30
	minHeight = 10
)
