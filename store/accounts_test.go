package store_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// accountsByKey returns the accounts of db by key.
func accountsByKey(tb testing.TB, db *store.DB) map[string]rhythm.Account {
	tb.Helper()
	as, err := db.Accounts(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]rhythm.Account{}
	for _, a := range as {
		if _, dup := out[a.Key]; dup {
			tb.Errorf("account %q listed twice", a.Key)
		}
		out[a.Key] = a
	}
	return out
}

// accountColumn reads the account column of the entry with the given id,
// as stored.
func accountColumn(tb testing.TB, db *store.DB, id string) string {
	tb.Helper()
	raw := rawOpen(tb, db.Path())
	var account string
	if err := raw.QueryRow(`SELECT account FROM entries WHERE id = ?`, id).Scan(&account); err != nil {
		tb.Fatalf("account of %s: %v", id, err)
	}
	return account
}

// stagesOf returns the stages as "name=stage" strings, by account key.
func stagesOf(tb testing.TB, db *store.DB) []string {
	tb.Helper()
	ar, err := db.ReadArchive(context.Background(), store.EntryQuery{})
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, s := range ar.Stages {
		out = append(out, s.Name+"="+string(s.Stage))
	}
	return out
}

func TestSetOutcome(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	logged, err := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 2, "Acme BV", "intro")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range logged {
		if e.Outcome != rhythm.NoOutcome {
			t.Errorf("Log returned outcome %q, want none", e.Outcome)
		}
	}
	for _, o := range append(slices.Clone(rhythm.Outcomes), rhythm.NoOutcome) {
		if err := db.SetOutcome(ctx, logged[0].ID, o); err != nil {
			t.Fatalf("SetOutcome(%q): %v", o, err)
		}
		got, err := db.Entry(ctx, logged[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		want := logged[0]
		want.Outcome = o
		if got != want {
			t.Errorf("after SetOutcome(%q): %+v,\nwant %+v", o, got, want)
		}
		if other, _ := db.Entry(ctx, logged[1].ID); other != logged[1] {
			t.Errorf("SetOutcome changed another entry: %+v", other)
		}
	}
	// An unknown id: ErrNotFound. A value that is no outcome: refused by
	// the schema, and nothing changes.
	if err := db.SetOutcome(ctx, "no-such-id", rhythm.Reply); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetOutcome of an unknown id: %v, want ErrNotFound", err)
	} else {
		oneLine(t, err)
	}
	if err := db.SetOutcome(ctx, "", rhythm.Reply); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetOutcome of the empty id: %v, want ErrNotFound", err)
	}
	if err := db.SetOutcome(ctx, logged[0].ID, rhythm.Meeting); err != nil {
		t.Fatal(err)
	}
	if err := db.SetOutcome(ctx, logged[0].ID, rhythm.Outcome("maybe")); err == nil {
		t.Error(`SetOutcome("maybe"): no error`)
	}
	if e, _ := db.Entry(ctx, logged[0].ID); e.Outcome != rhythm.Meeting {
		t.Errorf("after a refused SetOutcome: outcome %q, want meeting", e.Outcome)
	}
	checkDayCounts(t, db.Path())
}

