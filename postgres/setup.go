package postgres

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

// Server is what sync setup learned of a server.
type Server struct {
	// User is the login role; ID the server's id; Team whether the
	// database holds a team (ritme team init).
	User, ID string
	Team     bool
	// Created reports that this setup made the schema.
	Created bool
}

// ErrNotEmpty means a database without a ritme schema holds other tables:
// sync setup makes the schema only in a database of its own.
var ErrNotEmpty = errors.New("the database holds other tables and no ritme schema")

// NotRepError means the login role is not a rep of the team whose server
// it syncs with: row-level security would refuse its rows.
type NotRepError struct {
	Role string
	// Manager reports that the role is one of the team's managers.
	Manager bool
}

// Error says who the role is not.
func (e *NotRepError) Error() string {
	if e.Manager {
		return e.Role + " is a manager of this team, not a rep"
	}
	return e.Role + " is not a rep of this team"
}

// SetUp prepares the server at url for a rep's sync. On an empty database
// without a ritme schema that this role may change, it makes the schema
// (one rep with several machines needs no team); a database that holds
// other tables is refused with ErrNotEmpty. On one whose schema this role
// owns, it migrates an older schema; otherwise it checks that the schema
// is there and of this ritme's version. On a team server the login role
// must be one of the team's reps, and the rep must be the login role (rep
// "" means the login role).
func SetUp(ctx context.Context, url, rep string) (Server, error) {
	conn, err := connect(ctx, url)
	if err != nil {
		return Server{}, err
	}
	defer conn.Close(context.Background())
	var srv Server
	if err := conn.QueryRow(ctx, `SELECT session_user`).Scan(&srv.User); err != nil {
		return srv, classify(err)
	}
	before, err := readSchema(ctx, conn)
	if err != nil {
		return srv, notRepIfDenied(ctx, conn, err)
	}
	if !before.exists {
		if err := checkEmpty(ctx, conn); err != nil {
			return srv, err
		}
	}
	s := before
	if !before.exists || (before.version < SchemaVersion() && owns(ctx, conn)) {
		if s, err = migrate(ctx, conn, false); err != nil {
			return srv, err
		}
	} else if err := s.check(); err != nil {
		return srv, err
	}
	srv.ID, srv.Team, srv.Created = s.id, s.team, !before.exists
	if rep == "" {
		rep = srv.User
	}
	if s.team {
		return srv, checkRep(ctx, conn, rep)
	}
	return srv, nil
}

// checkEmpty refuses, with ErrNotEmpty, a database that holds relations
// (tables, views, sequences, …) of its own outside the system's schemas.
func checkEmpty(ctx context.Context, conn *pgx.Conn) error {
	var other bool
	err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
			AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'ritme')
			AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%')`).Scan(&other)
	switch {
	case err != nil:
		return classify(err)
	case other:
		return ErrNotEmpty
	}
	return nil
}

// membersSQL lists, as a query of one column oid, every role that is a
// member of the group role named by the query parameter $1, directly or
// through other groups. Membership is read from pg_auth_members, not from
// pg_has_role, which counts a superuser a member of every role.
const membersSQL = `WITH RECURSIVE members(oid) AS (
		SELECT a.member FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = $1
		UNION
		SELECT a.member FROM pg_auth_members a JOIN members m ON a.roleid = m.oid
	) SELECT oid FROM members`

// checkRep refuses, on a team's server, a login role that is not one of
// the team's reps (a *NotRepError), and a rep that is not the login role
// (ErrNotYou): row-level security keeps a rep to the rows of its login
// role.
func checkRep(ctx context.Context, conn *pgx.Conn, rep string) error {
	var user, database string
	var isRep, isManager bool
	err := conn.QueryRow(ctx, `SELECT session_user, current_database()`).Scan(&user, &database)
	if err != nil {
		return classify(err)
	}
	t := teamOf(database)
	member := `SELECT EXISTS (SELECT 1 FROM (` + membersSQL + `) m JOIN pg_roles r ON r.oid = m.oid WHERE r.rolname = session_user)`
	if err := conn.QueryRow(ctx, member, t.RepRole).Scan(&isRep); err != nil {
		return classify(err)
	}
	if err := conn.QueryRow(ctx, member, t.ManagerRole).Scan(&isManager); err != nil {
		return classify(err)
	}
	switch {
	case !isRep:
		return &NotRepError{Role: user, Manager: isManager}
	case rep != user:
		return fmt.Errorf("%w: %s is logged in as %s", ErrNotYou, rep, user)
	}
	return nil
}

// notRepIfDenied turns a refusal to read the schema, on a team's server,
// into the *NotRepError of a login role that is not one of its reps: a
// stranger to the team may not even read the schema.
func notRepIfDenied(ctx context.Context, conn *pgx.Conn, err error) error {
	if !isCode(err, "42501") {
		return err
	}
	var team bool
	if conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ritme_rep_' || current_database())`).Scan(&team) != nil || !team {
		return err
	}
	var notRep *NotRepError
	if rerr := checkRep(ctx, conn, ""); errors.As(rerr, &notRep) {
		return rerr
	}
	return err
}

