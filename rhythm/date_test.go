package rhythm_test

import (
	"encoding/json"
	"testing"
	"time"

	"ritme/rhythm"
)

func TestParseDate(t *testing.T) {
	cases := []struct {
		name string
		in   string
		y    int
		m    time.Month
		d    int
	}{
		{"ordinary", "2026-03-02", 2026, time.March, 2},
		{"new year", "2026-01-01", 2026, time.January, 1},
		{"year end", "2026-12-31", 2026, time.December, 31},
		{"leap day", "2028-02-29", 2028, time.February, 29},
		{"leap day 2000", "2000-02-29", 2000, time.February, 29},
		{"first date", "0001-01-01", 1, time.January, 1},
		{"last date", "9999-12-31", 9999, time.December, 31},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := rhythm.ParseDate(c.in)
			if err != nil {
				t.Fatalf("ParseDate(%q) error %v, want nil", c.in, err)
			}
			if want := rhythm.NewDate(c.y, c.m, c.d); got != want {
				t.Errorf("ParseDate(%q) = %v, want %v", c.in, got, want)
			}
			if s := got.String(); s != c.in {
				t.Errorf("ParseDate(%q).String() = %q, want %q", c.in, s, c.in)
			}
		})
	}
}

func TestParseDateRefuses(t *testing.T) {
	cases := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"30 February", "2026-02-30"},
		{"29 February, not a leap year", "2026-02-29"},
		{"29 February 1900", "1900-02-29"},
		{"31 April", "2026-04-31"},
		{"month 13", "2026-13-01"},
		{"month 0", "2026-00-10"},
		{"day 0", "2026-01-00"},
		{"no leading zeros", "2026-2-3"},
		{"padded to length without zeros", "2026-2-03 "},
		{"two-digit year", "26-02-03"},
		{"slashes", "2026/02/03"},
		{"Dutch order", "03-02-2026"},
		{"with time", "2026-02-03T10:00:00Z"},
		{"leading space", " 2026-02-03"},
		{"letters", "yyyy-mm-dd"},
		{"signed year", "+026-02-03"},
		// 0000-12-31 would be the zero Date, which means "no date".
		{"year zero", "0000-12-31"},
		{"year zero, June", "0000-06-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, err := rhythm.ParseDate(c.in); err == nil {
				t.Errorf("ParseDate(%q) = %v, nil; want an error", c.in, got)
			}
		})
	}
}

func TestDateWeekday(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want time.Weekday
	}{
		{"first date", "0001-01-01", time.Monday},
		{"unix epoch", "1970-01-01", time.Thursday},
		{"Koningsdag 2025", "2025-04-26", time.Saturday},
		{"27 April 2025", "2025-04-27", time.Sunday},
		{"Bevrijdingsdag 2025", "2025-05-05", time.Monday},
		{"Bevrijdingsdag 2030", "2030-05-05", time.Sunday},
		{"1 January 2026", "2026-01-01", time.Thursday},
		{"leap day 2028", "2028-02-29", time.Tuesday},
		{"status example", "2026-03-02", time.Monday},
		{"Friday", "2026-01-09", time.Friday},
		{"last date", "9999-12-31", time.Friday},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := date(t, c.in).Weekday(); got != c.want {
				t.Errorf("Date(%s).Weekday() = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

// TestDateCivilRoundTrip checks Civil, Weekday, Time and NewDate against the
// time package: every day from 1600 to 2400, and every 89th day from year 1
// to 9999.
func TestDateCivilRoundTrip(t *testing.T) {
	check := func(t *testing.T, d rhythm.Date) {
		t.Helper()
		tm := d.Time()
		y, m, dd := d.Civil()
		if ty, tmo, td := tm.Date(); y != ty || m != tmo || dd != td {
			t.Fatalf("Date(%d).Civil() = %d-%d-%d, want %d-%d-%d", d, y, m, dd, ty, tmo, td)
		}
		if got := rhythm.NewDate(y, m, dd); got != d {
			t.Fatalf("NewDate(%d, %v, %d) = %d, want %d", y, m, dd, got, d)
		}
		if got, want := d.Weekday(), tm.Weekday(); got != want {
			t.Fatalf("Date(%v).Weekday() = %v, want %v", d, got, want)
		}
		if got := d.Year(); got != y {
			t.Fatalf("Date(%v).Year() = %d, want %d", d, got, y)
		}
		if got := rhythm.DateOf(tm); got != d {
			t.Fatalf("DateOf(%v) = %v, want %v", tm, got, d)
		}
	}
	from, to := rhythm.NewDate(1600, time.January, 1), rhythm.NewDate(2400, time.December, 31)
	prev := from - 1
	for d := from; d <= to; d++ {
		check(t, d)
		if d.AddDays(-1) != prev {
			t.Fatalf("Date(%v).AddDays(-1) = %v, want %v", d, d.AddDays(-1), prev)
		}
		prev = d
	}
	for d := rhythm.NewDate(1, time.January, 1); d <= rhythm.NewDate(9999, time.December, 31); d += 89 {
		check(t, d)
	}
	if got := rhythm.NewDate(1, time.January, 1); got != 1 {
		t.Errorf("NewDate(1, January, 1) = %d, want 1", got)
	}
}

func TestNewDateNormalises(t *testing.T) {
	cases := []struct {
		name string
		y    int
		m    time.Month
		d    int
		want string
	}{
		{"31 April", 2026, time.April, 31, "2026-05-01"},
		{"day 0", 2026, time.March, 0, "2026-02-28"},
		{"day 0 leap", 2028, time.March, 0, "2028-02-29"},
		{"month 13", 2026, 13, 1, "2027-01-01"},
		{"day 32", 2026, time.December, 32, "2027-01-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := rhythm.NewDate(c.y, c.m, c.d).String(); got != c.want {
				t.Errorf("NewDate(%d, %v, %d) = %s, want %s", c.y, c.m, c.d, got, c.want)
			}
		})
	}
}

func TestDateOfUsesTheTimesOwnZone(t *testing.T) {
	amsterdam := time.FixedZone("CEST", 2*60*60)
	cases := []struct {
		name string
		in   time.Time
		want string
	}{
		{"late evening in Amsterdam, still the 1st", time.Date(2026, time.July, 1, 23, 30, 0, 0, amsterdam), "2026-07-01"},
		{"just after midnight in Amsterdam", time.Date(2026, time.July, 2, 0, 30, 0, 0, amsterdam), "2026-07-02"},
		{"UTC", time.Date(2026, time.July, 1, 22, 30, 0, 0, time.UTC), "2026-07-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := rhythm.DateOf(c.in).String(); got != c.want {
				t.Errorf("DateOf(%v) = %s, want %s", c.in, got, c.want)
			}
		})
	}
}