func TestLogEntriesWithOutcome(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	d := date(t, "2026-03-02")
	loggedr, err := db.LogEntries(ctx, rhythm.Entry{Date: d, Kind: rhythm.Call, Who: "  Jansen   & Zn ", Note: "n", Outcome: rhythm.Meeting}, 3)
	logged := loggedr.Entries
	if err != nil {
		t.Fatal(err)
	}
	if len(logged) != 3 {
		t.Fatalf("LogEntries(n=3) returned %d entries", len(logged))
	}
	for _, e := range logged {
		if e.Outcome != rhythm.Meeting || e.Who != "  Jansen   & Zn " || e.Kind != rhythm.Call || e.Date != d || e.ID == "" {
			t.Errorf("returned %+v", e)
		}
		got, err := db.Entry(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got != e {
			t.Errorf("stored %+v,\nreturned %+v", got, e)
		}
		if a := accountColumn(t, db, e.ID); a != "jansen & zn" {
			t.Errorf("account column %q, want %q", a, "jansen & zn")
		}
	}
	// The ids are new, whatever the template carries.
	againr, err := db.LogEntries(ctx, rhythm.Entry{ID: logged[0].ID, Date: d, Kind: rhythm.Mail}, 1)
	again := againr.Entries
	if err != nil {
		t.Fatal(err)
	}
	if again[0].ID == logged[0].ID || again[0].Outcome != rhythm.NoOutcome {
		t.Errorf("LogEntries with a template id: %+v", again[0])
	}
	if a := accountColumn(t, db, again[0].ID); a != "" {
		t.Errorf("an entry without who has account %q, want none", a)
	}
	// A bad outcome writes nothing.
	if _, err := db.LogEntries(ctx, rhythm.Entry{Date: d, Kind: rhythm.Mail, Outcome: "maybe"}, 2); err == nil {
		t.Error(`LogEntries with outcome "maybe": no error`)
	}
	if n, _ := db.EntryCount(ctx); n != 4 {
		t.Errorf("EntryCount() = %d, want 4", n)
	}
	checkDayCounts(t, db.Path())
}

func TestEntryAmbiguousPrefix(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	d := date(t, "2026-03-02")
	mk := func(id string) rhythm.Entry {
		return rhythm.Entry{ID: id, Date: d, Kind: rhythm.Mail, CreatedAt: t0}
	}
	if _, _, err := db.Import(ctx, []rhythm.Entry{mk("0000aaaa-1"), mk("0000aaaa-2"), mk("Imported-X1"), mk("Imported-Y")}); err != nil {
		t.Fatal(err)
	}
	for _, prefix := range []string{"0000aaaa", "0000", "0000AAAA-", "Imported-"} {
		_, err := db.Entry(ctx, prefix)
		if !errors.Is(err, store.ErrAmbiguous) {
			t.Errorf("Entry(%q): %v, want an error wrapping ErrAmbiguous", prefix, err)
			continue
		}
		oneLine(t, err)
		if errors.Is(err, store.ErrNotFound) {
			t.Errorf("Entry(%q): %v is ErrNotFound too", prefix, err)
		}
	}
	// A longer prefix names one; an imported id with capitals is found as
	// it is written, and by a prefix of it.
	for query, want := range map[string]string{
		"0000aaaa-2": "0000aaaa-2", "0000AAAA-1": "0000aaaa-1",
		"Imported-X1": "Imported-X1", " Imported-Y\n": "Imported-Y", "Imported-X": "Imported-X1",
	} {
		if got, err := db.Entry(ctx, query); err != nil || got.ID != want {
			t.Errorf("Entry(%q) = %q, %v; want %q", query, got.ID, err, want)
		}
	}
	if _, err := db.Entry(ctx, "0000aaaa-3"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entry of an unknown id: %v, want ErrNotFound", err)
	}
}

func TestUpdateEntryRecomputesAccount(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	acme, _ := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 2, "Acme BV", "")
	if err := db.SetOutcome(ctx, acme[0].ID, rhythm.Reply); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateEntry(ctx, acme[0].ID, "  BAKKER  bouw", "moved"); err != nil {
		t.Fatal(err)
	}
	if a := accountColumn(t, db, acme[0].ID); a != "bakker bouw" {
		t.Errorf("account after UpdateEntry = %q, want %q", a, "bakker bouw")
	}
	as := accountsByKey(t, db)
	if a := as["acme"]; a.Touches != 1 || a.Name != "Acme BV" || len(a.Outcomes) != 0 {
		t.Errorf("acme bv after moving one entry away: %+v", a)
	}
	if a := as["bakker bouw"]; a.Touches != 1 || a.Name != "  BAKKER  bouw" || a.Outcomes[rhythm.Reply] != 1 {
		t.Errorf("bakker bouw after UpdateEntry: %+v", a)
	}
	// The outcome stays with the entry.
	if e, _ := db.Entry(ctx, acme[0].ID); e.Outcome != rhythm.Reply || e.Note != "moved" {
		t.Errorf("after UpdateEntry: %+v", e)
	}
	// Clearing who leaves no account; the last entry moving away removes
	// the account from the list.
	if err := db.UpdateEntry(ctx, acme[0].ID, "", ""); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateEntry(ctx, acme[1].ID, "Bakker Bouw", ""); err != nil {
		t.Fatal(err)
	}
	if a := accountColumn(t, db, acme[0].ID); a != "" {
		t.Errorf("account of an entry without who = %q, want none", a)
	}
	as = accountsByKey(t, db)
	if got := slices.Sorted(maps.Keys(as)); !slices.Equal(got, []string{"bakker bouw"}) {
		t.Errorf("accounts = %v, want only bakker bouw", got)
	}
	if a := as["bakker bouw"]; a.Touches != 1 || a.Name != "Bakker Bouw" {
		t.Errorf("bakker bouw: %+v", a)
	}
}

