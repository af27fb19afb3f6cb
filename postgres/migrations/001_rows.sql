-- The rows of every rep, as they travel (see package replica), and the
-- per-day counts the team figures are made of.
--
-- rows holds one version of each row of each rep: the one that wins by
-- (priority, stamp, machine), as replica.Row.Wins orders them. seq grows
-- with every change the server stores, so that a machine fetches what
-- changed since it last looked. Pushes of one rep are serialised by an
-- advisory lock, so that a rep's rows commit in the order of their seq.
CREATE SEQUENCE ritme.row_seq;

CREATE TABLE ritme.rows (
	rep      text    NOT NULL,
	tbl      text    NOT NULL,
	key      text    NOT NULL,
	priority bigint  NOT NULL DEFAULT 0,
	stamp    bigint  NOT NULL,
	machine  text    COLLATE "C" NOT NULL,
	deleted  boolean NOT NULL DEFAULT false,
	data     jsonb,
	seq      bigint  NOT NULL DEFAULT nextval('ritme.row_seq'),
	PRIMARY KEY (rep, tbl, key)
);
CREATE INDEX rows_by_seq ON ritme.rows (rep, seq);

-- reps records when each rep last synced, on the server's clock, written
-- only through ritme.synced.
CREATE TABLE ritme.reps (
	rep       text        NOT NULL PRIMARY KEY,
	last_sync timestamptz NOT NULL
);

-- synced records that rep synced now, on the server's clock. It runs as
-- the schema's owner, so that a rep, who may not write ritme.reps, cannot
-- set any other time; on a team's server (see team.sql, which grants it to
-- the reps) only for the login role's own name (session_user, which SET
-- ROLE does not change). Only the owner and the team's reps may run it.
CREATE FUNCTION ritme.synced(rep text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ritme, pg_temp AS $$
BEGIN
	IF (SELECT team FROM ritme.meta) AND rep IS DISTINCT FROM session_user THEN
		RAISE EXCEPTION 'rep % is not the login role %', rep, session_user USING ERRCODE = 'insufficient_privilege';
	END IF;
	INSERT INTO ritme.reps (rep, last_sync) VALUES (synced.rep, now())
	ON CONFLICT ON CONSTRAINT reps_pkey DO UPDATE SET last_sync = excluded.last_sync;
END
$$;
REVOKE EXECUTE ON FUNCTION ritme.synced(text) FROM PUBLIC;

-- day_counts counts each rep's entries per date, kind, outcome and whether
-- they were logged late (created at or after 00:00 UTC of the second day
-- after their date), kept by the triggers below.
CREATE TABLE ritme.day_counts (
	rep     text    NOT NULL,
	date    date    NOT NULL,
	kind    text    NOT NULL,
	outcome text    NOT NULL,
	late    boolean NOT NULL,
	n       integer NOT NULL,
	PRIMARY KEY (rep, date, kind, outcome, late)
);

-- entry_late reports whether an entry row was logged late. It is STABLE,
-- not IMMUTABLE: casting text to timestamptz depends on the session's
-- settings.
CREATE FUNCTION ritme.entry_late(data jsonb) RETURNS boolean
LANGUAGE sql STABLE AS $$
	SELECT (data ->> 'created_at')::timestamptz >= (((data ->> 'date')::date + 2)::timestamp AT TIME ZONE 'UTC')
$$;

-- count_rows adds the entries a statement stored and takes away those it
-- replaced or deleted. It runs as the schema's owner, so that a rep, who
-- may not write the counts, moves them only through rows.
CREATE FUNCTION ritme.count_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ritme, pg_temp AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO ritme.day_counts AS c (rep, date, kind, outcome, late, n)
		SELECT rep, (data ->> 'date')::date, data ->> 'kind', coalesce(data ->> 'outcome', ''), ritme.entry_late(data), count(*)
		FROM new_rows WHERE tbl = 'entry' AND NOT deleted
		GROUP BY 1, 2, 3, 4, 5
		ON CONFLICT (rep, date, kind, outcome, late) DO UPDATE SET n = c.n + excluded.n;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		UPDATE ritme.day_counts AS c SET n = c.n - o.n
		FROM (SELECT rep, (data ->> 'date')::date AS date, data ->> 'kind' AS kind, coalesce(data ->> 'outcome', '') AS outcome,
				ritme.entry_late(data) AS late, count(*) AS n
			FROM old_rows WHERE tbl = 'entry' AND NOT deleted GROUP BY 1, 2, 3, 4, 5) AS o
		WHERE (c.rep, c.date, c.kind, c.outcome, c.late) = (o.rep, o.date, o.kind, o.outcome, o.late);
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER rows_counted_insert AFTER INSERT ON ritme.rows
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ritme.count_rows();
CREATE TRIGGER rows_counted_update AFTER UPDATE ON ritme.rows
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ritme.count_rows();
CREATE TRIGGER rows_counted_delete AFTER DELETE ON ritme.rows
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ritme.count_rows();

-- Row-level security is on for every table: without a policy (see
-- team.sql) a role other than the owner sees and changes nothing.
ALTER TABLE ritme.rows ENABLE ROW LEVEL SECURITY;
ALTER TABLE ritme.reps ENABLE ROW LEVEL SECURITY;
ALTER TABLE ritme.day_counts ENABLE ROW LEVEL SECURITY;
