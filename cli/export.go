package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/store"
)

// maxImportSize caps the file import reads into memory.
const maxImportSize = 256 << 20

func (a *app) exportCommand() *cobra.Command {
	var format, from, to, out string
	cmd := &cobra.Command{
		Use:     "export",
		Short:   a.t(i18n.ExportShort),
		Long:    a.t(i18n.ExportLong),
		Example: a.t(i18n.ExportExample),
		Args:    a.noArgs,
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
				return a.bad(i18n.IsBefore, "--to", q.To, "--from", q.From)
			}
			if format == "" {
				format = "csv"
				if strings.EqualFold(filepath.Ext(out), ".json") {
					format = "json"
				}
			}
			format = strings.ToLower(format)
			if format != "csv" && format != "json" {
				return a.bad(i18n.BadFormat, format)
			}
			if out != "" {
				if err := a.checkOutputPath(out); err != nil {
					return err
				}
				// A folder that is not there, or -o naming a folder, is bad
				// input, refused before the database is opened (and perhaps
				// created).
				if fi, err := os.Stat(filepath.Dir(out)); err != nil {
					return a.bad(i18n.ExportTo, out, a.fileReason(err))
				} else if !fi.IsDir() {
					return a.bad(i18n.ExportTo, out, a.t(i18n.NoSuchFile))
				}
				if fi, err := os.Stat(out); err == nil && fi.IsDir() {
					return a.bad(i18n.IsFolder, out)
				}
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				ar, err := db.ReadArchive(cmd.Context(), q)
				if err != nil {
					return err
				}
				var buf bytes.Buffer
				if format == "json" {
					err = writeExportJSON(&buf, ar)
				} else {
					err = writeCSV(&buf, ar.Entries, ar.Stages)
				}
				if err != nil {
					return a.fail(i18n.ExportFailed, err)
				}
				if out == "" {
					_, err = a.stdout.Write(buf.Bytes())
					return err
				}
				if err := writeFileAtomic(out, buf.Bytes()); err != nil {
					return a.fail(i18n.ExportTo, out, a.fileReason(err))
				}
				_, err = fmt.Fprintln(a.stderr, a.t(i18n.Exported, a.n(i18n.Entries, len(ar.Entries)), out))
				return err
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "", a.t(i18n.FlagFormat))
	f.StringVar(&from, "from", "", a.t(i18n.FlagFromDate))
	f.StringVar(&to, "to", "", a.t(i18n.FlagToDate))
	f.StringVarP(&out, "output", "o", "", a.t(i18n.FlagOutput))
	cmd.RegisterFlagCompletionFunc("format", completeWords("csv", "json"))
	cmd.RegisterFlagCompletionFunc("output", completeFiles)
	return cmd
}

// checkOutputPath refuses to export over the database or its journals.
func (a *app) checkOutputPath(out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return a.badIn("-o", err)
	}
	db, err := filepath.Abs(a.dbPath)
	if err != nil {
		return a.badIn("--db", err)
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
			return a.bad(i18n.OutputIsDB, out)
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
		Use:               a.t(i18n.ImportUse),
		Short:             a.t(i18n.ImportShort),
		Long:              a.t(i18n.ImportLong),
		Example:           a.t(i18n.ImportExample),
		Args:              a.exactArgs(1),
		ValidArgsFunction: completeFileArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := a.readInput(args[0])
			if err != nil {
				return err
			}
			f, err := a.readImport(data)
			if err != nil {
				return a.badIn(args[0], err)
			}
			ar, err := a.checkImport(f, a.today, time.Now())
			if err != nil {
				return a.badIn(args[0], err)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				m, err := db.Merge(cmd.Context(), ar)
				if err != nil {
					return err
				}
				a.saved()
				return a.printImported(ar, m)
			})
		},
	}
}

// printImported says what an import added and kept, with the note that log
// gives when an entry added is dated before the start.
func (a *app) printImported(ar store.Archive, m store.Merged) error {
	_, err := fmt.Fprintln(a.stdout, a.t(i18n.Imported, a.n(i18n.Entries, m.Added), a.n(i18n.Entries, m.Skipped)))
	if len(ar.Leave)+len(ar.Changes)+len(ar.FollowUps) > 0 && err == nil { // a backup, not entries alone
		_, err = fmt.Fprintln(a.stdout, a.t(i18n.ImportedRest, m.Leave, len(ar.Leave), m.Changes, len(ar.Changes), m.Stages, len(ar.Stages),
			m.FollowUps, len(ar.FollowUps)))
	}
	if !m.FirstAdded.IsZero() && m.FirstAdded < m.Start {
		fmt.Fprintln(a.stderr, "ritme: "+a.t(i18n.BeforeStart, m.FirstAdded, m.Start))
	}
	return err
}

// readInput reads a file, or standard input for "-". A file that is not
// there, not readable or a folder is bad input.
func (a *app) readInput(name string) ([]byte, error) {
	var r io.Reader = a.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, a.bad(i18n.AtName, name, a.fileReason(err))
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, a.bad(i18n.IsFolder, name)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxImportSize+1))
	if err != nil {
		return nil, a.fail(i18n.ReadFailed, name, a.fileReason(err))
	}
	if len(data) > maxImportSize {
		return nil, a.bad(i18n.TooLarge, name, maxImportSize>>20)
	}
	return data, nil
}

// fileReason says why a file could not be opened, read or written: the
// common reasons in the app's language, others as the system words them.
func (a *app) fileReason(err error) string {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return a.t(i18n.NoSuchFile)
	case errors.Is(err, fs.ErrPermission):
		return a.t(i18n.Permission)
	case errors.As(err, &pe):
		return pe.Err.Error()
	}
	return err.Error()
}
