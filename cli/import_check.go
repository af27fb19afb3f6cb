package cli

import (
	"strconv"
	"strings"
	"time"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

// checkImport checks everything a file to import holds, as the commands
// that write each part would check it, and returns it as an archive; the
// first bad part is reported with its line. Kinds are taken by any name
// `log` would take (a kind with no target yet included), as entries of a
// kind of one's own may come from another database.
func (a *app) checkImport(f importFile, today rhythm.Date, now time.Time) (store.Archive, error) {
	defaults := rhythm.DefaultSettings()
	ar := store.Archive{RestDays: defaults.RestDays, BackupKeep: defaults.BackupKeep}
	var err error
	if ar.Entries, ar.Stages, err = a.checkRows(f.rows, today, now); err != nil {
		return ar, err
	}
	if ar.Leave, err = a.checkLeave(f.leave); err != nil {
		return ar, err
	}
	if ar.Changes, err = a.checkChanges(f.changes, now); err != nil {
		return ar, err
	}
	if ar.FollowUps, err = a.checkFollowUps(f.followUps, today, now); err != nil {
		return ar, err
	}
	if s := f.start; s != nil && !s.Date.IsZero() {
		switch {
		case s.Date.Year() < minYear:
			return ar, a.atLine(f.startLine, i18n.FieldIs, "start", a.t(i18n.DateBeforeMin, s.Date, minYear))
		case s.Date > today:
			return ar, a.atLine(f.startLine, i18n.FieldIs, "start", a.t(i18n.StartAfterToday, s.Date, today))
		case s.By != "" && s.By != startByRep && s.By != startByRitme:
			return ar, a.atLine(f.startLine, i18n.BadStartBy, s.By)
		}
		ar.Start, ar.StartByRep = s.Date, s.By != startByRitme
	}
	for key, n := range map[string]*int{rhythm.KeyRestDays: f.settings.RestDays, rhythm.KeyBackupKeep: f.settings.BackupKeep} {
		if n == nil {
			continue
		}
		probe := rhythm.DefaultSettings()
		if _, err := probe.SetUndated(key, strconv.Itoa(*n)); err != nil {
			return ar, a.atLine(f.settingsLine, i18n.FieldIs, "settings", a.explain(err))
		}
		if key == rhythm.KeyRestDays {
			ar.RestDays = *n
		} else {
			ar.BackupKeep = *n
		}
	}
	return ar, nil
}

// checkRows checks the entries and stages and returns them.
func (a *app) checkRows(rows []importRow, today rhythm.Date, now time.Time) ([]rhythm.Entry, []rhythm.AccountStage, error) {
	entries := make([]rhythm.Entry, 0, len(rows))
	var stages []rhythm.AccountStage
	stageAt := map[string]int{}
	seen := make(map[string]int, len(rows))
	for _, r := range rows {
		if r.stage.Stage != "" {
			st, err := rhythm.ParseStage(i18n.StageFromName(r.stage.Stage))
			if err != nil {
				return nil, nil, a.atLineErr(r.line, err)
			}
			name := strings.Join(strings.Fields(r.stage.Name), " ")
			key := rhythm.AccountKey(name)
			if key == "" {
				return nil, nil, a.atLine(r.line, i18n.StageNeedsName)
			}
			if i, ok := stageAt[key]; ok {
				stages[i].Stage = st // the last one in the file wins
			} else {
				stageAt[key] = len(stages)
				stages = append(stages, rhythm.AccountStage{Name: name, Stage: st})
			}
		}
		if r.e.Date.IsZero() {
			continue // an account's stage, not an entry
		}
		e, err := a.validateRow(r.e, today, now)
		if err != nil {
			return nil, nil, a.atLineErr(r.line, err)
		}
		if first, dup := seen[e.ID]; dup {
			return nil, nil, a.atLine(r.line, i18n.IDTwice, e.ID, first)
		}
		seen[e.ID] = r.line
		entries = append(entries, e)
	}
	return entries, stages, nil
}

// checkLeave checks the dates of leave and returns them.
func (a *app) checkLeave(rows []leaveRow) ([]rhythm.Leave, error) {
	out := make([]rhythm.Leave, 0, len(rows))
	seen := map[rhythm.Date]int{}
	bad := func(line int, m i18n.Text, args ...any) error {
		return a.atLine(line, i18n.FieldIs, "leave", a.t(m, args...))
	}
	for _, r := range rows {
		d := r.l.Date
		switch {
		case d.IsZero():
			return nil, bad(r.line, i18n.DateMissing)
		case d.Year() < minYear:
			return nil, bad(r.line, i18n.DateBeforeMin, d, minYear)
		}
		if first, dup := seen[d]; dup {
			return nil, bad(r.line, i18n.DateTwice, d, first)
		}
		seen[d] = r.line
		k, ok := leaveKindFromName(r.l.Kind)
		if !ok {
			return nil, bad(r.line, i18n.BadLeaveKindIn, r.l.Kind)
		}
		out = append(out, rhythm.Leave{Date: d, Kind: k})
	}
	return out, nil
}

// checkChanges checks the changes of the dated settings, as `config set
// --from` would, and returns them with made_at kept; a change without one
// is made now.
func (a *app) checkChanges(rows []changeRow, now time.Time) ([]rhythm.Change, error) {
	out := make([]rhythm.Change, 0, len(rows))
	seen := map[[2]any]int{}
	bad := func(line int, msg string) error {
		return a.atLine(line, i18n.FieldIs, "settings_history", msg)
	}
	for _, r := range rows {
		key := settingKey(strings.TrimSpace(r.c.Key))
		if !rhythm.IsDated(key) {
			return nil, bad(r.line, a.t(i18n.NotDatedKey, r.c.Key))
		}
		var from rhythm.Date
		if s := strings.TrimSpace(r.c.From); s != "" {
			d, err := a.parseDate("from", s)
			if err != nil {
				return nil, bad(r.line, a.explain(err))
			}
			from = d
		}
		made := now
		if s := strings.TrimSpace(r.c.MadeAt); s != "" {
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				return nil, bad(r.line, a.t(i18n.BadMadeAt, s))
			}
			made = t
		}
		c, err := rhythm.NewChange(key, r.c.Value, from, made)
		if err != nil {
			return nil, bad(r.line, a.explain(err))
		}
		id := [2]any{c.Key, c.From}
		if first, dup := seen[id]; dup {
			return nil, bad(r.line, a.t(i18n.ChangeTwice, c.Key, dateOrEmpty(c.From), first))
		}
		seen[id] = r.line
		out = append(out, c)
	}
	return out, nil
}

