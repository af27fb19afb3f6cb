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
	Start      rhythm.Date      `json:"start"`
	WorkingDay bool             `json:"working_day"`
	DayMet     bool             `json:"day_met"`
	Kinds      []statusKindJSON `json:"kinds"`
	Streak     streakJSON       `json:"streak"`
	Score      float64          `json:"score"`
	Week       struct {
		// Met is true, false or null (a week still open).
		Met    *bool      `json:"met"`
		Streak streakJSON `json:"streak"`
	} `json:"week"`
	DaysLeft int `json:"days_left"`
	Year     struct {
		Year               int `json:"year"`
		WorkingDays        int `json:"working_days"`
		AvailableDays      int `json:"available_days"`
		AvailableFromStart int `json:"available_from_start"`
		ElapsedDays        int `json:"elapsed_days"`
	} `json:"year"`
}

// streakJSON is a current and a best streak.
type streakJSON struct {
	Current int `json:"current"`
	Best    int `json:"best"`
}

// statusKindJSON is one kind of `ritme status --json`. Week and WeekTarget
// are there for a weekly kind only.
type statusKindJSON struct {
	Kind         rhythm.Kind `json:"kind"`
	Period       string      `json:"period"`
	Target       int         `json:"target"`
	Today        int         `json:"today"`
	YTD          int         `json:"ytd"`
	AnnualTarget int         `json:"annual_target"`
	Pace         int         `json:"pace"`
	Need         int         `json:"need"`
	Week         *int        `json:"week,omitempty"`
	WeekTarget   *int        `json:"week_target,omitempty"`
}

// periodName is "week" for a weekly target, else "day".
func periodName(t rhythm.Target) string {
	if t.IsWeekly() {
		return "week"
	}
	return "day"
}

// newStatusKindJSON is a kind's line of a status, as JSON has it.
func newStatusKindJSON(k rhythm.KindStatus) statusKindJSON {
	kj := statusKindJSON{Kind: k.Kind, Period: "day", Target: k.Target, Today: k.Today, YTD: k.YTD,
		AnnualTarget: k.AnnualTarget, Pace: k.Pace, Need: k.Need}
	if k.Weekly {
		kj.Period, kj.Week, kj.WeekTarget = "week", &k.Week, &k.WeekTarget
	}
	return kj
}

func newStatusJSON(s rhythm.Status) statusJSON {
	j := statusJSON{Date: s.Date, Start: s.Start, WorkingDay: s.WorkingDay, DayMet: s.DayMet, Kinds: []statusKindJSON{}, DaysLeft: s.DaysLeft}
	for _, k := range s.Kinds {
		j.Kinds = append(j.Kinds, newStatusKindJSON(k))
	}
	j.Streak = streakJSON{s.Streak.Current, s.Streak.Best}
	// Four decimals: exact enough for any script, and free of float noise
	// such as 0.49999999999999994 for 0.5.
	j.Score = math.Round(s.Score*1e4) / 1e4
	switch s.Week {
	case rhythm.WeekMet:
		j.Week.Met = new(true)
	case rhythm.WeekMissed:
		j.Week.Met = new(false)
	}
	j.Week.Streak = streakJSON{s.WeekStreak.Current, s.WeekStreak.Best}
	j.Year.Year, j.Year.WorkingDays, j.Year.AvailableDays = s.Year.Year, s.Year.WorkingDays, s.Year.AvailableDays
	j.Year.AvailableFromStart, j.Year.ElapsedDays = s.AvailableFromStart, s.ElapsedDays
	return j
}

