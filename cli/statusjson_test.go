package cli

import (
	"bytes"
	"math"
	"testing"

	"pgregory.net/rapid"

	"ritme/rhythm"
)

// TestStatusJSONWrite checks that statusJSON.write prints what writeJSON,
// which is encoding/json, prints.
func TestStatusJSONWrite(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(-100000, 100000)
		j := statusJSON{
			Date:       rhythm.NewDate(rapid.IntRange(1900, 9999).Draw(t, "year"), 1, rapid.IntRange(1, 366).Draw(t, "day")),
			Start:      rhythm.NewDate(rapid.IntRange(1900, 9999).Draw(t, "start year"), 1, rapid.IntRange(1, 366).Draw(t, "start day")),
			DaysLeft:   n.Draw(t, "days left"),
			WorkingDay: rapid.Bool().Draw(t, "working"),
			DayMet:     rapid.Bool().Draw(t, "met"),
			Kinds:      []statusKindJSON{},
			Score:      math.Round(rapid.Float64Range(0, 1).Draw(t, "score")*1e4) / 1e4,
		}
		for range rapid.IntRange(0, 4).Draw(t, "kinds") {
			k := statusKindJSON{
				Kind:   rhythm.Kind(rapid.StringMatching(`[a-z][a-z0-9_-]{0,23}`).Draw(t, "kind")),
				Period: "day", Target: n.Draw(t, "target"), Today: n.Draw(t, "today"), YTD: n.Draw(t, "ytd"),
				AnnualTarget: n.Draw(t, "annual"), Pace: n.Draw(t, "pace"), Need: n.Draw(t, "need"),
			}
			if rapid.Bool().Draw(t, "weekly") {
				week, target := n.Draw(t, "week"), n.Draw(t, "week target")
				k.Period, k.Week, k.WeekTarget = "week", &week, &target
			}
			j.Kinds = append(j.Kinds, k)
		}
		j.Streak = streakJSON{n.Draw(t, "current"), n.Draw(t, "best")}
		j.Week.Streak = streakJSON{n.Draw(t, "week current"), n.Draw(t, "week best")}
		switch rapid.IntRange(0, 2).Draw(t, "week met") {
		case 1:
			j.Week.Met = new(true)
		case 2:
			j.Week.Met = new(false)
		}
		j.Year.Year, j.Year.WorkingDays, j.Year.AvailableDays, j.Year.ElapsedDays = n.Draw(t, "y"), n.Draw(t, "wd"), n.Draw(t, "ad"), n.Draw(t, "ed")
		j.Year.AvailableFromStart = n.Draw(t, "afs")
		var got, want bytes.Buffer
		if err := j.write(&got); err != nil {
			t.Fatal(err)
		}
		if err := writeJSON(&want, j); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("write printed\n%s\nencoding/json\n%s", got.String(), want.String())
		}
	})
}
