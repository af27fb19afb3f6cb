package team

import (
	"context"
	"fmt"
	"time"

	"ritme/rhythm"
)

// Rep is what one rep's figures on a date are made of, as a Source reads
// it from the rows the rep synced.
type Rep struct {
	// Name is the rep's name on the server: on a team server, its login
	// role.
	Name string
	// LastSync is when the rep last synced, on the server's clock; the
	// zero time if never.
	LastSync time.Time
	// Changes is the history of the dated settings.
	Changes []rhythm.Change
	// Start is the stored start, the zero Date when none is; StartByRep
	// reports that the rep set it (config set start_date).
	Start      rhythm.Date
	StartByRep bool
	// First is the date of the rep's earliest entry, the zero Date when
	// there is none: the start when none is stored, as rhythm.Tracker has
	// it.
	First rhythm.Date
	// Leave holds the rep's leave dates, and Ledger the per-day counts of
	// each kind up to the date: both complete from Since on, and complete
	// altogether when Since is the zero Date.
	Leave  []rhythm.Date
	Ledger *rhythm.Ledger
	Since  rhythm.Date
	// Outcomes counts the outcomes of the entries dated from the first of
	// January of the date's year up to the date, per kind; Entries counts
	// those entries and Late those of them logged late (created at or
	// after 00:00 UTC of the second day after their date).
	Outcomes      map[rhythm.Kind]map[rhythm.Outcome]int
	Entries, Late int
}

// Source is where the reps' data comes from.
type Source interface {
	// Reps returns every rep of the team, by name, with the data of its
	// figures on date d; each rep's Ledger and Leave at least from the
	// first of January of the year before d on, up to d.
	Reps(ctx context.Context, d rhythm.Date) ([]*Rep, error)
	// Earlier completes the Ledger and Leave of each of reps with what
	// comes before its Since, and sets Since to the zero Date.
	Earlier(ctx context.Context, reps []*Rep) error
}

// tracker joins the rep's settings, leave and counts as the rep's own
// file does (store.DB.Tracker): the settings history over the defaults,
// the stored start, else the first entry.
func (r *Rep) tracker() (*rhythm.Tracker, error) {
	h, err := rhythm.NewHistory(r.Changes)
	if err != nil {
		return nil, fmt.Errorf("rep %s: settings: %w", r.Name, err)
	}
	s := rhythm.DefaultSettings()
	s.History = h
	s.Start, s.StartByRep = r.Start, r.StartByRep
	if s.Start.IsZero() {
		// The ledger may begin after the first entry, so the start that
		// the rep's tracker takes from it is given here.
		s.Start = r.First
	}
	l := r.Ledger
	if l == nil {
		l = &rhythm.Ledger{}
	}
	return s.Tracker(r.Leave, l), nil
}
