package cli

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// Limits on what one log command takes.
const (
	maxLogCount = 100
	maxWhoLen   = 200
	maxNoteLen  = 2000
)

func (a *app) logCommand() *cobra.Command {
	var n int
	var who, note, date, outcome, next, nextKind string
	cmd := &cobra.Command{
		Use:               a.t(i18n.LogUse),
		Short:             a.t(i18n.LogShort),
		Long:              a.t(i18n.LogLong),
		Example:           a.t(i18n.LogExample),
		Args:              a.exactArgs(1),
		ValidArgsFunction: a.completeKinds,
		RunE: func(cmd *cobra.Command, args []string) error {
			if n < 1 || n > maxLogCount {
				return a.bad(i18n.CountRange, n, maxLogCount)
			}
			if err := a.checkText("--who", who, maxWhoLen); err != nil {
				return err
			}
			if err := a.checkText("--note", note, maxNoteLen); err != nil {
				return err
			}
			o, err := rhythm.ParseOutcome(i18n.OutcomeFromName(outcome))
			if err != nil {
				return a.badIn("--outcome", err)
			}
			day := a.today
			if date != "" {
				if day, err = a.notAfterToday("--date", date); err != nil {
					return err
				}
			}
			switch {
			case next != "" && rhythm.AccountKey(who) == "":
				return a.bad(i18n.NextNeedsWho)
			case nextKind != "" && next == "":
				return a.bad(i18n.NextKindNoNext)
			}
			if a.noDBYet() {
				defaults := rhythm.DefaultSettings()
				for _, k := range []string{args[0], nextKind} {
					if k == "" {
						continue
					}
					if _, err := a.parseKind(cmd.Context(), nil, defaults, k); err != nil {
						return err
					}
				}
				if next != "" {
					if _, err := a.parseWhen(defaults.Tracker(nil, &rhythm.Ledger{}), next); err != nil {
						return err
					}
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				tracker, settings, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				kind, err := a.parseKind(cmd.Context(), db, settings, args[0])
				if err != nil {
					return err
				}
				var followUp *rhythm.FollowUp
				if next != "" {
					f := rhythm.FollowUp{Name: cleanText(who), Kind: kind, MadeOn: a.today}
					if f.Due, err = a.parseWhen(tracker, next); err != nil {
						return err
					}
					if nextKind != "" {
						if f.Kind, err = a.parseKind(cmd.Context(), db, settings, nextKind); err != nil {
							return err
						}
					}
					followUp = &f
				}
				e := rhythm.Entry{Date: day, Kind: kind, Who: cleanText(who), Note: cleanText(note), Outcome: o}
				logged, set, err := db.LogWithFollowUp(cmd.Context(), e, n, followUp)
				if err != nil {
					return err
				}
				a.saved()
				if err := a.printLogged(logged, kind, settings.History.TargetOn(kind, day)); err != nil || followUp == nil {
					return err
				}
				return a.printFollowUpSet(set)
			})
		},
	}
	f := cmd.Flags()
	f.IntVarP(&n, "count", "n", 1, a.t(i18n.FlagCount))
	f.StringVar(&who, "who", "", a.t(i18n.FlagWho))
	f.StringVar(&note, "note", "", a.t(i18n.FlagNote))
	f.StringVar(&date, "date", "", a.t(i18n.FlagDate))
	f.StringVar(&outcome, "outcome", "", a.t(i18n.FlagOutcome))
	f.StringVar(&next, "next", "", a.t(i18n.FlagNext))
	f.StringVar(&nextKind, "next-kind", "", a.t(i18n.FlagNextKind))
	cmd.RegisterFlagCompletionFunc("outcome", completeWords(outcomeWords()...))
	cmd.RegisterFlagCompletionFunc("who", a.completeAccounts)
	cmd.RegisterFlagCompletionFunc("next-kind", a.completeKindFlag)
	return cmd
}

