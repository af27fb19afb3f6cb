package cli

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
)

// randomToday is the today of the randomized databases: nearly two years
// of history lie before it.
const randomToday = "2026-11-27"

// randomDB builds, through the commands a rep types, a database with a bit
// of everything a backup must carry: dated settings changes (daily and
// weekly targets, a kind of one's own whose target later ends, workdays,
// holidays, vacation and reserve days), rest_days and backup.keep, leave
// of every kind, stages, entries of built-in kinds, of a configured kind
// and of a kind never configured, with names, notes and outcomes, some
// before the start, (for some seeds) a start the rep set, and follow-ups
// made on several days: open, completed by a later entry, cleared and
// replaced, one that registered a new account, and an open one whose
// account has an entry created after it was made (imported with a
// created_at ahead of the clock, before the follow-up was set), which a
// copy must not complete.
func randomDB(t *testing.T, seed uint64) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 42))
	db := newDB(t)
	day := func(from, to string) string {
		lo, hi := mustDate(t, from), mustDate(t, to)
		return (lo + rhythm.Date(rng.IntN(int(hi-lo)+1))).String()
	}
	run := func(args ...string) { mustAt(t, db, randomToday, args...) }

	run("config", "set", "target.mail", fmt.Sprint(3+rng.IntN(5)), "--from", day("2025-02-01", "2025-08-01"))
	run("config", "set", "target.mail", fmt.Sprint(rng.IntN(8)), "--from", day("2026-01-01", "2026-10-01"))
	run("config", "set", "target.visit", fmt.Sprintf("%d/week", 2+rng.IntN(4)), "--from", day("2025-03-01", "2026-06-01"))
	run("config", "set", "target.call", "3/wk", "--from", day("2026-06-02", "2026-11-01"))
	run("config", "set", "target.linkedin", fmt.Sprint(1+rng.IntN(3)), "--from", day("2025-01-01", "2025-12-01"))
	run("config", "set", "target.linkedin", "", "--from", day("2026-02-01", "2026-09-01"))
	run("config", "set", "workdays", "mon,tue,wed,thu", "--from", day("2025-09-01", "2026-09-01"))
	run("config", "set", "holidays", "nl-all", "--from", "2026-01-01")
	run("config", "set", "vacation_days", fmt.Sprint(15+rng.IntN(15)), "--from", "2025-05-05")
	run("config", "set", "reserve_days", fmt.Sprint(rng.IntN(12)), "--from", "2026-01-01")
	run("config", "set", "rest_days", fmt.Sprint(10+rng.IntN(100)))
	run("config", "set", "backup.keep", fmt.Sprint(rng.IntN(5)))
	for _, kind := range []string{"vacation", "sick", "training", "other", "vacation", "sick"} {
		from := day("2025-01-06", "2026-11-20")
		to := (mustDate(t, from) + rhythm.Date(4+rng.IntN(6))).String() // five days or more hold a workday date
		run("leave", "add", from, to, "--kind", kind)
	}
	names := []string{"Acme BV", "acme b.v.", "Bakker Bouw", "Café Zoë", "De Vries & Zn", "Noord NV", ""}
	outcomes := []string{"", "", "", "reply", "meeting", "proposal", "won", "lost"}
	kinds := []string{"mail", "mail", "mail", "call", "call", "visit", "linkedin", "webinar"}
	var list []map[string]string
	for i := range 150 + rng.IntN(100) {
		d := day("2025-01-01", randomToday)
		created := mustDate(t, d).Time().Add(time.Duration(8*3600+rng.IntN(10*3600)) * time.Second)
		list = append(list, map[string]string{
			"id": fmt.Sprintf("r%d-%04d", seed, i), "date": d, "kind": kinds[rng.IntN(len(kinds))],
			"who": names[rng.IntN(len(names))], "note": fmt.Sprintf("note %d", rng.IntN(1000)),
			"created_at": created.UTC().Format(time.RFC3339Nano), "outcome": outcomes[rng.IntN(len(outcomes))],
		})
	}
	data, err := json.Marshal(list)
	if err != nil {
		t.Fatal(err)
	}
	run("import", writeFile(t, "entries.json", string(data)))
	for range 5 {
		run("log", kinds[rng.IntN(6)], "-n", fmt.Sprint(1+rng.IntN(3)), "--date", day("2026-10-01", randomToday),
			"--who", names[rng.IntN(len(names))])
	}
	run("account", "set", "Acme", "--stage", "prospect")
	run("account", "set", "Noord NV", "--stage", "customer")
	run("account", "set", "Nobody Yet", "--stage", "prospect")
	if seed%2 == 0 {
		run("config", "set", "start_date", day("2025-03-01", "2025-09-01"))
	}
	randomFollowUps(t, db, day)
	return db
}

