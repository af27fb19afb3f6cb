package cli

import (
	"encoding/csv"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tricky returns a database whose entries hold every sort of text that
// export and import must carry unchanged.
func tricky(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	must(t, db, "log", "mail", "--who", "=HYPERLINK(1)", "--note", "+1", "--date", "2026-02-20")
	must(t, db, "log", "mail", "--who", "@a", "--note", "-x", "--date", "2026-02-20")
	must(t, db, "log", "call", "--who", "-2+3", "--note", "=1+1", "--date", "2026-02-23")
	must(t, db, "log", "visit", "--who", `Jansen, "de Bakker" & Zn`, "--note", "line one\nline two\r\nline three\rfour")
	must(t, db, "log", "mail", "--who", "'quoted", "--note", "''")
	must(t, db, "log", "mail", "--who", "'=already guarded", "--note", "'")
	must(t, db, "log", "call", "--who", "Café Ünïcödé 😀", "--note", "a\ttab inside")
	must(t, db, "log", "mail", "-n", "3", "--who", "Batch BV", "--date", "2025-12-31")
	must(t, db, "log", "call") // no who, no note
	return db
}

func TestExportCSV(t *testing.T) {
	t.Parallel()
	db := tricky(t)
	out := must(t, db, "export")
	if first, _, _ := strings.Cut(out, "\n"); first != "id,date,kind,who,note,created_at,outcome,stage" {
		t.Errorf("header row %q", first)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v\n%s", err, out)
	}
	if len(rows) != 1+11 {
		t.Fatalf("%d rows, want a header and 11 entries", len(rows))
	}
	cells := map[string]bool{}
	for _, row := range rows[1:] {
		if len(row) != 8 {
			t.Fatalf("row %q has %d cells", row, len(row))
		}
		for _, c := range row {
			cells[c] = true
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("cell %q begins with a formula character", c)
			}
		}
	}
	for _, want := range []string{"'=HYPERLINK(1)", "'+1", "'@a", "'-x", "'-2+3", "'=1+1", "''quoted", "'''", "''=already guarded", "''"} {
		if !cells[want] {
			t.Errorf("no cell %q in\n%s", want, out)
		}
	}
	// Rows are in date order, then creation order.
	var dates []string
	for _, row := range rows[1:] {
		dates = append(dates, row[1])
	}
	for i := 1; i < len(dates); i++ {
		if dates[i] < dates[i-1] {
			t.Errorf("dates out of order: %v", dates)
			break
		}
	}
	// JSON carries the text as it is, unguarded.
	var whos []string
	for _, e := range entries(t, db) {
		whos = append(whos, e.Who)
	}
	if j := strings.Join(whos, "|"); !strings.Contains(j, "=HYPERLINK(1)|@a") || strings.Contains(j, "'=HYPERLINK") {
		t.Errorf("JSON who values: %q", j)
	}
}

// TestGuardCell covers the cells that no command can produce (ritme trims
// who and note, so a leading tab or carriage return never reaches export).
func TestGuardCell(t *testing.T) {
	for _, c := range []struct{ in, out string }{
		{"", ""}, {"plain", "plain"}, {"=1", "'=1"}, {"+1", "'+1"}, {"-1", "'-1"}, {"@a", "'@a"},
		{"\tx", "'\tx"}, {"\rx", "'\rx"}, {"'x", "''x"}, {"a=1", "a=1"},
	} {
		if got := guardCell(c.in); got != c.out {
			t.Errorf("guardCell(%q) = %q, want %q", c.in, got, c.out)
		}
		if back := unguardCell(guardCell(c.in)); back != c.in {
			t.Errorf("unguardCell(guardCell(%q)) = %q", c.in, back)
		}
	}
}

