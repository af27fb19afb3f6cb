package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

// gotDays is `ritme days --json` as SPEC.md gives it.
type gotDays struct {
	Year          int `json:"year"`
	Weekdays      int `json:"weekdays"`
	Holidays      int `json:"holidays"`
	WorkingDays   int `json:"working_days"`
	VacationDays  int `json:"vacation_days"`
	ReserveDays   int `json:"reserve_days"`
	AvailableDays int `json:"available_days"`
	HolidayList   []struct {
		Date string `json:"date"`
		Name string `json:"name"`
	} `json:"holiday_list"`
}

func TestDays2026(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	out := must(t, db, "days", "2026", "--json")

	var raw map[string]any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	checkKeys(t, "days", raw, "year", "weekdays", "holidays", "working_days", "vacation_days", "reserve_days", "available_days", "holiday_list")
	list, _ := raw["holiday_list"].([]any)
	for _, h := range list {
		checkKeys(t, "holiday_list[]", h, "date", "name")
	}

	var d gotDays
	decodeJSON(t, out, &d)
	if d.Year != 2026 || d.Weekdays != 261 || d.Holidays != 6 || d.WorkingDays != 255 ||
		d.VacationDays != 25 || d.ReserveDays != 10 || d.AvailableDays != 220 {
		t.Errorf("days 2026 = %+v", d)
	}
	want := []string{
		"2026-01-01 Nieuwjaarsdag", "2026-04-06 Tweede Paasdag", "2026-04-27 Koningsdag",
		"2026-05-14 Hemelvaartsdag", "2026-05-25 Tweede Pinksterdag", "2026-12-25 Eerste Kerstdag",
	}
	if len(d.HolidayList) != len(want) {
		t.Fatalf("holiday_list %+v, want %v", d.HolidayList, want)
	}
	for i, h := range d.HolidayList {
		if h.Date+" "+h.Name != want[i] {
			t.Errorf("holiday_list[%d] = %s %s, want %s", i, h.Date, h.Name, want[i])
		}
	}

	// Without a year: the year of today.
	if out2 := must(t, db, "days", "--json"); out2 != out {
		t.Errorf("days without a year in 2026 differs from days 2026:\n%s", out2)
	}
	var d27 gotDays
	decodeJSON(t, mustAt(t, db, "2027-06-01", "days", "--json"), &d27)
	if d27.Year != 2027 {
		t.Errorf("days on 2027-06-01 gave year %d", d27.Year)
	}

	// The human table shows the same figures and names the holidays.
	human := must(t, db, "days", "2026")
	for _, s := range []string{"261", "255", "220", "25", "10", "Koningsdag", "Hemelvaartsdag"} {
		if !strings.Contains(human, s) {
			t.Errorf("days 2026 does not show %q:\n%s", s, human)
		}
	}
}

func TestDays2025(t *testing.T) {
	t.Parallel()
	// 2025 is divisible by 5: Bevrijdingsdag (Mon 5 May) is off. Koningsdag
	// falls on Saturday 26 April and Tweede Kerstdag on a Friday.
	var d gotDays
	decodeJSON(t, must(t, newDB(t), "days", "2025", "--json"), &d)
	if d.Weekdays != 261 || d.Holidays != 7 || d.WorkingDays != 254 || d.AvailableDays != 219 || len(d.HolidayList) != 7 {
		t.Errorf("days 2025 = %+v", d)
	}
}

func TestDaysFollowSettings(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	must(t, db, "config", "set", "vacation_days", "30")
	must(t, db, "config", "set", "reserve_days", "5")
	must(t, db, "config", "set", "holidays", "none")
	var d gotDays
	decodeJSON(t, must(t, db, "days", "2026", "--json"), &d)
	if d.Holidays != 0 || d.WorkingDays != 261 || d.VacationDays != 30 || d.ReserveDays != 5 || d.AvailableDays != 226 || len(d.HolidayList) != 0 {
		t.Errorf("days 2026 with holidays none, 30+5 = %+v", d)
	}
	if !strings.Contains(must(t, db, "days", "2026", "--json"), `"holiday_list": []`) {
		t.Errorf("an empty holiday_list is not []")
	}
	// 2026 begins on a Thursday: 52 Mondays, Tuesdays and Wednesdays, 53
	// Thursdays.
	must(t, db, "config", "set", "workdays", "mon,tue,wed,thu", "--from", "2026-01-01")
	decodeJSON(t, must(t, db, "days", "2026", "--json"), &d)
	if d.Weekdays != 209 || d.AvailableDays != 209-35 {
		t.Errorf("days 2026 Monday to Thursday = %+v", d)
	}
	// From a date: Monday to Friday until then. 2026 has 261 weekdays
	// Monday to Friday, and from 2 March on 43 Fridays (6 March to 25
	// December).
	db = newDB(t)
	must(t, db, "config", "set", "workdays", "mon,tue,wed,thu", "--from", "2026-03-02")
	decodeJSON(t, must(t, db, "days", "2026", "--json"), &d)
	if d.Weekdays != 261-43 {
		t.Errorf("days 2026, Monday to Thursday from 2 March = %+v, want %d weekdays", d, 261-43)
	}
}

func TestDaysBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	refusedAll(t, db, 2, [][]string{
		{"days", "abc"},
		{"days", "26"},
		{"days", "1899"},
		{"days", "10000"},
		{"days", "-1"},
		{"days", "2026.5"},
		{"days", "2026", "2027"},
		{"days", "--json", "--bogus"},
	})
}
