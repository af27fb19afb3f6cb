package postgres_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"ritme/internal/pgtest"
	"ritme/postgres"
	"ritme/rhythm"
	"ritme/store"
	"ritme/team"
)

func TestSetUpRefusesADatabaseOfOthers(t *testing.T) {
	ctx := context.Background()
	pg := pgtest.NewDatabase(t)
	pg.Exec(t, `CREATE SCHEMA crm; CREATE TABLE crm.customers (id int)`)
	if _, err := postgres.SetUp(ctx, pg.URL(), "anna"); !errors.Is(err, postgres.ErrNotEmpty) {
		t.Fatalf("SetUp on a database with other tables: %v, want ErrNotEmpty", err)
	}
	if pg.Has(t, "ritme.meta") {
		t.Fatal("the refused SetUp made the schema")
	}
	// Its owner may make it a team's all the same; then SetUp only checks.
	if _, err := postgres.InitTeam(ctx, pg.URL()); err != nil {
		t.Fatal(err)
	}
	anna := pg.NewRole("anna")
	if _, err := postgres.AddMember(ctx, pg.URL(), anna, false); err != nil {
		t.Fatal(err)
	}
	if _, err := postgres.SetUp(ctx, pg.URLAs(anna), ""); err != nil {
		t.Fatalf("SetUp of a rep on a team's database that holds other tables: %v", err)
	}
}

func TestSetUpOnATeamServerIsForItsReps(t *testing.T) {
	tt := newTeam(t)
	ctx := context.Background()
	eve := tt.pg.NewRole("eve")
	var notRep *postgres.NotRepError
	if _, err := postgres.SetUp(ctx, tt.pg.URLAs(tt.boss), ""); !errors.As(err, &notRep) || !notRep.Manager || notRep.Role != tt.boss {
		t.Errorf("SetUp of a manager: %v, want a NotRepError of a manager", err)
	}
	if _, err := postgres.SetUp(ctx, tt.pg.URLAs(eve), ""); !errors.As(err, &notRep) || notRep.Manager || notRep.Role != eve {
		t.Errorf("SetUp of a stranger: %v, want a NotRepError", err)
	}
	if _, err := postgres.SetUp(ctx, tt.pg.URLAs(tt.anna), tt.bob); !errors.Is(err, postgres.ErrNotYou) {
		t.Errorf("SetUp of anna as bob: %v, want ErrNotYou", err)
	}
	srv, err := postgres.SetUp(ctx, tt.pg.URLAs(tt.anna), "")
	if err != nil || !srv.Team || srv.User != tt.anna {
		t.Errorf("SetUp of a rep: %+v, %v", srv, err)
	}
	for _, role := range []string{tt.boss, eve} {
		if _, err := postgres.OpenRows(ctx, tt.pg.URLAs(role), role, "m"); !errors.As(err, &notRep) {
			t.Errorf("OpenRows of %s: %v, want a NotRepError", role, err)
		}
	}
}

// oldSchema makes, as the superuser, the schema of version 0 in the
// database: the meta table that comes before every migration, of a team
// when team is set (with the team's group roles, which may read it).
func oldSchema(t *testing.T, pg *pgtest.DB, team bool) {
	t.Helper()
	pg.Exec(t, `CREATE SCHEMA ritme;
		CREATE TABLE ritme.meta (
			version   integer NOT NULL,
			server_id text    NOT NULL,
			team      boolean NOT NULL DEFAULT false,
			one       boolean NOT NULL DEFAULT true PRIMARY KEY CHECK (one)
		)`)
	pg.Exec(t, `INSERT INTO ritme.meta (version, server_id, team) VALUES (0, 'old', $1)`, team)
	if team {
		pg.Exec(t, `CREATE ROLE ritme_rep_`+pg.Name+`; CREATE ROLE ritme_manager_`+pg.Name+`;
			GRANT USAGE ON SCHEMA ritme TO ritme_rep_`+pg.Name+`, ritme_manager_`+pg.Name+`;
			GRANT SELECT ON ritme.meta TO ritme_rep_`+pg.Name+`, ritme_manager_`+pg.Name)
	}
}

