package cli

import (
	"fmt"
	"math"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// figureJSON is one figure of a review beside the same figure of the
// period before, and the difference.
type figureJSON struct {
	Value      int `json:"value"`
	Before     int `json:"before"`
	Difference int `json:"difference"`
}

func newFigure(this, before int) figureJSON { return figureJSON{this, before, this - before} }

// rateJSON is a rate per 100 contacts of a review, to one decimal.
type rateJSON struct {
	Value      float64 `json:"value"`
	Before     float64 `json:"before"`
	Difference float64 `json:"difference"`
}

// accountsFigureJSON counts the accounts a period moved, and names them.
type accountsFigureJSON struct {
	figureJSON
	Names []string `json:"names"`
}

func newAccountsFigure(this, before []string) accountsFigureJSON {
	names := this
	if names == nil {
		names = []string{}
	}
	return accountsFigureJSON{newFigure(len(this), len(before)), names}
}

// spanJSON is the first and the last day of a period, and the last day
// reviewed.
type spanJSON struct {
	From    rhythm.Date `json:"from"`
	To      rhythm.Date `json:"to"`
	Through rhythm.Date `json:"through"`
}

// reviewJSON is the object `ritme review --json` prints (README.md,
// "The review").
type reviewJSON struct {
	Period string `json:"period"`
	spanJSON
	Open        bool             `json:"open"`
	Before      spanJSON         `json:"before"`
	Kinds       []reviewKindJSON `json:"kinds"`
	WorkingDays figureJSON       `json:"working_days"`
	DaysMet     figureJSON       `json:"days_met"`
	Weeks       figureJSON       `json:"weeks"`
	WeeksMet    figureJSON       `json:"weeks_met"`
	WeekStreak  struct {
		Current figureJSON `json:"current"`
		Best    figureJSON `json:"best"`
	} `json:"week_streak"`
	Contacts figureJSON                    `json:"contacts"`
	Outcomes map[rhythm.Outcome]figureJSON `json:"outcomes"`
	Per100   map[rhythm.Outcome]rateJSON   `json:"per_100"`
	Accounts struct {
		FirstTouched accountsFigureJSON `json:"first_touched"`
		BecameReady  accountsFigureJSON `json:"became_ready"`
		Stuck        accountsFigureJSON `json:"stuck"`
		Won          accountsFigureJSON `json:"won"`
		Lost         accountsFigureJSON `json:"lost"`
	} `json:"accounts"`
	FollowUps struct {
		Completed figureJSON `json:"completed"`
		Overdue   figureJSON `json:"overdue"`
		Coming    figureJSON `json:"due_next_7_days"`
	} `json:"follow_ups"`
}

// reviewKindJSON is one kind of a review.
type reviewKindJSON struct {
	Kind     rhythm.Kind `json:"kind"`
	Period   string      `json:"period"`
	Target   int         `json:"target"`
	Done     figureJSON  `json:"done"`
	Expected figureJSON  `json:"expected"`
	Pace     figureJSON  `json:"pace"`
}

func newReviewJSON(r rhythm.Review) reviewJSON {
	t, b := r.This, r.Before
	j := reviewJSON{Period: "week", spanJSON: spanJSON{t.From, t.To, t.Through}, Open: t.Open,
		Before: spanJSON{b.From, b.To, b.Through}, Kinds: []reviewKindJSON{},
		WorkingDays: newFigure(t.WorkingDays, b.WorkingDays), DaysMet: newFigure(t.DaysMet, b.DaysMet),
		Weeks: newFigure(t.Weeks, b.Weeks), WeeksMet: newFigure(t.WeeksMet, b.WeeksMet),
		Contacts: newFigure(t.Contacts, b.Contacts),
		Outcomes: map[rhythm.Outcome]figureJSON{}, Per100: map[rhythm.Outcome]rateJSON{}}
	if r.Span == rhythm.SpanMonth {
		j.Period = "month"
	}
	for i, k := range t.Kinds {
		bk := b.Kinds[i]
		j.Kinds = append(j.Kinds, reviewKindJSON{Kind: k.Kind, Period: periodName(k.Target), Target: k.Target.N,
			Done: newFigure(k.Done, bk.Done), Expected: newFigure(k.Expected, bk.Expected), Pace: newFigure(k.Pace, bk.Pace)})
	}
	j.WeekStreak.Current = newFigure(t.WeekStreak.Current, b.WeekStreak.Current)
	j.WeekStreak.Best = newFigure(t.WeekStreak.Best, b.WeekStreak.Best)
	for _, o := range rhythm.Outcomes {
		j.Outcomes[o] = newFigure(t.Outcomes[o], b.Outcomes[o])
		// Rates are rounded to one decimal; so is their difference.
		j.Per100[o] = rateJSON{t.PerHundred[o], b.PerHundred[o], math.Round((t.PerHundred[o]-b.PerHundred[o])*10) / 10}
	}
	ta, ba := t.Accounts, b.Accounts
	j.Accounts.FirstTouched = newAccountsFigure(ta.FirstTouched, ba.FirstTouched)
	j.Accounts.BecameReady = newAccountsFigure(ta.BecameReady, ba.BecameReady)
	j.Accounts.Stuck = newAccountsFigure(ta.Stuck, ba.Stuck)
	j.Accounts.Won = newAccountsFigure(ta.Won, ba.Won)
	j.Accounts.Lost = newAccountsFigure(ta.Lost, ba.Lost)
	j.FollowUps.Completed = newFigure(t.FollowUps.Completed, b.FollowUps.Completed)
	j.FollowUps.Overdue = newFigure(t.FollowUps.Overdue, b.FollowUps.Overdue)
	j.FollowUps.Coming = newFigure(t.FollowUps.Coming, b.FollowUps.Coming)
	return j
}

func (a *app) reviewCommand() *cobra.Command {
	var week, month, asJSON bool
	var dateArg string
	cmd := &cobra.Command{
		Use:     "review",
		Short:   a.t(i18n.ReviewShort),
		Long:    a.t(i18n.ReviewLong),
		Example: a.t(i18n.ReviewExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if week && month {
				return a.bad(i18n.FlagsApart, "--week", "--month")
			}
			span := rhythm.SpanWeek
			if month {
				span = rhythm.SpanMonth
			}
			d := span.LastComplete(a.today)
			if dateArg != "" {
				var err error
				if d, err = a.notAfterToday("--date", dateArg); err != nil {
					return err
				}
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				r, err := readReview(cmd, db, span, d, a.today)
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(a.stdout, newReviewJSON(r))
				}
				return a.printReview(r)
			})
		},
	}
	cmd.Flags().BoolVar(&week, "week", false, a.t(i18n.FlagReviewWeek))
	cmd.Flags().BoolVar(&month, "month", false, a.t(i18n.FlagReviewMonth))
	cmd.Flags().StringVar(&dateArg, "date", "", a.t(i18n.FlagReviewDate))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

