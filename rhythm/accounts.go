package rhythm

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// AccountKey returns the key that identifies the account a who names, as a
// Dutch rep writes names: in lower case; dots and commas removed; runs of
// spaces made one; then, when the name has more than one word and its last
// word is a legal form (see LegalForms), that word dropped. "Acme B.V.",
// "Acme BV", " acme  bv " and "ACME" are one account; "SA" stays "sa";
// letters with accents stay as they are. The empty who names no account.
func AccountKey(who string) string {
	lower := strings.ToLower(who)
	lower = strings.Map(func(r rune) rune {
		if r == '.' || r == ',' {
			return -1
		}
		return r
	}, lower)
	words := strings.Fields(lower)
	if n := len(words); n > 1 && slices.Contains(LegalForms, words[n-1]) {
		words = words[:n-1]
	}
	return strings.Join(words, " ")
}

// LegalForms are the legal forms a trailing word of an account's name may
// be, as written without dots: Dutch, Belgian, German, French and English
// ones. AccountKey drops them.
var LegalForms = []string{"bv", "nv", "vof", "cv", "bvba", "sa", "gmbh", "ag", "ltd", "llc", "inc", "plc", "sarl", "srl"}

// Stage is where an account stands: suspect, prospect or customer.
type Stage string

// The stages; suspect is the default.
const (
	Suspect  Stage = "suspect"
	Prospect Stage = "prospect"
	Customer Stage = "customer"
)

// Stages lists every stage in order.
var Stages = []Stage{Suspect, Prospect, Customer}

