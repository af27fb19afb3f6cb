package rhythm_test

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"ritme/rhythm"
)

// TestSeedFigures quotes SPEC.md: with the defaults, 2026 in the
// Netherlands has 261 weekdays, 6 holidays on weekdays, 255 working days
// and 220 available days, so the annual targets of a rep who started on or
// before 1 January are 1100 / 440 / 220, and 1700 contacts a year need 8 a
// day.
func TestSeedFigures(t *testing.T) {
	a := nlCalendar(t).Availability(2026)
	annual := newFixture(t).start("2025-06-02").AnnualTargets(2026, date(t, "2026-03-02"))
	cases := []struct {
		name string
		got  int
		want int
	}{
		{"weekdays", a.Weekdays, 261},
		{"holidays on weekdays", len(a.Holidays), 6},
		{"working days", a.WorkingDays, 255},
		{"vacation days", a.VacationDays, 25},
		{"reserve days", a.ReserveDays, 10},
		{"available days", a.AvailableDays, 220},
		{"annual mail", annual[0], 1100},
		{"annual call", annual[1], 440},
		{"annual visit", annual[2], 220},
		{"daily for 1700", a.DailyFor(1700), 8},
		{"year", a.Year, 2026},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.got != c.want {
				t.Errorf("Availability(2026) %s = %d, want %d", c.name, c.got, c.want)
			}
		})
	}
	want := []string{"2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25"}
	var got []string
	for _, h := range a.Holidays {
		got = append(got, h.Date.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("Availability(2026).Holidays = %v, want %v", got, want)
	}
}

func TestAvailability(t *testing.T) {
	cases := []struct {
		name      string
		year      int
		code      string
		workdays  string
		vac, res  int
		weekdays  int
		holidays  int
		working   int
		available int
	}{
		{"2026 defaults", 2026, "nl", "mon,tue,wed,thu,fri", 25, 10, 261, 6, 255, 220},
		// Koningsdag on Saturday 26 April; Bevrijdingsdag on Monday 5 May.
		{"2025 defaults", 2025, "nl", "mon,tue,wed,thu,fri", 25, 10, 261, 7, 254, 219},
		// A leap year that starts on a Saturday: 366 days, 52 weeks + Sat, Sun.
		{"2028 leap year", 2028, "nl", "mon,tue,wed,thu,fri", 25, 10, 260, 6, 254, 219},
		// A leap year that starts on a Monday: 52 weeks + Mon, Tue.
		{"2024 leap year", 2024, "nl", "mon,tue,wed,thu,fri", 25, 10, 262, 6, 256, 221},
		// Bevrijdingsdag 2030 is a Sunday, Koningsdag a Saturday.
		{"2030", 2030, "nl", "mon,tue,wed,thu,fri", 25, 10, 261, 6, 255, 220},
		{"2026 nl-all", 2026, "nl-all", "mon,tue,wed,thu,fri", 25, 10, 261, 8, 253, 218},
		{"2026 no holidays", 2026, "none", "mon,tue,wed,thu,fri", 25, 10, 261, 0, 261, 226},
		{"2026 no absence", 2026, "nl", "mon,tue,wed,thu,fri", 0, 0, 261, 6, 255, 255},
		// 2026 starts on a Thursday: 53 Thursdays, 52 of every other weekday.
		{"2026 four-day week", 2026, "nl", "mon,tue,wed,thu", 20, 8, 209, 5, 204, 176},
		{"2026 Thursdays only", 2026, "nl", "thu", 0, 0, 53, 2, 51, 51},
		{"2026 weekends only", 2026, "nl", "sat,sun", 0, 0, 104, 1, 103, 103},
		{"every day, 2028", 2028, "none", "mon,tue,wed,thu,fri,sat,sun", 0, 0, 366, 0, 366, 366},
		{"absence beyond the year clamps to 0", 2026, "nl", "mon", 40, 20, 52, 3, 49, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, err := rhythm.ParseWeekdays(c.workdays)
			if err != nil {
				t.Fatal(err)
			}
			a := calendarOf(t, "workdays", c.workdays, "holidays", c.code,
				"vacation_days", strconv.Itoa(c.vac), "reserve_days", strconv.Itoa(c.res)).Availability(c.year)
			got := []int{a.Weekdays, len(a.Holidays), a.WorkingDays, a.AvailableDays}
			want := []int{c.weekdays, c.holidays, c.working, c.available}
			if !slices.Equal(got, want) {
				t.Errorf("Availability(%d) weekdays, holidays, working, available = %v, want %v", c.year, got, want)
			}
			for _, h := range a.Holidays {
				if !w.Has(h.Date.Weekday()) {
					t.Errorf("Availability(%d).Holidays has %v on a %v, not a workday", c.year, h.Date, h.Date.Weekday())
				}
			}
		})
	}
}

