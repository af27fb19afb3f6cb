package tui

import (
	"context"
	"time"

	"ritme/rhythm"
	"ritme/store"
)

// Store is what the TUI needs of the database. *store.DB implements it.
type Store interface {
	Tracker(ctx context.Context) (*rhythm.Tracker, rhythm.Settings, error)
	Entries(ctx context.Context, q store.EntryQuery) ([]rhythm.Entry, error)
	Log(ctx context.Context, date rhythm.Date, kind rhythm.Kind, n int, who, note string) ([]rhythm.Entry, error)
	Undo(ctx context.Context, date rhythm.Date) (rhythm.Entry, error)
	UpdateEntry(ctx context.Context, id, who, note string) error
	DeleteEntry(ctx context.Context, id string) error
	ChangeOutcome(ctx context.Context, id string, next func(rhythm.Outcome) rhythm.Outcome) (rhythm.Entry, error)
	ChangeStage(ctx context.Context, name string, next func(rhythm.Stage) rhythm.Stage) (rhythm.Stage, error)
	SetFollowUp(ctx context.Context, f rhythm.FollowUp) (store.FollowUpSet, error)
	Accounts(ctx context.Context) ([]rhythm.Account, error)
	OpenFollowUps(ctx context.Context) ([]rhythm.FollowUp, error)
	FollowUps(ctx context.Context) ([]rhythm.FollowUp, error)
	PlanInput(ctx context.Context, d rhythm.Date) (rhythm.PlanInput, error)
	Outcomes(ctx context.Context, from, to rhythm.Date) (rhythm.OutcomeCounts, error)
	DataVersion(ctx context.Context) (int64, error)
	Snapshot(ctx context.Context, now time.Time) (string, error)
}

var _ Store = (*store.DB)(nil)
