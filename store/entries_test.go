package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

var t0 = time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC)

func TestLog(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	// A local time with nanoseconds: created_at is stored in UTC, to the
	// microsecond.
	ams := time.FixedZone("CET", 3600)
	now := time.Date(2026, 3, 2, 9, 15, 42, 123456789, ams)
	db.Now = func() time.Time { return now }
	d := date(t, "2026-03-02")

	logged, err := db.Log(ctx, d, rhythm.Mail, 5, "Anna de Vries", "about the renewal")
	if err != nil {
		t.Fatal(err)
	}
	if len(logged) != 5 {
		t.Fatalf("Log(n=5) returned %d entries", len(logged))
	}
	seen := map[string]bool{}
	for _, e := range logged {
		if e.ID == "" || seen[e.ID] {
			t.Errorf("id %q is empty or repeated", e.ID)
		}
		seen[e.ID] = true
		if e.Date != d || e.Kind != rhythm.Mail || e.Who != "Anna de Vries" || e.Note != "about the renewal" {
			t.Errorf("logged %+v", e)
		}
		// The returned time is the stored one: UTC, to the microsecond.
		if want := now.Truncate(time.Microsecond); !e.CreatedAt.Equal(want) || e.CreatedAt.Location() != time.UTC {
			t.Errorf("CreatedAt = %v, want %v in UTC", e.CreatedAt, want)
		}
	}

	all, err := db.Entries(ctx, store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(all), ids(logged)) {
		t.Errorf("Entries() = %v, want %v in logging order", ids(all), ids(logged))
	}
	for _, e := range all {
		if want := now.UTC().Truncate(time.Microsecond); !e.CreatedAt.Equal(want) {
			t.Errorf("stored CreatedAt = %v, want %v", e.CreatedAt, want)
		}
		if e.Who != "Anna de Vries" || e.Note != "about the renewal" {
			t.Errorf("stored %+v", e)
		}
	}
	if n, err := db.EntryCount(ctx); err != nil || n != 5 {
		t.Errorf("EntryCount() = %d, %v; want 5", n, err)
	}
	checkDayCounts(t, db.Path())
}

func TestLogIsOneTransaction(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	// The empty kind breaks the CHECK constraint: nothing may be written.
	if _, err := db.Log(ctx, date(t, "2026-03-02"), "", 3, "", ""); err == nil {
		t.Fatal("Log of the empty kind: no error")
	}
	if n, err := db.EntryCount(ctx); err != nil || n != 0 {
		t.Errorf("EntryCount() = %d, %v after a failed Log; want 0", n, err)
	}
	checkDayCounts(t, db.Path())
}

func TestUndo(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	mon, tue := date(t, "2026-03-02"), date(t, "2026-03-03")

	if _, err := db.Undo(ctx, mon); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Undo on an empty database: %v, want ErrNotFound", err)
	}
	first, _ := db.Log(ctx, mon, rhythm.Mail, 1, "", "")
	calls, _ := db.Log(ctx, mon, rhythm.Call, 3, "", "") // three with one created_at
	// Back-filled later for Monday, logged earlier for Tuesday: Undo goes by
	// creation within the date, not by date.
	tues, _ := db.Log(ctx, tue, rhythm.Visit, 1, "", "")
	back, _ := db.Log(ctx, mon, rhythm.Mail, 1, "", "")

	want := []rhythm.Entry{back[0], calls[2], calls[1], calls[0], first[0]}
	for i, w := range want {
		got, err := db.Undo(ctx, mon)
		if err != nil {
			t.Fatalf("Undo #%d: %v", i+1, err)
		}
		if got.ID != w.ID {
			t.Errorf("Undo #%d removed %s (%s), want %s (%s)", i+1, got.ID, got.Kind, w.ID, w.Kind)
		}
		if _, err := db.Entry(ctx, got.ID); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("entry %s is still there after Undo: %v", got.ID, err)
		}
		checkDayCounts(t, db.Path())
	}
	_, err := db.Undo(ctx, mon)
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Undo of an emptied date: %v, want ErrNotFound", err)
	} else {
		oneLine(t, err)
	}
	rest, _ := db.Entries(ctx, store.EntryQuery{})
	if !slices.Equal(ids(rest), ids(tues)) {
		t.Errorf("left after undoing Monday: %v, want Tuesday's %v", ids(rest), ids(tues))
	}
}

