package cli

import (
	"encoding/json"
	"io"
	"math"
	"os"
	"strconv"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// statusJSON is the object `ritme status --json` prints, exactly as SPEC.md
// gives it.
type statusJSON struct {
	Date       rhythm.Date      `json:"date"`
	WorkingDay bool             `json:"working_day"`
	DayMet     bool             `json:"day_met"`
	Kinds      []statusKindJSON `json:"kinds"`
	Streak     struct {
		Current int `json:"current"`
		Best    int `json:"best"`
	} `json:"streak"`
	Score float64 `json:"score"`
	Year  struct {
		Year          int `json:"year"`
		WorkingDays   int `json:"working_days"`
		AvailableDays int `json:"available_days"`
		ElapsedDays   int `json:"elapsed_days"`
	} `json:"year"`
}

type statusKindJSON struct {
	Kind         rhythm.Kind `json:"kind"`
	Target       int         `json:"target"`
	Today        int         `json:"today"`
	YTD          int         `json:"ytd"`
	AnnualTarget int         `json:"annual_target"`
	Pace         int         `json:"pace"`
}

func newStatusJSON(s rhythm.Status) statusJSON {
	j := statusJSON{Date: s.Date, WorkingDay: s.WorkingDay, DayMet: s.DayMet, Kinds: []statusKindJSON{}}
	for _, k := range s.Kinds {
		j.Kinds = append(j.Kinds, statusKindJSON{Kind: k.Kind, Target: k.Target, Today: k.Today, YTD: k.YTD, AnnualTarget: k.AnnualTarget, Pace: k.Pace})
	}
	j.Streak.Current, j.Streak.Best = s.Streak.Current, s.Streak.Best
	// Four decimals: exact enough for any script, and free of float noise
	// such as 0.49999999999999994 for 0.5.
	j.Score = math.Round(s.Score*1e4) / 1e4
	j.Year.Year, j.Year.WorkingDays, j.Year.AvailableDays, j.Year.ElapsedDays = s.Year.Year, s.Year.WorkingDays, s.Year.AvailableDays, s.ElapsedDays
	return j
}

func (a *app) statusCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     "status",
		Short:   a.t(i18n.StatusShort),
		Example: "  ritme status\n  ritme status --json | jq .streak",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				tracker, _, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				s := tracker.Status(a.today)
				if asJSON {
					return writeJSON(a.stdout, newStatusJSON(s))
				}
				_, err = io.WriteString(a.colorOut(), glance(s, a.lang))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

// daysJSON is the object `ritme days --json` prints.
type daysJSON struct {
	Year          int           `json:"year"`
	Weekdays      int           `json:"weekdays"`
	Holidays      int           `json:"holidays"`
	WorkingDays   int           `json:"working_days"`
	VacationDays  int           `json:"vacation_days"`
	ReserveDays   int           `json:"reserve_days"`
	AvailableDays int           `json:"available_days"`
	HolidayList   []holidayJSON `json:"holiday_list"`
}

type holidayJSON struct {
	Date rhythm.Date `json:"date"`
	Name string      `json:"name"`
}

func (a *app) daysCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:     a.t(i18n.DaysUse),
		Short:   a.t(i18n.DaysShort),
		Example: "  ritme days\n  ritme days 2027 --json",
		Args:    a.rangeArgs(0, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			year := a.today.Year()
			if len(args) == 1 {
				y, err := strconv.Atoi(args[0])
				if err != nil || y < minYear || y > 9999 {
					return a.bad(i18n.BadYear, args[0], minYear)
				}
				year = y
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				av := s.Calendar(nil).Availability(year, s.VacationDays, s.ReserveDays)
				if !asJSON {
					_, err := io.WriteString(a.colorOut(), daysTable(av, s, a.lang))
					return err
				}
				j := daysJSON{Year: av.Year, Weekdays: av.Weekdays, Holidays: len(av.Holidays), WorkingDays: av.WorkingDays,
					VacationDays: av.VacationDays, ReserveDays: av.ReserveDays, AvailableDays: av.AvailableDays, HolidayList: []holidayJSON{}}
				for _, h := range av.Holidays {
					j.HolidayList = append(j.HolidayList, holidayJSON{Date: h.Date, Name: h.Name})
				}
				return writeJSON(a.stdout, j)
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// colorOut returns stdout as a writer that keeps colour only on a terminal
// and drops it when NO_COLOR is set to anything at all (no-color.org). NO_COLOR
// only ever lowers the profile: piped output stays NoTTY, free of every
// escape sequence, bold included.
func (a *app) colorOut() io.Writer {
	w := colorprofile.NewWriter(a.stdout, os.Environ())
	if os.Getenv("NO_COLOR") != "" && w.Profile > colorprofile.Ascii {
		w.Profile = colorprofile.Ascii
	}
	return w
}
