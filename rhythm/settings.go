package rhythm

import (
	"slices"
	"strconv"
	"strings"
)

// The keys of the settings that have no history: they hold for every date.
const (
	KeyStartDate  = "start_date"
	KeyRestDays   = "rest_days"
	KeyBackupKeep = "backup.keep"
)

// Defaults of the settings without history.
const (
	defaultRestDays   = 90
	defaultBackupKeep = 7
	maxRestDays       = 3660
	maxBackupKeep     = 1000
)

// Settings are the rep's choices that the figures depend on: the history of
// the dated settings, the start, and the settings without history.
type Settings struct {
	History *History
	// Start is the date the rep started: the first date that owes
	// anything. The zero Date means none is stored yet.
	Start Date
	// StartByRep reports whether the rep set Start (config set
	// start_date), rather than ritme storing the date of the first
	// entries.
	StartByRep bool
	// RestDays is how long an account rests after a lost deal, in
	// calendar days.
	RestDays int
	// BackupKeep is how many daily snapshots are kept; 0 turns them off.
	BackupKeep int
}

// DefaultSettings returns the settings of a new database: targets 5/2/1 a
// day, Monday to Friday, Dutch holidays, 25 vacation and 10 reserve days,
// no start yet, 90 days of rest after a lost deal, 7 daily snapshots.
func DefaultSettings() Settings {
	h, _ := NewHistory(nil)
	return Settings{History: h, RestDays: defaultRestDays, BackupKeep: defaultBackupKeep}
}

// Keys returns every key, in the order `ritme config` lists them: the
// dated ones, then start_date, rest_days and backup.keep.
func (s Settings) Keys() []string {
	return append(s.History.Keys(), KeyStartDate, KeyRestDays, KeyBackupKeep)
}

// Kinds returns every kind that can be logged, in display order.
func (s Settings) Kinds() []Kind { return s.History.Kinds() }

// HasKind reports whether k can be logged.
func (s Settings) HasKind(k Kind) bool { return s.History.HasKind(k) }

// Targets returns every kind with its target in force on d.
func (s Settings) Targets(d Date) []KindTarget {
	kinds := s.Kinds()
	out := make([]KindTarget, len(kinds))
	for i, k := range kinds {
		out[i] = KindTarget{Kind: k, Target: s.History.TargetOn(k, d)}
	}
	return out
}

// Get returns the value of key in force on d, as `ritme config get` prints
// it.
func (s Settings) Get(key string, d Date) (string, error) {
	switch key {
	case KeyStartDate:
		return s.Start.String(), nil
	case KeyRestDays:
		return strconv.Itoa(s.RestDays), nil
	case KeyBackupKeep:
		return strconv.Itoa(s.BackupKeep), nil
	}
	v, err := s.History.Get(key, d)
	if err != nil {
		return "", unknownKey(key, s.Keys())
	}
	return v, nil
}

// Default returns the default value of key, and false for a kind of one's
// own, which has none.
func Default(key string) (string, bool) {
	v, err := DefaultSettings().Get(key, 0)
	return v, err == nil
}

// SetUndated validates value and stores it under one of the keys without
// history (start_date, rest_days, backup.keep), returning its canonical
// text. start_date takes a date from 1900 on (a later check keeps it from
// being after today); the others a whole number, "" for the default. On
// error s is unchanged.
func (s *Settings) SetUndated(key, value string) (string, error) {
	value = strings.TrimSpace(value)
	switch key {
	case KeyStartDate:
		d, err := ParseDate(value)
		if err != nil || d.Year() < MinYear {
			return "", inputError(ErrStartDate, value)
		}
		s.Start, s.StartByRep = d, true
		return d.String(), nil
	case KeyRestDays, KeyBackupKeep:
		n, limit := defaultRestDays, maxRestDays
		if key == KeyBackupKeep {
			n, limit = defaultBackupKeep, maxBackupKeep
		}
		if value != "" {
			var err error
			if n, err = wholeNumber(key, value, limit); err != nil {
				return "", err
			}
		}
		if key == KeyRestDays {
			s.RestDays = n
		} else {
			s.BackupKeep = n
		}
		return strconv.Itoa(n), nil
	}
	return "", unknownKey(key, s.Keys())
}

// wholeNumber parses a whole number from 0 to limit written in digits only.
func wholeNumber(key, value string, limit int) (int, error) {
	n, err := strconv.Atoi(value)
	if err != nil || value == "" || strings.ContainsAny(value[:1], "+-") || n < 0 || n > limit {
		return 0, inputError(ErrWholeNumber, key, value, limit)
	}
	return n, nil
}

// Tracker joins these settings, the leave dates and a ledger.
func (s Settings) Tracker(leave []Date, l *Ledger) *Tracker {
	return &Tracker{Settings: s, Calendar: NewCalendar(s.History, leave), Ledger: l}
}

// containsKind reports whether ks holds k.
func containsKind(ks []Kind, k Kind) bool { return slices.Contains(ks, k) }
