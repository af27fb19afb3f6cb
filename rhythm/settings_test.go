package rhythm_test

import (
	"slices"
	"testing"

	"ritme/rhythm"
)

func TestDefaultSettings(t *testing.T) {
	s := rhythm.DefaultSettings()
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
	}
	for _, c := range cases {
		t.Run(c.key, func(t *testing.T) {
			got, err := s.Get(c.key)
			if err != nil || got != c.want {
				t.Errorf("DefaultSettings().Get(%q) = %q, %v; want %q, nil", c.key, got, err, c.want)
			}
		})
	}
	keys := []string{"target.mail", "target.call", "target.visit", "workdays", "holidays", "vacation_days", "reserve_days", "start_date"}
	if got := s.Keys(); !slices.Equal(got, keys) {
		t.Errorf("DefaultSettings().Keys() = %v, want %v", got, keys)
	}
	if got := s.Kinds(); !slices.Equal(got, rhythm.BuiltinKinds) {
		t.Errorf("DefaultSettings().Kinds() = %v, want %v", got, rhythm.BuiltinKinds)
	}
	// The default settings give SPEC.md's seed figures.
	a := s.Calendar(nil).Availability(2026, s.VacationDays, s.ReserveDays)
	if a.AvailableDays != 220 {
		t.Errorf("DefaultSettings() availability in 2026 = %d, want 220", a.AvailableDays)
	}
}

