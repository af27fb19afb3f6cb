package rhythm

import (
	"math/bits"
	"sync"
	"time"
)

// Calendar says which dates are workday dates (a weekday that is a workday
// in the workdays in force on it, and not a holiday of the holiday set of
// its year) and which are working days (workday dates that are not
// registered leave). It reads the dated settings from a History. It is safe
// for concurrent use.
type Calendar struct {
	history *History
	leave   map[Date]bool

	mu    sync.Mutex
	years map[int]*calendarYear
}

// calendarYear caches what one year's dates are, one entry per day.
type calendarYear struct {
	first    Date
	workdays []Weekdays // the workdays in force on each day
	holiday  []bool
	holidays []Holiday
}

// NewCalendar returns the calendar of the dated settings h with the
// registered leave dates.
func NewCalendar(h *History, leave []Date) *Calendar {
	c := &Calendar{history: h, leave: make(map[Date]bool, len(leave)), years: map[int]*calendarYear{}}
	for _, d := range leave {
		c.leave[d] = true
	}
	return c
}

// History returns the dated settings the calendar reads.
func (c *Calendar) History() *History { return c.history }

func (c *Calendar) year(y int) *calendarYear {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cy, ok := c.years[y]; ok {
		return cy
	}
	first := YearStart(y)
	n := int(YearEnd(y)-first) + 1
	cy := &calendarYear{first: first, workdays: make([]Weekdays, n), holiday: make([]bool, n),
		holidays: c.history.HolidaysIn(y).In(y)}
	for _, h := range cy.holidays {
		cy.holiday[h.Date-first] = true
	}
	spans := c.history.workdays
	for i := range cy.workdays {
		cy.workdays[i] = valueOn(spans, first+Date(i))
	}
	c.years[y] = cy
	return cy
}

// day returns the year cache of d and d's index in it.
func (c *Calendar) day(d Date) (*calendarYear, int) {
	cy := c.year(d.Year())
	return cy, int(d - cy.first)
}

// Holiday returns the holiday on d, if there is one.
func (c *Calendar) Holiday(d Date) (Holiday, bool) {
	cy, i := c.day(d)
	if !cy.holiday[i] {
		return Holiday{}, false
	}
	for _, h := range cy.holidays {
		if h.Date == d {
			return h, true
		}
	}
	return Holiday{}, false
}

// Holidays returns the holidays of year, in date order, whether or not they
// fall on a workday.
func (c *Calendar) Holidays(year int) []Holiday { return c.year(year).holidays }

// Workdays returns the workdays in force on d.
func (c *Calendar) Workdays(d Date) Weekdays {
	cy, i := c.day(d)
	return cy.workdays[i]
}

// IsWorkday reports whether d's weekday is a workday in the workdays in
// force on d.
func (c *Calendar) IsWorkday(d Date) bool { return c.Workdays(d).Has(d.Weekday()) }

// IsHoliday reports whether d is a holiday.
func (c *Calendar) IsHoliday(d Date) bool {
	cy, i := c.day(d)
	return cy.holiday[i]
}

// IsWorkdayDate reports whether d could be worked: a workday that is not a
// holiday. Leave does not change it.
func (c *Calendar) IsWorkdayDate(d Date) bool {
	cy, i := c.day(d)
	return cy.workdays[i].Has(d.Weekday()) && !cy.holiday[i]
}

// IsLeave reports whether d is registered leave.
func (c *Calendar) IsLeave(d Date) bool { return c.leave[d] }

// IsWorkingDay reports whether d is a working day: a workday date that is
// not leave.
func (c *Calendar) IsWorkingDay(d Date) bool { return c.IsWorkdayDate(d) && !c.leave[d] }

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

// WorkdayDates counts the workday dates from from to to, both included.
func (c *Calendar) WorkdayDates(from, to Date) int {
	n := 0
	for w := c.walk(from); w.d <= to; w.next() {
		if w.workdayDate() {
			n++
		}
	}
	return n
}

// NextWorkingDay returns d when it is a working day, else the first working
// day after it; it gives up after a year and returns d.
func (c *Calendar) NextWorkingDay(d Date) Date {
	for w := c.walk(d); w.d < d+366; w.next() {
		if w.working() {
			return w.d
		}
	}
	return d
}

// walker steps through consecutive dates, keeping the current year's cache
// at hand so that a long walk does no per-day year lookups.
type walker struct {
	c       *Calendar
	d       Date
	weekday time.Weekday
	cy      *calendarYear
	i       int // d's index in cy
}

func (c *Calendar) walk(from Date) walker {
	cy, i := c.day(from)
	return walker{c: c, d: from, weekday: from.Weekday(), cy: cy, i: i}
}

func (w *walker) next() {
	w.d++
	w.i++
	w.weekday = (w.weekday + 1) % 7
	if w.i >= len(w.cy.holiday) {
		w.cy, w.i = w.c.year(w.d.Year()), 0
	}
}

// workdayDate reports whether the walker's date is a workday date.
func (w *walker) workdayDate() bool {
	return w.cy.workdays[w.i].Has(w.weekday) && !w.cy.holiday[w.i]
}

// working reports whether the walker's date is a working day.
func (w *walker) working() bool { return w.workdayDate() && !w.c.leave[w.d] }

// weekdaysInForce returns P(d): how many weekdays the workdays in force on
// the walker's date have.
func (w *walker) weekdaysInForce() int { return bits.OnesCount8(uint8(w.cy.workdays[w.i])) }
