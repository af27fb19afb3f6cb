package i18n

import "testing"

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"Acme BV":                          "Acme BV",
		"a\nb\tc\rd":                       "a b c d",
		"\x1b[31mred\x1b[0m":               "red",
		"bell\x07 del\x7f c1\u0085":        "bell del c1",
		"Trojan \u202eesruoS\u202c":        "Trojan esruoS",
		"\u202a\u202b\u202c\u202d\u202e":   "",
		"\u2066iso\u2067late\u2068d\u2069": "isolated",
		"Café Zoë ‎mark":                   "Café Zoë ‎mark", // U+200E, a mark, not a control, stays
	} {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}
