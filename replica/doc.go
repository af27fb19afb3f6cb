// Package replica holds what keeps a rep's machines alike: the row as it
// travels between a local file and the server, the merge rule that decides
// which of two versions of a row holds, and the sync that sends a file's
// changes and fetches the others'. The rule is written once, here, and the
// server applies the same order (see Row.Priority): the last write wins per
// row, by the time of the change on the writer's clock and then the machine
// id, and a delete is a write. Only the start has a rule of its own. The
// package does no I/O itself: Sync works through the Local and Server
// interfaces.
package replica