func TestSettingsGetUnknown(t *testing.T) {
	s := rhythm.DefaultSettings()
	for _, key := range []string{"", "target", "target.", "target.demo", "Workdays", "vacation", "holidays.nl"} {
		if got, err := s.Get(key); err == nil {
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
		// The empty value restores the default.
		{"mail target back to default", "target.mail", "", "5"},
		{"workdays back to default", "workdays", "", "mon,tue,wed,thu,fri"},
		{"holidays back to default", "holidays", "", "nl"},
		{"vacation days back to default", "vacation_days", "", "25"},
		{"reserve days back to default", "reserve_days", " ", "10"},
		{"start date unset", "start_date", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rhythm.DefaultSettings()
			// Start from something other than the default, so that
			// restoring it shows.
			for _, kv := range [][2]string{{"target.mail", "9"}, {"workdays", "mon"}, {"holidays", "none"}, {"vacation_days", "1"}, {"reserve_days", "2"}, {"start_date", "2025-01-01"}} {
				if err := s.Set(kv[0], kv[1]); err != nil {
					t.Fatalf("Set(%q, %q): %v", kv[0], kv[1], err)
				}
			}
			if err := s.Set(c.key, c.value); err != nil {
				t.Fatalf("Set(%q, %q) = %v, want nil", c.key, c.value, err)
			}
			if got, err := s.Get(c.key); err != nil || got != c.want {
				t.Errorf("after Set(%q, %q): Get = %q, %v; want %q, nil", c.key, c.value, got, err, c.want)
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
		{"no workdays", "workdays", ","},
		{"bad workday", "workdays", "mon,fri,funday"},
		{"unknown holidays", "holidays", "atlantis"},
		{"vacation too high", "vacation_days", "367"},
		{"negative reserve", "reserve_days", "-3"},
		{"reserve as words", "reserve_days", "ten"},
		{"start date that does not exist", "start_date", "2026-02-30"},
		{"start date in another format", "start_date", "1-6-2026"},
		{"unknown key", "colour", "blue"},
		{"bad kind name", "target.Cold Call", "1"},
		{"empty kind name", "target.", "1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := rhythm.DefaultSettings()
			before := s.Keys()
			want, _ := s.Get(c.key)
			if err := s.Set(c.key, c.value); err == nil {
				t.Fatalf("Set(%q, %q) = nil, want an error", c.key, c.value)
			}
			if got, _ := s.Get(c.key); got != want {
				t.Errorf("after a refused Set(%q, %q): Get = %q, want %q unchanged", c.key, c.value, got, want)
			}
			if got := s.Keys(); !slices.Equal(got, before) {
				t.Errorf("after a refused Set(%q, %q): Keys = %v, want %v unchanged", c.key, c.value, got, before)
			}
		})
	}
}

func TestSettingsKinds(t *testing.T) {
	s := rhythm.DefaultSettings()
	shared := s // shares Targets with s until s changes them
	for _, kv := range [][2]string{{"target.zoom", "1"}, {"target.demo", "2"}, {"target.mail", "6"}} {
		if err := s.Set(kv[0], kv[1]); err != nil {
			t.Fatalf("Set(%q, %q): %v", kv[0], kv[1], err)
		}
	}
	want := []rhythm.Target{{Kind: "mail", Daily: 6}, {Kind: "call", Daily: 2}, {Kind: "visit", Daily: 1}, {Kind: "demo", Daily: 2}, {Kind: "zoom", Daily: 1}}
	if !slices.Equal(s.Targets, want) {
		t.Errorf("Targets = %v, want %v", s.Targets, want)
	}
	if got := shared.Targets; !slices.Equal(got, rhythm.DefaultTargets()) {
		t.Errorf("a copy taken before Set has Targets %v, want %v unchanged", got, rhythm.DefaultTargets())
	}
	if !s.HasKind("demo") || s.HasKind("linkedin") {
		t.Errorf("HasKind(demo), HasKind(linkedin) = %v, %v; want true, false", s.HasKind("demo"), s.HasKind("linkedin"))
	}
	wantKeys := []string{"target.mail", "target.call", "target.visit", "target.demo", "target.zoom", "workdays", "holidays", "vacation_days", "reserve_days", "start_date"}
	if got := s.Keys(); !slices.Equal(got, wantKeys) {
		t.Errorf("Keys() = %v, want %v", got, wantKeys)
	}

	// The empty value removes a kind of the user's, and returns a built-in
	// kind to its default target.
	for _, key := range []string{"target.demo", "target.mail", "target.never-added"} {
		if err := s.Set(key, ""); err != nil {
			t.Fatalf("Set(%q, \"\"): %v", key, err)
		}
	}
	want = []rhythm.Target{{Kind: "mail", Daily: 5}, {Kind: "call", Daily: 2}, {Kind: "visit", Daily: 1}, {Kind: "zoom", Daily: 1}}
	if !slices.Equal(s.Targets, want) {
		t.Errorf("Targets after removing demo and resetting mail = %v, want %v", s.Targets, want)
	}
	if got := rhythm.TargetKey("zoom"); got != "target.zoom" {
		t.Errorf("TargetKey(zoom) = %q, want %q", got, "target.zoom")
	}
}

func TestSettingsTracker(t *testing.T) {
	s := rhythm.DefaultSettings()
	for _, kv := range [][2]string{{"target.call", "0"}, {"vacation_days", "20"}, {"start_date", "2026-01-05"}, {"workdays", "mon,tue,wed,thu"}} {
		if err := s.Set(kv[0], kv[1]); err != nil {
			t.Fatalf("Set(%q, %q): %v", kv[0], kv[1], err)
		}
	}
	p := s.Plan()
	if p.VacationDays != 20 || p.ReserveDays != 10 || p.Start != date(t, "2026-01-05") || !slices.Equal(p.Targets, s.Targets) {
		t.Errorf("Plan() = %+v, want the settings' targets, 20 and 10 days, start 2026-01-05", p)
	}
	p.Targets[0].Daily = 99
	if s.Targets[0].Daily != 5 {
		t.Errorf("changing Plan().Targets changed the settings' Targets to %v", s.Targets)
	}

	var l rhythm.Ledger
	l.Add(date(t, "2026-01-05"), rhythm.Mail, 5)
	l.Add(date(t, "2026-01-05"), rhythm.Visit, 1)
	tr := s.Tracker(dates(t, "2026-01-06"), &l)
	if tr.Ledger != &l || tr.Plan.Start != date(t, "2026-01-05") {
		t.Errorf("Tracker() = %+v, want the given ledger and the settings' plan", tr)
	}
	if tr.Calendar.IsWorkingDay(date(t, "2026-01-06")) {
		t.Errorf("Tracker().Calendar.IsWorkingDay(2026-01-06) = true, want false (leave)")
	}
	if tr.Calendar.IsWorkingDay(date(t, "2026-01-09")) {
		t.Errorf("Tracker().Calendar.IsWorkingDay(2026-01-09), a Friday, = true, want false (mon-thu)")
	}
	// 5 January met without calls (target 0); 6 January leave; 7 January
	// unmet today.
	if got, want := tr.Streaks(date(t, "2026-01-07")), (rhythm.Streak{Current: 1, Best: 1}); got != want {
		t.Errorf("Streaks(2026-01-07) = %+v, want %+v", got, want)
	}
}