// TestWeekdaysMatchesACount checks weekdays(Y) against a plain count over
// many years and every set of workdays.
func TestWeekdaysMatchesACount(t *testing.T) {
	for year := 1999; year <= 2033; year++ {
		for w := rhythm.Weekdays(1); w < 1<<7; w++ {
			want := 0
			for d := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == year; d = d.AddDate(0, 0, 1) {
				if w.Has(d.Weekday()) {
					want++
				}
			}
			c := calendarOf(t, "workdays", w.String(), "holidays", "none")
			if got := c.Availability(year).Weekdays; got != want {
				t.Fatalf("Availability(%d) with %v: Weekdays = %d, want %d", year, w, got, want)
			}
		}
	}
}

func TestLeapDay(t *testing.T) {
	c := nlCalendar(t)
	d := date(t, "2028-02-29")
	if !c.IsWorkingDay(d) {
		t.Errorf("IsWorkingDay(2028-02-29, a Tuesday) = false, want true")
	}
	if got := c.WorkingDays(date(t, "2028-02-28"), date(t, "2028-03-01")); got != 3 {
		t.Errorf("WorkingDays(2028-02-28, 2028-03-01) = %d, want 3", got)
	}
	if got := c.WorkingDays(date(t, "2026-02-27"), date(t, "2026-03-02")); got != 2 {
		t.Errorf("WorkingDays(2026-02-27, 2026-03-02) = %d, want 2", got)
	}
}

func TestDailyFor(t *testing.T) {
	cases := []struct {
		name      string
		available int
		goal      int
		want      int
	}{
		{"1700 in 2026", 220, 1700, 8},
		{"exact", 220, 1100, 5},
		{"one over", 220, 1101, 6},
		{"less than one a day", 220, 1, 1},
		{"goal 0", 220, 0, 0},
		{"negative goal", 220, -5, 0},
		// SPEC.md: where a formula would divide by zero, the figure is 0.
		{"no available days", 0, 1700, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := rhythm.Availability{AvailableDays: c.available}
			if got := a.DailyFor(c.goal); got != c.want {
				t.Errorf("DailyFor(%d) with %d available days = %d, want %d", c.goal, c.available, got, c.want)
			}
		})
	}
}

func TestIsWorkingDay(t *testing.T) {
	c := nlCalendar(t, "2026-03-04", "2026-04-27", "2026-03-07")
	// A workday date is a workday that is not a holiday; leave does not
	// change it (SPEC.md's Words), but it is no working day.
	cases := []struct {
		day                                           string
		workday, holiday, leave, workdayDate, working bool
	}{
		{"2026-03-02", true, false, false, true, true},    // a Monday
		{"2026-03-04", true, false, true, true, false},    // leave
		{"2026-03-07", false, false, true, false, false},  // leave on a Saturday
		{"2026-03-08", false, false, false, false, false}, // a Sunday
		{"2026-04-27", true, true, true, false, false},    // leave on Koningsdag
		{"2026-01-01", true, true, false, false, false},   // Nieuwjaarsdag
		{"2026-12-26", false, true, false, false, false},  // Tweede Kerstdag, a Saturday
	}
	for _, x := range cases {
		t.Run(x.day, func(t *testing.T) {
			d := date(t, x.day)
			got := []bool{c.IsWorkday(d), c.IsHoliday(d), c.IsLeave(d), c.IsWorkdayDate(d), c.IsWorkingDay(d)}
			want := []bool{x.workday, x.holiday, x.leave, x.workdayDate, x.working}
			if !slices.Equal(got, want) {
				t.Errorf("IsWorkday, IsHoliday, IsLeave, IsWorkdayDate, IsWorkingDay(%s) = %v, want %v", x.day, got, want)
			}
		})
	}
	if got := c.Workdays(date(t, "2026-03-02")); got != rhythm.MondayToFriday {
		t.Errorf("Workdays(2026-03-02) = %v, want %v", got, rhythm.MondayToFriday)
	}
	if got := c.History().HolidaysIn(2026).Code(); got != "nl" {
		t.Errorf("History().HolidaysIn(2026).Code() = %q, want %q", got, "nl")
	}
	// Leave on a weekday is a workday date all the same: 255 in 2026.
	if got := c.WorkdayDates(rhythm.YearStart(2026), rhythm.YearEnd(2026)); got != 255 {
		t.Errorf("WorkdayDates(2026) = %d, want 255", got)
	}
}

