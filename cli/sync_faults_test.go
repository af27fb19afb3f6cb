package cli

// Sync under faults, through the real binary and a real PostgreSQL: the
// server down, the server's connections cut in the middle of a sync (as a
// restart does), and ritme killed with SIGKILL at random moments of a sync.
// Each ends with nothing lost and nothing doubled, and both machines alike.

import (
	"math/rand/v2"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"ritme/internal/pgtest"
)

func TestSyncServerDown(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	proxy := pgtest.NewProxy(t, "")
	a, b := syncedPair(t, proxy.URL(pg.URL()))
	must(t, a, "log", "mail", "--who", "Acme BV")
	syncOnce(t, a)

	proxy.Down()
	must(t, a, "log", "call", "-n", "2")
	must(t, a, "leave", "add", "2026-03-03")
	_, errOut, code := ritme(t, a, "sync")
	if code != 1 || !strings.Contains(errOut, "cannot reach the server") || !strings.Contains(errOut, "sends what waits (3 changes)") {
		t.Fatalf("sync with the server down: exit %d, stderr %q; want exit 1, cannot reach, 3 changes waiting", code, errOut)
	}
	checkErrLine(t, errOut)
	if got := must(t, a, "status", "--line"); !strings.HasPrefix(got, "mail 1/5 call 2/2") {
		t.Fatalf("local writes while the server is down: status --line %q", got)
	}
	var st syncStatusJSON
	decodeJSON(t, must(t, a, "sync", "status", "--json"), &st)
	if st.Waiting != 3 || st.LastSync == nil {
		t.Fatalf("sync status while down = %+v, want 3 waiting and the last sync that worked", st)
	}

	proxy.Up()
	if s := syncOnce(t, a); s.Sent != 3 || s.Waiting != 0 {
		t.Fatalf("the sync after the server came back = %+v, want 3 sent", s)
	}
	syncOnce(t, b)
	sameData(t, a, b, testToday)
}

func TestSyncServerRestartedMidSync(t *testing.T) {
	pg := pgtest.NewDatabase(t)
	proxy := pgtest.NewProxy(t, "")
	a, b := syncedPair(t, proxy.URL(pg.URL()))
	must(t, a, "demo", "--years", "1", "--per-day", "40")
	must(t, b, "log", "visit", "--who", "Acme BV")
	for cut := 0; ; cut++ {
		cmd := exec.Command(ritmeBin, "--db", a, "--today", testToday, "sync")
		cmd.Env = baseEnv(t)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		start, deadline := proxy.Conns(), time.Now().Add(5*time.Second)
		for proxy.Conns() == start && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		// Later and later, doubling every third try, so that some cut
		// comes in the middle however fast the machine is.
		time.Sleep(5 * time.Millisecond << (cut / 3))
		proxy.Cut()
		err := cmd.Wait()
		if err == nil {
			t.Logf("%d syncs cut off before one finished", cut)
			break // this sync finished before the cut
		}
		if cut > 30 {
			t.Fatal("every sync was cut off")
		}
	}
	syncOnce(t, a)
	syncOnce(t, b)
	syncOnce(t, a)
	sameData(t, a, b, testToday, "2026-01-30")
}

func TestSyncKilledAtRandomMoments(t *testing.T) {
	if testing.Short() {
		t.Skip("50 syncs killed with SIGKILL: skipped with -short")
	}
	pg := pgtest.NewDatabase(t)
	a, b := syncedPair(t, pg.URL())
	must(t, a, "demo", "--years", "1", "--per-day", "10")
	want := len(entries(t, a))
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []string{"mail", "call", "visit"}
	for i := range 50 {
		db := []string{a, b}[i%2]
		must(t, db, "log", kinds[i%3], "--who", []string{"Acme BV", "Bakker Bouw", "Jansen"}[rng.IntN(3)])
		want++
		if i%5 == 0 {
			must(t, db, "follow-up", "Acme BV", "2026-03-1"+string(rune('0'+i%10)))
		}
		cmd := exec.Command(ritmeBin, "--db", db, "--today", testToday, "sync")
		cmd.Env = baseEnv(t)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(60)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	syncOnce(t, a)
	syncOnce(t, b)
	syncOnce(t, a)
	sameData(t, a, b, testToday)
	if n := len(entries(t, a)); n != want {
		t.Fatalf("%d entries after 50 killed syncs, want %d: lost or doubled", n, want)
	}
}
