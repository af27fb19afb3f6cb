package rhythm

import (
	"slices"
	"strconv"
	"strings"
)

// The setting keys besides the targets, in the order `ritme config` lists
// them.
const (
	KeyWorkdays  = "workdays"
	KeyHolidays  = "holidays"
	KeyVacation  = "vacation_days"
	KeyReserve   = "reserve_days"
	KeyStartDate = "start_date"
)

// targetPrefix starts every target key: target.mail, target.call, ….
const targetPrefix = "target."

// Limits on setting values, well beyond any real use, so that products of
// targets and days stay small.
const (
	maxDailyTarget = 10000
	maxDays        = 366
)

// Settings are the user's choices that the math depends on. Every key has a
// default, and setting a key to the empty string restores it.
type Settings struct {
	// Targets holds the daily target of every kind: the built-in kinds
	// always, and any kind the user added with a target.NAME key.
	Targets      []Target
	Workdays     Weekdays
	Holidays     HolidaySet
	VacationDays int
	ReserveDays  int
	// StartDate is the start_date setting; zero when unset.
	StartDate Date
}

// DefaultSettings returns the settings of a new database: targets 5/2/1,
// Monday to Friday, Dutch holidays, 25 vacation and 10 reserve days, no
// start date.
func DefaultSettings() Settings {
	nl, _ := LookupHolidays(HolidaysNL)
	return Settings{
		Targets:      DefaultTargets(),
		Workdays:     MondayToFriday,
		Holidays:     nl,
		VacationDays: 25,
		ReserveDays:  10,
	}
}

// TargetKey returns the setting key of kind k's daily target.
func TargetKey(k Kind) string { return targetPrefix + string(k) }

// Keys returns every key that has a value, targets first in kind order.
func (s Settings) Keys() []string {
	var keys []string
	for _, t := range s.Targets {
		keys = append(keys, TargetKey(t.Kind))
	}
	return append(keys, KeyWorkdays, KeyHolidays, KeyVacation, KeyReserve, KeyStartDate)
}

// Kinds returns the kinds that can be logged, in display order.
func (s Settings) Kinds() []Kind {
	ks := make([]Kind, len(s.Targets))
	for i, t := range s.Targets {
		ks[i] = t.Kind
	}
	return ks
}

// Target returns the daily target of kind k, 0 when it has none.
func (s Settings) Target(k Kind) int { return targetIn(s.Targets, k) }

// HasKind reports whether k can be logged.
func (s Settings) HasKind(k Kind) bool { return slices.Contains(s.Kinds(), k) }

// Get returns the value of key as `ritme config get` prints it.
func (s Settings) Get(key string) (string, error) {
	switch key {
	case KeyWorkdays:
		return s.Workdays.String(), nil
	case KeyHolidays:
		return s.Holidays.Code(), nil
	case KeyVacation:
		return strconv.Itoa(s.VacationDays), nil
	case KeyReserve:
		return strconv.Itoa(s.ReserveDays), nil
	case KeyStartDate:
		return s.StartDate.String(), nil
	}
	if k, ok := strings.CutPrefix(key, targetPrefix); ok {
		if i := slices.IndexFunc(s.Targets, func(t Target) bool { return t.Kind == Kind(k) }); i >= 0 {
			return strconv.Itoa(s.Targets[i].Daily), nil
		}
	}
	return "", inputError(ErrSettingKey, key, strings.Join(s.Keys(), ", "))
}

// Set validates value and stores it under key; the empty value restores the
// default. A target.NAME key for a new NAME adds the kind NAME; setting it
// to the empty value removes the kind again (built-in kinds return to
// their default target instead). On error s is unchanged.
func (s *Settings) Set(key, value string) error {
	value = strings.TrimSpace(value)
	def := DefaultSettings()
	switch key {
	case KeyWorkdays:
		if value == "" {
			s.Workdays = def.Workdays
			return nil
		}
		w, err := ParseWeekdays(value)
		if err != nil {
			return err
		}
		s.Workdays = w
		return nil
	case KeyHolidays:
		if value == "" {
			s.Holidays = def.Holidays
			return nil
		}
		h, err := LookupHolidays(value)
		if err != nil {
			return err
		}
		s.Holidays = h
		return nil
	case KeyVacation, KeyReserve:
		n := def.VacationDays
		if key == KeyReserve {
			n = def.ReserveDays
		}
		if value != "" {
			var err error
			if n, err = wholeNumber(key, value, maxDays); err != nil {
				return err
			}
		}
		if key == KeyVacation {
			s.VacationDays = n
		} else {
			s.ReserveDays = n
		}
		return nil
	case KeyStartDate:
		if value == "" {
			s.StartDate = 0
			return nil
		}
		d, err := ParseDate(value)
		if err != nil || d.Year() < MinYear {
			return inputError(ErrStartDate, value)
		}
		s.StartDate = d
		return nil
	}
	name, ok := strings.CutPrefix(key, targetPrefix)
	if !ok {
		return inputError(ErrSettingKey, key, strings.Join(s.Keys(), ", "))
	}
	if err := ValidKindName(name); err != nil {
		return err
	}
	return s.setTarget(Kind(name), value, def)
}

func (s *Settings) setTarget(k Kind, value string, def Settings) error {
	n := 0
	if value != "" {
		var err error
		if n, err = wholeNumber(TargetKey(k), value, maxDailyTarget); err != nil {
			return err
		}
	} else if b := slices.Index(BuiltinKinds, k); b >= 0 {
		n = def.Targets[b].Daily
	}
	// Copy before changing: a Settings value may share Targets with another.
	s.Targets = slices.Clone(s.Targets)
	i := slices.IndexFunc(s.Targets, func(t Target) bool { return t.Kind == k })
	if value == "" && !slices.Contains(BuiltinKinds, k) {
		if i >= 0 {
			s.Targets = slices.Delete(s.Targets, i, i+1)
		}
		return nil
	}
	if i >= 0 {
		s.Targets[i].Daily = n
		return nil
	}
	s.Targets = append(s.Targets, Target{Kind: k, Daily: n})
	kinds := SortKinds(s.Kinds())
	slices.SortStableFunc(s.Targets, func(a, b Target) int {
		return slices.Index(kinds, a.Kind) - slices.Index(kinds, b.Kind)
	})
	return nil
}

// wholeNumber parses a whole number from 0 to limit written in digits only.
func wholeNumber(key, value string, limit int) (int, error) {
	n, err := strconv.Atoi(value)
	if err != nil || strings.ContainsAny(value[:1], "+-") || n < 0 || n > limit {
		return 0, inputError(ErrWholeNumber, key, value, limit)
	}
	return n, nil
}

// Plan returns the plan these settings describe.
func (s Settings) Plan() Plan {
	return Plan{Targets: slices.Clone(s.Targets), VacationDays: s.VacationDays, ReserveDays: s.ReserveDays, Start: s.StartDate}
}

// Calendar returns the calendar of these settings with the given leave dates.
func (s Settings) Calendar(leave []Date) *Calendar {
	return NewCalendar(s.Workdays, s.Holidays, leave)
}

// Tracker joins these settings, the leave dates and a ledger.
func (s Settings) Tracker(leave []Date, l *Ledger) *Tracker {
	return &Tracker{Plan: s.Plan(), Calendar: s.Calendar(leave), Ledger: l}
}
