package team

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"testing"

	"ritme/rhythm"
)

// fakeSource serves full reps as a server would: from the first of January
// of the year before the date, and the rest on request.
type fakeSource struct {
	full    []*Rep
	earlier []string // the reps asked for, in order
	err     error    // returned by Earlier
}

// cut returns the part of l from from to to.
func cut(l *rhythm.Ledger, from, to rhythm.Date) *rhythm.Ledger {
	out := &rhythm.Ledger{}
	for _, k := range l.Kinds() {
		for d := max(from, l.First()); d <= to && d <= l.Last(); d++ {
			out.Add(d, k, l.Count(d, k))
		}
	}
	return out
}

func (s *fakeSource) Reps(_ context.Context, d rhythm.Date) ([]*Rep, error) {
	since := rhythm.YearStart(d.Year() - 1)
	var reps []*Rep
	for _, f := range s.full {
		r := *f
		r.Ledger, r.Since = cut(f.Ledger, since, d), since
		r.Leave = slices.DeleteFunc(slices.Clone(f.Leave), func(l rhythm.Date) bool { return l < since })
		reps = append(reps, &r)
	}
	return reps, nil
}

func (s *fakeSource) Earlier(_ context.Context, reps []*Rep) error {
	if s.err != nil {
		return s.err
	}
	for _, r := range reps {
		s.earlier = append(s.earlier, r.Name)
		i := slices.IndexFunc(s.full, func(f *Rep) bool { return f.Name == r.Name })
		f := s.full[i]
		for _, k := range f.Ledger.Kinds() {
			for d := f.Ledger.First(); d < r.Since; d++ {
				r.Ledger.Add(d, k, f.Ledger.Count(d, k))
			}
		}
		for _, l := range f.Leave {
			if l < r.Since {
				r.Leave = append(r.Leave, l)
			}
		}
		r.Since = 0
	}
	return nil
}

func TestReadEarlierDays(t *testing.T) {
	d := day(t, "2026-03-04")
	leave := []string{"2024-08-05", "2024-08-06", "2025-08-04", "2026-02-16"}
	cases := []struct {
		name    string
		rep     func(t *testing.T) *Rep
		earlier bool
	}{
		{"broken this year", func(t *testing.T) *Rep {
			r := newRep(t, "anna", "2023-01-02", nil, leave, "2023-01-02", "2026-02-09")
			more := newRep(t, "x", "2023-01-02", nil, leave, "2026-02-11", "2026-03-03")
			r.Ledger.Add(day(t, "2026-02-10"), rhythm.Mail, 5)
			for _, k := range more.Ledger.Kinds() {
				for d := more.Ledger.First(); d <= more.Ledger.Last(); d++ {
					r.Ledger.Add(d, k, more.Ledger.Count(d, k))
				}
			}
			return r
		}, false},
		{"unbroken for years", func(t *testing.T) *Rep {
			return newRep(t, "bob", "2023-01-02", nil, leave, "2023-01-02", "2026-03-03", count{"2026-03-04", rhythm.Mail, 2})
		}, true},
		{"broken only before the data read first", func(t *testing.T) *Rep {
			r := newRep(t, "cas", "2023-01-02", nil, leave, "2023-01-02", "2024-06-02")
			more := newRep(t, "x", "2023-01-02", nil, leave, "2024-06-04", "2026-03-04")
			for _, k := range more.Ledger.Kinds() {
				for d := more.Ledger.First(); d <= more.Ledger.Last(); d++ {
					r.Ledger.Add(d, k, more.Ledger.Count(d, k))
				}
			}
			return r
		}, true},
		{"started within the data read first", func(t *testing.T) *Rep {
			return newRep(t, "dirk", "2025-06-02", nil, leave, "2025-06-02", "2026-03-03")
		}, false},
		{"no stored start, first entry years back", func(t *testing.T) *Rep {
			r := newRep(t, "eva", "", nil, leave, "2023-01-02", "2026-03-03")
			r.First = r.Ledger.First()
			return r
		}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			full := c.rep(t)
			want, _, err := full.figures(d)
			if err != nil {
				t.Fatal(err)
			}
			src := &fakeSource{full: []*Rep{full}}
			got, err := Read(context.Background(), src, d)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Reps) != 1 || !reflect.DeepEqual(got.Reps[0], want) {
				t.Errorf("Read gave\n%+v\nwant, as from all the data,\n%+v", got.Reps, want)
			}
			if asked := len(src.earlier) > 0; asked != c.earlier {
				t.Errorf("earlier days asked: %v, want %v", asked, c.earlier)
			}
		})
	}
}