func TestAccounts(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	if as := accountsByKey(t, db); len(as) != 0 {
		t.Errorf("accounts of an empty database: %v", as)
	}
	log := func(d string, k rhythm.Kind, who string, o rhythm.Outcome) rhythm.Entry {
		t.Helper()
		esr, err := db.LogEntries(ctx, rhythm.Entry{Date: date(t, d), Kind: k, Who: who, Outcome: o}, 1)
		es := esr.Entries
		if err != nil {
			t.Fatal(err)
		}
		return es[0]
	}
	// A stage set before any entry; the spelling given then is the name
	// until an entry names the account.
	if key, err := db.SetStage(ctx, "  bakker   BOUW ", rhythm.Prospect); err != nil || key != "bakker bouw" {
		t.Fatalf("SetStage = %q, %v; want bakker bouw", key, err)
	}
	if a := accountsByKey(t, db)["bakker bouw"]; a.Name != "bakker BOUW" || a.Stage != rhythm.Prospect || a.Touches != 0 {
		t.Errorf("a registered account without entries: %+v", a)
	}

	// Acme, in three spellings, logged in this order; the last one logged
	// is dated before the others (back-filled) and yielded the meeting.
	log("2026-02-02", rhythm.Mail, "Acme BV", "")
	log("2026-02-10", rhythm.Call, "acme   bv", rhythm.Reply)
	log("2026-02-12", rhythm.Mail, " Acme  BV", rhythm.Lost)
	log("2026-02-05", rhythm.Visit, "ACME bv", rhythm.Meeting)
	// Bakker Bouw: five touches, a proposal on the fourth.
	log("2026-02-02", rhythm.Mail, "Bakker Bouw", "")
	log("2026-02-03", rhythm.Mail, "Bakker Bouw", rhythm.Reply)
	log("2026-02-09", rhythm.Call, "Bakker Bouw", "")
	log("2026-02-16", rhythm.Visit, "Bakker Bouw", rhythm.Proposal)
	log("2026-02-23", rhythm.Visit, "Bakker Bouw", rhythm.Won)
	// Entries without who name no account.
	log("2026-02-02", rhythm.Mail, "", rhythm.Reply)
	log("2026-02-02", rhythm.Mail, "   ", "")
	// A custom kind counts as a touch.
	log("2026-02-04", "linkedin", "Claes", "")
	// Registered without entries.
	if _, err := db.SetStage(ctx, "Nieuw BV", rhythm.Customer); err != nil {
		t.Fatal(err)
	}
	// A stage set with yet another spelling changes Acme's stage, not its
	// name; setting a stage again overwrites it.
	if _, err := db.SetStage(ctx, "ACME   BV", rhythm.Prospect); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetStage(ctx, "acme bv", rhythm.Customer); err != nil {
		t.Fatal(err)
	}

	as := accountsByKey(t, db)
	if got := slices.Sorted(maps.Keys(as)); !slices.Equal(got, []string{"acme", "bakker bouw", "claes", "nieuw"}) {
		t.Fatalf("account keys %v", got)
	}
	type want struct {
		name             string
		stage            rhythm.Stage
		touches          int
		byKind           map[rhythm.Kind]int
		first, last      string
		outcomes         map[rhythm.Outcome]int
		touchesToMeeting int
		firstMeeting     string
		readiness        rhythm.Readiness
	}
	for key, w := range map[string]want{
		// The name is the most recently logged spelling; touches to the
		// meeting count in date order: 2 Feb, then the meeting of 5 Feb.
		"acme": {"ACME bv", rhythm.Customer, 4, map[rhythm.Kind]int{rhythm.Mail: 2, rhythm.Call: 1, rhythm.Visit: 1},
			"2026-02-02", "2026-02-12", map[rhythm.Outcome]int{rhythm.Reply: 1, rhythm.Lost: 1, rhythm.Meeting: 1}, 2, "2026-02-05", rhythm.Warming},
		// The deal won made the prospect a customer.
		"bakker bouw": {"Bakker Bouw", rhythm.Customer, 5, map[rhythm.Kind]int{rhythm.Mail: 2, rhythm.Call: 1, rhythm.Visit: 2},
			"2026-02-02", "2026-02-23", map[rhythm.Outcome]int{rhythm.Reply: 1, rhythm.Proposal: 1, rhythm.Won: 1}, 4, "2026-02-16", rhythm.Ready},
		"claes": {"Claes", rhythm.Suspect, 1, map[rhythm.Kind]int{"linkedin": 1},
			"2026-02-04", "2026-02-04", map[rhythm.Outcome]int{}, 0, "", rhythm.Warming},
		"nieuw": {"Nieuw BV", rhythm.Customer, 0, map[rhythm.Kind]int{}, "", "", map[rhythm.Outcome]int{}, 0, "", rhythm.Warming},
	} {
		a := as[key]
		if a.Key != key || a.Name != w.name || a.Stage != w.stage || a.Touches != w.touches {
			t.Errorf("%s: key %q name %q stage %s touches %d; want %q %s %d", key, a.Key, a.Name, a.Stage, a.Touches, w.name, w.stage, w.touches)
		}
		if !maps.Equal(a.ByKind, w.byKind) {
			t.Errorf("%s: by kind %v, want %v", key, a.ByKind, w.byKind)
		}
		if a.First.String() != w.first || a.Last.String() != w.last {
			t.Errorf("%s: first %q last %q, want %q %q", key, a.First, a.Last, w.first, w.last)
		}
		if !maps.Equal(a.Outcomes, w.outcomes) {
			t.Errorf("%s: outcomes %v, want %v", key, a.Outcomes, w.outcomes)
		}
		if a.TouchesToMeeting != w.touchesToMeeting || a.FirstMeeting.String() != w.firstMeeting || a.Met() != (w.touchesToMeeting > 0) {
			t.Errorf("%s: %d touches to the first meeting on %q, want %d on %q", key, a.TouchesToMeeting, a.FirstMeeting, w.touchesToMeeting, w.firstMeeting)
		}
		if a.Readiness() != w.readiness {
			t.Errorf("%s: readiness %s, want %s", key, a.Readiness(), w.readiness)
		}
	}

	// Stages lists what was set, by key, with the names as given (spaces
	// collapsed); the deal won set Bakker Bouw's.
	if got, w := stagesOf(t, db), []string{"acme bv=customer", "bakker BOUW=customer", "Nieuw BV=customer"}; !slices.Equal(got, w) {
		t.Errorf("Stages() = %v, want %v", got, w)
	}
}

