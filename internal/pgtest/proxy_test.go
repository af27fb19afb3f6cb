package pgtest_test

import (
	"context"
	"io"
	"net"
	"runtime"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"ritme/internal/pgtest"
)

func TestProxy(t *testing.T) {
	d := pgtest.NewDatabase(t)
	p := pgtest.NewProxy(t, "")
	u := p.URL(d.URL())

	t.Run("Forward", func(t *testing.T) {
		conn := connect(t, u)
		mustPing(t, conn)
		if got := p.Conns(); got < 1 {
			t.Fatalf("Conns()=%d, want at least 1", got)
		}
	})

	t.Run("DownUp", func(t *testing.T) {
		conn := connect(t, u)
		before := p.Conns()
		p.Down()
		if err := ping(conn); err == nil {
			t.Fatal("a query on an open connection worked while down")
		}
		if c, err := tryConnect(u); err == nil {
			c.Close(context.Background())
			t.Fatal("a new connection worked while down")
		}
		if got := p.Conns(); got <= before {
			t.Fatalf("Conns()=%d after a refused connection, want more than %d", got, before)
		}
		p.Up()
		mustPing(t, connect(t, u))
	})

	t.Run("Cut", func(t *testing.T) {
		conn := connect(t, u)
		mustPing(t, conn)
		p.Cut()
		if err := ping(conn); err == nil {
			t.Fatal("a query on a cut connection worked")
		}
		mustPing(t, connect(t, u))
	})
}

// TestProxyLeak checks that the proxy's goroutines end when it closes
// with connections still open.
func TestProxyLeak(t *testing.T) {
	// An echo server stands in for PostgreSQL.
	echo := listen(t)
	go func() {
		for {
			c, err := echo.Accept()
			if err != nil {
				return
			}
			go func() { io.Copy(c, c); c.Close() }()
		}
	}()
	before := runtime.NumGoroutine()

	var clients []net.Conn
	t.Run("Proxy", func(t *testing.T) {
		p := pgtest.NewProxy(t, echo.Addr().String())
		for range 3 {
			c, err := net.Dial("tcp", p.Addr())
			if err != nil {
				t.Fatal(err)
			}
			clients = append(clients, c)
			if _, err := c.Write([]byte("x")); err != nil {
				t.Fatal(err)
			}
			if _, err := io.ReadFull(c, make([]byte, 1)); err != nil {
				t.Fatalf("echo through the proxy: %v", err)
			}
		}
		if got, want := p.Conns(), 3; got != want {
			t.Fatalf("Conns()=%d, want %d", got, want)
		}
	})
	for _, c := range clients {
		// The proxy closed its end, so the client reads EOF.
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Read(make([]byte, 1)); err != io.EOF {
			t.Errorf("read after close: %v, want EOF", err)
		}
		c.Close()
	}

	// The echo server's goroutines end once their clients close.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > before {
		buf := make([]byte, 1<<16)
		t.Fatalf("%d goroutines, want at most %d:\n%s", got, before, buf[:runtime.Stack(buf, true)])
	}
}

// TestProxyURL checks that URL replaces only the host and port.
func TestProxyURL(t *testing.T) {
	p := pgtest.NewProxy(t, "127.0.0.1:5432")
	got := p.URL("postgres://anna@db.example:6543/ritme?sslmode=disable")
	if want := "postgres://anna@" + p.Addr() + "/ritme?sslmode=disable"; got != want {
		t.Fatalf("URL()=%q, want %q", got, want)
	}
}

// listen listens on a free loopback port until the test ends.
func listen(t testing.TB) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln
}

// tryConnect connects to u, giving up after five seconds.
func tryConnect(u string) (*pgx.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return pgx.Connect(ctx, u)
}

// ping runs a query on conn, giving up after five seconds.
func ping(conn *pgx.Conn) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := conn.Exec(ctx, "SELECT 1")
	return err
}

// mustPing fails the test unless a query on conn works.
func mustPing(t testing.TB, conn *pgx.Conn) {
	t.Helper()
	if err := ping(conn); err != nil {
		t.Fatalf("query through the proxy: %v", err)
	}
}