// randomFollowUps sets, clears, replaces and completes follow-ups in db,
// on days that day picks.
func randomFollowUps(t *testing.T, db string, day func(from, to string) string) {
	t.Helper()
	at := func(today string, args ...string) { mustAt(t, db, today, args...) }
	ahead := time.Now().Add(24 * time.Hour).UTC().Format(time.RFC3339Nano)
	at(randomToday, "import", writeFile(t, "ahead.json",
		fmt.Sprintf(`[{"id": "ahead", "date": "2026-08-03", "kind": "call", "who": "Zeeman", "created_at": %q}]`, ahead)))
	at(day("2026-08-03", "2026-09-30"), "follow-up", "Zeeman", "+2", "--note", "ahead")
	first := day("2026-08-01", "2026-09-30")
	at(first, "follow-up", "Noord NV", day("2026-09-01", randomToday), "--kind", "visit", "--note", "bring the offer")
	at(first, "follow-up", "acme b.v.", "+2")
	at(randomToday, "log", "call", "--who", "Acme BV", "--date", day("2026-10-01", "2026-11-26"))
	cleared := day("2026-08-01", "2026-10-30")
	at(cleared, "follow-up", "Café Zoë", "tomorrow", "--kind", "linkedin")
	at(day(cleared, "2026-11-26"), "follow-up", "Café Zoë", "--clear")
	replaced := day("2026-08-01", "2026-10-30")
	at(replaced, "follow-up", "Bakker Bouw", "+1", "--kind", "call", "--note", "first try")
	at(day(replaced, "2026-11-26"), "follow-up", "Bakker Bouw", "fri")
	at(day("2026-09-01", "2026-11-26"), "follow-up", "Nieuw Bedrijf", "+3")
}

// mustDate parses a date of a test.
func mustDate(t *testing.T, s string) rhythm.Date {
	t.Helper()
	d, err := rhythm.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// figures is what the rep sees of a database on a date: status, report,
// days, the settings history, leave, accounts, follow-ups and the plan.
func figures(t *testing.T, db, on string) string {
	t.Helper()
	year := on[:4]
	var b strings.Builder
	for _, args := range [][]string{
		{"status", "--json"},
		{"report", "--json"},
		{"report", "--json", "--from", "2025-01-01", "--to", on},
		{"days", "--json"},
		{"days", "2025", "--json"},
		{"config", "history", "--json"},
		{"config"},
		{"leave", "list"},
		{"leave", "list", "--year", "2025"},
		{"leave", "list", "--year", year},
		{"accounts", "--json"},
		{"follow-ups", "--json"},
		{"plan", "--json"},
	} {
		fmt.Fprintf(&b, "$ ritme %s\n%s", strings.Join(args, " "), mustAt(t, db, on, args...))
	}
	return b.String()
}

// TestBackupRoundTrip: a randomized database, exported as JSON and imported
// into an empty one, gives the same figures on every date tried, and the
// same export.
func TestBackupRoundTrip(t *testing.T) {
	t.Parallel()
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			t.Parallel()
			src := randomDB(t, seed)
			file := filepath.Join(t.TempDir(), "backup.json")
			mustAt(t, src, randomToday, "export", "-o", file)
			dst := newDB(t)
			out, errOut, code := ritmeAt(t, dst, randomToday, "import", file)
			if code != 0 || !strings.Contains(out, "leave dates") {
				t.Fatalf("import of a backup: exit %d, %q, %q", code, out, errOut)
			}
			if got, want := mustAt(t, dst, randomToday, "export", "--format", "json"), mustAt(t, src, randomToday, "export", "--format", "json"); got != want {
				t.Errorf("the copy exports otherwise:\n%s\nwant:\n%s", got, want)
			}
			for _, on := range []string{"2025-01-01", "2025-07-15", "2025-12-31", "2026-01-01", "2026-09-14", randomToday} {
				if got, want := figures(t, dst, on), figures(t, src, on); got != want {
					t.Errorf("on %s the copy shows otherwise:\n%s\nwant:\n%s", on, got, want)
				}
			}
		})
	}
}

