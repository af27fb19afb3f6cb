package replica

import (
	"context"
	"fmt"
)

// Batch is how many rows travel in one step: one server transaction when
// sending, one local transaction when applying. A sync cut off between
// steps keeps what the steps before it did.
const Batch = 5000

// Local is the rep's file, as Sync uses it.
type Local interface {
	// Changes returns up to max changes that wait to be sent, each with
	// this file's machine id.
	Changes(ctx context.Context, max int) ([]Row, error)
	// Sent records that rows reached the server; a row changed again
	// since it was read keeps waiting.
	Sent(ctx context.Context, rows []Row) error
	// Apply applies, in one transaction, each of rows that wins over the
	// file's own version of it, and records that the server's changes up to
	// position were fetched. It returns how many rows it applied.
	Apply(ctx context.Context, rows []Row, position int64) (int, error)
	// Position returns how far the server's changes were fetched, and from
	// which server (its id).
	Position(ctx context.Context) (server string, position int64, err error)
	// Rebase prepares the file for another server than the one it synced
	// with: everything waits to be sent again, and nothing was fetched.
	Rebase(ctx context.Context, server string) error
}

// Server is the rep's rows on the server, as Sync uses it.
type Server interface {
	// ID returns the server's id, which changes when its database is made
	// anew.
	ID() string
	// Newest returns the position of the newest change the server has
	// stored: a file that fetched beyond it synced with a server since
	// restored from a backup, and fetches everything again.
	Newest() int64
	// Push stores rows, each where it wins over the server's version, in
	// one transaction.
	Push(ctx context.Context, rows []Row) error
	// Pull looks at up to max of the rep's changes after position, in the
	// order they were stored, and returns those of other machines and the
	// position of the last one looked at (position itself when none).
	Pull(ctx context.Context, after int64, max int) ([]Row, int64, error)
}

// Result is what a sync moved.
type Result struct {
	Sent     int `json:"sent"`
	Received int `json:"received"`
}

// Sync applies the server's changes from the rep's other machines, then
// sends the file's changes (those the applying made too), in batches,
// until neither has any left. Every step is safe to repeat: a sync cut off
// at any point and run again sends and applies each change once in effect.
func Sync(ctx context.Context, local Local, server Server) (Result, error) {
	var res Result
	id, position, err := local.Position(ctx)
	if err != nil {
		return res, err
	}
	if id != server.ID() || position > server.Newest() {
		if err := local.Rebase(ctx, server.ID()); err != nil {
			return res, err
		}
		position = 0
	}
	// Fetch, then send; a fetch that fails (a row this ritme cannot
	// apply, say) does not keep the file's own changes from the server.
	fetchErr := fetch(ctx, local, server, position, &res)
	for {
		rows, err := local.Changes(ctx, Batch)
		if err != nil {
			return res, err
		}
		if len(rows) == 0 {
			break
		}
		if err := server.Push(ctx, rows); err != nil {
			return res, fmt.Errorf("send: %w", err)
		}
		if err := local.Sent(ctx, rows); err != nil {
			return res, err
		}
		res.Sent += len(rows)
		if len(rows) < Batch {
			break
		}
	}
	return res, fetchErr
}

// fetch applies the server's changes after position, batch by batch.
func fetch(ctx context.Context, local Local, server Server, position int64, res *Result) error {
	for {
		rows, last, err := server.Pull(ctx, position, Batch)
		if err != nil {
			return fmt.Errorf("fetch: %w", err)
		}
		if last == position {
			return nil
		}
		n, err := local.Apply(ctx, rows, last)
		if err != nil {
			return err
		}
		res.Received += n
		position = last
	}
}
