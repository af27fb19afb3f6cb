-- Settings with a history. A change of a dated setting (a target,
-- workdays, holidays, vacation or reserve days) holds from its "from" date
-- on, until the next change of the same key; "from" '' means since the
-- beginning. Values version 1 stored become such changes, and the settings
-- table keeps the settings without history: the start and its source,
-- rest_days, backup.keep.
CREATE TABLE setting_changes (
	key     TEXT NOT NULL CHECK (key <> ''),
	"from"  TEXT NOT NULL CHECK ("from" = '' OR "from" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	value   TEXT NOT NULL,
	made_at TEXT NOT NULL,
	PRIMARY KEY (key, "from")
) WITHOUT ROWID;

INSERT INTO setting_changes (key, "from", value, made_at)
SELECT key, '', value, strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z' FROM settings
WHERE key LIKE 'target.%' OR key IN ('workdays', 'holidays', 'vacation_days', 'reserve_days');

DELETE FROM settings
WHERE key LIKE 'target.%' OR key IN ('workdays', 'holidays', 'vacation_days', 'reserve_days');

-- The start is fixed once. A start_date the rep set stays, marked as the
-- rep's; a database without one gets the date of its earliest entry,
-- marked as ritme's own.
INSERT INTO settings (key, value)
SELECT 'start_by', 'rep' FROM settings WHERE key = 'start_date';

INSERT INTO settings (key, value)
SELECT 'start_date', min(date) FROM entries
WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'start_date')
HAVING count(*) > 0;

INSERT INTO settings (key, value)
SELECT 'start_by', 'ritme' FROM settings
WHERE key = 'start_date' AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'start_by');
