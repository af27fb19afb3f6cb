package postgres

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// ConnectTimeout bounds how long a connection attempt may take when the
// URL does not say (connect_timeout).
const ConnectTimeout = 5 * time.Second

// ErrUnreachable wraps a failure to reach the server: down, refused, cut
// off, or too slow.
var ErrUnreachable = errors.New("server unreachable")

// connect opens a connection to the server at rawURL. Passwords come from
// the URL, PGPASSWORD, ~/.pgpass or the server's own authentication, as
// libpq does it.
func connect(ctx context.Context, rawURL string) (*pgx.Conn, error) {
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, &BadURLError{Err: err}
	}
	if cfg.ConnectTimeout == 0 {
		cfg.ConnectTimeout = ConnectTimeout
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return nil, classify(err)
	}
	return conn, nil
}

// BadURLError is a server URL that cannot be read.
type BadURLError struct{ Err error }

func (e *BadURLError) Error() string { return "server URL: " + e.Err.Error() }
func (e *BadURLError) Unwrap() error { return e.Err }

// classify marks errors of the connection (rather than of the server's
// answer) as ErrUnreachable.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return err
	}
	if errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("%w: %w", ErrUnreachable, err)
}

// WithoutPassword returns rawURL with any password taken out, so that it
// can be stored: a postgres:// URL loses the password of its user part and
// a password parameter; a keyword/value string its password keyword.
func WithoutPassword(rawURL string) string {
	if strings.HasPrefix(rawURL, "postgres://") || strings.HasPrefix(rawURL, "postgresql://") {
		u, err := url.Parse(rawURL)
		if err != nil {
			return rawURL
		}
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		q := u.Query()
		if q.Has("password") {
			q.Del("password")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	fields := strings.Fields(rawURL)
	kept := fields[:0]
	for _, f := range fields {
		if !strings.HasPrefix(f, "password=") {
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}