// printLogged says what was logged, with notes on stderr when the entries
// are dated before the start or their kind has no target on their date.
func (a *app) printLogged(logged store.Logged, kind rhythm.Kind, target rhythm.Target) error {
	entries := logged.Entries
	e := entries[0]
	what := a.lang.Kind(kind)
	if len(entries) > 1 {
		what = fmt.Sprintf("%d × %s", len(entries), what)
	}
	when := a.t(i18n.Today)
	if e.Date != a.today {
		when = a.t(i18n.OnDate, e.Date)
	}
	ids := make([]string, len(entries))
	for i, e := range entries {
		ids[i] = e.ID
	}
	var err error
	if target.IsWeekly() {
		_, err = fmt.Fprintln(a.stdout, a.t(i18n.LoggedWeekly, what, a.forWho(e.Who), logged.DayCount, when, target.N, strings.Join(ids, " ")))
	} else {
		_, err = fmt.Fprintln(a.stdout, a.t(i18n.Logged, what, a.forWho(e.Who), logged.DayCount, target.N, when, strings.Join(ids, " ")))
	}
	if e.Date < logged.Start {
		fmt.Fprintln(a.stderr, "ritme: "+a.t(i18n.BeforeStart, e.Date, logged.Start))
	}
	if target.N == 0 {
		fmt.Fprintln(a.stderr, "ritme: "+a.t(i18n.KindHasNoTarget, a.lang.Kind(kind), rhythm.TargetKey(kind)))
	}
	return err
}

// forWho writes " for NAME", or nothing without a name.
func (a *app) forWho(who string) string {
	if who == "" {
		return ""
	}
	return a.t(i18n.ForWho, i18n.Sanitize(who))
}

// parseKind reads a kind, by its English or Dutch name: one the settings
// ever defined, or one that has entries in db (brought in by import).
func (a *app) parseKind(ctx context.Context, db *store.DB, s rhythm.Settings, name string) (rhythm.Kind, error) {
	k := i18n.KindFromName(name)
	if s.HasKind(k) {
		return k, nil
	}
	if db != nil && rhythm.ValidKindName(string(k)) == nil {
		if has, err := db.HasEntriesOf(ctx, k); err != nil || has {
			return k, err
		}
	}
	var names []string
	for _, k := range s.Kinds() {
		names = append(names, a.lang.Kind(k))
	}
	return "", a.bad(i18n.UnknownKind, name, strings.Join(names, ", "))
}

// cleanText trims user text and writes its line breaks as \n. CSV readers
// turn a \r\n inside a cell into \n, so a stored \r\n would not survive an
// export and import; a lone \r does.
func cleanText(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
}

// checkText refuses user text that is too long or not valid UTF-8.
func (a *app) checkText(name, s string, limit int) error {
	if len([]rune(s)) > limit {
		return a.bad(i18n.TooLong, name, limit)
	}
	if !utf8.ValidString(s) {
		return a.bad(i18n.NotUTF8, name)
	}
	return nil
}

func (a *app) undoCommand() *cobra.Command {
	var date string
	cmd := &cobra.Command{
		Use:     "undo",
		Short:   a.t(i18n.UndoShort),
		Example: "  ritme undo\n  ritme undo --date 2026-11-26",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			day := a.today
			if date != "" {
				var err error
				if day, err = a.notAfterToday("--date", date); err != nil {
					return err
				}
			}
			if a.noDBYet() {
				return a.fail(i18n.NothingToUndo, day)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				e, n, err := db.UndoEntry(cmd.Context(), day)
				if errors.Is(err, store.ErrNotFound) {
					return a.fail(i18n.NothingToUndo, day)
				}
				if err != nil {
					return err
				}
				a.saved()
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.Removed, a.lang.Kind(e.Kind), a.forWho(e.Who),
					e.CreatedAt.Local().Format("15:04"), n, a.lang.Kind(e.Kind), day, e.ID))
				return err
			})
		},
	}
	cmd.Flags().StringVar(&date, "date", "", a.t(i18n.FlagUndoOn))
	return cmd
}
