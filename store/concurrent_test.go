package store_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// TestConcurrentHandles has goroutines, each with its own *store.DB on one
// new file, open it at once (racing to create and migrate it) and log and
// read at the same time. Every entry must arrive and no call may fail.
func TestConcurrentHandles(t *testing.T) {
	const (
		writers = 8
		rounds  = 15
	)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")
	kinds := []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit}
	d0 := date(t, "2026-03-02")

	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		logged  []string
		errs    = make(chan error, writers*rounds*2)
		start   = make(chan struct{})
		handles = make([]*store.DB, writers)
	)
	for w := range writers {
		wg.Go(func() {
			<-start
			db, err := store.Open(ctx, path)
			if err != nil {
				errs <- fmt.Errorf("writer %d: open: %w", w, err)
				return
			}
			handles[w] = db
			for r := range rounds {
				got, err := db.Log(ctx, d0.AddDays(r%3), kinds[w%3], 1+r%3, fmt.Sprint("writer ", w), "")
				if err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
				mu.Lock()
				logged = append(logged, ids(got)...)
				mu.Unlock()
				// A reader on the same handle between writes, as the TUI does.
				if _, _, err := db.Tracker(ctx); err != nil {
					errs <- fmt.Errorf("writer %d: tracker: %w", w, err)
					return
				}
			}
		})
	}
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, db := range handles {
		if db != nil {
			db.Close()
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	want := writers * (rounds/3*(1+2+3) + []int{0, 1, 3}[rounds%3])
	checkAllThere(t, path, logged, want)
}

// TestConcurrentProcesses runs several child processes, each opening the
// same new file and logging entries one Log at a time, while this process
// logs too. Every entry a process reported must be there.
func TestConcurrentProcesses(t *testing.T) {
	const (
		procs   = 4
		perProc = 40
	)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ritme.db")

	type run struct {
		stdout, stderr bytes.Buffer
		err            error
	}
	runs := make([]*run, procs)
	start := time.Now().Add(time.Second)
	var wg sync.WaitGroup
	for i := range procs {
		r := &run{}
		runs[i] = r
		cmd := childCommand(t, "log", path, fmt.Sprint(childN, "=", perProc), fmt.Sprint(childStart, "=", start.UnixNano()),
			childKind+"="+string([]rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "linkedin"}[i]))
		cmd.Stdout, cmd.Stderr = &r.stdout, &r.stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Go(func() { r.err = cmd.Wait() })
	}

	// This process writes at the same time, through its own handle.
	var mine []string
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Errorf("open in the parent: %v", err)
	} else {
		time.Sleep(time.Until(start))
		for i := range perProc {
			got, err := db.Log(ctx, date(t, "2026-03-06"), rhythm.Visit, 1, "parent", "")
			if err != nil {
				t.Errorf("parent Log #%d: %v", i, err)
				break
			}
			mine = append(mine, got[0].ID)
		}
		db.Close()
	}
	wg.Wait()

	logged := mine
	for i, r := range runs {
		if r.err != nil || r.stderr.Len() > 0 {
			t.Errorf("child %d: %v: %s", i, r.err, strings.TrimSpace(r.stderr.String()))
		}
		if strings.Contains(r.stderr.String(), "locked") || strings.Contains(r.stderr.String(), "busy") {
			t.Errorf("child %d hit a lock: %s", i, r.stderr.String())
		}
		lines := strings.Fields(r.stdout.String())
		if len(lines) != perProc {
			t.Errorf("child %d reported %d entries, want %d", i, len(lines), perProc)
		}
		logged = append(logged, lines...)
	}
	checkAllThere(t, path, logged, (procs+1)*perProc)

	// How often the writer changes from one entry to the next, in commit
	// order: a sign that the processes did write at the same time.
	raw := rawOpen(t, path)
	var switches int
	if err := raw.QueryRow(`SELECT count(*) FROM (SELECT note <> lag(note) OVER (ORDER BY seq) AS s FROM entries) WHERE s`).Scan(&switches); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entries from %d processes, the writer changed %d times", (procs+1)*perProc, procs+1, switches)
}

// TestConcurrentCreate starts several processes that open the same file,
// which does not exist yet, at the same moment: they race to create it,
// probe it and migrate it. Each must succeed and log its entry.
func TestConcurrentCreate(t *testing.T) {
	const (
		procs  = 6
		rounds = 3
	)
	for round := range rounds {
		path := filepath.Join(t.TempDir(), "ritme.db")
		start := time.Now().Add(700 * time.Millisecond)
		outs := make([]*bytes.Buffer, procs)
		errs := make([]*bytes.Buffer, procs)
		var wg sync.WaitGroup
		for i := range procs {
			outs[i], errs[i] = &bytes.Buffer{}, &bytes.Buffer{}
			cmd := childCommand(t, "open", path, fmt.Sprint(childStart, "=", start.UnixNano()))
			cmd.Stdout, cmd.Stderr = outs[i], errs[i]
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			wg.Go(func() {
				if err := cmd.Wait(); err != nil {
					t.Errorf("round %d, child %d: %v: %s", round, i, err, strings.TrimSpace(errs[i].String()))
				}
			})
		}
		wg.Wait()
		var logged []string
		for _, out := range outs {
			logged = append(logged, strings.Fields(out.String())...)
		}
		checkAllThere(t, path, logged, procs)
	}
}

// checkAllThere opens the file and checks that it holds exactly want
// entries, among them every id in logged, that no id is repeated, that
// day_counts is right and that SQLite finds the file sound.
func checkAllThere(t *testing.T, path string, logged []string, want int) {
	t.Helper()
	ctx := context.Background()
	if len(logged) != want {
		t.Errorf("%d entries reported logged, want %d", len(logged), want)
	}
	db := mustOpenPath(t, path)
	all, err := db.Entries(ctx, store.EntryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, e := range all {
		if have[e.ID] {
			t.Errorf("id %s is there twice", e.ID)
		}
		have[e.ID] = true
	}
	missing := 0
	for _, id := range logged {
		if !have[id] {
			missing++
			if missing <= 5 {
				t.Errorf("entry %s was reported logged but is not there", id)
			}
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d reported entries are missing", missing, len(logged))
	}
	if len(all) != want {
		t.Errorf("the file holds %d entries, want %d", len(all), want)
	}
	checkDayCounts(t, path)
	checkIntegrity(t, path)
}

// checkIntegrity fails the test unless PRAGMA integrity_check of the file
// says ok.
func checkIntegrity(t *testing.T, path string) {
	t.Helper()
	raw := rawOpen(t, path)
	rows, err := raw.Query(`PRAGMA integrity_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 || lines[0] != "ok" {
		t.Errorf("integrity_check = %q, want ok", lines)
	}
}
