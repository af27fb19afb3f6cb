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

// SetUp prepares the server at url for a rep's sync. On a database without
// a ritme schema that this role may change, it makes the schema (one rep
// with several machines needs no team); on one this role owns, it migrates
// an older schema; otherwise it checks that the schema is there and not
// newer than this ritme. On a team server the rep must be the login role
// (rep "" means the login role).
func SetUp(ctx context.Context, url, rep string) (Server, error) {
	conn, err := connect(ctx, url)
	if err != nil {
		return Server{}, err
	}
	defer conn.Close(context.Background())
	var srv Server
	if err := conn.QueryRow(ctx, `SELECT current_user`).Scan(&srv.User); err != nil {
		return srv, classify(err)
	}
	before, err := readSchema(ctx, conn)
	if err != nil {
		return srv, err
	}
	s := before
	if !before.exists || (before.version < SchemaVersion() && owns(ctx, conn)) {
		if s, err = migrate(ctx, conn, nil); err != nil {
			return srv, err
		}
	} else if err := s.check(); err != nil {
		return srv, err
	}
	srv.ID, srv.Team, srv.Created = s.id, s.team, !before.exists
	if rep == "" {
		rep = srv.User
	}
	if s.team && rep != srv.User {
		return srv, fmt.Errorf("%w: %s is logged in as %s", ErrNotYou, rep, srv.User)
	}
	return srv, nil
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
	grants := strings.NewReplacer("{{rep}}", pgx.Identifier{t.RepRole}.Sanitize(),
		"{{manager}}", pgx.Identifier{t.ManagerRole}.Sanitize()).Replace(teamSQL)
	_, err = migrate(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, grants); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `UPDATE ritme.meta SET team = true`)
		return err
	})
	if errors.Is(err, ErrNoSchema) || isCode(err, "42501") {
		return t, fmt.Errorf("%w: %w", ErrRoleRights, err)
	}
	return t, err
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
