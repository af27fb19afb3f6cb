package rhythm_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
)

func TestParseWeekdays(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		want   rhythm.Weekdays
		str    string
		length int
	}{
		{"default", "mon,tue,wed,thu,fri", rhythm.MondayToFriday, "mon,tue,wed,thu,fri", 5},
		{"full names, any case, spaces", " Monday , TUESDAY,wednesday,Thu, fri ", rhythm.MondayToFriday, "mon,tue,wed,thu,fri", 5},
		{"any order", "fri,thu,wed,tue,mon", rhythm.MondayToFriday, "mon,tue,wed,thu,fri", 5},
		{"repeats count once", "mon,mon,monday", 1 << time.Monday, "mon", 1},
		{"sunday last in String", "sun,mon", 1<<time.Sunday | 1<<time.Monday, "mon,sun", 2},
		{"four-day week", "mon,tue,wed,thu", rhythm.MondayToFriday &^ (1 << time.Friday), "mon,tue,wed,thu", 4},
		{"every day", "sat,sun,mon,tue,wed,thu,fri", 0x7f, "mon,tue,wed,thu,fri,sat,sun", 7},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := rhythm.ParseWeekdays(c.in)
			if err != nil {
				t.Fatalf("ParseWeekdays(%q) error %v, want nil", c.in, err)
			}
			if got != c.want {
				t.Errorf("ParseWeekdays(%q) = %v, want %v", c.in, got, c.want)
			}
			if s := got.String(); s != c.str {
				t.Errorf("ParseWeekdays(%q).String() = %q, want %q", c.in, s, c.str)
			}
			if n := got.Len(); n != c.length {
				t.Errorf("ParseWeekdays(%q).Len() = %d, want %d", c.in, n, c.length)
			}
		})
	}
}

func TestParseWeekdaysRefuses(t *testing.T) {
	cases := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"only spaces", "  "},
		{"empty item", "mon,,tue"},
		{"trailing comma", "mon,tue,"},
		{"Dutch", "ma,di,wo"},
		{"abbreviation too short", "mo,tu"},
		{"spaces instead of commas", "mon tue"},
		{"range", "mon-fri"},
		{"number", "1,2,3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, err := rhythm.ParseWeekdays(c.in); err == nil {
				t.Errorf("ParseWeekdays(%q) = %v, nil; want an error", c.in, got)
			}
		})
	}
}

func TestWeekdaysHas(t *testing.T) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		want := d != time.Saturday && d != time.Sunday
		if got := rhythm.MondayToFriday.Has(d); got != want {
			t.Errorf("MondayToFriday.Has(%v) = %v, want %v", d, got, want)
		}
	}
	if got := rhythm.Weekdays(0).String(); got != "" {
		t.Errorf("Weekdays(0).String() = %q, want %q", got, "")
	}
	// String's output parses back to the same set.
	for w := rhythm.Weekdays(1); w < 1<<7; w++ {
		back, err := rhythm.ParseWeekdays(w.String())
		if err != nil || back != w {
			t.Errorf("ParseWeekdays(%q) = %v, %v; want %v, nil", w.String(), back, err, w)
		}
	}
}

func TestSortKinds(t *testing.T) {
	cases := []struct {
		name string
		in   []rhythm.Kind
		want []rhythm.Kind
	}{
		{"built-ins reversed", []rhythm.Kind{"visit", "call", "mail"}, []rhythm.Kind{"mail", "call", "visit"}},
		{"others after, by name", []rhythm.Kind{"zeta", "visit", "demo", "mail", "call", "alpha"}, []rhythm.Kind{"mail", "call", "visit", "alpha", "demo", "zeta"}},
		{"only others", []rhythm.Kind{"linkedin", "demo"}, []rhythm.Kind{"demo", "linkedin"}},
		{"name that sorts before mail", []rhythm.Kind{"mail", "aaa", "call"}, []rhythm.Kind{"mail", "call", "aaa"}},
		{"repeats stay", []rhythm.Kind{"demo", "mail", "demo"}, []rhythm.Kind{"mail", "demo", "demo"}},
		{"empty", []rhythm.Kind{}, []rhythm.Kind{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := slices.Clone(c.in)
			got := rhythm.SortKinds(in)
			if !slices.Equal(got, c.want) {
				t.Errorf("SortKinds(%v) = %v, want %v", c.in, got, c.want)
			}
			if !slices.Equal(in, c.want) {
				t.Errorf("SortKinds(%v) left its argument as %v, want it sorted in place", c.in, in)
			}
		})
	}
}

func TestValidKindName(t *testing.T) {
	cases := []struct {
		name string
		in   string
		ok   bool
	}{
		{"mail", "mail", true},
		{"one letter", "x", true},
		{"digits, dash, underscore", "follow-up_2", true},
		{"24 characters", strings.Repeat("a", 24), true},
		{"25 characters", strings.Repeat("a", 25), false},
		{"empty", "", false},
		{"upper case", "Mail", false},
		{"starts with a digit", "2nd", false},
		{"starts with a dash", "-call", false},
		{"space", "cold call", false},
		{"dot", "target.mail", false},
		{"accent", "café", false},
		{"newline", "mail\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := rhythm.ValidKindName(c.in)
			if (err == nil) != c.ok {
				t.Errorf("ValidKindName(%q) = %v, want ok %v", c.in, err, c.ok)
			}
		})
	}
}

func TestDefaultTargets(t *testing.T) {
	want := []rhythm.KindTarget{{Kind: rhythm.Mail, Target: rhythm.Target{N: 5}}, {Kind: rhythm.Call, Target: rhythm.Target{N: 2}}, {Kind: rhythm.Visit, Target: rhythm.Target{N: 1}}}
	got := rhythm.DefaultTargets()
	if !slices.Equal(got, want) {
		t.Errorf("DefaultTargets() = %v, want %v", got, want)
	}
	got[0].Target.N = 99
	if again := rhythm.DefaultTargets(); !slices.Equal(again, want) {
		t.Errorf("DefaultTargets() after changing an earlier result = %v, want %v", again, want)
	}
	if !slices.Equal(rhythm.BuiltinKinds, []rhythm.Kind{"mail", "call", "visit"}) {
		t.Errorf("BuiltinKinds = %v, want [mail call visit]", rhythm.BuiltinKinds)
	}
}