func TestAccountNameIsTheLatestByCreation(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	// Back-filled entries: the name follows created_at, not the date; two
	// entries with one created_at follow the order they were logged in.
	at := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return at }
	for _, c := range []struct {
		date, who string
		step      time.Duration
	}{
		{"2026-02-20", "Vos & Co", time.Minute},
		{"2026-01-05", "VOS & CO", time.Minute}, // logged later, for an earlier date
		{"2026-02-27", "vos & co", -time.Hour},  // a clock set back: logged earlier
	} {
		at = at.Add(c.step)
		if _, err := db.Log(ctx, date(t, c.date), rhythm.Call, 1, c.who, ""); err != nil {
			t.Fatal(err)
		}
	}
	if a := accountsByKey(t, db)["vos & co"]; a.Name != "VOS & CO" || a.Touches != 3 || a.First != date(t, "2026-01-05") || a.Last != date(t, "2026-02-27") {
		t.Errorf("vos & co: %+v; want the name VOS & CO, 3 touches, 2026-01-05 to 2026-02-27", a)
	}
	at = at.Add(2 * time.Hour)
	logged, _ := db.Log(ctx, date(t, "2026-02-02"), rhythm.Call, 2, "Vos &  Co", "")
	if a := accountsByKey(t, db)["vos & co"]; a.Name != "Vos &  Co" || a.Touches != 5 {
		t.Errorf("vos & co after two more: name %q touches %d", a.Name, a.Touches)
	}
	// Deleting the latest brings back the spelling before it.
	for _, e := range logged {
		if err := db.DeleteEntry(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	if a := accountsByKey(t, db)["vos & co"]; a.Name != "VOS & CO" || a.Touches != 3 {
		t.Errorf("vos & co after deleting: name %q touches %d", a.Name, a.Touches)
	}
}

func TestSetStageBad(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.SetStage(ctx, "Acme", rhythm.Prospect); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		stage rhythm.Stage
	}{
		{"", rhythm.Customer},
		{" \t ", rhythm.Customer},
		{"Acme", rhythm.Stage("boss")},
		{"Bos", rhythm.Stage("")},
	} {
		if _, err := db.SetStage(ctx, c.name, c.stage); err == nil {
			t.Errorf("SetStage(%q, %q): no error", c.name, c.stage)
		} else {
			oneLine(t, err)
		}
	}
	if got := stagesOf(t, db); !slices.Equal(got, []string{"Acme=prospect"}) {
		t.Errorf("Stages() after refused SetStage = %v", got)
	}
}

