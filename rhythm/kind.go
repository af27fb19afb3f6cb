package rhythm

import (
	"slices"
)

// Kind is a sort of contact: mail, call, visit, or one the user added.
type Kind string

// The built-in kinds, in their display order.
const (
	Mail  Kind = "mail"
	Call  Kind = "call"
	Visit Kind = "visit"
)

// BuiltinKinds lists the built-in kinds in display order.
var BuiltinKinds = []Kind{Mail, Call, Visit}

// ValidKindName reports whether name can name a kind: a lower-case letter
// followed by up to 23 lower-case letters, digits, '-' or '_'.
func ValidKindName(name string) error {
	ok := len(name) >= 1 && len(name) <= 24 && name[0] >= 'a' && name[0] <= 'z'
	for i := 1; ok && i < len(name); i++ {
		c := name[i]
		ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
	}
	if !ok {
		return inputError(ErrKindName, name)
	}
	return nil
}

// SortKinds orders kinds for display: mail, call, visit, then any others by
// name. It sorts in place and returns ks.
func SortKinds(ks []Kind) []Kind {
	rank := func(k Kind) int {
		if i := slices.Index(BuiltinKinds, k); i >= 0 {
			return i
		}
		return len(BuiltinKinds)
	}
	slices.SortStableFunc(ks, func(a, b Kind) int {
		if ra, rb := rank(a), rank(b); ra != rb {
			return ra - rb
		}
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	})
	return ks
}