func TestEntryByIDAndPrefix(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	d := date(t, "2026-03-02")
	mk := func(id string) rhythm.Entry {
		return rhythm.Entry{ID: id, Date: d, Kind: rhythm.Mail, Who: "who " + id, CreatedAt: t0}
	}
	// Made-up ids begin with letters past f, which no UUID contains, so
	// that the random id logged below never shares a prefix with them.
	if _, _, err := db.Import(ctx, []rhythm.Entry{mk("kla"), mk("klam"), mk("klb1"), mk("q7"), mk("r")}); err != nil {
		t.Fatal(err)
	}
	logged, err := db.Log(ctx, d, rhythm.Call, 1, "", "")
	if err != nil {
		t.Fatal(err)
	}
	uuid := logged[0].ID

	cases := []struct {
		query, want string
		err         error // nil, ErrNotFound, or errAmbiguous
	}{
		{uuid, uuid, nil},
		{strings.ToUpper(uuid), uuid, nil},
		{"  " + uuid + "\n", uuid, nil},
		{uuid[:8], uuid, nil},
		{"kla", "kla", nil}, // a full id wins over the longer ids it starts
		{"KLAM", "klam", nil},
		{"klb", "klb1", nil},
		{"q", "q7", nil},
		{"r", "r", nil},
		{"kl", "", errAmbiguous},
		{"k", "", errAmbiguous},
		{"klc", "", store.ErrNotFound},
		{"zzz", "", store.ErrNotFound},
		{"", "", store.ErrNotFound},
		{"   ", "", store.ErrNotFound},
		{"%", "", store.ErrNotFound},
		{"_", "", store.ErrNotFound},
	}
	for _, c := range cases {
		got, err := db.Entry(ctx, c.query)
		switch {
		case c.err == nil && err != nil:
			t.Errorf("Entry(%q): %v", c.query, err)
		case c.err == nil && got.ID != c.want:
			t.Errorf("Entry(%q) = %s, want %s", c.query, got.ID, c.want)
		case c.err == errAmbiguous && (err == nil || errors.Is(err, store.ErrNotFound)):
			t.Errorf("Entry(%q) = %v, %v; want an ambiguity error", c.query, got.ID, err)
		case c.err == store.ErrNotFound && !errors.Is(err, store.ErrNotFound):
			t.Errorf("Entry(%q) = %v, %v; want ErrNotFound", c.query, got.ID, err)
		}
		if err != nil {
			oneLine(t, err)
		}
	}
	if e, _ := db.Entry(ctx, "q7"); e.Who != "who q7" || e.Date != d || e.Kind != rhythm.Mail || !e.CreatedAt.Equal(t0) {
		t.Errorf("Entry(q7) = %+v", e)
	}
}

var errAmbiguous = errors.New("ambiguous")

func TestUpdateEntry(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	logged, _ := db.Log(ctx, date(t, "2026-03-02"), rhythm.Visit, 2, "old", "old note")
	if err := db.UpdateEntry(ctx, logged[0].ID, "Bakker BV", "signed 🎉"); err != nil {
		t.Fatal(err)
	}
	e, err := db.Entry(ctx, logged[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.Who != "Bakker BV" || e.Note != "signed 🎉" || e.Date != logged[0].Date || e.Kind != rhythm.Visit {
		t.Errorf("after UpdateEntry: %+v", e)
	}
	if other, _ := db.Entry(ctx, logged[1].ID); other.Who != "old" || other.Note != "old note" {
		t.Errorf("UpdateEntry changed another entry: %+v", other)
	}
	// Clearing who and note.
	if err := db.UpdateEntry(ctx, logged[0].ID, "", ""); err != nil {
		t.Fatal(err)
	}
	if e, _ := db.Entry(ctx, logged[0].ID); e.Who != "" || e.Note != "" {
		t.Errorf("after clearing: %+v", e)
	}
	err = db.UpdateEntry(ctx, "no-such-id", "x", "y")
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("UpdateEntry of an unknown id: %v, want ErrNotFound", err)
	}
	checkDayCounts(t, db.Path())
}

func TestDeleteEntry(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	logged, _ := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 3, "", "")
	if err := db.DeleteEntry(ctx, logged[1].ID); err != nil {
		t.Fatal(err)
	}
	all, _ := db.Entries(ctx, store.EntryQuery{})
	if want := []string{logged[0].ID, logged[2].ID}; !slices.Equal(ids(all), want) {
		t.Errorf("after DeleteEntry: %v, want %v", ids(all), want)
	}
	for _, id := range []string{logged[1].ID, "no-such-id", ""} {
		if err := db.DeleteEntry(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("DeleteEntry(%q): %v, want ErrNotFound", id, err)
		}
	}
	checkDayCounts(t, db.Path())
}

