// Package tui is ritme's terminal UI on Bubble Tea v2, and only that: the
// printed output of `ritme status` and `ritme days` is package cli's, and
// every text is package i18n's.
//
// The files, by what they hold:
//
//   - tui.go: Run and its Options.
//   - model.go: the root model: its mode (one value), the keys that work
//     everywhere, and the routing of everything else to the shown view.
//   - frame.go: the frame around the view: header, status and help lines.
//   - store.go, snapshot.go, queue.go, poll.go: what the TUI needs of the
//     database, the snapshot the views show, the queue that writes changes
//     in the order keys were pressed, and the poll for other processes'
//     changes.
//   - sync.go: the background sync with the server, when set up, and its
//     marker in the status line.
//   - team.go: the reads of the team's figures for the Team view
//     (view_team.go, its table in team_table.go), which shows for a
//     manager only.
//   - common.go: the state every view reads.
//   - view.go: the view interface and the array of views; view_*.go: one
//     view a file, each with its own Update, View and SetSize (Today's plan
//     in view_today_plan.go); period.go: what the Week, Month and Year views
//     share.
//   - component_*.go: reusable components: the list cursor, the forms (an
//     entry; an account's next follow-up), the tabs.
//   - keys.go: the one key map; styles.go: the one style sheet; text.go:
//     measuring, cutting and padding styled text.
//
// A new view is one view_*.go file with a type that implements view, a
// viewID and a line in newViews, and its name in i18n.Views.
//
// Every read and write runs in a tea.Cmd, in the order keys were pressed,
// so that no keystroke waits on the disk; a poll of PRAGMA data_version
// brings in what other ritme processes log.
package tui

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"ritme/i18n"
	"ritme/rhythm"
	"ritme/team"
)

// Run opens the TUI on st and returns when the rep quits, or when SIGHUP
// (the terminal was closed), SIGTERM or SIGINT asks it to stop: either way
// only once every queued change is written, so that the caller can close
// the database.
func Run(ctx context.Context, st Store, opts Options) error {
	// Bubble Tea's own handler would stop at once on SIGTERM and SIGINT and
	// leave SIGHUP to kill the process: these signals quit as q does.
	progOpts := []tea.ProgramOption{tea.WithContext(ctx), tea.WithoutSignalHandler()}
	// NO_COLOR set to anything means no colour at all (no-color.org).
	if os.Getenv("NO_COLOR") != "" {
		progOpts = append(progOpts, tea.WithColorProfile(colorprofile.Ascii))
	}
	m := newModel(ctx, st, opts)
	// The first snapshot is read before the program starts, so that the
	// first frame is already complete, and a database that cannot be read
	// is reported before the screen is taken over.
	snap, err := load(ctx, st, m.loadRequest())
	if err != nil {
		return err
	}
	m.c.snap = snap
	// So is the state of sync, for the first frame's marker; a read that
	// fails is tried again as the program starts.
	if m.syncs() {
		m.syncState(readState(ctx, opts.SyncState, &m.sync.seq))
	}
	p := tea.NewProgram(m, progOpts...)
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGHUP, syscall.SIGTERM, syscall.SIGINT)
	defer signal.Stop(signals)
	stopped, ended := make(chan os.Signal, 1), make(chan struct{})
	go func() {
		for {
			select {
			case sig := <-signals:
				select {
				case stopped <- sig:
				default:
				}
				p.Send(signalMsg{sig})
			case <-ended:
				return
			}
		}
	}()
	_, err = p.Run()
	close(ended)
	m.stopSync()
	m.stopTeam()
	m.finish(ctx)
	m.waitSync()
	m.waitTeam()
	select {
	case <-stopped:
		// Asked to stop: what the closed terminal may have made Run
		// report is no failure.
		return nil
	default:
	}
	return err
}

// Options tune the TUI.
type Options struct {
	// Today returns today's date. Nil means the local date now, so that a
	// TUI left open overnight moves on to the new day.
	Today func() rhythm.Date
	// Poll is how often the TUI looks for changes made by other ritme
	// processes; 0 means every 500 ms.
	Poll time.Duration
	// Lang is the language of the texts.
	Lang i18n.Lang

	// Sync runs one sync of the file with its server and returns how many
	// changes it received (also when it failed part way). The TUI calls it
	// in the background, never on the key path, one at a time: on start,
	// SyncDelay after each write it commits, and every SyncEvery; it stops
	// when ctx is cancelled, as when the rep quits. Nil, like a nil
	// SyncState, means the TUI never syncs and shows no sync marker.
	Sync func(ctx context.Context) (received int, err error)
	// SyncState reads whether sync is set up, how many changes wait and
	// when the last sync worked, for the status line's sync marker.
	SyncState func(ctx context.Context) (SyncState, error)
	// SyncEvery is how often the TUI syncs when set up; 0 means every
	// minute.
	SyncEvery time.Duration
	// SyncDelay is how long after a write the TUI syncs, so that a burst
	// of keys goes in one sync; 0 means 1.5 s.
	SyncDelay time.Duration

	// Team reads the team's figures on a date, for the Team view of a
	// manager (team.Read's). The TUI calls it in the background, never on
	// the key path, one at a time: on start, every TeamEvery, and as the
	// Team view opens or its day moves; it stops when ctx is cancelled, as
	// when the rep quits. It returns ErrNoTeam, or an error that wraps it,
	// when there is no team to show (no team server, or a role that is not
	// a manager): the Team view then never shows. Any other error's
	// message is shown as it is, so it says in one line, in the TUI's
	// language, why the figures could not be read. Nil means no Team view.
	Team func(ctx context.Context, d rhythm.Date) (team.Team, error)
	// TeamEvery is how often the Team view's figures are read again; 0
	// means every minute.
	TeamEvery time.Duration
	// Now returns the time now, for how long ago the reps synced and when
	// the Team view's figures were read. Nil means time.Now.
	Now func() time.Time
}
