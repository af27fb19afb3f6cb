//go:build unix

package store

import (
	"fmt"
	"os"
	"syscall"
)

// fileIdentity names the file at path on its file system (device and
// inode): a copy of a file (cp, a restore) has another, a rename keeps it.
// It is "" when the file cannot be looked at.
func fileIdentity(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return ""
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%d:%d", st.Dev, st.Ino)
}
