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

// followUpJSON is one open follow-up of `ritme follow-ups --json`.
type followUpJSON struct {
	Who    string      `json:"who"`
	Key    string      `json:"key"`
	Due    rhythm.Date `json:"due"`
	Kind   rhythm.Kind `json:"kind"`
	Note   string      `json:"note"`
	Status string      `json:"status"`
	MadeOn rhythm.Date `json:"made_on"`
}

func (a *app) followUpCommand() *cobra.Command {
	var kind, note string
	var clear bool
	cmd := &cobra.Command{
		Use:               a.t(i18n.FollowUpUse),
		Short:             a.t(i18n.FollowUpShort),
		Long:              a.t(i18n.FollowUpLong),
		Example:           a.t(i18n.FollowUpExample),
		Args:              a.rangeArgs(1, 2),
		ValidArgsFunction: a.completeAccountArg,
		RunE: func(cmd *cobra.Command, args []string) error {
			if (len(args) == 2) == clear {
				return a.bad(i18n.FollowUpArgs, cmd.CommandPath())
			}
			name := strings.TrimSpace(args[0])
			argName := a.t(i18n.ArgName)
			if rhythm.AccountKey(name) == "" {
				return a.bad(i18n.NeedsName, argName)
			}
			if err := a.checkText(argName, name, maxWhoLen); err != nil {
				return err
			}
			if clear {
				return a.clearFollowUp(cmd, name)
			}
			if err := a.checkText("--note", note, maxNoteLen); err != nil {
				return err
			}
			f := rhythm.FollowUp{Name: name, Note: cleanText(note), MadeOn: a.today}
			if a.noDBYet() {
				// Check everything against the defaults first: a refused
				// command creates no database.
				if _, err := a.parseWhen(rhythm.DefaultSettings().Tracker(nil, &rhythm.Ledger{}), args[1]); err != nil {
					return err
				}
				if kind != "" {
					if _, err := a.parseKind(cmd.Context(), nil, rhythm.DefaultSettings(), kind); err != nil {
						return err
					}
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				tracker, settings, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				if f.Due, err = a.parseWhen(tracker, args[1]); err != nil {
					return err
				}
				if kind != "" {
					if f.Kind, err = a.parseKind(cmd.Context(), db, settings, kind); err != nil {
						return err
					}
				}
				set, err := db.SetFollowUp(cmd.Context(), f)
				if err != nil {
					return err
				}
				a.saved()
				return a.printFollowUpSet(set)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "", a.t(i18n.FlagFollowKind))
	f.StringVar(&note, "note", "", a.t(i18n.FlagFollowNote))
	f.BoolVar(&clear, "clear", false, a.t(i18n.FlagFollowClear))
	cmd.RegisterFlagCompletionFunc("kind", a.completeKindFlag)
	return cmd
}

// parseWhen reads the WHEN of a follow-up on today, with the working days
// of the tracker's calendar.
func (a *app) parseWhen(t *rhythm.Tracker, s string) (rhythm.Date, error) {
	d, err := rhythm.ParseWhen(s, a.today, t.Calendar)
	if err != nil {
		return 0, a.badIn(a.t(i18n.ArgWhen), err)
	}
	return d, nil
}

// printFollowUpSet says what SetFollowUp did: the follow-up, what it
// replaced, a new account, and a note on stderr when it is overdue
// already.
func (a *app) printFollowUpSet(set store.FollowUpSet) error {
	f := set.FollowUp
	note := ""
	if f.Note != "" {
		note = a.t(i18n.FollowUpNote, i18n.Sanitize(f.Note))
	}
	line := a.t(i18n.FollowUpSetText, i18n.Sanitize(f.Name), a.lang.Kind(f.Kind), a.lang.LongDate(f.Due), note)
	if r := set.Replaced; r != nil {
		line += " " + a.t(i18n.FollowUpReplace, a.lang.Kind(r.Kind), a.lang.LongDate(r.Due))
	}
	if _, err := fmt.Fprintln(a.stdout, line); err != nil {
		return err
	}
	if set.Registered {
		if _, err := fmt.Fprintln(a.stdout, a.t(i18n.FollowUpNew, i18n.Sanitize(f.Name))); err != nil {
			return err
		}
	}
	if f.Due < a.today {
		fmt.Fprintln(a.stderr, "ritme: "+a.t(i18n.FollowUpPast, f.Due))
	}
	return nil
}

// clearFollowUp clears the open follow-up of the account name names.
func (a *app) clearFollowUp(cmd *cobra.Command, name string) error {
	if a.noDBYet() {
		return a.fail(i18n.NoFollowUp, i18n.Sanitize(name))
	}
	return a.withDB(cmd.Context(), func(db *store.DB) error {
		f, err := db.ClearFollowUp(cmd.Context(), name, a.today)
		if errors.Is(err, store.ErrNotFound) {
			return a.fail(i18n.NoFollowUp, i18n.Sanitize(name))
		}
		if err != nil {
			return err
		}
		a.saved()
		_, err = fmt.Fprintln(a.stdout, a.t(i18n.FollowUpCleared, i18n.Sanitize(f.Name), a.lang.Kind(f.Kind), a.lang.LongDate(f.Due)))
		return err
	})
}

func (a *app) followUpsCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "follow-ups",
		Short:   a.t(i18n.FollowUpsShort),
		Long:    a.t(i18n.FollowUpsLong),
		Example: a.t(i18n.FollowUpsExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				open, err := db.OpenFollowUps(cmd.Context())
				if err != nil {
					return err
				}
				if asJSON {
					out := make([]followUpJSON, len(open))
					for i, f := range open {
						out[i] = followUpJSON{Who: f.Name, Key: f.Key, Due: f.Due, Kind: f.Kind, Note: f.Note,
							Status: string(f.On(a.today)), MadeOn: f.MadeOn}
					}
					return writeJSON(a.stdout, out)
				}
				return a.printFollowUps(open)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

// printFollowUps lists open follow-ups: state, date, kind, who and note.
func (a *app) printFollowUps(open []rhythm.FollowUp) error {
	if len(open) == 0 {
		_, err := fmt.Fprintln(a.stdout, a.t(i18n.NoFollowUps))
		return err
	}
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	for _, f := range open {
		state := ""
		switch f.On(a.today) {
		case rhythm.Overdue:
			state = a.t(i18n.StateOverdue)
		case rhythm.Due:
			state = a.t(i18n.StateDue)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", state, a.lang.LongDate(f.Due), a.lang.Kind(f.Kind),
			i18n.Sanitize(f.Name), i18n.Sanitize(f.Note))
	}
	return tw.Flush()
}
