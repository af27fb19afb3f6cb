package rhythm

// Availability is the availability calculator's answer for one year.
type Availability struct {
	Year int
	// Weekdays counts the dates of the year whose weekday is a workday.
	Weekdays int
	// Holidays lists the holidays that fall on a workday, one per date.
	Holidays []Holiday
	// WorkingDays is Weekdays minus those holidays; registered leave is
	// not subtracted.
	WorkingDays int
	// VacationDays and ReserveDays are the expected absence: vacation, and
	// sickness, training and other absence.
	VacationDays, ReserveDays int
	// AvailableDays is max(0, WorkingDays − VacationDays − ReserveDays).
	AvailableDays int
}

// Availability returns the availability of year with vacation and reserve
// days of expected absence.
func (c *Calendar) Availability(year, vacation, reserve int) Availability {
	a := Availability{Year: year, VacationDays: vacation, ReserveDays: reserve}
	for d := YearStart(year); d <= YearEnd(year); d++ {
		if c.IsWorkday(d) {
			a.Weekdays++
		}
	}
	for _, h := range c.Holidays(year) {
		if c.IsWorkday(h.Date) {
			a.Holidays = append(a.Holidays, h)
		}
	}
	a.WorkingDays = a.Weekdays - len(a.Holidays)
	a.AvailableDays = max(0, a.WorkingDays-vacation-reserve)
	return a
}

// AnnualTarget returns daily × the year's available days.
func (a Availability) AnnualTarget(daily int) int { return daily * a.AvailableDays }

// DailyFor returns the whole number a day that reaches a yearly goal in the
// year's available days: ceil(goal / available days). 1700 contacts in 2026
// need 8 a day. With no available days it returns the whole goal.
func (a Availability) DailyFor(goal int) int {
	if goal <= 0 {
		return 0
	}
	if a.AvailableDays == 0 {
		return goal
	}
	return (goal + a.AvailableDays - 1) / a.AvailableDays
}
