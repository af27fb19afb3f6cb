package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

// frameMarker is text of the TUI's first complete frame: the year to date
// shows only once the data is loaded.
const frameMarker = "Year to date"

// firstFrames starts the TUI n times in a pseudo-terminal of 80×24 and
// returns the median time from process start to the first complete frame,
// in milliseconds, and the largest peak memory, in MiB.
func firstFrames(args []string, n int) (ms, rssMiB float64) {
	var times []float64
	for range n {
		t, rss, err := firstFrame(args, 10*time.Second)
		if err != nil {
			fail(err)
		}
		times = append(times, t)
		rssMiB = max(rssMiB, rss)
	}
	return median(times), rssMiB
}

func firstFrame(args []string, timeout time.Duration) (ms, rssMiB float64, err error) {
	master, slave, err := openPTY(80, 24)
	if err != nil {
		return 0, 0, err
	}
	defer master.Close()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	slave.Close()
	found := make(chan time.Duration, 1)
	go func() {
		var seen []byte
		buf := make([]byte, 64<<10)
		for {
			n, err := master.Read(buf)
			seen = append(seen, buf[:n]...)
			if bytes.Contains(seen, []byte(frameMarker)) {
				found <- time.Since(start)
				for err == nil { // keep draining, so the program never blocks
					_, err = master.Read(buf)
				}
				return
			}
			if err != nil {
				close(found)
				return
			}
		}
	}()
	var took time.Duration
	select {
	case d, ok := <-found:
		if !ok {
			cmd.Process.Kill()
			cmd.Wait()
			return 0, 0, fmt.Errorf("the TUI's output ended before %q appeared", frameMarker)
		}
		took = d
		rssMiB = vmHWM(cmd.Process.Pid)
	case <-time.After(timeout):
		cmd.Process.Kill()
		cmd.Wait()
		return 0, 0, fmt.Errorf("%q did not appear within %s", frameMarker, timeout)
	}
	master.Write([]byte("q"))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
	}
	return float64(took.Microseconds()) / 1000, rssMiB, nil
}

// vmHWM reads a running process's peak resident memory, in MiB, from
// /proc/PID/status.
func vmHWM(pid int) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb float64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), &kb)
			return kb / 1024
		}
	}
	return 0
}

// openPTY opens a pseudo-terminal pair of cols × rows.
func openPTY(cols, rows int) (master, slave *os.File, err error) {
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		return nil, nil, fmt.Errorf("unlock pty: %w", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		m.Close()
		return nil, nil, fmt.Errorf("pty number: %w", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		return nil, nil, err
	}
	ws := unix.Winsize{Row: uint16(rows), Col: uint16(cols)}
	if _, _, e := unix.Syscall(unix.SYS_IOCTL, s.Fd(), unix.TIOCSWINSZ, uintptr(unsafe.Pointer(&ws))); e != 0 {
		m.Close()
		s.Close()
		return nil, nil, fmt.Errorf("set window size: %w", e)
	}
	return m, s, nil
}
