package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// archiveFixture is an archive with a bit of everything.
func archiveFixture(t *testing.T) store.Archive {
	t.Helper()
	made := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	change := func(key, value, from string) rhythm.Change {
		var d rhythm.Date
		if from != "" {
			d = date(t, from)
		}
		c, err := rhythm.NewChange(key, value, d, made)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	return store.Archive{
		Entries: []rhythm.Entry{
			{ID: "e1", Date: date(t, "2026-01-05"), Kind: rhythm.Mail, Who: "Acme", CreatedAt: made},
			{ID: "e2", Date: date(t, "2026-01-06"), Kind: "webinar", Note: "n", Outcome: rhythm.Meeting, CreatedAt: made.Add(time.Hour)},
		},
		Stages: []rhythm.AccountStage{{Name: "Acme", Stage: rhythm.Prospect}},
		// e1 was created after Acme's open follow-up was made: inserting
		// the follow-ups before the entries would complete it.
		FollowUps: []rhythm.FollowUp{
			{Key: "acme", Name: "acme b.v.", Due: date(t, "2026-01-05"), Kind: rhythm.Call, MadeOn: date(t, "2026-01-02"),
				MadeAt: made.Add(-3 * time.Hour), State: rhythm.FollowUpDone, ClosedOn: date(t, "2026-01-05"), EntryID: "e1"},
			{Key: "bakker", Name: "Bakker", Due: date(t, "2026-01-09"), Kind: rhythm.Visit, Note: "samples", MadeOn: date(t, "2026-01-02"),
				MadeAt: made.Add(-2 * time.Hour), State: rhythm.FollowUpReplaced, ClosedOn: date(t, "2026-01-05")},
			{Key: "acme", Name: "Acme", Due: date(t, "2026-01-12"), Kind: rhythm.Mail, MadeOn: date(t, "2026-01-05"),
				MadeAt: made.Add(-time.Hour), State: rhythm.FollowUpOpen},
			{Key: "bakker", Name: "Bakker", Due: date(t, "2026-01-07"), Kind: rhythm.Visit, MadeOn: date(t, "2026-01-05"),
				MadeAt: made.Add(-time.Hour), State: rhythm.FollowUpCleared, ClosedOn: date(t, "2026-01-06")},
		},
		Leave:   []rhythm.Leave{{Date: date(t, "2026-01-07"), Kind: rhythm.Sick}, {Date: date(t, "2026-01-08"), Kind: rhythm.Training}},
		Changes: []rhythm.Change{change("target.mail", "6", "2026-01-12"), change("target.visit", "4/week", ""), change("vacation_days", "20", "2026-01-01")},
		Start:   date(t, "2026-01-02"), StartByRep: true,
		RestDays: 30, BackupKeep: 0,
	}
}

func TestArchiveRoundTrip(t *testing.T) {
	ctx := context.Background()
	want := archiveFixture(t)
	db := mustOpen(t)
	m, err := db.Merge(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	if m.Added != 2 || m.Leave != 2 || m.Changes != 3 || m.Stages != 1 || m.FollowUps != 4 || m.Start != want.Start || m.FirstAdded != date(t, "2026-01-05") {
		t.Errorf("Merge = %+v", m)
	}
	got, err := db.ReadArchive(ctx, store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadArchive after Merge into an empty database:\n%+v\nwant:\n%+v", got, want)
	}
}

func TestMergeKeepsWhatIsThere(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	made := time.Date(2026, 2, 1, 9, 0, 0, 0, time.UTC)
	mine, _ := rhythm.NewChange("target.mail", "7", date(t, "2026-01-12"), made)
	if err := db.SaveChange(ctx, mine); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveSetting(ctx, rhythm.KeyRestDays, "60"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddLeave(ctx, date(t, "2026-01-07"), date(t, "2026-01-07"), rhythm.Vacation); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetStage(ctx, "ACME", rhythm.Customer); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Log(ctx, date(t, "2026-01-09"), rhythm.Call, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	db.Now = clock(made)
	if _, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "Acme BV", Due: date(t, "2026-02-03"), MadeOn: date(t, "2026-02-01")}); err != nil {
		t.Fatal(err)
	}
	m, err := db.Merge(ctx, archiveFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if m.Added != 2 || m.Leave != 1 || m.Changes != 2 || m.Stages != 0 || m.FollowUps != 3 || m.Start != date(t, "2026-01-09") {
		t.Errorf("Merge = %+v", m)
	}
	got, err := db.ReadArchive(ctx, store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Start != date(t, "2026-01-09") || got.StartByRep || got.RestDays != 60 || got.BackupKeep != 0 {
		t.Errorf("start %s by rep %v, rest %d, keep %d; want the database's start and rest_days, the file's backup.keep",
			got.Start, got.StartByRep, got.RestDays, got.BackupKeep)
	}
	if got.Leave[0].Kind != rhythm.Vacation || got.Stages[0].Stage != rhythm.Customer || got.Changes[0].Key != "target.mail" ||
		got.Changes[0].Value != "7" {
		t.Errorf("leave %v, stages %v, changes %v: the database's own must win", got.Leave, got.Stages, got.Changes)
	}
	var open []rhythm.FollowUp
	for _, f := range got.FollowUps {
		if f.State == rhythm.FollowUpOpen {
			open = append(open, f)
		}
	}
	if len(got.FollowUps) != 4 || len(open) != 1 || open[0].Name != "Acme BV" || open[0].Due != date(t, "2026-02-03") {
		t.Errorf("follow-ups %+v: want the database's open one for Acme and the file's three closed ones", got.FollowUps)
	}
}
