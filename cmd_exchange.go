package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ritme/rhythm"
	"ritme/store"
)

// maxImportSize caps the file import reads into memory.
const maxImportSize = 256 << 20

func (a *app) exportCommand() *cobra.Command {
	var format, from, to, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write all entries as CSV or JSON",
		Long: `Writes every entry (or those from --from to --to) as CSV with a header row, or
as JSON. Without -o it writes to standard output; with -o the format follows
the file's extension unless --format is given. CSV cells that a spreadsheet
could run as a formula (beginning with =, +, -, @, tab or carriage return)
are prefixed with ', which import removes again.`,
		Example: "  ritme export > ritme.csv\n  ritme export --format json --from 2026-01-01 -o 2026.json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q := store.EntryQuery{}
			var err error
			if from != "" {
				if q.From, err = a.parseDate("--from", from); err != nil {
					return err
				}
			}
			if to != "" {
				if q.To, err = a.parseDate("--to", to); err != nil {
					return err
				}
			}
			if !q.From.IsZero() && !q.To.IsZero() && q.To < q.From {
				return badInput("--to %s is before --from %s", q.To, q.From)
			}
			if format == "" {
				format = "csv"
				if strings.EqualFold(filepath.Ext(out), ".json") {
					format = "json"
				}
			}
			format = strings.ToLower(format)
			if format != "csv" && format != "json" {
				return badInput("--format: %q is not csv or json", format)
			}
			if out != "" {
				if err := a.checkOutputPath(out); err != nil {
					return err
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				entries, err := db.Entries(cmd.Context(), q)
				if err != nil {
					return err
				}
				stages, err := db.Stages(cmd.Context())
				if err != nil {
					return err
				}
				var buf bytes.Buffer
				if format == "json" {
					err = writeJSONEntries(&buf, entries, stages)
				} else {
					err = writeCSV(&buf, entries, stages)
				}
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				if out == "" {
					_, err = a.stdout.Write(buf.Bytes())
					return err
				}
				if err := writeFileAtomic(out, buf.Bytes()); err != nil {
					return fmt.Errorf("export: %w", err)
				}
				_, err = fmt.Fprintf(a.stderr, "exported %s to %s\n", plural(len(entries), "entry"), out)
				return err
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "", "csv or json (default csv, or the extension of -o)")
	f.StringVar(&from, "from", "", "first date, `YYYY-MM-DD`")
	f.StringVar(&to, "to", "", "last date, `YYYY-MM-DD`")
	f.StringVarP(&out, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

// checkOutputPath refuses to export over the database or its journals.
func (a *app) checkOutputPath(out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return badInput("-o: %v", err)
	}
	db, err := filepath.Abs(a.dbPath)
	if err != nil {
		return badInput("--db: %v", err)
	}
	same := func(x, y string) bool {
		if x == y {
			return true
		}
		fx, err1 := os.Stat(x)
		fy, err2 := os.Stat(y)
		return err1 == nil && err2 == nil && os.SameFile(fx, fy)
	}
	for _, p := range []string{db, db + "-wal", db + "-shm", db + "-journal"} {
		if same(abs, p) {
			return badInput("-o: %s is the database; choose another file", out)
		}
	}
	return nil
}

// writeFileAtomic writes data to a new file next to path and renames it into
// place, so that a failed export never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func (a *app) importCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: "Add entries from a CSV or JSON export (all or nothing)",
		Long: `Reads a CSV or JSON file as export writes it ("-" reads standard input) and adds
its entries in one transaction: if any row is bad, nothing is added and the
first bad row is reported by line. Entries whose id is already present are
skipped, so importing the same file twice adds nothing the second time.`,
		Example: "  ritme import ritme.csv\n  ritme import backup.json",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := a.readInput(args[0])
			if err != nil {
				return err
			}
			rows, err := readEntries(data)
			if err != nil {
				return badInput("%s: %v", args[0], err)
			}
			if a.noDBYet() {
				if _, _, err := validateImport(rows, rhythm.DefaultSettings(), a.today, time.Now()); err != nil {
					return badInput("%s: %v", args[0], err)
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				entries, stages, err := validateImport(rows, s, a.today, time.Now())
				if err != nil {
					return badInput("%s: %v", args[0], err)
				}
				added, skipped, err := db.Import(cmd.Context(), entries, stages...)
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(a.stdout, "imported %s, skipped %s already present\n", plural(added, "entry"), plural(skipped, "entry"))
				return err
			})
		},
	}
}

// readInput reads a file, or standard input for "-".
func (a *app) readInput(name string) ([]byte, error) {
	var r io.Reader = a.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, badInput("%v", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxImportSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxImportSize {
		return nil, badInput("%s: larger than %d MiB", name, maxImportSize>>20)
	}
	return data, nil
}
