package i18n

import (
	"fmt"
	"strings"
)

// Glyphs of the checklist. A done box and an open box differ in shape, not
// only in colour.
const (
	GlyphDone = "■"
	GlyphOpen = "□"
	GlyphMet  = "✓"
	GlyphMiss = "✗"
)

// maxBoxes is the widest target drawn as boxes; larger targets show counts.
const maxBoxes = 12

// Boxes returns done out of target as the texts of a row of boxes: the
// ticked ones, the open ones, and any surplus as "+N". A target above
// maxBoxes is written as "3" and "/20".
func Boxes(done, target int) (ticked, open, extra string) {
	if done > target {
		extra = fmt.Sprintf("+%d", done-target)
	}
	if target > maxBoxes {
		return fmt.Sprint(min(done, target)), fmt.Sprintf("/%d", target), extra
	}
	filled := min(done, target)
	return strings.Repeat(GlyphDone, filled), strings.Repeat(GlyphOpen, target-filled), extra
}

// TouchBar draws an account's touches against the 5–7 rule: seven boxes,
// filled for each touch, and a + when there are more than seven.
func TouchBar(touches int) string {
	var b strings.Builder
	for i := range 7 {
		switch {
		case i < touches:
			b.WriteString(GlyphDone)
		default:
			b.WriteString(GlyphOpen)
		}
	}
	if touches > 7 {
		b.WriteString("+")
	}
	return b.String()
}
