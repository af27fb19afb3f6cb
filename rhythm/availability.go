package rhythm

// Availability is the availability calculator's answer for one year, with
// the settings in force in it.
type Availability struct {
	Year int
	// Weekdays counts the dates of the year whose weekday is a workday in
	// the workdays in force on them.
	Weekdays int
	// Holidays lists the holidays that fall on a workday, one per date.
	Holidays []Holiday
	// WorkingDays is Weekdays minus those holidays: the year's workday
	// dates. Registered leave is not subtracted.
	WorkingDays int
	// VacationDays and ReserveDays are the year's expected absence:
	// vacation, and sickness, training and other absence.
	VacationDays, ReserveDays int
	// AvailableDays is max(0, WorkingDays − VacationDays − ReserveDays).
	AvailableDays int
}

// Availability returns the availability of year.
func (c *Calendar) Availability(year int) Availability {
	a := Availability{Year: year, VacationDays: c.history.VacationIn(year), ReserveDays: c.history.ReserveIn(year)}
	for w := c.walk(YearStart(year)); w.d <= YearEnd(year); w.next() {
		if w.cy.workdays[w.i].Has(w.weekday) {
			a.Weekdays++
		}
	}
	for _, h := range c.Holidays(year) {
		if c.IsWorkday(h.Date) {
			a.Holidays = append(a.Holidays, h)
		}
	}
	a.WorkingDays = a.Weekdays - len(a.Holidays)
	a.AvailableDays = max(0, a.WorkingDays-a.VacationDays-a.ReserveDays)
	return a
}

// DailyFor returns the whole number a day that reaches a yearly goal in the
// year's available days: ceil(goal / available days). 1700 contacts in 2026
// need 8 a day. With no available days it returns 0, as every figure that
// would divide by zero.
func (a Availability) DailyFor(goal int) int {
	if goal <= 0 || a.AvailableDays == 0 {
		return 0
	}
	return (goal + a.AvailableDays - 1) / a.AvailableDays
}
