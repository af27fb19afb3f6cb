package rhythm

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The keys of the dated settings besides the targets, in the order `ritme
// config` lists them. Workdays change from a day; holidays, vacation days
// and reserve days from the first of January of a year.
const (
	KeyWorkdays = "workdays"
	KeyHolidays = "holidays"
	KeyVacation = "vacation_days"
	KeyReserve  = "reserve_days"
)

// targetPrefix starts every target key: target.mail, target.call, ….
const targetPrefix = "target."

// maxDays caps vacation and reserve days.
const maxDays = 366

// TargetKey returns the setting key of kind k's target.
func TargetKey(k Kind) string { return targetPrefix + string(k) }

// KindOfKey returns the kind a target key names, and whether key is one.
func KindOfKey(key string) (Kind, bool) {
	name, ok := strings.CutPrefix(key, targetPrefix)
	return Kind(name), ok
}

// IsYearly reports whether key changes per year (holidays, vacation and
// reserve days) rather than from a day (targets and workdays).
func IsYearly(key string) bool {
	return key == KeyHolidays || key == KeyVacation || key == KeyReserve
}

// IsDated reports whether key is a dated setting: a target, workdays,
// holidays, vacation or reserve days.
func IsDated(key string) bool {
	_, target := KindOfKey(key)
	return target || key == KeyWorkdays || IsYearly(key)
}

// Change is one change of a dated setting: from From on, Key has Value. The
// zero From means "since the beginning": the values version 1 stored. For
// the yearly keys From is the first of January of a year.
type Change struct {
	Key string
	// Value is the canonical text of the value, as `config history`
	// prints it: "5", "4/week", "mon,tue,wed,thu", "nl", "25", or "" for
	// the default (no target, for a target).
	Value string
	From  Date
	// MadeAt is when the change was made, in UTC.
	MadeAt time.Time
}

// NewChange validates a change of key to value from the date from and
// returns it with its value in canonical form and, for a yearly key, from
// moved to the first of January of its year.
func NewChange(key, value string, from Date, madeAt time.Time) (Change, error) {
	value = strings.TrimSpace(value)
	c := Change{Key: key, From: from, MadeAt: madeAt.UTC()}
	if IsYearly(key) && !from.IsZero() {
		c.From = YearStart(from.Year())
	}
	if value == "" {
		if k, ok := KindOfKey(key); ok {
			if err := ValidKindName(string(k)); err != nil {
				return Change{}, err
			}
		} else if !IsDated(key) {
			return Change{}, unknownKey(key, nil)
		}
		return c, nil
	}
	switch key {
	case KeyWorkdays:
		w, err := ParseWeekdays(value)
		if err != nil {
			return Change{}, err
		}
		c.Value = w.String()
	case KeyHolidays:
		h, err := LookupHolidays(value)
		if err != nil {
			return Change{}, err
		}
		c.Value = h.Code()
	case KeyVacation, KeyReserve:
		n, err := wholeNumber(key, value, maxDays)
		if err != nil {
			return Change{}, err
		}
		c.Value = strconv.Itoa(n)
	default:
		k, ok := KindOfKey(key)
		if !ok {
			return Change{}, unknownKey(key, nil)
		}
		if err := ValidKindName(string(k)); err != nil {
			return Change{}, err
		}
		t, err := ParseTarget(key, value)
		if err != nil {
			return Change{}, err
		}
		c.Value = t.String()
	}
	return c, nil
}

// unknownKey is the error for a key no setting has; known lists the keys
// there are.
func unknownKey(key string, known []string) error {
	if known == nil {
		known = DefaultSettings().Keys()
	}
	return inputError(ErrSettingKey, key, strings.Join(known, ", "))
}

// span is a value in force from a date on; the zero from is the beginning.
type span[V any] struct {
	from Date
	v    V
}

// valueOn returns the value of the span in force on d: the one with the
// latest from on or before d. spans is sorted by from and starts at the
// beginning.
func valueOn[V any](spans []span[V], d Date) V {
	i, _ := slices.BinarySearchFunc(spans, d+1, func(s span[V], d Date) int { return cmp.Compare(s.from, d) })
	return spans[max(0, i-1)].v
}

// History is every change of the dated settings, and from them the value
// of each on any date. Defaults hold since the beginning, until a change. A
// History is immutable; With returns a changed copy.
type History struct {
	changes []Change // by key, then From

	targets  map[Kind][]span[Target]
	kinds    []Kind // every kind a target was ever set for, and the built-in ones
	workdays []span[Weekdays]
	holidays []span[HolidaySet]
	vacation []span[int]
	reserve  []span[int]
}

// Defaults of the dated settings.
const (
	defaultVacation = 25
	defaultReserve  = 10
)

// NewHistory returns the history of the given changes, which must be valid
// (made by NewChange, or read back as it stored them). Of two changes with
// the same key and From, the later in the list wins.
func NewHistory(changes []Change) (*History, error) {
	byKey := map[[2]any]int{}
	var list []Change
	for _, c := range changes {
		id := [2]any{c.Key, c.From}
		if i, ok := byKey[id]; ok {
			list[i] = c
			continue
		}
		byKey[id] = len(list)
		list = append(list, c)
	}
	slices.SortStableFunc(list, func(a, b Change) int {
		return cmp.Or(cmp.Compare(a.Key, b.Key), cmp.Compare(a.From, b.From))
	})
	h := &History{changes: list, targets: map[Kind][]span[Target]{}}
	nl, _ := LookupHolidays(HolidaysNL)
	h.workdays = []span[Weekdays]{{v: MondayToFriday}}
	h.holidays = []span[HolidaySet]{{v: nl}}
	h.vacation = []span[int]{{v: defaultVacation}}
	h.reserve = []span[int]{{v: defaultReserve}}
	for _, t := range DefaultTargets() {
		h.targets[t.Kind] = []span[Target]{{v: t.Target}}
	}
	for _, c := range list {
		if err := h.apply(c); err != nil {
			return nil, err
		}
	}
	for k := range h.targets {
		h.kinds = append(h.kinds, k)
	}
	SortKinds(h.kinds)
	return h, nil
}

