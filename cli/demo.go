package cli

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/google/uuid"
	"github.com/spf13/cobra"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/store"
)

func (a *app) demoCommand() *cobra.Command {
	var years, perDay int
	cmd := &cobra.Command{
		Use:     "demo",
		Short:   a.t(i18n.DemoShort),
		Long:    a.t(i18n.DemoLong),
		Example: a.t(i18n.DemoExample),
		Args:    a.noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if years < 1 || years > 30 {
				return a.bad(i18n.OutOfRange, "--years", years, 1, 30)
			}
			if cmd.Flags().Changed("per-day") && (perDay < 1 || perDay > 500) {
				return a.bad(i18n.OutOfRange, "--per-day", perDay, 1, 500)
			}
			return a.withDB(cmd.Context(), func(db *store.DB) error {
				if err := a.demoRefusal(cmd, db); err != nil {
					return err
				}
				s, err := db.Settings(cmd.Context())
				if err != nil {
					return err
				}
				if !cmd.Flags().Changed("per-day") {
					perDay = 0
				}
				h := newDemoHistory(s, a.today, years, perDay)
				err = db.Fill(cmd.Context(), h.leave, h.entries, h.stages)
				if errors.Is(err, store.ErrNotEmpty) {
					if err := a.demoRefusal(cmd, db); err != nil {
						return err
					}
				}
				if err != nil {
					return err
				}
				a.saved()
				_, err = fmt.Fprintln(a.stdout, a.t(i18n.DemoDone, a.n(i18n.Entries, len(h.entries)), a.n(i18n.Days, len(h.leave)),
					h.from, a.today-1, displayPath(db.Path())))
				return err
			})
		},
	}
	cmd.Flags().IntVar(&years, "years", 1, a.t(i18n.FlagYears))
	cmd.Flags().IntVar(&perDay, "per-day", 0, a.t(i18n.FlagPerDay))
	return cmd
}

// demoRefusal refuses a database that is not empty (store.DB.IsEmpty),
// saying how many entries it has, or else that it has other data.
func (a *app) demoRefusal(cmd *cobra.Command, db *store.DB) error {
	empty, err := db.IsEmpty(cmd.Context())
	if err != nil || empty {
		return err
	}
	n, err := db.EntryCount(cmd.Context())
	if err != nil {
		return err
	}
	if n > 0 {
		return a.fail(i18n.DemoNotEmpty, displayPath(db.Path()), a.n(i18n.Entries, n))
	}
	return a.fail(i18n.DemoNotEmptyData, displayPath(db.Path()))
}

// demoHistory is generated history: leave, entries and account stages.
type demoHistory struct {
	from    rhythm.Date
	leave   []rhythm.Leave
	entries []rhythm.Entry
	stages  []rhythm.AccountStage
}

