package rhythm

import "time"

// Entry is one logged contact.
type Entry struct {
	// ID is stable and unique: a random UUID made when the entry is first
	// logged, carried by export and import. Its first characters are
	// enough to name it, as with git commits.
	ID   string
	Date Date
	Kind Kind
	Who  string
	Note string
	// CreatedAt is when the entry was logged, in UTC.
	CreatedAt time.Time
	// Outcome is what the contact yielded, if anything yet.
	Outcome Outcome
}

// OutcomeCounts counts the outcomes of entries per date, kind and outcome.
type OutcomeCounts map[Date]map[Kind]map[Outcome]int

// ByKind sums the counts over the dates from from to to.
func (o OutcomeCounts) ByKind(from, to Date) map[Kind]map[Outcome]int {
	out := map[Kind]map[Outcome]int{}
	for d, kinds := range o {
		if d < from || d > to {
			continue
		}
		for k, os := range kinds {
			if out[k] == nil {
				out[k] = map[Outcome]int{}
			}
			for oc, n := range os {
				out[k][oc] += n
			}
		}
	}
	return out
}

// OnDate sums a date's counts over the kinds.
func (o OutcomeCounts) OnDate(d Date) map[Outcome]int {
	out := map[Outcome]int{}
	for _, os := range o[d] {
		for oc, n := range os {
			out[oc] += n
		}
	}
	return out
}

// AccountStage is the stage the rep gave an account, under the name it was
// given with, as export and import carry it.
type AccountStage struct {
	Name  string
	Stage Stage
}