func TestOutcomes(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	log := func(d string, k rhythm.Kind, n int, o rhythm.Outcome) {
		t.Helper()
		if _, err := db.LogEntries(ctx, rhythm.Entry{Date: date(t, d), Kind: k, Who: "x", Outcome: o}, n); err != nil {
			t.Fatal(err)
		}
	}
	log("2026-01-30", rhythm.Mail, 2, rhythm.Reply) // before the range read below
	log("2026-02-02", rhythm.Mail, 3, rhythm.Reply)
	log("2026-02-02", rhythm.Mail, 1, rhythm.Meeting)
	log("2026-02-02", rhythm.Mail, 4, rhythm.NoOutcome)
	log("2026-02-02", rhythm.Call, 1, rhythm.Meeting)
	log("2026-02-03", rhythm.Visit, 1, rhythm.Won)
	log("2026-02-03", rhythm.Visit, 1, rhythm.Proposal)
	log("2026-02-04", "linkedin", 2, rhythm.Reply)
	log("2026-02-05", rhythm.Call, 1, rhythm.Lost)
	log("2026-02-06", rhythm.Call, 5, rhythm.NoOutcome) // no outcomes at all on this date
	log("2026-02-10", rhythm.Mail, 1, rhythm.Reply)     // after the range

	from, to := date(t, "2026-02-02"), date(t, "2026-02-06")
	o, err := db.Outcomes(ctx, from, to)
	if err != nil {
		t.Fatal(err)
	}
	want := rhythm.OutcomeCounts{
		date(t, "2026-02-02"): {rhythm.Mail: {rhythm.Reply: 3, rhythm.Meeting: 1}, rhythm.Call: {rhythm.Meeting: 1}},
		date(t, "2026-02-03"): {rhythm.Visit: {rhythm.Won: 1, rhythm.Proposal: 1}},
		date(t, "2026-02-04"): {"linkedin": {rhythm.Reply: 2}},
		date(t, "2026-02-05"): {rhythm.Call: {rhythm.Lost: 1}},
	}
	if fmt.Sprint(o) != fmt.Sprint(want) {
		t.Errorf("Outcomes(%s, %s) =\n%v, want\n%v", from, to, o, want)
	}

	byKind := o.ByKind(from, to)
	wantByKind := map[rhythm.Kind]map[rhythm.Outcome]int{
		rhythm.Mail:  {rhythm.Reply: 3, rhythm.Meeting: 1},
		rhythm.Call:  {rhythm.Meeting: 1, rhythm.Lost: 1},
		rhythm.Visit: {rhythm.Won: 1, rhythm.Proposal: 1},
		"linkedin":   {rhythm.Reply: 2},
	}
	if fmt.Sprint(byKind) != fmt.Sprint(wantByKind) {
		t.Errorf("ByKind = %v, want %v", byKind, wantByKind)
	}
	// ByKind sums only the dates asked for.
	part := o.ByKind(date(t, "2026-02-03"), date(t, "2026-02-04"))
	if w := map[rhythm.Kind]map[rhythm.Outcome]int{rhythm.Visit: {rhythm.Won: 1, rhythm.Proposal: 1}, "linkedin": {rhythm.Reply: 2}}; fmt.Sprint(part) != fmt.Sprint(w) {
		t.Errorf("ByKind(3 to 4 Feb) = %v, want %v", part, w)
	}
	if got := o.ByKind(date(t, "2026-02-06"), date(t, "2026-02-06")); len(got) != 0 {
		t.Errorf("ByKind of a date without outcomes = %v", got)
	}
	for d, w := range map[string]map[rhythm.Outcome]int{
		"2026-02-02": {rhythm.Reply: 3, rhythm.Meeting: 2},
		"2026-02-03": {rhythm.Won: 1, rhythm.Proposal: 1},
		"2026-02-06": {},
		"2026-01-30": {}, // outside what was read
	} {
		if got := o.OnDate(date(t, d)); !maps.Equal(got, w) {
			t.Errorf("OnDate(%s) = %v, want %v", d, got, w)
		}
	}

	// A wider range takes in the dates at both ends; an empty one none.
	all, err := db.Outcomes(ctx, date(t, "2026-01-30"), date(t, "2026-02-10"))
	if err != nil {
		t.Fatal(err)
	}
	if got := all.ByKind(date(t, "2026-01-01"), date(t, "2026-12-31"))[rhythm.Mail][rhythm.Reply]; got != 6 {
		t.Errorf("mail replies from 30 Jan to 10 Feb = %d, want 6", got)
	}
	if none, err := db.Outcomes(ctx, date(t, "2026-02-07"), date(t, "2026-02-09")); err != nil || len(none) != 0 {
		t.Errorf("Outcomes of dates without any = %v, %v", none, err)
	}
}

