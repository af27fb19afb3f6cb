package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// settingMeaning explains a key in the app's language.
func (a *app) settingMeaning(key string) string {
	if m, ok := i18n.SettingMeanings[key]; ok {
		return a.t(m)
	}
	k, _ := rhythm.KindOfKey(key)
	return a.t(i18n.TargetMeaning, a.lang.Kind(k))
}

// settingKey reads a key as the user typed it: target.bel and target.bezoek,
// the Dutch names of built-in kinds, are target.call and target.visit.
func settingKey(key string) string {
	name, ok := rhythm.KindOfKey(key)
	if !ok {
		return key
	}
	return rhythm.TargetKey(i18n.KindFromName(string(name)))
}

// badSetting says why key cannot be read or set, naming the key when the
// error itself does not.
func (a *app) badSetting(key string, err error) error {
	var ie *rhythm.InputError
	if errors.As(err, &ie) && ie.Code == rhythm.ErrKindName {
		return a.bad(i18n.BadSetting, key, a.explain(err))
	}
	return a.badErr(err)
}

// settings reads the settings, the defaults when there is no database yet.
func (a *app) settings(cmd *cobra.Command) (rhythm.Settings, error) {
	var s rhythm.Settings
	err := a.withReadDB(cmd.Context(), func(db *store.DB) error {
		var err error
		s, err = db.Settings(cmd.Context())
		return err
	})
	return s, err
}

func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "config",
		Short:   a.t(i18n.ConfigShort),
		Long:    a.t(i18n.ConfigLong),
		Example: a.t(i18n.ConfigExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.settings(cmd)
			if err != nil {
				return err
			}
			return a.printSettings(a.stdout, s)
		},
	}
	cmd.AddCommand(a.configGetCommand(), a.configSetCommand(), a.configHistoryCommand())
	return cmd
}

func (a *app) configGetCommand() *cobra.Command {
	var on string
	cmd := &cobra.Command{
		Use:               a.t(i18n.ConfigGetUse),
		Short:             a.t(i18n.ConfigGetShort),
		Example:           a.t(i18n.ConfigGetExample),
		Args:              a.exactArgs(1),
		ValidArgsFunction: a.completeSetting,
		RunE: func(cmd *cobra.Command, args []string) error {
			day := a.today
			if on != "" {
				var err error
				if day, err = a.parseDate("--on", on); err != nil {
					return err
				}
			}
			s, err := a.settings(cmd)
			if err != nil {
				return err
			}
			v, err := s.Get(settingKey(args[0]), day)
			if err != nil {
				return a.badSetting(args[0], err)
			}
			_, err = fmt.Fprintln(a.stdout, v)
			return err
		},
	}
	cmd.Flags().StringVar(&on, "on", "", a.t(i18n.FlagOn))
	return cmd
}

func (a *app) configSetCommand() *cobra.Command {
	var from string
	cmd := &cobra.Command{
		Use:               a.t(i18n.ConfigSetUse),
		Short:             a.t(i18n.ConfigSetShort),
		Example:           a.t(i18n.ConfigSetExample),
		Args:              a.exactArgs(2),
		ValidArgsFunction: a.completeSetting,
		RunE: func(cmd *cobra.Command, args []string) error {
			key, value := settingKey(args[0]), args[1]
			if !rhythm.IsDated(key) {
				if from != "" {
					return a.bad(i18n.NoHistoryFor, key)
				}
				return a.setUndated(cmd, args[0], key, value)
			}
			day := a.today
			if from != "" {
				var err error
				if day, err = a.parseDate("--from", from); err != nil {
					return err
				}
			}
			change, err := rhythm.NewChange(key, value, day, time.Now())
			if err != nil {
				return a.badSetting(args[0], err)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				if err := db.SaveChange(cmd.Context(), change); err != nil {
					return err
				}
				a.saved()
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				shown, _ := s.Get(key, change.From)
				if rhythm.IsYearly(key) {
					_, err = fmt.Fprintln(a.stdout, a.t(i18n.ConfigSetYearly, key, shown, change.From.Year()))
				} else {
					_, err = fmt.Fprintln(a.stdout, a.t(i18n.ConfigSetDated, key, shown, change.From))
				}
				return err
			})
		},
	}
	cmd.Flags().StringVar(&from, "from", "", a.t(i18n.FlagFrom))
	return cmd
}