// newDemoHistory makes years of history up to the day before today. It is
// deterministic: the same arguments give the same history.
func newDemoHistory(s rhythm.Settings, today rhythm.Date, years, perDay int) demoHistory {
	rng := rand.New(rand.NewPCG(uint64(today), uint64(years*1000+perDay)))
	y, m, d := today.Civil()
	h := demoHistory{from: rhythm.NewDate(y-years, m, d)}
	targets := s.Targets(today)
	sum := 0
	for _, t := range targets {
		sum += t.Target.Daily()
	}
	scale := 1.0
	if perDay > 0 && sum > 0 {
		scale = float64(perDay) / float64(sum)
	}
	leave := demoLeave(rng, h.from, today)
	cal := rhythm.NewCalendar(s.History, nil)
	names := newDemoNames(rng)
	for i, c := range names.customers {
		h.stages = append(h.stages, rhythm.AccountStage{Name: c, Stage: rhythm.Customer})
		if i < 20 {
			h.stages = append(h.stages, rhythm.AccountStage{Name: names.suspects[100+i], Stage: rhythm.Prospect})
		}
	}
	for day := h.from; day < today; day++ {
		if kind, ok := leave[day]; ok {
			h.leave = append(h.leave, rhythm.Leave{Date: day, Kind: kind})
			continue
		}
		working := cal.IsWorkingDay(day)
		if !working && rng.Float64() > 0.03 {
			continue // now and then a mail on a weekend or holiday
		}
		var kinds []rhythm.Kind
		plan := demoDay(rng, working)
		if working && today-day <= 5 {
			plan = demoMet // the demo ends on a live streak, to show one
		}
		short := rng.IntN(max(1, len(targets)))
		for i, t := range targets {
			for range plan.count(rng, i == short, t.Target.Daily(), scale) {
				kinds = append(kinds, t.Kind)
			}
		}
		rng.Shuffle(len(kinds), func(i, j int) { kinds[i], kinds[j] = kinds[j], kinds[i] })
		// Spread the day's contacts over 08:30–17:30 local time. Now and
		// then (one day in 23, none of the last week) the rep logs a day
		// two days later, from notes: entries logged late, which the
		// team's figures count.
		dy, dm, dd := day.Civil()
		start := time.Date(dy, dm, dd, 8, 30, 0, 0, time.Local)
		if int(day)%demoLateEvery == 0 && today-day > 7 {
			start = start.AddDate(0, 0, 2)
		}
		step := 9 * time.Hour / time.Duration(len(kinds)+1)
		for i, k := range kinds {
			at := start.Add(step*time.Duration(i+1) + time.Duration(rng.Int64N(int64(step/2))))
			h.entries = append(h.entries, rhythm.Entry{
				ID: demoID(rng), Date: day, Kind: k,
				Who: names.who(k), Note: names.note(k), CreatedAt: at.UTC(), Outcome: demoOutcome(rng, k),
			})
		}
	}
	return h
}

// demoLateEvery makes one day in so many logged two days late.
const demoLateEvery = 23

// demoDayKind is how a generated day went.
type demoDayKind int

const (
	demoMet     demoDayKind = iota // every target, now and then a little more
	demoShort                      // one kind fell short
	demoLost                       // a day lost to meetings: nothing logged
	demoWeekend                    // a mail or call on a day off
)

// demoDay draws how a day goes: most working days met, some short, a few
// lost.
func demoDay(rng *rand.Rand, working bool) demoDayKind {
	if !working {
		return demoWeekend
	}
	switch r := rng.Float64(); {
	case r < 0.03:
		return demoLost
	case r < 0.15:
		return demoShort
	}
	return demoMet
}

// count draws one kind's count for the day; short marks the kind that falls
// short on a short day.
func (k demoDayKind) count(rng *rand.Rand, short bool, daily int, scale float64) int {
	base := daily
	if scale != 1 {
		base = int(float64(daily)*scale + rng.Float64())
	}
	switch k {
	case demoLost:
		return 0
	case demoWeekend:
		if daily > 0 && rng.IntN(3) == 0 {
			return 1
		}
		return 0
	case demoShort:
		if short {
			return max(0, base-1-rng.IntN(max(1, base/2)))
		}
	}
	if rng.IntN(6) == 0 {
		return base + 1 + rng.IntN(max(1, base/3)) // a surplus
	}
	return base
}

// demoID draws a random UUID from rng, so that the same demo has the same
// ids (README's pictures show them).
func demoID(rng *rand.Rand) string {
	id, err := uuid.NewRandomFromReader(rngReader{rng})
	if err != nil {
		panic(err) // rngReader never fails
	}
	return id.String()
}

// rngReader reads random bytes from a math/rand generator.
type rngReader struct{ rng *rand.Rand }

func (r rngReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.rng.Uint32())
	}
	return len(p), nil
}

// demoOutcome draws what a contact yielded: now and then a reply to a mail,
// a meeting from a call, a proposal, a deal won or lost after a visit.
func demoOutcome(rng *rand.Rand, k rhythm.Kind) rhythm.Outcome {
	r := rng.Float64()
	switch k {
	case rhythm.Mail:
		switch {
		case r < 0.08:
			return rhythm.Reply
		case r < 0.10:
			return rhythm.Meeting
		}
	case rhythm.Call:
		switch {
		case r < 0.10:
			return rhythm.Meeting
		case r < 0.15:
			return rhythm.Reply
		}
	case rhythm.Visit:
		switch {
		case r < 0.12:
			return rhythm.Proposal
		case r < 0.16:
			return rhythm.Won
		case r < 0.18:
			return rhythm.Lost
		}
	}
	return rhythm.NoOutcome
}

