package store_test

import (
	"context"
	"fmt"
	"testing"

	"ritme/rhythm"
)

func TestRegisterLeaveSaysWhatWasThere(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.AddLeave(ctx, date(t, "2026-03-03"), date(t, "2026-03-04"), rhythm.Sick); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Log(ctx, date(t, "2026-03-05"), rhythm.Mail, 2, "", ""); err != nil {
		t.Fatal(err)
	}
	r, err := db.RegisterLeave(ctx, []rhythm.Date{date(t, "2026-03-02"), date(t, "2026-03-03"), date(t, "2026-03-04"), date(t, "2026-03-05")}, rhythm.Vacation)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(r.Replaced, r.WithEntries); got != "[{2026-03-03 sick} {2026-03-04 sick}] [2026-03-05]" {
		t.Errorf("RegisterLeave found %s", got)
	}
	leave, err := db.Leave(ctx, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(leave); got != "[{2026-03-02 vacation} {2026-03-03 vacation} {2026-03-04 vacation} {2026-03-05 vacation}]" {
		t.Errorf("leave after RegisterLeave: %s", got)
	}
}