// setUndated sets one of the settings without history: start_date,
// rest_days, backup.keep.
func (a *app) setUndated(cmd *cobra.Command, typed, key, value string) error {
	probe := rhythm.DefaultSettings()
	stored, err := probe.SetUndated(key, value)
	switch {
	case key == rhythm.KeyStartDate && strings.TrimSpace(value) == "":
		return a.bad(i18n.StartEmpty)
	case err != nil:
		return a.badSetting(typed, err)
	case key == rhythm.KeyStartDate && probe.Start > a.today:
		return a.bad(i18n.StartAfterToday, probe.Start, a.today)
	}
	return a.withDB(cmd.Context(), func(db *store.DB) error {
		if key == rhythm.KeyStartDate {
			err = db.SetStart(cmd.Context(), probe.Start)
		} else {
			if stored == mustDefault(key) {
				stored = "" // the default is no row
			}
			err = db.SaveSetting(cmd.Context(), key, stored)
		}
		if err != nil {
			return err
		}
		a.saved()
		shown, _ := probe.Get(key, a.today)
		_, err = fmt.Fprintln(a.stdout, a.t(i18n.ConfigSetPlain, key, shown))
		return err
	})
}

// mustDefault returns the default value of a key that has one.
func mustDefault(key string) string {
	v, _ := rhythm.Default(key)
	return v
}

func (a *app) configHistoryCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:               a.t(i18n.ConfigHistoryUse),
		Short:             a.t(i18n.ConfigHistoryShort),
		Long:              a.t(i18n.ConfigHistoryLong),
		Example:           a.t(i18n.ConfigHistoryExample),
		Args:              a.rangeArgs(0, 1),
		ValidArgsFunction: a.completeSetting,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.settings(cmd)
			if err != nil {
				return err
			}
			key := ""
			if len(args) == 1 {
				key = settingKey(args[0])
				if _, err := s.Get(key, a.today); err != nil {
					return a.badSetting(args[0], err)
				}
			}
			changes := s.History.Changes(key)
			if asJSON {
				return writeJSON(a.stdout, historyJSON(changes))
			}
			return a.printHistory(a.stdout, changes)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, a.t(i18n.FlagJSON))
	return cmd
}

// changeJSON is one change as `config history --json` prints it.
type changeJSON struct {
	Key    string `json:"key"`
	Value  string `json:"value"`
	From   string `json:"from"`
	MadeAt string `json:"made_at"`
}

func historyJSON(changes []rhythm.Change) []changeJSON {
	out := make([]changeJSON, len(changes))
	for i, c := range changes {
		out[i] = changeJSON{Key: c.Key, Value: c.Value, From: dateOrEmpty(c.From), MadeAt: c.MadeAt.UTC().Format(store.TimeFormat)}
	}
	return out
}

// dateOrEmpty writes a date, and the zero Date as "".
func dateOrEmpty(d rhythm.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// printHistory lists changes as a table.
func (a *app) printHistory(w io.Writer, changes []rhythm.Change) error {
	if len(changes) == 0 {
		_, err := fmt.Fprintln(w, a.t(i18n.ConfigHistoryNone))
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, a.t(i18n.ConfigHistoryHeader))
	for _, c := range changes {
		from := a.t(i18n.ConfigBeginning)
		if !c.From.IsZero() {
			from = c.From.String()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", c.Key, from, orDash(c.Value), c.MadeAt.Local().Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

// printSettings lists every key with its value today, default and meaning.
func (a *app) printSettings(w io.Writer, s rhythm.Settings) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, a.t(i18n.ConfigHeader))
	for _, key := range s.Keys() {
		v, _ := s.Get(key, a.today)
		d, ok := rhythm.Default(key)
		if !ok {
			d = a.t(i18n.ConfigNone) // a kind the user added
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", key, orDash(v), orDash(d), a.settingMeaning(key))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
