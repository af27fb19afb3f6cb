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

// DeniedError is the server's refusal of a statement for lack of
// privilege (SQLSTATE 42501, insufficient_privilege) that ritme could not
// name more closely: the role lacks a grant, or row-level security refused
// a row.
type DeniedError struct {
	// Message is the server's own, such as "permission denied for table
	// rows".
	Message string
	Err     error
}

// Error says what the server refused.
func (e *DeniedError) Error() string { return e.Err.Error() }

// Unwrap returns the server's error.
func (e *DeniedError) Unwrap() error { return e.Err }