func TestImportStages(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.SetStage(ctx, "Acme BV", rhythm.Customer); err != nil {
		t.Fatal(err)
	}
	entries := []rhythm.Entry{
		{ID: "imp-1", Date: date(t, "2026-02-02"), Kind: rhythm.Mail, Who: "acme bv", CreatedAt: t0, Outcome: rhythm.Reply},
		{ID: "imp-2", Date: date(t, "2026-02-03"), Kind: rhythm.Call, Who: "Bos", CreatedAt: t0.Add(time.Second), Outcome: rhythm.Meeting},
		{ID: "imp-3", Date: date(t, "2026-02-03"), Kind: rhythm.Call, Who: "", CreatedAt: t0.Add(2 * time.Second)},
	}
	added, skipped, err := db.Import(ctx, entries,
		rhythm.AccountStage{Name: "ACME BV", Stage: rhythm.Prospect}, // Acme has a stage: kept
		rhythm.AccountStage{Name: "Bos", Stage: rhythm.Prospect},
		rhythm.AccountStage{Name: "Nieuw", Stage: rhythm.Suspect}, // no entries
	)
	if err != nil || added != 3 || skipped != 0 {
		t.Fatalf("Import = %d, %d, %v; want 3, 0, nil", added, skipped, err)
	}
	for _, want := range entries {
		if got, err := db.Entry(ctx, want.ID); err != nil || got != want {
			t.Errorf("imported %+v, %v;\nwant %+v", got, err, want)
		}
		if a := accountColumn(t, db, want.ID); a != rhythm.AccountKey(want.Who) {
			t.Errorf("imported %s has account %q, want %q", want.ID, a, rhythm.AccountKey(want.Who))
		}
	}
	if got, w := stagesOf(t, db), []string{"Acme BV=customer", "Bos=prospect", "Nieuw=suspect"}; !slices.Equal(got, w) {
		t.Errorf("Stages() = %v, want %v", got, w)
	}
	// Importing stages again never overwrites one.
	if _, _, err := db.Import(ctx, nil, rhythm.AccountStage{Name: "bos", Stage: rhythm.Customer}, rhythm.AccountStage{Name: "Acme BV", Stage: rhythm.Suspect}); err != nil {
		t.Fatal(err)
	}
	if got, w := stagesOf(t, db), []string{"Acme BV=customer", "Bos=prospect", "Nieuw=suspect"}; !slices.Equal(got, w) {
		t.Errorf("Stages() after importing others = %v, want %v", got, w)
	}
	as := accountsByKey(t, db)
	if as["acme"].Stage != rhythm.Customer || as["bos"].Stage != rhythm.Prospect || as["nieuw"].Touches != 0 {
		t.Errorf("accounts after import: %v", as)
	}
	checkDayCounts(t, db.Path())
}

