package rhythm

import (
	"strconv"
	"strings"
)

// Target is what a kind asks for: N entries a day, or N a week when
// Weekly. A target of 0 asks for nothing, whatever its period.
type Target struct {
	N      int
	Weekly bool
}

// maxTarget caps a target, well beyond any real use, so that sums of
// targets over years stay small.
const maxTarget = 10000

// ParseTarget reads a target as `config set` takes it: a whole number a
// day ("5"), or a number a week: "4/week", also "4/wk", "4/w", "4 a week",
// "4 per week" (Dutch writes that the same way), "4 in de week", and with
// "times", "x" or Dutch "keer" before the week ("4 times a week", "4x per
// week", "4 keer per week"). The empty value and 0 are no target. key
// names the setting in the error.
func ParseTarget(key, value string) (Target, error) {
	v := strings.ToLower(strings.TrimSpace(value))
	if v == "" {
		return Target{}, nil
	}
	weekly := false
	for _, suffix := range []string{"/week", "/wk", "/w", " per week", " a week", " in de week", " p/w", " pw"} {
		if num, ok := strings.CutSuffix(v, suffix); ok {
			v, weekly = strings.TrimSpace(num), true
			break
		}
	}
	if weekly {
		for _, times := range []string{" times", " keer", "x", "×"} {
			if num, ok := strings.CutSuffix(v, times); ok {
				v = strings.TrimSpace(num)
				break
			}
		}
	}
	n, err := wholeNumber(key, v, maxTarget)
	if err != nil {
		return Target{}, inputError(ErrTarget, key, value, maxTarget)
	}
	if n == 0 {
		return Target{}, nil
	}
	return Target{N: n, Weekly: weekly}, nil
}

// String writes the target as `config get` prints it: "5", "4/week", or "0"
// for none.
func (t Target) String() string {
	if t.Weekly && t.N > 0 {
		return strconv.Itoa(t.N) + "/week"
	}
	return strconv.Itoa(t.N)
}

// IsDaily reports whether the target asks for entries every working day.
func (t Target) IsDaily() bool { return !t.Weekly && t.N > 0 }

// IsWeekly reports whether the target asks for entries over each week.
func (t Target) IsWeekly() bool { return t.Weekly && t.N > 0 }

// Daily returns the target a day: N for a daily target, else 0.
func (t Target) Daily() int {
	if t.IsDaily() {
		return t.N
	}
	return 0
}

// KindTarget is one kind with its target.
type KindTarget struct {
	Kind   Kind
	Target Target
}

// DefaultTargets returns the method's daily targets: 5 mails, 2 calls and 1
// visit.
func DefaultTargets() []KindTarget {
	return []KindTarget{{Mail, Target{N: 5}}, {Call, Target{N: 2}}, {Visit, Target{N: 1}}}
}
