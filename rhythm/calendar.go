package rhythm

import (
	"sync"
	"time"
)

// Calendar says which dates are working days: a weekday that is a workday,
// not a holiday and not registered leave. It is safe for concurrent use.
type Calendar struct {
	workdays Weekdays
	holidays HolidaySet
	leave    map[Date]bool

	mu    sync.Mutex
	years map[int]*calendarYear
}

// calendarYear caches one year's holidays as a flag per day.
type calendarYear struct {
	first    Date
	holiday  []bool // indexed by date - first
	holidays []Holiday
}

// NewCalendar returns the calendar of workdays, holidays and the registered
// leave dates.
func NewCalendar(workdays Weekdays, holidays HolidaySet, leave []Date) *Calendar {
	c := &Calendar{workdays: workdays, holidays: holidays, leave: make(map[Date]bool, len(leave)), years: map[int]*calendarYear{}}
	for _, d := range leave {
		c.leave[d] = true
	}
	return c
}

// Workdays returns the weekdays one works.
func (c *Calendar) Workdays() Weekdays { return c.workdays }

// HolidaySet returns the calendar's holiday set.
func (c *Calendar) HolidaySet() HolidaySet { return c.holidays }

func (c *Calendar) year(y int) *calendarYear {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cy, ok := c.years[y]; ok {
		return cy
	}
	first := YearStart(y)
	cy := &calendarYear{first: first, holiday: make([]bool, YearEnd(y)-first+1), holidays: c.holidays.In(y)}
	for _, h := range cy.holidays {
		cy.holiday[h.Date-first] = true
	}
	c.years[y] = cy
	return cy
}

// Holiday returns the holiday on d, if there is one.
func (c *Calendar) Holiday(d Date) (Holiday, bool) {
	cy := c.year(d.Year())
	if !cy.holiday[d-cy.first] {
		return Holiday{}, false
	}
	for _, h := range cy.holidays {
		if h.Date == d {
			return h, true
		}
	}
	return Holiday{}, false
}

// Holidays returns the holidays of year, in date order.
func (c *Calendar) Holidays(year int) []Holiday { return c.year(year).holidays }

// IsWorkday reports whether d's weekday is one of the workdays.
func (c *Calendar) IsWorkday(d Date) bool { return c.workdays.Has(d.Weekday()) }

// IsHoliday reports whether d is a holiday.
func (c *Calendar) IsHoliday(d Date) bool {
	cy := c.year(d.Year())
	return cy.holiday[d-cy.first]
}

// IsLeave reports whether d is registered leave.
func (c *Calendar) IsLeave(d Date) bool { return c.leave[d] }

// IsWorkingDay reports whether d is a working day: a workday that is neither
// a holiday nor leave.
func (c *Calendar) IsWorkingDay(d Date) bool {
	return c.IsWorkday(d) && !c.IsHoliday(d) && !c.leave[d]
}

// WorkingDays counts the working days from from to to, both included.
func (c *Calendar) WorkingDays(from, to Date) int {
	n := 0
	for w := c.walk(from); w.d <= to; w.next() {
		if w.working() {
			n++
		}
	}
	return n
}

// walker steps through consecutive dates, keeping the current year's
// holidays at hand so that a long walk does no per-day year lookups.
type walker struct {
	c       *Calendar
	d       Date
	weekday time.Weekday
	cy      *calendarYear
}

func (c *Calendar) walk(from Date) walker {
	return walker{c: c, d: from, weekday: from.Weekday(), cy: c.year(from.Year())}
}

func (w *walker) next() {
	w.d++
	w.weekday = (w.weekday + 1) % 7
	if int(w.d-w.cy.first) >= len(w.cy.holiday) {
		w.cy = w.c.year(w.d.Year())
	}
}

func (w *walker) working() bool {
	return w.c.workdays.Has(w.weekday) && !w.cy.holiday[w.d-w.cy.first] && !w.c.leave[w.d]
}
