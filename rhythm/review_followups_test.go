package rhythm_test

import (
	"testing"

	"ritme/rhythm"
)

// TestFollowUpsOf counts a week's follow-ups, Monday 2 to Sunday 8 March
// 2026: completed in it, open and overdue at its end, due in the week after.
func TestFollowUpsOf(t *testing.T) {
	d := func(s string) rhythm.Date { return date(t, s) }
	fs := []rhythm.FollowUp{
		{Key: "a", MadeOn: d("2026-02-27"), Due: d("2026-03-03"), State: rhythm.FollowUpDone, ClosedOn: d("2026-03-04")},     // completed
		{Key: "b", MadeOn: d("2026-02-27"), Due: d("2026-03-03"), State: rhythm.FollowUpDone, ClosedOn: d("2026-03-09")},     // overdue at the end
		{Key: "c", MadeOn: d("2026-03-02"), Due: d("2026-03-06"), State: rhythm.FollowUpOpen},                                // overdue
		{Key: "d", MadeOn: d("2026-03-05"), Due: d("2026-03-10"), State: rhythm.FollowUpOpen},                                // coming
		{Key: "e", MadeOn: d("2026-03-05"), Due: d("2026-03-16"), State: rhythm.FollowUpOpen},                                // later
		{Key: "f", MadeOn: d("2026-03-02"), Due: d("2026-03-04"), State: rhythm.FollowUpCleared, ClosedOn: d("2026-03-05")},  // cleared: nothing
		{Key: "g", MadeOn: d("2026-03-02"), Due: d("2026-03-12"), State: rhythm.FollowUpReplaced, ClosedOn: d("2026-03-10")}, // coming at the end
		{Key: "h", MadeOn: d("2026-03-09"), Due: d("2026-03-10"), State: rhythm.FollowUpOpen},                                // made after
		{Key: "i", MadeOn: d("2026-02-20"), Due: d("2026-02-23"), State: rhythm.FollowUpDone, ClosedOn: d("2026-02-24")},     // before
	}
	got := rhythm.FollowUpsOf(fs)(d("2026-03-02"), d("2026-03-08"))
	if want := (rhythm.FollowUpCounts{Completed: 1, Overdue: 2, Coming: 2}); got != want {
		t.Errorf("FollowUpsOf = %+v, want %+v", got, want)
	}
}
