package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// TestMigrateVersion5ReKeysAccounts builds a version-5 database whose
// entries and stages use names that the account key of version 2 joins,
// and checks that migrating re-keys them and keeps the most advanced stage
// of the accounts that merge.
func TestMigrateVersion5ReKeysAccounts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	at := t0
	var entries []rhythm.Entry
	add := func(d, who string, o rhythm.Outcome) {
		at = at.Add(time.Minute)
		entries = append(entries, rhythm.Entry{ID: store.NewID(), Date: date(t, d), Kind: rhythm.Mail, Who: who, CreatedAt: at, Outcome: o})
	}
	add("2026-02-02", "Acme B.V.", "")
	add("2026-02-03", "acme bv", "")
	add("2026-02-04", "ACME", "")
	add("2026-02-05", "Bakker Bouw BV", "")
	add("2026-02-06", "SA", "")
	add("2026-02-06", "...", "")
	makeVersion(t, path, 5, entries, [2]string{"rest_days", "30"}, [2]string{"2026-02-09", "sick"})
	raw := rawOpen(t, path)
	// Version 4 kept the keys of version 1; stages were set under three of
	// Acme's spellings and two of Bakker's.
	mustExec(t, raw, `UPDATE entries SET account = lower(who) WHERE who <> ''`)
	mustExec(t, raw, `INSERT INTO accounts (key, name, stage) VALUES
		('acme b.v.', 'Acme B.V.', 'prospect'), ('acme bv', 'acme bv', 'customer'), ('acme', 'ACME', 'suspect'),
		('bakker bouw bv', 'Bakker Bouw BV', 'suspect'), ('bakker bouw b.v.', 'Bakker Bouw B.V.', 'prospect'),
		('nieuw nv', 'Nieuw NV', 'prospect'), ('...', '...', 'customer')`)
	raw.Close()

	db := mustOpenPath(t, path)
	as := accountsByKey(t, db)
	got := map[string]string{}
	for k, a := range as {
		got[k] = fmt.Sprintf("%s|%s|%d", a.Name, a.Stage, a.Touches)
	}
	want := map[string]string{
		"acme":        "ACME|customer|3",
		"bakker bouw": "Bakker Bouw BV|prospect|1",
		"sa":          "SA|suspect|1",
		"nieuw":       "Nieuw NV|prospect|0",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("accounts after migrating:\n%v\nwant\n%v", got, want)
	}
	for _, e := range entries {
		if a := accountColumn(t, db, e.ID); a != rhythm.AccountKey(e.Who) {
			t.Errorf("entry of %q: account %q, want %q", e.Who, a, rhythm.AccountKey(e.Who))
		}
	}
	if s, err := db.Settings(ctx); err != nil || s.RestDays != 30 {
		t.Errorf("rest_days after migrating = %d, %v", s.RestDays, err)
	}
	checkDayCounts(t, path)
}

func TestFollowUpIsCompletedByTheNextEntry(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	monday := date(t, "2026-03-02")
	if _, err := db.Log(ctx, monday-3, rhythm.Call, 1, "Acme BV", ""); err != nil {
		t.Fatal(err)
	}
	set, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "ACME  b.v.", Due: monday + 2, Note: "send the offer", MadeOn: monday})
	if err != nil {
		t.Fatal(err)
	}
	// The kind of its last entry; no account registered: it has entries.
	if f := set.FollowUp; f.Key != "acme" || f.Kind != rhythm.Call || f.State != rhythm.FollowUpOpen || set.Registered || set.Replaced != nil {
		t.Errorf("SetFollowUp = %+v", set)
	}
	open := openFollowUps(t, db)
	if len(open) != 1 || open[0].Name != "Acme BV" || open[0].Due != monday+2 || open[0].Note != "send the offer" || open[0].MadeOn != monday {
		t.Fatalf("open follow-ups %+v", open)
	}
	// An entry for another account, and one imported from before the
	// follow-up was made, complete nothing.
	if _, err := db.Log(ctx, monday, rhythm.Mail, 1, "Bakker", ""); err != nil {
		t.Fatal(err)
	}
	if _, _, err := db.Import(ctx, []rhythm.Entry{{ID: "old-1", Date: monday - 10, Kind: rhythm.Mail, Who: "acme", CreatedAt: t0.Add(-time.Hour)}}); err != nil {
		t.Fatal(err)
	}
	if open := openFollowUps(t, db); len(open) != 1 {
		t.Fatalf("open follow-ups after unrelated entries: %+v", open)
	}
	// The first entry for the account created after it, whatever its kind
	// and date (here back-dated), completes it.
	done, err := db.Log(ctx, monday-1, rhythm.Mail, 1, "acme", "")
	if err != nil {
		t.Fatal(err)
	}
	if open := openFollowUps(t, db); len(open) != 0 {
		t.Fatalf("open follow-ups after the entry: %+v", open)
	}
	all, err := db.FollowUps(ctx)
	if err != nil || len(all) != 1 {
		t.Fatalf("FollowUps = %+v, %v", all, err)
	}
	if f := all[0]; f.State != rhythm.FollowUpDone || f.ClosedOn != monday-1 || f.EntryID != done[0].ID {
		t.Errorf("completed follow-up %+v, want done on %s by %s", f, monday-1, done[0].ID)
	}
	// A later entry changes nothing.
	if _, err := db.Log(ctx, monday, rhythm.Visit, 1, "Acme", ""); err != nil {
		t.Fatal(err)
	}
	if all, _ := db.FollowUps(ctx); all[0].EntryID != done[0].ID {
		t.Errorf("a later entry moved the completion: %+v", all[0])
	}
}

