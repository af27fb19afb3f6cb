package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/postgres"
	"ritme/replica"
	"ritme/store"
	"ritme/tui"
)

func (a *app) syncCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "sync",
		Short:   a.t(i18n.SyncShort),
		Long:    a.t(i18n.SyncLong),
		Example: a.t(i18n.SyncExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if a.noDBYet() {
				// A file that is not there has no sync set up: say so
				// without making it.
				return a.fail(i18n.SyncNotSetUp, displayPath(a.dbPath))
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				return a.sync(cmd.Context(), db, asJSON)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	cmd.AddCommand(a.syncSetupCommand(), a.syncStatusCommand())
	return cmd
}

// syncJSON is what `ritme sync --json` prints.
type syncJSON struct {
	Server   string `json:"server"`
	Rep      string `json:"rep"`
	Sent     int    `json:"sent"`
	Received int    `json:"received"`
	Waiting  int    `json:"waiting"`
}

// sync runs one sync of db with its server.
func (a *app) sync(ctx context.Context, db *store.DB, asJSON bool) error {
	cfg, err := db.SyncConfig(ctx)
	if err != nil {
		return err
	}
	if cfg.Server == "" {
		return a.fail(i18n.SyncNotSetUp, displayPath(db.Path()))
	}
	res, err := syncFile(ctx, db, cfg)
	if err != nil {
		after, _ := db.SyncConfig(ctx)
		return a.fail(i18n.SyncFailed, cfg.Server, a.serverReason(err), a.n(i18n.Changes, after.Waiting))
	}
	after, err := db.SyncConfig(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.stdout, syncJSON{Server: cfg.Server, Rep: cfg.Rep, Sent: res.Sent, Received: res.Received, Waiting: after.Waiting})
	}
	_, err = fmt.Fprintln(a.stdout, a.t(i18n.Synced, cfg.Server, a.n(i18n.Changes, res.Sent), a.n(i18n.Changes, res.Received)))
	return err
}

// syncFile syncs db with the server cfg names, as ritme sync and the TUI
// do, and records a sync that worked.
func syncFile(ctx context.Context, db *store.DB, cfg store.SyncConfig) (replica.Result, error) {
	res, err := postgres.Sync(ctx, db.Replica(), cfg.Server, cfg.Rep, cfg.Machine)
	if err != nil {
		return res, err
	}
	return res, db.SyncDone(ctx, time.Now())
}

// withSync gives the TUI its background sync: the same as ritme sync, when
// the file has a server set up.
func withSync(db *store.DB, opts *tui.Options) {
	opts.Sync = func(ctx context.Context) (int, error) {
		cfg, err := db.SyncConfig(ctx)
		if err != nil || cfg.Server == "" {
			return 0, err
		}
		res, err := syncFile(ctx, db, cfg)
		return res.Received, err
	}
	opts.SyncState = func(ctx context.Context) (tui.SyncState, error) {
		cfg, err := db.SyncConfig(ctx)
		return tui.SyncState{On: cfg.Server != "", Waiting: cfg.Waiting, Last: cfg.LastSync}, err
	}
}

// serverReason says why the server failed, in one line.
func (a *app) serverReason(err error) string {
	var tooNew *postgres.TooNewError
	var badURL *postgres.BadURLError
	switch {
	case errors.As(err, &badURL):
		return badURL.Err.Error()
	case errors.Is(err, postgres.ErrUnreachable):
		return a.t(i18n.SyncUnreachable, lastCause(err))
	case errors.As(err, &tooNew):
		return a.t(i18n.SyncTooNew, tooNew.Version, tooNew.Known)
	case errors.Is(err, postgres.ErrNoSchema):
		return a.t(i18n.SyncNoSchema)
	case errors.Is(err, postgres.ErrNotYou):
		return a.t(i18n.SyncNotYou, lastCause(err))
	}
	return oneLine(err.Error())
}

