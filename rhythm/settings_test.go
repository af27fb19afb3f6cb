package rhythm_test

import (
	"slices"
	"testing"
	"time"

	"ritme/rhythm"
)

// configSet sets key to value on s as `config set KEY VALUE --from FROM`
// does: a dated key through a Change from the date from, any other through
// SetUndated. On error s is unchanged.
func configSet(s *rhythm.Settings, key, value string, from rhythm.Date) error {
	if !rhythm.IsDated(key) {
		_, err := s.SetUndated(key, value)
		return err
	}
	c, err := rhythm.NewChange(key, value, from, time.Time{})
	if err != nil {
		return err
	}
	h, err := s.History.With(c)
	if err != nil {
		return err
	}
	s.History = h
	return nil
}

func TestDefaultSettings(t *testing.T) {
	s := rhythm.DefaultSettings()
	day := date(t, "2026-03-02")
	cases := []struct {
		key  string
		want string
	}{
		{"target.mail", "5"},
		{"target.call", "2"},
		{"target.visit", "1"},
		{"workdays", "mon,tue,wed,thu,fri"},
		{"holidays", "nl"},
		{"vacation_days", "25"},
		{"reserve_days", "10"},
		{"start_date", ""},
		{"rest_days", "90"},
		{"backup.keep", "7"},
	}
	for _, c := range cases {
		t.Run(c.key, func(t *testing.T) {
			got, err := s.Get(c.key, day)
			if err != nil || got != c.want {
				t.Errorf("DefaultSettings().Get(%q) = %q, %v; want %q, nil", c.key, got, err, c.want)
			}
		})
	}
	keys := []string{"target.mail", "target.call", "target.visit", "workdays", "holidays", "vacation_days", "reserve_days", "start_date", "rest_days", "backup.keep"}
	if got := s.Keys(); !slices.Equal(got, keys) {
		t.Errorf("DefaultSettings().Keys() = %v, want %v", got, keys)
	}
	if got := s.Kinds(); !slices.Equal(got, rhythm.BuiltinKinds) {
		t.Errorf("DefaultSettings().Kinds() = %v, want %v", got, rhythm.BuiltinKinds)
	}
	if got := s.History.Changes(""); len(got) != 0 {
		t.Errorf("DefaultSettings().History.Changes() = %v, want none: defaults are not changes", got)
	}
	// The default settings give SPEC.md's seed figures.
	a := rhythm.NewCalendar(s.History, nil).Availability(2026)
	if a.AvailableDays != 220 {
		t.Errorf("DefaultSettings() availability in 2026 = %d, want 220", a.AvailableDays)
	}
}

func TestSettingsGetUnknown(t *testing.T) {
	s := rhythm.DefaultSettings()
	for _, key := range []string{"", "target", "target.", "target.demo", "Workdays", "vacation", "holidays.nl"} {
		if got, err := s.Get(key, date(t, "2026-03-02")); err == nil {
			t.Errorf("Get(%q) = %q, nil; want an error", key, got)
		}
	}
}

