package rhythm_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/us"

	"ritme/rhythm"
)

// holidayList renders holidays as "YYYY-MM-DD Name" lines.
func holidayList(hs []rhythm.Holiday) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Date.String() + " " + h.Name
	}
	return out
}

func TestHolidaysNL2026(t *testing.T) {
	want := []string{
		"2026-01-01 Nieuwjaarsdag",
		"2026-04-06 Tweede Paasdag",
		"2026-04-27 Koningsdag",
		"2026-05-14 Hemelvaartsdag",
		"2026-05-25 Tweede Pinksterdag",
		"2026-12-25 Eerste Kerstdag",
		"2026-12-26 Tweede Kerstdag",
	}
	if got := holidayList(holidaySet(t, "nl").In(2026)); !slices.Equal(got, want) {
		t.Errorf("nl.In(2026) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestHolidayOn checks single holidays of the SPEC's sets: Koningsdag's move
// to 26 April, Bevrijdingsdag in lustrum years only for "nl", every year for
// "nl-all", and Goede Vrijdag only in "nl-all".
func TestHolidayOn(t *testing.T) {
	cases := []struct {
		name string
		code string
		day  string
		want string // the holiday's name, "" for none
	}{
		{"Koningsdag 2025 moves to Saturday 26 April", "nl", "2025-04-26", "Koningsdag"},
		{"27 April 2025 is no holiday", "nl", "2025-04-27", ""},
		{"Koningsdag 2026 stays on 27 April", "nl", "2026-04-27", "Koningsdag"},
		{"Koningsdag 2014 moves to 26 April", "nl", "2014-04-26", "Koningsdag"},
		{"Koningsdag 2030 on Saturday 27 April", "nl", "2030-04-27", "Koningsdag"},
		{"Bevrijdingsdag 2025 with nl", "nl", "2025-05-05", "Bevrijdingsdag"},
		{"Bevrijdingsdag 2030 with nl", "nl", "2030-05-05", "Bevrijdingsdag"},
		{"Bevrijdingsdag 2020 with nl", "nl", "2020-05-05", "Bevrijdingsdag"},
		{"no Bevrijdingsdag 2026 with nl", "nl", "2026-05-05", ""},
		{"no Bevrijdingsdag 2027 with nl", "nl", "2027-05-05", ""},
		{"Bevrijdingsdag 2026 with nl-all", "nl-all", "2026-05-05", "Bevrijdingsdag"},
		{"Bevrijdingsdag 2027 with nl-all", "nl-all", "2027-05-05", "Bevrijdingsdag"},
		{"no Goede Vrijdag with nl", "nl", "2026-04-03", ""},
		{"Goede Vrijdag 2026 with nl-all", "nl-all", "2026-04-03", "Goede Vrijdag"},
		{"Goede Vrijdag 2025 with nl-all", "nl-all", "2025-04-18", "Goede Vrijdag"},
		{"Tweede Paasdag 2025", "nl", "2025-04-21", "Tweede Paasdag"},
		{"Hemelvaartsdag 2025", "nl", "2025-05-29", "Hemelvaartsdag"},
		{"Tweede Pinksterdag 2025", "nl", "2025-06-09", "Tweede Pinksterdag"},
		{"Tweede Kerstdag 2025", "nl", "2025-12-26", "Tweede Kerstdag"},
		{"an ordinary day", "nl", "2026-03-02", ""},
		{"Bevrijdingsdag and Hemelvaartsdag on one date (nl, 2005)", "nl", "2005-05-05", "Bevrijdingsdag / Hemelvaartsdag"},
		{"Bevrijdingsdag and Hemelvaartsdag on one date (nl-all, 2016)", "nl-all", "2016-05-05", "Bevrijdingsdag / Hemelvaartsdag"},
		{"only Hemelvaartsdag on 5 May 2016 with nl", "nl", "2016-05-05", "Hemelvaartsdag"},
		{"none on New Year", "none", "2026-01-01", ""},
		{"Tag der Deutschen Einheit", "de", "2026-10-03", "Tag der Deutschen Einheit"},
		{"Independence Day 2026 observed on Friday", "us", "2026-07-03", "Independence Day"},
		{"Independence Day 2026 itself is a Saturday", "us", "2026-07-04", ""},
		{"Thanksgiving 2026", "us", "2026-11-26", "Thanksgiving Day"},
		// 1 January 2022 was a Saturday: New Year's Day was observed on
		// Friday 31 December 2021, a federal holiday.
		{"New Year's Day 2022 observed in 2021", "us", "2021-12-31", "New Year's Day"},
		{"no New Year's Day on Saturday 1 January 2022", "us", "2022-01-01", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := calendarOf(t, "holidays", c.code)
			d := date(t, c.day)
			h, ok := cl.Holiday(d)
			if ok != (c.want != "") || h.Name != c.want {
				t.Errorf("%s: Holiday(%s) = %q, %v; want %q", c.code, c.day, h.Name, ok, c.want)
			}
			if ok && h.Date != d {
				t.Errorf("%s: Holiday(%s).Date = %v, want %v", c.code, c.day, h.Date, d)
			}
			if got := cl.IsHoliday(d); got != ok {
				t.Errorf("%s: IsHoliday(%s) = %v, want %v", c.code, c.day, got, ok)
			}
			if got := slices.ContainsFunc(cl.Holidays(d.Year()), func(x rhythm.Holiday) bool { return x.Date == d }); got != ok {
				t.Errorf("%s: Holidays(%d) contains %s = %v, want %v", c.code, d.Year(), c.day, got, ok)
			}
		})
	}
}

// TestHolidaySetsByYear checks which dates the Dutch sets give off, year by
// year, and which of them fall on a workday (Monday to Friday).
func TestHolidaySetsByYear(t *testing.T) {
	cases := []struct {
		code      string
		year      int
		count     int // holidays in the year, one per date
		onWorkday int
	}{
		{"nl", 2025, 8, 7},     // Koningsdag on Saturday 26 April
		{"nl", 2026, 7, 6},     // Tweede Kerstdag on a Saturday
		{"nl", 2028, 7, 6},     // Nieuwjaarsdag on a Saturday
		{"nl", 2030, 8, 6},     // Koningsdag on a Saturday, Bevrijdingsdag on a Sunday
		{"nl", 2005, 7, 5},     // Bevrijdingsdag and Hemelvaartsdag share 5 May
		{"nl-all", 2026, 9, 8}, // + Goede Vrijdag and Bevrijdingsdag
		{"nl-all", 2025, 9, 8}, // + Goede Vrijdag
		{"nl-all", 2030, 9, 7}, // + Goede Vrijdag
		{"none", 2026, 0, 0},
		{"none", 2028, 0, 0},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s %d", c.code, c.year), func(t *testing.T) {
			hs := holidaySet(t, c.code).In(c.year)
			if len(hs) != c.count {
				t.Errorf("%s.In(%d) has %d holidays, want %d:\n%s", c.code, c.year, len(hs), c.count, strings.Join(holidayList(hs), "\n"))
			}
			for i, h := range hs {
				if h.Date.Year() != c.year {
					t.Errorf("%s.In(%d)[%d] = %v, outside the year", c.code, c.year, i, h.Date)
				}
				if i > 0 && hs[i-1].Date >= h.Date {
					t.Errorf("%s.In(%d) not in date order, or a date twice: %v then %v", c.code, c.year, hs[i-1].Date, h.Date)
				}
			}
			a := calendarOf(t, "holidays", c.code).Availability(c.year)
			if len(a.Holidays) != c.onWorkday {
				t.Errorf("Availability(%d) with %s has %d holidays on workdays, want %d", c.year, c.code, len(a.Holidays), c.onWorkday)
			}
		})
	}
}

