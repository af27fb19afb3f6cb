// Package pgtest helps tests that talk to a real PostgreSQL server, never a
// mock.
//
// The server is the one ServerURL names: RITME_TEST_PG, or a local server at
// 127.0.0.1:5432 with trust authentication. Without one, tests that call Need
// or NewDatabase are skipped, or fail when RITME_PG=1 (as in CI).
//
// NewDatabase gives each test a database of its own, with roles made by
// NewRole, all dropped when the test ends. NewProxy puts a TCP proxy between
// the code under test and the server, so a test can make the server look
// down, up again, or restarted.
package pgtest