func TestSettingsSet(t *testing.T) {
	cases := []struct {
		name  string
		key   string
		value string
		want  string // what Get(key) returns afterwards
	}{
		{"mail target", "target.mail", "7", "7"},
		{"call target 0", "target.call", "0", "0"},
		{"visit target with spaces", "target.visit", " 2 ", "2"},
		{"leading zeros", "target.mail", "007", "7"},
		{"highest target", "target.mail", "10000", "10000"},
		{"weekly target", "target.visit", "4/week", "4/week"},
		{"weekly target, short", "target.visit", "4/wk", "4/week"},
		{"weekly target in words", "target.visit", "4 per week", "4/week"},
		{"weekly target, times", "target.visit", "4 times a week", "4/week"},
		{"weekly target, Dutch", "target.visit", "4 in de week", "4/week"},
		{"weekly target, Dutch keer", "target.visit", "4 keer per week", "4/week"},
		{"weekly target, x", "target.visit", "4x per week", "4/week"},
		{"weekly target, x and slash", "target.visit", "5x/week", "5/week"},
		{"weekly target 0 is no target", "target.visit", "0/week", "0"},
		{"workdays", "workdays", "mon,tue,wed,thu", "mon,tue,wed,thu"},
		{"workdays, full names", "workdays", "Saturday,Sunday", "sat,sun"},
		{"holidays none", "holidays", "none", "none"},
		{"holidays nl-all", "holidays", "nl-all", "nl-all"},
		{"holidays of a country, upper case", "holidays", "DE", "de"},
		{"vacation days", "vacation_days", "30", "30"},
		{"reserve days 0", "reserve_days", "0", "0"},
		{"a whole year of reserve", "reserve_days", "366", "366"},
		{"start date", "start_date", "2026-06-01", "2026-06-01"},
		{"a new kind", "target.demo", "1", "1"},
		{"rest days", "rest_days", "30", "30"},
		{"snapshots off", "backup.keep", "0", "0"},
		// SPEC.md v2: the empty value ends a target from that date (it used
		// to restore the default); for the other keys it restores the
		// default.
		{"mail target ended", "target.mail", "", "0"},
		{"workdays back to default", "workdays", "", "mon,tue,wed,thu,fri"},
		{"holidays back to default", "holidays", "", "nl"},
		{"vacation days back to default", "vacation_days", "", "25"},
		{"reserve days back to default", "reserve_days", " ", "10"},
		{"rest days back to default", "rest_days", "", "90"},
	}
	from := date(t, "2026-03-02")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rhythm.DefaultSettings()
			// Start from something other than the default, so that
			// restoring it shows.
			for _, kv := range [][2]string{{"target.mail", "9"}, {"workdays", "mon"}, {"holidays", "none"}, {"vacation_days", "1"}, {"reserve_days", "2"}, {"start_date", "2025-01-01"}, {"rest_days", "5"}} {
				if err := configSet(&s, kv[0], kv[1], 0); err != nil {
					t.Fatalf("set %q to %q: %v", kv[0], kv[1], err)
				}
			}
			if err := configSet(&s, c.key, c.value, from); err != nil {
				t.Fatalf("set %q to %q = %v, want nil", c.key, c.value, err)
			}
			if got, err := s.Get(c.key, from); err != nil || got != c.want {
				t.Errorf("after setting %q to %q: Get = %q, %v; want %q, nil", c.key, c.value, got, err, c.want)
			}
		})
	}
}

func TestSettingsSetRefuses(t *testing.T) {
	cases := []struct {
		name  string
		key   string
		value string
	}{
		{"negative target", "target.mail", "-1"},
		{"plus sign", "target.mail", "+5"},
		{"fraction", "target.mail", "2.5"},
		{"words", "target.call", "two"},
		{"target too high", "target.visit", "10001"},
		{"a month is no period", "target.visit", "4/month"},
		{"no workdays", "workdays", ","},
		{"bad workday", "workdays", "mon,fri,funday"},
		{"unknown holidays", "holidays", "atlantis"},
		{"vacation too high", "vacation_days", "367"},
		{"negative reserve", "reserve_days", "-3"},
		{"reserve as words", "reserve_days", "ten"},
		{"start date that does not exist", "start_date", "2026-02-30"},
		{"start date in another format", "start_date", "1-6-2026"},
		// SPEC.md v2: a stored start moves only; an empty value is bad input.
		{"start date empty", "start_date", ""},
		{"negative rest days", "rest_days", "-1"},
		{"unknown key", "colour", "blue"},
		{"bad kind name", "target.Cold Call", "1"},
		{"empty kind name", "target.", "1"},
	}
	day := date(t, "2026-03-02")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rhythm.DefaultSettings()
			before := s.Keys()
			want, _ := s.Get(c.key, day)
			if err := configSet(&s, c.key, c.value, day); err == nil {
				t.Fatalf("set %q to %q = nil, want an error", c.key, c.value)
			}
			if got, _ := s.Get(c.key, day); got != want {
				t.Errorf("after a refused set of %q to %q: Get = %q, want %q unchanged", c.key, c.value, got, want)
			}
			if got := s.Keys(); !slices.Equal(got, before) {
				t.Errorf("after a refused set of %q to %q: Keys = %v, want %v unchanged", c.key, c.value, got, before)
			}
		})
	}
}

