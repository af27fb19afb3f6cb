package replica

import (
	"strconv"
	"strings"
)

// The tables a row can belong to, as they travel.
const (
	TableEntry    = "entry"     // an entry, by id
	TableSetting  = "setting"   // a settings change, by "key|from"
	TableLeave    = "leave"     // a leave date, by date
	TableStage    = "stage"     // an account's stage, by account key
	TableFollowUp = "follow_up" // a follow-up, by "account key|time made"
	TableStart    = "start"     // the start, by "start"
)

// Row is one version of a row, as it travels: which row (table and key),
// when it changed (Stamp: microseconds since 1970 UTC on the writer's
// clock), on which machine, whether it is a tombstone, and its columns.
type Row struct {
	Table   string            `json:"table"`
	Key     string            `json:"key"`
	Stamp   int64             `json:"stamp"`
	Machine string            `json:"machine"`
	Deleted bool              `json:"deleted,omitempty"`
	Data    map[string]string `json:"data,omitempty"`
}

// Known reports whether r belongs to a table this ritme knows; a newer
// ritme may send rows of tables it added, which this one leaves alone.
func (r Row) Known() bool {
	switch r.Table {
	case TableEntry, TableSetting, TableLeave, TableStage, TableFollowUp, TableStart:
		return true
	}
	return false
}

// Who set the start: the rep (config set start_date) or ritme itself (the
// date of the first entries written).
const (
	StartByRep   = "rep"
	StartByRitme = "ritme"
)

// Priority is the part of the merge order that comes before the time of
// the change. It is 0 for every row but the start: a start the rep set
// wins over one ritme stored (so the rep's choice holds on every machine),
// and of two starts ritme stored the earlier date wins, whatever their
// times (so a machine that logged an earlier day moves the start back on
// all). The server stores it beside the row to compare as Wins does.
func (r Row) Priority() int64 {
	if r.Table != TableStart || r.Deleted {
		return 0
	}
	if r.Data["by"] == StartByRep {
		return 2_000_000_000
	}
	// YYYY-MM-DD as a number below 10^8: the earlier, the higher.
	n, err := strconv.ParseInt(strings.ReplaceAll(r.Data["date"], "-", ""), 10, 64)
	if err != nil || n < 0 || n >= 100_000_000 {
		return 0
	}
	return 1_000_000_000 - n
}

// Wins reports whether r holds over other, a version of the same row: by
// priority, then the later time of change, then the greater machine id. A
// version never wins over itself, so applying a row twice changes nothing.
func (r Row) Wins(other Row) bool {
	if p, q := r.Priority(), other.Priority(); p != q {
		return p > q
	}
	if r.Stamp != other.Stamp {
		return r.Stamp > other.Stamp
	}
	return r.Machine > other.Machine
}
