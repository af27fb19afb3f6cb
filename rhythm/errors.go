package rhythm

import "fmt"

// InputError is a value ritme cannot take, such as a date that does not
// exist or an unknown setting. Code names the problem and Args holds its
// details, in the order of the English text, so that a user interface can
// say it in the user's own language; Error says it in English.
type InputError struct {
	Code string
	Args []any
	en   string
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
	ErrStartDate   = "start-date"   // the value given
	ErrStage       = "stage"        // the text
	ErrOutcome     = "outcome"      // the text
)

func inputError(code, en string, args ...any) *InputError {
	return &InputError{Code: code, Args: args, en: en}
}

// Error says the problem in English.
func (e *InputError) Error() string { return fmt.Sprintf(e.en, e.Args...) }
