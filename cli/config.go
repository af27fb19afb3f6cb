package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

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
	return a.t(i18n.TargetMeaning, a.lang.Kind(rhythm.Kind(strings.TrimPrefix(key, rhythm.TargetKey("")))))
}

// settingKey reads a key as the user typed it: target.bel and target.bezoek,
// the Dutch names of built-in kinds, are target.call and target.visit.
func settingKey(key string) string {
	name, ok := strings.CutPrefix(key, rhythm.TargetKey(""))
	if !ok {
		return key
	}
	for _, k := range rhythm.BuiltinKinds {
		if name == i18n.Dutch.Kind(k) {
			return rhythm.TargetKey(k)
		}
	}
	return key
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

func (a *app) configCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "config",
		Short:   a.t(i18n.ConfigShort),
		Long:    a.t(i18n.ConfigLong),
		Example: a.t(i18n.ConfigExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				return a.printSettings(a.stdout, s)
			})
		},
	}
	cmd.AddCommand(&cobra.Command{
		Use:               a.t(i18n.ConfigGetUse),
		Short:             a.t(i18n.ConfigGetShort),
		Example:           a.t(i18n.ConfigGetExample),
		Args:              a.exactArgs(1),
		ValidArgsFunction: a.completeSetting,
		RunE: func(cmd *cobra.Command, args []string) error {
			key := settingKey(args[0])
			if a.noDBYet() {
				if _, err := rhythm.DefaultSettings().Get(key); err != nil {
					return a.badSetting(args[0], err)
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				v, err := s.Get(key)
				if err != nil {
					return a.badSetting(args[0], err)
				}
				_, err = fmt.Fprintln(a.stdout, v)
				return err
			})
		},
	}, &cobra.Command{
		Use:               a.t(i18n.ConfigSetUse),
		Short:             a.t(i18n.ConfigSetShort),
		Example:           a.t(i18n.ConfigSetExample),
		Args:              a.exactArgs(2),
		ValidArgsFunction: a.completeSetting,
		RunE: func(cmd *cobra.Command, args []string) error {
			key, value := settingKey(args[0]), args[1]
			if a.noDBYet() {
				s := rhythm.DefaultSettings()
				if err := s.Set(key, value); err != nil {
					return a.badSetting(args[0], err)
				}
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				if err := s.Set(key, value); err != nil {
					return a.badSetting(args[0], err)
				}
				stored := ""
				if strings.TrimSpace(value) != "" {
					stored, _ = s.Get(key) // the canonical spelling
				}
				if err := db.SaveSetting(cmd.Context(), key, stored); err != nil {
					return err
				}
				a.saved()
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

// printSettings lists every key with its value, default and meaning.
func (a *app) printSettings(w io.Writer, s rhythm.Settings) error {
	def := rhythm.DefaultSettings()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, a.t(i18n.ConfigHeader))
	for _, key := range s.Keys() {
		v, _ := s.Get(key)
		d, err := def.Get(key)
		if err != nil {
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