func TestEntriesQuery(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	type logCall struct {
		date string
		kind rhythm.Kind
		n    int
	}
	// Logged in this order; some dates are back-filled after later ones.
	var all []rhythm.Entry
	for _, l := range []logCall{
		{"2026-03-02", rhythm.Mail, 2},
		{"2026-03-02", rhythm.Call, 1},
		{"2026-03-04", rhythm.Visit, 1},
		{"2026-03-03", rhythm.Mail, 1}, // back-filled
		{"2026-03-04", rhythm.Mail, 2},
		{"2026-03-01", rhythm.Call, 1}, // a Sunday, back-filled
		{"2026-03-05", rhythm.Mail, 1},
	} {
		got, err := db.Log(ctx, date(t, l.date), l.kind, l.n, "", "")
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, got...)
	}
	// The expected order: by date, then creation.
	ordered := slices.Clone(all)
	slices.SortStableFunc(ordered, func(a, b rhythm.Entry) int { return int(a.Date - b.Date) })
	filter := func(keep func(rhythm.Entry) bool) []string {
		var out []string
		for _, e := range ordered {
			if keep(e) {
				out = append(out, e.ID)
			}
		}
		return out
	}
	reversed := func(s []string) []string { s = slices.Clone(s); slices.Reverse(s); return s }
	d2, d3, d4 := date(t, "2026-03-02"), date(t, "2026-03-03"), date(t, "2026-03-04")

	cases := []struct {
		name string
		q    store.EntryQuery
		want []string
	}{
		{"everything", store.EntryQuery{}, filter(func(rhythm.Entry) bool { return true })},
		{"from", store.EntryQuery{From: d3}, filter(func(e rhythm.Entry) bool { return e.Date >= d3 })},
		{"to", store.EntryQuery{To: d3}, filter(func(e rhythm.Entry) bool { return e.Date <= d3 })},
		{"from to", store.EntryQuery{From: d2, To: d4}, filter(func(e rhythm.Entry) bool { return e.Date >= d2 && e.Date <= d4 })},
		{"one day", store.EntryQuery{From: d4, To: d4}, filter(func(e rhythm.Entry) bool { return e.Date == d4 })},
		{"empty range", store.EntryQuery{From: d4, To: d2}, nil},
		{"kind", store.EntryQuery{Kind: rhythm.Mail}, filter(func(e rhythm.Entry) bool { return e.Kind == rhythm.Mail })},
		{"kind and range", store.EntryQuery{Kind: rhythm.Mail, From: d3, To: d4}, filter(func(e rhythm.Entry) bool {
			return e.Kind == rhythm.Mail && e.Date >= d3 && e.Date <= d4
		})},
		{"unknown kind", store.EntryQuery{Kind: "fax"}, nil},
		{"limit", store.EntryQuery{Limit: 3}, filter(func(rhythm.Entry) bool { return true })[:3]},
		{"newest first", store.EntryQuery{NewestFirst: true}, reversed(filter(func(rhythm.Entry) bool { return true }))},
		{"newest first, limit", store.EntryQuery{NewestFirst: true, Limit: 2}, reversed(filter(func(rhythm.Entry) bool { return true }))[:2]},
		{"newest first, kind", store.EntryQuery{NewestFirst: true, Kind: rhythm.Call}, reversed(filter(func(e rhythm.Entry) bool { return e.Kind == rhythm.Call }))},
		{"limit above count", store.EntryQuery{Limit: 100}, filter(func(rhythm.Entry) bool { return true })},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := db.Entries(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), c.want) {
				t.Errorf("Entries(%+v) =\n%v, want\n%v", c.q, ids(got), c.want)
			}
		})
	}
}

