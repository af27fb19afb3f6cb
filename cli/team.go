package cli

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/postgres"
	"ritme/rhythm"
	"ritme/store"
	"ritme/team"
	"ritme/tui"
)

var _ team.Source = (*postgres.TeamReader)(nil)

// teamJSON is the object `ritme team --json` prints:
//
//	{"date": "2026-03-02",
//	 "reps": [{"rep": "anna",
//	   "last_sync": "2026-03-02T09:14:03Z",  (null: never synced)
//	   "start": "2025-01-06", "working_day": true, "day_met": false,
//	   "streak": 12,                         (the current day streak)
//	   "kinds": [{"kind": "mail", "period": "day", "target": 5, "today": 3,
//	              "ytd": 201, "annual_target": 1100, "pace": -7, "need": 5}, …],
//	                                         (as in status --json: a weekly kind has "week" and "week_target" too)
//	   "days_met": {"week": {"met": 2, "working": 3}, "month": {…}, "year": {…}},
//	   "per_100": {"reply": 5.1, "meeting": 2, "proposal": 0.9, "won": 0.4, "lost": 0.2},
//	   "entries": 460, "late": 12, "late_share": 0.0261}],
//	 "totals": {"kinds": [{"kind": "mail", "ytd": 402, "annual_target": 2200, "pace": -9}, …],
//	            "entries": 920, "late": 30, "late_share": 0.0326}}
//
// days_met counts the days met of the working days of the date's week
// (Monday to Sunday), month and year up to the date; per_100, entries and
// late are over the year up to the date. Every rep's fields mean what the
// same fields of that rep's status --json and report --json mean.
type teamJSON struct {
	Date   rhythm.Date    `json:"date"`
	Reps   []teamRepJSON  `json:"reps"`
	Totals teamTotalsJSON `json:"totals"`
}

// teamRepJSON is one rep of `ritme team --json`.
type teamRepJSON struct {
	Rep        string           `json:"rep"`
	LastSync   *time.Time       `json:"last_sync"`
	Start      rhythm.Date      `json:"start"`
	WorkingDay bool             `json:"working_day"`
	DayMet     bool             `json:"day_met"`
	Streak     int              `json:"streak"`
	Kinds      []statusKindJSON `json:"kinds"`
	DaysMet    struct {
		Week  teamDaysJSON `json:"week"`
		Month teamDaysJSON `json:"month"`
		Year  teamDaysJSON `json:"year"`
	} `json:"days_met"`
	Per100    map[rhythm.Outcome]float64 `json:"per_100"`
	Entries   int                        `json:"entries"`
	Late      int                        `json:"late"`
	LateShare float64                    `json:"late_share"`
}

// teamDaysJSON counts the days met of a period's working days.
type teamDaysJSON struct {
	Met     int `json:"met"`
	Working int `json:"working"`
}

// teamTotalsJSON is the team's totals in `ritme team --json`.
type teamTotalsJSON struct {
	Kinds     []teamKindJSON `json:"kinds"`
	Entries   int            `json:"entries"`
	Late      int            `json:"late"`
	LateShare float64        `json:"late_share"`
}

// teamKindJSON is one kind of the team's totals.
type teamKindJSON struct {
	Kind         rhythm.Kind `json:"kind"`
	YTD          int         `json:"ytd"`
	AnnualTarget int         `json:"annual_target"`
	Pace         int         `json:"pace"`
}

// lateShare is the share of late entries to four decimals.
func lateShare(late, entries int) float64 {
	return math.Round(team.LateShare(late, entries)*1e4) / 1e4
}

