package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// heavyHistory imports ten years of entries ending on 2026-03-01: on every
// weekday, about 8 mails, 3 calls and 1 visit, so that day_counts has about
// ten years × 3 kinds of rows (some 7,800) over roughly 31,000 entries.
func heavyHistory(tb testing.TB, db *store.DB) (entries, days int) {
	tb.Helper()
	end := rhythm.NewDate(2026, time.March, 1)
	start := end.AddDays(-3652)
	var batch []rhythm.Entry
	at := start.Time()
	for d := start; d <= end; d++ {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		days++
		for _, kn := range []struct {
			k rhythm.Kind
			n int
		}{{rhythm.Mail, 6 + int(d)%5}, {rhythm.Call, 2 + int(d)%3}, {rhythm.Visit, 1}} {
			for range kn.n {
				at = at.Add(time.Second)
				batch = append(batch, rhythm.Entry{ID: fmt.Sprintf("bench-%08d", len(batch)), Date: d, Kind: kn.k, Who: "Bench BV", CreatedAt: at})
			}
		}
	}
	added, _, err := db.Import(context.Background(), batch)
	if err != nil {
		tb.Fatal(err)
	}
	return added, days
}

// BenchmarkTracker measures what every status and every TUI refresh reads:
// settings, leave and the per-day counts of ten years.
func BenchmarkTracker(b *testing.B) {
	ctx := context.Background()
	db := mustOpen(b)
	entries, days := heavyHistory(b, db)
	if _, err := db.AddLeave(ctx, rhythm.NewDate(2025, time.August, 4), rhythm.NewDate(2025, time.August, 15), rhythm.Vacation); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		tr, _, err := db.Tracker(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if tr.Ledger.First().IsZero() {
			b.Fatal("empty ledger")
		}
	}
	// After the loop: b.Loop's timer reset drops metrics reported before.
	b.ReportMetric(float64(entries), "entries")
	b.ReportMetric(float64(days*3), "day_counts")
}

// BenchmarkLog measures one Log of one entry: one durable commit.
func BenchmarkLog(b *testing.B) {
	ctx := context.Background()
	db := mustOpen(b)
	d := rhythm.NewDate(2026, time.March, 2)
	for b.Loop() {
		if _, err := db.Log(ctx, d, rhythm.Mail, 1, "Anna", ""); err != nil {
			b.Fatal(err)
		}
	}
}

// planHistory imports ten years of entries ending on 2026-03-01 for 2,000
// accounts: on every weekday 5 mails, 2 calls and 1 visit, each for the
// next account in turn, one contact in twenty with an outcome.
func planHistory(tb testing.TB, db *store.DB) int {
	tb.Helper()
	end := rhythm.NewDate(2026, time.March, 1)
	var batch []rhythm.Entry
	at := end.AddDays(-3652).Time()
	outcomes := []rhythm.Outcome{rhythm.Reply, rhythm.Meeting, rhythm.Proposal, rhythm.Won, rhythm.Lost}
	for d := end.AddDays(-3652); d <= end; d++ {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		for _, kn := range []struct {
			k rhythm.Kind
			n int
		}{{rhythm.Mail, 5}, {rhythm.Call, 2}, {rhythm.Visit, 1}} {
			for range kn.n {
				at = at.Add(time.Second)
				n := len(batch)
				e := rhythm.Entry{ID: fmt.Sprintf("plan-%08d", n), Date: d, Kind: kn.k, Who: fmt.Sprintf("Account %04d BV", n%2000), CreatedAt: at}
				if n%20 == 0 {
					e.Outcome = outcomes[n/20%len(outcomes)]
				}
				batch = append(batch, e)
			}
		}
	}
	if _, _, err := db.Import(context.Background(), batch); err != nil {
		tb.Fatal(err)
	}
	return len(batch)
}

// BenchmarkPlanInput measures reading what the plan of a day is made from:
// 2,000 accounts over ten years of entries.
func BenchmarkPlanInput(b *testing.B) {
	ctx := context.Background()
	db := mustOpen(b)
	entries := planHistory(b, db)
	d := rhythm.NewDate(2026, time.March, 2)
	for b.Loop() {
		in, err := db.PlanInput(ctx, d)
		if err != nil {
			b.Fatal(err)
		}
		if len(in.Accounts) != 2000 {
			b.Fatalf("%d accounts", len(in.Accounts))
		}
	}
	b.ReportMetric(float64(entries), "entries")
}
