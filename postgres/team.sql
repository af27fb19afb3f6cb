-- The team's access, for the group roles of reps ({{rep}}) and managers
-- ({{manager}}): a rep reads and writes only its own rows; a manager reads
-- every rep's rows and writes none. Neither owns anything, so neither can
-- change the schema. Run by ritme team init, and again by every later
-- migration of a team's schema, as the schema's owner; it can run twice.
--
-- A rep's name is its login role: the policies compare it with
-- session_user, which SET ROLE does not change. A rep may SET ROLE to the
-- group of reps, whose name current_user would then be, shared by every
-- rep.
--
-- A rep records its sync only through ritme.synced, which stamps the
-- server's time: it may not write ritme.reps itself.
GRANT USAGE ON SCHEMA ritme TO {{rep}}, {{manager}};
GRANT SELECT ON ritme.meta TO {{rep}}, {{manager}};
GRANT SELECT, INSERT, UPDATE, DELETE ON ritme.rows TO {{rep}};
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ritme.reps FROM {{rep}}, {{manager}};
GRANT SELECT ON ritme.reps TO {{rep}};
GRANT SELECT ON ritme.day_counts TO {{rep}};
GRANT USAGE ON SEQUENCE ritme.row_seq TO {{rep}};
GRANT SELECT ON ritme.rows, ritme.reps, ritme.day_counts TO {{manager}};
REVOKE EXECUTE ON FUNCTION ritme.synced(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ritme.synced(text) TO {{rep}};

DROP POLICY IF EXISTS rep_own ON ritme.rows;
DROP POLICY IF EXISTS manager_reads ON ritme.rows;
DROP POLICY IF EXISTS rep_own ON ritme.reps;
DROP POLICY IF EXISTS manager_reads ON ritme.reps;
DROP POLICY IF EXISTS rep_own ON ritme.day_counts;
DROP POLICY IF EXISTS manager_reads ON ritme.day_counts;
CREATE POLICY rep_own ON ritme.rows TO {{rep}} USING (rep = session_user) WITH CHECK (rep = session_user);
CREATE POLICY manager_reads ON ritme.rows FOR SELECT TO {{manager}} USING (true);
CREATE POLICY rep_own ON ritme.reps FOR SELECT TO {{rep}} USING (rep = session_user);
CREATE POLICY manager_reads ON ritme.reps FOR SELECT TO {{manager}} USING (true);
CREATE POLICY rep_own ON ritme.day_counts FOR SELECT TO {{rep}} USING (rep = session_user);
CREATE POLICY manager_reads ON ritme.day_counts FOR SELECT TO {{manager}} USING (true);