func newTeamJSON(t team.Team) teamJSON {
	j := teamJSON{Date: t.Date, Reps: []teamRepJSON{}, Totals: teamTotalsJSON{Kinds: []teamKindJSON{},
		Entries: t.Totals.Entries, Late: t.Totals.Late, LateShare: lateShare(t.Totals.Late, t.Totals.Entries)}}
	for _, f := range t.Reps {
		r := teamRepJSON{Rep: f.Rep, Start: f.Start, WorkingDay: f.WorkingDay, DayMet: f.DayMet, Streak: f.Streak,
			Kinds: []statusKindJSON{}, Per100: withEveryOutcome(f.PerHundred), Entries: f.Entries, Late: f.Late,
			LateShare: lateShare(f.Late, f.Entries)}
		if !f.LastSync.IsZero() {
			last := f.LastSync.UTC()
			r.LastSync = &last
		}
		for _, k := range f.Kinds {
			r.Kinds = append(r.Kinds, newStatusKindJSON(k))
		}
		r.DaysMet.Week = teamDaysJSON{f.Week.Met, f.Week.Working}
		r.DaysMet.Month = teamDaysJSON{f.Month.Met, f.Month.Working}
		r.DaysMet.Year = teamDaysJSON{f.Year.Met, f.Year.Working}
		j.Reps = append(j.Reps, r)
	}
	for _, k := range t.Totals.Kinds {
		j.Totals.Kinds = append(j.Totals.Kinds, teamKindJSON{Kind: k.Kind, YTD: k.YTD, AnnualTarget: k.AnnualTarget, Pace: k.Pace})
	}
	return j
}

func (a *app) teamCommand() *cobra.Command {
	var server, dateArg string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "team",
		Short:   a.t(i18n.TeamShort),
		Long:    a.t(i18n.TeamLong),
		Example: a.t(i18n.TeamExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			d := a.today
			if dateArg != "" {
				var err error
				if d, err = a.notAfterToday("--date", dateArg); err != nil {
					return err
				}
			}
			url, err := a.teamServer(cmd.Context(), server)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), serverTimeout)
			defer cancel()
			t, err := readTeam(ctx, url, d)
			if err != nil {
				return a.teamFailure(i18n.TeamFailed, url, "", err)
			}
			if asJSON {
				return writeJSON(a.stdout, newTeamJSON(t))
			}
			return a.printTeam(t)
		},
	}
	cmd.Flags().StringVar(&server, "server", "", a.t(i18n.FlagServer))
	cmd.Flags().StringVar(&dateArg, "date", "", a.t(i18n.FlagTeamDate))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	cmd.AddCommand(a.teamInitCommand(), a.teamAddCommand(false), a.teamAddCommand(true))
	return cmd
}

// readTeam reads the team's figures on d from the server at url.
func readTeam(ctx context.Context, url string, d rhythm.Date) (team.Team, error) {
	r, err := postgres.OpenTeam(ctx, url)
	if err != nil {
		return team.Team{}, err
	}
	defer r.Close()
	return team.Read(ctx, r, d)
}

// withTeam gives the TUI its Team view: the figures of ritme team, read
// from the server this file remembers (ritme sync setup, ritme team init),
// for a manager. No server, no team there, or a role that is not one of
// its managers is tui.ErrNoTeam: the view then never shows. Any other
// failure is said in one line, as ritme team says it.
func (a *app) withTeam(db *store.DB, opts *tui.Options) {
	opts.Team = func(ctx context.Context, d rhythm.Date) (team.Team, error) {
		// A file that syncs is a rep's (sync setup takes reps only on a
		// team server): no need to ask the server.
		cfg, err := db.SyncConfig(ctx)
		switch {
		case err != nil:
			return team.Team{}, err
		case cfg.Server != "":
			return team.Team{}, tui.ErrNoTeam
		}
		url, err := db.TeamServer(ctx)
		switch {
		case err != nil:
			return team.Team{}, err
		case url == "":
			return team.Team{}, tui.ErrNoTeam
		}
		t, err := readTeam(ctx, url, d)
		var notManager *postgres.NotManagerError
		var badURL *postgres.BadURLError
		switch {
		case err == nil:
			return t, nil
		case errors.As(err, &notManager), errors.As(err, &badURL), errors.Is(err, postgres.ErrNotTeam),
			errors.Is(err, postgres.ErrNoSchema):
			return team.Team{}, fmt.Errorf("%w: %w", tui.ErrNoTeam, err)
		}
		return team.Team{}, errors.New(oneLine(a.serverReason(err)))
	}
}

// teamServer returns the server of the team commands: flag, else the one
// this file remembers, read without writing to it.
func (a *app) teamServer(ctx context.Context, flag string) (string, error) {
	if url := strings.TrimSpace(flag); url != "" {
		return url, nil
	}
	var url string
	err := a.withReadDB(ctx, func(db *store.DB) error {
		var err error
		url, err = db.TeamServer(ctx)
		return err
	})
	if err == nil && url == "" {
		return "", a.bad(i18n.TeamNoServer)
	}
	return url, err
}