// checkFollowUps checks the follow-ups, open and closed, and returns them.
// Two follow-ups of one account made at the same time, or two open ones,
// are refused: the database keeps one of each.
func (a *app) checkFollowUps(rows []followUpRow, today rhythm.Date, now time.Time) ([]rhythm.FollowUp, error) {
	out := make([]rhythm.FollowUp, 0, len(rows))
	made := map[[2]string]int{}
	open := map[string]int{}
	now = now.UTC().Truncate(time.Microsecond)
	for i, r := range rows {
		f, err := a.checkFollowUp(r.f, today, now.Add(time.Duration(i)*time.Microsecond))
		if err != nil {
			return nil, a.atLine(r.line, i18n.FieldIs, "follow_ups", a.explain(err))
		}
		id := [2]string{f.Key, f.MadeAt.Format(store.TimeFormat)}
		if first, dup := made[id]; dup {
			return nil, a.atLine(r.line, i18n.FieldIs, "follow_ups", a.t(i18n.FollowUpTwice, f.Name, id[1], first))
		}
		made[id] = r.line
		if f.State == rhythm.FollowUpOpen {
			if first, dup := open[f.Key]; dup {
				return nil, a.atLine(r.line, i18n.FieldIs, "follow_ups", a.t(i18n.OpenFollowUpTwice, f.Name, first))
			}
			open[f.Key] = r.line
		}
		out = append(out, f)
	}
	return out, nil
}

// checkFollowUp checks one follow-up, as `follow-up` would, and the way it
// was closed. One without made_on was made today; one without made_at at
// made (now, a microsecond after the one before it in the file, so that
// each stays its own); one without state is open.
func (a *app) checkFollowUp(j followUpExportJSON, today rhythm.Date, made time.Time) (rhythm.FollowUp, error) {
	f := rhythm.FollowUp{Name: strings.Join(strings.Fields(j.Who), " "), Due: j.Due, Note: cleanText(j.Note),
		MadeOn: j.MadeOn, MadeAt: made, State: rhythm.FollowUpState(strings.ToLower(strings.TrimSpace(j.State))),
		ClosedOn: j.ClosedOn, EntryID: strings.TrimSpace(j.Entry)}
	f.Key = rhythm.AccountKey(f.Name)
	if f.Key == "" {
		return f, a.bad(i18n.NeedsName, "who")
	}
	if err := a.checkText("who", f.Name, maxWhoLen); err != nil {
		return f, err
	}
	if err := a.checkText("note", f.Note, maxNoteLen); err != nil {
		return f, err
	}
	if strings.TrimSpace(string(j.Kind)) == "" {
		return f, a.bad(i18n.FieldMissing, "kind")
	}
	f.Kind = i18n.KindFromName(string(j.Kind))
	if err := rhythm.ValidKindName(string(f.Kind)); err != nil {
		return f, err
	}
	if f.Due.IsZero() {
		return f, a.bad(i18n.FieldMissing, "due")
	}
	if f.MadeOn.IsZero() {
		f.MadeOn = today
	}
	if f.MadeOn > today {
		return f, a.bad(i18n.FieldIs, "made_on", a.t(i18n.DateAfterToday, f.MadeOn, today))
	}
	for _, d := range []struct {
		name string
		d    rhythm.Date
	}{{"due", f.Due}, {"made_on", f.MadeOn}, {"closed_on", f.ClosedOn}} {
		if !d.d.IsZero() && d.d.Year() < minYear {
			return f, a.bad(i18n.BeforeMinYear, d.name, d.d, minYear)
		}
	}
	if s := strings.TrimSpace(j.MadeAt); s != "" {
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return f, a.bad(i18n.BadMadeAt, s)
		}
		f.MadeAt = t.UTC()
	}
	switch f.State {
	case "":
		f.State = rhythm.FollowUpOpen
		fallthrough
	case rhythm.FollowUpOpen:
		if !f.ClosedOn.IsZero() || f.EntryID != "" {
			return f, a.bad(i18n.OpenNotClosed)
		}
	case rhythm.FollowUpDone, rhythm.FollowUpCleared, rhythm.FollowUpReplaced:
		if f.ClosedOn.IsZero() {
			return f, a.bad(i18n.ClosedNeedsDate, f.State)
		}
		if f.EntryID != "" && f.State != rhythm.FollowUpDone {
			return f, a.bad(i18n.EntryOnlyDone)
		}
		if !validID(f.EntryID) {
			return f, a.bad(i18n.FieldIs, "entry", a.t(i18n.BadID, f.EntryID, maxIDLen))
		}
	default:
		return f, a.bad(i18n.BadFollowUpState, j.State)
	}
	return f, nil
}
