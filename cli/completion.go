package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

func (a *app) completionCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:       "completion bash|zsh|fish",
		Short:     a.t(i18n.CompletionShort),
		Long:      a.t(i18n.CompletionLong),
		Example:   "  source <(ritme completion bash)\n  ritme completion zsh > \"${fpath[1]}/_ritme\"\n  ritme completion fish > ~/.config/fish/completions/ritme.fish",
		Args:      a.exactArgs(1),
		ValidArgs: []cobra.Completion{"bash", "zsh", "fish"},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(a.stdout, true)
			case "zsh":
				return root.GenZshCompletion(a.stdout)
			case "fish":
				return root.GenFishCompletion(a.stdout, true)
			}
			return a.bad(i18n.CompletionShell, args[0])
		},
	}
	return cmd
}

// plainUsages drops the backticks from every flag's usage. In help they
// name the flag's value (pflag's convention: --date YYYY-MM-DD); shell
// completions show the usage as it is written, so they would show them.
func plainUsages(root *cobra.Command) {
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		for _, fs := range []*pflag.FlagSet{c.LocalFlags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) { f.Usage = strings.ReplaceAll(f.Usage, "`", "") })
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// completeWords completes from a fixed list of words.
func completeWords(words ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, w := range words {
			if strings.HasPrefix(w, toComplete) {
				out = append(out, w)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completionSettings returns the settings to complete from: the database's
// when it exists, the defaults otherwise. Completing reads the database
// read-only: it never creates, migrates or changes it.
func (a *app) completionSettings(cmd *cobra.Command) rhythm.Settings {
	if err := a.resolveGlobals(); err != nil {
		return rhythm.DefaultSettings()
	}
	s, err := store.ReadSettings(cmd.Context(), a.dbPath)
	if err != nil {
		return rhythm.DefaultSettings()
	}
	return s
}

// completeKinds completes the first argument with the kinds the settings
// know, in English and, for Dutch, in Dutch too.
func (a *app) completeKinds(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return a.completeKindFlag(cmd, args, toComplete)
}

// completeKindFlag completes a flag that takes a kind, as completeKinds.
func (a *app) completeKindFlag(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var words []string
	for _, k := range a.completionSettings(cmd).Kinds() {
		words = append(words, string(k))
		if n := i18n.Dutch.Kind(k); n != string(k) {
			words = append(words, n)
		}
	}
	return completeWords(words...)(cmd, args, toComplete)
}

// completeSetting completes config get KEY and config set KEY VALUE: the
// keys, then for holidays the holiday sets, for workdays the default week.
func (a *app) completeSetting(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	switch len(args) {
	case 0:
		return completeWords(a.completionSettings(cmd).Keys()...)(cmd, args, toComplete)
	case 1:
		if cmd.Name() != "set" {
			break
		}
		switch args[0] {
		case rhythm.KeyHolidays:
			return completeWords(rhythm.HolidaySetCodes()...)(cmd, args, toComplete)
		case rhythm.KeyWorkdays:
			return completeWords(rhythm.MondayToFriday.String(), "mon,tue,wed,thu", "mon,tue,wed,thu,fri,sat")(cmd, args, toComplete)
		}
	}
	return nil, cobra.ShellCompDirectiveNoFileComp
}

// outcomeWords are the outcomes the command line takes, English then
// Dutch.
func outcomeWords() []string {
	words := []string{"none"}
	for _, o := range rhythm.Outcomes {
		words = append(words, string(o))
	}
	words = appendNew(words, i18n.Dutch.Outcome(rhythm.NoOutcome))
	for _, o := range rhythm.Outcomes {
		words = appendNew(words, i18n.Dutch.Outcome(o))
	}
	return words
}

// stageWords are the stages the command line takes, English then Dutch.
func stageWords() []string {
	var words []string
	for _, s := range rhythm.Stages {
		words = append(words, string(s))
	}
	for _, s := range rhythm.Stages {
		words = appendNew(words, i18n.Dutch.Stage(s))
	}
	return words
}

// appendNew appends the words not in list yet.
func appendNew(list []string, words ...string) []string {
	for _, w := range words {
		if !slices.Contains(list, w) {
			list = append(list, w)
		}
	}
	return list
}

// completeOutcomeArgs completes outcome ID OUTCOME: the ids of the most
// recent entries, described, then the outcomes.
func (a *app) completeOutcomeArgs(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	switch len(args) {
	case 0:
		if err := a.resolveGlobals(); err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		entries, _ := store.ReadRecentEntries(cmd.Context(), a.dbPath, toComplete, maxCompletedEntries)
		var out []cobra.Completion
		for _, e := range entries {
			desc := fmt.Sprintf("%s %s", e.Date, a.lang.Kind(e.Kind))
			if e.Who != "" {
				desc += " " + i18n.Sanitize(e.Who)
			}
			out = append(out, cobra.CompletionWithDesc(e.ID, desc))
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	case 1:
		return completeWords(outcomeWords()...)(cmd, args, toComplete)
	}
	return nil, cobra.ShellCompDirectiveNoFileComp
}

// maxCompletedEntries is how many entry ids completion offers: the most
// recent ones, which are the ones a rep sets an outcome of.
const maxCompletedEntries = 30

// completeAccounts completes with the names of the accounts, matched
// without regard to case; the database is read read-only.
func (a *app) completeAccounts(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if err := a.resolveGlobals(); err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	names, _ := store.ReadAccountNames(cmd.Context(), a.dbPath)
	var out []cobra.Completion
	for _, n := range names {
		if strings.HasPrefix(strings.ToLower(n), strings.ToLower(toComplete)) {
			out = append(out, n)
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeAccountArg completes a command's first argument with the names
// of the accounts.
func (a *app) completeAccountArg(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return a.completeAccounts(cmd, args, toComplete)
}

// completeFiles lets the shell complete file names.
func completeFiles(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveDefault
}

// completeFileArg completes a command's one argument with file names.
func completeFileArg(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return completeFiles(cmd, args, toComplete)
}
