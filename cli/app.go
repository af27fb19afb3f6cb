// Package cli is ritme's command line: one file per command group, the exit
// statuses, the errors said in the user's language, and the printed output
// (the glance of status, the days table, JSON). main only calls Run.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/adrg/xdg"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
	"ritme/tui"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// app is what every command shares: the global flags, resolved, the
// language and the streams.
type app struct {
	dbPath   string
	todayArg string
	langArg  string
	// helpDB is the database that --help names: the one in use.
	helpDB string
	today  rhythm.Date
	lang   i18n.Lang
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// started is set once a command's own code runs; errors before that
	// are cobra's: bad usage.
	started bool
	// committed is set once the command's write has committed (a.saved).
	committed bool
}

// Run executes the command line args and returns the exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	// The language is known before the commands are built, so that their
	// help is in it too.
	a.lang = chooseLang(args, os.Getenv)
	a.helpDB = dbFromArgs(args, os.Getenv)
	root := a.rootCommand(args...)
	if len(args) > 0 && strings.HasPrefix(args[0], cobra.ShellCompRequestCmd) {
		plainUsages(root)
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	if a.committed {
		// The write is on disk; what failed after it (printing, closing)
		// cannot undo it. Exit 0, so that a script does not log it twice.
		fmt.Fprintln(stderr, "ritme: "+oneLine(a.t(i18n.SavedBut, a.explain(err))))
		return exitOK
	}
	fmt.Fprintln(stderr, "ritme: "+oneLine(a.explain(err)))
	var ue *usageError
	if errors.As(err, &ue) || !a.started {
		return exitUsage
	}
	return exitFailure
}

// saved records that the command's write has committed.
func (a *app) saved() { a.committed = true }

// t formats a message in the app's language.
func (a *app) t(m i18n.Text, args ...any) string { return a.lang.F(m, args...) }

// n writes a count in the app's language: "1 date", "3 datums".
func (a *app) n(c i18n.Counted, n int) string { return a.lang.Count(c, n) }

// command is one of ritme's commands: its name and the method that builds
// it.
type command struct {
	name  string
	build func(*app) *cobra.Command
}

// commands are ritme's commands, in the order help lists them.
var commands = []command{
	{"log", (*app).logCommand}, {"undo", (*app).undoCommand}, {"status", (*app).statusCommand},
	{"days", (*app).daysCommand}, {"config", (*app).configCommand}, {"leave", (*app).leaveCommand},
	{"export", (*app).exportCommand}, {"import", (*app).importCommand}, {"demo", (*app).demoCommand},
	{"account", (*app).accountCommand}, {"accounts", (*app).accountsCommand}, {"next", (*app).nextCommand},
	{"outcome", (*app).outcomeCommand}, {"report", (*app).reportCommand}, {"review", (*app).reviewCommand}, {"backup", (*app).backupCommand},
	{"follow-up", (*app).followUpCommand}, {"follow-ups", (*app).followUpsCommand}, {"plan", (*app).planCommand},
	{"sync", (*app).syncCommand}, {"team", (*app).teamCommand},
	{"completion", (*app).completionCommand},
}

// rootCommand builds the root command for the command line args: with
// only the command they name when they name one of ritme's commands, so
// that a command does not first build every other one with its flags and
// help texts (a command's help shows that command and the root's flags
// only); with every command when they name none (the root runs: the TUI,
// --version, the root's help) or a word that is no command (help,
// __complete, a typo).
func (a *app) rootCommand(args ...string) *cobra.Command {
	root := &cobra.Command{
		Use:           "ritme",
		Short:         a.t(i18n.RootShort),
		Long:          a.t(i18n.RootLong),
		Example:       a.t(i18n.RootExample),
		Args:          a.noArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			a.started = true
			if cmd.Flags().Changed("lang") {
				if _, err := i18n.ParseLang(a.langArg); err != nil {
					return a.bad(i18n.BadLang, a.langArg)
				}
			}
			if f := cmd.Flag("db"); f != nil && f.Changed && strings.TrimSpace(a.dbPath) == "" {
				return a.bad(i18n.EmptyDBFlag)
			}
			return a.resolveGlobals()
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !a.hasTerminal() {
				return a.fail(i18n.NeedsTerminal)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				opts := tui.Options{Lang: a.lang}
				withSync(db, &opts)
				a.withTeam(db, &opts)
				if a.todayArg != "" {
					opts.Today = func() rhythm.Date { return a.today }
				}
				return tui.Run(cmd.Context(), db, opts)
			})
		},
	}
	root.CompletionOptions.DisableDefaultCmd = true
	// Arguments and flags complete nothing unless a command says what:
	// free text, dates and numbers have no useful completions.
	root.CompletionOptions.SetDefaultShellCompDirective(cobra.ShellCompDirectiveNoFileComp)
	root.SetFlagErrorFunc(a.flagError)
	pf := root.PersistentFlags()
	dbUsage := a.t(i18n.FlagDB, displayPath(defaultDBPath()))
	if a.helpDB != "" && a.helpDB != defaultDBPath() {
		dbUsage = a.t(i18n.FlagDBInUse, displayPath(a.helpDB), displayPath(defaultDBPath()))
	}
	pf.StringVar(&a.dbPath, "db", "", dbUsage)
	pf.StringVar(&a.todayArg, "today", "", a.t(i18n.FlagToday))
	pf.StringVar(&a.langArg, "lang", "", a.t(i18n.FlagLang))
	pf.BoolP("help", "h", false, a.t(i18n.FlagHelp))
	root.Flags().BoolP("version", "v", false, a.t(i18n.FlagVersion))
	root.RegisterFlagCompletionFunc("db", completeFiles)
	root.RegisterFlagCompletionFunc("lang", completeWords("en", "nl"))
	word := commandWord(root, args)
	if i := slices.IndexFunc(commands, func(c command) bool { return c.name == word }); i >= 0 {
		root.AddCommand(commands[i].build(a))
	} else {
		root.Version = version() // --version is the root's
		for _, c := range commands {
			root.AddCommand(c.build(a))
		}
	}
	a.localize(root)
	return root
}

