package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"ritme/rhythm"
	"ritme/store"
	"ritme/tui"
)

// Limits on what one log command takes.
const (
	maxLogCount = 100
	maxWhoLen   = 200
	maxNoteLen  = 2000
)

func (a *app) logCommand() *cobra.Command {
	var n int
	var who, note, date, outcome string
	cmd := &cobra.Command{
		Use:   "log KIND",
		Short: "Log contacts: ritme log mail|call|visit",
		Example: `  ritme log mail --who "Acme BV"
  ritme log call -n 2
  ritme log visit --who "Jansen & Zn" --note "demo went well" --date 2026-11-26
  ritme log mail --who "Acme BV" --outcome reply`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if n < 1 || n > maxLogCount {
				return badInput("-n: %d is not from 1 to %d", n, maxLogCount)
			}
			if err := checkText("--who", who, maxWhoLen); err != nil {
				return err
			}
			if err := checkText("--note", note, maxNoteLen); err != nil {
				return err
			}
			o, err := rhythm.ParseOutcome(outcome)
			if err != nil {
				return badInput("--outcome: %v", err)
			}
			day := a.today
			if date != "" {
				if day, err = a.notAfterToday("--date", date); err != nil {
					return err
				}
			}
			if a.noDBYet() {
				if _, err := parseKind(rhythm.DefaultSettings(), args[0]); err != nil {
					return err
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				settings, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				kind, err := parseKind(settings, args[0])
				if err != nil {
					return err
				}
				entries, err := db.LogEntries(cmd.Context(), store.Entry{Date: day, Kind: kind, Who: cleanText(who), Note: cleanText(note), Outcome: o}, n)
				if err != nil {
					return err
				}
				n, err := db.DayCount(cmd.Context(), day, kind)
				if err != nil {
					return err
				}
				return a.printLogged(entries, kind, n, settings)
			})
		},
	}
	f := cmd.Flags()
	f.IntVarP(&n, "count", "n", 1, "number of entries to log (1–100)")
	f.StringVar(&who, "who", "", "who was contacted")
	f.StringVar(&note, "note", "", "a note")
	f.StringVar(&date, "date", "", "the `YYYY-MM-DD` the contacts belong to (default today)")
	f.StringVar(&outcome, "outcome", "", "what it yielded: reply, meeting, proposal, won or lost")
	return cmd
}

func (a *app) printLogged(entries []store.Entry, kind rhythm.Kind, dayCount int, s rhythm.Settings) error {
	e := entries[0]
	var b strings.Builder
	fmt.Fprintf(&b, "logged %s", countOf(len(entries), string(kind)))
	if e.Who != "" {
		fmt.Fprintf(&b, " for %s", tui.Sanitize(e.Who))
	}
	when := "today"
	if e.Date != a.today {
		when = "on " + e.Date.String()
	}
	target := 0
	for _, t := range s.Targets {
		if t.Kind == kind {
			target = t.Daily
		}
	}
	fmt.Fprintf(&b, " — %d/%d %s", dayCount, target, when)
	ids := make([]string, len(entries))
	for i, e := range entries {
		ids[i] = e.ID
	}
	fmt.Fprintf(&b, " · id %s", strings.Join(ids, " "))
	_, err := fmt.Fprintln(a.stdout, b.String())
	return err
}

// countOf writes "mail" for one and "3 × mail" for more.
func countOf(n int, what string) string {
	if n == 1 {
		return what
	}
	return fmt.Sprintf("%d × %s", n, what)
}

// parseKind reads a kind the settings know.
func parseKind(s rhythm.Settings, name string) (rhythm.Kind, error) {
	k := rhythm.Kind(strings.ToLower(strings.TrimSpace(name)))
	if !s.HasKind(k) {
		names := make([]string, 0, len(s.Targets))
		for _, k := range s.Kinds() {
			names = append(names, string(k))
		}
		return "", badInput("unknown kind %q: use %s", name, strings.Join(names, ", "))
	}
	return k, nil
}

// cleanText trims user text and writes its line breaks as \n. CSV readers
// turn a \r\n inside a cell into \n, so a stored \r\n would not survive an
// export and import; a lone \r does.
func cleanText(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// checkText refuses user text that is too long or not valid UTF-8.
func checkText(name, s string, limit int) error {
	if len([]rune(s)) > limit {
		return badInput("%s: longer than %d characters", name, limit)
	}
	if !utf8.ValidString(s) {
		return badInput("%s: not valid UTF-8 text", name)
	}
	return nil
}

func (a *app) undoCommand() *cobra.Command {
	var date string
	cmd := &cobra.Command{
		Use:     "undo",
		Short:   "Remove the most recently logged entry of a day",
		Example: "  ritme undo\n  ritme undo --date 2026-11-26",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			day := a.today
			if date != "" {
				var err error
				if day, err = parseDate("--date", date); err != nil {
					return err
				}
			}
			if a.noDBYet() {
				return fmt.Errorf("nothing to undo on %s", day)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				e, err := db.Undo(cmd.Context(), day)
				if err != nil {
					if errors.Is(err, store.ErrNotFound) {
						return fmt.Errorf("nothing to undo on %s", day)
					}
					return err
				}
				n, err := db.DayCount(cmd.Context(), day, e.Kind)
				if err != nil {
					return err
				}
				left := fmt.Sprintf(" — %d %s left on %s", n, e.Kind, day)
				who := ""
				if e.Who != "" {
					who = " for " + tui.Sanitize(e.Who)
				}
				_, err = fmt.Fprintf(a.stdout, "removed %s%s logged at %s%s · id %s\n",
					e.Kind, who, e.CreatedAt.Local().Format("15:04"), left, e.ID)
				return err
			})
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "the `YYYY-MM-DD` to undo on (default today)")
	return cmd
}
