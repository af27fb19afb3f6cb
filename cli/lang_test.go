package cli

import (
	"fmt"
	"path/filepath"
	"ritme/i18n"
	"slices"
	"strings"
	"testing"
)

func TestChooseLang(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []string
		env  map[string]string
		want i18n.Lang
	}{
		{nil, nil, i18n.English},
		{[]string{"status"}, map[string]string{"LANG": "C.UTF-8"}, i18n.English},
		{[]string{"--lang", "nl", "status"}, nil, i18n.Dutch},
		{[]string{"status", "--lang", "nl"}, nil, i18n.Dutch},
		{[]string{"status", "--lang=nl"}, nil, i18n.Dutch},
		{[]string{"--lang", "NL"}, nil, i18n.Dutch},
		{[]string{"--lang", "en", "status"}, map[string]string{"RITME_LANG": "nl", "LANG": "nl_NL.UTF-8"}, i18n.English},
		{[]string{"status"}, map[string]string{"RITME_LANG": "nl"}, i18n.Dutch},
		{[]string{"status"}, map[string]string{"RITME_LANG": "en", "LC_ALL": "nl_NL.UTF-8"}, i18n.English},
		// The locale: LC_ALL, then LC_MESSAGES, then LANG.
		{nil, map[string]string{"LANG": "nl_NL.UTF-8"}, i18n.Dutch},
		{nil, map[string]string{"LANG": "nl_BE.UTF-8"}, i18n.Dutch},
		{nil, map[string]string{"LANG": "en_US.UTF-8"}, i18n.English},
		{nil, map[string]string{"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, i18n.Dutch},
		{nil, map[string]string{"LC_MESSAGES": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"}, i18n.English},
		{nil, map[string]string{"LC_ALL": "nl_NL.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, i18n.Dutch},
		{nil, map[string]string{"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, i18n.English},
		{nil, map[string]string{"LANG": "de_DE.UTF-8"}, i18n.English},
		// A bad RITME_LANG is passed over for the locale.
		{nil, map[string]string{"RITME_LANG": "fr", "LANG": "nl_NL.UTF-8"}, i18n.Dutch},
		{nil, map[string]string{"RITME_LANG": "fr", "LANG": "C"}, i18n.English},
		// A bad --lang is refused later, in the language the rest chooses.
		{[]string{"--lang", "fr"}, map[string]string{"RITME_LANG": "nl"}, i18n.Dutch},
		{[]string{"--lang=fr"}, map[string]string{"LANG": "nl_NL.UTF-8"}, i18n.Dutch},
		{[]string{"--lang"}, map[string]string{"LANG": "nl_NL.UTF-8"}, i18n.Dutch},
		// After "--" nothing is a flag.
		{[]string{"log", "mail", "--", "--lang", "nl"}, nil, i18n.English},
	} {
		got := chooseLang(c.args, func(k string) string { return c.env[k] })
		if got != c.want {
			t.Errorf("chooseLang(%q, %v) = %s, want %s", c.args, c.env, got.Code(), c.want.Code())
		}
	}
}

// helpLang runs ritme --help with env and args and says which language the
// help is in.
func helpLang(t *testing.T, env []string, args ...string) string {
	t.Helper()
	out, errOut, code := exe(t, opts{env: env}, append(args, "--help")...)
	if code != 0 || errOut != "" {
		t.Fatalf("ritme %q (env %q): exit %d, stderr %q", args, env, code, errOut)
	}
	switch {
	case strings.Contains(out, "Usage:") && !strings.Contains(out, "Gebruik:"):
		return "en"
	case strings.Contains(out, "Gebruik:") && !strings.Contains(out, "Usage:"):
		return "nl"
	}
	t.Fatalf("ritme %q --help is in no one language:\n%s", args, out)
	return ""
}

func TestLangChoice(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		env  []string
		args []string
		want string
	}{
		{nil, nil, "en"}, // baseEnv has LANG=C.UTF-8
		{nil, []string{"--lang", "nl"}, "nl"},
		{nil, []string{"--lang=nl", "status"}, "nl"},
		{nil, []string{"status", "--lang", "nl"}, "nl"},
		{nil, []string{"config", "set", "--lang", "nl"}, "nl"},
		{[]string{"RITME_LANG=nl"}, nil, "nl"},
		{[]string{"RITME_LANG=nl"}, []string{"--lang", "en"}, "en"},
		{[]string{"RITME_LANG=en", "LANG=nl_NL.UTF-8"}, nil, "en"},
		{[]string{"LANG=nl_NL.UTF-8"}, nil, "nl"},
		{[]string{"LANG=nl_BE.UTF-8"}, []string{"log"}, "nl"},
		{[]string{"LANG=en_GB.UTF-8"}, nil, "en"},
		{[]string{"LANG=de_DE.UTF-8"}, nil, "en"},
		{[]string{"LC_MESSAGES=nl_NL.UTF-8"}, nil, "nl"},
		{[]string{"LC_MESSAGES=en_US.UTF-8", "LANG=nl_NL.UTF-8"}, nil, "en"},
		{[]string{"LC_ALL=nl_NL.UTF-8", "LC_MESSAGES=en_US.UTF-8"}, nil, "nl"},
		{[]string{"LC_ALL=C", "LANG=nl_NL.UTF-8"}, nil, "en"},
		// A bad RITME_LANG falls back to the locale.
		{[]string{"RITME_LANG=fr", "LANG=nl_NL.UTF-8"}, nil, "nl"},
		{[]string{"RITME_LANG=klingon"}, nil, "en"},
	} {
		if got := helpLang(t, c.env, c.args...); got != c.want {
			t.Errorf("ritme %q --help with %q is in %s, want %s", c.args, c.env, got, c.want)
		}
	}
}

func TestBadLang(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for _, c := range []struct {
		env  []string
		args []string
		want string
	}{
		{nil, []string{"--lang", "fr", "status"}, `"fr" is not en or nl`},
		{nil, []string{"log", "mail", "--lang=de"}, `"de" is not en or nl`},
		{nil, []string{"--lang", "", "status"}, "--lang"},
		{[]string{"LANG=nl_NL.UTF-8"}, []string{"--lang", "fr", "status"}, `"fr" is geen en of nl`},
		{[]string{"RITME_LANG=nl"}, []string{"status", "--lang", "english"}, `"english" is geen en of nl`},
	} {
		out, errOut, code := exe(t, opts{env: c.env}, append(c.args, "--db", db, "--today", testToday)...)
		if code != 2 || out != "" {
			t.Errorf("ritme %q: exit %d, stdout %q; want 2 and nothing", c.args, code, out)
		}
		checkErrLine(t, errOut)
		if !strings.Contains(errOut, c.want) {
			t.Errorf("ritme %q: error %q does not say %q", c.args, errOut, c.want)
		}
	}
	if snapshot(t, db) != "no database file" {
		t.Error("a refused --lang created the database")
	}
}

func TestDutchCommandLine(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	nl := func(args ...string) string {
		t.Helper()
		return mustAt(t, db, "2026-11-27", append([]string{"--lang", "nl"}, args...)...)
	}
	// Dutch kind names log the built-in kinds.
	if out := nl("log", "bel", "--who", "Acme BV"); !strings.HasPrefix(out, "gelogd: bel voor Acme BV — 1/2 vandaag") {
		t.Errorf("log bel printed %q", out)
	}
	nl("log", "bezoek", "--who", "Acme BV", "--outcome", "afspraak")
	nl("log", "mail", "-n", "2", "--outcome", "geen")
	// The glance is Dutch, dates and weekday names too.
	out := nl("status")
	for _, want := range []string{"vr 27 nov", "dit jaar", "bel", "bezoek", "reeks"} {
		if !strings.Contains(out, want) {
			t.Errorf("--lang nl status does not say %q:\n%s", want, out)
		}
	}
	// JSON stays English, whatever the language.
	en := mustAt(t, db, "2026-11-27", "--lang", "en", "status", "--json")
	if got := nl("status", "--json"); got != en {
		t.Errorf("status --json in Dutch:\n%s\nin English:\n%s", got, en)
	}
	var s gotStatus
	decodeJSON(t, en, &s)
	var kinds []string
	for _, k := range s.Kinds {
		kinds = append(kinds, fmt.Sprintf("%s=%d", k.Kind, k.Today))
	}
	if got := strings.Join(kinds, " "); got != "mail=2 call=1 visit=1" {
		t.Errorf("status --json kinds after Dutch logs: %s", got)
	}
	var outcomes []string
	for _, e := range entries(t, db) {
		outcomes = append(outcomes, e.Kind+":"+e.Outcome)
	}
	slices.Sort(outcomes)
	if got := strings.Join(outcomes, " "); got != "call: mail: mail: visit:meeting" {
		t.Errorf("entries after Dutch logs: %s", got)
	}
	if out := nl("export", "--format", "json"); strings.Contains(out, "bezoek") || strings.Contains(out, "afspraak") || !strings.Contains(out, `"kind": "visit"`) {
		t.Errorf("export --format json in Dutch is not English:\n%s", out)
	}
	if out := nl("report", "--json"); strings.Contains(out, "afspraak") || !strings.Contains(out, `"meeting": 1`) {
		t.Errorf("report --json in Dutch is not English:\n%s", out)
	}
	// Stages, outcomes, kinds of leave and setting keys by their Dutch names.
	if out := nl("account", "set", "Bakker", "--stage", "klant"); out != "Bakker is een klant\n" {
		t.Errorf("account set --stage klant printed %q", out)
	}
	if out := nl("accounts", "--stage", "klant", "--sort", "naam", "--json"); !strings.Contains(out, `"stage": "customer"`) || strings.Contains(out, "Acme") {
		t.Errorf("accounts --stage klant --json:\n%s", out)
	}
	id := entries(t, db)[0].ID
	if out := nl("outcome", id[:8], "reactie"); !strings.HasPrefix(out, "bel op 2026-11-27 voor Acme BV: reactie · id ") {
		t.Errorf("outcome reactie printed %q", out)
	}
	if out := nl("leave", "add", "2026-11-23", "--kind", "ziek"); !strings.HasPrefix(out, "ziek geregistreerd: 2026-11-23 (1 werkdag)") {
		t.Errorf("leave add --kind ziek printed %q", out)
	}
	if out := must(t, db, "leave", "list"); !strings.Contains(out, "sick") {
		t.Errorf("leave --kind ziek is not sick leave:\n%s", out)
	}
	if out := nl("config", "set", "target.bel", "3"); out != "target.call = 3 vanaf 2026-11-27\n" {
		t.Errorf("config set target.bel printed %q", out)
	}
	if out := nl("config", "get", "target.bezoek"); out != "1\n" {
		t.Errorf("config get target.bezoek printed %q", out)
	}
	if out := nl("config"); !strings.Contains(out, "SLEUTEL") || !strings.Contains(out, "doel voor bel") || !strings.Contains(out, "vakantiedagen per jaar") {
		t.Errorf("config in Dutch:\n%s", out)
	}
	if out := must(t, db, "config"); !strings.Contains(out, "MEANING") || !strings.Contains(out, "target of call") || !strings.Contains(out, "vacation days a year") {
		t.Errorf("config in English:\n%s", out)
	}
	// Import takes Dutch names too.
	file := writeFile(t, "nl.csv", "date,kind,who,outcome,stage\n2026-11-26,bel,Claes,afspraak,prospect\n2026-11-26,bezoek,Dirk,,klant\n")
	if out := nl("import", file); out != "2 contacten geïmporteerd, 0 contacten overgeslagen (al aanwezig)\n" {
		t.Errorf("import in Dutch printed %q", out)
	}
	var got []string
	for _, e := range entries(t, db) {
		if e.Date == "2026-11-26" {
			got = append(got, e.Kind+":"+e.Who+":"+e.Outcome)
		}
	}
	if strings.Join(got, " ") != "call:Claes:meeting visit:Dirk:" {
		t.Errorf("imported Dutch rows: %v", got)
	}
	// The human output of the other commands.
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"report"}, []string{"Rapport 2026-01-01 – 2026-11-27", "Werkdagen", "gedaan", "verwacht", "bezoek", "alle", "Per 100 contacten: reactie"}},
		{[]string{"accounts"}, []string{"NAAM", "FASE", "klant", "opwarmen"}},
		{[]string{"next", "--today", "2026-11-30"}, []string{"prospect", "contact", "laatst 2026-11-26 (2 werkdagen geleden)"}},
		{[]string{"leave", "list"}, []string{"ziek", "1 werkdag", "het plan staat 25 vakantie- + 10 reservedagen toe"}},
		{[]string{"days"}, []string{"werkdagen"}},
	} {
		out := nl(c.args...)
		for _, want := range c.want {
			if !strings.Contains(out, want) {
				t.Errorf("--lang nl %q does not say %q:\n%s", c.args, want, out)
			}
		}
	}
}

func TestDutchErrors(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	nl := func(want string, args ...string) badCase {
		return badCase{want, append([]string{"--lang", "nl"}, args...)}
	}
	refusedWant(t, db, 2, []badCase{
		nl("onbekende soort", "log", "fax"),
		nl(`onbekende soort "fax": gebruik mail, bel, bezoek`, "log", "fax"),
		nl("ongeldige datum", "log", "mail", "--date", "2026-02-30"),
		nl("ligt na vandaag", "log", "mail", "--date", "2026-03-03"),
		nl("onbekende uitkomst", "log", "mail", "--outcome", "misschien"),
		nl("onbekende instelling", "config", "get", "kleur"),
		nl(`ongeldige instelling "target.Bad Name"`, "config", "set", "target.Bad Name", "1"),
		nl("heel getal", "config", "set", "target.mail", "veel"),
		nl("onbekende feestdagen", "config", "set", "holidays", "narnia"),
		nl("ongeldige start_date", "config", "set", "start_date", "morgen"),
		nl("geen vakantie, ziek, opleiding of overig", "leave", "add", "2026-03-05", "--kind", "feestdag"),
		nl("TOT 2026-03-05 ligt voor VAN 2026-03-10", "leave", "add", "2026-03-10", "2026-03-05"),
		nl("geen jaar", "leave", "list", "--year", "ooit"),
		nl("geen csv of json", "export", "--format", "xml"),
		nl("--to 2026-01-01 ligt voor --from 2026-02-01", "export", "--from", "2026-02-01", "--to", "2026-01-01"),
		nl("bestand of map bestaat niet", "import", filepath.Join(t.TempDir(), "weg.csv")),
		nl("regel 2: ongeldige soortnaam", "import", writeFile(t, "fax.csv", "date,kind\n2026-02-23,Fax!\n")),
		nl("regel 1: onbekende kolom", "import", writeFile(t, "col.csv", "wanneer,wat\n2026-02-23,mail\n")),
		nl("het bestand is leeg", "import", writeFile(t, "empty.csv", "")),
		nl("onbekende fase", "accounts", "--stage", "baas"),
		nl("geen last, touches of name", "accounts", "--sort", "datum"),
		nl("contact \"ffffffff\": niet gevonden", "outcome", "ffffffff", "reactie"),
		nl("ligt niet tussen 1 en 30", "demo", "--years", "0"),
		nl("meer dan 20 jaar", "report", "--from", "1990-01-01"),
		nl("onbekende opdracht", "frobnicate"),
		nl("onbekende optie", "status", "--bogus"),
		nl("verkeerd aantal argumenten", "config", "get"),
	})
	// A failure (exit 1) is said in Dutch too.
	if line := refused(t, db, 1, "--lang", "nl", "demo"); !strings.Contains(line, "demo vult alleen een lege database") {
		t.Errorf("demo on a full database: %q", line)
	}
	if line := refused(t, db, 1, "--lang", "nl", "leave", "rm", "2026-03-05"); !strings.Contains(line, "geen verlof geregistreerd op 2026-03-05") {
		t.Errorf("leave rm without leave: %q", line)
	}
}

func TestDutchHelp(t *testing.T) {
	t.Parallel()
	out, _, code := exe(t, opts{}, "--lang", "nl", "--help")
	if code != 0 {
		t.Fatalf("--lang nl --help: exit %d", code)
	}
	for _, want := range []string{"Gebruik:", "Voorbeelden:", "Opdrachten:", "Opties:", "Contacten loggen", "hulp bij deze opdracht", "(omgeving RITME_DB; standaard "} {
		if !strings.Contains(out, want) {
			t.Errorf("--lang nl --help does not say %q:\n%s", want, out)
		}
	}
	for _, english := range []string{"Usage:", "Examples:", "Flags:", "Available Commands", "(default "} {
		if strings.Contains(out, english) {
			t.Errorf("--lang nl --help says %q:\n%s", english, out)
		}
	}
}

// TestCatalogue fails when a message of the TUI or the command line exists
// in one language only, or when its two languages take different arguments.
func TestCatalogue(t *testing.T) {
	t.Parallel()
	msgs := i18n.Catalogue()
	if len(msgs) < 250 {
		t.Fatalf("the catalogue has %d messages; it should hold the TUI's and the command line's", len(msgs))
	}
	// The command line's own messages are in it.
	found := 0
	for _, m := range msgs {
		if m == i18n.Imported || m == i18n.ConfigShort || m == i18n.ReportTitle || m == i18n.LogShort {
			found++
		}
	}
	if found != 4 {
		t.Errorf("the catalogue lacks the command line's messages (%d of 4 found)", found)
	}
	for _, m := range msgs {
		en, nl := m.Forms()
		if strings.TrimSpace(en) == "" != (strings.TrimSpace(nl) == "") {
			t.Errorf("message %q / %q exists in one language only", en, nl)
			continue
		}
		if ve, vn := verbs(en), verbs(nl); !slices.Equal(ve, vn) {
			t.Errorf("message %q / %q: the languages take different arguments: %q and %q", en, nl, ve, vn)
		}
	}
}

// verbs returns the fmt verbs of a format, in order, with their flags: %%
// is no verb.
func verbs(format string) []string {
	var out []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[j]) >= 0 {
			j++
		}
		if j == len(format) {
			out = append(out, format[i:])
			break
		}
		if format[j] != '%' {
			out = append(out, format[i:j+1])
		}
		i = j
	}
	return out
}

func TestVerbs(t *testing.T) {
	t.Parallel()
	for format, want := range map[string]string{
		"plain":                      "",
		"%d of %d (%d%%)":            "%d %d %d",
		"%-8s %q %.1f %5.2f %%":      "%-8s %q %.1f %5.2f",
		"100%% sure, %s":             "%s",
		"ends in %":                  "%",
		"{{.UseLine}} [flags] %[1]s": "%[1]s",
	} {
		if got := strings.Join(verbs(format), " "); got != want {
			t.Errorf("verbs(%q) = %q, want %q", format, got, want)
		}
	}
}

// TestEnglishStaysEnglish: the English texts hold no Dutch.
func TestEnglishStaysEnglish(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	for _, args := range [][]string{{"status"}, {"report"}, {"config"}, {"leave", "list"}, {"accounts"}, {"--help"}} {
		out := must(t, db, args...)
		for _, dutch := range []string{"vandaag", "werkdag", "contacten", "Gebruik", "bezoek", "klant", "standaard"} {
			if strings.Contains(out, dutch) {
				t.Errorf("ritme %q in English says %q:\n%s", args, dutch, out)
			}
		}
	}
}

// TestExportFailsBeforeTheDatabase: an export to a folder that is not there,
// or to a folder, fails in the app's language and creates no database.
func TestExportFailsBeforeTheDatabase(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, c := range []struct {
		lang, out, want string
	}{
		{"en", filepath.Join(dir, "missing", "out.csv"), "no such file or folder"},
		{"nl", filepath.Join(dir, "missing", "out.csv"), "bestand of map bestaat niet"},
		{"en", dir, "is a folder"},
		{"nl", dir, "is een map"},
	} {
		db := newDB(t)
		if line := refused(t, db, 2, "--lang", c.lang, "export", "-o", c.out); !strings.Contains(line, c.want) {
			t.Errorf("--lang %s export -o %s: %q does not say %q", c.lang, c.out, line, c.want)
		}
		if snapshot(t, db) != "no database file" {
			t.Errorf("--lang %s export -o %s created the database", c.lang, c.out)
		}
	}
}
