package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

func TestLeave(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	d := func(s string) rhythm.Date { return date(t, s) }
	list := func(from, to rhythm.Date) string {
		t.Helper()
		l, err := db.Leave(ctx, from, to)
		if err != nil {
			t.Fatal(err)
		}
		var parts []string
		for _, x := range l {
			parts = append(parts, x.Date.String()[5:]+" "+string(x.Kind))
		}
		return strings.Join(parts, ", ")
	}

	if got := list(0, 0); got != "" {
		t.Errorf("Leave of a new database = %q", got)
	}
	// A week of vacation across a month end, then two sick days.
	if n, err := db.AddLeave(ctx, d("2026-07-27"), d("2026-08-02"), rhythm.Vacation); err != nil || n != 7 {
		t.Fatalf("AddLeave(vacation) = %d, %v; want 7", n, err)
	}
	if n, err := db.AddLeave(ctx, d("2026-03-10"), d("2026-03-10"), rhythm.Sick); err != nil || n != 1 {
		t.Fatalf("AddLeave(one day) = %d, %v; want 1", n, err)
	}
	// Overlapping: the kind of the dates already there is replaced.
	if n, err := db.AddLeave(ctx, d("2026-08-02"), d("2026-08-03"), rhythm.Training); err != nil || n != 2 {
		t.Fatalf("AddLeave(overlap) = %d, %v; want 2", n, err)
	}
	want := "03-10 sick, 07-27 vacation, 07-28 vacation, 07-29 vacation, 07-30 vacation, 07-31 vacation, " +
		"08-01 vacation, 08-02 training, 08-03 training"
	if got := list(0, 0); got != want {
		t.Errorf("Leave(all) =\n%s, want\n%s", got, want)
	}
	if got, want := list(d("2026-07-31"), d("2026-08-02")), "07-31 vacation, 08-01 vacation, 08-02 training"; got != want {
		t.Errorf("Leave(range) = %s, want %s", got, want)
	}
	if got, want := list(d("2026-08-01"), 0), "08-01 vacation, 08-02 training, 08-03 training"; got != want {
		t.Errorf("Leave(from only) = %s, want %s", got, want)
	}
	if got, want := list(0, d("2026-07-27")), "03-10 sick, 07-27 vacation"; got != want {
		t.Errorf("Leave(to only) = %s, want %s", got, want)
	}

	// An unknown kind writes nothing, not even the valid first dates.
	if _, err := db.AddLeave(ctx, d("2026-12-01"), d("2026-12-03"), "holiday-ish"); err == nil {
		t.Error("AddLeave with an unknown kind: no error")
	}
	if got := list(d("2026-12-01"), d("2026-12-31")); got != "" {
		t.Errorf("a failed AddLeave left %s", got)
	}
	if n, err := db.AddLeave(ctx, d("2026-12-03"), d("2026-12-01"), rhythm.Other); err != nil || n != 0 {
		t.Errorf("AddLeave(to before from) = %d, %v; want 0", n, err)
	}

	// RemoveLeave reports how many dates were registered in the range.
	if n, err := db.RemoveLeave(ctx, d("2026-07-30"), d("2026-08-05")); err != nil || n != 5 {
		t.Errorf("RemoveLeave = %d, %v; want 5", n, err)
	}
	if n, err := db.RemoveLeave(ctx, d("2026-07-30"), d("2026-08-05")); err != nil || n != 0 {
		t.Errorf("RemoveLeave again = %d, %v; want 0", n, err)
	}
	if got, want := list(0, 0), "03-10 sick, 07-27 vacation, 07-28 vacation, 07-29 vacation"; got != want {
		t.Errorf("after RemoveLeave: %s, want %s", got, want)
	}
	for _, k := range rhythm.LeaveKinds {
		if _, err := db.AddLeave(ctx, d("2026-11-02"), d("2026-11-02"), k); err != nil {
			t.Errorf("AddLeave(%s): %v", k, err)
		}
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	s, err := db.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	def := rhythm.DefaultSettings()
	if !settingsEqual(s, def) {
		t.Errorf("Settings of a new database = %+v, want the defaults %+v", s, def)
	}

	made := time.Date(2026, 3, 2, 9, 0, 0, 123456000, time.UTC)
	change := func(key, value, from string) rhythm.Change {
		t.Helper()
		c, err := rhythm.NewChange(key, value, date(t, from), made)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	changes := []rhythm.Change{
		change("target.mail", "7", "2026-03-02"),
		change("target.call", "0", "2026-03-02"),
		change("target.coffee", "1", "2026-03-02"), // a kind of the user's own
		change("target.visit", "4/week", "2026-04-06"),
		change("workdays", "mon,tue,wed,thu", "2026-05-01"),
		change("holidays", "none", "2026-06-01"), // from 1 January
		change("vacation_days", "30", "2027-01-01"),
	}
	for _, c := range changes {
		if err := db.SaveChange(ctx, c); err != nil {
			t.Fatalf("SaveChange(%+v): %v", c, err)
		}
	}
	// Saving the same key and from again replaces the change.
	if err := db.SaveChange(ctx, change("target.mail", "8", "2026-03-02")); err != nil {
		t.Fatal(err)
	}
	for _, kv := range [][2]string{{"rest_days", "60"}, {"backup.keep", "0"}} {
		if err := db.SaveSetting(ctx, kv[0], kv[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetStart(ctx, date(t, "2026-02-01")); err != nil {
		t.Fatal(err)
	}
	want := map[[2]string]string{
		{"target.mail", "2026-03-01"}: "5", {"target.mail", "2026-03-02"}: "8",
		{"target.call", "2026-03-02"}: "0", {"target.coffee", "2026-03-01"}: "0", {"target.coffee", "2026-03-02"}: "1",
		{"target.visit", "2026-04-05"}: "1", {"target.visit", "2026-04-06"}: "4/week",
		{"workdays", "2026-04-30"}: "mon,tue,wed,thu,fri", {"workdays", "2026-05-01"}: "mon,tue,wed,thu",
		{"holidays", "2025-12-31"}: "nl", {"holidays", "2026-01-01"}: "none",
		{"vacation_days", "2026-12-31"}: "25", {"vacation_days", "2027-01-01"}: "30",
		{"reserve_days", "2026-01-01"}: "10", {"start_date", "2026-01-01"}: "2026-02-01",
		{"rest_days", "2026-01-01"}: "60", {"backup.keep", "2026-01-01"}: "0",
	}
	// Another handle on the file reads the same.
	other := mustOpenPath(t, db.Path())
	for _, h := range []*store.DB{db, other} {
		s, err := h.Settings(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range want {
			if got, err := s.Get(k[0], date(t, k[1])); err != nil || got != v {
				t.Errorf("Get(%s, %s) = %q, %v; want %q", k[0], k[1], got, err, v)
			}
		}
		if got, want := fmt.Sprint(s.Kinds()), "[mail call visit coffee]"; got != want {
			t.Errorf("Kinds() = %s, want %s", got, want)
		}
		if !s.StartByRep {
			t.Error("a start the rep set is not marked as the rep's")
		}
		cs := s.History.Changes("")
		if len(cs) != len(changes) || !cs[0].MadeAt.Equal(made) {
			t.Errorf("%d changes read back (want %d), made at %v", len(cs), len(changes), cs[0].MadeAt)
		}
	}

	// The settings without history return to their defaults with "".
	for _, k := range []string{"rest_days", "backup.keep"} {
		if err := db.SaveSetting(ctx, k, ""); err != nil {
			t.Fatal(err)
		}
	}
	s, err = db.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.RestDays != 90 || s.BackupKeep != 7 {
		t.Errorf("after clearing: rest_days %d, backup.keep %d; want 90, 7", s.RestDays, s.BackupKeep)
	}
}

// TestTheFirstEntriesFixTheStart: with no start stored, the first write of
// entries stores their earliest date, in its transaction; later entries
// before it do not move it.
func TestTheFirstEntriesFixTheStart(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	r, err := db.LogEntries(ctx, rhythm.Entry{Date: date(t, "2026-03-04"), Kind: rhythm.Mail}, 1)
	if err != nil || r.Start != date(t, "2026-03-04") {
		t.Fatalf("first log: start %v, %v; want 2026-03-04", r.Start, err)
	}
	r, err = db.LogEntries(ctx, rhythm.Entry{Date: date(t, "2025-06-10"), Kind: rhythm.Mail}, 1)
	if err != nil || r.Start != date(t, "2026-03-04") {
		t.Fatalf("an entry before the start: start %v, %v; want it unmoved", r.Start, err)
	}
	s, err := db.Settings(ctx)
	if err != nil || s.Start != date(t, "2026-03-04") || s.StartByRep {
		t.Errorf("stored start %v (by the rep: %v), %v; want 2026-03-04, ritme's", s.Start, s.StartByRep, err)
	}
	// Import into a database without a start stores the earliest date.
	db2 := mustOpen(t)
	if _, _, err := db2.Import(ctx, []rhythm.Entry{
		{ID: "b", Date: date(t, "2026-02-03"), Kind: rhythm.Call, CreatedAt: t0},
		{ID: "a", Date: date(t, "2026-01-20"), Kind: rhythm.Mail, CreatedAt: t0},
	}); err != nil {
		t.Fatal(err)
	}
	if s, _ := db2.Settings(ctx); s.Start != date(t, "2026-01-20") {
		t.Errorf("start after an import: %v, want 2026-01-20", s.Start)
	}
}

// TestSettingsRefusesBadStoredValue checks that a value that slipped past
// validation is reported, not silently replaced by a default.
func TestSettingsRefusesBadStoredValue(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if err := db.SaveSetting(ctx, "rest_days", "lots"); err != nil {
		t.Fatal(err)
	}
	_, err := db.Settings(ctx)
	if err == nil || !strings.Contains(err.Error(), "rest_days") {
		t.Errorf("Settings with a bad stored value: %v, want an error naming the key", err)
	}
	if _, _, err := db.Tracker(ctx); err == nil {
		t.Error("Tracker with a bad stored value: no error")
	}
	db2 := mustOpen(t)
	if err := db2.SaveChange(ctx, rhythm.Change{Key: "vacation_days", Value: "many", From: date(t, "2026-01-01")}); err != nil {
		t.Fatal(err)
	}
	if _, err := db2.Settings(ctx); err == nil {
		t.Error("Settings with a bad stored change: no error")
	}
}

// settingsEqual reports whether two settings hold the same values today.
func settingsEqual(a, b rhythm.Settings) bool {
	today := rhythm.NewDate(2026, 3, 2)
	for _, k := range append(a.Keys(), b.Keys()...) {
		x, errA := a.Get(k, today)
		y, errB := b.Get(k, today)
		if x != y || (errA == nil) != (errB == nil) {
			return false
		}
	}
	return len(a.History.Changes("")) == len(b.History.Changes(""))
}

func TestTracker(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	d := func(s string) rhythm.Date { return date(t, s) }

	tr, s, err := db.Tracker(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !tr.Ledger.First().IsZero() || !settingsEqual(s, rhythm.DefaultSettings()) {
		t.Errorf("Tracker of a new database: first %v, settings %+v", tr.Ledger.First(), s)
	}

	for _, kv := range [][2]string{{"target.mail", "3"}, {"target.linkedin", "2"}, {"holidays", "none"}} {
		c, err := rhythm.NewChange(kv[0], kv[1], 0, t0)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.SaveChange(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetStart(ctx, d("2026-03-02")); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddLeave(ctx, d("2026-03-04"), d("2026-03-04"), rhythm.Sick); err != nil {
		t.Fatal(err)
	}
	for _, l := range []struct {
		date string
		kind rhythm.Kind
		n    int
	}{
		{"2026-03-02", rhythm.Mail, 3}, {"2026-03-02", rhythm.Call, 2}, {"2026-03-02", rhythm.Visit, 1}, {"2026-03-02", "linkedin", 2},
		{"2026-03-03", rhythm.Mail, 4}, {"2026-03-03", "fax", 1},
		{"2026-03-05", rhythm.Mail, 1},
	} {
		if _, err := db.Log(ctx, d(l.date), l.kind, l.n, "", ""); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Undo(ctx, d("2026-03-05")); err != nil {
		t.Fatal(err)
	}

	tr, s, err = db.Tracker(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get("target.mail", d("2026-03-02")); got != "3" {
		t.Errorf("settings: target.mail = %s, want 3", got)
	}
	if got := fmt.Sprint(tr.Targets(d("2026-03-02"))); got != "[{mail 3} {call 2} {visit 1} {fax 0} {linkedin 2}]" {
		t.Errorf("Targets() = %s", got)
	}
	if tr.Start(d("2026-03-10")) != d("2026-03-02") {
		t.Errorf("Start() = %v, want the start_date 2026-03-02", tr.Start(d("2026-03-10")))
	}
	if !tr.Calendar.IsLeave(d("2026-03-04")) || tr.Calendar.IsWorkingDay(d("2026-03-04")) {
		t.Error("2026-03-04 is registered leave but the tracker's calendar does not say so")
	}
	if !tr.Calendar.IsWorkingDay(d("2026-04-06")) {
		t.Error("holidays none: Easter Monday 2026-04-06 should be a working day")
	}
	for _, c := range []struct {
		date string
		kind rhythm.Kind
		want int
	}{
		{"2026-03-02", rhythm.Mail, 3}, {"2026-03-02", "linkedin", 2}, {"2026-03-03", rhythm.Mail, 4},
		{"2026-03-03", "fax", 1}, {"2026-03-03", rhythm.Call, 0}, {"2026-03-05", rhythm.Mail, 0},
	} {
		if got := tr.Ledger.Count(d(c.date), c.kind); got != c.want {
			t.Errorf("Ledger.Count(%s, %s) = %d, want %d", c.date, c.kind, got, c.want)
		}
	}
	if met2, met3 := tr.StatusAtEnd(d("2026-03-02")).DayMet, tr.StatusAtEnd(d("2026-03-03")).DayMet; !met2 || met3 {
		t.Errorf("day met: 03-02 %v (want true), 03-03 %v (want false)", met2, met3)
	}

	// Ledger alone agrees with Tracker.
	l, err := db.Ledger(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if l.First() != d("2026-03-02") || l.Total(rhythm.Mail, 0, d("2026-12-31")) != 7 {
		t.Errorf("Ledger: first %v, mail total %d; want 2026-03-02, 7", l.First(), l.Total(rhythm.Mail, 0, d("2026-12-31")))
	}
}

func TestDataVersion(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	a := mustOpenPath(t, path)
	b := mustOpenPath(t, path)
	version := func(db *store.DB) int64 {
		t.Helper()
		v, err := db.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	d := date(t, "2026-03-02")

	v0 := version(a)
	// Our own reads change nothing.
	for range 3 {
		if _, _, err := a.Tracker(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Entries(ctx, store.EntryQuery{}); err != nil {
			t.Fatal(err)
		}
	}
	if v := version(a); v != v0 {
		t.Errorf("DataVersion changed from %d to %d after our own reads", v0, v)
	}
	// Nor do another handle's reads.
	if _, _, err := b.Tracker(ctx); err != nil {
		t.Fatal(err)
	}
	if v := version(a); v != v0 {
		t.Errorf("DataVersion changed from %d to %d after another handle's reads", v0, v)
	}

	// Every kind of write by another handle changes it.
	writes := []struct {
		name string
		do   func() error
	}{
		{"Log", func() error { _, err := b.Log(ctx, d, rhythm.Mail, 1, "", ""); return err }},
		{"Undo", func() error { _, err := b.Undo(ctx, d); return err }},
		{"AddLeave", func() error { _, err := b.AddLeave(ctx, d, d, rhythm.Vacation); return err }},
		{"SaveSetting", func() error { return b.SaveSetting(ctx, "rest_days", "60") }},
		{"SaveChange", func() error {
			return b.SaveChange(ctx, rhythm.Change{Key: "target.mail", Value: "6", From: d, MadeAt: t0})
		}},
		{"Import", func() error {
			_, _, err := b.Import(ctx, []rhythm.Entry{{ID: "x1", Date: d, Kind: rhythm.Call, CreatedAt: t0}})
			return err
		}},
	}
	prev := version(a)
	for _, w := range writes {
		if err := w.do(); err != nil {
			t.Fatalf("%s: %v", w.name, err)
		}
		v := version(a)
		if v == prev {
			t.Errorf("DataVersion stayed %d after another handle's %s", v, w.name)
		}
		if again := version(a); again != v {
			t.Errorf("DataVersion changed from %d to %d with no write", v, again)
		}
		prev = v
	}

	if _, err := b.Log(ctx, d, rhythm.Visit, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	if version(a) == prev {
		t.Error("the other handle did not see b's last commit")
	}
}