// teamFailure says why a team command failed on the server at url, in one
// line: a URL that is not one is bad input, the rest a failure. role is
// the role the command names, if any.
func (a *app) teamFailure(m i18n.Text, url, role string, err error) error {
	shown := postgres.WithoutPassword(url)
	var badURL *postgres.BadURLError
	var notManager *postgres.NotManagerError
	reason := ""
	switch {
	case errors.As(err, &badURL):
		return a.badURL(url, badURL)
	case errors.As(err, &notManager) && notManager.Rep:
		reason = a.t(i18n.TeamRepNotManager, notManager.Role)
	case errors.As(err, &notManager):
		reason = a.t(i18n.TeamNotManager, notManager.Role, notManager.Role)
	case errors.Is(err, postgres.ErrNotTeam):
		reason = a.t(i18n.TeamNotTeam)
	case errors.Is(err, postgres.ErrRoleRights):
		reason = a.t(i18n.TeamRoleRights)
	case errors.Is(err, postgres.ErrNoRole):
		reason = a.t(i18n.TeamNoRole, role, role)
	case errors.Is(err, postgres.ErrBothWays):
		reason = a.t(i18n.TeamBothWays, role)
	default:
		reason = a.serverReason(err)
	}
	if role != "" {
		return a.fail(m, role, shown, reason)
	}
	return a.fail(m, shown, reason)
}

func (a *app) teamInitCommand() *cobra.Command {
	return &cobra.Command{
		Use:     a.t(i18n.TeamInitUse),
		Short:   a.t(i18n.TeamInitShort),
		Long:    a.t(i18n.TeamInitLong),
		Example: a.t(i18n.TeamInitExample),
		Args:    a.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			url := strings.TrimSpace(args[0])
			ctx, cancel := context.WithTimeout(cmd.Context(), serverTimeout)
			defer cancel()
			t, err := postgres.InitTeam(ctx, url)
			if err != nil {
				return a.teamFailure(i18n.TeamInitFailed, url, "", err)
			}
			fmt.Fprintln(a.stdout, a.t(i18n.TeamReady, t.Database, t.RepRole, t.ManagerRole))
			a.passwordNote(url)
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				shown := postgres.WithoutPassword(url)
				remembered, err := db.RememberTeamServer(cmd.Context(), shown)
				if err != nil || !remembered {
					return err
				}
				a.saved()
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.TeamRemembered, shown))
				return err
			})
		},
	}
}

// teamAddCommand builds team add-manager (manager) or team add-rep.
func (a *app) teamAddCommand(manager bool) *cobra.Command {
	var server string
	use, short, example, added := i18n.TeamAddRepUse, i18n.TeamAddRepShort, i18n.TeamAddRepExample, i18n.TeamRepAdded
	if manager {
		use, short, example, added = i18n.TeamAddManagerUse, i18n.TeamAddManagerShort, i18n.TeamAddManagerExample, i18n.TeamManagerAdded
	}
	cmd := &cobra.Command{
		Use:     a.t(use),
		Short:   a.t(short),
		Example: a.t(example),
		Args:    a.exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			role := strings.TrimSpace(args[0])
			if role == "" {
				return a.bad(i18n.FieldIs, "ROLE", a.t(i18n.EmptyRep))
			}
			url, err := a.teamServer(cmd.Context(), server)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), serverTimeout)
			defer cancel()
			t, err := postgres.AddMember(ctx, url, role, manager)
			if err != nil {
				return a.teamFailure(i18n.TeamAddFailed, url, role, err)
			}
			_, err = fmt.Fprintln(a.stdout, a.t(added, role, t.Database))
			return err
		},
	}
	cmd.Flags().StringVar(&server, "server", "", a.t(i18n.FlagServer))
	return cmd
}