func TestWorkingDays(t *testing.T) {
	cases := []struct {
		name     string
		leave    []string
		from, to string
		want     int
	}{
		{"one week", nil, "2026-03-02", "2026-03-08", 5},
		{"a single working day", nil, "2026-03-02", "2026-03-02", 1},
		{"a single Saturday", nil, "2026-03-07", "2026-03-07", 0},
		{"empty range", nil, "2026-03-03", "2026-03-02", 0},
		{"the whole of 2026", nil, "2026-01-01", "2026-12-31", 255},
		{"week of Koningsdag", nil, "2026-04-27", "2026-05-03", 4},
		{"leave on two weekdays", []string{"2026-03-03", "2026-03-04"}, "2026-03-02", "2026-03-08", 3},
		// Leave on a holiday or a weekend takes nothing more off: a date counts once.
		{"leave on Koningsdag", []string{"2026-04-27"}, "2026-04-27", "2026-05-03", 4},
		{"leave on a Sunday", []string{"2026-05-03"}, "2026-04-27", "2026-05-03", 4},
		{"leave on a holiday, the whole year", []string{"2026-04-27", "2026-12-25", "2026-03-02"}, "2026-01-01", "2026-12-31", 254},
		// 29-31 December 2025 (Mon-Wed), 1 January a holiday, Friday 2 January.
		{"across a year end", nil, "2025-12-27", "2026-01-04", 4},
		{"across ten year ends", nil, "2017-01-01", "2026-12-31", 2548},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cl := nlCalendar(t, c.leave...)
			from, to := date(t, c.from), date(t, c.to)
			if got := cl.WorkingDays(from, to); got != c.want {
				t.Errorf("WorkingDays(%s, %s) = %d, want %d", c.from, c.to, got, c.want)
			}
			n := 0
			for d := from; d <= to; d++ {
				if cl.IsWorkingDay(d) {
					n++
				}
			}
			if n != c.want {
				t.Errorf("counting IsWorkingDay from %s to %s = %d, want %d", c.from, c.to, n, c.want)
			}
		})
	}
}

// TestWorkingDaysOverTenYears checks the ten-year figure above year by year,
// against figures computed outside ritme (weekdays minus the "nl" holidays
// on weekdays, Easter by the anonymous Gregorian algorithm).
func TestWorkingDaysOverTenYears(t *testing.T) {
	want := map[int]int{2017: 254, 2018: 254, 2019: 255, 2020: 255, 2021: 256, 2022: 255, 2023: 254, 2024: 256, 2025: 254, 2026: 255}
	c := nlCalendar(t)
	for y := 2017; y <= 2026; y++ {
		a := c.Availability(y)
		if a.WorkingDays != want[y] {
			t.Errorf("Availability(%d).WorkingDays = %d, want %d", y, a.WorkingDays, want[y])
		}
		if got := c.WorkingDays(rhythm.YearStart(y), rhythm.YearEnd(y)); got != want[y] {
			t.Errorf("WorkingDays(%d-01-01, %d-12-31) = %d, want %d", y, y, got, want[y])
		}
	}
}

func TestAvailabilityIgnoresLeave(t *testing.T) {
	with := nlCalendar(t, "2026-03-02", "2026-03-03", "2026-04-27").Availability(2026)
	without := nlCalendar(t).Availability(2026)
	if fmt.Sprint(with) != fmt.Sprint(without) {
		t.Errorf("Availability(2026) with leave = %v, want %v as without (leave is not subtracted)", with, without)
	}
}