func TestReadEarlierOnlyForThoseWhoNeedIt(t *testing.T) {
	d := day(t, "2026-03-04")
	src := &fakeSource{full: []*Rep{
		newRep(t, "anna", "2023-01-02", nil, nil, "2023-01-02", "2026-03-03"),
		newRep(t, "bob", "2025-06-02", nil, nil, "2025-06-02", "2026-03-03"),
		newRep(t, "cas", "2023-01-02", nil, nil, "2023-01-02", "2026-03-03"),
	}}
	team, err := Read(context.Background(), src, d)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"anna", "cas"}; !slices.Equal(src.earlier, want) {
		t.Errorf("earlier days asked for %v, want %v", src.earlier, want)
	}
	for i, r := range team.Reps {
		if r.Rep != src.full[i].Name {
			t.Errorf("rep %d is %s, want %s", i, r.Rep, src.full[i].Name)
		}
	}
}

func TestReadErrors(t *testing.T) {
	d := day(t, "2026-03-04")
	boom := errors.New("boom")
	src := &fakeSource{full: []*Rep{newRep(t, "anna", "2023-01-02", nil, nil, "2023-01-02", "2026-03-03")}, err: boom}
	if _, err := Read(context.Background(), src, d); !errors.Is(err, boom) {
		t.Errorf("Read with a failing Earlier: %v, want %v", err, boom)
	}
	bad := &fakeSource{full: []*Rep{{Name: "mallory", Changes: []rhythm.Change{{Key: "target.mail", Value: "many"}}, Ledger: &rhythm.Ledger{}}}}
	if _, err := Read(context.Background(), bad, d); err == nil {
		t.Error("Read of a rep with bad settings: no error")
	}
}

func TestTotals(t *testing.T) {
	d := day(t, "2026-03-04")
	anna := newRep(t, "anna", "2026-02-23", nil, nil, "2026-02-23", "2026-03-03")
	anna.Entries, anna.Late = 60, 3
	bob := newRep(t, "bob", "2026-02-23", []rhythm.Change{change(t, "target.demo", "1", "2026-02-23")}, nil,
		"2026-02-23", "2026-03-04")
	bob.Entries, bob.Late = 80, 1
	src := &fakeSource{full: []*Rep{anna, bob}}
	team, err := Read(context.Background(), src, d)
	if err != nil {
		t.Fatal(err)
	}
	want := map[rhythm.Kind]KindTotal{}
	var order []rhythm.Kind
	for _, f := range team.Reps {
		for _, k := range f.Kinds {
			w := want[k.Kind]
			if _, ok := want[k.Kind]; !ok {
				order = append(order, k.Kind)
			}
			w.Kind, w.YTD, w.AnnualTarget, w.Pace = k.Kind, w.YTD+k.YTD, w.AnnualTarget+k.AnnualTarget, w.Pace+k.Pace
			want[k.Kind] = w
		}
	}
	var got []rhythm.Kind
	for _, k := range team.Totals.Kinds {
		got = append(got, k.Kind)
		if k != want[k.Kind] {
			t.Errorf("total of %s = %+v, want %+v", k.Kind, k, want[k.Kind])
		}
	}
	if w := []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "demo"}; !slices.Equal(got, w) {
		t.Errorf("total kinds %v, want %v", got, w)
	}
	if team.Totals.Entries != 140 || team.Totals.Late != 4 {
		t.Errorf("total entries, late = %d, %d, want 140, 4", team.Totals.Entries, team.Totals.Late)
	}
	if k := team.Totals.Kinds[3]; k.YTD != 8 {
		t.Errorf("demo ytd = %d, want 8 (bob's)", k.YTD)
	}
}