func TestOlderSchemas(t *testing.T) {
	ctx := context.Background()
	t.Run("TeamRefusesOthersMigratesForItsOwner", func(t *testing.T) {
		pg := pgtest.NewDatabase(t)
		oldSchema(t, pg, true)
		anna := pg.NewRole("anna")
		if _, err := postgres.AddMember(ctx, pg.URL(), anna, false); err != nil {
			t.Fatal(err)
		}
		var tooOld *postgres.TooOldError
		if _, err := postgres.SetUp(ctx, pg.URLAs(anna), ""); !errors.As(err, &tooOld) || tooOld.Version != 0 {
			t.Errorf("SetUp of a rep on an older schema: %v, want a TooOldError", err)
		}
		if _, err := postgres.OpenRows(ctx, pg.URLAs(anna), anna, "m"); !errors.As(err, &tooOld) {
			t.Errorf("OpenRows of a rep on an older schema: %v, want a TooOldError", err)
		}
		if _, err := postgres.OpenTeam(ctx, pg.URL()); !errors.As(err, &tooOld) {
			t.Errorf("OpenTeam on an older schema: %v, want a TooOldError", err)
		}
		// The owner's sync setup migrates it (and, not being a rep, is
		// refused after that): the migration gives the reps their grants.
		var notRep *postgres.NotRepError
		if _, err := postgres.SetUp(ctx, pg.URL(), ""); !errors.As(err, &notRep) {
			t.Errorf("SetUp of the owner on an older team schema: %v, want a NotRepError after the migration", err)
		}
		m := newMachine(t, pg.URLAs(anna), anna)
		if _, err := m.db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 2, "Acme BV", ""); err != nil {
			t.Fatal(err)
		}
		m.sync()
		r, err := postgres.OpenTeam(ctx, pg.URL())
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		got, err := team.Read(ctx, r, date(t, "2026-03-02"))
		if err != nil || len(got.Reps) != 1 || got.Reps[0].Entries != 2 {
			t.Errorf("the team after the owner's migration: %+v, %v; want anna with 2 entries", got.Reps, err)
		}
	})
	t.Run("OneRepsOwnServerMigratesOnSync", func(t *testing.T) {
		pg := pgtest.NewDatabase(t)
		oldSchema(t, pg, false)
		db, err := store.Open(ctx, filepath.Join(t.TempDir(), "ritme.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		cfg, err := db.SetUpSync(ctx, pg.URL(), "anna")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := postgres.Sync(ctx, db.Replica(), pg.URL(), cfg.Rep, cfg.Machine); err != nil {
			t.Fatalf("the owner's sync with an older schema of its own: %v", err)
		}
		if !pg.Has(t, "ritme.meta") {
			t.Fatal("no schema after the migration")
		}
		var version int
		conn, err := pgx.Connect(ctx, pg.URL())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if err := conn.QueryRow(ctx, `SELECT version FROM ritme.meta`).Scan(&version); err != nil || version != postgres.SchemaVersion() {
			t.Errorf("version %d (%v) after the owner's sync, want %d", version, err, postgres.SchemaVersion())
		}
	})
}

func TestSyncGivesUpOnAHeldLock(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	m := newMachine(t, pg.URL(), "anna")
	ctx := context.Background()
	if _, err := m.db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	// Any role may take the rep's advisory lock.
	holder, err := pgx.Connect(ctx, pg.URLAs(pg.NewRole("eve")))
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close(ctx)
	if _, err := holder.Exec(ctx, `SELECT pg_advisory_lock(hashtext('ritme rep anna'))`); err != nil {
		t.Fatal(err)
	}
	defer func(d time.Duration) { postgres.LockTimeout = d }(postgres.LockTimeout)
	postgres.LockTimeout = 300 * time.Millisecond
	start := time.Now()
	_, err = postgres.Sync(ctx, m.db.Replica(), m.url, m.cfg.Rep, m.cfg.Machine)
	if !errors.Is(err, postgres.ErrBusy) {
		t.Fatalf("sync while another holds the rep's lock: %v, want ErrBusy", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("the sync gave up after %v, want about the lock timeout", took)
	}
	if cfg, err := m.db.SyncConfig(ctx); err != nil || cfg.Waiting == 0 {
		t.Errorf("after the sync that gave up: %+v, %v; want the changes still waiting", cfg, err)
	}
	if _, err := holder.Exec(ctx, `SELECT pg_advisory_unlock_all()`); err != nil {
		t.Fatal(err)
	}
	m.sync()
}

func TestTeamListsItsRepsOnly(t *testing.T) {
	tt := newTeam(t)
	ctx := context.Background()
	// carol is a rep through a group of her own, which cannot log in.
	nested, carol := tt.pg.NewRole("nested"), tt.pg.NewRole("carol")
	tt.pg.Exec(t, `ALTER ROLE `+nested+` NOLOGIN; GRANT `+tt.repRole+` TO `+nested+`; GRANT `+nested+` TO `+carol)
	// Rows and syncs under names that are no reps: the group's, and one
	// written before the team was made.
	for _, name := range []string{tt.repRole, "ghost", tt.boss} {
		tt.pg.Exec(t, `INSERT INTO ritme.rows (rep, tbl, key, stamp, machine, data) VALUES ($1, 'entry', 'e', 1, 'm',
			'{"date": "2026-03-02", "kind": "mail", "created_at": "2026-03-02T09:00:00Z"}')`, name)
		tt.pg.Exec(t, `INSERT INTO ritme.reps (rep, last_sync) VALUES ($1, now())`, name)
	}
	m := newMachine(t, tt.pg.URLAs(carol), carol)
	if _, err := m.db.Log(ctx, date(t, "2026-03-02"), rhythm.Mail, 1, "", ""); err != nil {
		t.Fatal(err)
	}
	m.sync()
	r, err := postgres.OpenTeam(ctx, tt.pg.URLAs(tt.boss))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	got, err := team.Read(ctx, r, date(t, "2026-03-02"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range got.Reps {
		names = append(names, f.Rep)
	}
	if len(names) != 3 || names[0] != tt.anna || names[1] != tt.bob || names[2] != carol {
		t.Fatalf("reps %v, want anna, bob and carol, and no other name", names)
	}
	if got.Reps[2].Entries != 1 || got.Reps[2].LastSync.IsZero() {
		t.Errorf("carol: %d entries, last sync %v; want 1 and her sync", got.Reps[2].Entries, got.Reps[2].LastSync)
	}
}
