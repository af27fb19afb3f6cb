package rhythm_test

import (
	"reflect"
	"testing"

	"ritme/rhythm"
)

// dailyRange logs mail and call entries on every working day from from to
// to, both included.
func (f fixture) dailyRange(from, to string, mail, call int) {
	f.tb.Helper()
	for d := date(f.tb, from); d <= date(f.tb, to); d++ {
		if f.Calendar.IsWorkingDay(d) {
			f.Ledger.Add(d, rhythm.Mail, mail)
			f.Ledger.Add(d, rhythm.Call, call)
		}
	}
}

// visits logs one visit on each of the dates ss.
func (f fixture) visits(ss ...string) {
	f.tb.Helper()
	for _, s := range ss {
		f.Ledger.Add(date(f.tb, s), rhythm.Visit, 1)
	}
}

// reviewFigures is what TestReview checks of one period: the kinds' done,
// expected and pace in the order mail, call, visit, and the day and week
// figures.
type reviewFigures struct {
	from, to, through         string
	open                      bool
	done, expected, pace      []int
	working, met, weeks, wmet int
	streak                    rhythm.Streak
}

func figuresOf(p rhythm.ReviewPeriod) reviewFigures {
	f := reviewFigures{from: p.From.String(), to: p.To.String(), through: p.Through.String(), open: p.Open,
		working: p.WorkingDays, met: p.DaysMet, weeks: p.Weeks, wmet: p.WeeksMet, streak: p.WeekStreak}
	for _, k := range p.Kinds {
		f.done = append(f.done, k.Done)
		f.expected = append(f.expected, k.Expected)
		f.pace = append(f.pace, k.Pace)
	}
	return f
}