func TestImportStagesAllOrNothing(t *testing.T) {
	ctx := context.Background()
	good := []rhythm.Entry{
		{ID: "good-1", Date: date(t, "2026-02-02"), Kind: rhythm.Mail, Who: "Acme", CreatedAt: t0, Outcome: rhythm.Reply},
		{ID: "good-2", Date: date(t, "2026-02-03"), Kind: rhythm.Call, Who: "Bos", CreatedAt: t0},
	}
	cases := []struct {
		name    string
		entries []rhythm.Entry
		stages  []rhythm.AccountStage
		want    string // what the error names
	}{
		{"bad stage", good, []rhythm.AccountStage{{Name: "Acme", Stage: rhythm.Prospect}, {Name: "Bos", Stage: rhythm.Stage("boss")}}, "Bos"},
		{"stage without a name", good, []rhythm.AccountStage{{Name: "  ", Stage: rhythm.Prospect}}, "stage"},
		{"bad outcome", append(slices.Clone(good), rhythm.Entry{ID: "bad-outcome", Date: date(t, "2026-02-03"), Kind: rhythm.Mail, CreatedAt: t0, Outcome: "maybe"}),
			[]rhythm.AccountStage{{Name: "Acme", Stage: rhythm.Prospect}}, "bad-outcome"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := mustOpen(t)
			if _, err := db.SetStage(ctx, "Claes", rhythm.Customer); err != nil {
				t.Fatal(err)
			}
			before, _ := db.Log(ctx, date(t, "2026-02-02"), rhythm.Visit, 1, "Claes", "")
			added, skipped, err := db.Import(ctx, c.entries, c.stages...)
			if err == nil {
				t.Fatal("Import with a bad row: no error")
			}
			oneLine(t, err)
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not name %q", err, c.want)
			}
			if added != 0 || skipped != 0 {
				t.Errorf("Import reported %d added, %d skipped on error", added, skipped)
			}
			all, _ := db.Entries(ctx, store.EntryQuery{})
			if !slices.Equal(ids(all), ids(before)) {
				t.Errorf("after the failed Import: %v, want only %v", ids(all), ids(before))
			}
			if got := stagesOf(t, db); !slices.Equal(got, []string{"Claes=customer"}) {
				t.Errorf("after the failed Import: stages %v", got)
			}
			checkDayCounts(t, db.Path())
		})
	}
}
