// Command floor-linked is the floor of ritme's start-up: it links all that
// ritme links, every library and ritme's own packages, so that its binary
// is ritme's and runs the same package initialisation, and then does only
// what floor-select does: open the file, SELECT 1, exit. What a ritme
// command costs beyond it is what ritme does when it runs.
//
// Given anything but one path, it runs ritme instead; that keeps ritme's
// whole command line in the binary.
package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"

	"ritme/cli"
)

func main() {
	if len(os.Args) != 2 {
		os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	db, err := sql.Open("sqlite", os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var n int
	if err := db.QueryRow("SELECT 1").Scan(&n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	db.Close()
}
