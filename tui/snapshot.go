package tui

import (
	"context"

	"ritme/rhythm"
	"ritme/store"
)

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
	// accounts are read once the Accounts view opens (nil before), with
	// the open follow-ups.
	accounts  []rhythm.Account
	followUps []rhythm.FollowUp
	// history holds every follow-up, open and closed, once the Review
	// opens (nil before).
	history []rhythm.FollowUp
	// plan is what the plan of planDay is made from, read once Today has
	// shown its first frame (nil before): see todayView.request.
	plan    *rhythm.PlanInput
	planDay rhythm.Date
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
// log out, accounts false the accounts, a zero outcomesFrom the outcomes,
// a zero planDay the plan.
type loadRequest struct {
	day                      rhythm.Date
	logKind                  rhythm.Kind
	logLimit                 int
	accounts                 bool
	history                  bool
	outcomesFrom, outcomesTo rhythm.Date
	planDay                  rhythm.Date
}

// wantOutcomes adds the outcomes from from to to to what r asks for: the
// outcomes of one span of dates, covering every view's.
func (r *loadRequest) wantOutcomes(from, to rhythm.Date) {
	if r.outcomesFrom.IsZero() {
		r.outcomesFrom, r.outcomesTo = from, to
		return
	}
	r.outcomesFrom, r.outcomesTo = min(r.outcomesFrom, from), max(r.outcomesTo, to)
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
		if snap.followUps, err = st.OpenFollowUps(ctx); err != nil {
			return nil, err
		}
	}
	if req.history {
		if snap.history, err = st.FollowUps(ctx); err != nil {
			return nil, err
		}
		if snap.history == nil {
			snap.history = []rhythm.FollowUp{}
		}
	}
	if !req.planDay.IsZero() {
		in, err := st.PlanInput(ctx, req.planDay)
		if err != nil {
			return nil, err
		}
		snap.plan, snap.planDay = &in, req.planDay
	}
	if !req.outcomesFrom.IsZero() {
		if snap.outcomes, err = st.Outcomes(ctx, req.outcomesFrom, req.outcomesTo); err != nil {
			return nil, err
		}
		snap.outcomesFrom, snap.outcomesTo = req.outcomesFrom, req.outcomesTo
	}
	return snap, nil
}

// loadRequest describes the snapshot the views need now: the shown day,
// and the parts of the views that have them (see partView).
func (m *model) loadRequest() loadRequest {
	req := loadRequest{day: m.c.day}
	for id, v := range m.views {
		if p, ok := v.(partView); ok {
			p.request(&req, viewID(id) == m.view)
		}
	}
	return req
}

// stale reports whether the snapshot lacks what the view shows now.
func (m *model) stale() bool {
	snap := m.c.snap
	switch {
	case snap == nil:
		return false // the first load is under way
	case snap.day != m.c.day:
		return true
	}
	if p, ok := m.views[m.view].(partView); ok {
		return !p.loaded()
	}
	return false
}
