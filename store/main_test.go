package store_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// The test binary doubles as the child process of the multi-process tests:
// run with RITME_TEST_CHILD set, it does that job instead of running tests.
const (
	childEnv  = "RITME_TEST_CHILD" // the job: "open", "log" or "loop"
	childDB   = "RITME_TEST_DB"    // the database path
	childN    = "RITME_TEST_N"     // how many Log calls ("log")
	childKind = "RITME_TEST_KIND"  // the kind to log
	// childStart, Unix nanoseconds, makes a "log" child wait after Open
	// until then, so that the children write at the same time.
	childStart = "RITME_TEST_START"
)

func TestMain(m *testing.M) {
	if job := os.Getenv(childEnv); job != "" {
		if err := child(job); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// child opens the database and logs entries, printing each id on its own
// line to stdout only after the Log that wrote it returned. Job "open"
// opens at RITME_TEST_START and logs one entry; job "log" makes
// RITME_TEST_N Log calls of one entry and exits; job "loop" logs one to
// three entries at a time until it is killed.
func child(job string) error {
	ctx := context.Background()
	path := os.Getenv(childDB)
	kind := rhythm.Kind(os.Getenv(childKind))
	if kind == "" {
		kind = rhythm.Mail
	}
	if job == "open" {
		// Open at the given moment, together with other children, a file
		// that does not exist yet.
		if start, err := strconv.ParseInt(os.Getenv(childStart), 10, 64); err == nil {
			time.Sleep(time.Until(time.Unix(0, start)))
		}
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	d := rhythm.NewDate(2026, time.March, 2)
	switch job {
	case "open":
		logged, err := db.Log(ctx, d, kind, 1, "child", "")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(os.Stdout, logged[0].ID)
		return err
	case "log":
		n, err := strconv.Atoi(os.Getenv(childN))
		if err != nil {
			return err
		}
		if start, err := strconv.ParseInt(os.Getenv(childStart), 10, 64); err == nil {
			time.Sleep(time.Until(time.Unix(0, start)))
		}
		for i := range n {
			logged, err := db.Log(ctx, d+rhythm.Date(i%5), kind, 1, "child", strconv.Itoa(os.Getpid()))
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintln(os.Stdout, logged[0].ID); err != nil {
				return err
			}
		}
		return nil
	case "loop":
		for i := 0; ; i++ {
			logged, err := db.Log(ctx, d+rhythm.Date(i%7), kind, 1+i%3, "crash", "")
			if err != nil {
				return err
			}
			// One write per entry: a line is whole or missing, never half
			// of an id that a later line completes.
			for _, e := range logged {
				if _, err := os.Stdout.WriteString(e.ID + "\n"); err != nil {
					return err
				}
			}
		}
	}
	return fmt.Errorf("unknown job %q", job)
}

// childCommand returns the command that runs this test binary as a child
// doing job on the database at path.
func childCommand(t *testing.T, job, path string, env ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), append([]string{childEnv + "=" + job, childDB + "=" + path}, env...)...)
	return cmd
}
