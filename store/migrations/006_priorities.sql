-- Priorities: account names as a Dutch rep writes them, and follow-ups.
--
-- The account key is now rhythm.AccountKey of version 2: besides lower case
-- and one space between words, dots and commas go and a trailing legal form
-- (bv, nv, gmbh, …) is dropped, so "Acme B.V." and "ACME" are one account.
-- Existing entries and accounts are re-keyed with that Go function,
-- registered as ritme_account_key_v2; accounts that merge keep the most
-- advanced stage (customer, then prospect, then suspect).
UPDATE entries SET account = ritme_account_key_v2(who) WHERE account <> ritme_account_key_v2(who);

CREATE TEMP TABLE rekeyed_accounts AS
SELECT key, name, stage FROM (
	SELECT ritme_account_key_v2(name) AS key, name, stage,
		row_number() OVER (PARTITION BY ritme_account_key_v2(name)
			ORDER BY CASE stage WHEN 'customer' THEN 2 WHEN 'prospect' THEN 1 ELSE 0 END DESC, key) AS rank
	FROM accounts)
WHERE rank = 1 AND key <> '';
DELETE FROM accounts;
INSERT INTO accounts (key, name, stage) SELECT key, name, stage FROM rekeyed_accounts;
DROP TABLE temp.rekeyed_accounts;

