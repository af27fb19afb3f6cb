package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// maxLeaveSpan caps one leave command at a year of dates, so that a typo in
// a year cannot register decades.
const maxLeaveSpan = 366

func (a *app) leaveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "leave",
		Short:   a.t(i18n.LeaveShort),
		Long:    a.t(i18n.LeaveLong),
		Example: a.t(i18n.LeaveExample),
		Args:    a.noArgs,
		// Runnable, so that cobra checks Args: "leave frobnicate" is an
		// unknown command (exit 2), not the help with exit 0.
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var kind string
	add := &cobra.Command{
		Use:     a.t(i18n.LeaveAddUse),
		Short:   a.t(i18n.LeaveAddShort),
		Example: a.t(i18n.LeaveAddExample),
		Args:    a.rangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, to, err := a.dateRange(args)
			if err != nil {
				return err
			}
			k, ok := leaveKindFromName(kind)
			if !ok {
				return a.bad(i18n.BadLeaveKind, kind)
			}
			s, err := a.settings(cmd)
			if err != nil {
				return err
			}
			plan := planLeave(rhythm.NewCalendar(s.History, nil), from, to)
			if len(plan.dates) == 0 {
				return a.bad(i18n.LeaveNoWorkday, spanText(from, to))
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				r, err := db.RegisterLeave(cmd.Context(), plan.dates, k)
				if err != nil {
					return err
				}
				a.saved()
				return a.printLeaveAdded(k, from, to, plan, r)
			})
		},
	}
	add.Flags().StringVar(&kind, "kind", a.leaveKind(rhythm.Vacation), a.t(i18n.FlagLeaveKind))
	add.RegisterFlagCompletionFunc("kind", completeWords(leaveKindWords()...))
	rm := &cobra.Command{
		Use:     a.t(i18n.LeaveRmUse),
		Short:   a.t(i18n.LeaveRmShort),
		Example: a.t(i18n.LeaveRmExample),
		Args:    a.rangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, to, err := a.dateRange(args)
			if err != nil {
				return err
			}
			if a.noDBYet() {
				return a.noLeave(from, to)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				n, err := db.RemoveLeave(cmd.Context(), from, to)
				if err != nil {
					return err
				}
				if n == 0 {
					return a.noLeave(from, to)
				}
				a.saved()
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.LeaveRemoved, spanText(from, to), a.n(i18n.Dates, n)))
				return err
			})
		},
	}
	var yearArg string
	list := &cobra.Command{
		Use:     "list",
		Short:   a.t(i18n.LeaveListShort),
		Example: a.t(i18n.LeaveListExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			year := a.today.Year()
			if yearArg != "" {
				y, err := strconv.Atoi(yearArg)
				if err != nil || y < minYear || y > 9999 {
					return a.bad(i18n.BadYearFlag, "--year", yearArg, minYear)
				}
				year = y
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				leave, err := db.Leave(cmd.Context(), rhythm.YearStart(year), rhythm.YearEnd(year))
				if err != nil {
					return err
				}
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				return a.printLeave(year, leave, s)
			})
		},
	}
	list.Flags().StringVar(&yearArg, "year", "", a.t(i18n.FlagLeaveYear))
	cmd.AddCommand(add, rm, list)
	return cmd
}

// noLeave is the failure of leave rm when there is no leave from from to
// to: "no leave registered on DATE", or "from FROM to TO".
func (a *app) noLeave(from, to rhythm.Date) error {
	if from == to {
		return a.fail(i18n.NoLeaveOn, from)
	}
	return a.fail(i18n.NoLeaveFromTo, from, to)
}

// leaveKind returns the name of a kind of leave in the app's language.
func (a *app) leaveKind(k rhythm.LeaveKind) string {
	if m, ok := i18n.LeaveKindNames[k]; ok {
		return a.t(m)
	}
	return string(k)
}

// leaveKindFromName reads a kind of leave by its English or Dutch name.
func leaveKindFromName(s string) (rhythm.LeaveKind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, k := range rhythm.LeaveKinds {
		m := i18n.LeaveKindNames[k]
		if s == string(k) || s == m.In(i18n.English) || s == m.In(i18n.Dutch) {
			return k, true
		}
	}
	return "", false
}

// leaveKindWords are the names of the kinds of leave, English then Dutch.
func leaveKindWords() []string {
	var words []string
	for _, l := range []i18n.Lang{i18n.English, i18n.Dutch} {
		for _, k := range rhythm.LeaveKinds {
			words = appendNew(words, i18n.LeaveKindNames[k].In(l))
		}
	}
	return words
}

// dateRange reads FROM [TO] arguments.
func (a *app) dateRange(args []string) (from, to rhythm.Date, err error) {
	fromName, toName := a.t(i18n.ArgFrom), a.t(i18n.ArgTo)
	if from, err = a.parseDate(fromName, args[0]); err != nil {
		return 0, 0, err
	}
	to = from
	if len(args) == 2 {
		if to, err = a.parseDate(toName, args[1]); err != nil {
			return 0, 0, err
		}
	}
	switch {
	case to < from:
		return 0, 0, a.bad(i18n.IsBefore, toName, to, fromName, from)
	case int(to-from) >= maxLeaveSpan:
		return 0, 0, a.bad(i18n.LeaveSpan, from, to, maxLeaveSpan)
	}
	return from, to, nil
}

func (a *app) printLeave(year int, leave []rhythm.Leave, s rhythm.Settings) error {
	if len(leave) == 0 {
		_, err := fmt.Fprintln(a.stdout, a.t(i18n.NoLeaveIn, strconv.Itoa(year)))
		return err
	}
	// The kind column is as wide as the longest name in the language.
	width := 0
	for _, k := range rhythm.LeaveKinds {
		width = max(width, len([]rune(a.leaveKind(k))))
	}
	cal := rhythm.NewCalendar(s.History, nil)
	var b strings.Builder
	total := 0
	// Group dates of one kind into spans, across the days between them that
	// are not workday dates (a weekend in a fortnight of vacation).
	for i := 0; i < len(leave); {
		j := i
		for j+1 < len(leave) && leave[j+1].Kind == leave[i].Kind && cal.WorkdayDates(leave[j].Date+1, leave[j+1].Date-1) == 0 {
			j++
		}
		working := cal.WorkdayDates(leave[i].Date, leave[j].Date)
		total += working
		fmt.Fprintf(&b, "%-25s  %-*s  %s\n", spanText(leave[i].Date, leave[j].Date), width, a.leaveKind(leave[i].Kind), a.n(i18n.WorkingDays, working))
		i = j + 1
	}
	fmt.Fprintln(&b, a.t(i18n.LeaveTotal, year, a.n(i18n.WorkingDays, total), s.History.VacationIn(year), a.n(i18n.ReserveDays, s.History.ReserveIn(year))))
	_, err := fmt.Fprint(a.stdout, b.String())
	return err
}

// spanText writes one date, or a range as "FROM – TO".
func spanText(from, to rhythm.Date) string {
	if from == to {
		return from.String()
	}
	return from.String() + " – " + to.String()
}
