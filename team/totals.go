package team

import (
	"slices"

	"ritme/rhythm"
)

// Totals are the team's figures: each kind's year to date against the sum
// of the reps' annual targets, and the entries logged late.
type Totals struct {
	Kinds         []KindTotal
	Entries, Late int
}

// KindTotal is one kind summed over the reps that have it.
type KindTotal struct {
	Kind              rhythm.Kind
	YTD, AnnualTarget int
	Pace              int
}

// total sums the reps' figures, each kind in display order.
func total(reps []Figures) Totals {
	var t Totals
	sums := map[rhythm.Kind]*KindTotal{}
	var kinds []rhythm.Kind
	for _, f := range reps {
		t.Entries += f.Entries
		t.Late += f.Late
		for _, k := range f.Kinds {
			s := sums[k.Kind]
			if s == nil {
				s = &KindTotal{Kind: k.Kind}
				sums[k.Kind] = s
				kinds = append(kinds, k.Kind)
			}
			s.YTD += k.YTD
			s.AnnualTarget += k.AnnualTarget
			s.Pace += k.Pace
		}
	}
	for _, k := range rhythm.SortKinds(slices.Clone(kinds)) {
		t.Kinds = append(t.Kinds, *sums[k])
	}
	return t
}
