package store_test

import (
	"context"
	"testing"
)

func TestTeamServer(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	check := func(want string) {
		t.Helper()
		if got, err := db.TeamServer(ctx); err != nil || got != want {
			t.Fatalf("TeamServer() = %q, %v, want %q", got, err, want)
		}
	}
	remember := func(url string, want bool) {
		t.Helper()
		if got, err := db.RememberTeamServer(ctx, url); err != nil || got != want {
			t.Fatalf("RememberTeamServer(%q) = %v, %v, want %v", url, got, err, want)
		}
	}
	check("")
	remember("postgres://root@db/sales", true)
	check("postgres://root@db/sales")
	remember("postgres://root@other/sales", false)
	check("postgres://root@db/sales")
	// The server sync setup remembers comes first.
	if _, err := db.SetUpSync(ctx, "postgres://anna@db2/sales", "anna"); err != nil {
		t.Fatal(err)
	}
	check("postgres://anna@db2/sales")
	if cfg, err := db.SyncConfig(ctx); err != nil || cfg.Server != "postgres://anna@db2/sales" {
		t.Fatalf("SyncConfig().Server = %q, %v", cfg.Server, err)
	}

	fresh := mustOpen(t)
	if _, err := fresh.SetUpSync(ctx, "postgres://anna@db2/sales", "anna"); err != nil {
		t.Fatal(err)
	}
	if got, err := fresh.RememberTeamServer(ctx, "postgres://root@db/sales"); err != nil || got {
		t.Fatalf("RememberTeamServer on a file that syncs = %v, %v, want false", got, err)
	}
	if cfg, err := fresh.SyncConfig(ctx); err != nil || cfg.Server != "postgres://anna@db2/sales" || cfg.Rep != "anna" {
		t.Fatalf("sync settings after RememberTeamServer: %+v, %v", cfg, err)
	}
}
