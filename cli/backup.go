package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/store"
)

// backupTimeFormat names a backup made without PATH by the local time:
// ritme-2026-11-27T093015.db.
const backupTimeFormat = "2006-01-02T150405"

func (a *app) backupCommand() *cobra.Command {
	var force bool
	cmd := &cobra.Command{
		Use:               a.t(i18n.BackupUse),
		Short:             a.t(i18n.BackupShort),
		Long:              a.t(i18n.BackupLong),
		Example:           a.t(i18n.BackupExample),
		Args:              a.rangeArgs(0, 1),
		ValidArgsFunction: completeFileArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if err := a.checkBackupPath(args[0], force); err != nil {
					return err
				}
			}
			if _, err := os.Stat(a.dbPath); errors.Is(err, os.ErrNotExist) {
				return a.fail(i18n.NothingToBackUp, a.dbPath)
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				dest := ""
				if len(args) == 1 {
					dest = args[0]
				} else {
					// The one folder a command that only reads may make.
					dir := filepath.Join(filepath.Dir(db.Path()), store.BackupFolder)
					if err := os.MkdirAll(dir, 0o700); err != nil {
						return a.fail(i18n.BackupTo, dir, a.fileReason(err))
					}
					dest = filepath.Join(dir, "ritme-"+time.Now().Format(backupTimeFormat)+".db")
				}
				n, err := db.EntryCount(cmd.Context())
				if err != nil {
					return err
				}
				err = db.BackupTo(cmd.Context(), dest, force)
				switch {
				case errors.Is(err, store.ErrExists):
					return a.bad(i18n.BackupExists, dest)
				case err != nil:
					return a.fail(i18n.BackupTo, dest, a.fileReason(err))
				}
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.BackedUp, a.n(i18n.Entries, n), dest))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&force, "force", false, a.t(i18n.FlagForce))
	return cmd
}

// checkBackupPath refuses, as bad input, a PATH that is the database or one
// of its journals, a folder, in a folder that is not there, or already
// there without --force.
func (a *app) checkBackupPath(path string, force bool) error {
	if err := a.checkOutputPath(path); err != nil {
		return a.bad(i18n.BackupIsDB, path)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil {
		return a.bad(i18n.BackupTo, path, a.fileReason(err))
	} else if !fi.IsDir() {
		return a.bad(i18n.BackupTo, path, a.t(i18n.NoSuchFile))
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return a.bad(i18n.IsFolder, path)
	case err == nil && !force:
		return a.bad(i18n.BackupExists, path)
	}
	return nil
}