// commandWord returns the word of args that names the command, found as
// cobra finds it: the first argument that is neither a flag nor the value
// of one, before any "--"; "" when there is none. A flag written --name or
// -n, without "=", takes the next argument as its value unless root has it
// as a flag without a value (--help, --version): cobra reads an unknown
// flag so too.
func commandWord(root *cobra.Command, args []string) string {
	takesValue := func(f *pflag.Flag) bool { return f == nil || f.NoOptDefVal == "" }
	for i := 0; i < len(args); i++ {
		s := args[i]
		switch {
		case s == "--":
			return ""
		case strings.HasPrefix(s, "--") && !strings.Contains(s, "="):
			if takesValue(root.Flag(s[2:])) {
				i++
			}
		case len(s) == 2 && s[0] == '-' && s[1] != '=':
			f := root.Flags().ShorthandLookup(s[1:])
			if f == nil {
				f = root.PersistentFlags().ShorthandLookup(s[1:])
			}
			if takesValue(f) {
				i++
			}
		case s != "" && s[0] != '-':
			return s
		}
	}
	return ""
}

// resolveGlobals fills in the database path and today from the flags, the
// environment and the defaults.
func (a *app) resolveGlobals() error {
	if a.dbPath == "" {
		a.dbPath = os.Getenv("RITME_DB")
	}
	if a.dbPath == "" {
		a.dbPath = defaultDBPath()
	}
	if a.todayArg == "" {
		a.todayArg = os.Getenv("RITME_TODAY")
	}
	if a.todayArg == "" {
		a.today = rhythm.DateOf(time.Now())
		return nil
	}
	d, err := a.parseDate("--today", a.todayArg)
	if err != nil {
		return err
	}
	a.today = d
	return nil
}

// dbFromArgs returns the database that args name with --db, else
// RITME_DB, else "": what the help says is in use, before the flags are
// parsed.
func dbFromArgs(args []string, getenv func(string) string) string {
	for i, arg := range args {
		if arg == "--" {
			break
		}
		if v, ok := strings.CutPrefix(arg, "--db="); ok {
			return v
		}
		if arg == "--db" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return getenv("RITME_DB")
}

// defaultDBPath is ritme.db in the user's data directory.
func defaultDBPath() string {
	return filepath.Join(xdg.DataHome, "ritme", "ritme.db")
}

// displayPath shortens the home directory to ~.
func displayPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(p, home+string(filepath.Separator)) {
		return "~" + p[len(home):]
	}
	return p
}

// withDB opens the database, runs fn and closes it. After a write that
// committed (a.saved), and that fn has reported, it makes the day's
// snapshot when this was the day's first write.
func (a *app) withDB(ctx context.Context, fn func(*store.DB) error) error {
	db, err := store.Open(ctx, a.dbPath)
	if err != nil {
		return err
	}
	err = fn(db)
	if a.committed {
		a.snapshot(ctx, db)
	}
	if cerr := db.Close(); err == nil && cerr != nil {
		err = a.fail(i18n.CloseDB, cerr)
	}
	return err
}

// snapshot makes the day's snapshot of db (store.DB.Snapshot), on the
// clock's date, not --today. A failure is a warning: the write it follows
// is saved whatever happens here.
func (a *app) snapshot(ctx context.Context, db *store.DB) {
	if _, err := db.Snapshot(ctx, time.Now()); err != nil {
		fmt.Fprintln(a.stderr, "ritme: "+oneLine(a.t(i18n.SnapshotFailed, a.explain(err))))
	}
}

// withReadDB opens the database for a command that only reads, runs fn
// and closes it: a missing file is answered as an empty database and never
// created, and a file ritme may not write is read as it is.
func (a *app) withReadDB(ctx context.Context, fn func(*store.DB) error) error {
	db, err := store.OpenRead(ctx, a.dbPath)
	if err != nil {
		return err
	}
	err = fn(db)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = a.fail(i18n.CloseDB, cerr)
	}
	return err
}

// noDBYet reports whether the database file does not exist yet. Commands
// that can fail on a new, empty database (an unknown kind or setting, a bad
// import row, nothing to undo or remove) check for that first against the
// default settings, so that a failing command does not create the file:
// nothing is written when a command fails.
func (a *app) noDBYet() bool {
	_, err := os.Stat(a.dbPath)
	return errors.Is(err, os.ErrNotExist)
}

// minYear is the earliest year taken in any date or year given.
const minYear = rhythm.MinYear

// parseDate reads a YYYY-MM-DD value of the named flag or argument.
func (a *app) parseDate(name, s string) (rhythm.Date, error) {
	d, err := rhythm.ParseDate(s)
	if err != nil {
		return 0, a.badIn(name, err)
	}
	if d.Year() < minYear {
		return 0, a.bad(i18n.BeforeMinYear, name, s, minYear)
	}
	return d, nil
}

// notAfterToday parses a date and refuses one after today.
func (a *app) notAfterToday(name, s string) (rhythm.Date, error) {
	d, err := a.parseDate(name, s)
	if err != nil {
		return 0, err
	}
	if d > a.today {
		return 0, a.bad(i18n.AfterToday, name, s, a.today)
	}
	return d, nil
}
