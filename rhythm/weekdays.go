package rhythm

import (
	"strings"
	"time"
)

// Weekdays is a set of days of the week, one bit per time.Weekday.
type Weekdays uint8

// MondayToFriday is the default set of workdays.
const MondayToFriday Weekdays = 1<<time.Monday | 1<<time.Tuesday | 1<<time.Wednesday | 1<<time.Thursday | 1<<time.Friday

var weekdayNames = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// ParseWeekdays reads a comma-separated list of weekdays such as
// "mon,tue,wed,thu,fri". It takes three-letter or full English names in any
// case, and refuses an empty set.
func ParseWeekdays(s string) (Weekdays, error) {
	var w Weekdays
	for _, part := range strings.Split(s, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		found := false
		for i, short := range weekdayNames {
			if name == short || name == strings.ToLower(time.Weekday(i).String()) {
				w |= 1 << i
				found = true
				break
			}
		}
		if !found {
			return 0, inputError(ErrWorkday, s, strings.TrimSpace(part))
		}
	}
	return w, nil
}

// Has reports whether d is in the set.
func (w Weekdays) Has(d time.Weekday) bool { return w&(1<<d) != 0 }

// Len returns the number of days in the set.
func (w Weekdays) Len() int {
	n := 0
	for d := range 7 {
		if w.Has(time.Weekday(d)) {
			n++
		}
	}
	return n
}

// String lists the set from Monday to Sunday, as "mon,tue,wed,thu,fri".
func (w Weekdays) String() string {
	var names []string
	for i := 1; i <= 7; i++ {
		if d := time.Weekday(i % 7); w.Has(d) {
			names = append(names, weekdayNames[d])
		}
	}
	return strings.Join(names, ",")
}
