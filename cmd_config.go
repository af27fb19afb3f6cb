package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"ritme/rhythm"
	"ritme/store"
)

// settingMeanings explains every fixed key; target keys are explained by
// kind.
var settingMeanings = map[string]string{
	rhythm.KeyWorkdays:  "the weekdays you work",
	rhythm.KeyHolidays:  "public holidays off: nl, nl-all, none or a country code",
	rhythm.KeyVacation:  "vacation days a year",
	rhythm.KeyReserve:   "days a year for sickness, training and other absence",
	rhythm.KeyStartDate: "the date you started with ritme (empty: your first entry)",
}

func settingMeaning(key string) string {
	if m, ok := settingMeanings[key]; ok {
		return m
	}
	return fmt.Sprintf("daily target of %s", strings.TrimPrefix(key, "target."))
}

func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show or change the settings",
		Long: `Without a subcommand, lists every setting with its value, default and meaning.
Settings live in the database file, so one file holds everything.
Setting a key to "" restores its default. target.NAME with a new NAME adds a
kind of contact (ritme config set target.linkedin 3).`,
		Example: `  ritme config
  ritme config set target.mail 6
  ritme config set workdays mon,tue,wed,thu
  ritme config set holidays de
  ritme config set start_date 2026-03-01
  ritme config get vacation_days`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				return printSettings(a.stdout, s)
			})
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "get KEY",
		Short:   "Print one setting",
		Example: "  ritme config get target.mail",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if a.noDBYet() {
				if _, err := rhythm.DefaultSettings().Get(args[0]); err != nil {
					return asBadInput(err)
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				v, err := s.Get(args[0])
				if err != nil {
					return asBadInput(err)
				}
				_, err = fmt.Fprintln(a.stdout, v)
				return err
			})
		},
	}, &cobra.Command{
		Use:     "set KEY VALUE",
		Short:   `Change one setting ("" restores the default)`,
		Example: "  ritme config set target.call 3\n  ritme config set start_date \"\"",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			key, value := args[0], args[1]
			if a.noDBYet() {
				s := rhythm.DefaultSettings()
				if err := s.Set(key, value); err != nil {
					return asBadInput(err)
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				if err := s.Set(key, value); err != nil {
					return asBadInput(err)
				}
				stored := ""
				if strings.TrimSpace(value) != "" {
					stored, _ = s.Get(key) // the canonical spelling
				}
				if err := db.SaveSetting(cmd.Context(), key, stored); err != nil {
					return err
				}
				shown, _ := s.Get(key)
				if shown == "" {
					shown = `""`
				}
				_, err = fmt.Fprintf(a.stdout, "%s = %s\n", key, shown)
				return err
			})
		},
	})
	return cmd
}

func printSettings(w io.Writer, s rhythm.Settings) error {
	def := rhythm.DefaultSettings()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tVALUE\tDEFAULT\tMEANING")
	for _, key := range s.Keys() {
		v, _ := s.Get(key)
		d, err := def.Get(key)
		if err != nil {
			d = "(none)" // a kind the user added
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", key, orDash(v), orDash(d), settingMeaning(key))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
