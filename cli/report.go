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

// reportJSON is the object `ritme report --json` prints.
type reportJSON struct {
	From        rhythm.Date `json:"from"`
	To          rhythm.Date `json:"to"`
	WorkingDays int         `json:"working_days"`
	DaysMet     int         `json:"days_met"`
	Streak      struct {
		Current int `json:"current"`
		Best    int `json:"best"`
	} `json:"streak"`
	Kinds                  []reportKindJSON           `json:"kinds"`
	Contacts               int                        `json:"contacts"`
	Outcomes               map[rhythm.Outcome]int     `json:"outcomes"`
	Per100                 map[rhythm.Outcome]float64 `json:"per_100"`
	MedianTouchesToMeeting float64                    `json:"median_touches_to_meeting"`
	AccountsWithMeeting    int                        `json:"accounts_with_meeting"`
}

type reportKindJSON struct {
	Kind     rhythm.Kind                `json:"kind"`
	Period   string                     `json:"period"`
	Target   int                        `json:"target"`
	Done     int                        `json:"done"`
	Expected int                        `json:"expected"`
	Pace     int                        `json:"pace"`
	Outcomes map[rhythm.Outcome]int     `json:"outcomes"`
	Per100   map[rhythm.Outcome]float64 `json:"per_100"`
}

// withEveryOutcome fills in 0 for the outcomes a count lacks, so that JSON
// consumers find every key.
func withEveryOutcome[N int | float64](m map[rhythm.Outcome]N) map[rhythm.Outcome]N {
	out := map[rhythm.Outcome]N{}
	for _, o := range rhythm.Outcomes {
		out[o] = m[o]
	}
	return out
}

func newReportJSON(r rhythm.Report) reportJSON {
	j := reportJSON{From: r.From, To: r.To, WorkingDays: r.WorkingDays, DaysMet: r.MetDays, Kinds: []reportKindJSON{},
		Contacts: r.Contacts, Outcomes: withEveryOutcome(r.Outcomes), Per100: withEveryOutcome(r.PerHundred),
		MedianTouchesToMeeting: r.MedianTouchesToMeeting, AccountsWithMeeting: r.Meetings}
	j.Streak.Current, j.Streak.Best = r.Streak.Current, r.Streak.Best
	for _, k := range r.Kinds {
		j.Kinds = append(j.Kinds, reportKindJSON{Kind: k.Kind, Period: periodName(k.Target), Target: k.Target.N, Done: k.Done, Expected: k.Expected,
			Pace: k.Pace, Outcomes: withEveryOutcome(k.Outcomes), Per100: withEveryOutcome(k.PerHundred)})
	}
	return j
}

func (a *app) reportCommand() *cobra.Command {
	var from, to string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "report",
		Short:   a.t(i18n.ReportShort),
		Long:    a.t(i18n.ReportLong),
		Example: a.t(i18n.ReportExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t := a.today
			var err error
			if to != "" {
				if t, err = a.parseDate("--to", to); err != nil {
					return err
				}
			}
			// By default the report starts on 1 January of the year it ends in.
			f := rhythm.YearStart(t.Year())
			if from != "" {
				if f, err = a.parseDate("--from", from); err != nil {
					return err
				}
			}
			if t < f {
				return a.bad(i18n.IsBefore, "--to", t, "--from", f)
			}
			if int(t-f) > 366*20 {
				return a.bad(i18n.TooManyYears, f, t)
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				tracker, _, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				outcomes, err := db.Outcomes(cmd.Context(), f, t)
				if err != nil {
					return err
				}
				accounts, err := db.Accounts(cmd.Context())
				if err != nil {
					return err
				}
				r := tracker.Report(f, t, a.today, outcomes.ByKind(f, t), accounts)
				if asJSON {
					return writeJSON(a.stdout, newReportJSON(r))
				}
				return a.printReport(r)
			})
		},
	}
	cmd.Flags().StringVar(&from, "from", "", a.t(i18n.FlagReportFrom))
	cmd.Flags().StringVar(&to, "to", "", a.t(i18n.FlagReportTo))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

func (a *app) printReport(r rhythm.Report) error {
	w := a.stdout
	fmt.Fprintf(w, "%s\n\n", a.t(i18n.ReportTitle, r.From, r.To))
	pct := 0
	if r.WorkingDays > 0 {
		pct = int(math.Round(100 * float64(r.MetDays) / float64(r.WorkingDays)))
	}
	fmt.Fprintf(w, "%s\n\n", a.t(i18n.ReportDays, r.WorkingDays, r.MetDays, pct, r.Streak.Current, r.Streak.Best))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	header := []string{"", a.t(i18n.ReportDone), a.t(i18n.ReportExpected), a.t(i18n.ReportPace)}
	for _, o := range rhythm.Outcomes {
		header = append(header, a.lang.Outcome(o))
	}
	fmt.Fprintln(tw, strings.Join(header, "\t")+"\t")
	line := func(label string, done, expected int, pace string, counts map[rhythm.Outcome]int) {
		cells := []string{label, fmt.Sprint(done), fmt.Sprint(expected), pace}
		for _, o := range rhythm.Outcomes {
			cells = append(cells, fmt.Sprint(counts[o]))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
	}
	expected := 0
	for _, k := range r.Kinds {
		line(a.lang.Kind(k.Kind), k.Done, k.Expected, i18n.Signed(k.Pace), k.Outcomes)
		expected += k.Expected
	}
	line(a.t(i18n.ReportAll), r.Contacts, expected, i18n.Signed(r.Contacts-expected), r.Outcomes)
	if err := tw.Flush(); err != nil {
		return err
	}
	var per []string
	for _, o := range rhythm.Outcomes {
		per = append(per, fmt.Sprintf("%s %.1f", a.lang.Outcome(o), r.PerHundred[o]))
	}
	fmt.Fprintf(w, "\n%s\n", a.t(i18n.ReportPer100, strings.Join(per, " · ")))
	if r.Meetings == 0 {
		_, err := fmt.Fprintln(w, a.t(i18n.ReportNoMeet))
		return err
	}
	_, err := fmt.Fprintln(w, a.t(i18n.ReportMedian, r.MedianTouchesToMeeting, a.n(i18n.Accounts, r.Meetings)))
	return err
}
