package tui

import (
	"context"

	"ritme/i18n"
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
	SetOutcome(ctx context.Context, id string, o rhythm.Outcome) error
	SetStage(ctx context.Context, name string, stage rhythm.Stage) (string, error)
	Accounts(ctx context.Context) ([]rhythm.Account, error)
	Outcomes(ctx context.Context, from, to rhythm.Date) (rhythm.OutcomeCounts, error)
	DataVersion(ctx context.Context) (int64, error)
}

var _ Store = (*store.DB)(nil)

// snapshot is everything the views show, read in one go.
type snapshot struct {
	tracker  *rhythm.Tracker
	settings rhythm.Settings
	// day is the date dayEntries belong to.
	day        rhythm.Date
	dayEntries []rhythm.Entry
	// log holds the newest entries, of logKind when set, at most logLimit;
	// logLimit is 0 while the Log view has not been opened, so that the
	// first frame does not wait for a list nobody looks at yet.
	log      []rhythm.Entry
	logKind  rhythm.Kind
	logLimit int
	// accounts are read once the Accounts view opens (nil before).
	accounts []rhythm.Account
	// outcomes counts outcomes from outcomesFrom to outcomesTo, once the
	// Week or Month view opens (zero dates before).
	outcomes                 rhythm.OutcomeCounts
	outcomesFrom, outcomesTo rhythm.Date
	// version is PRAGMA data_version when the snapshot was read.
	version int64
}

// hasOutcomes reports whether the snapshot counts the outcomes of every
// date from from to to.
func (s *snapshot) hasOutcomes(from, to rhythm.Date) bool {
	return !s.outcomesFrom.IsZero() && s.outcomesFrom <= from && to <= s.outcomesTo
}

// loadRequest says what a snapshot must hold. The parts only some views
// show are left out until one of those views opens: logLimit 0 leaves the
// log out, accounts false the accounts, a zero outcomesFrom the outcomes.
type loadRequest struct {
	day                      rhythm.Date
	logKind                  rhythm.Kind
	logLimit                 int
	accounts                 bool
	outcomesFrom, outcomesTo rhythm.Date
}

// load reads a snapshot. It reads the data version first, so that a change
// committed while it reads makes the next poll load again.
func load(ctx context.Context, st Store, req loadRequest) (*snapshot, error) {
	v, err := st.DataVersion(ctx)
	if err != nil {
		return nil, err
	}
	tracker, settings, err := st.Tracker(ctx)
	if err != nil {
		return nil, err
	}
	day, err := st.Entries(ctx, store.EntryQuery{From: req.day, To: req.day})
	if err != nil {
		return nil, err
	}
	var log []rhythm.Entry
	if req.logLimit > 0 {
		if log, err = st.Entries(ctx, store.EntryQuery{Kind: req.logKind, Limit: req.logLimit, NewestFirst: true}); err != nil {
			return nil, err
		}
	}
	snap := &snapshot{tracker: tracker, settings: settings, day: req.day, dayEntries: day,
		log: log, logKind: req.logKind, logLimit: req.logLimit, version: v}
	if req.accounts {
		if snap.accounts, err = st.Accounts(ctx); err != nil {
			return nil, err
		}
		if snap.accounts == nil {
			snap.accounts = []rhythm.Account{}
		}
	}
	if !req.outcomesFrom.IsZero() {
		if snap.outcomes, err = st.Outcomes(ctx, req.outcomesFrom, req.outcomesTo); err != nil {
			return nil, err
		}
		snap.outcomesFrom, snap.outcomesTo = req.outcomesFrom, req.outcomesTo
	}
	return snap, nil
}

// opKind names a change the rep asked for.
type opKind int

const (
	opReload opKind = iota
	opLog
	opUndo
	opUpdate
	opDelete
	opOutcome
	opStage
)

// op is one change, queued so that changes reach the database in the order
// the keys were pressed, each followed by a fresh snapshot.
type op struct {
	kind      opKind
	date      rhythm.Date
	entryKind rhythm.Kind
	id        string
	who, note string
	outcome   rhythm.Outcome
	stage     rhythm.Stage
}

// opDoneMsg reports a finished op: the fresh snapshot, or the error.
type opDoneMsg struct {
	op   op
	snap *snapshot
	// info describes what was done, for the status line.
	info string
	err  error
}

// run performs the op and loads a snapshot for req; l is the language of
// the status line.
func (o op) run(ctx context.Context, st Store, req loadRequest, l i18n.Lang) opDoneMsg {
	done := opDoneMsg{op: o}
	switch o.kind {
	case opLog:
		entries, err := st.Log(ctx, o.date, o.entryKind, 1, o.who, o.note)
		if err != nil {
			done.err = err
			return done
		}
		done.info = l.F(i18n.StatusLogged, describe(l, entries[0]))
	case opUndo:
		e, err := st.Undo(ctx, o.date)
		if err != nil {
			done.err = err
			return done
		}
		done.info = l.F(i18n.Undid, describe(l, e))
	case opUpdate:
		if err := st.UpdateEntry(ctx, o.id, o.who, o.note); err != nil {
			done.err = err
			return done
		}
		done.info = i18n.SavedText.In(l)
	case opDelete:
		if err := st.DeleteEntry(ctx, o.id); err != nil {
			done.err = err
			return done
		}
		done.info = i18n.Deleted.In(l)
	case opOutcome:
		if err := st.SetOutcome(ctx, o.id, o.outcome); err != nil {
			done.err = err
			return done
		}
		done.info = l.F(i18n.StatusOutcomeSet, l.Outcome(o.outcome))
	case opStage:
		if _, err := st.SetStage(ctx, o.who, o.stage); err != nil {
			done.err = err
			return done
		}
		done.info = l.F(i18n.StageSet, i18n.Sanitize(o.who), l.Stage(o.stage))
	}
	done.snap, done.err = load(ctx, st, req)
	return done
}

// describe names an entry for the status line: "mail for Acme on Thu 26 Nov".
func describe(l i18n.Lang, e rhythm.Entry) string {
	if e.Who != "" {
		return l.F(i18n.EntryFor, l.Kind(e.Kind), i18n.Sanitize(e.Who), l.ShortDate(e.Date))
	}
	return l.F(i18n.EntryOn, l.Kind(e.Kind), l.ShortDate(e.Date))
}

// versionMsg carries the data version read by a poll.
type versionMsg struct {
	version int64
	err     error
}

// tickMsg fires the poll for other processes' changes.
type tickMsg struct{}