func TestImport(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	logged, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 2, "", "")
	if err != nil {
		t.Fatal(err)
	}
	mk := func(i int, d string, k rhythm.Kind) rhythm.Entry {
		return rhythm.Entry{ID: fmt.Sprintf("imported-%02d", i), Date: date(t, d), Kind: k, Who: "Import", Note: "from the old laptop",
			CreatedAt: t0.Add(time.Duration(i) * time.Hour)}
	}
	batch := []rhythm.Entry{
		mk(1, "2026-02-27", rhythm.Mail),
		logged[0], // already present: skipped
		mk(2, "2026-02-27", rhythm.Call),
		mk(3, "2026-03-02", rhythm.Mail),
		mk(1, "2026-02-27", rhythm.Mail), // the same id twice in one batch
	}
	added, skipped, err := db.Import(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	if added != 3 || skipped != 2 {
		t.Errorf("Import = %d added, %d skipped; want 3, 2", added, skipped)
	}
	e, err := db.Entry(ctx, "imported-03")
	if err != nil {
		t.Fatal(err)
	}
	if want := mk(3, "2026-03-02", rhythm.Mail); e != want {
		t.Errorf("imported entry = %+v,\nwant %+v", e, want)
	}
	checkDayCounts(t, db.Path())

	// Importing the same batch again adds nothing.
	added, skipped, err = db.Import(ctx, batch)
	if err != nil || added != 0 || skipped != len(batch) {
		t.Errorf("Import again = %d, %d, %v; want 0, %d, nil", added, skipped, err, len(batch))
	}
	if n, _ := db.EntryCount(ctx); n != 5 {
		t.Errorf("EntryCount() = %d, want 5", n)
	}
	if added, skipped, err := db.Import(ctx, nil); err != nil || added != 0 || skipped != 0 {
		t.Errorf("Import(nil) = %d, %d, %v", added, skipped, err)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	good := func(i int) rhythm.Entry {
		return rhythm.Entry{ID: fmt.Sprintf("good-%d", i), Date: date(t, "2026-01-05"), Kind: rhythm.Mail, CreatedAt: t0}
	}
	cases := []struct {
		name string
		bad  rhythm.Entry
	}{
		// The zero Date is written as "", which breaks the date CHECK.
		{"no date", rhythm.Entry{ID: "bad", Kind: rhythm.Mail, CreatedAt: t0}},
		// Year 10000 is written with five digits, which breaks it too.
		{"five-digit year", rhythm.Entry{ID: "bad", Date: rhythm.NewDate(10000, time.January, 1), Kind: rhythm.Mail, CreatedAt: t0}},
		{"no kind", rhythm.Entry{ID: "bad", Date: date(t, "2026-01-05"), CreatedAt: t0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := mustOpen(t)
			before, _ := db.Log(ctx, date(t, "2026-01-05"), rhythm.Call, 1, "", "")
			batch := []rhythm.Entry{good(1), good(2), c.bad, good(3)}
			added, skipped, err := db.Import(ctx, batch)
			if err == nil {
				t.Fatal("Import with a bad row: no error")
			}
			oneLine(t, err)
			if !strings.Contains(err.Error(), "bad") {
				t.Errorf("error %q does not name the bad entry", err)
			}
			if added != 0 || skipped != 0 {
				t.Errorf("Import reported %d added, %d skipped on error", added, skipped)
			}
			all, _ := db.Entries(ctx, store.EntryQuery{})
			if !slices.Equal(ids(all), ids(before)) {
				t.Errorf("after the failed Import: %v, want only %v", ids(all), ids(before))
			}
			checkDayCounts(t, db.Path())
		})
	}
}

func TestEntryTextRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	weird := []string{
		"Zoë O'Brien; DROP TABLE entries; --",
		"line one\nline two",
		"tab\there, quote \" and ' and `",
		"\x1b[31mred\x1b[0m", // stored as given; the TUI strips it when shown
		"日本語のメモ",
		strings.Repeat("long ", 2000),
	}
	for _, w := range weird {
		logged, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, w, w)
		if err != nil {
			t.Fatal(err)
		}
		e, err := db.Entry(ctx, logged[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if e.Who != w || e.Note != w {
			t.Errorf("round trip of %q gave %q, %q", w, e.Who, e.Note)
		}
	}
	if n, _ := db.EntryCount(ctx); n != len(weird) {
		t.Errorf("EntryCount() = %d, want %d", n, len(weird))
	}
}
