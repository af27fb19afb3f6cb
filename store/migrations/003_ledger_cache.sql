-- A cache of the per-day counts of the past, so that the glance reads one
-- small blob instead of a decade of rows. It holds the counts of every date
-- before until, in the binary form of rhythm.Ledger. Any change to a count
-- before until drops it, inside the same transaction; the next write
-- rebuilds it (store.DB.write).
CREATE TABLE ledger_cache (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	until TEXT NOT NULL,
	data  BLOB NOT NULL
);

CREATE TRIGGER day_counts_cache_insert AFTER INSERT ON day_counts
WHEN NEW.date < (SELECT until FROM ledger_cache) BEGIN
	DELETE FROM ledger_cache;
END;

CREATE TRIGGER day_counts_cache_update AFTER UPDATE ON day_counts
WHEN OLD.date < (SELECT until FROM ledger_cache) OR NEW.date < (SELECT until FROM ledger_cache) BEGIN
	DELETE FROM ledger_cache;
END;

CREATE TRIGGER day_counts_cache_delete AFTER DELETE ON day_counts
WHEN OLD.date < (SELECT until FROM ledger_cache) BEGIN
	DELETE FROM ledger_cache;
END;
