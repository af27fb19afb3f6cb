package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"ritme/rhythm"
	"ritme/store"
	"ritme/tui"
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

func (a *app) accountCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "account",
		Short: "Set an account's stage: ritme account set NAME --stage S",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var stage string
	set := &cobra.Command{
		Use:   "set NAME",
		Short: "Set the stage of an account: suspect, prospect or customer",
		Long: `An entry's --who names an account; names match without regard to case and
spaces. Every account starts as a suspect. Naming an account that has no
entries yet registers it.`,
		Example: `  ritme account set "Acme BV" --stage prospect
  ritme account set "jansen & zn" --stage customer`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := rhythm.ParseStage(stage)
			if err != nil {
				return asBadInput(err)
			}
			name := strings.TrimSpace(args[0])
			if rhythm.AccountKey(name) == "" {
				return badInput("NAME: an account needs a name")
			}
			if err := checkText("NAME", name, maxWhoLen); err != nil {
				return err
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				if _, err := db.SetStage(cmd.Context(), name, st); err != nil {
					return err
				}
				_, err := fmt.Fprintf(a.stdout, "%s is a %s\n", tui.Sanitize(name), st)
				return err
			})
		},
	}
	set.Flags().StringVar(&stage, "stage", "", "suspect, prospect or customer (required)")
	cmd.AddCommand(set)
	return cmd
}

func (a *app) accountsCommand() *cobra.Command {
	var stage, sort string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "accounts",
		Short: "Who was touched, how often, and how far against the 5–7 rule",
		Long: `Lists every account named in --who: stage, touches in total and per kind,
first and last touch, working days since the last one, and where it stands
against the rule that a customer needs 5 to 7 contacts before buying:
warming (under 5), ready (5 to 7, or more after a meeting), stuck (over 7
without a meeting or better).`,
		Example: "  ritme accounts\n  ritme accounts --stage prospect --sort touches\n  ritme accounts --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var filter rhythm.Stage
			if stage != "" {
				st, err := rhythm.ParseStage(stage)
				if err != nil {
					return asBadInput(err)
				}
				filter = st
			}
			order := rhythm.AccountOrder(strings.ToLower(sort))
			if order != rhythm.ByLast && order != rhythm.ByTouches && order != rhythm.ByName {
				return badInput("--sort: %q is not last, touches or name", sort)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				accounts, cal, err := loadAccounts(cmd, db)
				if err != nil {
					return err
				}
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
				return printAccounts(a.stdout, shown, cal, a.today)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&stage, "stage", "", "only suspect, prospect or customer")
	f.StringVar(&sort, "sort", string(rhythm.ByLast), "last (most recent first), touches (most first) or name")
	f.BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

// loadAccounts reads the accounts and the calendar they are measured on.
func loadAccounts(cmd *cobra.Command, db *store.DB) ([]rhythm.Account, *rhythm.Calendar, error) {
	tracker, _, err := db.Tracker(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	accounts, err := db.Accounts(cmd.Context())
	if err != nil {
		return nil, nil, err
	}
	return accounts, tracker.Calendar, nil
}

func printAccounts(w io.Writer, accounts []rhythm.Account, cal *rhythm.Calendar, today rhythm.Date) error {
	if len(accounts) == 0 {
		_, err := fmt.Fprintln(w, "no accounts yet: name one with ritme log mail --who NAME")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tSTAGE\tTOUCHES\tMAIL/CALL/VISIT\tLAST\tDAYS\t5–7")
	for _, acc := range accounts {
		last, days := "-", "-"
		if !acc.Last.IsZero() {
			last, days = acc.Last.String(), fmt.Sprint(acc.SinceLast(cal, today))
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d/%d/%d\t%s\t%s\t%s %s\n", tui.Sanitize(acc.Name), acc.Stage, acc.Touches,
			acc.ByKind[rhythm.Mail], acc.ByKind[rhythm.Call], acc.ByKind[rhythm.Visit], last, days,
			tui.TouchBar(acc.Touches), acc.Readiness())
	}
	return tw.Flush()
}

func (a *app) nextCommand() *cobra.Command {
	var n int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "next",
		Short: "Who next: the suspects and prospects that most need a touch today",
		Long: fmt.Sprintf(`Lists the suspects and prospects that most need a touch today, so that the
day's mails need no thinking. Never one touched today; first those not touched
for %d working days or more (or never), fewest touches first, then the longest
untouched; then the others, longest untouched first; stuck accounts (over 7
touches without a meeting) last. Customers are not listed.`, rhythm.NextGap),
		Example: "  ritme next\n  ritme next -n 10 --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || n > 1000 {
				return badInput("-n: %d is not from 1 to 1000", n)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				accounts, cal, err := loadAccounts(cmd, db)
				if err != nil {
					return err
				}
				next := rhythm.NextUp(accounts, cal, a.today, n)
				if asJSON {
					out := make([]accountJSON, len(next))
					for i, acc := range next {
						out[i] = newAccountJSON(acc, cal, a.today)
					}
					return writeJSON(a.stdout, out)
				}
				if len(next) == 0 {
					_, err := fmt.Fprintln(a.stdout, "nobody to suggest: log contacts with --who NAME to build your pool")
					return err
				}
				tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
				for i, acc := range next {
					last := "never touched"
					if !acc.Last.IsZero() {
						last = fmt.Sprintf("last %s (%s ago)", acc.Last, plural(acc.SinceLast(cal, a.today), "working day"))
					}
					fmt.Fprintf(tw, "%d.\t%s\t%s\t%s\t%s\t%s\n", i+1, tui.Sanitize(acc.Name), acc.Stage,
						plural(acc.Touches, "touch"), last, acc.Readiness())
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().IntVarP(&n, "count", "n", 5, "how many to suggest")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) outcomeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "outcome ID OUTCOME",
		Short: "Record what a contact yielded: reply, meeting, proposal, won, lost (or none)",
		Long: `Sets the outcome of the entry with that id. The first characters of the id are
enough when they name one entry; ritme log prints the id, and so do export
and the TUI's Log view.`,
		Example: "  ritme outcome 3f2a9c1e meeting\n  ritme outcome 3f2a9c1e none",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			o, err := rhythm.ParseOutcome(args[1])
			if err != nil {
				return asBadInput(err)
			}
			if a.noDBYet() {
				return badInput("no entry %s", args[0])
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				e, err := db.Entry(cmd.Context(), args[0])
				if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
					return asBadInput(err)
				}
				if err != nil {
					return err
				}
				if err := db.SetOutcome(cmd.Context(), e.ID, o); err != nil {
					return err
				}
				what := string(o)
				if o == rhythm.NoOutcome {
					what = "no outcome"
				}
				_, err = fmt.Fprintf(a.stdout, "%s of %s%s: %s · id %s\n", e.Kind, e.Date, forWho(e.Who), what, e.ID)
				return err
			})
		},
	}
}

// forWho writes " for NAME", or nothing without a name.
func forWho(who string) string {
	if who == "" {
		return ""
	}
	return " for " + tui.Sanitize(who)
}