// TestImportMergesBackup: into a database that has data, a backup merges,
// and what the database already has wins: entries by id, settings changes
// by key and from, leave by date, stages by account, the start and the
// settings without history when set.
func TestImportMergesBackup(t *testing.T) {
	t.Parallel()
	src := newDB(t)
	must(t, src, "log", "mail", "--who", "Acme BV", "--date", "2026-02-02")
	must(t, src, "config", "set", "target.mail", "6", "--from", "2026-02-09")
	must(t, src, "config", "set", "target.call", "4", "--from", "2026-02-10")
	must(t, src, "config", "set", "rest_days", "30")
	must(t, src, "config", "set", "backup.keep", "3")
	must(t, src, "leave", "add", "2026-02-16", "2026-02-17", "--kind", "vacation")
	must(t, src, "account", "set", "Acme", "--stage", "prospect")
	must(t, src, "account", "set", "Bos", "--stage", "customer")
	file := filepath.Join(t.TempDir(), "src.json")
	must(t, src, "export", "-o", file)

	dst := newDB(t)
	must(t, dst, "log", "call", "--date", "2026-02-20")
	must(t, dst, "config", "set", "target.mail", "7", "--from", "2026-02-09")
	must(t, dst, "config", "set", "rest_days", "60")
	must(t, dst, "leave", "add", "2026-02-17", "--kind", "sick")
	must(t, dst, "account", "set", "ACME", "--stage", "customer")
	out := must(t, dst, "import", file)
	if !strings.Contains(out, "imported 1 entry") || !strings.Contains(out, "1 of 2 leave dates") ||
		!strings.Contains(out, "1 of 2 settings changes") || !strings.Contains(out, "1 of 2 account stages") {
		t.Errorf("import printed %q", out)
	}
	var got exported
	decodeJSON(t, must(t, dst, "export", "--format", "json"), &got)
	if got.Start == nil || got.Start.Date != "2026-02-20" || got.Start.By != "ritme" {
		t.Errorf("start %+v, want the database's own 2026-02-20", got.Start)
	}
	if got.Settings.RestDays != 60 || got.Settings.BackupKeep != 3 {
		t.Errorf("settings %+v, want rest_days 60 (the database's) and backup.keep 3 (the file's)", got.Settings)
	}
	var changes []string
	for _, c := range got.SettingsHistory {
		changes = append(changes, c.Key+" "+c.From+" "+c.Value)
	}
	if g, w := strings.Join(changes, ", "), "target.call 2026-02-10 4, target.mail 2026-02-09 7"; g != w {
		t.Errorf("settings history %s, want %s", g, w)
	}
	if g, w := fmt.Sprint(got.Leave), "[{2026-02-16 vacation} {2026-02-17 sick}]"; g != w {
		t.Errorf("leave %s, want %s", g, w)
	}
	if g, w := fmt.Sprint(got.Accounts), "[{ACME customer} {Bos customer}]"; g != w {
		t.Errorf("stages %s, want %s", g, w)
	}
	if len(got.Entries) != 2 {
		t.Errorf("%d entries, want 2", len(got.Entries))
	}
	// The same file again adds nothing and changes nothing.
	before := snapshot(t, dst)
	if out := must(t, dst, "import", file); !strings.Contains(out, "imported 0 entries") || !strings.Contains(out, "0 of 2 leave dates") {
		t.Errorf("second import printed %q", out)
	}
	if snapshot(t, dst) != before {
		t.Errorf("a second import changed the database")
	}
}

