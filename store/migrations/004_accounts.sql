-- Accounts and outcomes. An entry's who names an account; account holds its
-- key (rhythm.AccountKey: lower case, spaces collapsed), which store writes
-- with every entry, and which this migration fills in for the entries so
-- far with the same Go function, registered as ritme_account_key.
ALTER TABLE entries ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN outcome TEXT NOT NULL DEFAULT ''
	CHECK (outcome IN ('', 'reply', 'meeting', 'proposal', 'won', 'lost'));
UPDATE entries SET account = ritme_account_key(who) WHERE who <> '';
CREATE INDEX entries_by_account ON entries (account, date, created_at, seq) WHERE account <> '';

-- The stage the rep gave an account; an account without a row is a
-- suspect. name is the spelling given when the stage was set, shown while
-- the account has no entries.
CREATE TABLE accounts (
	key   TEXT NOT NULL PRIMARY KEY CHECK (key <> ''),
	name  TEXT NOT NULL,
	stage TEXT NOT NULL CHECK (stage IN ('suspect', 'prospect', 'customer'))
) WITHOUT ROWID;
