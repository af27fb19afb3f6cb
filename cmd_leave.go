package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"ritme/rhythm"
	"ritme/store"
)

// maxLeaveSpan caps one leave command at a year of dates, so that a typo in
// a year cannot register decades.
const maxLeaveSpan = 366

func (a *app) leaveCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "leave",
		Short: "Register days off: vacation, sick, training, other",
		Long: `Registered leave is not a working day: it owes nothing and never breaks a
streak. The yearly vacation_days and reserve_days settings are the plan;
leave is what actually happened (or is booked).`,
		Args: cobra.NoArgs,
		// Runnable, so that cobra checks Args: "leave frobnicate" is an
		// unknown command (exit 2), not the help with exit 0.
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var kind string
	add := &cobra.Command{
		Use:     "add FROM [TO]",
		Short:   "Register leave on a date or a range of dates",
		Example: "  ritme leave add 2026-07-20 2026-07-31\n  ritme leave add 2026-11-27 --kind sick",
		Args:    cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, to, err := a.dateRange(args)
			if err != nil {
				return err
			}
			k := store.LeaveKind(strings.ToLower(kind))
			if !slices.Contains(store.LeaveKinds, k) {
				return badInput("--kind: %q is not one of vacation, sick, training, other", kind)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				n, err := db.AddLeave(cmd.Context(), from, to, k)
				if err != nil {
					return err
				}
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				working := s.Calendar(nil).WorkingDays(from, to)
				_, err = fmt.Fprintf(a.stdout, "registered %s: %s (%s, %s)\n", k, spanText(from, to),
					plural(n, "date"), plural(working, "working day"))
				return err
			})
		},
	}
	add.Flags().StringVar(&kind, "kind", string(store.Vacation), "vacation, sick, training or other")
	rm := &cobra.Command{
		Use:     "rm FROM [TO]",
		Short:   "Remove registered leave",
		Example: "  ritme leave rm 2026-07-31",
		Args:    cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			from, to, err := a.dateRange(args)
			if err != nil {
				return err
			}
			if a.noDBYet() {
				return fmt.Errorf("no leave registered in %s", spanText(from, to))
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				n, err := db.RemoveLeave(cmd.Context(), from, to)
				if err != nil {
					return err
				}
				if n == 0 {
					return fmt.Errorf("no leave registered in %s", spanText(from, to))
				}
				_, err = fmt.Fprintf(a.stdout, "removed leave: %s (%s)\n", spanText(from, to), plural(n, "date"))
				return err
			})
		},
	}
	var yearArg string
	list := &cobra.Command{
		Use:     "list",
		Short:   "List registered leave of a year",
		Example: "  ritme leave list\n  ritme leave list --year 2025",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			year := a.today.Year()
			if yearArg != "" {
				y, err := strconv.Atoi(yearArg)
				if err != nil || y < minYear || y > 9999 {
					return badInput("--year: %q is not a year from %d to 9999", yearArg, minYear)
				}
				year = y
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
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
	list.Flags().StringVar(&yearArg, "year", "", "the year to list (default this year)")
	cmd.AddCommand(add, rm, list)
	return cmd
}

// dateRange reads FROM [TO] arguments.
func (a *app) dateRange(args []string) (from, to rhythm.Date, err error) {
	if from, err = a.parseDate("FROM", args[0]); err != nil {
		return 0, 0, err
	}
	to = from
	if len(args) == 2 {
		if to, err = a.parseDate("TO", args[1]); err != nil {
			return 0, 0, err
		}
	}
	switch {
	case to < from:
		return 0, 0, badInput("TO %s is before FROM %s", to, from)
	case int(to-from) >= maxLeaveSpan:
		return 0, 0, badInput("%s to %s is more than %d days; register leave a year at a time", from, to, maxLeaveSpan)
	}
	return from, to, nil
}

func (a *app) printLeave(year int, leave []store.Leave, s rhythm.Settings) error {
	if len(leave) == 0 {
		_, err := fmt.Fprintf(a.stdout, "no leave registered in %d\n", year)
		return err
	}
	cal := s.Calendar(nil)
	var b strings.Builder
	total := 0
	// Group consecutive dates of one kind into spans.
	for i := 0; i < len(leave); {
		j := i
		for j+1 < len(leave) && leave[j+1].Date == leave[j].Date+1 && leave[j+1].Kind == leave[i].Kind {
			j++
		}
		working := cal.WorkingDays(leave[i].Date, leave[j].Date)
		total += working
		fmt.Fprintf(&b, "%-25s  %-8s  %s\n", spanText(leave[i].Date, leave[j].Date), leave[i].Kind, plural(working, "working day"))
		i = j + 1
	}
	fmt.Fprintf(&b, "%d: %s of leave; the plan allows %d vacation + %d reserve days\n",
		year, plural(total, "working day"), s.VacationDays, s.ReserveDays)
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

// plural writes "1 day", "3 days", "2 entries".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if stem, ok := strings.CutSuffix(noun, "y"); ok && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
		return fmt.Sprintf("%d %sies", n, stem)
	}
	for _, end := range []string{"ch", "sh", "s", "x"} {
		if strings.HasSuffix(noun, end) {
			return fmt.Sprintf("%d %ses", n, noun)
		}
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
