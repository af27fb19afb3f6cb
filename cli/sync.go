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
			// A server that stopped answering cannot hold the command up
			// for longer than serverTimeout.
			ctx, cancel := context.WithTimeout(cmd.Context(), serverTimeout)
			defer cancel()
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				return a.sync(ctx, db, asJSON)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	cmd.AddCommand(a.syncSetupCommand(), a.syncStatusCommand())
	return cmd
}

// serverTimeout bounds the commands that talk to the server (sync, sync
// setup, team and its subcommands), as the TUI bounds its background sync.
const serverTimeout = 2 * time.Minute

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
		// The count is read even when the deadline ended the sync.
		after, _ := db.SyncConfig(context.WithoutCancel(ctx))
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

// serverReason says why the server failed, in one line, without a
// password.
func (a *app) serverReason(err error) string {
	var tooNew *postgres.TooNewError
	var tooOld *postgres.TooOldError
	var badURL *postgres.BadURLError
	var notRep *postgres.NotRepError
	var denied *postgres.DeniedError
	switch {
	case errors.As(err, &badURL):
		return badURL.Reason
	case errors.Is(err, postgres.ErrUnreachable):
		return a.t(i18n.SyncUnreachable, lastCause(err))
	case errors.Is(err, postgres.ErrBusy):
		return a.t(i18n.SyncBusy)
	case errors.As(err, &tooNew):
		return a.t(i18n.SyncTooNew, tooNew.Version, tooNew.Known)
	case errors.As(err, &tooOld):
		return a.t(i18n.SyncTooOld, tooOld.Version, tooOld.Known)
	case errors.Is(err, postgres.ErrNoSchema):
		return a.t(i18n.SyncNoSchema)
	case errors.Is(err, postgres.ErrNotEmpty):
		return a.t(i18n.SyncNotEmpty)
	case errors.Is(err, postgres.ErrNotYou):
		return a.t(i18n.SyncNotYou, lastCause(err))
	case errors.As(err, &notRep) && notRep.Manager:
		return a.t(i18n.SyncManagerNotRep, notRep.Role, "URL")
	case errors.As(err, &notRep):
		return a.t(i18n.SyncNotRep, notRep.Role, notRep.Role)
	case errors.As(err, &denied):
		return a.t(i18n.SyncDenied, denied.Message)
	}
	return oneLine(err.Error())
}

// badURL says, as bad input, why url cannot be used as the server's URL,
// showing it without a password.
func (a *app) badURL(url string, e *postgres.BadURLError) error {
	shown := postgres.WithoutPassword(url)
	switch {
	case errors.Is(e, postgres.ErrPasswordInString):
		return a.bad(i18n.PasswordInString, shown)
	case errors.Is(e, postgres.ErrPasswordEncoding):
		return a.bad(i18n.PasswordEncoding, shown)
	}
	return a.bad(i18n.BadServerURL, shown, e.Reason)
}

// passwordNote tells, on standard error, that the password in url was used
// but not stored, if it had one.
func (a *app) passwordNote(url string) {
	if postgres.HasPassword(url) {
		fmt.Fprintln(a.stderr, "ritme: "+a.t(i18n.PasswordNotStored))
	}
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
			var badURL *postgres.BadURLError
			if err := postgres.CheckURL(url); errors.As(err, &badURL) {
				return a.badURL(url, badURL)
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), serverTimeout)
			defer cancel()
			var srv postgres.Server
			setUp := func() error {
				var err error
				srv, err = postgres.SetUp(ctx, url, strings.TrimSpace(rep))
				return err
			}
			save := func(db *store.DB) error {
				name := strings.TrimSpace(rep)
				if name == "" {
					name = srv.User
				}
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
				a.passwordNote(url)
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.SyncThen, a.n(i18n.Changes, cfg.Waiting)))
				return err
			}
			// A manager does not sync, but the file remembers the server
			// for ritme team and the TUI's Team view.
			var manager *postgres.NotRepError
			remember := func(db *store.DB) error {
				shown := postgres.WithoutPassword(url)
				if _, err := db.RememberTeamServer(cmd.Context(), shown); err != nil {
					return err
				}
				a.saved()
				a.passwordNote(url)
				_, err := fmt.Fprintln(a.stdout, a.t(i18n.SyncManagerRemembered, manager.Role, shown))
				return err
			}
			if a.noDBYet() {
				// The server first, so that a failure there makes no file.
				if err := setUp(); errors.As(err, &manager) && manager.Manager {
					return a.withDB(cmd.Context(), remember)
				} else if err != nil {
					return a.setUpFailure(url, err)
				}
				return a.withDB(cmd.Context(), save)
			}
			// The file first, so that one ritme cannot use (another
			// program's, a newer ritme's, a read-only one) leaves the
			// server untouched.
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				if err := setUp(); errors.As(err, &manager) && manager.Manager {
					return remember(db)
				} else if err != nil {
					return a.setUpFailure(url, err)
				}
				return save(db)
			})
		},
	}
	cmd.Flags().StringVar(&rep, "rep", "", a.t(i18n.FlagRep))
	return cmd
}

// setUpFailure says why sync setup failed on the server at url, in one
// line: a URL that is not one is bad input, the rest a failure.
func (a *app) setUpFailure(url string, err error) error {
	shown := postgres.WithoutPassword(url)
	var badURL *postgres.BadURLError
	if errors.As(err, &badURL) {
		return a.badURL(url, badURL)
	}
	return a.fail(i18n.SyncSetupFailed, shown, a.serverReason(err))
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
