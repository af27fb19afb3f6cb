package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// importRow is an entry, or an account's stage, as read from a file before
// validation, with the line it started on. A CSV row carries both.
type importRow struct {
	line  int
	e     entryJSON
	stage stageJSON
}

// importFile is what a file to import holds, read but not yet checked,
// each part with the line it starts on. A CSV file holds rows only.
type importFile struct {
	rows      []importRow
	leave     []leaveRow
	changes   []changeRow
	followUps []followUpRow
	// start is the start the file carries, nil for none.
	start     *startJSON
	startLine int
	// settings are the settings without history the file carries.
	settings     undatedJSON
	settingsLine int
}

// leaveRow is a date of leave as read, with its line.
type leaveRow struct {
	line int
	l    leaveJSON
}

// followUpRow is a follow-up as read, with its line.
type followUpRow struct {
	line int
	f    followUpExportJSON
}

// changeRow is a change of a setting as read, with its line.
type changeRow struct {
	line int
	c    changeJSON
}

// readImport reads a CSV or JSON export. It tells them apart by the first
// character that is not white space: '{' or '[' is JSON.
// Its errors are said in the app's language, with the line they are on.
func (a *app) readImport(data []byte) (importFile, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		return a.readJSONImport(data)
	}
	rows, err := a.readCSVEntries(data)
	return importFile{rows: rows}, err
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

// elementStart returns the offset in data of the value dec reads next, an
// array element or an object's value: after any comma, colon and white
// space.
func elementStart(dec *json.Decoder, data []byte) int64 {
	start := dec.InputOffset()
	for start < int64(len(data)) && strings.ContainsRune(",: \t\r\n", rune(data[start])) {
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
		if te.Type != nil && te.Type.Kind() == reflect.Int {
			return a.t(i18n.WantNumber, te.Field, what)
		}
		return a.t(i18n.WantString, te.Field, what)
	case errors.As(err, &ie):
		return a.explain(ie)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// maxIDLen caps an imported id.
const maxIDLen = 64

// validID reports whether id can be an entry's id: at most maxIDLen
// printable ASCII characters, no spaces.
func validID(id string) bool {
	return len(id) <= maxIDLen && strings.IndexFunc(id, func(r rune) bool { return r <= ' ' || r == 0x7f || r >= utf8.RuneSelf }) < 0
}

// validateRow checks one entry; its errors are said in the app's language.
// Kinds and outcomes may be named in Dutch.
func (a *app) validateRow(j entryJSON, today rhythm.Date, now time.Time) (rhythm.Entry, error) {
	e := rhythm.Entry{ID: strings.TrimSpace(j.ID), Date: j.Date, Kind: i18n.KindFromName(string(j.Kind)),
		Who: cleanText(j.Who), Note: cleanText(j.Note)}
	if e.ID == "" {
		e.ID = store.NewID()
	}
	if !validID(e.ID) {
		return e, a.bad(i18n.BadID, j.ID, maxIDLen)
	}
	switch {
	case e.Date.Year() < minYear:
		return e, a.bad(i18n.DateBeforeMin, e.Date, minYear)
	case e.Date > today:
		return e, a.bad(i18n.DateAfterToday, e.Date, today)
	}
	if err := rhythm.ValidKindName(string(e.Kind)); err != nil {
		return e, err
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
