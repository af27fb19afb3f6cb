// Command bench measures ritme against the floor of its own stack, as whole
// processes, and prints the table of README.md's Performance section:
//
//	go run ./scripts/bench            # about five minutes
//	go run ./scripts/bench -runs 50   # quicker, noisier
//
// It builds ritme and four floor programs (scripts/floor-select: open the
// file and SELECT 1; scripts/floor-linked: the same in a binary that links
// all that ritme links; scripts/floor-insert: open it and insert one row
// with WAL and synchronous=FULL; scripts/floor-tui: a Bubble Tea program
// that shows one line), makes demo databases of 1 and 10 years at 40
// entries a working day and of 10 years at 160, and times the commands in
// pairs: each run of a command is followed by a run of what it is compared
// with, and the ratio reported is the median of the pairs' ratios, which
// holds up on a noisy machine far better than a ratio of two means. Last,
// with -team (the default) and a PostgreSQL server as the tests use it, it
// times a manager's `ritme team --json` over 50 and 500 reps (team.go).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"
)

// today is fixed, so that every run measures the same history.
const today = "2026-11-27"

// ritmeBin is the ritme binary built for the run.
var ritmeBin string

var (
	runs    = flag.Int("runs", 200, "paired runs per comparison")
	workDir = flag.String("dir", "", "folder for binaries and databases (default: a new temporary folder)")
)

func main() {
	flag.Parse()
	dir := *workDir
	if dir == "" {
		var err error
		if dir, err = os.MkdirTemp("", "ritme-bench-"); err != nil {
			fail(err)
		}
		defer os.RemoveAll(dir)
	}
	bin := func(name string) string { return filepath.Join(dir, name) }
	ritmeBin = bin("ritme")
	build(ritmeBin, ".")
	build(bin("floor-select"), "./scripts/floor-select")
	build(bin("floor-linked"), "./scripts/floor-linked")
	build(bin("floor-insert"), "./scripts/floor-insert")
	build(bin("floor-tui"), "./scripts/floor-tui")

	db10 := demo(bin("ritme"), bin("10y-40.db"), 10, 40)
	db10x4 := demo(bin("ritme"), bin("10y-160.db"), 10, 160)
	db1 := demo(bin("ritme"), bin("1y-40.db"), 1, 40)
	ritme := func(db string, args ...string) []string {
		return append([]string{bin("ritme"), "--db", db, "--today", today}, args...)
	}

	fmt.Printf("machine: %s, %d CPUs, %s\n", cpuModel(), runtime.NumCPU(), runtime.Version())
	fmt.Printf("databases: %s\n\n", strings.Join([]string{describe(db1), describe(db10), describe(db10x4)}, "; "))
	fmt.Println("| measure | result | target |")
	fmt.Println("|---|---|---|")

	status := ritme(db10, "status", "--json")
	r := pair(status, []string{bin("floor-select"), db10})
	row("`status --json`, 10 y × 40/day, vs floor (open + SELECT 1)", r.text(), "≤ 1.3×")
	r = pair([]string{bin("floor-linked"), db10}, []string{bin("floor-select"), db10})
	row("floor-linked (open + SELECT 1, linking all that ritme links) vs floor", r.text(), "")
	r = pair(status, []string{bin("floor-linked"), db10})
	row("`status --json`, 10 y × 40/day, vs floor-linked", r.text(), "")
	r = pair([]string{bin("ritme"), "--version"}, []string{bin("floor-linked"), db10})
	row("`--version` vs floor-linked", r.text(), "")
	r = pair(ritme(db10x4, "status", "--json"), status)
	row("`status --json`, 10 y × 160/day vs 10 y × 40/day", r.text(), "≤ 1.15×")
	r = pair(status, ritme(db1, "status", "--json"))
	row("`status --json`, 10 y vs 1 y (40/day)", r.text(), "≤ 1.3×")
	r = pair(ritme(db10, "status", "--line"), status)
	row("`status --line` vs `status --json`, 10 y × 40/day", r.text(), "≤ 1.05×")

	logDB, floorDB := copyFile(db10, bin("log.db")), copyFile(db10, bin("floor.db"))
	r = pair(ritme(logDB, "log", "mail"), []string{bin("floor-insert"), floorDB})
	row("`log mail`, 10 y × 40/day, vs floor (open + insert, WAL, synchronous=FULL)", r.text(), "≤ 1.3×")
	snapshot := filepath.Join(dir, "backups", "snapshot-"+time.Now().Format("2006-01-02")+".db")
	first, later := dayLogs(ritme(logDB, "log", "mail"), snapshot, 30)
	row("`log mail`, 10 y × 40/day: the day's first, which makes the snapshot, vs a later one (median of 30; output printed / process done)",
		fmt.Sprintf("%.1f / %.1f ms vs %.1f / %.1f ms", first[0], first[1], later[0], later[1]), "output as fast")

	ff, rss := firstFrames(ritme(db10), 30)
	floorFF, _ := firstFrames([]string{bin("floor-tui")}, 30)
	row("TUI first complete frame, 10 y × 40/day (median of 30)",
		fmt.Sprintf("%.1f ms (a bare Bubble Tea program: %.1f ms)", ff, floorFF), "≤ 50 ms")
	row("TUI peak memory", fmt.Sprintf("%.1f MiB", rss), "≤ 40 MiB")
	row("`status` peak memory, 10 y × 40/day", fmt.Sprintf("%.1f MiB", peakRSS(ritme(db10, "status"))), "≤ 12 MiB")

	export := bin("export.json")
	run(ritme(db10, "export", "-o", export)...)
	var took []float64
	for i := range 3 {
		target := bin(fmt.Sprintf("import-%d.db", i))
		start := time.Now()
		run(ritme(target, "import", export)...)
		took = append(took, time.Since(start).Seconds())
	}
	row(fmt.Sprintf("`import` of the %s exported from 10 y × 40/day (median of 3)", describe(db10)), fmt.Sprintf("%.2f s", median(took)), "< 5 s")

	syncMeasures(ritme, db10, dir)
	benchTeam()
}