// write prints j as writeJSON prints it.
func (j statusJSON) write(out io.Writer) error {
	var w jsonWriter
	w.open('{')
	w.keyString("date", j.Date.String())
	w.keyString("start", j.Start.String())
	w.keyBool("working_day", j.WorkingDay)
	w.keyBool("day_met", j.DayMet)
	w.key("kinds")
	w.open('[')
	for _, k := range j.Kinds {
		w.next()
		w.open('{')
		w.keyString("kind", string(k.Kind))
		w.keyString("period", k.Period)
		w.keyInt("target", k.Target)
		w.keyInt("today", k.Today)
		w.keyInt("ytd", k.YTD)
		w.keyInt("annual_target", k.AnnualTarget)
		w.keyInt("pace", k.Pace)
		w.keyInt("need", k.Need)
		if k.Week != nil {
			w.keyInt("week", *k.Week)
		}
		if k.WeekTarget != nil {
			w.keyInt("week_target", *k.WeekTarget)
		}
		w.close('}')
	}
	w.close(']')
	w.keyStreak("streak", j.Streak)
	w.keyScore("score", j.Score)
	w.key("week")
	w.open('{')
	w.key("met")
	if j.Week.Met == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.b = strconv.AppendBool(w.b, *j.Week.Met)
	}
	w.keyStreak("streak", j.Week.Streak)
	w.close('}')
	w.keyInt("days_left", j.DaysLeft)
	w.key("year")
	w.open('{')
	w.keyInt("year", j.Year.Year)
	w.keyInt("working_days", j.Year.WorkingDays)
	w.keyInt("available_days", j.Year.AvailableDays)
	w.keyInt("available_from_start", j.Year.AvailableFromStart)
	w.keyInt("elapsed_days", j.Year.ElapsedDays)
	w.close('}')
	w.close('}')
	_, err := out.Write(append(w.b, '\n'))
	return err
}

// jsonWriter writes JSON as json.Encoder does with SetIndent("", "  "),
// for the values of statusJSON. It writes strings as they are: dates,
// periods and kind names have nothing to escape.
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

// keyStreak writes a current and a best streak.
func (w *jsonWriter) keyStreak(k string, s streakJSON) {
	w.key(k)
	w.open('{')
	w.keyInt("current", s.Current)
	w.keyInt("best", s.Best)
	w.close('}')
}

// keyScore writes a score, a number from 0 to 1, in the shortest decimal
// form, as encoding/json writes such numbers.
func (w *jsonWriter) keyScore(k string, f float64) {
	w.key(k)
	w.b = strconv.AppendFloat(w.b, f, 'f', -1, 64)
}

func (a *app) statusCommand() *cobra.Command {
	var asJSON, line bool
	cmd := &cobra.Command{
		Use:     "status",
		Short:   a.t(i18n.StatusShort),
		Example: "  ritme status\n  ritme status --json | jq .streak\n  ritme status --line",
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if asJSON && line {
				return a.bad(i18n.FlagsApart, "--json", "--line")
			}
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				tracker, _, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				s := tracker.Status(a.today)
				switch {
				case asJSON:
					return newStatusJSON(s).write(a.stdout)
				case line:
					_, err = io.WriteString(a.lineOut(), statusLine(s, a.lang))
					return err
				}
				_, err = io.WriteString(a.colorOut(), glance(s, a.lang))
				return err
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	cmd.Flags().BoolVar(&line, "line", false, a.t(i18n.FlagLine))
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
			return a.withReadDB(cmd.Context(), func(db *store.DB) error {
				t, _, err := db.Tracker(cmd.Context())
				if err != nil {
					return err
				}
				av := t.Calendar.Availability(year)
				if !asJSON {
					on := min(max(a.today, rhythm.YearStart(year)), rhythm.YearEnd(year))
					_, err := io.WriteString(a.colorOut(), daysTable(av, t, on, t.AnnualTargets(year, a.today), a.lang))
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

// lineOut returns stdout as a writer for `status --line`: colour on a
// terminal, and under NO_COLOR no escape sequence at all, so that a shell
// prompt or a status bar gets plain text.
func (a *app) lineOut() io.Writer {
	w := colorprofile.NewWriter(a.stdout, os.Environ())
	if os.Getenv("NO_COLOR") != "" {
		w.Profile = colorprofile.NoTTY
	}
	return w
}
