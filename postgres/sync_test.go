package postgres_test

import (
	"context"
	"path/filepath"
	"testing"

	"ritme/internal/pgtest"
	"ritme/postgres"
	"ritme/rhythm"
	"ritme/store"
)

// machine is a local file set up to sync with a server.
type machine struct {
	t   *testing.T
	db  *store.DB
	url string
	cfg store.SyncConfig
}

func newMachine(t *testing.T, url, rep string) *machine {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "ritme.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := postgres.SetUp(ctx, url, rep); err != nil {
		t.Fatal(err)
	}
	cfg, err := db.SetUpSync(ctx, url, rep)
	if err != nil {
		t.Fatal(err)
	}
	return &machine{t: t, db: db, url: url, cfg: cfg}
}

func (m *machine) sync() {
	m.t.Helper()
	if _, err := postgres.Sync(context.Background(), m.db.Replica(), m.url, m.cfg.Rep, m.cfg.Machine); err != nil {
		m.t.Fatal(err)
	}
}

func (m *machine) count(d rhythm.Date, k rhythm.Kind) int {
	m.t.Helper()
	n, err := m.db.DayCount(context.Background(), d, k)
	if err != nil {
		m.t.Fatal(err)
	}
	return n
}

func TestTwoMachinesSync(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	a, b := newMachine(t, pg.URL(), "anna"), newMachine(t, pg.URL(), "anna")
	ctx := context.Background()
	d, _ := rhythm.ParseDate("2026-03-02")
	entries, err := a.db.Log(ctx, d, rhythm.Mail, 3, "Acme BV", "")
	if err != nil {
		t.Fatal(err)
	}
	a.sync()
	b.sync()
	if n := b.count(d, rhythm.Mail); n != 3 {
		t.Fatalf("b has %d mails, want 3", n)
	}
	if err := b.db.DeleteEntry(ctx, entries[0].ID); err != nil {
		t.Fatal(err)
	}
	b.sync()
	a.sync()
	if n := a.count(d, rhythm.Mail); n != 2 {
		t.Fatalf("a has %d mails after b's delete, want 2", n)
	}
}
