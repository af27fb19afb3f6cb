package cli

import (
	"bytes"
	"encoding/json"

	"ritme/i18n"
)

// jsonReader reads a JSON import with a decoder and knows the line of any
// offset in it.
type jsonReader struct {
	a    *app
	dec  *json.Decoder
	data []byte
	// line is the line of the offset counted; offsets only grow while
	// decoding, and counting from the start each time would be quadratic.
	line    int
	counted int64
}

// lineAt returns the line of an offset at or after the last one asked.
func (r *jsonReader) lineAt(offset int64) int {
	if offset > r.counted {
		r.line += bytes.Count(r.data[r.counted:offset], []byte("\n"))
		r.counted = offset
	}
	return r.line
}

// here returns the line of what the decoder reads next.
func (r *jsonReader) here() int { return r.lineAt(elementStart(r.dec, r.data)) }

// readJSONImport reads a JSON import: an export object of version 2 or 1,
// or a bare array of entries (version 1).
func (a *app) readJSONImport(data []byte) (importFile, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	r := &jsonReader{a: a, dec: dec, data: data, line: 1}
	var f importFile
	tok, err := dec.Token()
	if err != nil {
		return f, a.atLineErr(r.lineAt(dec.InputOffset()), err)
	}
	if tok == json.Delim('[') {
		f.rows, err = r.entries()
		return f, err
	}
	if tok != json.Delim('{') {
		return f, a.atLine(r.lineAt(dec.InputOffset()), i18n.WantExport)
	}
	found := false
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return f, a.atLineErr(r.lineAt(dec.InputOffset()), err)
		}
		line := r.here()
		switch key {
		case "version":
			var v int
			if err := dec.Decode(&v); err != nil {
				return f, a.atLine(line, i18n.FieldIs, "version", a.jsonError(err))
			}
			if v > exportVersion {
				return f, a.atLine(line, i18n.ExportTooNew, v, exportVersion)
			}
		case "entries":
			found = true
			if tok, err = dec.Token(); err != nil || tok != json.Delim('[') {
				return f, a.atLine(line, i18n.MustBeArray, "entries")
			}
			rows, err := r.entries()
			if err != nil {
				return f, err
			}
			f.rows = append(f.rows, rows...)
		case "accounts":
			err = r.each("accounts", i18n.AccountNo, func(line int) error {
				row := importRow{line: line}
				f.rows = append(f.rows, row)
				return dec.Decode(&f.rows[len(f.rows)-1].stage)
			})
		case "leave":
			err = r.each("leave", i18n.LeaveNo, func(line int) error {
				f.leave = append(f.leave, leaveRow{line: line})
				return dec.Decode(&f.leave[len(f.leave)-1].l)
			})
		case "settings_history":
			err = r.each("settings_history", i18n.ChangeNo, func(line int) error {
				f.changes = append(f.changes, changeRow{line: line})
				return dec.Decode(&f.changes[len(f.changes)-1].c)
			})
		case "follow_ups":
			err = r.each("follow_ups", i18n.FollowUpNo, func(line int) error {
				f.followUps = append(f.followUps, followUpRow{line: line})
				return dec.Decode(&f.followUps[len(f.followUps)-1].f)
			})
		case "start":
			f.startLine = line
			if err := dec.Decode(&f.start); err != nil {
				return f, a.atLine(line, i18n.FieldIs, "start", a.jsonError(err))
			}
		case "settings":
			f.settingsLine = line
			if err := dec.Decode(&f.settings); err != nil {
				return f, a.atLine(line, i18n.FieldIs, "settings", a.jsonError(err))
			}
		default:
			// Another program's key, or a later ritme's: skipped, as
			// version 1 did.
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return f, a.atLineErr(line, err)
			}
		}
		if err != nil {
			return f, err
		}
	}
	if !found {
		return f, a.bad(i18n.NoEntriesArray)
	}
	return f, nil
}

// entries reads the entries of an array whose '[' was just read.
func (r *jsonReader) entries() ([]importRow, error) {
	var rows []importRow
	for n := 1; r.dec.More(); n++ {
		row := importRow{line: r.here()}
		if err := r.dec.Decode(&row.e); err != nil {
			return nil, r.a.atLine(row.line, i18n.EntryNo, n, r.a.jsonError(err))
		}
		if row.e.Date.IsZero() {
			return nil, r.a.atLine(row.line, i18n.EntryNo, n, r.a.t(i18n.DateMissing))
		}
		rows = append(rows, row)
	}
	return rows, r.end()
}

// each reads an array (or null, for none) named name, calling decode for
// each element with the line it begins on; an element's error is said with
// its number, as what names it says.
func (r *jsonReader) each(name string, what i18n.Text, decode func(line int) error) error {
	line := r.here()
	tok, err := r.dec.Token()
	if err != nil || (tok != json.Delim('[') && tok != nil) {
		return r.a.atLine(line, i18n.MustBeArray, name)
	}
	if tok == nil {
		return nil
	}
	for n := 1; r.dec.More(); n++ {
		line := r.here()
		if err := decode(line); err != nil {
			return r.a.atLine(line, what, n, r.a.jsonError(err))
		}
	}
	return r.end()
}

// end reads the closing ']' of an array.
func (r *jsonReader) end() error {
	if _, err := r.dec.Token(); err != nil {
		return r.a.atLineErr(r.lineAt(r.dec.InputOffset()), err)
	}
	return nil
}
