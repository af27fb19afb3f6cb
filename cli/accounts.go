package cli

import (
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// accountJSON is one account in `ritme accounts --json` and `ritme next
// --json`.
type accountJSON struct {
	Name             string                 `json:"name"`
	Key              string                 `json:"key"`
	Stage            rhythm.Stage           `json:"stage"`
	Touches          int                    `json:"touches"`
	ByKind           map[rhythm.Kind]int    `json:"by_kind"`
	First            rhythm.Date            `json:"first"`
	Last             rhythm.Date            `json:"last"`
	DaysSinceLast    int                    `json:"days_since_last"`
	Readiness        rhythm.Readiness       `json:"readiness"`
	Outcomes         map[rhythm.Outcome]int `json:"outcomes"`
	TouchesToMeeting int                    `json:"touches_to_meeting"`
}

func newAccountJSON(a rhythm.Account, cal *rhythm.Calendar, today rhythm.Date) accountJSON {
	return accountJSON{Name: a.Name, Key: a.Key, Stage: a.Stage, Touches: a.Touches, ByKind: a.ByKind,
		First: a.First, Last: a.Last, DaysSinceLast: a.SinceLast(cal, today), Readiness: a.Readiness(),
		Outcomes: a.Outcomes, TouchesToMeeting: a.TouchesToMeeting}
}

// shownName returns the name the account with key goes by: the most
// recent spelling of its entries, or name when it has none (or they cannot
// be read).
func shownName(cmd *cobra.Command, db *store.DB, key, name string) string {
	accounts, err := db.Accounts(cmd.Context())
	if err != nil {
		return name
	}
	for _, acc := range accounts {
		if acc.Key == key {
			return acc.Name
		}
	}
	return name
}

func (a *app) accountCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "account",
		Short:   a.t(i18n.AccountShort),
		Example: a.t(i18n.AccountExample),
		Args:    a.noArgs,
		RunE:    func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var stage string
	set := &cobra.Command{
		Use:               a.t(i18n.AccountSetUse),
		Short:             a.t(i18n.AccountSetShrt),
		Long:              a.t(i18n.AccountSetLong),
		Example:           a.t(i18n.AccountSetExample),
		Args:              a.exactArgs(1),
		ValidArgsFunction: a.completeAccountArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := rhythm.ParseStage(i18n.StageFromName(stage))
			if err != nil {
				return a.badIn("--stage", err)
			}
			name := strings.TrimSpace(args[0])
			argName := a.t(i18n.ArgName)
			if rhythm.AccountKey(name) == "" {
				return a.bad(i18n.NeedsName, argName)
			}
			if err := a.checkText(argName, name, maxWhoLen); err != nil {
				return err
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				key, err := db.SetStage(cmd.Context(), name, st)
				if err != nil {
					return err
				}
				a.saved()
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.StageSet, i18n.Sanitize(shownName(cmd, db, key, name)), a.lang.Stage(st)))
				return err
			})
		},
	}
	set.Flags().StringVar(&stage, "stage", "", a.t(i18n.FlagStageSet))
	set.RegisterFlagCompletionFunc("stage", completeWords(stageWords()...))
	cmd.AddCommand(set)
	return cmd
}

// sortNames are the Dutch words --sort takes besides the English ones.
var sortNames = map[string]rhythm.AccountOrder{"laatste": rhythm.ByLast, "contacten": rhythm.ByTouches, "naam": rhythm.ByName}

// parseSort reads --sort: last, touches or name, or their Dutch words.
func parseSort(s string) (rhythm.AccountOrder, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if o, ok := sortNames[s]; ok {
		return o, true
	}
	o := rhythm.AccountOrder(s)
	return o, o == rhythm.ByLast || o == rhythm.ByTouches || o == rhythm.ByName
}

// sortWords are the words --sort takes, English then Dutch.
func sortWords() []string {
	return []string{string(rhythm.ByLast), string(rhythm.ByTouches), string(rhythm.ByName), "laatste", "contacten", "naam"}
}

