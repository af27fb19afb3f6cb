-- Per-day counts, kept in step with entries by the triggers below inside
-- the same transaction, so that the glance never counts entries. Existing
-- entries are counted once, here.
CREATE TABLE day_counts (
	date TEXT    NOT NULL,
	kind TEXT    NOT NULL,
	n    INTEGER NOT NULL CHECK (n > 0),
	PRIMARY KEY (date, kind)
) WITHOUT ROWID;

CREATE TRIGGER entries_count_insert AFTER INSERT ON entries BEGIN
	INSERT INTO day_counts (date, kind, n) VALUES (NEW.date, NEW.kind, 1)
	ON CONFLICT (date, kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER entries_count_delete AFTER DELETE ON entries BEGIN
	DELETE FROM day_counts WHERE date = OLD.date AND kind = OLD.kind AND n = 1;
	UPDATE day_counts SET n = n - 1 WHERE date = OLD.date AND kind = OLD.kind;
END;

CREATE TRIGGER entries_count_update AFTER UPDATE OF date, kind ON entries
WHEN OLD.date <> NEW.date OR OLD.kind <> NEW.kind BEGIN
	DELETE FROM day_counts WHERE date = OLD.date AND kind = OLD.kind AND n = 1;
	UPDATE day_counts SET n = n - 1 WHERE date = OLD.date AND kind = OLD.kind;
	INSERT INTO day_counts (date, kind, n) VALUES (NEW.date, NEW.kind, 1)
	ON CONFLICT (date, kind) DO UPDATE SET n = n + 1;
END;

INSERT INTO day_counts (date, kind, n)
SELECT date, kind, count(*) FROM entries GROUP BY date, kind;