// printTeam writes the team's figures: per rep a line of how the rep
// stands, with the share of entries logged late beside the streak and the
// year's figures it may flatter, a table of its kinds, its days met and
// its outcomes; then the team's totals.
func (a *app) printTeam(t team.Team) error {
	l := a.lang
	var w strings.Builder
	fmt.Fprintf(&w, "%s\n", a.t(i18n.TeamTitle, l.LongDate(t.Date), a.n(i18n.TeamReps, len(t.Reps))))
	if len(t.Reps) == 0 {
		fmt.Fprintf(&w, "%s\n", a.t(i18n.TeamNoReps))
	}
	for _, f := range t.Reps {
		synced := a.t(i18n.TeamNever)
		if !f.LastSync.IsZero() {
			synced = a.t(i18n.TeamSynced, f.LastSync.Local().Format("2006-01-02 15:04"))
		}
		state := l.DayState(f.WorkingDay, f.DayMet, rhythm.Status{Kinds: f.Kinds}.Open())
		fmt.Fprintf(&w, "\n%s · %s · %s · %s · %s\n", i18n.Sanitize(f.Rep), synced, state, a.t(i18n.TeamStreak, f.Streak),
			a.late(f.Late, f.Entries))
		rows := [][]string{{"", a.t(i18n.TeamToday), a.t(i18n.TeamYTD), a.t(i18n.TeamAnnual), a.t(i18n.TeamPace)}}
		for _, k := range f.Kinds {
			rows = append(rows, []string{l.Kind(k.Kind), todayCell(k), fmt.Sprint(k.YTD), fmt.Sprint(k.AnnualTarget), i18n.Signed(k.Pace)})
		}
		writeTable(&w, rows)
		fmt.Fprintf(&w, "  %s\n", a.t(i18n.TeamDaysMet, f.Week.Met, f.Week.Working, f.Month.Met, f.Month.Working, f.Year.Met, f.Year.Working))
		var per []string
		for _, o := range rhythm.Outcomes {
			per = append(per, fmt.Sprintf("%s %.1f", l.Outcome(o), f.PerHundred[o]))
		}
		fmt.Fprintf(&w, "  %s\n", a.t(i18n.TeamPer100, strings.Join(per, " · ")))
	}
	if len(t.Reps) > 0 {
		rows := [][]string{{a.t(i18n.TeamTotals), a.t(i18n.TeamYTD), a.t(i18n.TeamAnnual), a.t(i18n.TeamPace)}}
		for _, k := range t.Totals.Kinds {
			rows = append(rows, []string{l.Kind(k.Kind), fmt.Sprint(k.YTD), fmt.Sprint(k.AnnualTarget), i18n.Signed(k.Pace)})
		}
		w.WriteString("\n")
		writeTable(&w, rows)
		fmt.Fprintf(&w, "  %s\n", a.late(t.Totals.Late, t.Totals.Entries))
	}
	_, err := fmt.Fprint(a.stdout, w.String())
	return err
}

// late says the share of entries logged late: "late 2.6% of 460 entries".
func (a *app) late(late, entries int) string {
	return a.t(i18n.TeamLate, 100*team.LateShare(late, entries), a.n(i18n.TeamEntries, entries))
}

// todayCell is a kind's entries today against its target: "3/5", for a
// weekly kind its week entries against the week's target, "2/3w", and
// without a target the entries alone.
func todayCell(k rhythm.KindStatus) string {
	switch {
	case k.Weekly:
		return fmt.Sprintf("%d/%dw", k.Week, k.WeekTarget)
	case k.Target > 0:
		return fmt.Sprintf("%d/%d", k.Today, k.Target)
	}
	return fmt.Sprint(k.Today)
}

// writeTable writes rows as a table: the first cell of each row left
// aligned, the heading's at the margin and the others indented by two
// spaces; the other cells right aligned, two spaces apart.
func writeTable(w *strings.Builder, rows [][]string) {
	width := 0
	for _, r := range rows {
		width = max(width, runes(i18n.Sanitize(r[0])))
	}
	// tabwriter aligns every cell right: the first cells are padded to one
	// width first, so that they stay left aligned.
	tw := tabwriter.NewWriter(w, 0, 0, 0, ' ', tabwriter.AlignRight)
	for i, r := range rows {
		label := pad(i18n.Sanitize(r[0]), width) + "  "
		if i > 0 {
			label = "  " + pad(i18n.Sanitize(r[0]), width)
		}
		fmt.Fprintf(tw, "%s\t  %s\t\n", label, strings.Join(r[1:], "\t  "))
	}
	tw.Flush()
}