func TestExportJSON(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	got := entries(t, db) // decodes with unknown fields refused
	if len(got) != 10 {
		t.Fatalf("%d entries, want 10", len(got))
	}
	for _, e := range got {
		if e.ID == "" || e.Date == "" || e.Kind == "" || !strings.HasSuffix(e.CreatedAt, "Z") {
			t.Errorf("entry %+v", e)
		}
	}
	if out := must(t, newDB(t), "export", "--format", "json"); !strings.Contains(out, `"entries": []`) {
		t.Errorf("JSON export of an empty database: %q", out)
	}
	if out := must(t, newDB(t), "export"); out != "id,date,kind,who,note,created_at,outcome,stage\n" {
		t.Errorf("CSV export of an empty database: %q", out)
	}
}

func TestExportRange(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for _, d := range []string{"2026-02-02", "2026-02-03", "2026-02-10", "2026-02-11", "2026-03-02"} {
		must(t, db, "log", "mail", "--date", d)
	}
	dates := func(args ...string) string {
		var v exported
		decodeJSON(t, must(t, db, append([]string{"export", "--format", "json"}, args...)...), &v)
		var ds []string
		for _, e := range v.Entries {
			ds = append(ds, e.Date)
		}
		return strings.Join(ds, " ")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "2026-02-02 2026-02-03 2026-02-10 2026-02-11 2026-03-02"},
		{[]string{"--from", "2026-02-03"}, "2026-02-03 2026-02-10 2026-02-11 2026-03-02"},
		{[]string{"--to", "2026-02-10"}, "2026-02-02 2026-02-03 2026-02-10"},
		{[]string{"--from", "2026-02-03", "--to", "2026-02-10"}, "2026-02-03 2026-02-10"},
		{[]string{"--from", "2026-02-10", "--to", "2026-02-10"}, "2026-02-10"},
		{[]string{"--from", "2026-02-04", "--to", "2026-02-09"}, ""},
	} {
		if got := dates(c.args...); got != c.want {
			t.Errorf("export %q: %s, want %s", c.args, got, c.want)
		}
	}
	// The range works in CSV too.
	out := must(t, db, "export", "--from", "2026-02-10", "--to", "2026-02-11")
	if strings.Count(out, "\n") != 3 {
		t.Errorf("CSV export of two entries:\n%s", out)
	}
}

func TestExportToFile(t *testing.T) {
	t.Parallel()
	db := tricky(t)
	dir := t.TempDir()
	csvOut := must(t, db, "export")
	jsonOut := must(t, db, "export", "--format", "json")
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"out.csv", nil, csvOut},
		{"out.json", nil, jsonOut}, // format from the extension
		{"OUT.JSON", nil, jsonOut},
		{"out.txt", []string{"--format", "json"}, jsonOut},
		{"forced.json", []string{"--format", "csv"}, csvOut},
	} {
		p := filepath.Join(dir, c.name)
		out, errOut, code := ritme(t, db, append([]string{"export", "-o", p}, c.args...)...)
		if code != 0 || out != "" || !strings.Contains(errOut, "11 entries") {
			t.Errorf("export -o %s: exit %d, stdout %q, stderr %q", c.name, code, out, errOut)
		}
		if got, err := os.ReadFile(p); err != nil || string(got) != c.want {
			t.Errorf("export -o %s wrote %q (%v), want %q", c.name, got, err, c.want)
		}
	}
	// -o replaces a file that is there.
	p := writeFile(t, "old.csv", "old content that is longer than the export would be\n"+strings.Repeat("x", 5000))
	must(t, db, "export", "-o", p)
	if got, _ := os.ReadFile(p); string(got) != csvOut {
		t.Errorf("export over an existing file left %q", got)
	}
}

func TestExportRefusesDatabase(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(db)
	for _, o := range []string{db, filepath.Join(dir, ".", "sub", "..", "ritme.db"), db + "-wal"} {
		refused(t, db, 2, "export", "-o", o)
		refused(t, db, 2, "export", "--format", "json", "-o", o)
	}
	// The same file under a relative name, from the database's folder.
	out, errOut, code := exe(t, opts{dir: dir}, "export", "-o", "ritme.db", "--db", db, "--today", testToday)
	if code != 2 || out != "" {
		t.Errorf("export -o ritme.db in the database's folder: exit %d, stdout %q", code, out)
	}
	checkErrLine(t, errOut)
	// And under another name: a symbolic link.
	link := filepath.Join(t.TempDir(), "link.csv")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	refused(t, db, 2, "export", "-o", link)
	if after, _ := os.ReadFile(db); len(after) < len(before)/2 || string(after[:16]) != "SQLite format 3\x00" {
		t.Errorf("the database file was overwritten")
	}
	if n := len(entries(t, db)); n != 10 {
		t.Errorf("%d entries after refused exports, want 10", n)
	}
}

func TestExportBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedAll(t, db, 2, [][]string{
		{"export", "--format", "xml"},
		{"export", "--from", "2026-02-30"},
		{"export", "--to", "March"},
		{"export", "--from", "2026-03-01", "--to", "2026-02-01"},
		{"export", "-o"},
		{"export", "extra"},
		{"export", "--bogus"},
	})
	// A folder that does not exist: bad input, and no file appears.
	p := filepath.Join(t.TempDir(), "missing", "out.csv")
	refused(t, db, 2, "export", "-o", p)
	if _, err := os.Stat(filepath.Dir(p)); err == nil {
		t.Errorf("export made the missing folder")
	}
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	src := tricky(t)
	// CSV carries entries only, not the start: give the source the start
	// an import stores, its earliest entry.
	must(t, src, "config", "set", "start_date", "2025-12-31")
	dir := t.TempDir()
	csvFile := filepath.Join(dir, "all.csv")
	jsonFile := filepath.Join(dir, "all.json")
	must(t, src, "export", "-o", csvFile)
	must(t, src, "export", "-o", jsonFile)
	// Line breaks are stored as \n: a CSV reader would turn a \r\n inside
	// a cell into \n. A lone \r is kept.
	found := false
	for _, e := range entries(t, src) {
		found = found || e.Note == "line one\nline two\nline three\rfour"
	}
	if !found {
		t.Errorf("the note with line breaks is not stored as line one\\nline two\\nline three\\rfour")
	}
	wantCSV := must(t, src, "export")
	wantJSON := must(t, src, "export", "--format", "json")

	for _, file := range []string{csvFile, jsonFile} {
		dst := newDB(t)
		out := must(t, dst, "import", file)
		if !strings.Contains(out, "imported 11 entries") {
			t.Errorf("import %s printed %q", filepath.Base(file), out)
		}
		// Every field, ids and created_at included, survives exactly, in
		// both formats.
		if got := must(t, dst, "export"); got != wantCSV {
			t.Errorf("after import %s, CSV export differs:\n%s\nwant:\n%s", filepath.Base(file), got, wantCSV)
		}
		// CSV carries the entries and stages only; JSON everything, who set
		// the start included.
		got := must(t, dst, "export", "--format", "json")
		if file == csvFile {
			var g, w exported
			decodeJSON(t, got, &g)
			decodeJSON(t, wantJSON, &w)
			got, wantJSON := fmt.Sprint(g.Entries, g.Accounts), fmt.Sprint(w.Entries, w.Accounts)
			if got != wantJSON {
				t.Errorf("after import %s, the entries and stages differ:\n%s\nwant:\n%s", filepath.Base(file), got, wantJSON)
			}
		} else if got != wantJSON {
			t.Errorf("after import %s, JSON export differs:\n%s\nwant:\n%s", filepath.Base(file), got, wantJSON)
		}
		// So do the figures.
		if a, b := must(t, dst, "status", "--json"), must(t, src, "status", "--json"); a != b {
			t.Errorf("after import %s, status differs:\n%s\nwant:\n%s", filepath.Base(file), a, b)
		}

		// The same file again adds nothing.
		before := snapshot(t, dst)
		out = must(t, dst, "import", file)
		if !strings.Contains(out, "imported 0 entries") || !strings.Contains(out, "skipped 11") {
			t.Errorf("second import of %s printed %q", filepath.Base(file), out)
		}
		if after := snapshot(t, dst); after != before {
			t.Errorf("second import of %s changed the database", filepath.Base(file))
		}
	}
}

