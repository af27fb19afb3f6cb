package cli

import (
	"ritme/i18n"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// chooseLang picks the language of ritme's texts: --lang on the command
// line, else the environment variable RITME_LANG, else the locale
// (LC_ALL, LC_MESSAGES, LANG: nl_* is Dutch). An invalid --lang is refused
// once the flags are parsed, in the language the rest would choose; an
// invalid RITME_LANG is passed over for the locale.
func chooseLang(args []string, getenv func(string) string) i18n.Lang {
	for i, arg := range args {
		if arg == "--" {
			break
		}
		v, ok := strings.CutPrefix(arg, "--lang=")
		if !ok && arg == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			if l, err := i18n.ParseLang(v); err == nil {
				return l
			}
			break // refused later, in the language of the environment
		}
	}
	if v := getenv("RITME_LANG"); v != "" {
		if l, err := i18n.ParseLang(v); err == nil {
			return l
		}
	}
	return i18n.LangFromLocale(getenv)
}

// localize gives every command the help template of the app's language, a
// help command and -h in it too.
func (a *app) localize(root *cobra.Command) {
	cobra.AddTemplateFunc("flagUsages", func(fs *pflag.FlagSet) string {
		return strings.ReplaceAll(fs.FlagUsages(), i18n.Default.In(i18n.English), a.t(i18n.Default))
	})
	// The template says "[flags]" in the app's language.
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.DisableFlagsInUseLine = true
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	root.SetUsageTemplate(a.t(i18n.UsageTemplate))
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetHelpCommand(&cobra.Command{
		Use:     a.t(i18n.HelpUse),
		Short:   a.t(i18n.HelpShort),
		Long:    a.t(i18n.HelpLong),
		Example: a.t(i18n.HelpExample),
		Run: func(c *cobra.Command, args []string) {
			// An unknown topic is said, then the help of the nearest
			// command shown: the root's for "help frobnicate", config's
			// for "help config frobnicate".
			cmd, rest, err := c.Root().Find(args)
			if cmd == nil || err != nil {
				cmd = c.Root()
			}
			if err != nil || len(rest) > 0 {
				c.Printf("%s\n", a.t(i18n.HelpUnknown, strings.Join(args, " ")))
			}
			cmd.InitDefaultHelpFlag()
			cmd.Help()
		},
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var names []cobra.Completion
			for _, sub := range c.Root().Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), toComplete) {
					names = append(names, sub.Name())
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
	})
}