func TestNLAllHasBevrijdingsdagEveryYear(t *testing.T) {
	all, nl := holidaySet(t, "nl-all"), holidaySet(t, "nl")
	for year := 2000; year <= 2040; year++ {
		has := func(hs []rhythm.Holiday, name string) bool {
			return slices.ContainsFunc(hs, func(h rhythm.Holiday) bool { return strings.Contains(h.Name, name) })
		}
		if got := has(all.In(year), "Bevrijdingsdag"); !got {
			t.Errorf("nl-all.In(%d) has Bevrijdingsdag = false, want true", year)
		}
		if got := has(all.In(year), "Goede Vrijdag"); !got {
			t.Errorf("nl-all.In(%d) has Goede Vrijdag = false, want true", year)
		}
		if got, want := has(nl.In(year), "Bevrijdingsdag"), year%5 == 0; got != want {
			t.Errorf("nl.In(%d) has Bevrijdingsdag = %v, want %v", year, got, want)
		}
		if got := has(nl.In(year), "Goede Vrijdag"); got {
			t.Errorf("nl.In(%d) has Goede Vrijdag = true, want false", year)
		}
		// Every "nl" holiday is an "nl-all" holiday.
		for _, h := range nl.In(year) {
			if !slices.ContainsFunc(all.In(year), func(x rhythm.Holiday) bool { return x.Date == h.Date }) {
				t.Errorf("nl holiday %v %s missing from nl-all", h.Date, h.Name)
			}
		}
	}
}

