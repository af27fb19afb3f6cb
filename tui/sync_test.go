package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"ritme/postgres"
	"ritme/replica"
	"ritme/rhythm"
	"ritme/store"
)

// memServer is a sync server in memory: every row pushed, in order, as
// replica.Sync needs of a server. It keeps every version (it does not
// merge), which is enough for these tests: the local side merges.
type memServer struct {
	mu   sync.Mutex
	rows []replica.Row
}

// memClient is a memServer as one machine sees it.
type memClient struct {
	s       *memServer
	machine string
}

func (c memClient) ID() string { return "mem" }

func (c memClient) Newest() int64 {
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	return int64(len(c.s.rows))
}

func (c memClient) Push(_ context.Context, rows []replica.Row) error {
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	c.s.rows = append(c.s.rows, rows...)
	return nil
}

func (c memClient) Pull(_ context.Context, after int64, max int) ([]replica.Row, int64, error) {
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	var out []replica.Row
	pos := after
	for pos < int64(len(c.s.rows)) && int(pos-after) < max {
		if r := c.s.rows[pos]; r.Machine != c.machine {
			out = append(out, r)
		}
		pos++
	}
	return out, pos, nil
}

// syncFake is what the TUI is given to sync with: the real local side of
// db with a memServer, as cli wires postgres.Sync. fail, when set, makes
// each sync fail with it before it reaches the server; calls counts the
// syncs started.
type syncFake struct {
	db  *store.DB
	srv *memServer

	mu    sync.Mutex
	fail  error
	calls int
}

// setUpSync sets up sync for db with srv and returns the fake.
func setUpSync(tb testing.TB, db *store.DB, srv *memServer) *syncFake {
	tb.Helper()
	if _, err := db.SetUpSync(context.Background(), "postgres://anna@mem/sales", "anna"); err != nil {
		tb.Fatal(err)
	}
	return &syncFake{db: db, srv: srv}
}

// sync runs one sync of the fake's database, as cli's Options.Sync does.
func (f *syncFake) sync(ctx context.Context) (int, error) {
	f.mu.Lock()
	f.calls++
	fail := f.fail
	f.mu.Unlock()
	if fail != nil {
		return 0, fail
	}
	cfg, err := f.db.SyncConfig(ctx)
	if err != nil || cfg.Server == "" {
		return 0, err
	}
	res, err := replica.Sync(ctx, f.db.Replica(), memClient{f.srv, cfg.Machine})
	if err != nil {
		return res.Received, err
	}
	return res.Received, f.db.SyncDone(ctx, time.Now())
}

// state reads the state of the fake's database, as cli's
// Options.SyncState does.
func (f *syncFake) state(ctx context.Context) (SyncState, error) {
	cfg, err := f.db.SyncConfig(ctx)
	return SyncState{On: cfg.Server != "", Waiting: cfg.Waiting, Last: cfg.LastSync}, err
}

// syncs returns how many syncs were started.
func (f *syncFake) syncs() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// failWith makes the next syncs fail with err (none when nil).
func (f *syncFake) failWith(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = err
}

// options returns the TUI's options with the fake's sync, and short
// timings so that the timers fire at once in runHolding.
func (f *syncFake) options() Options {
	return Options{Today: func() rhythm.Date { return testToday }, Sync: f.sync, SyncState: f.state,
		SyncEvery: time.Millisecond, SyncDelay: time.Millisecond}
}

// newSyncModel returns a model on testToday with opts, its first snapshot
// loaded, and its sync started as Init starts it; it returns the sync's
// timer messages that fired, held back.
func newSyncModel(tb testing.TB, st Store, opts Options) (*model, []tea.Msg) {
	tb.Helper()
	m := newModel(context.Background(), st, opts)
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	runHolding(tb, m, m.enqueue(op{kind: opReload}))
	if !m.c.ready() {
		tb.Fatalf("no snapshot after the first load: status %q", m.status)
	}
	return m, runHolding(tb, m, m.syncInit())
}

