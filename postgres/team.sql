-- The team's access, for the group roles of reps ({{rep}}) and managers
-- ({{manager}}): a rep reads and writes only its own rows (its name is its
-- login role); a manager reads every rep's rows and writes none. Neither
-- owns anything, so neither can change the schema. Run by ritme team init,
-- again on every later migration, as the schema's owner; it can run twice.
GRANT USAGE ON SCHEMA ritme TO {{rep}}, {{manager}};
GRANT SELECT ON ritme.meta TO {{rep}}, {{manager}};
GRANT SELECT, INSERT, UPDATE, DELETE ON ritme.rows TO {{rep}};
GRANT SELECT, INSERT, UPDATE ON ritme.reps TO {{rep}};
GRANT SELECT ON ritme.day_counts TO {{rep}};
GRANT USAGE ON SEQUENCE ritme.row_seq TO {{rep}};
GRANT SELECT ON ritme.rows, ritme.reps, ritme.day_counts TO {{manager}};

DROP POLICY IF EXISTS rep_own ON ritme.rows;
DROP POLICY IF EXISTS manager_reads ON ritme.rows;
DROP POLICY IF EXISTS rep_own ON ritme.reps;
DROP POLICY IF EXISTS manager_reads ON ritme.reps;
DROP POLICY IF EXISTS rep_own ON ritme.day_counts;
DROP POLICY IF EXISTS manager_reads ON ritme.day_counts;
CREATE POLICY rep_own ON ritme.rows TO {{rep}} USING (rep = current_user) WITH CHECK (rep = current_user);
CREATE POLICY manager_reads ON ritme.rows FOR SELECT TO {{manager}} USING (true);
CREATE POLICY rep_own ON ritme.reps TO {{rep}} USING (rep = current_user) WITH CHECK (rep = current_user);
CREATE POLICY manager_reads ON ritme.reps FOR SELECT TO {{manager}} USING (true);
CREATE POLICY rep_own ON ritme.day_counts FOR SELECT TO {{rep}} USING (rep = current_user);
CREATE POLICY manager_reads ON ritme.day_counts FOR SELECT TO {{manager}} USING (true);