func TestFollowUpCompletedByAnEntryRenamedToTheAccount(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	d := date(t, "2026-03-02")
	before, _ := db.Log(ctx, d, rhythm.Mail, 1, "Someone", "")
	if _, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "Acme", Due: d + 1, MadeOn: d}); err != nil {
		t.Fatal(err)
	}
	after, _ := db.Log(ctx, d, rhythm.Mail, 1, "Someone", "")
	// An entry created before the follow-up does not complete it.
	if err := db.UpdateEntry(ctx, before[0].ID, "Acme", ""); err != nil {
		t.Fatal(err)
	}
	if len(openFollowUps(t, db)) != 1 {
		t.Fatal("completed by an entry created before it")
	}
	if err := db.UpdateEntry(ctx, after[0].ID, "Acme BV", ""); err != nil {
		t.Fatal(err)
	}
	if open := openFollowUps(t, db); len(open) != 0 {
		t.Fatalf("still open after an entry created after it was renamed to the account: %+v", open)
	}
	checkDayCounts(t, db.Path())
}

func TestFollowUpReplacedClearedAndRegistered(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = func() time.Time { return t0 } // a clock that stands still
	d := date(t, "2026-03-02")
	// A name never seen registers a suspect; the kind defaults to mail.
	set, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: " Nieuw  B.V. ", Due: d + 1, MadeOn: d})
	if err != nil || !set.Registered || set.FollowUp.Kind != rhythm.Mail || set.FollowUp.Name != "Nieuw B.V." {
		t.Fatalf("SetFollowUp = %+v, %v", set, err)
	}
	if a := accountsByKey(t, db)["nieuw"]; a.Stage != rhythm.Suspect || a.Name != "Nieuw B.V." {
		t.Errorf("registered account %+v", a)
	}
	// Setting it again replaces it, and registers nothing.
	again, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "nieuw", Due: d + 3, Kind: rhythm.Visit, MadeOn: d + 1})
	if err != nil || again.Registered || again.Replaced == nil || again.Replaced.Due != d+1 {
		t.Fatalf("SetFollowUp again = %+v, %v", again, err)
	}
	if open := openFollowUps(t, db); len(open) != 1 || open[0].Kind != rhythm.Visit || open[0].Due != d+3 {
		t.Fatalf("open follow-ups %+v", open)
	}
	cleared, err := db.ClearFollowUp(ctx, "Nieuw BV", d+2)
	if err != nil || cleared.Due != d+3 {
		t.Fatalf("ClearFollowUp = %+v, %v", cleared, err)
	}
	if _, err := db.ClearFollowUp(ctx, "Nieuw BV", d+2); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ClearFollowUp with none open: %v, want ErrNotFound", err)
	}
	var states []string
	all, _ := db.FollowUps(ctx)
	for _, f := range all {
		states = append(states, fmt.Sprintf("%s %s %s", f.Due, f.State, f.ClosedOn))
	}
	if want := []string{"2026-03-03 replaced 2026-03-03", "2026-03-05 cleared 2026-03-04"}; !slices.Equal(states, want) {
		t.Errorf("follow-ups %q, want %q", states, want)
	}
	// Neither was completed: an entry now completes nothing.
	if _, err := db.Log(ctx, d+2, rhythm.Mail, 1, "Nieuw", ""); err != nil {
		t.Fatal(err)
	}
	all, _ = db.FollowUps(ctx)
	for _, f := range all {
		if f.State == rhythm.FollowUpDone {
			t.Errorf("a cleared or replaced follow-up was completed: %+v", f)
		}
	}
	if _, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "...", Due: d, MadeOn: d}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetFollowUp of a name without a key: %v", err)
	}
}