// runHolding runs cmd as run does, but holds back the messages of the
// background timers (the sync's syncTickMsg and syncDueMsg, the team's
// teamTickMsg) and returns them, so that a test decides when they arrive.
func runHolding(tb testing.TB, m *model, cmd tea.Cmd) []tea.Msg {
	tb.Helper()
	var held []tea.Msg
	for depth := 0; cmd != nil; depth++ {
		if depth > 100 {
			tb.Fatal("command chain does not end")
		}
		if name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name(); strings.Contains(name, "/cursor.") {
			return held
		}
		msg := cmd()
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(cmd) {
			for i := range v.Len() {
				held = append(held, runHolding(tb, m, v.Index(i).Interface().(tea.Cmd))...)
			}
			return held
		}
		switch msg.(type) {
		case nil, tea.QuitMsg:
			return held
		case syncTickMsg, syncDueMsg, teamTickMsg:
			return append(held, msg)
		}
		_, cmd = m.Update(msg)
	}
	return held
}

// pressHolding presses keys as press does and returns the timer messages
// they started, held back.
func pressHolding(tb testing.TB, m *model, keys ...tea.KeyPressMsg) []tea.Msg {
	tb.Helper()
	var held []tea.Msg
	for _, k := range keys {
		_, cmd := m.Update(k)
		held = append(held, runHolding(tb, m, cmd)...)
	}
	return held
}

// deliver hands held messages to m, in order, and returns those their
// commands started, held back.
func deliver(tb testing.TB, m *model, msgs ...tea.Msg) []tea.Msg {
	tb.Helper()
	var held []tea.Msg
	for _, msg := range msgs {
		_, cmd := m.Update(msg)
		held = append(held, runHolding(tb, m, cmd)...)
	}
	return held
}