// lastCause is the innermost part of an error's message: what went wrong
// at the bottom, without the layers that led there.
func lastCause(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && i+2 < len(s) {
		return s[i+2:]
	}
	return s
}

func (a *app) syncSetupCommand() *cobra.Command {
	var rep string
	cmd := &cobra.Command{
		Use:     a.t(i18n.SyncSetupUse),
		Short:   a.t(i18n.SyncSetupShort),
		Long:    a.t(i18n.SyncSetupLong),
		Example: "  ritme sync setup postgres://anna@db.example.com/sales\n  PGPASSWORD=… ritme sync setup postgres://db.example.com/sales --rep anna",
		Args:    a.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			url := strings.TrimSpace(args[0])
			if cmd.Flags().Changed("rep") && strings.TrimSpace(rep) == "" {
				return a.bad(i18n.FieldIs, "--rep", a.t(i18n.EmptyRep))
			}
			srv, err := postgres.SetUp(cmd.Context(), url, strings.TrimSpace(rep))
			var badURL *postgres.BadURLError
			switch {
			case errors.As(err, &badURL):
				return a.bad(i18n.BadServerURL, postgres.WithoutPassword(url), badURL.Err.Error())
			case err != nil:
				return a.fail(i18n.SyncSetupFailed, postgres.WithoutPassword(url), a.serverReason(err))
			}
			name := strings.TrimSpace(rep)
			if name == "" {
				name = srv.User
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				cfg, err := db.SetUpSync(cmd.Context(), postgres.WithoutPassword(url), name)
				if err != nil {
					return err
				}
				a.saved()
				how := ""
				switch {
				case srv.Created:
					how = a.t(i18n.SyncMadeSchema)
				case srv.Team:
					how = a.t(i18n.SyncTeamServer)
				}
				fmt.Fprintln(a.stdout, a.t(i18n.SyncSetUp, cfg.Server, cfg.Rep, how))
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.SyncThen, a.n(i18n.Changes, cfg.Waiting)))
				return err
			})
		},
	}
	cmd.Flags().StringVar(&rep, "rep", "", a.t(i18n.FlagRep))
	return cmd
}

// syncStatusJSON is what `ritme sync status --json` prints; LastSync is
// null before the first sync that succeeded.
type syncStatusJSON struct {
	Server   string     `json:"server"`
	Rep      string     `json:"rep"`
	Machine  string     `json:"machine"`
	LastSync *time.Time `json:"last_sync"`
	Waiting  int        `json:"waiting"`
}

func (a *app) syncStatusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "status",
		Short:   a.t(i18n.SyncStatusShort),
		Example: "  ritme sync status\n  ritme sync status --json | jq .waiting",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				cfg, err := db.SyncConfig(cmd.Context())
				if err != nil {
					return err
				}
				if asJSON {
					j := syncStatusJSON{Server: cfg.Server, Rep: cfg.Rep, Machine: cfg.Machine, Waiting: cfg.Waiting}
					if !cfg.LastSync.IsZero() {
						t := cfg.LastSync.UTC()
						j.LastSync = &t
					}
					return writeJSON(a.stdout, j)
				}
				if cfg.Server == "" {
					fmt.Fprintln(a.stdout, a.t(i18n.SyncStatusNone))
					_, err := fmt.Fprintln(a.stdout, a.t(i18n.SyncStatusWaiting, a.n(i18n.Changes, cfg.Waiting)))
					return err
				}
				last := a.t(i18n.SyncStatusNever)
				if !cfg.LastSync.IsZero() {
					last = cfg.LastSync.Local().Format("2006-01-02 15:04:05")
				}
				_, err = fmt.Fprintf(a.stdout, "%s\n%s\n%s\n%s\n", a.t(i18n.SyncStatusServer, cfg.Server), a.t(i18n.SyncStatusRep, cfg.Rep),
					a.t(i18n.SyncStatusLast, last), a.t(i18n.SyncStatusWaiting, a.n(i18n.Changes, cfg.Waiting)))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}
