// Package rhythm is ritme's target math: the calendar (workdays, holidays,
// leave), the availability of a year, annual targets, and for a date the
// year to date, pace, day met, streaks and score. It also holds the
// priorities: accounts (their keys, the 5–7 rule, rests after a lost
// deal, who next), follow-ups and the day's plan (plan.go).
//
// It is pure: no I/O and no clock. Every figure is computed for a date that
// the caller passes in as today, from a Plan (targets, expected absence,
// start date), a Calendar and a Ledger of entry counts per date and kind.
//
// The formulas are those of ritme's SPEC.md:
//
//	working_days(Y)   = weekdays(Y) − holidays on workdays(Y)
//	available_days(Y) = max(0, working_days(Y) − vacation_days − reserve_days)
//	annual_target     = daily_target × available_days(Y)
//	elapsed(T)        = working days from max(1 Jan, start) to T−1, leave excluded
//	expected(k, T)    = daily × elapsed(T) + (T working ? min(today's entries, daily) : 0)
//	pace(k, T)        = ytd(k, T) − expected(k, T)
//	score             s = s·m + c·(1 − m), m = 0.5^(1/13), over working days
//
// Three figures are ritme's own (SPEC.md leaves them open):
//
//   - Remaining days: the available days left in the year, today included
//     when it is a working day. From the working days from today to 31
//     December that are not leave, it removes their share of the absence
//     still expected (vacation + reserve days minus leave already
//     registered on workdays, spread evenly over the year's working days
//     that are not leave). On 1 January with no leave registered it equals
//     available_days.
//   - Needed: ceil((annual_target − ytd) / remaining days), what each
//     remaining day needs to still reach the annual target; 0 once reached.
//   - Projected: the year-end total at the current rate: entries before
//     today + remaining days × (entries before today ÷ elapsed days), the
//     daily target standing in for the rate while no day has elapsed.
//
// Streaks count working days from the start date: a day before it owes
// nothing and holds no run, so a start_date later than the first entry
// begins the streak afresh.
package rhythm