func TestDateTime(t *testing.T) {
	d := date(t, "2026-03-02")
	want := time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
	if got := d.Time(); !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("Date(%v).Time() = %v, want %v", d, got, want)
	}
}

func TestZeroDate(t *testing.T) {
	var d rhythm.Date
	if !d.IsZero() {
		t.Errorf("Date(0).IsZero() = false, want true")
	}
	if got := d.String(); got != "" {
		t.Errorf("Date(0).String() = %q, want %q", got, "")
	}
	if date(t, "0001-01-01").IsZero() {
		t.Errorf("Date(0001-01-01).IsZero() = true, want false")
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Date  rhythm.Date `json:"date"`
		Start rhythm.Date `json:"start"`
	}
	in := doc{Date: date(t, "2026-03-02")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatalf("json.Marshal(%v): %v", in, err)
	}
	if got, want := string(b), `{"date":"2026-03-02","start":""}`; got != want {
		t.Errorf("json.Marshal(%v) = %s, want %s", in, got, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	if out != in {
		t.Errorf("json.Unmarshal(%s) = %v, want %v", b, out, in)
	}
	for _, bad := range []string{`{"date":"2026-02-30"}`, `{"date":"2026-3-2"}`, `{"date":20260302}`} {
		var v doc
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("json.Unmarshal(%s) = %v, nil; want an error", bad, v)
		}
	}
}

func TestCalendarBoundaries(t *testing.T) {
	cases := []struct {
		name string
		fn   func(rhythm.Date) rhythm.Date
		in   string
		want string
	}{
		{"WeekStart of a Monday", rhythm.WeekStart, "2026-03-02", "2026-03-02"},
		{"WeekStart of a Wednesday", rhythm.WeekStart, "2026-03-04", "2026-03-02"},
		{"WeekStart of a Sunday", rhythm.WeekStart, "2026-03-08", "2026-03-02"},
		{"WeekStart of a Saturday", rhythm.WeekStart, "2026-03-07", "2026-03-02"},
		{"WeekStart across a year end", rhythm.WeekStart, "2026-01-01", "2025-12-29"},
		{"WeekStart across a month end", rhythm.WeekStart, "2026-05-01", "2026-04-27"},
		{"MonthStart", rhythm.MonthStart, "2026-03-17", "2026-03-01"},
		{"MonthStart of the 1st", rhythm.MonthStart, "2026-03-01", "2026-03-01"},
		{"MonthStart of 31 December", rhythm.MonthStart, "2026-12-31", "2026-12-01"},
		{"MonthEnd of February", rhythm.MonthEnd, "2026-02-10", "2026-02-28"},
		{"MonthEnd of a leap February", rhythm.MonthEnd, "2028-02-01", "2028-02-29"},
		{"MonthEnd of February 1900", rhythm.MonthEnd, "1900-02-01", "1900-02-28"},
		{"MonthEnd of February 2000", rhythm.MonthEnd, "2000-02-01", "2000-02-29"},
		{"MonthEnd of April", rhythm.MonthEnd, "2026-04-30", "2026-04-30"},
		{"MonthEnd of December", rhythm.MonthEnd, "2026-12-01", "2026-12-31"},
		{"YearStart", func(d rhythm.Date) rhythm.Date { return rhythm.YearStart(d.Year()) }, "2026-07-15", "2026-01-01"},
		{"YearEnd", func(d rhythm.Date) rhythm.Date { return rhythm.YearEnd(d.Year()) }, "2028-07-15", "2028-12-31"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.fn(date(t, c.in)).String(); got != c.want {
				t.Errorf("%s(%s) = %s, want %s", c.name, c.in, got, c.want)
			}
		})
	}
}

func TestWeekStartIsAlwaysTheMondayOnOrBefore(t *testing.T) {
	for d := date(t, "2025-12-01"); d <= date(t, "2027-01-31"); d++ {
		ws := rhythm.WeekStart(d)
		if ws.Weekday() != time.Monday || ws > d || d-ws > 6 {
			t.Fatalf("WeekStart(%v) = %v (%v), want the Monday on or before it", d, ws, ws.Weekday())
		}
		ms, me := rhythm.MonthStart(d), rhythm.MonthEnd(d)
		if _, _, day := ms.Civil(); day != 1 || ms > d {
			t.Fatalf("MonthStart(%v) = %v, want the 1st of its month", d, ms)
		}
		if _, _, next := (me + 1).Civil(); me < d || next != 1 || rhythm.MonthStart(me) != ms {
			t.Fatalf("MonthEnd(%v) = %v, want the last day of its month", d, me)
		}
	}
}