// demoLeave picks the leave of every year in [from, to): two weeks in the
// summer, the days between Christmas and New Year, and a few sick days.
func demoLeave(rng *rand.Rand, from, to rhythm.Date) map[rhythm.Date]rhythm.LeaveKind {
	leave := map[rhythm.Date]rhythm.LeaveKind{}
	add := func(first rhythm.Date, days int, kind rhythm.LeaveKind) {
		for d := first; d < first+rhythm.Date(days); d++ {
			if d >= from && d < to {
				leave[d] = kind
			}
		}
	}
	for y := from.Year(); y <= to.Year(); y++ {
		summer := rhythm.WeekStart(rhythm.NewDate(y, time.July, 15+rng.IntN(21)))
		add(summer, 12, rhythm.Vacation) // Monday to the Friday a week later
		add(rhythm.NewDate(y, time.December, 27), 5, rhythm.Vacation)
		for range 2 + rng.IntN(4) {
			add(rhythm.YearStart(y)+rhythm.Date(rng.IntN(365)), 1, rhythm.Sick)
		}
	}
	return leave
}

// demoNames hands out believable who and note values: suspects for mails,
// a smaller pool of customers for visits, both for calls.
type demoNames struct {
	rng       *rand.Rand
	suspects  []string
	customers []string
}

func newDemoNames(rng *rand.Rand) *demoNames {
	firsts := []string{"Van Dijk", "Bakker", "Jansen", "De Vries", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos",
		"Peters", "Hendriks", "Dekker", "Brouwer", "De Groot", "Noordzee", "Rijnmond", "Kempen", "Veluwe", "Zuidas",
		"Amstel", "Delta", "Polder", "Hollandia", "Oranje"}
	seconds := []string{"Logistiek", "Installatietechniek", "Bouw", "Foods", "ICT", "Advies", "Transport", "Metaal",
		"Zorg", "Energie", "Techniek", "Groep", "Retail", "Verpakkingen", "Software", "Media", "Vastgoed", "Agro",
		"Machinebouw", "Facilitair"}
	forms := []string{"B.V.", "BV", "& Zn", "Holding", "Nederland", ""}
	n := &demoNames{rng: rng}
	seen := map[string]bool{}
	for len(n.suspects) < 1000 {
		name := firsts[rng.IntN(len(firsts))] + " " + seconds[rng.IntN(len(seconds))]
		if f := forms[rng.IntN(len(forms))]; f != "" {
			name += " " + f
		}
		if !seen[name] {
			seen[name] = true
			n.suspects = append(n.suspects, name)
		}
		if len(seen) >= len(firsts)*len(seconds)*len(forms)-1 {
			break
		}
	}
	n.customers = n.suspects[:100]
	return n
}

func (n *demoNames) who(k rhythm.Kind) string {
	switch {
	case k == rhythm.Visit || (k == rhythm.Call && n.rng.IntN(2) == 0):
		return n.customers[n.rng.IntN(len(n.customers))]
	case n.rng.IntN(20) == 0:
		return "" // not every tick has a name
	}
	return n.suspects[n.rng.IntN(len(n.suspects))]
}

var demoNotes = map[rhythm.Kind][]string{
	rhythm.Mail:  {"intro", "follow-up", "case study sent", "invited to webinar", "asked for a call"},
	rhythm.Call:  {"left voicemail", "good talk", "call back next week", "wants a proposal", "not interested now"},
	rhythm.Visit: {"demo", "quarterly review", "met the new buyer", "site tour", "signed the renewal"},
}

func (n *demoNames) note(k rhythm.Kind) string {
	notes := demoNotes[k]
	if len(notes) == 0 || n.rng.IntN(3) != 0 {
		return ""
	}
	return notes[n.rng.IntN(len(notes))]
}
