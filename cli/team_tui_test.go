package cli

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"ritme/i18n"
	"ritme/internal/pgtest"
	"ritme/store"
	"ritme/tui"
)

// TestTUITeam checks what the TUI's Team view is given (withTeam) against
// a real PostgreSQL: the figures for a manager; tui.ErrNoTeam, so that the
// view never shows, without a server, on a database without a team and for
// a rep; a one-line reason when the server cannot be reached or its schema
// is older than this ritme.
func TestTUITeam(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	anna, boss := pg.NewRole("anna"), pg.NewRole("boss")
	admin := newDB(t)
	must(t, admin, "team", "init", pg.URL())
	must(t, admin, "team", "add-rep", anna)
	must(t, admin, "team", "add-manager", boss)
	noTeam := pgtest.NewDatabase(t)
	older := pgtest.NewDatabase(t)
	oldBoss := older.NewRole("boss")
	must(t, admin, "team", "init", older.URL())
	must(t, admin, "team", "add-manager", oldBoss, "--server", older.URL())
	older.Exec(t, `UPDATE ritme.meta SET version = 0`)
	cases := []struct {
		name, server string
		noTeam       bool
		reason       string
	}{
		{"no server", "", true, ""},
		{"no team", noTeam.URL(), true, ""},
		{"a rep", pg.URLAs(anna), true, ""},
		{"unreachable", "postgres://root@127.0.0.1:1/test?sslmode=disable&connect_timeout=2", false, "cannot reach the server"},
		{"an older schema", older.URLAs(oldBoss), false, "older than this ritme's"},
		{"a manager", pg.URLAs(boss), false, ""},
	}
	ctx := context.Background()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "ritme.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if c.server != "" {
				if _, err := db.RememberTeamServer(ctx, c.server); err != nil {
					t.Fatal(err)
				}
			}
			var opts tui.Options
			(&app{lang: i18n.English}).withTeam(db, &opts)
			got, err := opts.Team(ctx, mustDate(t, testToday))
			switch {
			case errors.Is(err, tui.ErrNoTeam) != c.noTeam:
				t.Errorf("error %v, want ErrNoTeam: %v", err, c.noTeam)
			case c.reason != "" && (err == nil || !strings.Contains(err.Error(), c.reason) || strings.Contains(err.Error(), "\n")):
				t.Errorf("error %v, want one line that says %q", err, c.reason)
			case c.name == "a manager" && (err != nil || len(got.Reps) != 1 || got.Reps[0].Rep != anna):
				t.Errorf("a manager reads %+v, %v: want anna's figures", got.Reps, err)
			}
		})
	}
}
