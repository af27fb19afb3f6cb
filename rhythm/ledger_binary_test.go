package rhythm_test

import (
	"testing"

	"pgregory.net/rapid"

	"ritme/rhythm"
)

func TestLedgerBinaryRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		var l rhythm.Ledger
		base := rhythm.NewDate(2016, 1, 1)
		kinds := []rhythm.Kind{rhythm.Mail, rhythm.Call, rhythm.Visit, "linkedin"}
		adds := rapid.IntRange(0, 200).Draw(t, "adds")
		for range adds {
			d := base.AddDays(rapid.IntRange(0, 4000).Draw(t, "day"))
			k := kinds[rapid.IntRange(0, len(kinds)-1).Draw(t, "kind")]
			l.Add(d, k, rapid.IntRange(1, 300).Draw(t, "n"))
		}
		b, err := l.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got rhythm.Ledger
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("UnmarshalBinary: %v", err)
		}
		if got.First() != l.First() || got.Last() != l.Last() {
			t.Fatalf("First, Last = %s, %s; want %s, %s", got.First(), got.Last(), l.First(), l.Last())
		}
		for d := l.First(); d <= l.Last(); d++ {
			for _, k := range kinds {
				if got.Count(d, k) != l.Count(d, k) {
					t.Fatalf("Count(%s, %s) = %d, want %d", d, k, got.Count(d, k), l.Count(d, k))
				}
			}
		}
		// A decoded ledger takes more entries like any other.
		got.Add(l.Last()+1, rhythm.Mail, 2)
		if got.Count(l.Last()+1, rhythm.Mail) != 2 {
			t.Fatal("Add after UnmarshalBinary lost the count")
		}
	})
}

func TestLedgerUnmarshalRefusesGarbage(t *testing.T) {
	var l rhythm.Ledger
	l.Add(rhythm.NewDate(2026, 1, 5), rhythm.Mail, 5)
	good, _ := l.MarshalBinary()
	for name, b := range map[string][]byte{
		"empty":         nil,
		"no magic":      []byte("XX1abc"),
		"cut short":     good[:len(good)-1],
		"trailing data": append(append([]byte{}, good...), 0),
		"huge count":    []byte("RL1\x01\xff\xff\xff\xff\x0f"),
	} {
		var got rhythm.Ledger
		if err := got.UnmarshalBinary(b); err == nil {
			t.Errorf("%s: UnmarshalBinary accepted %q", name, b)
		}
	}
}
