package team

import (
	"context"
	"runtime"
	"sync"

	"ritme/rhythm"
)

// Team is the team's figures on a date: each rep's, by name, and the
// totals.
type Team struct {
	Date   rhythm.Date
	Reps   []Figures
	Totals Totals
}

// Read reads the reps' data from src and computes the team's figures on
// d. A rep whose streak may reach back beyond the data first read gets the
// rest of its days from src.Earlier, and only such a rep.
func Read(ctx context.Context, src Source, d rhythm.Date) (Team, error) {
	reps, err := src.Reps(ctx, d)
	if err != nil {
		return Team{}, err
	}
	figs, incomplete, err := compute(reps, d)
	if err != nil {
		return Team{}, err
	}
	if len(incomplete) > 0 {
		more := make([]*Rep, len(incomplete))
		for i, j := range incomplete {
			more[i] = reps[j]
		}
		if err := src.Earlier(ctx, more); err != nil {
			return Team{}, err
		}
		again, _, err := compute(more, d)
		if err != nil {
			return Team{}, err
		}
		for i, j := range incomplete {
			figs[j] = again[i]
		}
	}
	return Team{Date: d, Reps: figs, Totals: total(figs)}, nil
}

// compute computes the figures of reps on d, spread over the processors,
// and returns the indexes of the reps whose figures are not complete.
func compute(reps []*Rep, d rhythm.Date) ([]Figures, []int, error) {
	figs := make([]Figures, len(reps))
	complete := make([]bool, len(reps))
	errs := make([]error, len(reps))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(reps)) {
		wg.Go(func() {
			for i := range next {
				figs[i], complete[i], errs[i] = reps[i].figures(d)
			}
		})
	}
	for i := range reps {
		next <- i
	}
	close(next)
	wg.Wait()
	var incomplete []int
	for i, err := range errs {
		if err != nil {
			return nil, nil, err
		}
		if !complete[i] {
			incomplete = append(incomplete, i)
		}
	}
	return figs, incomplete, nil
}
