package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// csvColumns is the header row of a CSV export, in order. stage is the
// stage of the entry's account, when one was set. An account whose stage was
// set but that no exported entry names gets a row of its own, with only who
// and stage.
var csvColumns = []string{"id", "date", "kind", "who", "note", "created_at", "outcome", "stage"}

// entryJSON is one entry in a JSON export.
type entryJSON struct {
	ID        string      `json:"id"`
	Date      rhythm.Date `json:"date"`
	Kind      rhythm.Kind `json:"kind"`
	Who       string      `json:"who"`
	Note      string      `json:"note"`
	CreatedAt string      `json:"created_at"`
	Outcome   string      `json:"outcome"`
}

// stageJSON is the stage of one account in a JSON export.
type stageJSON struct {
	Name  string `json:"name"`
	Stage string `json:"stage"`
}

// exportJSON is the whole JSON export.
type exportJSON struct {
	Entries  []entryJSON `json:"entries"`
	Accounts []stageJSON `json:"accounts"`
}

// writeCSV writes entries as CSV with a header row, guarding every cell
// against spreadsheet formula injection.
func writeCSV(w io.Writer, entries []rhythm.Entry, stages []rhythm.AccountStage) error {
	stageOf := map[string]rhythm.Stage{}
	for _, s := range stages {
		stageOf[rhythm.AccountKey(s.Name)] = s.Stage
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	write := func(row []string) error {
		for i := range row {
			row[i] = guardCell(row[i])
		}
		return cw.Write(row)
	}
	named := map[string]bool{}
	for _, e := range entries {
		key := rhythm.AccountKey(e.Who)
		named[key] = true
		if err := write([]string{e.ID, e.Date.String(), string(e.Kind), e.Who, e.Note, e.CreatedAt.UTC().Format(store.TimeFormat),
			string(e.Outcome), string(stageOf[key])}); err != nil {
			return err
		}
	}
	for _, s := range stages {
		if !named[rhythm.AccountKey(s.Name)] {
			if err := write([]string{"", "", "", s.Name, "", "", "", string(s.Stage)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// guardCell prefixes a cell with ' when a spreadsheet could read it as a
// formula (it begins with =, +, -, @, a tab or a carriage return), and when
// it already begins with ', so that import can always remove exactly one.
func guardCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r'", rune(s[0])) {
		return "'" + s
	}
	return s
}

// unguardCell undoes guardCell.
func unguardCell(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r'", rune(s[1])) {
		return s[1:]
	}
	return s
}

// writeJSONEntries writes entries and stages as a JSON export.
func writeJSONEntries(w io.Writer, entries []rhythm.Entry, stages []rhythm.AccountStage) error {
	out := exportJSON{Entries: make([]entryJSON, len(entries)), Accounts: make([]stageJSON, len(stages))}
	for i, e := range entries {
		out.Entries[i] = entryJSON{ID: e.ID, Date: e.Date, Kind: e.Kind, Who: e.Who, Note: e.Note,
			CreatedAt: e.CreatedAt.UTC().Format(store.TimeFormat), Outcome: string(e.Outcome)}
	}
	for i, s := range stages {
		out.Accounts[i] = stageJSON{Name: s.Name, Stage: string(s.Stage)}
	}
	return writeJSON(w, out)
}

// importRow is an entry, or an account's stage, as read from a file before
// validation, with the line it started on. A CSV row carries both.
type importRow struct {
	line  int
	e     entryJSON
	stage stageJSON
}

// readEntries reads a CSV or JSON export. It tells them apart by the first
// character that is not white space: '{' or '[' is JSON.
// Its errors are said in the app's language, with the line they are on.
func (a *app) readEntries(data []byte) ([]importRow, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return a.readJSONEntries(data)
	}
	return a.readCSVEntries(data)
}

// atLine says a problem on a line of the file read.
func (a *app) atLine(line int, m i18n.Text, args ...any) error {
	return a.bad(i18n.AtLine, line, a.t(m, args...))
}

// atLineErr says an error on a line of the file read. The errors of
// encoding/csv and encoding/json stay as Go words them, in English.
func (a *app) atLineErr(line int, err error) error {
	return a.bad(i18n.AtLine, line, a.explain(err))
}

func (a *app) readCSVEntries(data []byte) ([]importRow, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, a.bad(i18n.FileEmpty)
	}
	if err != nil {
		return nil, a.csvError(err)
	}
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(csvColumns, name) {
			return nil, a.atLine(1, i18n.UnknownColumn, h, strings.Join(csvColumns, ","))
		}
		if _, dup := col[name]; dup {
			return nil, a.atLine(1, i18n.ColumnTwice, h)
		}
		col[name] = i
	}
	for _, need := range []string{"date", "kind"} {
		if _, ok := col[need]; !ok {
			return nil, a.atLine(1, i18n.NoColumn, need)
		}
	}
	var rows []importRow
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, a.csvError(err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			return nil, a.atLine(line, i18n.FieldCount, a.n(i18n.Fields, len(rec)), len(header))
		}
		get := func(name string) string {
			if i, ok := col[name]; ok {
				return unguardCell(rec[i])
			}
			return ""
		}
		if accountOnly(get) {
			rows = append(rows, importRow{line: line, stage: stageJSON{Name: get("who"), Stage: get("stage")}})
			continue
		}
		date, err := rhythm.ParseDate(strings.TrimSpace(get("date")))
		if err != nil {
			return nil, a.atLine(line, i18n.FieldDate, a.explain(err))
		}
		rows = append(rows, importRow{line: line, e: entryJSON{
			ID: get("id"), Date: date, Kind: rhythm.Kind(get("kind")), Who: get("who"), Note: get("note"),
			CreatedAt: get("created_at"), Outcome: get("outcome"),
		}, stage: stageJSON{Name: get("who"), Stage: get("stage")}})
	}
}