func TestSettingsKinds(t *testing.T) {
	s := rhythm.DefaultSettings()
	shared := s // shares the History with s until s changes it
	day := date(t, "2026-03-02")
	for _, kv := range [][2]string{{"target.zoom", "1"}, {"target.demo", "2"}, {"target.mail", "6"}} {
		if err := configSet(&s, kv[0], kv[1], 0); err != nil {
			t.Fatalf("set %q to %q: %v", kv[0], kv[1], err)
		}
	}
	kt := func(k rhythm.Kind, n int) rhythm.KindTarget {
		return rhythm.KindTarget{Kind: k, Target: rhythm.Target{N: n}}
	}
	want := []rhythm.KindTarget{kt("mail", 6), kt("call", 2), kt("visit", 1), kt("demo", 2), kt("zoom", 1)}
	if got := s.Targets(day); !slices.Equal(got, want) {
		t.Errorf("Targets = %v, want %v", got, want)
	}
	if got := shared.Targets(day); !slices.Equal(got, rhythm.DefaultTargets()) {
		t.Errorf("a copy taken before the changes has Targets %v, want %v unchanged", got, rhythm.DefaultTargets())
	}
	if !s.HasKind("demo") || s.HasKind("linkedin") {
		t.Errorf("HasKind(demo), HasKind(linkedin) = %v, %v; want true, false", s.HasKind("demo"), s.HasKind("linkedin"))
	}
	wantKeys := []string{"target.mail", "target.call", "target.visit", "target.demo", "target.zoom", "workdays", "holidays", "vacation_days", "reserve_days", "start_date", "rest_days", "backup.keep"}
	if got := s.Keys(); !slices.Equal(got, wantKeys) {
		t.Errorf("Keys() = %v, want %v", got, wantKeys)
	}

	// SPEC.md v2: a kind, once defined, is never forgotten; the empty value
	// ends its target from that date (it used to remove a kind of the
	// user's and return a built-in kind to its default). The days before
	// keep the target they had.
	for _, key := range []string{"target.demo", "target.mail"} {
		if err := configSet(&s, key, "", day); err != nil {
			t.Fatalf("set %q to \"\": %v", key, err)
		}
	}
	want = []rhythm.KindTarget{kt("mail", 0), kt("call", 2), kt("visit", 1), kt("demo", 0), kt("zoom", 1)}
	if got := s.Targets(day); !slices.Equal(got, want) {
		t.Errorf("Targets after ending demo and mail = %v, want %v", got, want)
	}
	want = []rhythm.KindTarget{kt("mail", 6), kt("call", 2), kt("visit", 1), kt("demo", 2), kt("zoom", 1)}
	if got := s.Targets(day - 1); !slices.Equal(got, want) {
		t.Errorf("Targets the day before = %v, want %v unchanged", got, want)
	}
	if !s.HasKind("demo") {
		t.Errorf("HasKind(demo) after ending its target = false, want true")
	}
	if got := rhythm.TargetKey("zoom"); got != "target.zoom" {
		t.Errorf("TargetKey(zoom) = %q, want %q", got, "target.zoom")
	}
}

func TestSettingsTracker(t *testing.T) {
	s := rhythm.DefaultSettings()
	for _, kv := range [][2]string{{"target.call", "0"}, {"vacation_days", "20"}, {"start_date", "2026-01-05"}, {"workdays", "mon,tue,wed,thu"}} {
		if err := configSet(&s, kv[0], kv[1], 0); err != nil {
			t.Fatalf("set %q to %q: %v", kv[0], kv[1], err)
		}
	}
	var l rhythm.Ledger
	l.Add(date(t, "2026-01-05"), rhythm.Mail, 5)
	l.Add(date(t, "2026-01-05"), rhythm.Visit, 1)
	tr := s.Tracker(dates(t, "2026-01-06"), &l)
	if tr.Ledger != &l || tr.Start(date(t, "2026-01-07")) != date(t, "2026-01-05") {
		t.Errorf("Tracker() = %+v, want the given ledger and the settings' start", tr)
	}
	if h := tr.History(); h.VacationIn(2026) != 20 || h.ReserveIn(2026) != 10 || h.TargetOn(rhythm.Call, date(t, "2026-01-05")).N != 0 {
		t.Errorf("Tracker().History() has vacation %d, reserve %d, call %v; want 20, 10, 0", h.VacationIn(2026), h.ReserveIn(2026), h.TargetOn(rhythm.Call, date(t, "2026-01-05")))
	}
	if tr.Calendar.IsWorkingDay(date(t, "2026-01-06")) {
		t.Errorf("Tracker().Calendar.IsWorkingDay(2026-01-06) = true, want false (leave)")
	}
	if tr.Calendar.IsWorkingDay(date(t, "2026-01-09")) {
		t.Errorf("Tracker().Calendar.IsWorkingDay(2026-01-09), a Friday, = true, want false (mon-thu)")
	}
	// 5 January met without calls (target 0); 6 January leave; 7 January
	// unmet today.
	if got, want := tr.Status(date(t, "2026-01-07")).Streak, (rhythm.Streak{Current: 1, Best: 1}); got != want {
		t.Errorf("Status(2026-01-07).Streak = %+v, want %+v", got, want)
	}
}
