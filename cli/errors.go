package cli

import (
	"errors"
	"fmt"
	"strings"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageError is bad usage or bad input: exit status 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// bad returns bad input (exit 2) with a message in the app's language.
func (a *app) bad(m i18n.Text, args ...any) error {
	return &usageError{errors.New(a.t(m, args...))}
}

// badErr marks err as bad input, said in the app's language.
func (a *app) badErr(err error) error {
	return &usageError{errors.New(a.explain(err))}
}

// badIn returns bad input about the named flag or argument.
func (a *app) badIn(name string, err error) error {
	return &usageError{fmt.Errorf("%s: %s", name, a.explain(err))}
}

// fail returns a failure (exit 1) with a message in the app's language.
func (a *app) fail(m i18n.Text, args ...any) error {
	return errors.New(a.t(m, args...))
}

// explain says an error in the app's language: the input errors of rhythm,
// the refusals of store and the parser's usage errors by what they are,
// anything else as it is.
func (a *app) explain(err error) string {
	var ie *rhythm.InputError
	var ue *usageError
	switch {
	case errors.As(err, &ue) && !errors.As(ue.err, &ie):
		return ue.err.Error() // already said in the app's language
	case errors.As(err, &ie):
		return a.lang.Explain(ie)
	case errors.Is(err, store.ErrNotRitme):
		return a.t(i18n.NotRitme, a.dbPath)
	case errors.Is(err, store.ErrTooNew):
		return a.t(i18n.TooNew, a.dbPath)
	case errors.Is(err, store.ErrCannotWrite):
		return a.t(i18n.CannotWrite, a.dbPath)
	case errors.Is(err, store.ErrReadOnly):
		return a.t(i18n.ReadOnlyOld, a.dbPath)
	case errors.Is(err, store.ErrAmbiguous):
		return a.t(i18n.Ambiguous)
	}
	return err.Error()
}

// flagError says an error of the flag parser (pflag's typed errors) in the
// app's language, as bad usage. A value such as -3, which pflag reads as a
// cluster of short flags, is explained as the negative number it is.
func (a *app) flagError(_ *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		badValue *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist):
		name, cluster := notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()
		switch {
		case cluster == "":
			return a.bad(i18n.UnknownFlag, name)
		case cluster[0] >= '0' && cluster[0] <= '9':
			return a.bad(i18n.NegativeValue, "-"+cluster)
		}
		return a.bad(i18n.UnknownShorthand, name, cluster)
	case errors.As(err, &noValue):
		return a.bad(i18n.FlagNeedsValue, flagName(noValue.GetFlag()))
	case errors.As(err, &badValue):
		return a.bad(i18n.FlagBadValue, badValue.GetValue(), flagName(badValue.GetFlag()))
	case errors.As(err, &syntax):
		return a.bad(i18n.FlagBadSyntax, syntax.GetSpecifiedFlag())
	}
	return &usageError{err}
}

// flagName writes a flag as the help shows it: --count or -n, --count.
func flagName(f *pflag.Flag) string {
	if f == nil {
		return ""
	}
	if f.Shorthand != "" {
		return "-" + f.Shorthand + ", --" + f.Name
	}
	return "--" + f.Name
}

// noArgs refuses arguments: on a command with subcommands, an argument is
// an unknown command.
func (a *app) noArgs(cmd *cobra.Command, args []string) error {
	switch {
	case len(args) == 0:
		return nil
	case !cmd.HasParent():
		return a.bad(i18n.UnknownCommand, args[0])
	}
	return a.bad(i18n.UnknownSubcommand, args[0], cmd.CommandPath(), cmd.CommandPath())
}

// exactArgs takes exactly n arguments.
func (a *app) exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return a.bad(i18n.ArgsExactly, cmd.CommandPath(), n, len(args))
		}
		return nil
	}
}

// rangeArgs takes from lo to hi arguments.
func (a *app) rangeArgs(lo, hi int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < lo || len(args) > hi {
			return a.bad(i18n.ArgsBetween, cmd.CommandPath(), lo, hi, len(args))
		}
		return nil
	}
}

// oneLine keeps an error message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
