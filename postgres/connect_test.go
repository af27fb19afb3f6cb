package postgres_test

import (
	"errors"
	"strings"
	"testing"

	"ritme/postgres"
)

// secret is the password in the URLs of these tests: no output may hold
// any part of it.
const secret = "s3cr3t"

func TestWithoutPassword(t *testing.T) {
	cases := []struct{ url, want string }{
		{"postgres://root:s3cr3t@h/db?sslmode=disable&password=s3cr3t2", "postgres://root@h/db?sslmode=disable"},
		{"postgres://root@h/db?sslpassword=s3cr3t", "postgres://root@h/db"},
		{"postgresql://root:s3cr3t@h:5433/db", "postgresql://root@h:5433/db"},
		{"postgres://root@h/db", "postgres://root@h/db"},
		// URLs that net/url cannot read lose everything from the user's
		// colon up to the last @.
		{"postgres://root:s3cr3t@[::1", "postgres://root@[::1"},
		{"postgres://root:p@ss:s3cr3t@[::1", "postgres://root@[::1"},
		{"postgres://root:pa s3cr3t@h/db?password=s3cr3t&x=1", "postgres://root@h/db?x=1"},
		{"host=h password='a s3cr3t' dbname=d", "host=h dbname=d"},
		{"host=h password = s3cr3t dbname=d", "host=h dbname=d"},
		{`host=h password='a\' s3cr3t' dbname=d`, "host=h dbname=d"},
		{"host=h password='a s3cr3t", "host=h"},
		{"host=h dbname=d", "host=h dbname=d"},
	}
	for _, c := range cases {
		if got := postgres.WithoutPassword(c.url); got != c.want {
			t.Errorf("WithoutPassword(%q) = %q, want %q", c.url, got, c.want)
		}
	}
}

func TestHasPassword(t *testing.T) {
	cases := []struct {
		url  string
		want bool
	}{
		{"postgres://root:s3cr3t@h/db", true},
		{"postgres://root:@h/db", true},
		{"postgres://root@h/db?password=s3cr3t", true},
		{"postgres://root:s3cr3t@[::1", true},
		{"host=h password=s3cr3t", true},
		{"postgres://root@h/db", false},
		{"postgres://h/db?sslmode=disable", false},
		{"host=h user=root", false},
	}
	for _, c := range cases {
		if got := postgres.HasPassword(c.url); got != c.want {
			t.Errorf("HasPassword(%q) = %v, want %v", c.url, got, c.want)
		}
	}
}

func TestCheckURL(t *testing.T) {
	cases := []struct {
		url  string
		want error // nil: any *BadURLError
		ok   bool
	}{
		{url: "postgres://root@127.0.0.1/db?sslmode=disable", ok: true},
		{url: "postgres://root:s3cr3t@127.0.0.1/db?sslmode=disable", ok: true},
		{url: "host=127.0.0.1 user=root dbname=db", ok: true},
		{url: "host=127.0.0.1 password='a s3cr3t'", want: postgres.ErrPasswordInString},
		{url: "host=127.0.0.1 sslpassword=s3cr3t", want: postgres.ErrPasswordInString},
		{url: "host=127.0.0.1 password='a s3cr3t", want: postgres.ErrPasswordInString},
		// pgx takes the first @ for the end of the user part, net/url the
		// last: "s3cr3t@127.0.0.1" would be a host, said in errors.
		{url: "postgres://root:p@s3cr3t@127.0.0.1/db", want: postgres.ErrPasswordEncoding},
		{url: "postgres://root:s3cr3t@[::1"},
		{url: "postgres://root:pa s3cr3t@h/db"},
		{url: "postgres://x y"},
		{url: "host=127.0.0.1 port=notaport"},
	}
	for _, c := range cases {
		err := postgres.CheckURL(c.url)
		var bad *postgres.BadURLError
		switch {
		case c.ok && err != nil:
			t.Errorf("CheckURL(%q) = %v, want nil", c.url, err)
		case c.ok:
		case !errors.As(err, &bad):
			t.Errorf("CheckURL(%q) = %v, want a *BadURLError", c.url, err)
		case c.want != nil && !errors.Is(err, c.want):
			t.Errorf("CheckURL(%q) = %v, want %v", c.url, err, c.want)
		case strings.Contains(err.Error(), "s3cr") || strings.Contains(err.Error(), "cr3t") || strings.Contains(bad.Reason, "://"):
			t.Errorf("CheckURL(%q) = %q: says a part of the password, or the URL", c.url, err)
		}
	}
}