func TestImportFollowUpsMerges(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	d := date(t, "2026-03-02")
	if _, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "Acme", Due: d + 1, MadeOn: d}); err != nil {
		t.Fatal(err)
	}
	mine := openFollowUps(t, db)[0]
	theirs := []rhythm.FollowUp{
		{Name: "Acme BV", Due: d + 5, Kind: rhythm.Call, MadeOn: d, MadeAt: t0.Add(time.Hour), State: rhythm.FollowUpOpen},
		{Name: "Acme", Due: d - 5, Kind: rhythm.Call, MadeOn: d - 9, MadeAt: t0.Add(-time.Hour), State: rhythm.FollowUpDone, ClosedOn: d - 4, EntryID: "x"},
		{Name: "Bakker", Due: d + 2, Kind: rhythm.Visit, MadeOn: d, MadeAt: t0, State: rhythm.FollowUpOpen, Note: "bring samples"},
	}
	added, skipped, err := db.ImportFollowUps(ctx, theirs)
	if err != nil || added != 2 || skipped != 1 {
		t.Fatalf("ImportFollowUps = %d, %d, %v; want 2, 1", added, skipped, err)
	}
	// Importing the same again adds nothing.
	if added, _, err := db.ImportFollowUps(ctx, theirs); err != nil || added != 0 {
		t.Fatalf("ImportFollowUps again added %d, %v", added, err)
	}
	open := openFollowUps(t, db)
	if len(open) != 2 || open[0].Key != "acme" || open[0].MadeAt != mine.MadeAt || open[1].Note != "bring samples" {
		t.Errorf("open follow-ups after import %+v", open)
	}
	all, _ := db.FollowUps(ctx)
	if len(all) != 3 || all[0].State != rhythm.FollowUpDone || all[0].EntryID != "x" {
		t.Errorf("all follow-ups after import %+v", all)
	}
}

func TestWonMakesACustomer(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	d := date(t, "2026-03-02")
	if _, err := db.SetStage(ctx, "Acme", rhythm.Prospect); err != nil {
		t.Fatal(err)
	}
	r, err := db.LogEntries(ctx, rhythm.Entry{Date: d, Kind: rhythm.Visit, Who: "Acme BV", Outcome: rhythm.Won}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if a := accountsByKey(t, db)["acme"]; a.Stage != rhythm.Customer {
		t.Errorf("after logging won: %s, want customer", a.Stage)
	}
	// Clearing the outcome does not undo it.
	if err := db.SetOutcome(ctx, r.Entries[0].ID, rhythm.NoOutcome); err != nil {
		t.Fatal(err)
	}
	if a := accountsByKey(t, db)["acme"]; a.Stage != rhythm.Customer {
		t.Errorf("after clearing won: %s, want customer", a.Stage)
	}
	// Setting won on an entry of an account without a stage registers it.
	e, _ := db.Log(ctx, d, rhythm.Mail, 1, "Bakker  Bouw", "")
	if err := db.SetOutcome(ctx, e[0].ID, rhythm.Won); err != nil {
		t.Fatal(err)
	}
	if got, want := stagesOf(t, db), []string{"Acme=customer", "Bakker Bouw=customer"}; !slices.Equal(got, want) {
		t.Errorf("stages %v, want %v", got, want)
	}
	// Other outcomes leave the stage alone; an entry without who names none.
	if _, err := db.LogEntries(ctx, rhythm.Entry{Date: d, Kind: rhythm.Mail, Who: "Claes", Outcome: rhythm.Proposal}, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := db.LogEntries(ctx, rhythm.Entry{Date: d, Kind: rhythm.Mail, Outcome: rhythm.Won}, 1); err != nil {
		t.Fatal(err)
	}
	if got := stagesOf(t, db); len(got) != 2 {
		t.Errorf("stages %v, want only Acme and Bakker", got)
	}
}

// TestChangesComputedWhereWritten queues "next stage" and "next outcome"
// several times, as fast key presses do: each starts from the one before.
func TestChangesComputedWhereWritten(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	next := func(s rhythm.Stage) rhythm.Stage {
		return rhythm.Stages[(slices.Index(rhythm.Stages, s)+1)%len(rhythm.Stages)]
	}
	var got []rhythm.Stage
	for range 4 {
		s, err := db.ChangeStage(ctx, "Acme", next)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, s)
	}
	if want := []rhythm.Stage{rhythm.Prospect, rhythm.Customer, rhythm.Suspect, rhythm.Prospect}; !slices.Equal(got, want) {
		t.Errorf("stages %v, want %v", got, want)
	}
	e, _ := db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, "Bakker", "")
	var outcomes []rhythm.Outcome
	for range 3 {
		changed, err := db.ChangeOutcome(ctx, e[0].ID, func(o rhythm.Outcome) rhythm.Outcome {
			if o == rhythm.NoOutcome {
				return rhythm.Reply
			}
			return rhythm.Meeting
		})
		if err != nil {
			t.Fatal(err)
		}
		outcomes = append(outcomes, changed.Outcome)
	}
	if want := []rhythm.Outcome{rhythm.Reply, rhythm.Meeting, rhythm.Meeting}; !slices.Equal(outcomes, want) {
		t.Errorf("outcomes %v, want %v", outcomes, want)
	}
	if _, err := db.ChangeOutcome(ctx, "no-such-id", func(o rhythm.Outcome) rhythm.Outcome { return o }); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ChangeOutcome of an unknown id: %v", err)
	}
}

