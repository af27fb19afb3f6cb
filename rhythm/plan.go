package rhythm

import (
	"cmp"
	"slices"
	"strings"
)

// PlanAccount is one account as the plan of a day sees it.
type PlanAccount struct {
	Key string
	// Name is the most recent spelling.
	Name  string
	Stage Stage
	// Last holds, per kind, the date of its latest entry of that kind
	// dated before the plan's day; a kind it has none of is missing.
	Last map[Kind]Date
	// RestFrom is the date from which it rests after a lost deal (see
	// RestFrom); the zero Date when it does not.
	RestFrom Date
}

// PlanInput is what the plan of a day is made from besides the tracker:
// the accounts, their follow-ups, and the kinds each account was touched
// with on the day (by account key), which mark items done.
type PlanInput struct {
	Accounts  []PlanAccount
	FollowUps []FollowUp
	Touched   map[string]map[Kind]bool
}

// TouchedOn returns, by account key, the kinds of the entries dated d: what
// marks plan items done.
func TouchedOn(entries []Entry, d Date) map[string]map[Kind]bool {
	out := map[string]map[Kind]bool{}
	for _, e := range entries {
		key := AccountKey(e.Who)
		if e.Date != d || key == "" {
			continue
		}
		if out[key] == nil {
			out[key] = map[Kind]bool{}
		}
		out[key][e.Kind] = true
	}
	return out
}

// Plan is the few tasks that matter on a day, per kind.
type Plan struct {
	Date Date
	// Kinds lists every kind, in display order; it is empty on a day that
	// is not a working day.
	Kinds []PlanKind
}

// PlanKind is one kind of a Plan.
type PlanKind struct {
	Kind Kind
	// Cap is how many items the kind takes (see Tracker.Plan).
	Cap int
	// Done counts the kind's entries dated on the day.
	Done int
	// MoreDue counts the follow-ups due on or before the day that did not
	// fit under the cap; they stay open.
	MoreDue int
	Items   []PlanItem
}

// PlanItem is one account to touch with a kind.
type PlanItem struct {
	Key, Who string
	// Reason is Overdue or Due for a follow-up, Suggested otherwise.
	Reason Reason
	// Due is the follow-up's date; the zero Date for a suggestion.
	Due Date
	// Note is the follow-up's note.
	Note string
	// Done reports that the account has an entry of the kind dated on the
	// day.
	Done bool
}