// accountOnly reports whether a CSV row is an account's stage alone, as
// export writes it for an account that no exported entry names: a stage and
// at most a who.
func accountOnly(get func(string) string) bool {
	for _, c := range csvColumns {
		v := strings.TrimSpace(get(c))
		switch c {
		case "who":
		case "stage":
			if v == "" {
				return false
			}
		default:
			if v != "" {
				return false
			}
		}
	}
	return true
}

func (a *app) csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return a.atLineErr(pe.Line, pe.Err)
	}
	return err
}

func (a *app) readJSONEntries(data []byte) ([]importRow, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	// lineAt counts lines incrementally: offsets only grow while decoding,
	// and counting from the start each time would be quadratic.
	line, counted := 1, int64(0)
	lineAt := func(offset int64) int {
		if offset > counted {
			line += bytes.Count(data[counted:offset], []byte("\n"))
			counted = offset
		}
		return line
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, a.atLineErr(lineAt(dec.InputOffset()), err)
	}
	if tok == json.Delim('[') {
		return a.readJSONArray(dec, data, lineAt)
	}
	if tok != json.Delim('{') {
		return nil, a.atLine(lineAt(dec.InputOffset()), i18n.WantExport)
	}
	// {"entries": [...], "accounts": [...]}; other keys are skipped.
	var rows []importRow
	found := false
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, a.atLineErr(lineAt(dec.InputOffset()), err)
		}
		switch key {
		case "entries":
			found = true
			if tok, err = dec.Token(); err != nil || tok != json.Delim('[') {
				return nil, a.atLine(lineAt(dec.InputOffset()), i18n.MustBeArray, "entries")
			}
			entries, err := a.readJSONArray(dec, data, lineAt)
			if err != nil {
				return nil, err
			}
			rows = append(rows, entries...)
		case "accounts":
			tok, err := dec.Token()
			if err != nil || (tok != json.Delim('[') && tok != nil) {
				return nil, a.atLine(lineAt(dec.InputOffset()), i18n.MustBeArray, "accounts")
			}
			if tok == nil {
				continue // null: no accounts
			}
			// One row per account, with the line it begins on.
			for n := 1; dec.More(); n++ {
				row := importRow{line: lineAt(elementStart(dec, data))}
				if err := dec.Decode(&row.stage); err != nil {
					return nil, a.atLine(row.line, i18n.AccountNo, n, a.jsonError(err))
				}
				rows = append(rows, row)
			}
			if _, err := dec.Token(); err != nil { // the closing ']'
				return nil, a.atLineErr(lineAt(dec.InputOffset()), err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, a.atLineErr(lineAt(dec.InputOffset()), err)
			}
		}
	}
	if !found {
		return nil, a.bad(i18n.NoEntriesArray)
	}
	return rows, nil
}

// readJSONArray reads the entries of an array whose '[' was just read.
func (a *app) readJSONArray(dec *json.Decoder, data []byte, lineAt func(int64) int) ([]importRow, error) {
	var rows []importRow
	for n := 1; dec.More(); n++ {
		row := importRow{line: lineAt(elementStart(dec, data))}
		if err := dec.Decode(&row.e); err != nil {
			return nil, a.atLine(row.line, i18n.EntryNo, n, a.jsonError(err))
		}
		if row.e.Date.IsZero() {
			return nil, a.atLine(row.line, i18n.EntryNo, n, a.t(i18n.DateMissing))
		}
		rows = append(rows, row)
	}
	if _, err := dec.Token(); err != nil { // the closing ']'
		return nil, a.atLineErr(lineAt(dec.InputOffset()), err)
	}
	return rows, nil
}

