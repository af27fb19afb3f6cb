package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"net/url"
	"os"
	"time"

	"github.com/jackc/pgx/v5"
)

var teamBench = flag.Bool("team", true, "measure `ritme team --json` on the PostgreSQL server of the tests (RITME_TEST_PG, else 127.0.0.1:5432), if there is one")

// teamData fills a team's database with reps first to last (login roles
// %[3]s001, …, members of the rep group %[4]s):
// per-day counts of 10 years (2017-01-02 to 2026-11-26) at 40 entries a
// working day (25 mails, 10 calls, 5 visits, each day with one logged late
// and now and then a reply), written straight into ritme.day_counts as the
// triggers would keep them from the entries; a day off in 32 registered as
// leave, except that nine reps in ten now and then simply miss a day (the
// tenth keeps a streak of ten years, so that the team reads all its days);
// a start, three settings changes and a last sync each. The entries
// themselves are left out: the team figures never read them.
const teamData = `
DO $$ BEGIN
	FOR r IN %[1]d..%[2]d LOOP
		EXECUTE format('CREATE ROLE %%I LOGIN IN ROLE %%I', '%[3]s' || lpad(r::text, 3, '0'), '%[4]s');
	END LOOP;
END $$;
INSERT INTO ritme.day_counts (rep, date, kind, outcome, late, n)
SELECT s.rep, s.date, s.kind, o.outcome, o.late, o.n FROM (
	SELECT '%[3]s' || lpad(r::text, 3, '0') AS rep, d::date AS date, k.kind, k.n AS total,
		hashtext(r::text || d::text || k.kind) & 7 AS h
	FROM generate_series(%[1]d, %[2]d) r, generate_series('2017-01-02'::date, '2026-11-26'::date, '1 day') d,
		(VALUES ('mail', 25), ('call', 10), ('visit', 5)) AS k(kind, n)
	WHERE extract(isodow FROM d) < 6 AND hashtext(r::text || 'off' || d::text) & 31 <> 0
) s CROSS JOIN LATERAL (VALUES ('', false, s.total - 1 - (s.h & 1)), ('', true, 1), ('reply', false, s.h & 1)) AS o(outcome, late, n)
WHERE o.n > 0;
INSERT INTO ritme.rows (rep, tbl, key, stamp, machine, data)
SELECT '%[3]s' || lpad(r::text, 3, '0'), 'leave', d::date::text, 1, 'bench', '{"kind": "vacation"}'
FROM generate_series(%[1]d, %[2]d) r, generate_series('2017-01-02'::date, '2026-11-26'::date, '1 day') d
WHERE extract(isodow FROM d) < 6 AND hashtext(r::text || 'off' || d::text) & 31 = 0
	AND (r %% 10 = 0 OR hashtext(r::text || 'miss' || d::text) & 1 = 0);
INSERT INTO ritme.rows (rep, tbl, key, stamp, machine, data)
SELECT '%[3]s' || lpad(r::text, 3, '0'), 'start', 'start', 1, 'bench', '{"date": "2017-01-02", "by": "rep"}'
FROM generate_series(%[1]d, %[2]d) r;
INSERT INTO ritme.rows (rep, tbl, key, stamp, machine, data)
SELECT '%[3]s' || lpad(r::text, 3, '0'), 'setting', c.key || '|' || c.f, 1, 'bench',
	json_build_object('key', c.key, 'from', c.f, 'value', c.v, 'made_at', '2017-01-02T08:00:00Z')::jsonb
FROM generate_series(%[1]d, %[2]d) r,
	(VALUES ('target.mail', '2020-01-06', '6'), ('target.visit', '2023-01-02', '4/week'), ('vacation_days', '2024-01-01', '27')) AS c(key, f, v);
INSERT INTO ritme.reps (rep, last_sync)
SELECT '%[3]s' || lpad(r::text, 3, '0'), '2026-11-26T17:00:00Z' FROM generate_series(%[1]d, %[2]d) r;
ANALYZE ritme.day_counts;
ANALYZE ritme.rows;`

// benchTeam prints the rows of `ritme team --json` for 50 and 500 reps:
// it makes a database of its own on the test server, runs ritme team init
// and team add-manager on it, fills it with teamData, times the manager's
// ritme team --json, and drops the database and its roles.
func benchTeam() {
	if !*teamBench {
		return
	}
	ctx := context.Background()
	server := serverURL()
	admin, err := pgx.Connect(ctx, server)
	if err != nil {
		row("`team --json`", "skipped: no PostgreSQL server ("+err.Error()+")", "< 300 ms")
		return
	}
	defer admin.Close(ctx)
	b := make([]byte, 5)
	rand.Read(b)
	name := "ritme_bench_" + hex.EncodeToString(b)
	boss := name + "_boss"
	for _, sql := range []string{"CREATE DATABASE " + name, "CREATE ROLE " + boss + " LOGIN"} {
		if _, err := admin.Exec(ctx, sql); err != nil {
			fail(err)
		}
	}
	reps := name + "_r" // the reps' login roles: reps001, …
	defer func() {
		admin.Exec(ctx, `DO $$ DECLARE r text; BEGIN
			FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE '`+reps+`%' LOOP EXECUTE format('DROP ROLE %I', r); END LOOP;
		END $$`)
		for _, sql := range []string{"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "DROP ROLE IF EXISTS " + boss,
			"DROP ROLE IF EXISTS ritme_rep_" + name, "DROP ROLE IF EXISTS ritme_manager_" + name} {
			if _, err := admin.Exec(ctx, sql); err != nil {
				fmt.Fprintln(os.Stderr, "bench:", sql+":", err)
			}
		}
	}()
	owner, manager := databaseURL(server, name, ""), databaseURL(server, name, boss)
	file := ritmeBin + "-team.db"
	defer os.Remove(file)
	run(ritmeBin, "--db", file, "team", "init", owner)
	run(ritmeBin, "--db", file, "team", "add-manager", boss, "--server", owner)
	conn, err := pgx.Connect(ctx, owner)
	if err != nil {
		fail(err)
	}
	defer conn.Close(ctx)
	team := []string{ritmeBin, "--db", file, "--today", today, "team", "--json", "--server", manager}
	for _, c := range []struct{ first, last, runs int }{{1, 50, 30}, {51, 500, 10}} {
		start := time.Now()
		if _, err := conn.Exec(ctx, fmt.Sprintf(teamData, c.first, c.last, reps, "ritme_rep_"+name)); err != nil {
			fail(err)
		}
		made := time.Since(start)
		var counts int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM ritme.day_counts`).Scan(&counts); err != nil {
			fail(err)
		}
		run(team...) // warm the caches
		var took []float64
		for range c.runs {
			took = append(took, timed(team))
		}
		target := ""
		if c.last == 50 {
			target = "< 300 ms"
		}
		row(fmt.Sprintf("`team --json`, %d reps × 10 y × 40/day (%d per-day counts, made in %.0f s; a rep in ten with a streak of 10 y), median of %d",
			c.last, counts, made.Seconds(), c.runs), fmt.Sprintf("%.0f ms", median(took)), target)
	}
}

// databaseURL returns server's URL with the database name, and the user
// when user is not "".
func databaseURL(server, name, user string) string {
	u, err := url.Parse(server)
	if err != nil {
		fail(fmt.Errorf("RITME_TEST_PG must be a postgres:// URL: %v", err))
	}
	u.Path = "/" + name
	if user != "" {
		u.User = url.User(user)
	}
	return u.String()
}
