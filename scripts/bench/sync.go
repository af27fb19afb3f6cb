package main

import (
	"cmp"
	"context"
	"fmt"
	"os"

	"github.com/jackc/pgx/v5"
)

// serverURL is the PostgreSQL server the sync and team measures use:
// RITME_TEST_PG, or the project's machines' server.
func serverURL() string {
	return cmp.Or(os.Getenv("RITME_TEST_PG"), "postgres://root@127.0.0.1:5432/test?sslmode=disable")
}

// freshDatabase makes an empty database on the server for a measure and
// returns its URL and a function that drops it; "" when there is no
// server (the measures that need one are left out).
func freshDatabase(name string) (string, func()) {
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, serverURL())
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: no PostgreSQL server, sync measures left out:", err)
		return "", nil
	}
	for _, sql := range []string{"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name} {
		if _, err := admin.Exec(ctx, sql); err != nil {
			fail(err)
		}
	}
	return databaseURL(serverURL(), name, ""), func() {
		admin.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close(ctx)
	}
}

// syncMeasures times the sync of the 10-year file to an empty server, the
// same on a new machine (a file that has nothing yet), and the sync of one
// new entry against the write alone.
func syncMeasures(ritme func(db string, args ...string) []string, db10, dir string) {
	url, drop := freshDatabase("ritme_bench_sync")
	if url == "" {
		return
	}
	defer drop()
	laptop := copyFile(db10, dir+"/sync-laptop.db")
	run(ritme(laptop, "sync", "setup", url, "--rep", "bench")...)
	first := timed(ritme(laptop, "sync"))
	row(fmt.Sprintf("first `sync` of %s to an empty server", describe(db10)), fmt.Sprintf("%.2f s", first/1000), "< 10 s")

	plain := copyFile(db10, dir+"/sync-plain.db")
	r := pair(ritme(laptop, "status", "--json"), ritme(plain, "status", "--json"))
	row("`status --json` with sync set up vs without, 10 y × 40/day", r.text(), "1×")
	r = pair(ritme(laptop, "log", "mail"), ritme(plain, "log", "mail"))
	row("`log mail` with sync set up vs without, 10 y × 40/day", r.text(), "1×")

	desktop := dir + "/sync-desktop.db"
	run(ritme(desktop, "sync", "setup", url, "--rep", "bench")...)
	fresh := timed(ritme(desktop, "sync"))
	row("the same rows to a new machine (`sync` of an empty file)", fmt.Sprintf("%.2f s", fresh/1000), "")

	run(ritme(laptop, "sync")...) // what the pairs above logged
	var logs, syncs []float64
	for range 20 {
		logs = append(logs, timed(ritme(laptop, "log", "mail")))
		syncs = append(syncs, timed(ritme(laptop, "sync")))
	}
	row("`sync` of one new entry (median of 20), beside the `log` that wrote it",
		fmt.Sprintf("%.1f ms (log: %.1f ms)", median(syncs), median(logs)), "< 50 ms")
}