func TestLookupHolidays(t *testing.T) {
	cases := []struct {
		name string
		in   string
		code string
	}{
		{"nl", "nl", "nl"},
		{"nl-all", "nl-all", "nl-all"},
		{"none", "none", "none"},
		{"upper case and spaces", " NL ", "nl"},
		{"Germany", "de", "de"},
		{"United States", "US", "us"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h, err := rhythm.LookupHolidays(c.in)
			if err != nil {
				t.Fatalf("LookupHolidays(%q) error %v, want nil", c.in, err)
			}
			if got := h.Code(); got != c.code {
				t.Errorf("LookupHolidays(%q).Code() = %q, want %q", c.in, got, c.code)
			}
		})
	}
	for _, bad := range []string{"", "xx", "nederland", "nl-some", "uk", "nl,de"} {
		t.Run("refuses "+bad, func(t *testing.T) {
			if h, err := rhythm.LookupHolidays(bad); err == nil {
				t.Errorf("LookupHolidays(%q) = %q, nil; want an error", bad, h.Code())
			}
		})
	}
}

func TestHolidaySetCodes(t *testing.T) {
	codes := rhythm.HolidaySetCodes()
	if len(codes) < 4 || !slices.Equal(codes[:3], []string{"nl", "nl-all", "none"}) {
		t.Fatalf("HolidaySetCodes() = %v, want nl, nl-all, none first", codes)
	}
	if !slices.IsSorted(codes[3:]) {
		t.Errorf("HolidaySetCodes()[3:] = %v, want sorted", codes[3:])
	}
	for _, want := range []string{"de", "us", "gb", "be", "fr"} {
		if !slices.Contains(codes, want) {
			t.Errorf("HolidaySetCodes() = %v, want it to contain %q", codes, want)
		}
	}
	for _, c := range codes {
		h, err := rhythm.LookupHolidays(c)
		if err != nil {
			t.Errorf("LookupHolidays(%q) from HolidaySetCodes: %v", c, err)
			continue
		}
		for year := 2024; year <= 2030; year++ {
			hs := h.In(year)
			for i, x := range hs {
				if x.Date.Year() != year || x.Name == "" || i > 0 && hs[i-1].Date >= x.Date {
					t.Errorf("%s.In(%d)[%d] = %v %q: want named dates of the year, in order, once each", c, year, i, x.Date, x.Name)
				}
			}
			if c != "none" && len(hs) == 0 {
				t.Errorf("%s.In(%d) is empty, want holidays", c, year)
			}
		}
	}
}

// TestCountryHolidaysAreTheWholeList checks that a country code takes the
// whole Holidays list of its rickar/cal/v2 package: the dates ritme counts
// are exactly those on which cal's own Calendar reports an observed
// holiday, including observed days that move into the previous year.
func TestCountryHolidaysAreTheWholeList(t *testing.T) {
	lists := map[string][]*cal.Holiday{
		"be": be.Holidays, "ca": ca.Holidays, "de": de.Holidays, "fr": fr.Holidays,
		"gb": gb.Holidays, "jp": jp.Holidays, "nz": nz.Holidays, "us": us.Holidays,
	}
	codes := slices.Sorted(maps.Keys(lists))
	for _, code := range codes {
		t.Run(code, func(t *testing.T) {
			defs := lists[code]
			c := &cal.Calendar{}
			c.AddHoliday(defs...)
			cl := calendarOf(t, "holidays", code)
			for d := date(t, "2019-01-01"); d <= date(t, "2031-12-31"); d++ {
				y, m, dd := d.Civil()
				_, observed, h := c.IsHoliday(time.Date(y, m, dd, 12, 0, 0, 0, cal.DefaultLoc))
				if got := cl.IsHoliday(d); got != observed {
					name := ""
					if h != nil {
						name = h.Name
					}
					t.Errorf("%s: IsHoliday(%v) = %v, want %v (cal: %q)", code, d, got, observed, name)
				}
			}
		})
	}
}