// TestReview checks the review on worked examples, with 4 visits a week
// and the Dutch holidays: each period, and the period before it.
func TestReview(t *testing.T) {
	cases := []struct {
		name         string
		setup        func(f fixture)
		span         rhythm.Span
		day, today   string
		this, before reviewFigures
	}{
		{
			// King's Day, Monday 27 April 2026: four owed days, so the week
			// owes round(4 × 4/5) = 3 visits. Only two came: the week is
			// missed, and the week streak of the week before ends.
			name: "a week with King's Day",
			setup: func(f fixture) {
				f.dailyRange("2026-04-20", "2026-05-01", 5, 2)
				f.visits("2026-04-20", "2026-04-21", "2026-04-22", "2026-04-23")
				f.visits("2026-04-28", "2026-04-30")
			},
			span: rhythm.SpanWeek, day: "2026-04-29", today: "2026-05-06",
			this: reviewFigures{from: "2026-04-27", to: "2026-05-03", through: "2026-05-03",
				done: []int{20, 8, 2}, expected: []int{20, 8, 3}, pace: []int{0, 0, -1},
				working: 4, met: 4, weeks: 1, wmet: 0, streak: rhythm.Streak{Current: 0, Best: 1}},
			before: reviewFigures{from: "2026-04-20", to: "2026-04-26", through: "2026-04-26",
				done: []int{25, 10, 4}, expected: []int{25, 10, 4}, pace: []int{0, 0, 0},
				working: 5, met: 5, weeks: 1, wmet: 1, streak: rhythm.Streak{Current: 1, Best: 1}},
		},
		{
			// June 2026 holds the weeks that end on 7, 14, 21 and 28 June: 16
			// visits owed. The visit on Monday 29 June counts as done in
			// June but its week belongs to July. May, from the start on 4
			// May, holds four weeks: 4 + 3 (Ascension Day) + 4 + 3 (Whit
			// Monday) = 14 visits, and 18 working days.
			name: "a month with a weekly kind",
			setup: func(f fixture) {
				f.dailyRange("2026-05-04", "2026-06-30", 5, 2)
				f.visits("2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07",
					"2026-05-11", "2026-05-12", "2026-05-13",
					"2026-05-18", "2026-05-19", "2026-05-20", "2026-05-21",
					"2026-05-26", "2026-05-27", "2026-05-28")
				f.visits("2026-06-01", "2026-06-02", "2026-06-03", "2026-06-04",
					"2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11",
					"2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18",
					"2026-06-22", "2026-06-23", "2026-06-24", "2026-06-25", "2026-06-29")
			},
			span: rhythm.SpanMonth, day: "2026-06-10", today: "2026-07-15",
			// At the end of 30 June the week of 29 June is still open: it
			// neither counts nor breaks the run of eight met weeks.
			this: reviewFigures{from: "2026-06-01", to: "2026-06-30", through: "2026-06-30",
				done: []int{110, 44, 17}, expected: []int{110, 44, 16}, pace: []int{0, 0, 1},
				working: 22, met: 22, weeks: 4, wmet: 4, streak: rhythm.Streak{Current: 8, Best: 8}},
			before: reviewFigures{from: "2026-05-01", to: "2026-05-31", through: "2026-05-31",
				done: []int{90, 36, 14}, expected: []int{90, 36, 14}, pace: []int{0, 0, 0},
				working: 18, met: 18, weeks: 4, wmet: 4, streak: rhythm.Streak{Current: 4, Best: 4}},
		},
		{
			// Wednesday 6 May: the week is reviewed up to today, and today is
			// not over. Its 3 mails count as expected as they come, and
			// the visits of the week up to 4.
			name: "a week not yet over",
			setup: func(f fixture) {
				f.dailyRange("2026-04-27", "2026-05-05", 5, 2)
				f.visits("2026-04-28", "2026-04-29", "2026-04-30")
				f.Ledger.Add(date(t, "2026-05-06"), rhythm.Mail, 3)
				f.visits("2026-05-04", "2026-05-06")
			},
			span: rhythm.SpanWeek, day: "2026-05-06", today: "2026-05-06",
			this: reviewFigures{from: "2026-05-04", to: "2026-05-10", through: "2026-05-06", open: true,
				done: []int{13, 4, 2}, expected: []int{13, 4, 2}, pace: []int{0, 0, 0},
				working: 3, met: 2, weeks: 1, wmet: 0, streak: rhythm.Streak{Current: 1, Best: 1}},
			before: reviewFigures{from: "2026-04-27", to: "2026-05-03", through: "2026-05-03",
				done: []int{20, 8, 3}, expected: []int{20, 8, 3}, pace: []int{0, 0, 0},
				working: 4, met: 4, weeks: 1, wmet: 1, streak: rhythm.Streak{Current: 1, Best: 1}},
		},
		{
			// The week of New Year 2027 is reviewed whole, Monday 28 December
			// to Sunday 3 January; each year's part is a week of its own,
			// and both belong to it. 2026's part owes round(4 × 4/5) = 3
			// visits; 2027's (New Year's Day, a Friday, and a weekend) owes
			// nothing and neither counts nor breaks the week streak. The
			// visit on New Year's Day is done all the same.
			name: "the week of New Year",
			setup: func(f fixture) {
				f.dailyRange("2026-12-21", "2027-01-03", 5, 2)
				f.visits("2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24")
				f.visits("2026-12-28", "2026-12-29", "2026-12-30", "2027-01-01")
			},
			span: rhythm.SpanWeek, day: "2027-01-01", today: "2027-01-04",
			this: reviewFigures{from: "2026-12-28", to: "2027-01-03", through: "2027-01-03",
				done: []int{20, 8, 4}, expected: []int{20, 8, 3}, pace: []int{0, 0, 1},
				working: 4, met: 4, weeks: 1, wmet: 1, streak: rhythm.Streak{Current: 2, Best: 2}},
			// 21–27 December: Christmas Day (Friday 25 December) is a holiday.
			before: reviewFigures{from: "2026-12-21", to: "2026-12-27", through: "2026-12-27",
				done: []int{20, 8, 4}, expected: []int{20, 8, 3}, pace: []int{0, 0, 1},
				working: 4, met: 4, weeks: 1, wmet: 1, streak: rhythm.Streak{Current: 1, Best: 1}},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t).set("target.visit", "4/week", "")
			c.setup(f)
			r := f.Review(c.span, date(t, c.day), date(t, c.today), rhythm.ReviewData{})
			if got := figuresOf(r.This); !reflect.DeepEqual(got, c.this) {
				t.Errorf("this period:\n got %+v\nwant %+v", got, c.this)
			}
			if got := figuresOf(r.Before); !reflect.DeepEqual(got, c.before) {
				t.Errorf("the period before:\n got %+v\nwant %+v", got, c.before)
			}
		})
	}
}

// touchesOn returns the touches on the dates ss, with outcome o on the last.
func touchesOn(tb testing.TB, o rhythm.Outcome, ss ...string) []rhythm.Touch {
	tb.Helper()
	ts := make([]rhythm.Touch, len(ss))
	for i, s := range ss {
		ts[i] = rhythm.Touch{Date: date(tb, s), Kind: rhythm.Mail}
	}
	ts[len(ts)-1].Outcome = o
	return ts
}