// owns reports whether the login role owns the ritme schema.
func owns(ctx context.Context, conn *pgx.Conn) bool {
	var ok bool
	err := conn.QueryRow(ctx, `SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace WHERE nspname = 'ritme'`).Scan(&ok)
	return err == nil && ok
}

//go:embed team.sql
var teamSQL string

// Team is a team's database and its group roles.
type Team struct {
	Database, RepRole, ManagerRole string
}

// teamOf names the group roles of the database: the database's name in
// them keeps teams on one server apart.
func teamOf(database string) Team {
	return Team{Database: database, RepRole: "ritme_rep_" + database, ManagerRole: "ritme_manager_" + database}
}

// connectTeam connects to the database at url and names its team's roles.
func connectTeam(ctx context.Context, url string) (*pgx.Conn, Team, error) {
	conn, err := connect(ctx, url)
	if err != nil {
		return nil, Team{}, err
	}
	var database string
	if err := conn.QueryRow(ctx, `SELECT current_database()`).Scan(&database); err != nil {
		conn.Close(context.Background())
		return nil, Team{}, classify(err)
	}
	return conn, teamOf(database), nil
}

// ErrRoleRights means the role may not create roles or the schema.
var ErrRoleRights = errors.New("this role may not create the team's roles or schema")

// InitTeam makes the database at url a team's: the schema (or its
// migration), the group roles of reps and managers, and the row-level
// security that keeps each rep to its own rows. It is run by a role that
// owns the database and may create roles; running it again changes
// nothing.
func InitTeam(ctx context.Context, url string) (Team, error) {
	conn, t, err := connectTeam(ctx, url)
	if err != nil {
		return t, err
	}
	defer conn.Close(context.Background())
	for _, role := range []string{t.RepRole, t.ManagerRole} {
		_, err := conn.Exec(ctx, `DO $$ BEGIN
			IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = `+quoteLiteral(role)+`) THEN
				CREATE ROLE `+pgx.Identifier{role}.Sanitize()+` NOLOGIN;
			END IF;
		END $$`)
		if isCode(err, "42501") {
			return t, fmt.Errorf("%w: %w", ErrRoleRights, err)
		}
		if err != nil {
			return t, classify(err)
		}
	}
	_, err = migrate(ctx, conn, true)
	if errors.Is(err, ErrNoSchema) || isCode(err, "42501") {
		return t, fmt.Errorf("%w: %w", ErrRoleRights, err)
	}
	return t, err
}

// applyTeam applies the team's grants and row-level security (team.sql)
// for the group roles of the database, and marks the schema a team's.
func applyTeam(ctx context.Context, tx pgx.Tx) error {
	var database string
	if err := tx.QueryRow(ctx, `SELECT current_database()`).Scan(&database); err != nil {
		return err
	}
	t := teamOf(database)
	grants := strings.NewReplacer("{{rep}}", pgx.Identifier{t.RepRole}.Sanitize(),
		"{{manager}}", pgx.Identifier{t.ManagerRole}.Sanitize()).Replace(teamSQL)
	if _, err := tx.Exec(ctx, grants); err != nil {
		return err
	}
	_, err := tx.Exec(ctx, `UPDATE ritme.meta SET team = true`)
	return err
}

// quoteLiteral quotes s as an SQL string literal.
func quoteLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// Errors of team add-rep and add-manager.
var (
	ErrNoRole   = errors.New("no such login role")
	ErrBothWays = errors.New("a role is a rep or a manager, not both")
)

// AddMember grants a team's group role to an existing login role: a rep
// (manager false) or a manager. A role that is already the other is
// refused: a manager who also sells uses a second role.
func AddMember(ctx context.Context, url, role string, manager bool) (Team, error) {
	conn, t, err := connectTeam(ctx, url)
	if err != nil {
		return t, err
	}
	defer conn.Close(context.Background())
	s, err := readSchema(ctx, conn)
	if err != nil {
		return t, err
	}
	if !s.exists || !s.team {
		return t, ErrNotTeam
	}
	group, other := t.RepRole, t.ManagerRole
	if manager {
		group, other = other, group
	}
	var exists, isOther bool
	err = conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolcanlogin),
		EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
			WHERE r.rolname = $1 AND g.rolname = $2)`, role, other).Scan(&exists, &isOther)
	switch {
	case err != nil:
		return t, classify(err)
	case !exists:
		return t, fmt.Errorf("%w: %s", ErrNoRole, role)
	case isOther:
		return t, ErrBothWays
	}
	_, err = conn.Exec(ctx, `GRANT `+pgx.Identifier{group}.Sanitize()+` TO `+pgx.Identifier{role}.Sanitize())
	if isCode(err, "42501") {
		return t, fmt.Errorf("%w: %w", ErrRoleRights, err)
	}
	return t, classify(err)
}