func TestCountryHolidaysNames(t *testing.T) {
	cases := []struct {
		code string
		year int
		want []string
	}{
		{"us", 2026, []string{
			"2026-01-01 New Year's Day", "2026-01-19 Martin Luther King Jr. Day", "2026-02-16 Presidents' Day",
			"2026-05-25 Memorial Day", "2026-06-19 Juneteenth", "2026-07-03 Independence Day",
			"2026-09-07 Labor Day", "2026-10-12 Columbus Day", "2026-11-11 Veterans Day",
			"2026-11-26 Thanksgiving Day", "2026-12-25 Christmas Day",
		}},
		{"us", 2021, []string{
			"2021-01-01 New Year's Day", "2021-01-18 Martin Luther King Jr. Day", "2021-02-15 Presidents' Day",
			"2021-05-31 Memorial Day", "2021-06-18 Juneteenth", "2021-07-05 Independence Day",
			"2021-09-06 Labor Day", "2021-10-11 Columbus Day", "2021-11-11 Veterans Day",
			"2021-11-25 Thanksgiving Day", "2021-12-24 Christmas Day", "2021-12-31 New Year's Day",
		}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s %d", c.code, c.year), func(t *testing.T) {
			if got := holidayList(holidaySet(t, c.code).In(c.year)); !slices.Equal(got, c.want) {
				t.Errorf("%s.In(%d) =\n%s\nwant\n%s", c.code, c.year, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func TestZeroHolidaySetHasNoHolidays(t *testing.T) {
	var h rhythm.HolidaySet
	if got := h.In(2026); len(got) != 0 {
		t.Errorf("HolidaySet{}.In(2026) = %v, want none", got)
	}
	if got := h.Code(); got != "" {
		t.Errorf("HolidaySet{}.Code() = %q, want %q", got, "")
	}
}

// TestHolidaysCountedOnWorkdays: a holiday takes a day off the year only
// when it falls on a workday.
func TestHolidaysCountedOnWorkdays(t *testing.T) {
	cases := []struct {
		name    string
		code    string
		day     string
		listed  bool // in HolidaySet.In
		counted bool // in Availability.Holidays (Monday to Friday)
	}{
		{"Koningsdag 2025, Saturday 26 April", "nl", "2025-04-26", true, false},
		{"Koningsdag 2026, Monday 27 April", "nl", "2026-04-27", true, true},
		{"Bevrijdingsdag 2025, a Monday", "nl", "2025-05-05", true, true},
		{"Bevrijdingsdag 2030, a Sunday", "nl", "2030-05-05", true, false},
		{"Bevrijdingsdag 2026 is not in nl", "nl", "2026-05-05", false, false},
		{"Bevrijdingsdag 2026 in nl-all, a Tuesday", "nl-all", "2026-05-05", true, true},
		{"Goede Vrijdag 2026 in nl-all", "nl-all", "2026-04-03", true, true},
		{"Tweede Kerstdag 2026, a Saturday", "nl", "2026-12-26", true, false},
		{"Nieuwjaarsdag 2028, a Saturday", "nl", "2028-01-01", true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := date(t, c.day)
			at := func(hs []rhythm.Holiday) bool {
				return slices.ContainsFunc(hs, func(h rhythm.Holiday) bool { return h.Date == d })
			}
			if got := at(holidaySet(t, c.code).In(d.Year())); got != c.listed {
				t.Errorf("%s.In(%d) contains %s = %v, want %v", c.code, d.Year(), c.day, got, c.listed)
			}
			cl := calendarOf(t, "holidays", c.code)
			if got := at(cl.Availability(d.Year()).Holidays); got != c.counted {
				t.Errorf("Availability(%d) with %s counts %s = %v, want %v", d.Year(), c.code, c.day, got, c.counted)
			}
		})
	}
}