// TestReviewAccountsOutcomesAndFollowUps checks what a review says of
// accounts, outcomes and follow-ups, on week 47 of 2026 (16–22 November)
// and the week before it.
func TestReviewAccountsOutcomesAndFollowUps(t *testing.T) {
	f := newFixture(t)
	f.perfectRange("2026-11-09", "2026-11-20") // 40 contacts a week
	account := func(name string, ts []rhythm.Touch) rhythm.Account {
		return rhythm.NewAccount(rhythm.AccountKey(name), name, rhythm.Suspect, ts)
	}
	data := rhythm.ReviewData{
		Accounts: []rhythm.Account{
			// The fifth touch on 17 November: ready this week.
			account("Acme BV", touchesOn(t, "", "2026-11-02", "2026-11-04", "2026-11-10", "2026-11-12", "2026-11-17")),
			account("Bakker Bouw", touchesOn(t, "", "2026-11-18", "2026-11-19")),
			// Eight touches before the week before, no meeting: stuck at the
			// end of both weeks.
			account("Delta ICT", touchesOn(t, "", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07",
				"2026-10-08", "2026-10-09", "2026-10-12")),
			account("Jansen Foods", touchesOn(t, rhythm.Won, "2026-11-03", "2026-11-19")),
			account("Kempen", touchesOn(t, rhythm.Lost, "2026-11-09", "2026-11-11")),
			// The eighth touch on 18 November: stuck from this week on.
			account("Zuidas", touchesOn(t, "", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07",
				"2026-10-08", "2026-11-10", "2026-11-18")),
			// A touch after the week: not seen.
			account("Later BV", touchesOn(t, rhythm.Won, "2026-11-23")),
		},
		Outcomes: rhythm.OutcomeCounts{
			date(t, "2026-11-17"): {rhythm.Mail: {rhythm.Reply: 2}},
			date(t, "2026-11-19"): {rhythm.Mail: {rhythm.Won: 1}},
			date(t, "2026-11-11"): {rhythm.Mail: {rhythm.Lost: 1}},
			date(t, "2026-11-23"): {rhythm.Mail: {rhythm.Won: 1}},
		},
		FollowUps: func(from, through rhythm.Date) rhythm.FollowUpCounts {
			return rhythm.FollowUpCounts{Completed: int(through - from), Overdue: through.Time().Day()}
		},
	}
	r := f.Review(rhythm.SpanWeek, date(t, "2026-11-16"), date(t, "2026-11-25"), data)
	this := rhythm.ReviewAccounts{FirstTouched: []string{"Bakker Bouw"}, BecameReady: []string{"Acme BV"},
		Stuck: []string{"Delta ICT", "Zuidas"}, Won: []string{"Jansen Foods"}}
	if !reflect.DeepEqual(r.This.Accounts, this) {
		t.Errorf("this week's accounts:\n got %+v\nwant %+v", r.This.Accounts, this)
	}
	before := rhythm.ReviewAccounts{FirstTouched: []string{"Kempen"}, Stuck: []string{"Delta ICT"}, Lost: []string{"Kempen"}}
	if !reflect.DeepEqual(r.Before.Accounts, before) {
		t.Errorf("the week before's accounts:\n got %+v\nwant %+v", r.Before.Accounts, before)
	}
	if r.This.Contacts != 40 || r.This.Outcomes[rhythm.Reply] != 2 || r.This.Outcomes[rhythm.Won] != 1 ||
		r.This.PerHundred[rhythm.Reply] != 5 || r.This.PerHundred[rhythm.Won] != 2.5 {
		t.Errorf("this week: %d contacts, outcomes %v, per 100 %v", r.This.Contacts, r.This.Outcomes, r.This.PerHundred)
	}
	if r.Before.Outcomes[rhythm.Lost] != 1 || r.Before.PerHundred[rhythm.Lost] != 2.5 || r.Before.Outcomes[rhythm.Won] != 0 {
		t.Errorf("the week before: outcomes %v, per 100 %v", r.Before.Outcomes, r.Before.PerHundred)
	}
	if want := (rhythm.FollowUpCounts{Completed: 6, Overdue: 22}); r.This.FollowUps != want {
		t.Errorf("follow-ups %+v, want %+v (counted from 16 to 22 November)", r.This.FollowUps, want)
	}
}

// TestReviewSpans checks which period a review looks at by default.
func TestReviewSpans(t *testing.T) {
	cases := []struct {
		span            rhythm.Span
		today, from, to string
	}{
		{rhythm.SpanWeek, "2026-11-27", "2026-11-16", "2026-11-22"},
		{rhythm.SpanWeek, "2026-11-23", "2026-11-16", "2026-11-22"}, // a Monday
		{rhythm.SpanWeek, "2027-01-06", "2026-12-28", "2027-01-03"}, // across New Year, whole
		{rhythm.SpanMonth, "2026-11-27", "2026-10-01", "2026-10-31"},
		{rhythm.SpanMonth, "2026-03-01", "2026-02-01", "2026-02-28"},
		{rhythm.SpanMonth, "2026-01-15", "2025-12-01", "2025-12-31"},
	}
	for _, c := range cases {
		from, to := c.span.Around(c.span.LastComplete(date(t, c.today)))
		if from != date(t, c.from) || to != date(t, c.to) {
			t.Errorf("span %d on %s: %s – %s, want %s – %s", c.span, c.today, from, to, c.from, c.to)
		}
	}
}
