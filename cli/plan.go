package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// planJSON is the object `ritme plan --json` prints, as SPEC.md gives it.
type planJSON struct {
	Date  rhythm.Date    `json:"date"`
	Kinds []planKindJSON `json:"kinds"`
}

// planKindJSON is one kind of the plan; Done counts its entries dated on
// the day.
type planKindJSON struct {
	Kind    rhythm.Kind    `json:"kind"`
	Cap     int            `json:"cap"`
	Done    int            `json:"done"`
	MoreDue int            `json:"more_due"`
	Items   []planItemJSON `json:"items"`
}

// planItemJSON is one item: Due is "" for a suggestion.
type planItemJSON struct {
	Who    string      `json:"who"`
	Reason string      `json:"reason"`
	Due    rhythm.Date `json:"due"`
	Note   string      `json:"note"`
	Done   bool        `json:"done"`
}

func newPlanJSON(p rhythm.Plan) planJSON {
	j := planJSON{Date: p.Date, Kinds: []planKindJSON{}}
	for _, k := range p.Kinds {
		kj := planKindJSON{Kind: k.Kind, Cap: k.Cap, Done: k.Done, MoreDue: k.MoreDue, Items: []planItemJSON{}}
		for _, it := range k.Items {
			kj.Items = append(kj.Items, planItemJSON{Who: it.Who, Reason: string(it.Reason), Due: it.Due, Note: it.Note, Done: it.Done})
		}
		j.Kinds = append(j.Kinds, kj)
	}
	return j
}

func (a *app) planCommand() *cobra.Command {
	var date string
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "plan",
		Short:   a.t(i18n.PlanShort),
		Long:    a.t(i18n.PlanLong),
		Example: a.t(i18n.PlanExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			day := a.today
			if date != "" {
				var err error
				if day, err = a.parseDate("--date", date); err != nil {
					return err
				}
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				tracker, _, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				in, err := db.PlanInput(cmd.Context(), day)
				if err != nil {
					return err
				}
				p := tracker.Plan(day, in)
				if asJSON {
					return writeJSON(a.stdout, newPlanJSON(p))
				}
				return a.printPlan(p)
			})
		},
	}
	cmd.Flags().StringVar(&date, "date", "", a.t(i18n.FlagPlanDate))
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

// printPlan writes the plan: per kind with items, its entries against the
// cap, then each item, ticked when done, with why it is there.
func (a *app) printPlan(p rhythm.Plan) error {
	var b strings.Builder
	if len(p.Kinds) == 0 {
		_, err := fmt.Fprintln(a.stdout, a.t(i18n.PlanDayOff, a.lang.LongDate(p.Date)))
		return err
	}
	fmt.Fprintln(&b, a.t(i18n.PlanTitle, a.lang.LongDate(p.Date)))
	width := 0
	for _, k := range p.Kinds {
		for _, it := range k.Items {
			width = max(width, len([]rune(i18n.Sanitize(it.Who))))
		}
	}
	listed := false
	for _, k := range p.Kinds {
		if len(k.Items) == 0 && k.MoreDue == 0 {
			continue
		}
		listed = true
		fmt.Fprintf(&b, "\n%s %d/%d\n", a.lang.Kind(k.Kind), k.Done, k.Cap)
		for _, it := range k.Items {
			mark := i18n.GlyphOpen
			if it.Done {
				mark = i18n.GlyphDone
			}
			who := i18n.Sanitize(it.Who)
			line := fmt.Sprintf("  %s %s%s  %s", mark, who, strings.Repeat(" ", width-len([]rune(who))), a.planReason(it, p.Date))
			if it.Note != "" {
				line += " · " + i18n.Sanitize(it.Note)
			}
			fmt.Fprintln(&b, strings.TrimRight(line, " "))
		}
		if k.MoreDue > 0 {
			fmt.Fprintln(&b, "  "+a.t(i18n.PlanMoreDue, k.MoreDue))
		}
	}
	if !listed {
		fmt.Fprintln(&b, a.t(i18n.PlanNothing))
	}
	_, err := fmt.Fprint(a.stdout, b.String())
	return err
}

// planReason says why an item is in the plan of day d.
func (a *app) planReason(it rhythm.PlanItem, d rhythm.Date) string {
	switch {
	case it.Reason == rhythm.Overdue:
		return a.t(i18n.PlanOverdue, a.lang.ShortDate(it.Due))
	case it.Reason == rhythm.Due && d == a.today:
		return a.t(i18n.PlanDueToday)
	case it.Reason == rhythm.Due:
		return a.t(i18n.PlanItemDue)
	}
	return a.t(i18n.StateSuggested)
}
