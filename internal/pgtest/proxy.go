package pgtest

import (
	"context"
	"io"
	"net"
	"net/url"
	"sync"
	"testing"
	"time"
)

// Proxy is a TCP proxy between a client and the server, which a test turns
// off and on to inject faults. Its methods are safe for concurrent use.
type Proxy struct {
	target string
	ln     net.Listener
	ctx    context.Context // canceled at close, to stop dials in flight
	cancel context.CancelFunc
	wg     sync.WaitGroup // the accept loop and every forwarding goroutine

	mu       sync.Mutex
	down     bool
	closed   bool
	accepted int
	links    map[*link]struct{} // open connections
}

// link is one client connection and, once dialled, its server connection.
type link struct {
	client, server net.Conn // server is nil until dialled; guarded by Proxy.mu
}

// close closes both ends of l.
func (l *link) close() {
	l.client.Close()
	if l.server != nil {
		l.server.Close()
	}
}

// NewProxy listens on 127.0.0.1 at a free port and forwards every
// connection to target, a host:port such as "127.0.0.1:5432"; an empty
// target means the host and port of ServerURL. The proxy closes, with all
// its connections and goroutines, when the test ends.
func NewProxy(t testing.TB, target string) *Proxy {
	t.Helper()
	if target == "" {
		u := parseServerURL(t)
		host, port := u.Hostname(), u.Port()
		if host == "" {
			t.Fatal("pgtest: the server URL has no TCP host to proxy")
		}
		if port == "" {
			port = "5432"
		}
		target = net.JoinHostPort(host, port)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("pgtest: proxy: %v", err)
	}
	p := &Proxy{target: target, ln: ln, links: make(map[*link]struct{})}
	p.ctx, p.cancel = context.WithCancel(context.Background())
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.close)
	return p
}

// Addr returns the address the proxy listens on, "127.0.0.1:PORT".
func (p *Proxy) Addr() string {
	return p.ln.Addr().String()
}

// URL returns dbURL, a postgres:// URL, with its host and port replaced by
// the proxy's. It panics if dbURL is not a URL.
func (p *Proxy) URL(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil {
		panic("pgtest: proxy: " + err.Error())
	}
	u.Host = p.Addr()
	return u.String()
}

// Down closes every open connection and, until Up, closes new ones as soon
// as they are accepted: the server looks down.
func (p *Proxy) Down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	p.cutLocked()
}

// Up makes the proxy forward new connections again after Down.
func (p *Proxy) Up() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = false
}

// Cut closes every open connection but keeps forwarding new ones: the
// server restarted.
func (p *Proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cutLocked()
}

// Conns returns how many connections the proxy has accepted so far,
// including those it closed at once while down, so that a test can wait
// until a client has (re)connected.
func (p *Proxy) Conns() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.accepted
}

// cutLocked closes every open connection; p.mu must be held.
func (p *Proxy) cutLocked() {
	for l := range p.links {
		l.close()
		delete(p.links, l)
	}
}

// close stops the proxy and waits for its goroutines to end.
func (p *Proxy) close() {
	p.ln.Close() // ends accept
	p.cancel()   // ends dials in flight
	p.mu.Lock()
	p.closed = true
	p.cutLocked() // ends the forwarding goroutines
	p.mu.Unlock()
	p.wg.Wait()
}

// accept accepts connections until the listener closes.
func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		p.accepted++
		if p.down || p.closed {
			p.mu.Unlock()
			c.Close()
			continue
		}
		l := &link{client: c}
		p.links[l] = struct{}{}
		p.wg.Add(1)
		p.mu.Unlock()
		go p.forward(l)
	}
}

// forward dials the server for l and copies bytes both ways until either
// side, or the proxy, closes.
func (p *Proxy) forward(l *link) {
	defer p.wg.Done()
	d := net.Dialer{Timeout: 5 * time.Second}
	s, err := d.DialContext(p.ctx, "tcp", p.target)

	p.mu.Lock()
	if _, open := p.links[l]; !open || err != nil {
		// Cut, Down or close came first, or the server is unreachable.
		delete(p.links, l)
		p.mu.Unlock()
		l.client.Close()
		if s != nil {
			s.Close()
		}
		return
	}
	l.server = s
	p.wg.Add(1)
	p.mu.Unlock()

	go func() {
		defer p.wg.Done()
		io.Copy(s, l.client)
		p.drop(l)
	}()
	io.Copy(l.client, s)
	p.drop(l)
}

// drop closes l and forgets it.
func (p *Proxy) drop(l *link) {
	p.mu.Lock()
	defer p.mu.Unlock()
	l.close()
	delete(p.links, l)
}
