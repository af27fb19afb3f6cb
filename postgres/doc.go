// Package postgres is ritme's server side on PostgreSQL (through
// github.com/jackc/pgx/v5): the schema and its versioned migrations, the
// rows of each rep as they sync (see package replica), the team's group
// roles and row-level security, and the per-day counts the team figures
// are made of. It owns all of ritme's PostgreSQL SQL.
package postgres