// TestImportMergesFollowUps: into a database with an open follow-up for an
// account, a backup with another open one for that account leaves the
// database's own; the file's other follow-ups, open and closed, are added,
// once.
func TestImportMergesFollowUps(t *testing.T) {
	t.Parallel()
	src := newDB(t)
	must(t, src, "follow-up", "Acme BV", "2026-03-05", "--note", "theirs")
	must(t, src, "follow-up", "Bos", "+1")
	must(t, src, "follow-up", "Bos", "--clear")
	must(t, src, "follow-up", "Claes", "+2", "--kind", "visit")
	file := filepath.Join(t.TempDir(), "src.json")
	must(t, src, "export", "-o", file)

	dst := newDB(t)
	must(t, dst, "follow-up", "ACME", "2026-03-09", "--kind", "call", "--note", "mine")
	if out := must(t, dst, "import", file); !strings.Contains(out, "2 of 3 follow-ups") {
		t.Errorf("import printed %q", out)
	}
	var open []struct{ Who, Due, Kind, Note string }
	if err := json.Unmarshal([]byte(must(t, dst, "follow-ups", "--json")), &open); err != nil {
		t.Fatal(err)
	}
	if g, w := fmt.Sprint(open), "[{Claes 2026-03-04 visit } {ACME 2026-03-09 call mine}]"; g != w {
		t.Errorf("open follow-ups %s, want %s", g, w)
	}
	var got exported
	decodeJSON(t, must(t, dst, "export", "--format", "json"), &got)
	var all []string
	for _, f := range got.FollowUps {
		all = append(all, f.Who+" "+f.State+" "+f.Note)
	}
	if g, w := strings.Join(all, ", "), "Bos cleared , Claes open , ACME open mine"; g != w {
		t.Errorf("follow-ups %s, want %s", g, w)
	}
	before := snapshot(t, dst)
	if out := must(t, dst, "import", file); !strings.Contains(out, "0 of 3 follow-ups") {
		t.Errorf("second import printed %q", out)
	}
	if snapshot(t, dst) != before {
		t.Errorf("a second import changed the database")
	}
}

// TestImportStoresTheFilesStart: a file that carries a start gives it to a
// database that has none, with who set it; an entry added before it gets
// the note log gives, on one stderr line, with exit 0.
func TestImportStoresTheFilesStart(t *testing.T) {
	t.Parallel()
	file := writeFile(t, "start.json", `{
  "version": 2,
  "start": {"date": "2026-02-02", "by": "rep"},
  "entries": [
    {"id": "a1", "date": "2026-01-26", "kind": "mail"},
    {"id": "a2", "date": "2026-02-03", "kind": "mail"}
  ]
}`)
	db := newDB(t)
	out, errOut, code := ritme(t, db, "import", file)
	if code != 0 || !strings.HasPrefix(out, "imported 2 entries") {
		t.Fatalf("import: exit %d, %q, %q", code, out, errOut)
	}
	if !strings.Contains(errOut, "2026-01-26 is before your start (2026-02-02)") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr %q, want the one-line note on the entry before the start", errOut)
	}
	var got exported
	decodeJSON(t, must(t, db, "export", "--format", "json"), &got)
	if got.Start == nil || got.Start.Date != "2026-02-02" || got.Start.By != "rep" {
		t.Errorf("start %+v, want 2026-02-02 set by the rep", got.Start)
	}
	// Without a start in the file, the earliest entry's date, set by ritme.
	db = newDB(t)
	must(t, db, "import", writeFile(t, "v1.json", `[{"id": "b1", "date": "2026-01-27", "kind": "mail"}]`))
	decodeJSON(t, must(t, db, "export", "--format", "json"), &got)
	if got.Start == nil || got.Start.Date != "2026-01-27" || got.Start.By != "ritme" {
		t.Errorf("start %+v, want 2026-01-27 set by ritme", got.Start)
	}
}

