package rhythm

import (
	"fmt"
	"strings"
)

// InputError is a value ritme cannot take, such as a date that does not
// exist or an unknown setting. Code names the problem and Args holds its
// details, so that a user interface can say it in the user's own language
// (package i18n has the texts); Error gives the code and the details, for
// logs and tests.
type InputError struct {
	Code string
	Args []any
}

// The codes of InputError, with the Args each carries.
const (
	ErrDateFormat  = "date-format"  // the text
	ErrDateExists  = "date-exists"  // the text
	ErrWorkday     = "workday"      // the whole list, the bad part
	ErrHolidays    = "holidays"     // the code, the known country codes
	ErrKindName    = "kind-name"    // the name
	ErrSettingKey  = "setting-key"  // the key, the known keys
	ErrWholeNumber = "whole-number" // the key, the value, the limit
	ErrTarget      = "target"       // the key, the value, the limit
	ErrStartDate   = "start-date"   // the value given
	ErrStage       = "stage"        // the text
	ErrOutcome     = "outcome"      // the text
	ErrWhen        = "when"         // the text
)

func inputError(code string, args ...any) *InputError {
	return &InputError{Code: code, Args: args}
}

// Error gives the code and the details: `date-format: "2026-02-30"`.
func (e *InputError) Error() string {
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprintf("%q", fmt.Sprint(a))
	}
	return e.Code + ": " + strings.Join(parts, ", ")
}
