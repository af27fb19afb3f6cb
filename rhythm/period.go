package rhythm

// Day is one date as the Week, Month and Year views show it.
type Day struct {
	Date Date
	// Working reports whether Date is a working day.
	Working bool
	// Holiday names the holiday on Date, if any.
	Holiday string
	// Leave reports whether Date is registered leave.
	Leave bool
	// Counts holds the entries per kind, in the order of Tracker.Kinds.
	Counts []int
	// Completion is the mean over kinds with a target of min(1, n/target).
	Completion float64
	// Met reports whether Date is a working day with every target met.
	Met bool
	// Owed reports whether Date is on or after the start: before it the
	// rep was not using ritme and owes nothing.
	Owed bool
}

// Day describes one date.
func (t *Tracker) Day(d Date) Day {
	return t.day(t.Kinds(), t.targetCols(), d)
}

func (t *Tracker) day(kinds []Target, tc []targetCol, d Date) Day {
	start := t.Start()
	day := Day{Date: d, Working: t.Calendar.IsWorkingDay(d), Leave: t.Calendar.IsLeave(d), Counts: make([]int, len(kinds)),
		Owed: !start.IsZero() && d >= start}
	if h, ok := t.Calendar.Holiday(d); ok {
		day.Holiday = h.Name
	}
	for i, k := range kinds {
		day.Counts[i] = t.Ledger.Count(d, k.Kind)
	}
	c, met := t.completion(tc, d)
	day.Completion = c
	day.Met = day.Working && met
	return day
}

// Period sums up the dates from From to To, as seen on Today.
type Period struct {
	From, To Date
	// Kinds lists every kind with its daily target, as Tracker.Kinds.
	Kinds []Target
	// Days holds every date of the period.
	Days []Day
	// Done, Expected and Pace are per kind, in the order of Kinds. Expected
	// counts the working days of the period from Start up to the day before
	// Today, plus Today's entries up to the target when Today is a working
	// day in the period; days after Today owe nothing yet.
	Done, Expected, Pace []int
	// WorkingDays counts the period's working days from Start up to and
	// including Today, and MetDays those of them that were met.
	WorkingDays, MetDays int
}

// Period describes the dates from from to to, both included, on today.
func (t *Tracker) Period(from, to, today Date) Period {
	kinds := t.Kinds()
	tc := t.targetCols()
	p := Period{From: from, To: to, Kinds: kinds,
		Done: make([]int, len(kinds)), Expected: make([]int, len(kinds)), Pace: make([]int, len(kinds))}
	start := t.Start()
	owed := 0
	if !start.IsZero() {
		owed = t.Calendar.WorkingDays(max(from, start), min(to, today-1))
	}
	for d := from; d <= to; d++ {
		day := t.day(kinds, tc, d)
		p.Days = append(p.Days, day)
		if d > today {
			continue
		}
		for i, n := range day.Counts {
			p.Done[i] += n
		}
		if day.Working && day.Owed {
			p.WorkingDays++
			if day.Met {
				p.MetDays++
			}
		}
	}
	todayIn := today >= from && today <= to && t.Calendar.IsWorkingDay(today)
	for i, k := range kinds {
		p.Expected[i] = expected(k.Daily, owed, t.Ledger.Count(today, k.Kind), todayIn)
		p.Pace[i] = p.Done[i] - p.Expected[i]
	}
	return p
}
