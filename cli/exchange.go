package cli

import (
	"encoding/csv"
	"io"
	"strings"

	"ritme/rhythm"
	"ritme/store"
)

// csvColumns is the header row of a CSV export, in order. stage is the
// stage of the entry's account, when one was set. An account whose stage was
// set but that no exported entry names gets a row of its own, with only who
// and stage.
var csvColumns = []string{"id", "date", "kind", "who", "note", "created_at", "outcome", "stage"}

// exportVersion is the version of the JSON export's shape that this ritme
// writes; import refuses a file of a later version.
const exportVersion = 2

// exportJSON is the whole JSON export, a complete backup: what import needs
// to give an empty database the same figures on every date.
type exportJSON struct {
	Version         int                  `json:"version"`
	Start           *startJSON           `json:"start"`
	Settings        undatedJSON          `json:"settings"`
	SettingsHistory []changeJSON         `json:"settings_history"`
	Leave           []leaveJSON          `json:"leave"`
	Accounts        []stageJSON          `json:"accounts"`
	FollowUps       []followUpExportJSON `json:"follow_ups"`
	Entries         []entryJSON          `json:"entries"`
}

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

// followUpExportJSON is one follow-up, open or closed, in a JSON export,
// with all that restores it exactly: who is the name it was set with,
// made_at the time it was made (UTC), state open, done, cleared or
// replaced, closed_on the day it was closed (empty while open) and entry
// the id of the entry that completed a done one.
type followUpExportJSON struct {
	Who      string      `json:"who"`
	Due      rhythm.Date `json:"due"`
	Kind     rhythm.Kind `json:"kind"`
	Note     string      `json:"note"`
	MadeOn   rhythm.Date `json:"made_on"`
	MadeAt   string      `json:"made_at"`
	State    string      `json:"state"`
	ClosedOn rhythm.Date `json:"closed_on"`
	Entry    string      `json:"entry"`
}

// startJSON is the stored start and who set it: "rep" (config set
// start_date) or "ritme" (the date of the first entries).
type startJSON struct {
	Date rhythm.Date `json:"date"`
	By   string      `json:"by"`
}

// undatedJSON holds the settings without history. The sync settings, which
// belong to one file, are not exported.
type undatedJSON struct {
	RestDays   *int `json:"rest_days"`
	BackupKeep *int `json:"backup.keep"`
}

// leaveJSON is one date of leave.
type leaveJSON struct {
	Date rhythm.Date `json:"date"`
	Kind string      `json:"kind"`
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

// writeExportJSON writes an archive as a JSON export.
func writeExportJSON(w io.Writer, ar store.Archive) error {
	out := exportJSON{Version: exportVersion, Settings: undatedJSON{RestDays: &ar.RestDays, BackupKeep: &ar.BackupKeep},
		SettingsHistory: historyJSON(ar.Changes), Leave: make([]leaveJSON, len(ar.Leave)),
		Accounts: make([]stageJSON, len(ar.Stages)), FollowUps: make([]followUpExportJSON, len(ar.FollowUps)), Entries: make([]entryJSON, len(ar.Entries))}
	if !ar.Start.IsZero() {
		out.Start = &startJSON{Date: ar.Start, By: startByRitme}
		if ar.StartByRep {
			out.Start.By = startByRep
		}
	}
	for i, l := range ar.Leave {
		out.Leave[i] = leaveJSON{Date: l.Date, Kind: string(l.Kind)}
	}
	for i, e := range ar.Entries {
		out.Entries[i] = entryJSON{ID: e.ID, Date: e.Date, Kind: e.Kind, Who: e.Who, Note: e.Note,
			CreatedAt: e.CreatedAt.UTC().Format(store.TimeFormat), Outcome: string(e.Outcome)}
	}
	for i, s := range ar.Stages {
		out.Accounts[i] = stageJSON{Name: s.Name, Stage: string(s.Stage)}
	}
	for i, f := range ar.FollowUps {
		out.FollowUps[i] = followUpExportJSON{Who: f.Name, Due: f.Due, Kind: f.Kind, Note: f.Note, MadeOn: f.MadeOn,
			MadeAt: f.MadeAt.UTC().Format(store.TimeFormat), State: string(f.State), ClosedOn: f.ClosedOn, Entry: f.EntryID}
	}
	return writeJSON(w, out)
}

// Who set the start, in a JSON export.
const (
	startByRep   = "rep"
	startByRitme = "ritme"
)
