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

// ErrBusy wraps a statement the server gave up on: it waited longer than
// LockTimeout for a lock (another sync of the rep holds it, or any role
// that took the rep's lock), or ran longer than StatementTimeout.
var ErrBusy = errors.New("server busy")

// connect opens a connection to the server at rawURL. Passwords come from
// a postgres:// URL, PGPASSWORD, ~/.pgpass or the server's own
// authentication, as libpq does it; a keyword/value string with a password
// is refused (see CheckURL).
func connect(ctx context.Context, rawURL string) (*pgx.Conn, error) {
	cfg, err := parseConfig(rawURL)
	if err != nil {
		return nil, err
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

// BadURLError is a server URL that cannot be read, or that holds a
// password ritme will not take. Its message holds neither the URL nor any
// part of it that may be a password.
type BadURLError struct {
	// Reason says what is wrong, in English, without the URL.
	Reason string
	// Err is the error underneath: ErrPasswordInString, or the parser's
	// (whose own message may quote the URL).
	Err error
}

// Error says that the server URL cannot be used, and why.
func (e *BadURLError) Error() string { return "server URL: " + e.Reason }

// Unwrap returns the error underneath.
func (e *BadURLError) Unwrap() error { return e.Err }

// Errors of a URL's password.
var (
	// ErrPasswordInString means a keyword/value connection string holds a
	// password: ritme stores the string, so the password must come from
	// PGPASSWORD or ~/.pgpass instead.
	ErrPasswordInString = errors.New("a keyword/value connection string holds a password")
	// ErrPasswordEncoding means a postgres:// URL's password holds a
	// character (such as @) that is not percent-encoded, so that the URL
	// can be read in more than one way.
	ErrPasswordEncoding = errors.New("the URL's password is not percent-encoded")
)

// CheckURL reports whether rawURL can be used as a server's URL without
// contacting the server: a *BadURLError if it cannot be read, if it is a
// keyword/value string that holds a password, or if it is a postgres://
// URL whose password can be read in more than one way.
func CheckURL(rawURL string) error {
	_, err := parseConfig(rawURL)
	return err
}

// parseConfig reads rawURL as CheckURL checks it.
func parseConfig(rawURL string) (*pgx.ConnConfig, error) {
	isURL := isURLForm(rawURL)
	if !isURL {
		if _, ok := keywordPassword(rawURL); ok {
			return nil, &BadURLError{Reason: ErrPasswordInString.Error(), Err: ErrPasswordInString}
		}
	}
	cfg, err := pgx.ParseConfig(rawURL)
	if err != nil {
		return nil, &BadURLError{Reason: parseReason(err, mayHoldPassword(rawURL)), Err: err}
	}
	if isURL && mayHoldPassword(rawURL) {
		// pgx and net/url (which WithoutPassword uses) must read the same
		// password: where they differ, a part of the password would be
		// taken for the host, and said in errors.
		u, err := url.Parse(rawURL)
		if err != nil {
			return nil, &BadURLError{Reason: ErrPasswordEncoding.Error(), Err: ErrPasswordEncoding}
		}
		pw, _ := u.User.Password()
		if q := u.Query(); q.Has("password") {
			pw = q.Get("password") // as pgx reads it: a parameter wins
		}
		if pw != "" && pw != cfg.Password {
			return nil, &BadURLError{Reason: ErrPasswordEncoding.Error(), Err: ErrPasswordEncoding}
		}
	}
	return cfg, nil
}

// parseReason says why pgx could not read a connection string, without
// the string: pgx's message quotes it, with a password hidden only as far
// as it can tell one. When the string may hold a password, the details of
// the parser underneath, which may quote a part of it, are left out too.
func parseReason(err error, secret bool) string {
	var pe *pgconn.ParseConfigError
	if !errors.As(err, &pe) {
		return "cannot be read"
	}
	msg := pe.Error()
	detail := ""
	if inner := errors.Unwrap(pe); inner != nil {
		detail = " (" + inner.Error() + ")"
		msg = strings.TrimSuffix(msg, detail)
	}
	// The message is "cannot parse `STRING`: REASON".
	if i := strings.LastIndex(msg, "`: "); i >= 0 {
		msg = msg[i+3:]
	}
	if secret {
		return msg
	}
	return msg + detail
}

// classify marks errors of the connection (rather than of the server's
// answer) as ErrUnreachable, a statement the server gave up on
// (lock_timeout, statement_timeout) as ErrBusy, and a refusal for lack of
// privilege as a *DeniedError.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var pgErr *pgconn.PgError
	var denied *DeniedError
	switch {
	case errors.Is(err, ErrUnreachable), errors.Is(err, ErrBusy), errors.As(err, &denied):
		return err // classified already
	case errors.As(err, &pgErr) && (pgErr.Code == "55P03" || pgErr.Code == "57014"):
		// lock_not_available, query_canceled
		return fmt.Errorf("%w: %w", ErrBusy, err)
	case errors.As(err, &pgErr) && pgErr.Code == "42501": // insufficient_privilege
		return &DeniedError{Message: pgErr.Message, Err: err}
	case errors.As(err, &pgErr), errors.Is(err, context.Canceled):
		return err
	}
	return fmt.Errorf("%w: %w", ErrUnreachable, err)
}

// isURLForm reports whether s is a postgres:// URL rather than a
// keyword/value string.
func isURLForm(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// passwordKey reports whether a connection parameter holds a secret.
func passwordKey(key string) bool {
	key = strings.ToLower(key)
	return key == "password" || key == "sslpassword"
}

// mayHoldPassword reports whether s may hold a password, erring on the
// side of yes: a URL whose user part (up to its last @) has a colon, or
// any string that mentions a password.
func mayHoldPassword(s string) bool {
	if strings.Contains(strings.ToLower(s), "password") {
		return true
	}
	if !isURLForm(s) {
		return false
	}
	rest := s[strings.Index(s, "://")+3:]
	at := strings.LastIndex(rest, "@")
	return at >= 0 && strings.Contains(rest[:at], ":")
}

// HasPassword reports whether rawURL holds a password (in its user part or
// as a parameter), which ritme uses to connect but never stores.
func HasPassword(rawURL string) bool {
	if !isURLForm(rawURL) {
		_, ok := keywordPassword(rawURL)
		return ok
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return mayHoldPassword(rawURL)
	}
	if _, ok := u.User.Password(); ok {
		return true
	}
	for key := range u.Query() {
		if passwordKey(key) {
			return true
		}
	}
	return false
}

// WithoutPassword returns rawURL with any password taken out, so that it
// can be stored and shown: a postgres:// URL loses the password of its
// user part and its password parameters; one that cannot be read loses
// everything from the colon of its user part up to its last @, and its
// password parameters; a keyword/value string loses its password keywords
// (and everything from the first mention of a password on when it cannot
// be read).
func WithoutPassword(rawURL string) string {
	if !isURLForm(rawURL) {
		spans, ok := keywordPassword(rawURL)
		if !ok {
			return rawURL
		}
		if spans == nil {
			i := strings.Index(strings.ToLower(rawURL), "password")
			return strings.TrimSpace(rawURL[:i])
		}
		var b strings.Builder
		last := 0
		for _, sp := range spans {
			b.WriteString(rawURL[last:sp[0]])
			last = sp[1]
		}
		b.WriteString(rawURL[last:])
		return strings.Join(strings.Fields(b.String()), " ")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return redactURL(rawURL)
	}
	if u.User != nil {
		u.User = url.User(u.User.Username())
	}
	q := u.Query()
	dropped := false
	for key := range q {
		if passwordKey(key) {
			q.Del(key)
			dropped = true
		}
	}
	if dropped {
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// redactURL takes the password out of a postgres:// URL that net/url
// cannot read: the user part is taken to run up to the last @, so that a
// password with an @ in it goes too, and any parameter named password or
// sslpassword goes.
func redactURL(s string) string {
	i := strings.Index(s, "://") + 3
	scheme, rest := s[:i], s[i:]
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		user := rest[:at]
		if c := strings.Index(user, ":"); c >= 0 {
			user = user[:c]
		}
		rest = user + rest[at:]
	}
	q := strings.Index(rest, "?")
	if q < 0 {
		return scheme + rest
	}
	var kept []string
	for _, p := range strings.Split(rest[q+1:], "&") {
		key, _, _ := strings.Cut(p, "=")
		if !passwordKey(key) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return scheme + rest[:q]
	}
	return scheme + rest[:q+1] + strings.Join(kept, "&")
}

// keywordPassword reads a keyword/value connection string as libpq does
// (keyword = value, a value quoted with ' or not, \ escaping the next
// character) and returns the byte spans [start, end) of its password
// keywords with their values; ok reports whether it holds one. A string
// that cannot be read is taken to hold a password when it mentions one,
// with no spans.
func keywordPassword(s string) (spans [][2]int, ok bool) {
	i, n := 0, len(s)
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' }
	unreadable := func() ([][2]int, bool) {
		return nil, strings.Contains(strings.ToLower(s), "password")
	}
	for {
		for i < n && isSpace(s[i]) {
			i++
		}
		if i == n {
			return spans, len(spans) > 0
		}
		start := i
		for i < n && s[i] != '=' && !isSpace(s[i]) {
			i++
		}
		key := s[start:i]
		for i < n && isSpace(s[i]) {
			i++
		}
		if key == "" || i == n || s[i] != '=' {
			return unreadable()
		}
		i++
		for i < n && isSpace(s[i]) {
			i++
		}
		if i < n && s[i] == '\'' {
			i++
			for i < n && s[i] != '\'' {
				if s[i] == '\\' {
					i++
				}
				i++
			}
			if i >= n {
				return unreadable()
			}
			i++
		} else {
			for i < n && !isSpace(s[i]) {
				if s[i] == '\\' {
					i++
				}
				i++
			}
			i = min(i, n)
		}
		if passwordKey(key) {
			spans = append(spans, [2]int{start, i})
		}
	}
}
