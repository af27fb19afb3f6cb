-- Sync: what every change needs to travel between a rep's machines.
--
-- sync_rows records, for every row that travels, when it last changed and
-- whether that change still waits to be sent. A row is known by its table
-- and key: an entry by id ('entry'), a settings change by key and from
-- ('setting', "target.mail|2026-09-01"), a leave date ('leave'), an
-- account's stage by account key ('stage'), a follow-up by the time it was
-- made and its account key ('follow_up', "2026-…Z|acme": the time first,
-- since an account's name may hold a "|") and the start ('start'). stamp
-- is the time of the change in microseconds since 1970
-- UTC, on the writing machine's clock, and always at least one more than
-- the row's stamp before, so that every change of a row is later than the
-- one it replaces; machine is the machine that made it ('' for this file's
-- own machine, whose id is in sync_state); deleted marks a tombstone;
-- pending marks a change not yet sent. The triggers below keep it, so that
-- no writer of these tables needs to know about sync; sync itself, when it
-- applies a change from another machine, writes that change's own stamp
-- and machine over what the triggers recorded, in the same transaction.
--
-- sync_state holds what belongs to this file only and never travels: the
-- machine id and the file it was made for, the server and the rep, how far
-- the server's changes were fetched, when the last sync succeeded.
CREATE TABLE sync_rows (
	tbl     TEXT    NOT NULL,
	key     TEXT    NOT NULL,
	stamp   INTEGER NOT NULL,
	machine TEXT    NOT NULL DEFAULT '',
	deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
	pending INTEGER NOT NULL DEFAULT 1 CHECK (pending IN (0, 1)),
	PRIMARY KEY (tbl, key)
) WITHOUT ROWID;
CREATE INDEX sync_rows_pending ON sync_rows (tbl, key) WHERE pending = 1;

CREATE TABLE sync_state (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

-- What a version 6 file holds is this machine's, waiting to be sent.
INSERT INTO sync_rows (tbl, key, stamp)
SELECT 'entry', id, CAST(unixepoch('subsec') * 1000000 AS INTEGER) FROM entries
UNION ALL SELECT 'setting', key || '|' || "from", CAST(unixepoch('subsec') * 1000000 AS INTEGER) FROM setting_changes
UNION ALL SELECT 'leave', date, CAST(unixepoch('subsec') * 1000000 AS INTEGER) FROM leave
UNION ALL SELECT 'stage', key, CAST(unixepoch('subsec') * 1000000 AS INTEGER) FROM accounts
UNION ALL SELECT 'follow_up', made_at || '|' || account, CAST(unixepoch('subsec') * 1000000 AS INTEGER) FROM follow_ups
UNION ALL SELECT 'start', 'start', CAST(unixepoch('subsec') * 1000000 AS INTEGER) FROM settings WHERE key = 'start_date';

CREATE TRIGGER sync_entries_insert AFTER INSERT ON entries BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('entry', NEW.id, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_entries_update AFTER UPDATE ON entries BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('entry', NEW.id, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_entries_delete AFTER DELETE ON entries BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('entry', OLD.id, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 1)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_setting_changes_insert AFTER INSERT ON setting_changes BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('setting', NEW.key || '|' || NEW."from", CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_setting_changes_update AFTER UPDATE ON setting_changes BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('setting', NEW.key || '|' || NEW."from", CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_setting_changes_delete AFTER DELETE ON setting_changes BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('setting', OLD.key || '|' || OLD."from", CAST(unixepoch('subsec') * 1000000 AS INTEGER), 1)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_leave_insert AFTER INSERT ON leave BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('leave', NEW.date, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_leave_update AFTER UPDATE ON leave BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('leave', NEW.date, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_leave_delete AFTER DELETE ON leave BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('leave', OLD.date, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 1)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_accounts_insert AFTER INSERT ON accounts BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('stage', NEW.key, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_accounts_update AFTER UPDATE ON accounts BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('stage', NEW.key, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_accounts_delete AFTER DELETE ON accounts BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('stage', OLD.key, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 1)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_follow_ups_insert AFTER INSERT ON follow_ups BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('follow_up', NEW.made_at || '|' || NEW.account, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_follow_ups_update AFTER UPDATE ON follow_ups BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('follow_up', NEW.made_at || '|' || NEW.account, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_follow_ups_delete AFTER DELETE ON follow_ups BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('follow_up', OLD.made_at || '|' || OLD.account, CAST(unixepoch('subsec') * 1000000 AS INTEGER), 1)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_settings_insert AFTER INSERT ON settings
WHEN NEW.key = 'start_date' BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('start', 'start', CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_settings_update AFTER UPDATE ON settings
WHEN NEW.key = 'start_date' BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('start', 'start', CAST(unixepoch('subsec') * 1000000 AS INTEGER), 0)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;

CREATE TRIGGER sync_settings_delete AFTER DELETE ON settings
WHEN OLD.key = 'start_date' BEGIN
	INSERT INTO sync_rows (tbl, key, stamp, deleted) VALUES ('start', 'start', CAST(unixepoch('subsec') * 1000000 AS INTEGER), 1)
	ON CONFLICT (tbl, key) DO UPDATE SET stamp = max(excluded.stamp, stamp + 1), machine = '', deleted = excluded.deleted, pending = 1;
END;