// TestPlanInput checks what the plan of a day reads: the last touch of each
// kind before the day (today's, a later day's and a past day's), rests,
// the follow-ups that belong to the day, and the day's touches.
func TestPlanInput(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.Now = clock(t0)
	log := func(d, who string, k rhythm.Kind, o rhythm.Outcome) {
		t.Helper()
		if _, err := db.LogEntries(ctx, rhythm.Entry{Date: date(t, d), Kind: k, Who: who, Outcome: o}, 1); err != nil {
			t.Fatal(err)
		}
	}
	log("2026-02-02", "Acme", rhythm.Mail, "")
	log("2026-02-20", "Acme", rhythm.Mail, "")
	log("2026-02-25", "Acme BV", rhythm.Mail, "")
	log("2026-03-02", "ACME", rhythm.Mail, "")
	log("2026-02-10", "Acme", rhythm.Call, rhythm.Lost)
	log("2026-02-12", "Bakker", rhythm.Call, rhythm.Lost)
	log("2026-02-13", "Bakker", rhythm.Mail, rhythm.Reply)
	if _, err := db.SetStage(ctx, "Claes", rhythm.Prospect); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SetFollowUp(ctx, rhythm.FollowUp{Name: "Claes", Due: date(t, "2026-03-02"), MadeOn: date(t, "2026-02-27")}); err != nil {
		t.Fatal(err)
	}
	type row struct {
		day  string
		last string
	}
	for _, c := range []row{
		{"2026-03-02", "2026-02-25"}, // today: the touch of today does not count
		{"2026-03-03", "2026-03-02"}, // a later day
		{"2026-02-25", "2026-02-20"}, // a past day
		{"2026-02-03", "2026-02-02"},
		{"2026-02-02", ""},
	} {
		in, err := db.PlanInput(ctx, date(t, c.day))
		if err != nil {
			t.Fatal(err)
		}
		byKey := map[string]rhythm.PlanAccount{}
		for _, a := range in.Accounts {
			byKey[a.Key] = a
		}
		acme := byKey["acme"]
		if got := acme.Last[rhythm.Mail].String(); got != c.last {
			t.Errorf("plan of %s: Acme's last mail %q, want %q", c.day, got, c.last)
		}
		if acme.Name != "Acme" || acme.Stage != rhythm.Suspect || acme.RestFrom != date(t, "2026-02-10") {
			t.Errorf("plan of %s: Acme %+v", c.day, acme)
		}
		if b := byKey["bakker"]; !b.RestFrom.IsZero() {
			t.Errorf("Bakker rests from %s despite a reply after the lost deal", b.RestFrom)
		}
		if cl := byKey["claes"]; cl.Stage != rhythm.Prospect || len(cl.Last) != 0 || len(in.Accounts) != 3 {
			t.Errorf("plan of %s: Claes %+v, %d accounts", c.day, cl, len(in.Accounts))
		}
		if len(in.FollowUps) != 1 || in.FollowUps[0].Key != "claes" {
			t.Errorf("plan of %s: follow-ups %+v", c.day, in.FollowUps)
		}
	}
	in, _ := db.PlanInput(ctx, date(t, "2026-03-02"))
	if !in.Touched["acme"][rhythm.Mail] || len(in.Touched) != 1 {
		t.Errorf("touched on 2026-03-02: %v", in.Touched)
	}
}

// openFollowUps reads the open follow-ups or fails.
func openFollowUps(tb testing.TB, db *store.DB) []rhythm.FollowUp {
	tb.Helper()
	fs, err := db.OpenFollowUps(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return fs
}