// Plan makes the plan of day d, as SPEC.md defines it. It stays put during
// the day: it uses the entries dated before d (in in.Accounts, and the
// tracker's for the weekly caps), the follow-ups made before d and open
// when d began, and the stages and rests as they are; the entries dated d
// only mark items done and count in Done.
//
// On a day that is not a working day the plan is empty. The cap of a kind
// is its daily target on d; for a weekly kind max(0, ceil((N_w − its week
// entries before d) / the week's owed days from d on)). First, per kind,
// its follow-ups due on or before d, oldest first, then by name: at most
// cap of them are items (all of them when the cap is 0); the rest count in
// MoreDue. Then, per kind, suggestions fill up to the cap: for mail,
// suspects; for call, prospects then suspects; for visit, customers then
// prospects; for other kinds, suspects and prospects; each group longest
// since its last touch of that kind first (never touched first), then by
// name; never a resting account, nor one already placed or counted in
// MoreDue under any kind.
func (t *Tracker) Plan(d Date, in PlanInput) Plan {
	p := Plan{Date: d}
	if !t.Calendar.IsWorkingDay(d) {
		return p
	}
	kinds := t.Kinds()
	for _, f := range in.FollowUps {
		if !slices.Contains(kinds, f.Kind) && f.Kind != "" {
			kinds = append(kinds, f.Kind)
		}
	}
	SortKinds(kinds)
	caps := t.caps(d, kinds)
	byKey := make(map[string]*PlanAccount, len(in.Accounts))
	for i := range in.Accounts {
		byKey[in.Accounts[i].Key] = &in.Accounts[i]
	}
	nameOf := func(key, fallback string) string {
		if a, ok := byKey[key]; ok && a.Name != "" {
			return a.Name
		}
		return fallback
	}
	// The follow-ups that belong to the day, at most one per account (the
	// latest made), by kind.
	latest := map[string]FollowUp{}
	for _, f := range in.FollowUps {
		if !f.OpenAt(d) || f.Due > d {
			continue
		}
		if g, ok := latest[f.Key]; !ok || f.MadeAt.After(g.MadeAt) {
			latest[f.Key] = f
		}
	}
	due := map[Kind][]FollowUp{}
	for _, f := range latest {
		f.Name = nameOf(f.Key, f.Name)
		due[f.Kind] = append(due[f.Kind], f)
	}
	taken := map[string]bool{}
	p.Kinds = make([]PlanKind, len(kinds))
	for i, k := range kinds {
		pk := PlanKind{Kind: k, Cap: caps[i], Done: t.Ledger.Count(d, k)}
		fs := due[k]
		slices.SortFunc(fs, func(a, b FollowUp) int {
			return cmp.Or(cmp.Compare(a.Due, b.Due), byName(a.Name, a.Key, b.Name, b.Key))
		})
		for j, f := range fs {
			taken[f.Key] = true
			if pk.Cap > 0 && j >= pk.Cap {
				pk.MoreDue++
				continue
			}
			pk.Items = append(pk.Items, PlanItem{Key: f.Key, Who: f.Name, Reason: f.On(d), Due: f.Due, Note: f.Note,
				Done: in.Touched[f.Key][k]})
		}
		p.Kinds[i] = pk
	}
	for i := range p.Kinds {
		pk := &p.Kinds[i]
		if len(pk.Items) >= pk.Cap {
			continue
		}
		for _, group := range suggestionGroups(pk.Kind) {
			var pool []*PlanAccount
			for j := range in.Accounts {
				a := &in.Accounts[j]
				if slices.Contains(group, a.Stage) && !taken[a.Key] && !RestingOn(a.RestFrom, d, t.Settings.RestDays) {
					pool = append(pool, a)
				}
			}
			slices.SortFunc(pool, func(a, b *PlanAccount) int {
				la, lb := a.Last[pk.Kind], b.Last[pk.Kind]
				return cmp.Or(cmp.Compare(la, lb), byName(a.Name, a.Key, b.Name, b.Key))
			})
			for _, a := range pool {
				if len(pk.Items) >= pk.Cap {
					break
				}
				taken[a.Key] = true
				pk.Items = append(pk.Items, PlanItem{Key: a.Key, Who: a.Name, Reason: Suggested,
					Done: in.Touched[a.Key][pk.Kind]})
			}
		}
	}
	return p
}

// suggestionGroups returns the stages the plan suggests for kind k, group
// by group: a group's accounts are ordered together.
func suggestionGroups(k Kind) [][]Stage {
	switch k {
	case Mail:
		return [][]Stage{{Suspect}}
	case Call:
		return [][]Stage{{Prospect}, {Suspect}}
	case Visit:
		return [][]Stage{{Customer}, {Prospect}}
	}
	return [][]Stage{{Suspect, Prospect}}
}

// byName orders accounts by name, without regard to case, then by key.
func byName(nameA, keyA, nameB, keyB string) int {
	return cmp.Or(cmp.Compare(strings.ToLower(nameA), strings.ToLower(nameB)), cmp.Compare(keyA, keyB))
}

// caps returns the cap of each of kinds on d: the daily target on d; for a
// kind weekly on d, max(0, ceil((N_w − its week entries before d) / the
// week's owed days from d on)), 0 when no owed day is left.
func (t *Tracker) caps(d Date, kinds []Kind) []int {
	caps := make([]int, len(kinds))
	weekly := false
	for i, k := range kinds {
		tg := t.History().TargetOn(k, d)
		caps[i] = tg.Daily()
		weekly = weekly || tg.IsWeekly()
	}
	if !weekly {
		return caps
	}
	w := t.newWalk(d, false)
	index := make([]int, len(kinds)) // kinds[i] is w.kinds[index[i]], or -1
	for i, k := range kinds {
		index[i] = slices.Index(w.kinds, k)
	}
	before := make([]int, len(w.kinds))
	var target []int
	owedFrom := 0
	w.run(d, d, func(day *dayFacts) {
		switch {
		case day.d < d && day.d >= w.start:
			for j, n := range day.n {
				if !day.target[j].IsDaily() {
					before[j] += n
				}
			}
		case day.d >= d && day.owed:
			owedFrom++
		}
	}, func(wk *weekFacts) {
		if wk.first <= d && d <= wk.last {
			target = slices.Clone(wk.target)
		}
	})
	for i, k := range kinds {
		j := index[i]
		if j < 0 || !t.History().TargetOn(k, d).IsWeekly() || owedFrom == 0 {
			continue
		}
		caps[i] = max(0, int(ceilDiv(int64(target[j]-before[j]), int64(owedFrom))))
	}
	return caps
}