// put adds a span to a list sorted by from, replacing one from the same date.
func put[V any](spans []span[V], from Date, v V) []span[V] {
	i, found := slices.BinarySearchFunc(spans, from, func(s span[V], d Date) int { return cmp.Compare(s.from, d) })
	if found {
		spans[i].v = v
		return spans
	}
	return slices.Insert(spans, i, span[V]{from: from, v: v})
}

// apply adds one change to the derived values.
func (h *History) apply(c Change) error {
	switch c.Key {
	case KeyWorkdays:
		w := MondayToFriday
		if c.Value != "" {
			var err error
			if w, err = ParseWeekdays(c.Value); err != nil {
				return err
			}
		}
		h.workdays = put(h.workdays, c.From, w)
	case KeyHolidays:
		code := c.Value
		if code == "" {
			code = HolidaysNL
		}
		set, err := LookupHolidays(code)
		if err != nil {
			return err
		}
		h.holidays = put(h.holidays, c.From, set)
	case KeyVacation, KeyReserve:
		n := defaultVacation
		if c.Key == KeyReserve {
			n = defaultReserve
		}
		if c.Value != "" {
			var err error
			if n, err = wholeNumber(c.Key, c.Value, maxDays); err != nil {
				return err
			}
		}
		if c.Key == KeyVacation {
			h.vacation = put(h.vacation, c.From, n)
		} else {
			h.reserve = put(h.reserve, c.From, n)
		}
	default:
		k, ok := KindOfKey(c.Key)
		if !ok {
			return unknownKey(c.Key, nil)
		}
		if err := ValidKindName(string(k)); err != nil {
			return err
		}
		t, err := ParseTarget(c.Key, c.Value)
		if err != nil {
			return err
		}
		spans, ok := h.targets[k]
		if !ok {
			// A kind of one's own has no target before its first change.
			spans = []span[Target]{{}}
		}
		h.targets[k] = put(spans, c.From, t)
	}
	return nil
}

// With returns the history with c added, replacing a change of the same key
// and From.
func (h *History) With(c Change) (*History, error) {
	return NewHistory(append(slices.Clone(h.changes), c))
}

// Changes returns every change, by key and then From. key, when not empty,
// selects the changes of that key only.
func (h *History) Changes(key string) []Change {
	if key == "" {
		return slices.Clone(h.changes)
	}
	var out []Change
	for _, c := range h.changes {
		if c.Key == key {
			out = append(out, c)
		}
	}
	return out
}

// Kinds returns every kind that has ever had a target set, and the
// built-in kinds, in display order. A kind, once defined, is never
// forgotten.
func (h *History) Kinds() []Kind { return slices.Clone(h.kinds) }

// HasKind reports whether k was ever defined.
func (h *History) HasKind(k Kind) bool {
	_, ok := h.targets[k]
	return ok
}

// TargetOn returns kind k's target in force on d.
func (h *History) TargetOn(k Kind, d Date) Target {
	spans, ok := h.targets[k]
	if !ok {
		return Target{}
	}
	return valueOn(spans, d)
}

// WorkdaysOn returns the workdays in force on d.
func (h *History) WorkdaysOn(d Date) Weekdays { return valueOn(h.workdays, d) }

// HolidaysIn returns the holiday set of year y.
func (h *History) HolidaysIn(y int) HolidaySet { return valueOn(h.holidays, YearStart(y)) }

// VacationIn returns the vacation days of year y.
func (h *History) VacationIn(y int) int { return valueOn(h.vacation, YearStart(y)) }

// ReserveIn returns the reserve days of year y.
func (h *History) ReserveIn(y int) int { return valueOn(h.reserve, YearStart(y)) }

// Keys returns the dated keys in the order `ritme config` lists them: the
// targets in kind order, then workdays, holidays, vacation and reserve
// days.
func (h *History) Keys() []string {
	keys := make([]string, 0, len(h.kinds)+4)
	for _, k := range h.kinds {
		keys = append(keys, TargetKey(k))
	}
	return append(keys, KeyWorkdays, KeyHolidays, KeyVacation, KeyReserve)
}

// Get returns the value of the dated setting key in force on d, as `ritme
// config get` prints it.
func (h *History) Get(key string, d Date) (string, error) {
	switch key {
	case KeyWorkdays:
		return h.WorkdaysOn(d).String(), nil
	case KeyHolidays:
		return h.HolidaysIn(d.Year()).Code(), nil
	case KeyVacation:
		return strconv.Itoa(h.VacationIn(d.Year())), nil
	case KeyReserve:
		return strconv.Itoa(h.ReserveIn(d.Year())), nil
	}
	if k, ok := KindOfKey(key); ok && h.HasKind(k) {
		return h.TargetOn(k, d).String(), nil
	}
	return "", unknownKey(key, h.Keys())
}
