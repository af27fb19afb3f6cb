package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"ritme/i18n"
)

// styles is the one place where ritme's look is defined. Meaning never
// rests on colour alone: every state also has its own glyph or word, so
// that NO_COLOR loses nothing.
type styles struct {
	isDark bool

	title    lipgloss.Style // the app name in the header
	tab      lipgloss.Style
	tabOn    lipgloss.Style
	heading  lipgloss.Style // a panel's heading
	label    lipgloss.Style // a row label such as a kind
	text     lipgloss.Style
	subtle   lipgloss.Style // secondary text
	faint    lipgloss.Style // tertiary text: rules, placeholders
	selected lipgloss.Style // the selected row of a list
	today    lipgloss.Style // the shown day in a period

	good lipgloss.Style // met, ahead of plan
	bad  lipgloss.Style // missed, behind plan
	warn lipgloss.Style // partly done

	boxDone  lipgloss.Style
	boxOpen  lipgloss.Style
	boxExtra lipgloss.Style

	// heat shades the Year heatmap by completion: none, some, most, met.
	heat    [4]lipgloss.Style
	dayOff  lipgloss.Style // weekend and holiday cells
	onLeave lipgloss.Style

	statusInfo  lipgloss.Style
	statusError lipgloss.Style
}

// newStyles returns the styles for a dark or a light terminal background.
// Semantic colours are ANSI colours, which the terminal's own theme adapts;
// the greys and the heatmap greens are picked per background.
func newStyles(isDark bool) *styles {
	ld := lipgloss.LightDark(isDark)
	var (
		accent  color.Color = lipgloss.Magenta
		subtle              = ld(lipgloss.Color("#6c6c6c"), lipgloss.Color("#a8a8a8"))
		faint               = ld(lipgloss.Color("#b2b2b2"), lipgloss.Color("#585858"))
		selectB             = ld(lipgloss.Color("#e4e4e4"), lipgloss.Color("#3a3a3a"))
		green               = lipgloss.Green
		red                 = lipgloss.Red
		yellow              = lipgloss.Yellow
	)
	heat := [4]color.Color{
		ld(lipgloss.Color("#d0d0d0"), lipgloss.Color("#444444")),
		ld(lipgloss.Color("#c6e48b"), lipgloss.Color("#0e4429")),
		ld(lipgloss.Color("#239a3b"), lipgloss.Color("#26a641")),
		ld(lipgloss.Color("#196127"), lipgloss.Color("#39d353")),
	}
	s := &styles{isDark: isDark}
	base := lipgloss.NewStyle()
	s.title = base.Bold(true).Foreground(accent)
	s.tab = base.Foreground(subtle)
	s.tabOn = base.Bold(true).Underline(true)
	s.heading = base.Bold(true)
	s.label = base.Bold(true)
	s.text = base
	s.subtle = base.Foreground(subtle)
	s.faint = base.Foreground(faint)
	s.selected = base.Background(selectB).Bold(true)
	s.today = base.Bold(true).Underline(true)
	s.good = base.Foreground(green)
	s.bad = base.Foreground(red)
	s.warn = base.Foreground(yellow)
	s.boxDone = base.Foreground(green).Bold(true)
	s.boxOpen = base.Foreground(subtle)
	s.boxExtra = base.Foreground(accent).Bold(true)
	for i, c := range heat {
		s.heat[i] = base.Foreground(c)
	}
	s.dayOff = base.Foreground(faint)
	s.onLeave = base.Foreground(lipgloss.Blue)
	s.statusInfo = base.Foreground(subtle)
	s.statusError = base.Foreground(red).Bold(true)
	return s
}

// signed renders a pace: green when ahead, red when behind, plain at 0.
func (s *styles) signed(n int) string {
	switch {
	case n > 0:
		return s.good.Render(i18n.Signed(n))
	case n < 0:
		return s.bad.Render(i18n.Signed(n))
	}
	return s.text.Render(i18n.Signed(n))
}

// boxRow draws done out of target as styled boxes.
func (s *styles) boxRow(done, target int) string {
	ticked, open, extra := i18n.Boxes(done, target)
	row := s.boxDone.Render(ticked) + s.boxOpen.Render(open)
	if extra != "" {
		row += " " + s.boxExtra.Render(extra)
	}
	return row
}

// column returns a style that lays a block out in width cells, wrapping
// longer lines: the left column of a view in two.
func (s *styles) column(width int) lipgloss.Style {
	return lipgloss.NewStyle().Width(width)
}

// backgroundFor returns a background colour that is dark or light, which
// tells the form (huh) which of its styles to use.
func backgroundFor(isDark bool) color.Color {
	if isDark {
		return lipgloss.Color("#000000")
	}
	return lipgloss.Color("#ffffff")
}
