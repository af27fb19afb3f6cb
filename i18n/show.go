package i18n

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Sanitize removes escape sequences and control characters from user text
// before it reaches a terminal, so that a stored who or note can never drive
// it, and the Unicode bidirectional controls (U+202A–U+202E, U+2066–U+2069),
// so that it can never show reversed ("Trojan Source"). Line breaks and tabs
// become spaces.
func Sanitize(s string) string {
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\ufffd':
			// C0 and C1 controls, DEL, and bytes that were not UTF-8.
		case (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
			// Bidirectional embeddings, overrides and isolates.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Signed writes n with its sign: +3, 0, −2 (a real minus sign).
func Signed(n int) string {
	switch {
	case n > 0:
		return fmt.Sprintf("+%d", n)
	case n < 0:
		return fmt.Sprintf("−%d", -n)
	}
	return "0"
}

// DayState says in words how a day stands: not a working day, met, or
// how many entries it still needs.
func (l Lang) DayState(working, met bool, open int) string {
	switch {
	case !working:
		return NotWorking.In(l)
	case met:
		return DayMet.In(l)
	}
	return l.F(ToGo, open)
}
