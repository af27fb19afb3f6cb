package rhythm_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"ritme/rhythm"
)

// planAccount returns an account for the plan: last holds kind, date, kind,
// date, … of its latest touches before the plan's day.
func planAccount(tb testing.TB, name string, stage rhythm.Stage, last ...string) rhythm.PlanAccount {
	tb.Helper()
	a := rhythm.PlanAccount{Key: rhythm.AccountKey(name), Name: name, Stage: stage, Last: map[rhythm.Kind]rhythm.Date{}}
	for i := 0; i < len(last); i += 2 {
		a.Last[rhythm.Kind(last[i])] = date(tb, last[i+1])
	}
	return a
}

// followUp returns an open follow-up of name, due on due, made on madeOn.
func followUp(tb testing.TB, name string, kind rhythm.Kind, due, madeOn string) rhythm.FollowUp {
	tb.Helper()
	made := date(tb, madeOn)
	return rhythm.FollowUp{Key: rhythm.AccountKey(name), Name: name, Kind: kind, Due: date(tb, due), MadeOn: made,
		MadeAt: made.Time().Add(9 * time.Hour), State: rhythm.FollowUpOpen, Note: "note " + name}
}

// items writes a plan kind's items as "who:reason", "who:reason!" when done.
func items(pk rhythm.PlanKind) string {
	var parts []string
	for _, it := range pk.Items {
		s := it.Who + ":" + string(it.Reason)
		if it.Done {
			s += "!"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// planKind returns kind k of p, or fails.
func planKind(tb testing.TB, p rhythm.Plan, k rhythm.Kind) rhythm.PlanKind {
	tb.Helper()
	for _, pk := range p.Kinds {
		if pk.Kind == k {
			return pk
		}
	}
	tb.Fatalf("plan of %s has no kind %s", p.Date, k)
	return rhythm.PlanKind{}
}

func TestPlanFollowUpsThenSuggestions(t *testing.T) {
	f := newFixture(t)
	d := date(t, "2026-11-27") // a Friday
	f.Ledger.Add(d-1, rhythm.Mail, 1)
	f.Ledger.Add(d, rhythm.Mail, 2)
	rest := planAccount(t, "Rest", rhythm.Suspect)
	rest.RestFrom = date(t, "2026-11-01")
	resting := planAccount(t, "Resting Too", rhythm.Suspect)
	resting.RestFrom = date(t, "2026-11-02")
	in := rhythm.PlanInput{
		Accounts: []rhythm.PlanAccount{
			planAccount(t, "Zeta", rhythm.Suspect),
			planAccount(t, "Alpha", rhythm.Suspect, "mail", "2026-11-20"),
			planAccount(t, "Beta", rhythm.Suspect, "mail", "2026-11-10"),
			planAccount(t, "Eta", rhythm.Suspect, "mail", "2026-11-10", "call", "2026-11-01"),
			planAccount(t, "Gamma", rhythm.Prospect, "call", "2026-11-01"),
			planAccount(t, "Delta", rhythm.Customer, "visit", "2026-10-01"),
			planAccount(t, "Omega", rhythm.Prospect),
			rest, resting,
		},
		FollowUps: []rhythm.FollowUp{
			followUp(t, "Beta", rhythm.Call, "2026-11-25", "2026-11-20"),  // overdue
			followUp(t, "Omega", rhythm.Call, "2026-11-27", "2026-11-26"), // due
			followUp(t, "Rest", rhythm.Mail, "2026-11-26", "2026-11-02"),  // resting, still shown
			followUp(t, "Gamma", rhythm.Mail, "2026-11-27", "2026-11-27"), // made today: tomorrow's plan
			followUp(t, "Delta", rhythm.Visit, "2026-11-30", "2026-11-20"),
		},
		Touched: map[string]map[rhythm.Kind]bool{"beta": {rhythm.Call: true}, "zeta": {rhythm.Call: true}},
	}
	p := f.Plan(d, in)
	want := []struct {
		kind            rhythm.Kind
		cap, done, more int
		items           string
	}{
		// Suspects for mail, longest since their last mail first, never
		// mailed first; Beta, Omega and Rest are placed already.
		{rhythm.Mail, 5, 2, 0, "Rest:overdue Zeta:suggested Eta:suggested Alpha:suggested"},
		{rhythm.Call, 2, 0, 0, "Beta:overdue! Omega:due"},
		{rhythm.Visit, 1, 0, 0, "Delta:suggested"},
	}
	if len(p.Kinds) != len(want) {
		t.Fatalf("plan kinds %v, want mail, call, visit", p.Kinds)
	}
	for i, w := range want {
		pk := p.Kinds[i]
		if pk.Kind != w.kind || pk.Cap != w.cap || pk.Done != w.done || pk.MoreDue != w.more || items(pk) != w.items {
			t.Errorf("%s: cap %d done %d more %d items %q; want cap %d done %d more %d items %q",
				pk.Kind, pk.Cap, pk.Done, pk.MoreDue, items(pk), w.cap, w.done, w.more, w.items)
		}
	}
	call := planKind(t, p, rhythm.Call)
	if it := call.Items[0]; it.Due != date(t, "2026-11-25") || it.Note != "note Beta" || it.Key != "beta" {
		t.Errorf("call item %+v", it)
	}
	if it := planKind(t, p, rhythm.Visit).Items[0]; !it.Due.IsZero() || it.Note != "" {
		t.Errorf("a suggestion has a date or note: %+v", it)
	}
}

func TestPlanSuggestsByStage(t *testing.T) {
	f := newFixture(t).set("target.mail", "1", "").set("target.call", "3", "").set("target.visit", "2", "").set("target.linkedin", "2", "")
	d := date(t, "2026-11-27")
	in := rhythm.PlanInput{Accounts: []rhythm.PlanAccount{
		planAccount(t, "S1", rhythm.Suspect, "mail", "2026-11-01"),
		planAccount(t, "S2", rhythm.Suspect, "mail", "2026-11-02", "call", "2026-01-01"),
		planAccount(t, "P1", rhythm.Prospect, "call", "2026-11-20", "visit", "2026-11-20"),
		planAccount(t, "P2", rhythm.Prospect, "call", "2026-11-21"),
		planAccount(t, "C1", rhythm.Customer, "visit", "2026-11-25"),
		planAccount(t, "S3", rhythm.Suspect, "linkedin", "2026-11-01"),
		planAccount(t, "P3", rhythm.Prospect),
	}}
	p := f.Plan(d, in)
	for k, want := range map[rhythm.Kind]string{
		rhythm.Mail: "S3:suggested",
		// Prospects first (never called first), then suspects.
		rhythm.Call:  "P3:suggested P1:suggested P2:suggested",
		rhythm.Visit: "C1:suggested",
		// Other kinds: suspects and prospects together.
		"linkedin": "S1:suggested S2:suggested",
	} {
		if got := items(planKind(t, p, k)); got != want {
			t.Errorf("%s: %q, want %q", k, got, want)
		}
	}
}

func TestPlanCapsFollowUpsAndCountsTheRest(t *testing.T) {
	f := newFixture(t).set("target.mail", "2", "").set("target.linkedin", "0", "")
	d := date(t, "2026-11-27")
	var in rhythm.PlanInput
	for i, name := range []string{"Dd", "Cc", "Bb", "Aa"} {
		in.Accounts = append(in.Accounts, planAccount(t, name, rhythm.Suspect))
		in.FollowUps = append(in.FollowUps, followUp(t, name, rhythm.Mail, fmt.Sprintf("2026-11-%d", 24+i/2), "2026-11-01"))
		in.FollowUps = append(in.FollowUps, followUp(t, name+" Two", "linkedin", "2026-11-20", "2026-11-01"))
	}
	in.Accounts = append(in.Accounts, planAccount(t, "Fresh", rhythm.Suspect))
	p := f.Plan(d, in)
	mail := planKind(t, p, rhythm.Mail)
	// Oldest first, then by name: at most the cap; the rest counted.
	if items(mail) != "Cc:overdue Dd:overdue" || mail.MoreDue != 2 {
		t.Errorf("mail %q, more due %d; want Cc, Dd and 2 more", items(mail), mail.MoreDue)
	}
	// A kind with cap 0 shows all its follow-ups.
	if li := planKind(t, p, "linkedin"); li.Cap != 0 || len(li.Items) != 4 || li.MoreDue != 0 {
		t.Errorf("linkedin cap %d items %q more %d; want all 4", li.Cap, items(li), li.MoreDue)
	}
	// Those counted in more_due are no suggestion elsewhere: Fresh is the
	// only account left, and call (prospects, then suspects) takes it.
	if got := items(planKind(t, p, rhythm.Call)); got != "Fresh:suggested" {
		t.Errorf("call %q, want Fresh only", got)
	}
}

func TestPlanWeeklyCap(t *testing.T) {
	cases := []struct {
		name   string
		day    string
		before int // visits logged on the Monday of the week (before day)
		want   int
	}{
		{"Wednesday, one done", "2026-11-25", 1, 1},
		{"Wednesday, none done", "2026-11-25", 0, 2},
		{"Wednesday, four done", "2026-11-25", 4, 0},
		{"Wednesday, five done", "2026-11-25", 5, 0},
		{"Friday, none done", "2026-11-27", 0, 4},
		// The week of King's Day 2026 (Monday 27 April) owes 3.
		{"Tuesday of King's week", "2026-04-28", 0, 1},
		{"Friday of King's week", "2026-05-01", 0, 3},
	}
	for _, c := range cases {
		f := newFixture(t).start("2026-01-01").set("target.visit", "4/week", "")
		d := date(t, c.day)
		if c.before > 0 {
			f.Ledger.Add(rhythm.WeekStart(d), rhythm.Visit, c.before)
		}
		f.Ledger.Add(d, rhythm.Visit, 3) // entries of the day itself never change the cap
		if got := planKind(t, f.Plan(d, rhythm.PlanInput{}), rhythm.Visit).Cap; got != c.want {
			t.Errorf("%s: cap %d, want %d", c.name, got, c.want)
		}
	}
}

func TestPlanEmptyOnADayOff(t *testing.T) {
	f := newFixture(t, "2026-11-26")
	in := rhythm.PlanInput{Accounts: []rhythm.PlanAccount{planAccount(t, "A", rhythm.Suspect)},
		FollowUps: []rhythm.FollowUp{followUp(t, "A", rhythm.Mail, "2026-11-20", "2026-11-01")}}
	for _, d := range []string{"2026-11-28", "2026-12-25", "2026-11-26"} { // weekend, holiday, leave
		if p := f.Plan(date(t, d), in); len(p.Kinds) != 0 {
			t.Errorf("plan of %s: %+v, want empty", d, p.Kinds)
		}
	}
}

func TestTouchedOn(t *testing.T) {
	d := date(t, "2026-11-27")
	got := rhythm.TouchedOn([]rhythm.Entry{
		{Date: d, Kind: rhythm.Mail, Who: "Acme B.V."},
		{Date: d, Kind: rhythm.Call, Who: "ACME"},
		{Date: d - 1, Kind: rhythm.Visit, Who: "Acme"},
		{Date: d, Kind: rhythm.Visit},
	}, d)
	if len(got) != 1 || !got["acme"][rhythm.Mail] || !got["acme"][rhythm.Call] || got["acme"][rhythm.Visit] {
		t.Errorf("TouchedOn = %v", got)
	}
}

// planWorld is a drawn case of the plan: a world of settings, leave and
// entries, accounts with their last touches, follow-ups, and the day.
type planWorld struct {
	world
	day      rhythm.Date
	accounts []rhythm.PlanAccount
	follow   []rhythm.FollowUp
	restDays int
}

var planStages = []rhythm.Stage{rhythm.Suspect, rhythm.Prospect, rhythm.Customer}

func drawPlanWorld(t *rapid.T) planWorld {
	w := planWorld{world: drawWorld(t, true)}
	w.day = w.drawToday(t)
	w.restDays = rapid.SampledFrom([]int{0, 30, 90}).Draw(t, "rest_days")
	n := rapid.IntRange(0, 30).Draw(t, "accounts")
	for i := range n {
		name := fmt.Sprintf("Account %02d", rapid.IntRange(0, 99).Draw(t, "name"))
		if slices.ContainsFunc(w.accounts, func(a rhythm.PlanAccount) bool { return a.Name == name }) {
			continue
		}
		a := rhythm.PlanAccount{Key: rhythm.AccountKey(name), Name: name, Stage: rapid.SampledFrom(planStages).Draw(t, "stage"),
			Last: map[rhythm.Kind]rhythm.Date{}}
		for _, k := range propKinds {
			if rapid.Bool().Draw(t, "touched "+string(k)) {
				a.Last[k] = w.day - rhythm.Date(rapid.IntRange(1, 200).Draw(t, "days since"))
			}
		}
		if rapid.IntRange(0, 4).Draw(t, "lost") == 0 {
			a.RestFrom = w.day - rhythm.Date(rapid.IntRange(-5, 120).Draw(t, "rest from"))
		}
		w.accounts = append(w.accounts, a)
		if rapid.IntRange(0, 2).Draw(t, "follow-up") > 0 {
			made := w.day - rhythm.Date(rapid.IntRange(-2, 30).Draw(t, "made"))
			f := rhythm.FollowUp{Key: a.Key, Name: a.Name, Kind: rapid.SampledFrom(propKinds).Draw(t, "kind"),
				Due: made + rhythm.Date(rapid.IntRange(0, 20).Draw(t, "due in")), MadeOn: made,
				MadeAt: made.Time().Add(time.Duration(i) * time.Minute), State: rhythm.FollowUpOpen}
			switch rapid.IntRange(0, 5).Draw(t, "state") {
			case 0:
				f.State, f.ClosedOn = rhythm.FollowUpDone, made+rhythm.Date(rapid.IntRange(0, 30).Draw(t, "done on"))
			case 1:
				f.State, f.ClosedOn = rhythm.FollowUpCleared, made+rhythm.Date(rapid.IntRange(0, 30).Draw(t, "cleared on"))
			}
			w.follow = append(w.follow, f)
		}
	}
	return w
}

func (w planWorld) tracker(t *rapid.T, extra ...add) *rhythm.Tracker {
	tr := w.world.tracker(t, extra...)
	tr.Settings.RestDays = w.restDays
	return tr
}

// input returns the plan input with touched as the day's touches.
func (w planWorld) input(touched map[string]map[rhythm.Kind]bool) rhythm.PlanInput {
	return rhythm.PlanInput{Accounts: slices.Clone(w.accounts), FollowUps: slices.Clone(w.follow), Touched: touched}
}

// TestPropertyPlan checks the plan of random worlds against SPEC.md's
// rules: caps as the model of SPEC computes them, never more items than the
// cap (but every due follow-up when the cap is 0), no account twice, never
// a resting suggestion, follow-ups due and open, oldest first, and every
// due follow-up either an item or counted in more_due.
func TestPropertyPlan(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawPlanWorld(t)
		tr := w.tracker(t)
		p := tr.Plan(w.day, w.input(nil))
		if !tr.Calendar.IsWorkingDay(w.day) {
			if len(p.Kinds) != 0 {
				t.Fatalf("plan of a day off %s: %+v", w.day, p.Kinds)
			}
			return
		}
		m := newModel(w.world).on(w.day, false)
		first, last := week(w.day)
		seen := map[string]bool{}
		for _, pk := range p.Kinds {
			// The cap, from the model.
			want := 0
			switch tg := m.target(pk.Kind, w.day); {
			case tg.IsDaily():
				want = tg.N
			case tg.IsWeekly():
				if owed := m.owedIn(w.day, last); owed > 0 {
					want = max(0, ceilDiv(m.weekTarget(pk.Kind, first, last)-m.weekEntries(pk.Kind, first, w.day-1), owed))
				}
			}
			if pk.Cap != want {
				t.Fatalf("%s cap %d, want %d", pk.Kind, pk.Cap, want)
			}
			if pk.Done != tr.Ledger.Count(w.day, pk.Kind) {
				t.Fatalf("%s done %d, want the day's %d entries", pk.Kind, pk.Done, tr.Ledger.Count(w.day, pk.Kind))
			}
			// The due follow-ups of the kind: items or more_due.
			var dueHere []rhythm.FollowUp
			for _, f := range w.follow {
				if f.Kind == pk.Kind && f.OpenAt(w.day) && f.Due <= w.day {
					dueHere = append(dueHere, f)
				}
			}
			followItems := 0
			for i, it := range pk.Items {
				if seen[it.Key] {
					t.Fatalf("%s placed twice", it.Key)
				}
				seen[it.Key] = true
				if it.Done {
					t.Fatalf("%s done without touches", it.Key)
				}
				if it.Reason == rhythm.Suggested {
					a := w.accounts[slices.IndexFunc(w.accounts, func(a rhythm.PlanAccount) bool { return a.Key == it.Key })]
					if rhythm.RestingOn(a.RestFrom, w.day, w.restDays) {
						t.Fatalf("%s suggested while resting", it.Key)
					}
					if !slices.Contains(suggestionStages(pk.Kind), a.Stage) {
						t.Fatalf("%s, a %s, suggested for %s", it.Key, a.Stage, pk.Kind)
					}
					continue
				}
				followItems++
				if i+1 != followItems {
					t.Fatalf("%s: a follow-up after a suggestion", pk.Kind)
				}
				if want := map[bool]rhythm.Reason{true: rhythm.Overdue, false: rhythm.Due}[it.Due < w.day]; it.Reason != want || it.Due > w.day {
					t.Fatalf("%s: reason %s for due %s", it.Key, it.Reason, it.Due)
				}
				if i > 0 && pk.Items[i-1].Due > it.Due {
					t.Fatalf("%s: follow-ups not oldest first", pk.Kind)
				}
			}
			if followItems+pk.MoreDue != len(dueHere) {
				t.Fatalf("%s: %d follow-up items + %d more due, want %d due", pk.Kind, followItems, pk.MoreDue, len(dueHere))
			}
			switch {
			case pk.Cap == 0 && (len(pk.Items) != len(dueHere) || pk.MoreDue != 0):
				t.Fatalf("%s: cap 0 shows %d of %d due follow-ups", pk.Kind, len(pk.Items), len(dueHere))
			case pk.Cap > 0 && len(pk.Items) > pk.Cap:
				t.Fatalf("%s: %d items over cap %d", pk.Kind, len(pk.Items), pk.Cap)
			}
		}
		for _, f := range w.follow {
			if f.OpenAt(w.day) && f.Due <= w.day && !seen[f.Key] {
				counted := false
				for _, pk := range p.Kinds {
					counted = counted || (pk.Kind == f.Kind && pk.MoreDue > 0)
				}
				if !counted {
					t.Fatalf("follow-up of %s due %s neither placed nor counted", f.Key, f.Due)
				}
			}
		}
	})
}

// suggestionStages lists the stages the plan suggests for k.
func suggestionStages(k rhythm.Kind) []rhythm.Stage {
	switch k {
	case rhythm.Mail:
		return []rhythm.Stage{rhythm.Suspect}
	case rhythm.Call:
		return []rhythm.Stage{rhythm.Prospect, rhythm.Suspect}
	case rhythm.Visit:
		return []rhythm.Stage{rhythm.Customer, rhythm.Prospect}
	}
	return []rhythm.Stage{rhythm.Suspect, rhythm.Prospect}
}

// TestPropertyPlanStaysPut ticks the items of a plan, and logs other
// entries on the day: the plan keeps its items, each marked done exactly
// when its account has an entry of its kind that day; nothing makes room
// for another.
func TestPropertyPlanStaysPut(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := drawPlanWorld(t)
		if w.start == 0 {
			// The first write stores the start (SPEC.md): entries of the
			// day never move it.
			w.start = w.day
			for _, a := range w.adds {
				w.start = min(w.start, a.d)
			}
		}
		before := w.tracker(t).Plan(w.day, w.input(nil))
		touched := map[string]map[rhythm.Kind]bool{}
		var extra []add
		tick := func(key string, k rhythm.Kind) {
			if touched[key] == nil {
				touched[key] = map[rhythm.Kind]bool{}
			}
			touched[key][k] = true
			extra = append(extra, add{w.day, k, 1})
		}
		for _, pk := range before.Kinds {
			for _, it := range pk.Items {
				if rapid.Bool().Draw(t, "tick "+it.Key) {
					tick(it.Key, pk.Kind)
				}
			}
		}
		for _, a := range w.accounts {
			if rapid.IntRange(0, 4).Draw(t, "other touch "+a.Key) == 0 {
				tick(a.Key, rapid.SampledFrom(propKinds).Draw(t, "kind"))
			}
		}
		after := w.tracker(t, extra...).Plan(w.day, w.input(touched))
		// A first entry of a kind without a target brings the kind into
		// the plan, with nothing to plan: no room taken from another.
		after.Kinds = slices.DeleteFunc(after.Kinds, func(pk rhythm.PlanKind) bool {
			return pk.Cap == 0 && len(pk.Items) == 0 && !slices.ContainsFunc(before.Kinds, func(b rhythm.PlanKind) bool { return b.Kind == pk.Kind })
		})
		if len(after.Kinds) != len(before.Kinds) {
			t.Fatalf("kinds changed: %v → %v", before.Kinds, after.Kinds)
		}
		for i, pk := range after.Kinds {
			b := before.Kinds[i]
			if pk.Cap != b.Cap || pk.MoreDue != b.MoreDue || len(pk.Items) != len(b.Items) {
				t.Fatalf("%s: cap %d→%d, more due %d→%d, items %q→%q", pk.Kind, b.Cap, pk.Cap, b.MoreDue, pk.MoreDue, items(b), items(pk))
			}
			for j, it := range pk.Items {
				if it.Key != b.Items[j].Key || it.Reason != b.Items[j].Reason {
					t.Fatalf("%s: items %q → %q", pk.Kind, items(b), items(pk))
				}
				if it.Done != touched[it.Key][pk.Kind] {
					t.Fatalf("%s %s: done %v, touched %v", pk.Kind, it.Key, it.Done, touched[it.Key][pk.Kind])
				}
			}
		}
	})
}