-- Follow-ups: an account's next action. At most one is open per account;
-- closed ones are kept for the review: done (completed by the entry
-- "entry", dated closed_on), cleared or replaced (on the day closed_on).
-- made_on is the day it was made as the rep's today saw it (--today), and
-- made_at the time, in UTC, which decides which entries complete it.
CREATE TABLE follow_ups (
	seq       INTEGER PRIMARY KEY,
	account   TEXT NOT NULL CHECK (account <> ''),
	name      TEXT NOT NULL,
	due       TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	kind      TEXT NOT NULL CHECK (kind <> ''),
	note      TEXT NOT NULL DEFAULT '',
	made_on   TEXT NOT NULL CHECK (made_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	made_at   TEXT NOT NULL,
	state     TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'cleared', 'replaced')),
	closed_on TEXT NOT NULL DEFAULT '' CHECK (closed_on = '' OR closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	entry     TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX follow_ups_open ON follow_ups (account) WHERE state = 'open';
CREATE UNIQUE INDEX follow_ups_made ON follow_ups (account, made_at);

-- The first entry for the account created after the follow-up was made
-- completes it, whatever its kind and date, in the same transaction: a
-- logged entry, an imported one, or one whose who is changed to name the
-- account.
CREATE TRIGGER entries_complete_follow_up AFTER INSERT ON entries
WHEN NEW.account <> '' BEGIN
	UPDATE follow_ups SET state = 'done', closed_on = NEW.date, entry = NEW.id
	WHERE account = NEW.account AND state = 'open' AND made_at < NEW.created_at;
END;

CREATE TRIGGER entries_complete_follow_up_rename AFTER UPDATE OF account ON entries
WHEN NEW.account <> '' AND NEW.account <> OLD.account BEGIN
	UPDATE follow_ups SET state = 'done', closed_on = NEW.date, entry = NEW.id
	WHERE account = NEW.account AND state = 'open' AND made_at < NEW.created_at;
END;

-- What the plan and the account lists read of each account, per kind,
-- kept in step with entries by the triggers below inside the same
-- transaction, so that they never go through every entry: the number of
-- entries, the latest date and the latest date before it (the plan of
-- today uses the last touch before today), the latest dates of a lost deal
-- and of another outcome (an account rests after a lost deal), and the who
-- of the most recently created entry (the most recent spelling).
CREATE TABLE account_kinds (
	account     TEXT    NOT NULL CHECK (account <> ''),
	kind        TEXT    NOT NULL,
	n           INTEGER NOT NULL CHECK (n > 0),
	last        TEXT    NOT NULL,
	before_last TEXT    NOT NULL,
	lost        TEXT    NOT NULL,
	other       TEXT    NOT NULL,
	latest_at   TEXT    NOT NULL,
	latest_who  TEXT    NOT NULL,
	PRIMARY KEY (account, kind)
) WITHOUT ROWID;

INSERT INTO account_kinds (account, kind, n, last, before_last, lost, other, latest_at, latest_who)
SELECT account, kind, count(*), max(date), '',
	coalesce(max(CASE WHEN outcome = 'lost' THEN date END), ''),
	coalesce(max(CASE WHEN outcome NOT IN ('', 'lost') THEN date END), ''),
	max(created_at), ''
FROM entries WHERE account <> '' GROUP BY account, kind;

UPDATE account_kinds SET
	before_last = coalesce((SELECT max(e.date) FROM entries e WHERE e.account <> '' AND e.account = account_kinds.account
		AND e.kind = account_kinds.kind AND e.date < account_kinds.last), ''),
	latest_who = (SELECT e.who FROM entries e WHERE e.account <> '' AND e.account = account_kinds.account
		AND e.kind = account_kinds.kind ORDER BY e.created_at DESC, e.seq DESC LIMIT 1);

-- A new entry updates its account and kind in place.
CREATE TRIGGER entries_account_kinds_insert AFTER INSERT ON entries
WHEN NEW.account <> '' BEGIN
	INSERT INTO account_kinds (account, kind, n, last, before_last, lost, other, latest_at, latest_who)
	VALUES (NEW.account, NEW.kind, 1, NEW.date, '',
		CASE WHEN NEW.outcome = 'lost' THEN NEW.date ELSE '' END,
		CASE WHEN NEW.outcome NOT IN ('', 'lost') THEN NEW.date ELSE '' END,
		NEW.created_at, NEW.who)
	ON CONFLICT (account, kind) DO UPDATE SET
		n = n + 1,
		before_last = CASE WHEN excluded.last > last THEN last
			WHEN excluded.last < last AND excluded.last > before_last THEN excluded.last
			ELSE before_last END,
		last = max(last, excluded.last),
		lost = max(lost, excluded.lost),
		other = max(other, excluded.other),
		latest_who = CASE WHEN excluded.latest_at >= latest_at THEN excluded.latest_who ELSE latest_who END,
		latest_at = max(latest_at, excluded.latest_at);
END;

-- A deleted or changed entry has its old and new account and kind worked
-- out again from their entries (few, through entries_by_account).
CREATE TRIGGER entries_account_kinds_delete AFTER DELETE ON entries
WHEN OLD.account <> '' BEGIN
	DELETE FROM account_kinds WHERE account = OLD.account AND kind = OLD.kind;
	INSERT INTO account_kinds (account, kind, n, last, before_last, lost, other, latest_at, latest_who)
	SELECT account, kind, count(*), max(date),
		coalesce((SELECT max(b.date) FROM entries b WHERE b.account <> '' AND b.account = OLD.account AND b.kind = OLD.kind
			AND b.date < (SELECT max(m.date) FROM entries m WHERE m.account <> '' AND m.account = OLD.account AND m.kind = OLD.kind)), ''),
		coalesce(max(CASE WHEN outcome = 'lost' THEN date END), ''),
		coalesce(max(CASE WHEN outcome NOT IN ('', 'lost') THEN date END), ''),
		max(created_at),
		(SELECT w.who FROM entries w WHERE w.account <> '' AND w.account = OLD.account AND w.kind = OLD.kind
			ORDER BY w.created_at DESC, w.seq DESC LIMIT 1)
	FROM entries WHERE account <> '' AND account = OLD.account AND kind = OLD.kind GROUP BY account, kind;
END;

CREATE TRIGGER entries_account_kinds_update AFTER UPDATE OF date, kind, who, account, outcome, created_at ON entries BEGIN
	DELETE FROM account_kinds WHERE (account = OLD.account AND kind = OLD.kind) OR (account = NEW.account AND kind = NEW.kind);
	INSERT INTO account_kinds (account, kind, n, last, before_last, lost, other, latest_at, latest_who)
	SELECT e.account, e.kind, count(*), max(e.date),
		coalesce((SELECT max(b.date) FROM entries b WHERE b.account <> '' AND b.account = e.account AND b.kind = e.kind
			AND b.date < (SELECT max(m.date) FROM entries m WHERE m.account <> '' AND m.account = e.account AND m.kind = e.kind)), ''),
		coalesce(max(CASE WHEN e.outcome = 'lost' THEN e.date END), ''),
		coalesce(max(CASE WHEN e.outcome NOT IN ('', 'lost') THEN e.date END), ''),
		max(e.created_at),
		(SELECT w.who FROM entries w WHERE w.account <> '' AND w.account = e.account AND w.kind = e.kind
			ORDER BY w.created_at DESC, w.seq DESC LIMIT 1)
	FROM entries e
	WHERE e.account <> '' AND ((e.account = OLD.account AND e.kind = OLD.kind) OR (e.account = NEW.account AND e.kind = NEW.kind))
	GROUP BY e.account, e.kind;
END;