// TestImportBackupBad: a backup with a bad part is refused whole, naming
// the line.
func TestImportBackupBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	entry := `"entries": [{"id": "z1", "date": "2026-02-02", "kind": "mail"}]`
	var cases []badCase
	for _, c := range []struct{ want, body string }{
		{"line 2: version 3", `"version": 3,`},
		{"line 2: follow_ups: kind: missing", `"follow_ups": [{"who": "Acme", "due": "2026-03-03"}],`},
		{"line 2: follow_ups: who: an account needs a name", `"follow_ups": [{"who": " . ", "due": "2026-03-03", "kind": "mail"}],`},
		{"line 2: follow_ups: due: missing", `"follow_ups": [{"who": "Acme", "kind": "mail"}],`},
		{"line 2: follow-up 1", `"follow_ups": [{"who": "Acme", "due": "2026-02-30", "kind": "mail"}],`},
		{"line 2: follow-up 1", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "colour": "red"}],`},
		{"due: 1899-03-03 is before 1900", `"follow_ups": [{"who": "Acme", "due": "1899-03-03", "kind": "mail"}],`},
		{"made_on: date 2026-03-03 is after today", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "made_on": "2026-03-03"}],`},
		{"made_at \"noon\"", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "made_at": "noon"}],`},
		{"state \"later\"", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "state": "later"}],`},
		{"an open follow-up has no closed_on", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "closed_on": "2026-03-01"}],`},
		{"a cleared follow-up needs closed_on", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "state": "cleared"}],`},
		{"entry: only a done follow-up", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "state": "replaced", "closed_on": "2026-03-01", "entry": "z1"}],`},
		{"entry: id", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "state": "done", "closed_on": "2026-03-01", "entry": "z 1"}],`},
		{"line 3: follow_ups: ACME has another open follow-up on line 2", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail"},` + "\n" +
			`{"who": "ACME", "due": "2026-03-04", "kind": "call"}],`},
		{"line 3: follow_ups: Acme made at 2026-03-01T09:00:00.000000Z is also on line 2", `"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "mail", "made_at": "2026-03-01T09:00:00Z"},` + "\n" +
			`{"who": "Acme", "due": "2026-03-04", "kind": "mail", "made_at": "2026-03-01T09:00:00Z", "state": "cleared", "closed_on": "2026-03-01"}],`},
		{`line 2: leave: kind "holiday"`, `"leave": [{"date": "2026-02-02", "kind": "holiday"}],`},
		{"line 2: leave: date: missing", `"leave": [{"kind": "sick"}],`},
		{"line 3: leave: date 2026-02-02 is also on line 2", `"leave": [{"date": "2026-02-02", "kind": "sick"},` + "\n" + `{"date": "2026-02-02", "kind": "other"}],`},
		{`line 2: settings_history: "colour"`, `"settings_history": [{"key": "colour", "value": "red", "from": "", "made_at": ""}],`},
		{`line 2: settings_history: invalid target.mail "many"`, `"settings_history": [{"key": "target.mail", "value": "many", "from": "", "made_at": ""}],`},
		{"made_at", `"settings_history": [{"key": "target.mail", "value": "6", "from": "2026-02-02", "made_at": "noon"}],`},
		{"line 2: start", `"start": {"date": "2026-03-03", "by": "rep"},`},
		{`"boss"`, `"start": {"date": "2026-02-02", "by": "boss"},`},
		{"line 2: settings", `"settings": {"rest_days": -1},`},
		{"backup.keep", `"settings": {"backup.keep": "seven"},`},
		{"colour", `"settings": {"colour": 1},`},
	} {
		cases = append(cases, badCase{c.want, []string{"import", writeFile(t, "bad.json", "{\n"+c.body+"\n"+entry+"\n}\n")}})
	}
	refusedWant(t, db, 2, cases)
	// An empty follow_ups, a null one and Dutch names of leave are taken;
	// so is a follow-up made by hand: made today, now, and open.
	must(t, db, "import", writeFile(t, "ok.json", `{"follow_ups": [], "leave": [{"date": "2026-02-05", "kind": "ziek"}], `+entry+`}`))
	must(t, db, "import", writeFile(t, "ok.json", `{"follow_ups": null, `+entry+`}`))
	if out := must(t, db, "leave", "list"); !strings.Contains(out, "2026-02-05") || !strings.Contains(out, "sick") {
		t.Errorf("leave list after importing Dutch leave:\n%s", out)
	}
	must(t, db, "import", writeFile(t, "ok.json", `{"follow_ups": [{"who": "Acme", "due": "2026-03-03", "kind": "bel"},
{"who": "Bos", "due": "2026-03-04", "kind": "mail"}], `+entry+`}`))
	if out := must(t, db, "follow-ups", "--json"); !strings.Contains(out, `"who": "Acme BV"`) || !strings.Contains(out, `"kind": "call"`) ||
		!strings.Contains(out, `"who": "Bos"`) || !strings.Contains(out, `"made_on": "2026-03-02"`) {
		t.Errorf("follow-ups after importing two made by hand:\n%s", out)
	}
}

// TestExportHelpSaysCSVIsEntriesOnly: the help tells which format is the
// backup.
func TestExportHelpSaysCSVIsEntriesOnly(t *testing.T) {
	t.Parallel()
	out := must(t, newDB(t), "export", "--help")
	for _, want := range []string{"JSON is a complete backup", "CSV holds the entries only"} {
		if !strings.Contains(out, want) {
			t.Errorf("export --help does not say %q:\n%s", want, out)
		}
	}
}
