package rhythm

import (
	"fmt"
	"time"
)

// Date is a calendar date without a time of day or a zone. It counts days so
// that 0001-01-01 is 1; the zero Date means "no date".
type Date int32

// MinYear is the earliest year ritme takes in any date the user gives:
// nobody logs sales contacts from before 1900, and a typo such as 0226
// would otherwise stretch every walk over the days back to year 226.
const MinYear = 1900

// unixEpoch is the Date of 1970-01-01.
const unixEpoch Date = 719163

// NewDate returns the Date of year, month and day, normalising out-of-range
// values the way time.Date does (31 April becomes 1 May).
func NewDate(year int, month time.Month, day int) Date {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return unixEpoch + Date(t.Unix()/86400)
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ParseDate reads a date written as YYYY-MM-DD. It refuses anything else,
// including dates that do not exist such as 2026-02-30, and dates before
// 0001-01-01 (0000-12-31 would be the zero Date, "no date"). It parses by
// hand, without time.Parse: the store reads thousands of dates per glance.
func ParseDate(s string) (Date, error) {
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return 0, inputError(ErrDateFormat, s)
	}
	y, okY := digits(s[0:4])
	m, okM := digits(s[5:7])
	d, okD := digits(s[8:10])
	if !okY || !okM || !okD {
		return 0, inputError(ErrDateFormat, s)
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, inputError(ErrDateExists, s)
	}
	return NewDate(y, time.Month(m), d), nil
}

// digits reads a run of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// daysIn returns the number of days of month m in year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time {
	return time.Unix(int64(d-unixEpoch)*86400, 0).UTC()
}

// IsZero reports whether d is the zero Date, "no date".
func (d Date) IsZero() bool { return d == 0 }

// String returns d as YYYY-MM-DD, or the empty string for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, dd := d.Civil()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}

// MarshalText writes d as YYYY-MM-DD, so that Dates are strings in JSON.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a YYYY-MM-DD date; the empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = 0
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Civil returns the year, month and day of d. It is plain arithmetic
// (Howard Hinnant's days-to-civil), so it is cheap enough for loops over
// decades of days.
func (d Date) Civil() (year int, month time.Month, day int) {
	z := int64(d-unixEpoch) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	dd := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), time.Month(m), int(dd)
}

// Year returns the year of d.
func (d Date) Year() int {
	y, _, _ := d.Civil()
	return y
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 0001-01-01 (Date 1) was a Monday, so Date 0 would be a Sunday.
	return time.Weekday(int64(d) % 7)
}

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return d + Date(n) }

// YearStart returns 1 January of year.
func YearStart(year int) Date { return NewDate(year, time.January, 1) }

// YearEnd returns 31 December of year.
func YearEnd(year int) Date { return NewDate(year, time.December, 31) }

// WeekStart returns the Monday on or before d (weeks run Monday to Sunday,
// as ISO 8601 and most of Europe count them).
func WeekStart(d Date) Date {
	return d - Date((int(d.Weekday())+6)%7)
}

// MonthStart returns the first day of d's month.
func MonthStart(d Date) Date {
	y, m, _ := d.Civil()
	return NewDate(y, m, 1)
}

// MonthEnd returns the last day of d's month.
func MonthEnd(d Date) Date {
	y, m, _ := d.Civil()
	return NewDate(y, m+1, 0)
}
