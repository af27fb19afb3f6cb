// Command ritme is a terminal app for an individual B2B salesperson: tick off
// the day's contacts, keep the streak, and know from data that the rhythm is
// kept. `ritme` opens the TUI; the subcommands do the same from the shell.
// The command line lives in package cli; this file only wires it to the
// process.
package main

import (
	"context"
	"os"

	"ritme/cli"
)

func main() {
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
