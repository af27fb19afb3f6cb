-- Entries: one logged contact each. id is the stable identity that export
-- and import carry; seq orders entries by creation within this file.
CREATE TABLE entries (
	seq        INTEGER PRIMARY KEY,
	id         TEXT    NOT NULL UNIQUE,
	date       TEXT    NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	kind       TEXT    NOT NULL CHECK (kind <> ''),
	who        TEXT    NOT NULL DEFAULT '',
	note       TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL
);
CREATE INDEX entries_by_date ON entries (date, created_at, seq);

-- Registered leave: one row per date.
CREATE TABLE leave (
	date TEXT NOT NULL PRIMARY KEY,
	kind TEXT NOT NULL CHECK (kind IN ('vacation', 'sick', 'training', 'other'))
) WITHOUT ROWID;

-- Settings as text, validated by package rhythm before they are written.
CREATE TABLE settings (
	key   TEXT NOT NULL PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