// elementStart returns the offset in data of the array element dec reads
// next: after any comma and white space.
func elementStart(dec *json.Decoder, data []byte) int64 {
	start := dec.InputOffset()
	for start < int64(len(data)) && strings.ContainsRune(", \t\r\n", rune(data[start])) {
		start++
	}
	return start
}

// jsonError words a decoding error without Go's type names. A date that
// is not one is said in the app's language; the rest of encoding/json's
// errors stay as Go words them.
func (a *app) jsonError(err error) string {
	var te *json.UnmarshalTypeError
	var ie *rhythm.InputError
	switch {
	case errors.As(err, &te):
		what := te.Value
		if m, ok := i18n.JSONValueNames[te.Value]; ok {
			what = a.t(m)
		}
		return a.t(i18n.WantString, te.Field, what)
	case errors.As(err, &ie):
		return a.explain(ie)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// validateImport checks every row as `ritme log` would check it and returns
// the entries and the stages; the first bad row is reported with its line.
func (a *app) validateImport(rows []importRow, s rhythm.Settings, today rhythm.Date, now time.Time) ([]rhythm.Entry, []rhythm.AccountStage, error) {
	entries := make([]rhythm.Entry, 0, len(rows))
	var stages []rhythm.AccountStage
	stageAt := map[string]int{}
	seen := make(map[string]int, len(rows))
	for _, r := range rows {
		if r.stage.Stage != "" {
			st, err := rhythm.ParseStage(i18n.StageFromName(r.stage.Stage))
			if err != nil {
				return nil, nil, a.atLineErr(r.line, err)
			}
			name := strings.Join(strings.Fields(r.stage.Name), " ")
			key := rhythm.AccountKey(name)
			if key == "" {
				return nil, nil, a.atLine(r.line, i18n.StageNeedsName)
			}
			if i, ok := stageAt[key]; ok {
				stages[i].Stage = st // the last one in the file wins
			} else {
				stageAt[key] = len(stages)
				stages = append(stages, rhythm.AccountStage{Name: name, Stage: st})
			}
		}
		if r.e.Date.IsZero() {
			continue // an account's stage, not an entry
		}
		e, err := a.validateRow(r.e, s, today, now)
		if err != nil {
			return nil, nil, a.atLineErr(r.line, err)
		}
		if first, dup := seen[e.ID]; dup {
			return nil, nil, a.atLine(r.line, i18n.IDTwice, e.ID, first)
		}
		seen[e.ID] = r.line
		entries = append(entries, e)
	}
	return entries, stages, nil
}

// maxIDLen caps an imported id.
const maxIDLen = 64

// validateRow checks one entry; its errors are said in the app's language.
// Kinds and outcomes may be named in Dutch.
func (a *app) validateRow(j entryJSON, s rhythm.Settings, today rhythm.Date, now time.Time) (rhythm.Entry, error) {
	e := rhythm.Entry{ID: strings.TrimSpace(j.ID), Date: j.Date, Kind: i18n.KindFromName(string(j.Kind)),
		Who: cleanText(j.Who), Note: cleanText(j.Note)}
	if e.ID == "" {
		e.ID = store.NewID()
	}
	if len(e.ID) > maxIDLen || strings.IndexFunc(e.ID, func(r rune) bool { return r <= ' ' || r == 0x7f || r >= utf8.RuneSelf }) >= 0 {
		return e, a.bad(i18n.BadID, j.ID, maxIDLen)
	}
	switch {
	case e.Date.Year() < minYear:
		return e, a.bad(i18n.DateBeforeMin, e.Date, minYear)
	case e.Date > today:
		return e, a.bad(i18n.DateAfterToday, e.Date, today)
	case !s.HasKind(e.Kind):
		return e, a.bad(i18n.ImportUnknownKind, j.Kind, j.Kind)
	}
	if err := a.checkText("who", e.Who, maxWhoLen); err != nil {
		return e, err
	}
	if err := a.checkText("note", e.Note, maxNoteLen); err != nil {
		return e, err
	}
	o, err := rhythm.ParseOutcome(i18n.OutcomeFromName(j.Outcome))
	if err != nil {
		return e, err
	}
	e.Outcome = o
	e.CreatedAt = now.UTC()
	if c := strings.TrimSpace(j.CreatedAt); c != "" {
		t, err := time.Parse(time.RFC3339Nano, c)
		if err != nil {
			return e, a.bad(i18n.BadCreatedAt, c)
		}
		e.CreatedAt = t.UTC()
	}
	return e, nil
}