func row(measure, result, target string) { fmt.Printf("| %s | %s | %s |\n", measure, result, target) }

// ratio is the outcome of paired runs.
type ratio struct{ a, b, median float64 }

func (r ratio) text() string {
	return fmt.Sprintf("%.2f× (%.1f ms vs %.1f ms)", r.median, r.a, r.b)
}

// pair runs a and b alternately and returns their median times and the
// median of the ratios a/b.
func pair(a, b []string) ratio {
	run(a...) // warm the page cache and the file system
	run(b...)
	var ta, tb, rs []float64
	for range *runs {
		x, y := timed(a), timed(b)
		ta, tb, rs = append(ta, x), append(tb, y), append(rs, x/y)
	}
	return ratio{a: median(ta), b: median(tb), median: median(rs)}
}

// dayLogs runs args (a log) n times as the day's first write, with the
// day's snapshot removed before, and each time once more as a later write,
// and returns for both the medians of when the output line was printed and
// when the process was done, in milliseconds.
func dayLogs(args []string, snapshot string, n int) (first, later [2]float64) {
	var times [4][]float64
	for range n {
		if err := os.Remove(snapshot); err != nil && !os.IsNotExist(err) {
			fail(err)
		}
		for i := range 2 {
			out, done := outputAndDone(args)
			times[2*i], times[2*i+1] = append(times[2*i], out), append(times[2*i+1], done)
		}
	}
	return [2]float64{median(times[0]), median(times[1])}, [2]float64{median(times[2]), median(times[3])}
}

// outputAndDone runs a command and returns, in milliseconds, when its first
// line of output came and when it was done.
func outputAndDone(args []string) (output, done float64) {
	cmd := exec.Command(args[0], args[1:]...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		fail(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		fail(err)
	}
	if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
		fail(fmt.Errorf("%s: %v", strings.Join(args, " "), err))
	}
	output = float64(time.Since(start).Microseconds()) / 1000
	if err := cmd.Wait(); err != nil {
		fail(fmt.Errorf("%s: %v", strings.Join(args, " "), err))
	}
	return output, float64(time.Since(start).Microseconds()) / 1000
}

// timed runs a command and returns its wall time in milliseconds.
func timed(args []string) float64 {
	start := time.Now()
	run(args...)
	return float64(time.Since(start).Microseconds()) / 1000
}

func run(args ...string) {
	cmd := exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		fail(fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, stderr.String()))
	}
}

// peakRSS runs a command under /usr/bin/time and returns its peak resident
// memory in MiB. (The rusage that os/exec reports is not the child's alone
// on every kernel and Go version; GNU time's is.)
func peakRSS(args []string) float64 {
	out, err := exec.Command("/usr/bin/time", append([]string{"-f", "%M"}, args...)...).CombinedOutput()
	if err != nil {
		fail(fmt.Errorf("/usr/bin/time %s: %v\n%s (install Debian's package time)", strings.Join(args, " "), err, out))
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var kb float64
	fmt.Sscan(lines[len(lines)-1], &kb)
	return kb / 1024
}

func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func build(out, pkg string) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fail(fmt.Errorf("go build %s: %v", pkg, err))
	}
}

// demo makes a demo database unless it exists.
func demo(ritme, db string, years, perDay int) string {
	if _, err := os.Stat(db); err != nil {
		run(ritme, "--db", db, "--today", today, "demo", "--years", fmt.Sprint(years), "--per-day", fmt.Sprint(perDay))
	}
	return db
}

// describe names a database with its number of entries.
func describe(db string) string {
	out, err := exec.Command(ritmeBin, "--db", db, "export", "--format", "csv").Output()
	if err != nil {
		fail(err)
	}
	return fmt.Sprintf("%s: %d entries", filepath.Base(db), bytes.Count(out, []byte("\n"))-1)
}

func copyFile(from, to string) string {
	b, err := os.ReadFile(from)
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		fail(err)
	}
	return to
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if name, ok := strings.CutPrefix(line, "model name"); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
		}
	}
	return runtime.GOARCH
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}
