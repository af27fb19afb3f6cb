package i18n

import (
	"strings"
	"testing"

	"ritme/rhythm"
)

// TestEveryMessageHasBothLanguages fails when a message exists in one
// language only. The catalogue holds the TUI's messages and, in the ritme
// binary's tests, the command line's too.
func TestEveryMessageHasBothLanguages(t *testing.T) {
	if len(Catalogue()) < 100 {
		t.Fatalf("the catalogue has %d messages; it should hold every text of the TUI", len(Catalogue()))
	}
	for _, m := range Catalogue() {
		en, nl := m.Forms()
		if (en == "") != (nl == "") {
			t.Errorf("message %q / %q exists in one language only", en, nl)
		}
		if strings.Count(en, "%") != strings.Count(nl, "%") {
			t.Errorf("message %q / %q: the languages take different arguments", en, nl)
		}
	}
}

func TestLangChoice(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{}, English},
		{map[string]string{"LANG": "nl_NL.UTF-8"}, Dutch},
		{map[string]string{"LANG": "nl_BE"}, Dutch},
		{map[string]string{"LANG": "nl"}, Dutch},
		{map[string]string{"LANG": "en_GB.UTF-8"}, English},
		{map[string]string{"LANG": "C.UTF-8"}, English},
		{map[string]string{"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, English},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, Dutch},
		{map[string]string{"LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US"}, Dutch},
		{map[string]string{"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, English},
		{map[string]string{"LANG": "nlx"}, English},
	}
	for _, c := range cases {
		if got := LangFromLocale(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("LangFromLocale(%v) = %s, want %s", c.env, got.Code(), c.want.Code())
		}
	}
	for s, want := range map[string]Lang{"en": English, "nl": Dutch, " NL ": Dutch} {
		if got, err := ParseLang(s); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseLang("de"); err == nil {
		t.Error(`ParseLang("de") accepted`)
	}
}

func TestDatesAndNamesFollowTheLanguage(t *testing.T) {
	d := rhythm.NewDate(2026, 11, 27)
	cases := []struct{ got, want string }{
		{English.ShortDate(d), "Fri 27 Nov"},
		{Dutch.ShortDate(d), "vr 27 nov"},
		{Dutch.LongDate(d), "vr 27 nov 2026"},
		{Dutch.MonthYear(d), "november 2026"},
		{English.MonthYear(rhythm.NewDate(2026, 3, 1)), "March 2026"},
		{Dutch.ShortDate(rhythm.NewDate(2026, 3, 2)), "ma 2 mrt"},
		{Dutch.Kind(rhythm.Call), "bel"},
		{Dutch.Kind(rhythm.Visit), "bezoek"},
		{Dutch.Kind("linkedin"), "linkedin"},
		{English.Kind(rhythm.Call), "call"},
		{Dutch.Outcome(rhythm.Meeting), "afspraak"},
		{Dutch.Stage(rhythm.Customer), "klant"},
		{Dutch.Readiness(rhythm.Stuck), "vast"},
		{string(KindFromName("bel")), "call"},
		{string(KindFromName("Bezoek")), "visit"},
		{string(KindFromName("mail")), "mail"},
		{string(KindFromName("call")), "call"},
	}
	for i, c := range cases {
		if c.got != c.want {
			t.Errorf("case %d: %q, want %q", i, c.got, c.want)
		}
	}
}
