package main

import (
	"encoding/csv"
	"fmt"
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
		var v struct {
			Entries  []exportedEntry
			Accounts []exportedStage
		}
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
	// A folder that does not exist: a failure, and no file appears.
	p := filepath.Join(t.TempDir(), "missing", "out.csv")
	refused(t, db, 1, "export", "-o", p)
	if _, err := os.Stat(filepath.Dir(p)); err == nil {
		t.Errorf("export made the missing folder")
	}
}

func TestRoundTrip(t *testing.T) {
	t.Parallel()
	src := tricky(t)
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
		if got := must(t, dst, "export", "--format", "json"); got != wantJSON {
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
		{"unknown kind", "2026-02-24", "fax"},
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
	// An indented export whose third entry is edited to a kind the database
	// does not know: the error names the line where that entry begins.
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
			lines[i] = strings.Replace(l, "visit", "fax", 1)
			break
		}
	}
	if line == 0 {
		t.Fatalf("no third entry in\n%s", text)
	}
	file := writeFile(t, "edited.json", strings.Join(lines, "\n"))
	db := seeded(t)
	if msg := refused(t, db, 2, "import", file); !strings.Contains(msg, fmt.Sprintf("line %d:", line)) || !strings.Contains(msg, "fax") {
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
	// A kind added on one database is unknown to another until configured.
	other := newDB(t)
	must(t, other, "config", "set", "target.linkedin", "2")
	must(t, other, "log", "linkedin")
	file := filepath.Join(t.TempDir(), "linkedin.csv")
	must(t, other, "export", "-o", file)
	if line := refused(t, db, 2, "import", file); !strings.Contains(line, "linkedin") {
		t.Errorf("error %q does not name the kind", line)
	}
	must(t, db, "config", "set", "target.linkedin", "2")
	must(t, db, "import", file)
}
