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
// gives it. Its method write prints it as writeJSON would, by hand: the
// first use of encoding/json in a process, which reflects over the types,
// cost `status --json` 3–5% of its time.
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

// write prints j as writeJSON does: indented by two spaces, one field a
// line, in the order of the struct, ending in a new line.
func (j statusJSON) write(out io.Writer) error {
	var w jsonWriter
	w.open('{')
	w.keyString("date", j.Date.String())
	w.keyBool("working_day", j.WorkingDay)
	w.keyBool("day_met", j.DayMet)
	w.key("kinds")
	w.open('[')
	for _, k := range j.Kinds {
		w.next()
		w.open('{')
		w.keyString("kind", string(k.Kind))
		w.keyInt("target", k.Target)
		w.keyInt("today", k.Today)
		w.keyInt("ytd", k.YTD)
		w.keyInt("annual_target", k.AnnualTarget)
		w.keyInt("pace", k.Pace)
		w.close('}')
	}
	w.close(']')
	w.key("streak")
	w.open('{')
	w.keyInt("current", j.Streak.Current)
	w.keyInt("best", j.Streak.Best)
	w.close('}')
	w.keyScore("score", j.Score)
	w.key("year")
	w.open('{')
	w.keyInt("year", j.Year.Year)
	w.keyInt("working_days", j.Year.WorkingDays)
	w.keyInt("available_days", j.Year.AvailableDays)
	w.keyInt("elapsed_days", j.Year.ElapsedDays)
	w.close('}')
	w.close('}')
	_, err := out.Write(append(w.b, '\n'))
	return err
}

// jsonWriter writes JSON as json.Encoder does with SetIndent("", "  "),
// for the values of statusJSON. It writes strings as they are: a date and
// kind names have nothing to escape.
type jsonWriter struct {
	b     []byte
	depth int
	empty bool // the object or array just opened has no value yet
}

// open starts an object or an array.
func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.empty = true
}

// close ends the object or array, on a line of its own unless it is empty.
func (w *jsonWriter) close(c byte) {
	w.depth--
	if !w.empty {
		w.newLine()
	}
	w.b = append(w.b, c)
	w.empty = false
}

// next starts a value in the open object or array: after a comma unless it
// is the first, on a new line.
func (w *jsonWriter) next() {
	if !w.empty {
		w.b = append(w.b, ',')
	}
	w.empty = false
	w.newLine()
}

func (w *jsonWriter) newLine() {
	w.b = append(w.b, '\n')
	for range w.depth {
		w.b = append(w.b, "  "...)
	}
}

// key starts a field of the open object.
func (w *jsonWriter) key(k string) {
	w.next()
	w.b = append(append(append(w.b, '"'), k...), `": `...)
}

func (w *jsonWriter) keyString(k, s string) {
	w.key(k)
	w.b = append(append(append(w.b, '"'), s...), '"')
}

func (w *jsonWriter) keyBool(k string, v bool) {
	w.key(k)
	w.b = strconv.AppendBool(w.b, v)
}

func (w *jsonWriter) keyInt(k string, n int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(n), 10)
}

// keyScore writes a score, a number from 0 to 1, in the shortest decimal
// form, as encoding/json writes such numbers.
func (w *jsonWriter) keyScore(k string, f float64) {
	w.key(k)
	w.b = strconv.AppendFloat(w.b, f, 'f', -1, 64)
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
					return newStatusJSON(s).write(a.stdout)
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