// readReview reads what the review of the period of span holding d needs,
// and computes it on today.
func readReview(cmd *cobra.Command, db *store.DB, span rhythm.Span, d, today rhythm.Date) (rhythm.Review, error) {
	ctx := cmd.Context()
	tracker, _, err := db.Tracker(ctx)
	if err != nil {
		return rhythm.Review{}, err
	}
	from, to := span.Around(d)
	before, _ := span.Around(from - 1)
	outcomes, err := db.Outcomes(ctx, before, to)
	if err != nil {
		return rhythm.Review{}, err
	}
	accounts, err := db.Accounts(ctx)
	if err != nil {
		return rhythm.Review{}, err
	}
	followUps, err := db.FollowUps(ctx)
	if err != nil {
		return rhythm.Review{}, err
	}
	return tracker.Review(span, d, today, rhythm.ReviewData{Outcomes: outcomes, Accounts: accounts,
		FollowUps: rhythm.FollowUpsOf(followUps)}), nil
}

// printReview writes the review as a table: each figure of the period, of
// the period before, and the difference; then the accounts it moved.
func (a *app) printReview(r rhythm.Review) error {
	l := a.lang
	var w strings.Builder
	title, notes := l.ReviewTitle(r)
	fmt.Fprintf(&w, "%s\n%s\n\n", title, strings.Join(notes, " · "))
	this, before := l.ReviewHeads(r)
	tw := tabwriter.NewWriter(&w, 0, 0, 2, ' ', tabwriter.AlignRight)
	// Labels are left aligned: tabwriter aligns every cell right, so they
	// are padded to their column's width first.
	rows := l.ReviewRows(r)
	groupWidth, labelWidth := 0, 0
	for _, row := range rows {
		groupWidth, labelWidth = max(groupWidth, runes(row.Group)), max(labelWidth, runes(row.Label))
	}
	fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", strings.Repeat(" ", groupWidth+2+labelWidth), this, before, a.t(i18n.ReviewDiff))
	for _, row := range rows {
		if row.Group != "" && row.Group != rows[0].Group {
			fmt.Fprint(tw, "\t\t\t\t\n")
		}
		fmt.Fprintf(tw, "%s  %s\t%s\t%s\t%s\t\n", pad(row.Group, groupWidth), pad(row.Label, labelWidth), row.This, row.Before, row.Difference)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if names := l.ReviewNames(r.This.Accounts); len(names) > 0 {
		fmt.Fprintf(&w, "\n%s\n", strings.Join(names, "\n"))
	}
	// The blank lines between groups are empty cells: no trailing spaces.
	lines := strings.Split(w.String(), "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " ")
	}
	_, err := fmt.Fprint(a.stdout, strings.Join(lines, "\n"))
	return err
}