// waiting returns how many changes wait to be sent in db.
func waiting(tb testing.TB, db *store.DB) int {
	tb.Helper()
	cfg, err := db.SyncConfig(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return cfg.Waiting
}

// statusOf returns the status line of m's frame, unstyled.
func statusOf(m *model) string {
	lines := strings.Split(screen(m), "\n")
	return lines[len(lines)-2]
}

// TestSyncMarkerWaitingThenSynced: the first sync runs on start; two
// ticks show "2 waiting" in the status line until their one sync (the
// writes of a burst go together) has run, then "synced".
func TestSyncMarkerWaitingThenSynced(t *testing.T) {
	db := seededDB(t)
	fake := setUpSync(t, db, &memServer{})
	m, _ := newSyncModel(t, db, fake.options())
	if fake.syncs() != 1 {
		t.Fatalf("syncs on start = %d, want 1", fake.syncs())
	}
	if got := statusOf(m); !strings.HasSuffix(got, "synced") {
		t.Fatalf("status line after the first sync = %q, want synced at its end", got)
	}
	held := pressHolding(t, m, kp("m"), kp("m"))
	got := statusOf(m)
	if !strings.HasSuffix(got, "2 waiting") || !strings.Contains(got, "logged mail") {
		t.Fatalf("status line after m m = %q, want the tick and 2 waiting", got)
	}
	if w := lipgloss.Width(" " + got); w != 80 {
		t.Errorf("status line is %d cells wide, want the marker at the right edge of 80", w)
	}
	if fake.syncs() != 1 {
		t.Fatalf("a key press synced at once: syncs = %d, want 1", fake.syncs())
	}
	if len(held) != 2 {
		t.Fatalf("held timer messages = %v, want one delayed sync per write", held)
	}
	deliver(t, m, held...)
	if fake.syncs() != 2 {
		t.Errorf("syncs after the writes = %d, want 2 (one for both writes)", fake.syncs())
	}
	if got := statusOf(m); !strings.HasSuffix(got, "synced") {
		t.Errorf("status line after the sync = %q, want synced", got)
	}
	cfg, err := db.SyncConfig(context.Background())
	if err != nil || cfg.Waiting != 0 || cfg.LastSync.IsZero() {
		t.Errorf("sync config after the sync = %+v, %v: want nothing waiting and a last sync", cfg, err)
	}
}

// TestSyncOffline: a sync that fails, whether the server cannot be
// reached or for any other reason, shows offline; a write then shows what
// waits beside it; the next sync that works shows synced.
func TestSyncOffline(t *testing.T) {
	for _, fail := range []error{fmt.Errorf("connect: %w", postgres.ErrUnreachable), errors.New("server said no")} {
		t.Run(fail.Error(), func(t *testing.T) {
			db := seededDB(t)
			fake := setUpSync(t, db, &memServer{})
			fake.failWith(fail)
			m, held := newSyncModel(t, db, fake.options())
			if got, want := statusOf(m), fmt.Sprintf("offline · %d waiting", waiting(t, db)); !strings.HasSuffix(got, want) {
				t.Fatalf("status line = %q, want offline and what waits", got)
			}
			fake.failWith(nil)
			held = deliver(t, m, held...) // the minute's tick: tried again
			if got := statusOf(m); !strings.HasSuffix(got, "synced") {
				t.Fatalf("status line after a sync that worked = %q, want synced", got)
			}
			fake.failWith(fail)
			deliver(t, m, held...)
			held = pressHolding(t, m, kp("v"))
			deliver(t, m, held...)
			if got := statusOf(m); !strings.HasSuffix(got, "offline · 1 waiting") {
				t.Errorf("status line after a write made offline = %q, want offline · 1 waiting", got)
			}
			if fake.syncs() != 4 {
				t.Errorf("syncs = %d, want 4 (start, tick, tick, after the write)", fake.syncs())
			}
		})
	}
}

// TestSyncBringsChangesIntoTheViews: a sync that received another
// machine's entry reloads the views, although the TUI's poll of the data
// version may not see a write made through its own connections.
func TestSyncBringsChangesIntoTheViews(t *testing.T) {
	ctx := context.Background()
	srv := &memServer{}
	db := seededDB(t)
	fake := setUpSync(t, db, srv)
	m, held := newSyncModel(t, db, fake.options())
	if strings.Contains(screen(m), "visit ■  1/1") {
		t.Fatalf("a visit today before the other machine logged it:\n%s", screen(m))
	}
	other := mustOpen(t)
	otherFake := setUpSync(t, other, srv)
	if _, err := other.Log(ctx, testToday, rhythm.Visit, 1, "Noord Data", ""); err != nil {
		t.Fatal(err)
	}
	if _, err := otherFake.sync(ctx); err != nil {
		t.Fatal(err)
	}
	deliver(t, m, held[0]) // the minute's tick
	if got := count(t, db, testToday, rhythm.Visit); got != 1 {
		t.Fatalf("visits today after the sync = %d, want the other machine's 1", got)
	}
	if !strings.Contains(screen(m), "visit ■  1/1 ✓") {
		t.Errorf("the view does not show the visit the sync brought:\n%s", screen(m))
	}
}

// TestAnotherProcesssWriteShowsAsWaiting: what another ritme process
// logged waits to be sent, and the marker says so as soon as the poll
// brings the write in; the TUI does not sync for it before the minute.
func TestAnotherProcesssWriteShowsAsWaiting(t *testing.T) {
	db := seededDB(t)
	fake := setUpSync(t, db, &memServer{})
	m, _ := newSyncModel(t, db, fake.options())
	other, err := store.Open(context.Background(), db.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Log(context.Background(), testToday, rhythm.Visit, 1, "Elsewhere BV", ""); err != nil {
		t.Fatal(err)
	}
	if held := runHolding(t, m, m.poll()); len(held) != 0 || fake.syncs() != 1 {
		t.Errorf("the poll started a sync: held %v, syncs %d", held, fake.syncs())
	}
	if got := statusOf(m); !strings.HasSuffix(got, "1 waiting") {
		t.Errorf("status line after another process's write = %q, want 1 waiting", got)
	}
}

// TestNoSyncWhenNotSetUp: with the sync functions given (as cli always
// gives them) but no server set up, the TUI never syncs, and its frames
// are those of a TUI without sync, byte for byte.
func TestNoSyncWhenNotSetUp(t *testing.T) {
	db := seededDB(t)
	fake := &syncFake{db: db, srv: &memServer{}}
	m, held := newSyncModel(t, db, fake.options())
	plain := newTestModel(t, seededDB(t), 80, 24)
	if a, b := m.View().Content, plain.View().Content; a != b {
		t.Errorf("frame on start differs from one without sync:\n%s\n%s", ansi.Strip(a), ansi.Strip(b))
	}
	held = append(held, pressHolding(t, m, kp("m"))...)
	deliver(t, m, held...)
	press(t, plain, kp("m"))
	if fake.syncs() != 0 {
		t.Errorf("syncs = %d, want 0", fake.syncs())
	}
	if a, b := m.View().Content, plain.View().Content; a != b {
		t.Errorf("frame after a write differs from one without sync:\n%s\n%s", ansi.Strip(a), ansi.Strip(b))
	}
}

// TestAWriteDuringASyncSyncsAgainAfterIt: at most one sync runs; a write
// while one runs makes one more run after it, so that the write is sent.
func TestAWriteDuringASyncSyncsAgainAfterIt(t *testing.T) {
	db := seededDB(t)
	fake := setUpSync(t, db, &memServer{})
	m := newModel(context.Background(), db, fake.options())
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	runHolding(t, m, m.enqueue(op{kind: opReload}))
	m.syncState(m.readSyncState()().(syncStateMsg))
	first := m.startSync() // the first sync: run by hand below
	if first == nil {
		t.Fatal("no sync started")
	}
	held := pressHolding(t, m, kp("m"))
	deliver(t, m, held...) // the write's delayed sync, while the first runs
	if fake.syncs() != 0 || !m.sync.again {
		t.Fatalf("syncs = %d, again = %v: want the delayed sync to wait for the running one", fake.syncs(), m.sync.again)
	}
	runHolding(t, m, first)
	if fake.syncs() != 2 {
		t.Errorf("syncs = %d, want 2: the running one and one more after it", fake.syncs())
	}
	if got := statusOf(m); !strings.HasSuffix(got, "synced") {
		t.Errorf("status line = %q, want synced", got)
	}
}

// TestKeysDoNotWaitForASlowSync runs the whole program with a sync that
// hangs until cancelled: keys are handled while it hangs, and quitting
// cancels it.
func TestKeysDoNotWaitForASlowSync(t *testing.T) {
	started, cancelled := make(chan struct{}), make(chan struct{})
	hang := func(ctx context.Context) (int, error) {
		close(started)
		<-ctx.Done()
		close(cancelled)
		return 0, ctx.Err()
	}
	state := func(context.Context) (SyncState, error) {
		return SyncState{On: true, Waiting: 3, Last: time.Now()}, nil
	}
	m := newModel(context.Background(), seededDB(t), Options{Today: func() rhythm.Date { return testToday }, Poll: time.Hour,
		Sync: hang, SyncState: state, SyncEvery: time.Hour})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Year to date"))
	}, teatest.WithDuration(5*time.Second))
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("no sync on start")
	}
	tm.Send(kp("?"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("previous day"))
	}, teatest.WithDuration(5*time.Second))
	tm.Send(kp("esc"))
	tm.Send(kp("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*model)
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("quitting did not cancel the sync")
	}
	fm.waitSync() // returns once the cancelled sync ended
	if fm.mode != modeQuitting {
		t.Errorf("mode = %v, want quitting", fm.mode)
	}
}

// TestSyncMarkerFitsEveryWidth: the status line with the widest marker
// never overflows; at narrow widths a long status keeps its room and the
// marker drops.
func TestSyncMarkerFitsEveryWidth(t *testing.T) {
	db := seededDB(t)
	fake := setUpSync(t, db, &memServer{})
	fake.failWith(errors.New("down"))
	m, _ := newSyncModel(t, db, fake.options())
	m.setStatus("logged mail for Van Dijk Logistiek on Fri 27 Nov", false)
	for w := 1; w <= 120; w++ {
		m.Update(tea.WindowSizeMsg{Width: w, Height: 24})
		line := m.statusLine()
		if got := lipgloss.Width(line); got > m.area.width {
			t.Errorf("width %d: status line is %d cells, more than %d", w, got, m.area.width)
		}
		if w == 80 && !strings.HasSuffix(ansi.Strip(line), fmt.Sprintf("offline · %d waiting", waiting(t, db))) {
			t.Errorf("width 80: status line %q lacks the marker", ansi.Strip(line))
		}
		if w == 40 && strings.Contains(ansi.Strip(line), "offline") {
			t.Errorf("width 40: status line %q keeps the marker over the status", ansi.Strip(line))
		}
	}
}