func (a *app) accountsCommand() *cobra.Command {
	var stage, sort string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "accounts",
		Short:   a.t(i18n.AccountsShort),
		Long:    a.t(i18n.AccountsLong),
		Example: a.t(i18n.AccountsExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var filter rhythm.Stage
			if stage != "" {
				st, err := rhythm.ParseStage(i18n.StageFromName(stage))
				if err != nil {
					return a.badIn("--stage", err)
				}
				filter = st
			}
			order, ok := parseSort(sort)
			if !ok {
				return a.bad(i18n.BadSort, sort)
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				accounts, tracker, err := loadAccounts(cmd, db)
				if err != nil {
					return err
				}
				cal := tracker.Calendar
				var shown []rhythm.Account
				for _, acc := range accounts {
					if filter == "" || acc.Stage == filter {
						shown = append(shown, acc)
					}
				}
				rhythm.SortAccounts(shown, order)
				if asJSON {
					out := make([]accountJSON, len(shown))
					for i, acc := range shown {
						out[i] = newAccountJSON(acc, cal, a.today)
					}
					return writeJSON(a.stdout, out)
				}
				open, err := db.OpenFollowUps(cmd.Context())
				if err != nil {
					return err
				}
				return a.printAccounts(shown, tracker, open)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&stage, "stage", "", a.t(i18n.FlagStageOnly))
	f.StringVar(&sort, "sort", string(rhythm.ByLast), a.t(i18n.FlagSort))
	f.BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	cmd.RegisterFlagCompletionFunc("stage", completeWords(stageWords()...))
	cmd.RegisterFlagCompletionFunc("sort", completeWords(sortWords()...))
	return cmd
}

// loadAccounts reads the accounts and the tracker whose calendar they are
// measured on.
func loadAccounts(cmd *cobra.Command, db *store.DB) ([]rhythm.Account, *rhythm.Tracker, error) {
	tracker, _, err := db.Tracker(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	accounts, err := db.Accounts(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	return accounts, tracker, nil
}

// printAccounts lists accounts; after an account's place against the 5–7
// rule come its rest after a lost deal and its open follow-up, if any.
func (a *app) printAccounts(accounts []rhythm.Account, t *rhythm.Tracker, open []rhythm.FollowUp) error {
	if len(accounts) == 0 {
		_, err := fmt.Fprintln(a.stdout, a.t(i18n.NoAccountsYet))
		return err
	}
	next := map[string]rhythm.FollowUp{}
	for _, f := range open {
		next[f.Key] = f
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, a.t(i18n.AccountsHead))
	for _, acc := range accounts {
		last, days := "-", "-"
		if !acc.Last.IsZero() {
			last, days = acc.Last.String(), fmt.Sprint(acc.SinceLast(t.Calendar, a.today))
		}
		extra := ""
		if acc.RestingOn(a.today, t.Settings.RestDays) {
			extra += " · " + a.t(i18n.RestingUntil, rhythm.RestUntil(acc.RestFrom, t.Settings.RestDays))
		}
		if f, ok := next[acc.Key]; ok {
			extra += " · " + a.t(i18n.NextAction, a.lang.Kind(f.Kind), f.Due)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d/%d/%d\t%s\t%s\t%s %s%s\n", i18n.Sanitize(acc.Name), a.lang.Stage(acc.Stage), acc.Touches,
			acc.ByKind[rhythm.Mail], acc.ByKind[rhythm.Call], acc.ByKind[rhythm.Visit], last, days,
			i18n.TouchBar(acc.Touches), a.lang.Readiness(acc.Readiness()), extra)
	}
	return tw.Flush()
}

func (a *app) nextCommand() *cobra.Command {
	var n int
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "next",
		Short:   a.t(i18n.NextShort),
		Long:    a.t(i18n.NextLong, rhythm.NextGap),
		Example: a.t(i18n.NextExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || n > 1000 {
				return a.bad(i18n.OutOfRange, "-n", n, 1, 1000)
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				accounts, tracker, err := loadAccounts(cmd, db)
				if err != nil {
					return err
				}
				cal := tracker.Calendar
				next := rhythm.NextUp(accounts, cal, a.today, n, tracker.Settings.RestDays)
				if asJSON {
					out := make([]accountJSON, len(next))
					for i, acc := range next {
						out[i] = newAccountJSON(acc, cal, a.today)
					}
					return writeJSON(a.stdout, out)
				}
				if len(next) == 0 {
					why := map[rhythm.NobodyReason]i18n.Text{rhythm.NoPool: i18n.NobodyNext,
						rhythm.OnlyCustomers: i18n.NobodyCustomers, rhythm.AllTouched: i18n.NobodyLeft}
					_, err := fmt.Fprintln(a.stdout, a.t(why[rhythm.WhyNobody(accounts)]))
					return err
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
				for i, acc := range next {
					last := a.t(i18n.NeverTouched)
					if !acc.Last.IsZero() {
						last = a.t(i18n.LastAgo, acc.Last, a.n(i18n.WorkingDays, acc.SinceLast(cal, a.today)))
					}
					fmt.Fprintf(tw, "%d.\t%s\t%s\t%s\t%s\t%s\n", i+1, i18n.Sanitize(acc.Name), a.lang.Stage(acc.Stage),
						a.n(i18n.Touches, acc.Touches), last, a.lang.Readiness(acc.Readiness()))
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().IntVarP(&n, "count", "n", 5, a.t(i18n.FlagNextCount))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

func (a *app) outcomeCommand() *cobra.Command {
	return &cobra.Command{
		Use:               a.t(i18n.OutcomeUse),
		Short:             a.t(i18n.OutcomeShort),
		Long:              a.t(i18n.OutcomeLong),
		Example:           a.t(i18n.OutcomeExample),
		Args:              a.exactArgs(2),
		ValidArgsFunction: a.completeOutcomeArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := rhythm.ParseOutcome(i18n.OutcomeFromName(args[1]))
			if err != nil {
				return a.badErr(err)
			}
			if a.noDBYet() {
				return a.bad(i18n.NoEntry, args[0])
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				e, err := db.Entry(cmd.Context(), args[0])
				switch {
				case errors.Is(err, store.ErrNotFound):
					return a.bad(i18n.NoEntry, args[0])
				case errors.Is(err, store.ErrAmbiguous):
					return a.badErr(err)
				case err != nil:
					return err
				}
				if err := db.SetOutcome(cmd.Context(), e.ID, o); err != nil {
					return err
				}
				a.saved()
				what := a.lang.Outcome(o)
				if o == rhythm.NoOutcome {
					what = a.t(i18n.NoOutcome)
				}
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.OutcomeSet, a.lang.Kind(e.Kind), e.Date, a.forWho(e.Who), what, e.ID))
				return err
			})
		},
	}
}
