package postgres_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"testing"
	"time"

	"ritme/internal/pgtest"
	"ritme/postgres"
	"ritme/rhythm"
	"ritme/store"
	"ritme/team"
)

// date parses a date, failing the test on a bad one.
func date(t *testing.T, s string) rhythm.Date {
	t.Helper()
	d, err := rhythm.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// setting stores a dated setting in the rep's file.
func (m *machine) setting(key, value, from string) {
	m.t.Helper()
	c, err := rhythm.NewChange(key, value, date(m.t, from), time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if err == nil {
		err = m.db.SaveChange(context.Background(), c)
	}
	if err != nil {
		m.t.Fatal(err)
	}
}

// work logs, on every working day from from to to but those skip names,
// each daily kind's target (and one more mail every fifth day, and a visit
// on Mondays for a weekly visit target). Every seventh entry is logged three
// days late; some have an outcome.
func (m *machine) work(from, to string, skip ...string) {
	m.t.Helper()
	ctx := context.Background()
	tr, _, err := m.db.Tracker(ctx)
	if err != nil {
		m.t.Fatal(err)
	}
	skipped := map[rhythm.Date]bool{}
	for _, s := range skip {
		skipped[date(m.t, s)] = true
	}
	outcomes := []rhythm.Outcome{rhythm.NoOutcome, rhythm.Reply, rhythm.NoOutcome, rhythm.Meeting, rhythm.NoOutcome, rhythm.Won}
	var entries []rhythm.Entry
	for d := date(m.t, from); d <= date(m.t, to); d++ {
		if !tr.Calendar.IsWorkingDay(d) || skipped[d] {
			continue
		}
		for _, k := range tr.Targets(d) {
			n := 0
			switch {
			case k.Target.IsDaily():
				n = k.Target.N
				if k.Kind == rhythm.Mail && int(d)%5 == 0 {
					n++
				}
			case k.Target.IsWeekly() && d.Weekday() == time.Monday:
				n = 1
			}
			for range n {
				i := len(entries)
				at := d.Time().Add(10 * time.Hour)
				if i%7 == 0 {
					at = at.Add(72 * time.Hour)
				}
				entries = append(entries, rhythm.Entry{ID: fmt.Sprintf("%s-%d", m.cfg.Rep, i), Date: d, Kind: k.Kind,
					Who: fmt.Sprintf("Account %d", i%40), CreatedAt: at.UTC(), Outcome: outcomes[i%len(outcomes)]})
			}
		}
	}
	if _, _, err := m.db.Import(ctx, entries); err != nil {
		m.t.Fatal(err)
	}
}

// checkAgainst fails unless f, the rep's figures as the team reads them,
// agree with the rep's own status and report on d.
func checkAgainst(t *testing.T, f team.Figures, db *store.DB, d rhythm.Date) {
	t.Helper()
	ctx := context.Background()
	tr, _, err := db.Tracker(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s := tr.Status(d)
	outcomes, err := db.Outcomes(ctx, rhythm.YearStart(d.Year()), d)
	if err != nil {
		t.Fatal(err)
	}
	r := tr.Report(rhythm.YearStart(d.Year()), d, d, outcomes.ByKind(rhythm.YearStart(d.Year()), d), nil)
	if f.Start != s.Start || f.WorkingDay != s.WorkingDay || f.DayMet != s.DayMet || f.Streak != s.Streak.Current {
		t.Errorf("%s on %v: start %v, working %v, met %v, streak %d; status says %v, %v, %v, %d",
			f.Rep, d, f.Start, f.WorkingDay, f.DayMet, f.Streak, s.Start, s.WorkingDay, s.DayMet, s.Streak.Current)
	}
	if fmt.Sprint(f.Kinds) != fmt.Sprint(s.Kinds) {
		t.Errorf("%s on %v: kinds\n%+v\nstatus says\n%+v", f.Rep, d, f.Kinds, s.Kinds)
	}
	if f.Year != (team.Days{Met: r.MetDays, Working: r.WorkingDays}) || !maps.Equal(f.PerHundred, r.PerHundred) {
		t.Errorf("%s on %v: year %+v, per 100 %v; report says %d of %d, %v", f.Rep, d, f.Year, f.PerHundred,
			r.MetDays, r.WorkingDays, r.PerHundred)
	}
}

func TestTeamReadsWhatRepsSee(t *testing.T) {
	tt := newTeam(t)
	ctx := context.Background()
	cas := tt.pg.NewRole("cas")
	if _, err := postgres.AddMember(ctx, tt.pg.URL(), cas, false); err != nil {
		t.Fatal(err)
	}

	// anna has kept her rhythm since September 2024, so her streak reaches
	// back beyond what the team reads first.
	anna := newMachine(t, tt.pg.URLAs(tt.anna), tt.anna)
	if err := anna.db.SetStart(ctx, date(t, "2024-09-02")); err != nil {
		t.Fatal(err)
	}
	anna.setting("target.mail", "6", "2025-06-02")
	if _, err := anna.db.AddLeave(ctx, date(t, "2025-08-04"), date(t, "2025-08-15"), rhythm.Vacation); err != nil {
		t.Fatal(err)
	}
	if _, err := anna.db.AddLeave(ctx, date(t, "2024-10-14"), date(t, "2024-10-18"), rhythm.Vacation); err != nil {
		t.Fatal(err)
	}
	anna.work("2024-09-02", "2026-03-01")
	anna.sync()

	// bob started in November, visits three customers a week, has a kind of
	// his own, and missed a day in February.
	bob := newMachine(t, tt.pg.URLAs(tt.bob), tt.bob)
	if err := bob.db.SetStart(ctx, date(t, "2025-11-03")); err != nil {
		t.Fatal(err)
	}
	bob.setting("target.visit", "3/week", "2026-01-05")
	bob.setting("target.demo", "1", "2025-11-03")
	if _, err := bob.db.AddLeave(ctx, date(t, "2026-03-04"), date(t, "2026-03-06"), rhythm.Sick); err != nil {
		t.Fatal(err)
	}
	bob.work("2025-11-03", "2026-03-02", "2026-02-11")
	bob.sync()

	reader, err := postgres.OpenTeam(ctx, tt.pg.URLAs(tt.boss))
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	for _, on := range []string{"2026-03-02", "2026-02-14", "2026-01-01", "2025-12-31", "2025-06-02"} {
		d := date(t, on)
		got, err := team.Read(ctx, reader, d)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Reps) != 3 || got.Reps[0].Rep != tt.anna || got.Reps[1].Rep != tt.bob || got.Reps[2].Rep != cas {
			t.Fatalf("reps %v, want anna, bob and cas (who never synced)", got.Reps)
		}
		checkAgainst(t, got.Reps[0], anna.db, d)
		checkAgainst(t, got.Reps[1], bob.db, d)
		if got.Reps[0].LastSync.IsZero() || !got.Reps[2].LastSync.IsZero() {
			t.Errorf("last syncs %v, %v: want anna's, and none for cas", got.Reps[0].LastSync, got.Reps[2].LastSync)
		}
		// Her streak began in 2024: the team reads her earlier days too.
		if a := got.Reps[0]; on == "2026-03-02" && a.Streak < 300 {
			t.Errorf("anna's streak on %v is %d, want one since September 2024", d, a.Streak)
		}
		if a := got.Reps[0]; on == "2026-03-02" && (a.Entries == 0 || a.Late == 0 || a.Late*5 > a.Entries) {
			t.Errorf("anna on %v: %d late of %d entries, want about one in seven", d, a.Late, a.Entries)
		}
	}
}

func TestOpenTeamRefuses(t *testing.T) {
	tt := newTeam(t)
	ctx := context.Background()
	stranger := tt.pg.NewRole("eve")
	var nm *postgres.NotManagerError
	if _, err := postgres.OpenTeam(ctx, tt.pg.URLAs(tt.anna)); !errors.As(err, &nm) || !nm.Rep || nm.Role != tt.anna {
		t.Errorf("OpenTeam as a rep: %v, want a NotManagerError of a rep", err)
	}
	if _, err := postgres.OpenTeam(ctx, tt.pg.URLAs(stranger)); !errors.As(err, &nm) || nm.Rep {
		t.Errorf("OpenTeam as a stranger: %v, want a NotManagerError", err)
	}
	r, err := postgres.OpenTeam(ctx, tt.pg.URL())
	if err != nil {
		t.Errorf("OpenTeam as the superuser who made the team: %v", err)
	} else {
		r.Close()
	}

	solo := pgtest.NewDatabase(t)
	if _, err := postgres.OpenTeam(ctx, solo.URL()); !errors.Is(err, postgres.ErrNotTeam) {
		t.Errorf("OpenTeam on an empty database: %v, want ErrNotTeam", err)
	}
	if _, err := postgres.SetUp(ctx, solo.URL(), "anna"); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.OpenTeam(ctx, solo.URL()); !errors.Is(err, postgres.ErrNotTeam) {
		t.Errorf("OpenTeam on a one-rep server: %v, want ErrNotTeam", err)
	}
	if _, err := postgres.OpenTeam(ctx, "postgres://root@127.0.0.1:1/test?sslmode=disable&connect_timeout=2"); !errors.Is(err, postgres.ErrUnreachable) {
		t.Errorf("OpenTeam of no server: %v, want ErrUnreachable", err)
	}
}