// TestPropertyPlanAfterLeave: after ten working days of leave, with
// follow-ups piling up due on every one of them, the next plan holds no
// more items of a kind than its target that day (when it has one).
func TestPropertyPlanAfterLeave(tt *testing.T) {
	rapid.Check(tt, func(t *rapid.T) {
		f := newFixture(tt)
		mail := rapid.IntRange(1, 6).Draw(t, "target.mail")
		f = f.set("target.mail", fmt.Sprint(mail), "")
		back := rhythm.NewDate(2026, 1, 5).AddDays(rapid.IntRange(0, 300).Draw(t, "back"))
		back = f.Calendar.NextWorkingDay(back)
		var leave []rhythm.Date
		for d := back - 1; len(leave) < 10; d-- {
			if f.Calendar.IsWorkdayDate(d) {
				leave = append(leave, d)
			}
		}
		f.Calendar = rhythm.NewCalendar(f.Settings.History, leave)
		back = f.Calendar.NextWorkingDay(back)
		var in rhythm.PlanInput
		for i := range rapid.IntRange(0, 60).Draw(t, "accounts") {
			name := fmt.Sprintf("Account %d", i)
			in.Accounts = append(in.Accounts, rhythm.PlanAccount{Key: rhythm.AccountKey(name), Name: name,
				Stage: rapid.SampledFrom(planStages).Draw(t, "stage")})
			if rapid.Bool().Draw(t, "follow-up") {
				due := leave[rapid.IntRange(0, 9).Draw(t, "due")]
				in.FollowUps = append(in.FollowUps, rhythm.FollowUp{Key: rhythm.AccountKey(name), Name: name,
					Kind: rapid.SampledFrom(rhythm.BuiltinKinds).Draw(t, "kind"), Due: due, MadeOn: due - 20,
					MadeAt: (due - 20).Time(), State: rhythm.FollowUpOpen})
			}
		}
		p := f.Plan(back, in)
		for _, pk := range p.Kinds {
			target := f.Settings.History.TargetOn(pk.Kind, back).N
			if len(pk.Items) > target {
				t.Fatalf("%s: %d items on %s after leave, target %d", pk.Kind, len(pk.Items), back, target)
			}
		}
	})
}