// ParseStage reads a stage.
func ParseStage(s string) (Stage, error) {
	st := Stage(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(Stages, st) {
		return "", inputError(ErrStage, s)
	}
	return st, nil
}

// Outcome is what a contact yielded: a reply, a meeting, a proposal, a deal
// won or lost. The empty Outcome means none (yet).
type Outcome string

// The outcomes, from the least to the most advanced.
const (
	NoOutcome Outcome = ""
	Reply     Outcome = "reply"
	Meeting   Outcome = "meeting"
	Proposal  Outcome = "proposal"
	Won       Outcome = "won"
	Lost      Outcome = "lost"
)

// Outcomes lists every outcome in order.
var Outcomes = []Outcome{Reply, Meeting, Proposal, Won, Lost}

// ParseOutcome reads an outcome; "none" and "" clear it.
func ParseOutcome(s string) (Outcome, error) {
	o := Outcome(strings.ToLower(strings.TrimSpace(s)))
	if o == "none" || o == NoOutcome {
		return NoOutcome, nil
	}
	if !slices.Contains(Outcomes, o) {
		return "", inputError(ErrOutcome, s)
	}
	return o, nil
}

// NextStage cycles a stage: suspect, prospect, customer, suspect.
func NextStage(s Stage) Stage {
	return Stages[(slices.Index(Stages, s)+1)%len(Stages)]
}

// outcomeCycle is the order NextOutcome steps through: none, then the
// outcomes with won last, so that stepping to lost never passes won, which
// makes the account a customer for good.
var outcomeCycle = []Outcome{NoOutcome, Reply, Meeting, Proposal, Lost, Won}

// NextOutcome cycles an entry's outcome: none, reply, meeting, proposal,
// lost, won, none.
func NextOutcome(o Outcome) Outcome {
	return outcomeCycle[(slices.Index(outcomeCycle, o)+1)%len(outcomeCycle)]
}

// MeetingOrBetter reports whether o is a meeting, a proposal or a deal won:
// the contact got the account talking business.
func (o Outcome) MeetingOrBetter() bool {
	return o == Meeting || o == Proposal || o == Won
}

// Readiness places an account against the rule that a B2B customer needs 5
// to 7 relevant contacts before buying.
type Readiness string

// The readiness levels.
const (
	// Warming: fewer than 5 touches.
	Warming Readiness = "warming"
	// Ready: 5 to 7 touches, or more once a meeting or better happened.
	Ready Readiness = "ready"
	// Stuck: more than 7 touches without a meeting or better.
	Stuck Readiness = "stuck"
)

// Thresholds of the 5–7 rule.
const (
	readyTouches = 5
	stuckTouches = 7
)

// ReadinessOf returns the readiness of an account with touches contacts, of
// which at least one yielded a meeting or better when met is true.
func ReadinessOf(touches int, met bool) Readiness {
	switch {
	case touches < readyTouches:
		return Warming
	case touches > stuckTouches && !met:
		return Stuck
	}
	return Ready
}

// Touch is one contact with an account, as the account summaries need it.
type Touch struct {
	Date    Date
	Kind    Kind
	Outcome Outcome
}

// Account sums up the touches of one account.
type Account struct {
	// Key is AccountKey of the name.
	Key string
	// Name is the most recent spelling.
	Name  string
	Stage Stage
	// Touches counts every contact, and ByKind per kind.
	Touches int
	ByKind  map[Kind]int
	// First and Last are the dates of the first and the last touch.
	First, Last Date
	// Outcomes counts the outcomes of the touches.
	Outcomes map[Outcome]int
	// TouchesToMeeting is the number of touches up to and including the
	// first one that yielded a meeting or better, on FirstMeeting; 0 and
	// the zero Date when none did.
	TouchesToMeeting int
	FirstMeeting     Date
	// RestFrom is the date from which the account rests after a lost
	// deal (see RestFrom); the zero Date when it does not.
	RestFrom Date
	// History holds the touches in date order.
	History []Touch
}

// RestingOn reports whether the account rests on d, after a lost deal, for
// restDays calendar days.
func (a Account) RestingOn(d Date, restDays int) bool { return RestingOn(a.RestFrom, d, restDays) }

// Met reports whether any touch yielded a meeting or better.
func (a Account) Met() bool { return a.TouchesToMeeting > 0 }

// Readiness returns the account's place against the 5–7 rule.
func (a Account) Readiness() Readiness { return ReadinessOf(a.Touches, a.Met()) }

// SinceLast returns the working days from the last touch to today, not
// counting the day of the touch: 0 when touched today, 1 when touched on the
// previous working day.
func (a Account) SinceLast(cal *Calendar, today Date) int {
	if a.Last.IsZero() || a.Last >= today {
		return 0
	}
	return cal.WorkingDays(a.Last+1, today)
}

// NewAccount sums up touches, in date order, of an account with the given
// key, latest name and stage.
func NewAccount(key, name string, stage Stage, touches []Touch) Account {
	a := Account{Key: key, Name: name, Stage: stage, ByKind: map[Kind]int{}, Outcomes: map[Outcome]int{}, History: touches}
	var lost, other Date
	for i, t := range touches {
		a.Touches++
		a.ByKind[t.Kind]++
		if t.Outcome != NoOutcome {
			a.Outcomes[t.Outcome]++
		}
		if a.First.IsZero() || t.Date < a.First {
			a.First = t.Date
		}
		a.Last = max(a.Last, t.Date)
		if a.TouchesToMeeting == 0 && t.Outcome.MeetingOrBetter() {
			a.TouchesToMeeting, a.FirstMeeting = i+1, t.Date
		}
		switch t.Outcome {
		case NoOutcome:
		case Lost:
			lost = max(lost, t.Date)
		default:
			other = max(other, t.Date)
		}
	}
	a.RestFrom = RestFrom(lost, other)
	return a
}

// AccountOrder names an order of accounts.
type AccountOrder string

// The orders of `ritme accounts --sort`.
const (
	ByLast    AccountOrder = "last"    // most recently touched first
	ByTouches AccountOrder = "touches" // most touches first
	ByName    AccountOrder = "name"    // by name
)

// SortAccounts orders accounts in place.
func SortAccounts(as []Account, by AccountOrder) {
	slices.SortStableFunc(as, func(a, b Account) int {
		switch by {
		case ByLast:
			if c := cmp.Compare(b.Last, a.Last); c != 0 {
				return c
			}
		case ByTouches:
			if c := cmp.Compare(b.Touches, a.Touches); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.Key, b.Key)
	})
}

// NextGap is the working days after a touch before an account is due for
// the next one: a week, so that 5 to 7 touches spread over a few weeks.
const NextGap = 5

// NextUp returns up to n suspects and prospects that most need a touch
// today: never one touched today, nor one resting after a lost deal (for
// restDays calendar days); first those not touched for at least
// NextGap working days, fewest touches first, then the longest untouched;
// then, to fill the list, the others, longest untouched first. An account
// that was never touched (registered with a stage only) counts as untouched
// for the longest. Accounts that are stuck (more than 7 touches without a
// meeting) come last.
func NextUp(as []Account, cal *Calendar, today Date, n, restDays int) []Account {
	type candidate struct {
		a     Account
		since int
	}
	var due, later []candidate
	for _, a := range as {
		if a.Stage == Customer || a.Last >= today || a.RestingOn(today, restDays) {
			continue
		}
		c := candidate{a, a.SinceLast(cal, today)}
		if a.Last.IsZero() {
			c.since = math.MaxInt // never touched
		}
		if c.since >= NextGap {
			due = append(due, c)
		} else {
			later = append(later, c)
		}
	}
	slices.SortStableFunc(due, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.a.Touches, b.a.Touches), cmp.Compare(b.since, a.since), cmp.Compare(a.a.Key, b.a.Key))
	})
	slices.SortStableFunc(later, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(b.since, a.since), cmp.Compare(a.a.Touches, b.a.Touches), cmp.Compare(a.a.Key, b.a.Key))
	})
	// Stuck accounts go last, keeping their order.
	all := append(due, later...)
	slices.SortStableFunc(all, func(a, b candidate) int {
		return cmp.Compare(b2i(a.a.Readiness() == Stuck), b2i(b.a.Readiness() == Stuck))
	})
	var out []Account
	for _, c := range all {
		if len(out) == n {
			break
		}
		out = append(out, c.a)
	}
	return out
}

// NobodyReason says why NextUp suggests nobody.
type NobodyReason int

// The reasons NextUp can suggest nobody.
const (
	// NoPool: there are no accounts at all yet.
	NoPool NobodyReason = iota
	// OnlyCustomers: every account is a customer; NextUp suggests
	// suspects and prospects only.
	OnlyCustomers
	// AllTouched: every suspect and prospect was touched today or rests
	// after a lost deal.
	AllTouched
)

// WhyNobody says why NextUp suggests nobody from as.
func WhyNobody(as []Account) NobodyReason {
	switch {
	case len(as) == 0:
		return NoPool
	case !slices.ContainsFunc(as, func(a Account) bool { return a.Stage != Customer }):
		return OnlyCustomers
	}
	return AllTouched
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
