package postgres

import (
	"errors"

	"github.com/jackc/pgx/v5/pgconn"
)

// isCode reports whether err is a PostgreSQL error with that SQLSTATE.
func isCode(err error, code string) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == code
}