func TestImportMerges(t *testing.T) {
	t.Parallel()
	a := seeded(t)
	file := filepath.Join(t.TempDir(), "a.json")
	must(t, a, "export", "-o", file)

	b := newDB(t)
	must(t, b, "log", "visit", "--who", "Only in b")
	out := must(t, b, "import", file)
	if !strings.Contains(out, "imported 10 entries") {
		t.Errorf("import printed %q", out)
	}
	if n := len(entries(t, b)); n != 11 {
		t.Errorf("%d entries after merging, want 11", n)
	}
	// Part of a file already present: only the rest is added.
	c := newDB(t)
	half := filepath.Join(t.TempDir(), "half.json")
	must(t, a, "export", "--to", "2026-02-26", "-o", half)
	must(t, c, "import", half)
	out = must(t, c, "import", file)
	if !strings.Contains(out, "imported 3 entries") || !strings.Contains(out, "skipped 7 entries") {
		t.Errorf("import over half printed %q", out)
	}
}

func TestImportStdinAndHandMade(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	// A hand-made CSV: columns in another order, no id and no created_at.
	in := "date,kind,who\n2026-02-26,mail,Acme\n2026-02-26,Call,\n"
	out, errOut, code := exe(t, opts{stdin: in}, "import", "-", "--db", db, "--today", testToday)
	if code != 0 || !strings.Contains(out, "imported 2 entries") {
		t.Fatalf("import - : exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	got := entries(t, db)
	if len(got) != 2 || got[0].Who != "Acme" || got[1].Kind != "call" || got[0].ID == "" || got[0].ID == got[1].ID || got[0].CreatedAt == "" {
		t.Errorf("imported %+v", got)
	}
	// A JSON array without the {"entries": …} wrapper.
	p := writeFile(t, "list.json", `[{"date":"2026-02-27","kind":"visit","who":"Bos"}]`)
	must(t, db, "import", p)
	if n := len(entries(t, db)); n != 3 {
		t.Errorf("%d entries, want 3", n)
	}
}

// goodRows are five CSV data rows; badRow replaces the third.
var goodRows = []string{
	"00000000-0000-4000-8000-000000000001,2026-02-23,mail,Acme,,2026-02-23T09:00:00.000000Z",
	"00000000-0000-4000-8000-000000000002,2026-02-23,call,Bos,,2026-02-23T10:00:00.000000Z",
	"00000000-0000-4000-8000-000000000003,2026-02-24,visit,Vos,,2026-02-24T11:00:00.000000Z",
	"00000000-0000-4000-8000-000000000004,2026-02-24,mail,Smit,,2026-02-24T12:00:00.000000Z",
	"00000000-0000-4000-8000-000000000005,2026-02-25,mail,Dekker,,2026-02-25T13:00:00.000000Z",
}

func TestImportAllOrNothing(t *testing.T) {
	t.Parallel()
	for _, bad := range []struct{ name, date, kind string }{
		{"bad date", "2026-02-30", "mail"},
		{"not a date", "24-02-2026", "mail"},
		{"bad kind name", "2026-02-24", "Fax!"},
		{"after today", "2026-03-03", "mail"},
	} {
		t.Run(bad.name, func(t *testing.T) {
			t.Parallel()
			db := seeded(t)
			rows := append([]string(nil), goodRows...)
			rows[2] = fmt.Sprintf("00000000-0000-4000-8000-000000000003,%s,%s,Vos,,2026-02-24T11:00:00.000000Z", bad.date, bad.kind)

			// CSV: the header is line 1, so the third data row is line 4.
			csvFile := writeFile(t, "bad.csv", "id,date,kind,who,note,created_at\n"+strings.Join(rows, "\n")+"\n")
			if line := refused(t, db, 2, "import", csvFile); !strings.Contains(line, "line 4:") {
				t.Errorf("CSV error %q does not name line 4", line)
			}

			// JSON, one entry a line after "[": the third entry is line 4.
			var objs []string
			for _, r := range rows {
				f := strings.Split(r, ",")
				objs = append(objs, fmt.Sprintf(`{"id":%q,"date":%q,"kind":%q,"who":%q,"note":"","created_at":%q}`, f[0], f[1], f[2], f[3], f[5]))
			}
			jsonFile := writeFile(t, "bad.json", "[\n"+strings.Join(objs, ",\n")+"\n]\n")
			if line := refused(t, db, 2, "import", jsonFile); !strings.Contains(line, "line 4:") {
				t.Errorf("JSON error %q does not name line 4", line)
			}
		})
	}
}

func TestImportAllOrNothingExportedJSON(t *testing.T) {
	t.Parallel()
	// An indented export whose third entry is edited to a kind no database
	// could know: the error names the line where that entry begins.
	src := newDB(t)
	for _, k := range []string{"mail", "call", "visit", "mail"} {
		must(t, src, "log", k)
	}
	text := must(t, src, "export", "--format", "json")
	lines := strings.Split(text, "\n")
	n, line := 0, 0
	for i, l := range lines {
		if strings.TrimSpace(l) == "{" && i > 0 {
			if n++; n == 3 {
				line = i + 1
			}
		}
		if n == 3 && strings.Contains(l, `"kind": "visit"`) {
			lines[i] = strings.Replace(l, "visit", "Fax!", 1)
			break
		}
	}
	if line == 0 {
		t.Fatalf("no third entry in\n%s", text)
	}
	file := writeFile(t, "edited.json", strings.Join(lines, "\n"))
	db := seeded(t)
	if msg := refused(t, db, 2, "import", file); !strings.Contains(msg, fmt.Sprintf("line %d:", line)) || !strings.Contains(strings.ToLower(msg), "fax!") {
		t.Errorf("error %q does not name line %d and the kind", msg, line)
	}
}

func TestImportBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	header := "id,date,kind,who,note,created_at\n"
	for _, c := range []struct{ name, content, want string }{
		{"empty.csv", "", ""},
		{"header.csv", "when,what\n2026-02-02,mail\n", "line 1"},
		{"short.csv", header + goodRows[0] + "\n2026-02-23,mail\n", "line 3"},
		{"quote.csv", header + goodRows[0] + "\n" + `x,2026-02-23,mail,"unclosed,,` + "\n", "line 3"},
		{"dup.csv", header + goodRows[0] + "\n" + goodRows[0] + "\n", "line 3"},
		{"created.csv", header + "x1,2026-02-23,mail,,,yesterday\n", "line 2"},
		{"old.csv", header + "x1,1899-12-29,mail,,,\n", "line 2"},
		{"broken.json", `{"entries": [{"date": "2026-02-23", "kind": "mail"},`, ""},
		{"field.json", `[{"date": "2026-02-23", "kind": "mail", "colour": "red"}]`, "colour"},
		{"nodate.json", `[{"kind": "mail"}]`, "date"},
		{"noentries.json", `{"items": []}`, "entries"},
		{"number.json", `[{"date": "2026-02-23", "kind": "mail", "who": 5}]`, "who"},
	} {
		if line := refused(t, db, 2, "import", writeFile(t, c.name, c.content)); !strings.Contains(line, c.want) {
			t.Errorf("import %s: error %q does not mention %q", c.name, line, c.want)
		}
	}
	refused(t, db, 2, "import", filepath.Join(t.TempDir(), "missing.csv"))
	refused(t, db, 2, "import")
	refused(t, db, 2, "import", "a.csv", "b.csv")
	refused(t, db, 2, "import", "--bogus", "a.csv")
	// A kind added on one database is taken by another, as log would take
	// it: listed with no target until one is configured.
	other := newDB(t)
	must(t, other, "config", "set", "target.linkedin", "2")
	must(t, other, "log", "linkedin")
	file := filepath.Join(t.TempDir(), "linkedin.csv")
	must(t, other, "export", "-o", file)
	must(t, db, "import", file)
	if st := must(t, db, "status", "--json"); !strings.Contains(st, `"kind": "linkedin"`) {
		t.Errorf("status does not list the imported kind:\n%s", st)
	}
	must(t, db, "log", "linkedin")
}

// staged returns a database with outcomes and stages: accounts with
// entries and a stage set under another spelling, accounts registered with a
// stage only (one whose name a spreadsheet would run), an explicit suspect,
// and outcomes with and without an account.
func staged(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	must(t, db, "log", "mail", "--who", "Acme BV", "--outcome", "reply", "--date", "2026-02-26")
	id := loggedID(t, must(t, db, "log", "call", "--who", "acme  bv", "--date", "2026-02-27"))
	must(t, db, "outcome", id[:8], "meeting")
	must(t, db, "log", "visit", "--who", "Bakker", "--outcome", "won")
	must(t, db, "log", "mail", "-n", "2", "--who", "Claes")
	must(t, db, "log", "mail", "--outcome", "lost") // no account
	must(t, db, "log", "call", "--who", "Dirk", "--outcome", "proposal")
	must(t, db, "account", "set", "ACME BV", "--stage", "customer")
	must(t, db, "account", "set", "bakker", "--stage", "prospect")
	must(t, db, "account", "set", "Dirk", "--stage", "suspect")
	must(t, db, "account", "set", "Nieuw BV", "--stage", "prospect")
	must(t, db, "account", "set", "=Formule BV", "--stage", "customer")
	return db
}

func TestExportOutcomesAndStages(t *testing.T) {
	t.Parallel()
	db := staged(t)
	rows, err := csv.NewReader(strings.NewReader(must(t, db, "export"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// who → outcome,stage per entry row; accounts without entries last,
	// with only who and stage.
	var got []string
	for _, r := range rows[1:] {
		if r[0] == "" {
			got = append(got, fmt.Sprintf("[%s] %s %s|%s", strings.Join(r[:3], ","), r[3], r[6], r[7]))
			continue
		}
		got = append(got, fmt.Sprintf("%s %s|%s", r[3], r[6], r[7]))
	}
	want := []string{
		"Acme BV reply|customer", "acme  bv meeting|customer",
		"Bakker won|prospect", "Claes |", "Claes |", " lost|", "Dirk proposal|suspect",
		"[,,] '=Formule BV |customer", "[,,] Nieuw BV |prospect",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("CSV export rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// JSON: an outcome per entry, and every stage that was set.
	var v exported
	decodeJSON(t, must(t, db, "export", "--format", "json"), &v)
	var outs []string
	for _, e := range v.Entries {
		outs = append(outs, e.Outcome)
	}
	if got, want := strings.Join(outs, ","), "reply,meeting,won,,,lost,proposal"; got != want {
		t.Errorf("JSON outcomes %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(v.Accounts), "[{=Formule BV customer} {ACME BV customer} {bakker prospect} {Dirk suspect} {Nieuw BV prospect}]"; got != want {
		t.Errorf("JSON accounts %s, want %s", got, want)
	}
}

func TestRoundTripOutcomesAndStages(t *testing.T) {
	t.Parallel()
	src := staged(t)
	dir := t.TempDir()
	csvFile, jsonFile := filepath.Join(dir, "all.csv"), filepath.Join(dir, "all.json")
	must(t, src, "export", "-o", csvFile)
	must(t, src, "export", "-o", jsonFile)
	wantAccounts := must(t, src, "accounts", "--json", "--sort", "name")
	wantOutcomes := outcomes(t, src)
	for _, file := range []string{csvFile, jsonFile} {
		dst := newDB(t)
		if out := must(t, dst, "import", file); !strings.Contains(out, "imported 7 entries") {
			t.Errorf("import %s printed %q", filepath.Base(file), out)
		}
		if got := must(t, dst, "accounts", "--json", "--sort", "name"); got != wantAccounts {
			t.Errorf("after import %s, accounts --json:\n%s\nwant:\n%s", filepath.Base(file), got, wantAccounts)
		}
		if got := outcomes(t, dst); !maps.Equal(got, wantOutcomes) {
			t.Errorf("after import %s, outcomes %v, want %v", filepath.Base(file), got, wantOutcomes)
		}
		// The same format exports the same again.
		format := strings.TrimPrefix(filepath.Ext(file), ".")
		if got, want := must(t, dst, "export", "--format", format), must(t, src, "export", "--format", format); got != want {
			t.Errorf("after import %s, export differs:\n%s\nwant:\n%s", filepath.Base(file), got, want)
		}
		for _, args := range [][]string{{"next", "--json", "-n", "100"}, {"report", "--json"}} {
			if got, want := must(t, dst, args...), must(t, src, args...); got != want {
				t.Errorf("after import %s, %s differs:\n%s\nwant:\n%s", filepath.Base(file), args[0], got, want)
			}
		}
		// Importing again changes nothing.
		before := snapshot(t, dst)
		must(t, dst, "import", file)
		if snapshot(t, dst) != before {
			t.Errorf("a second import of %s changed the database", filepath.Base(file))
		}
	}
}

func TestImportKeepsExistingStage(t *testing.T) {
	t.Parallel()
	src := staged(t)
	dir := t.TempDir()
	for _, name := range []string{"all.csv", "all.json"} {
		file := filepath.Join(dir, name)
		must(t, src, "export", "-o", file)
		dst := newDB(t)
		// Acme is a suspect here and Nieuw BV a customer, by the rep's own
		// word; Bakker has no stage yet.
		must(t, dst, "account", "set", "Acme BV", "--stage", "suspect")
		must(t, dst, "account", "set", "nieuw  bv", "--stage", "customer")
		must(t, dst, "log", "mail", "--who", "Bakker", "--date", "2026-02-02")
		must(t, dst, "import", file)
		stages := map[string]string{}
		for _, a := range accountsJSON(t, dst, "accounts", "--json") {
			stages[a.Key] = a.Stage
		}
		want := map[string]string{"acme": "suspect", "nieuw": "customer", "bakker": "prospect", "claes": "suspect", "dirk": "suspect", "=formule": "customer"}
		if !maps.Equal(stages, want) {
			t.Errorf("import %s: stages %v, want %v", name, stages, want)
		}
	}
}

func TestImportBadOutcomeOrStage(t *testing.T) {
	t.Parallel()
	rows := []string{
		"00000000-0000-4000-8000-000000000001,2026-02-23,mail,Acme,,2026-02-23T09:00:00.000000Z,reply,prospect",
		"00000000-0000-4000-8000-000000000002,2026-02-23,call,Bos,,2026-02-23T10:00:00.000000Z,,",
		"00000000-0000-4000-8000-000000000003,2026-02-24,visit,Vos,,2026-02-24T11:00:00.000000Z,meeting,customer",
		"00000000-0000-4000-8000-000000000004,2026-02-24,mail,Smit,,2026-02-24T12:00:00.000000Z,won,",
		",,,Nieuw,,,,prospect",
	}
	header := "id,date,kind,who,note,created_at,outcome,stage\n"
	for _, c := range []struct{ name, row, want string }{
		{"bad outcome", "00000000-0000-4000-8000-000000000003,2026-02-24,visit,Vos,,2026-02-24T11:00:00.000000Z,maybe,customer", "maybe"},
		{"bad stage", "00000000-0000-4000-8000-000000000003,2026-02-24,visit,Vos,,2026-02-24T11:00:00.000000Z,meeting,boss", "boss"},
		{"bad stage of an account alone", ",,,Vos,,,,lead", "lead"},
		{"stage without a name", "00000000-0000-4000-8000-000000000003,2026-02-24,visit,,,2026-02-24T11:00:00.000000Z,,prospect", "name"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			db := seeded(t)
			must(t, db, "account", "set", "Acme", "--stage", "customer")
			bad := append([]string(nil), rows...)
			bad[2] = c.row
			// CSV: the header is line 1, so the third data row is line 4.
			file := writeFile(t, "bad.csv", header+strings.Join(bad, "\n")+"\n")
			if line := refused(t, db, 2, "import", file); !strings.Contains(line, "line 4:") || !strings.Contains(line, c.want) {
				t.Errorf("CSV error %q does not name line 4 and %q", line, c.want)
			}
		})
	}
	// JSON, one entry and one account a line: the bad one is named by its
	// line.
	entry := func(i int, who, outcome string) string {
		return fmt.Sprintf(`{"id": "00000000-0000-4000-8000-00000000000%d", "date": "2026-02-2%d", "kind": "mail", "who": %q, "note": "", "created_at": "2026-02-23T09:00:00.000000Z", "outcome": %q}`, i, i+2, who, outcome)
	}
	account := func(name, stage string) string { return fmt.Sprintf(`{"name": %q, "stage": %q}`, name, stage) }
	for _, c := range []struct {
		name     string
		entries  []string
		accounts []string
		line     int
		want     string
	}{
		// line 1 {, line 2 "entries": [, lines 3… the entries
		{"bad outcome", []string{entry(1, "Acme", "reply"), entry(2, "Bos", ""), entry(3, "Vos", "maybe"), entry(4, "Smit", "won")},
			[]string{account("Acme", "prospect")}, 5, "maybe"},
		// four entries on lines 3 to 6, line 7 ], line 8 "accounts": [,
		// lines 9… the accounts
		{"bad stage", []string{entry(1, "Acme", "reply"), entry(2, "Bos", ""), entry(3, "Vos", "meeting"), entry(4, "Smit", "won")},
			[]string{account("Acme", "prospect"), account("Bos", "customer"), account("Vos", "boss"), account("Nieuw", "prospect")}, 11, "boss"},
		{"stage without a name", []string{entry(1, "Acme", "reply")},
			[]string{account("Acme", "prospect"), account("Bos", "customer"), account(" ", "prospect")}, 8, "name"},
		{"stage not a string", []string{entry(1, "Acme", "reply")},
			[]string{account("Acme", "prospect"), account("Bos", "customer"), `{"name": "Vos", "stage": 3}`}, 8, "stage"},
		{"unknown field", []string{entry(1, "Acme", "reply")},
			[]string{account("Acme", "prospect"), account("Bos", "customer"), `{"name": "Vos", "stage": "prospect", "colour": "red"}`}, 8, "colour"},
	} {
		t.Run("JSON "+c.name, func(t *testing.T) {
			t.Parallel()
			db := seeded(t)
			must(t, db, "account", "set", "Acme", "--stage", "customer")
			text := "{\n\"entries\": [\n" + strings.Join(c.entries, ",\n") + "\n],\n\"accounts\": [\n" + strings.Join(c.accounts, ",\n") + "\n]\n}\n"
			file := writeFile(t, "bad.json", text)
			if line := refused(t, db, 2, "import", file); !strings.Contains(line, fmt.Sprintf("line %d:", c.line)) || !strings.Contains(line, c.want) {
				t.Errorf("JSON error %q does not name line %d and %q\n%s", line, c.line, c.want, text)
			}
		})
	}
	// The good files import.
	db := newDB(t)
	must(t, db, "import", writeFile(t, "good.csv", header+strings.Join(rows, "\n")+"\n"))
	stages := map[string]string{}
	for _, a := range accountsJSON(t, db, "accounts", "--json") {
		stages[a.Key] = a.Stage
	}
	if want := map[string]string{"acme": "prospect", "bos": "suspect", "vos": "customer", "smit": "suspect", "nieuw": "prospect"}; !maps.Equal(stages, want) {
		t.Errorf("after the good CSV: stages %v, want %v", stages, want)
	}
	if got := outcomes(t, db); got["00000000-0000-4000-8000-000000000003"] != "meeting" || got["00000000-0000-4000-8000-000000000004"] != "won" {
		t.Errorf("after the good CSV: outcomes %v", got)
	}
	// "accounts": null is no accounts.
	must(t, db, "import", writeFile(t, "null.json", `{"entries": [], "accounts": null}`))
}
