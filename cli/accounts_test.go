package cli

import (
	"encoding/json"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// touch is one hand-made entry: a contact with who on date, and what it
// yielded.
type touch struct{ date, kind, who, outcome string }

// importHistory adds touches to db with one import of a hand-made CSV, in
// their order: ids h00001, h00002, … and created_at a minute apart, so that
// the last touch of an account is its most recent spelling.
func importHistory(t *testing.T, db string, touches []touch) {
	t.Helper()
	importHistoryAs(t, db, "h", touches)
}

// importHistoryAs is importHistory with ids that begin with prefix.
func importHistoryAs(t *testing.T, db, prefix string, touches []touch) {
	t.Helper()
	var b strings.Builder
	b.WriteString("id,date,kind,who,note,created_at,outcome\n")
	at := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	for i, tc := range touches {
		fmt.Fprintf(&b, "%s%05d,%s,%s,%s,,%s,%s\n", prefix, i+1, tc.date, tc.kind, tc.who,
			at.Add(time.Duration(i)*time.Minute).Format("2006-01-02T15:04:05.000000Z"), tc.outcome)
	}
	out := must(t, db, "import", writeFile(t, "history.csv", b.String()))
	if want := fmt.Sprintf("imported %d entr", len(touches)); !strings.Contains(out, want) {
		t.Fatalf("import of the history printed %q", out)
	}
}

// series returns one touch of kind with who on each of dates.
func series(kind, who string, dates ...string) []touch {
	var out []touch
	for _, d := range dates {
		out = append(out, touch{d, kind, who, ""})
	}
	return out
}

// gotAccount is one account of `ritme accounts --json` and `ritme next
// --json`.
type gotAccount struct {
	Name             string         `json:"name"`
	Key              string         `json:"key"`
	Stage            string         `json:"stage"`
	Touches          int            `json:"touches"`
	ByKind           map[string]int `json:"by_kind"`
	First            string         `json:"first"`
	Last             string         `json:"last"`
	DaysSinceLast    int            `json:"days_since_last"`
	Readiness        string         `json:"readiness"`
	Outcomes         map[string]int `json:"outcomes"`
	TouchesToMeeting int            `json:"touches_to_meeting"`
}

// accountKeys are the keys of every object in `accounts --json`.
var accountKeys = []string{"name", "key", "stage", "touches", "by_kind", "first", "last", "days_since_last", "readiness", "outcomes", "touches_to_meeting"}

// accountsJSON runs `ritme ARGS` (accounts or next, with --json), checks
// that every object has exactly accountKeys, and returns the accounts.
func accountsJSON(t *testing.T, db string, args ...string) []gotAccount {
	t.Helper()
	out := must(t, db, args...)
	var raw []any
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatalf("ritme %q: %v\n%s", args, err, out)
	}
	if raw == nil {
		t.Errorf("ritme %q printed %q, want an array", args, out)
	}
	for i, v := range raw {
		checkKeys(t, fmt.Sprintf("%s[%d]", args[0], i), v, accountKeys...)
	}
	var got []gotAccount
	decodeJSON(t, out, &got)
	return got
}

// accountKeysOf returns the keys of accounts, in order.
func accountKeysOf(as []gotAccount) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Key
	}
	return out
}

// accountsHistory is a hand-made history seen on testToday, Monday 2 March
// 2026. In working days since the last touch (not counting that day): 5
// Feb → 17, 16 Feb → 10, 22 Jan → 27, 26 Feb → 2, 2 March → 0.
func accountsHistory(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	var h []touch
	// Warm Co: 4 touches, warming.
	h = append(h, series("mail", "Warm Co", "2026-02-02", "2026-02-03", "2026-02-04", "2026-02-05")...)
	// Ready Co: 6 touches, a reply on the fifth; ready.
	h = append(h,
		touch{"2026-02-09", "mail", "Ready Co", ""},
		touch{"2026-02-10", "mail", "ready co", ""},
		touch{"2026-02-11", "call", "Ready Co", ""},
		touch{"2026-02-12", "mail", "Ready Co", ""},
		touch{"2026-02-13", "call", "Ready Co", "reply"},
		touch{"2026-02-16", "visit", "Ready Co", ""},
	)
	// Stuck Co: 9 mails, two replies, no meeting; stuck.
	stuck := series("mail", "Stuck Co", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16", "2026-01-19", "2026-01-20", "2026-01-21", "2026-01-22")
	stuck[2].outcome, stuck[6].outcome = "reply", "reply"
	h = append(h, stuck...)
	// Met Co: 9 touches, a meeting on the fifth; ready.
	h = append(h,
		touch{"2026-02-16", "mail", "Met Co", ""},
		touch{"2026-02-17", "mail", "Met Co", ""},
		touch{"2026-02-18", "call", "Met Co", ""},
		touch{"2026-02-19", "mail", "Met Co", ""},
		touch{"2026-02-20", "call", "Met Co", "meeting"},
		touch{"2026-02-23", "visit", "Met Co", ""},
		touch{"2026-02-24", "visit", "Met Co", "proposal"},
		touch{"2026-02-25", "mail", "Met Co", ""},
		touch{"2026-02-26", "call", "Met Co", ""},
	)
	// Acme BV in three spellings; the last imported is the most recent.
	h = append(h,
		touch{"2026-02-27", "mail", "acme bv", ""},
		touch{"2026-02-25", "call", "ACME  BV", "reply"},
		touch{"2026-03-02", "mail", "Acme BV", ""},
	)
	// Entries without who name no account.
	h = append(h, touch{"2026-02-27", "mail", "", "reply"}, touch{"2026-02-27", "call", "", ""})
	importHistory(t, db, h)
	must(t, db, "account", "set", "READY co", "--stage", "prospect")
	must(t, db, "account", "set", "met  co", "--stage", "customer")
	must(t, db, "account", "set", "Nieuw BV", "--stage", "prospect") // no entries
	return db
}

func TestAccountSet(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	out := must(t, db, "account", "set", "Acme BV", "--stage", "prospect")
	if out != "Acme BV is a prospect\n" {
		t.Errorf("account set printed %q", out)
	}
	got := accountsJSON(t, db, "accounts", "--json")
	want := gotAccount{Name: "Acme BV", Key: "acme", Stage: "prospect", ByKind: map[string]int{}, Readiness: "warming", Outcomes: map[string]int{}}
	if len(got) != 1 || fmt.Sprint(got[0]) != fmt.Sprint(want) {
		t.Fatalf("accounts after account set: %+v, want %+v", got, want)
	}
	// Another spelling names the same account; the stage is case-free.
	must(t, db, "account", "set", "  acme   BV ", "--stage", "CUSTOMER")
	must(t, db, "log", "mail", "--who", "ACME bv")
	got = accountsJSON(t, db, "accounts", "--json")
	if len(got) != 1 || got[0].Name != "ACME bv" || got[0].Stage != "customer" || got[0].Touches != 1 {
		t.Errorf("accounts after a second account set and a mail: %+v", got)
	}
	// Back to suspect, explicitly.
	must(t, db, "account", "set", "Acme BV", "--stage", "suspect")
	if got := accountsJSON(t, db, "accounts", "--json"); len(got) != 1 || got[0].Stage != "suspect" {
		t.Errorf("accounts after setting suspect: %+v", got)
	}
}

func TestAccountSetBad(t *testing.T) {
	t.Parallel()
	db := seeded(t)
	must(t, db, "account", "set", "Acme BV", "--stage", "customer")
	refusedWant(t, db, 2, []badCase{
		{"boss", []string{"account", "set", "Acme BV", "--stage", "boss"}},
		{"boss", []string{"account", "set", "Nieuw", "--stage", "boss"}},
		{"stage", []string{"account", "set", "Acme BV"}}, // no --stage
		{"stage", []string{"account", "set", "Acme BV", "--stage", ""}},
		{"name", []string{"account", "set", "", "--stage", "prospect"}},
		{"name", []string{"account", "set", " \t ", "--stage", "prospect"}},
		{"arg", []string{"account", "set", "--stage", "prospect"}},
		{"arg", []string{"account", "set", "Acme", "BV", "--stage", "prospect"}},
		{"stage", []string{"account", "set", "Acme BV", "--stage"}},
		{"NAME", []string{"account", "set", strings.Repeat("x", 201), "--stage", "prospect"}},
		{"UTF-8", []string{"account", "set", "bad \xff", "--stage", "prospect"}},
		{"--bogus", []string{"account", "set", "Acme BV", "--stage", "prospect", "--bogus"}},
		{"frob", []string{"account", "frob"}},
	})
	if got := accountsJSON(t, db, "accounts", "--json"); len(got) != 2 || got[0].Key != "bakker bouw" || got[1].Key != "acme" || got[1].Stage != "customer" {
		t.Errorf("accounts after refused commands: %+v", got)
	}
}

func TestAccountsJSON(t *testing.T) {
	t.Parallel()
	db := accountsHistory(t)
	got := accountsJSON(t, db, "accounts", "--json")
	want := []gotAccount{
		{Name: "Acme BV", Key: "acme", Stage: "suspect", Touches: 3, ByKind: map[string]int{"mail": 2, "call": 1},
			First: "2026-02-25", Last: "2026-03-02", DaysSinceLast: 0, Readiness: "warming", Outcomes: map[string]int{"reply": 1}},
		{Name: "Met Co", Key: "met co", Stage: "customer", Touches: 9, ByKind: map[string]int{"mail": 4, "call": 3, "visit": 2},
			First: "2026-02-16", Last: "2026-02-26", DaysSinceLast: 2, Readiness: "ready", Outcomes: map[string]int{"meeting": 1, "proposal": 1},
			TouchesToMeeting: 5},
		{Name: "Ready Co", Key: "ready co", Stage: "prospect", Touches: 6, ByKind: map[string]int{"mail": 3, "call": 2, "visit": 1},
			First: "2026-02-09", Last: "2026-02-16", DaysSinceLast: 10, Readiness: "ready", Outcomes: map[string]int{"reply": 1}},
		{Name: "Warm Co", Key: "warm co", Stage: "suspect", Touches: 4, ByKind: map[string]int{"mail": 4},
			First: "2026-02-02", Last: "2026-02-05", DaysSinceLast: 17, Readiness: "warming", Outcomes: map[string]int{}},
		{Name: "Stuck Co", Key: "stuck co", Stage: "suspect", Touches: 9, ByKind: map[string]int{"mail": 9},
			First: "2026-01-12", Last: "2026-01-22", DaysSinceLast: 27, Readiness: "stuck", Outcomes: map[string]int{"reply": 2}},
		{Name: "Nieuw BV", Key: "nieuw", Stage: "prospect", ByKind: map[string]int{}, Readiness: "warming", Outcomes: map[string]int{}},
	}
	// The default order is by last touch, most recent first.
	if len(got) != len(want) {
		t.Fatalf("accounts --json: %v, want %v", accountKeysOf(got), accountKeysOf(want))
	}
	for i := range want {
		if fmt.Sprint(got[i]) != fmt.Sprint(want[i]) {
			t.Errorf("accounts --json [%d]:\n%+v, want\n%+v", i, got[i], want[i])
		}
	}
	if again := accountsJSON(t, db, "accounts", "--json", "--sort", "last"); fmt.Sprint(again) != fmt.Sprint(got) {
		t.Errorf("--sort last differs from the default order")
	}
}

func TestAccountsSortAndFilter(t *testing.T) {
	t.Parallel()
	db := accountsHistory(t)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{nil, []string{"acme", "met co", "ready co", "warm co", "stuck co", "nieuw"}},
		{[]string{"--sort", "last"}, []string{"acme", "met co", "ready co", "warm co", "stuck co", "nieuw"}},
		// Most touches first; a tie goes by name.
		{[]string{"--sort", "touches"}, []string{"met co", "stuck co", "ready co", "warm co", "acme", "nieuw"}},
		{[]string{"--sort", "TOUCHES"}, []string{"met co", "stuck co", "ready co", "warm co", "acme", "nieuw"}},
		{[]string{"--sort", "name"}, []string{"acme", "met co", "nieuw", "ready co", "stuck co", "warm co"}},
		{[]string{"--stage", "prospect"}, []string{"ready co", "nieuw"}},
		{[]string{"--stage", "Prospect", "--sort", "name"}, []string{"nieuw", "ready co"}},
		{[]string{"--stage", "customer"}, []string{"met co"}},
		{[]string{"--stage", "suspect", "--sort", "touches"}, []string{"stuck co", "warm co", "acme"}},
	} {
		got := accountKeysOf(accountsJSON(t, db, append([]string{"accounts", "--json"}, c.args...)...))
		if !slices.Equal(got, c.want) {
			t.Errorf("accounts %q: %v, want %v", c.args, got, c.want)
		}
		// The table shows the same accounts in the same order.
		out := must(t, db, append([]string{"accounts"}, c.args...)...)
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		if len(lines) != 1+len(c.want) || !strings.HasPrefix(lines[0], "NAME") {
			t.Errorf("accounts %q printed\n%s", c.args, out)
			continue
		}
		names := map[string]string{"acme": "Acme BV", "met co": "Met Co", "ready co": "Ready Co", "warm co": "Warm Co", "stuck co": "Stuck Co", "nieuw": "Nieuw BV"}
		for i, key := range c.want {
			if !strings.HasPrefix(lines[i+1], names[key]+" ") {
				t.Errorf("accounts %q: line %d is %q, want %s", c.args, i+2, lines[i+1], names[key])
			}
		}
	}
	// A stage nobody has: an empty list.
	if got := accountsJSON(t, newDB(t), "accounts", "--json", "--stage", "customer"); len(got) != 0 {
		t.Errorf("accounts of an empty database: %+v", got)
	}
}

func TestAccountsTable(t *testing.T) {
	t.Parallel()
	db := accountsHistory(t)
	out := must(t, db, "accounts", "--sort", "name")
	rows := map[string][]string{}
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n")[1:] {
		f := strings.Fields(line)
		rows[f[0]+" "+f[1]] = f[2:]
	}
	// NAME STAGE TOUCHES MAIL/CALL/VISIT LAST DAYS 5–7-bar readiness
	for name, want := range map[string]string{
		"Acme BV":  "suspect 3 2/1/0 2026-03-02 0",
		"Met Co":   "customer 9 4/3/2 2026-02-26 2",
		"Nieuw BV": "prospect 0 0/0/0 - -",
		"Ready Co": "prospect 6 3/2/1 2026-02-16 10",
		"Stuck Co": "suspect 9 9/0/0 2026-01-22 27",
		"Warm Co":  "suspect 4 4/0/0 2026-02-05 17",
	} {
		f := rows[name]
		if len(f) != 7 || strings.Join(f[:5], " ") != want {
			t.Errorf("accounts: row %s is %q, want %q then the bar and the readiness", name, f, want)
		}
	}
	for name, want := range map[string]string{"Acme BV": "warming", "Met Co": "ready", "Nieuw BV": "warming", "Ready Co": "ready", "Stuck Co": "stuck", "Warm Co": "warming"} {
		if f := rows[name]; len(f) == 0 || f[len(f)-1] != want {
			t.Errorf("accounts: %s is %q, want %s", name, f, want)
		}
	}
	if out := must(t, newDB(t), "accounts"); !strings.Contains(out, "no accounts yet") {
		t.Errorf("accounts of an empty database printed %q", out)
	}
	// Names are shown without control characters.
	db2 := newDB(t)
	must(t, db2, "log", "mail", "--who", "Evil\x1b[2J\tCorp")
	if out := must(t, db2, "accounts"); strings.ContainsAny(out, "\x1b\t") {
		t.Errorf("accounts printed control characters: %q", out)
	}
}

// TestAccountsReadiness builds each readiness from nothing through the log
// command: 4 touches warming, 6 ready, 9 without a meeting stuck, 9 with a
// meeting ready.
func TestAccountsReadiness(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	readiness := func() map[string]string {
		out := map[string]string{}
		for _, a := range accountsJSON(t, db, "accounts", "--json") {
			out[a.Key] = fmt.Sprintf("%d %s", a.Touches, a.Readiness)
		}
		return out
	}
	must(t, db, "log", "mail", "-n", "4", "--who", "Four", "--date", "2026-02-02")
	must(t, db, "log", "mail", "-n", "6", "--who", "Six", "--date", "2026-02-02")
	must(t, db, "log", "mail", "-n", "9", "--who", "Nine", "--date", "2026-02-02")
	must(t, db, "log", "mail", "-n", "8", "--who", "Nine Met", "--date", "2026-02-02")
	must(t, db, "log", "call", "--who", "nine met", "--outcome", "meeting", "--date", "2026-02-03")
	want := map[string]string{"four": "4 warming", "six": "6 ready", "nine": "9 stuck", "nine met": "9 ready"}
	if got := readiness(); !maps.Equal(got, want) {
		t.Errorf("readiness %v, want %v", got, want)
	}
	// The boundaries: the fifth touch makes ready, the eighth stuck; a
	// reply or a loss is no meeting; a proposal is.
	must(t, db, "log", "mail", "--who", "Four", "--outcome", "reply")
	must(t, db, "log", "mail", "-n", "2", "--who", "Six", "--outcome", "lost")
	want["four"], want["six"] = "5 ready", "8 stuck"
	if got := readiness(); !maps.Equal(got, want) {
		t.Errorf("readiness %v, want %v", got, want)
	}
	out := must(t, db, "log", "mail", "--who", "Six")
	id := out[strings.LastIndex(out, " ")+1 : len(out)-1]
	must(t, db, "outcome", id, "proposal")
	want["six"] = "9 ready"
	if got := readiness(); !maps.Equal(got, want) {
		t.Errorf("readiness %v, want %v", got, want)
	}
	if a := accountsJSON(t, db, "accounts", "--json", "--sort", "name"); a[3].Key != "six" || a[3].TouchesToMeeting != 9 {
		t.Errorf("six: %+v, want 9 touches to the meeting", a[3])
	}
}

func TestAccountsBad(t *testing.T) {
	t.Parallel()
	db := accountsHistory(t)
	refusedWant(t, db, 2, []badCase{
		{"boss", []string{"accounts", "--stage", "boss"}},
		{"--sort", []string{"accounts", "--sort", "date"}},
		{"--sort", []string{"accounts", "--sort", ""}},
		{"--sort", []string{"accounts", "--json", "--sort", "first"}},
		{"stage", []string{"accounts", "--stage"}},
		{"extra", []string{"accounts", "extra"}},
		{"--bogus", []string{"accounts", "--bogus"}},
	})
}

// nextHistory is a pool seen on testToday, Monday 2 March 2026.
func nextHistory(t *testing.T) string {
	t.Helper()
	db := newDB(t)
	var h []touch
	h = append(h, series("mail", "Vandaag", "2026-02-02", "2026-03-02")...)                              // touched today: never
	h = append(h, series("visit", "Klant", "2026-01-05")...)                                             // a customer: never
	h = append(h, series("mail", "Recent", "2026-02-26")...)                                             // 2 working days ago
	h = append(h, series("mail", "Later", "2026-02-24")...)                                              // 4 working days ago
	h = append(h, series("mail", "Due Four", "2026-01-26", "2026-01-27", "2026-01-28", "2026-02-02")...) // 20 ago, 4 touches
	h = append(h, series("mail", "Due One", "2026-02-16")...)                                            // 10 ago
	h = append(h, series("mail", "Due One Older", "2026-02-03")...)                                      // 19 ago
	stuck := series("mail", "Stuck", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16", "2026-01-19", "2026-01-20", "2026-01-21", "2026-01-22")
	met := series("call", "Met", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16", "2026-01-19", "2026-01-20", "2026-01-21", "2026-01-22")
	met[3].outcome = "meeting"
	h = append(append(h, stuck...), met...)
	importHistory(t, db, h)
	must(t, db, "account", "set", "Klant", "--stage", "customer")
	must(t, db, "account", "set", "Due Four", "--stage", "prospect")
	must(t, db, "account", "set", "Nieuw", "--stage", "prospect")        // never touched
	must(t, db, "account", "set", "Nieuwe Klant", "--stage", "customer") // never touched, a customer
	return db
}

// nextOrder is what `ritme next --help` documents, on nextHistory: first
// those not touched for 5 working days or more (a never-touched account
// counts as untouched for the longest), fewest touches first, then the
// longest untouched; then the others, longest untouched first; stuck last.
var nextOrder = []string{"nieuw", "due one older", "due one", "due four", "met", "later", "recent", "stuck"}

func TestNext(t *testing.T) {
	t.Parallel()
	db := nextHistory(t)
	if got := accountKeysOf(accountsJSON(t, db, "next", "--json", "-n", "100")); !slices.Equal(got, nextOrder) {
		t.Errorf("next -n 100: %v, want %v", got, nextOrder)
	}
	// Five by default, so that the day's mails need no thinking.
	if got := accountKeysOf(accountsJSON(t, db, "next", "--json")); !slices.Equal(got, nextOrder[:5]) {
		t.Errorf("next: %v, want %v", got, nextOrder[:5])
	}
	for _, n := range []int{1, 3, 8, 1000} {
		if got := accountKeysOf(accountsJSON(t, db, "next", "--json", "-n", fmt.Sprint(n))); !slices.Equal(got, nextOrder[:min(n, len(nextOrder))]) {
			t.Errorf("next -n %d: %v", n, got)
		}
	}
	if got := accountKeysOf(accountsJSON(t, db, "next", "--json", "--count", "2")); !slices.Equal(got, nextOrder[:2]) {
		t.Errorf("next --count 2: %v", got)
	}
	// The JSON objects are those of accounts --json.
	all := map[string]gotAccount{}
	for _, a := range accountsJSON(t, db, "accounts", "--json") {
		all[a.Key] = a
	}
	for _, a := range accountsJSON(t, db, "next", "--json", "-n", "100") {
		if fmt.Sprint(a) != fmt.Sprint(all[a.Key]) {
			t.Errorf("next --json %s: %+v, accounts --json says %+v", a.Key, a, all[a.Key])
		}
		if a.Stage == "customer" || a.Last == testToday {
			t.Errorf("next lists %s (%s, last %s)", a.Key, a.Stage, a.Last)
		}
	}

	// The human list: numbered, in the same order.
	out := must(t, db, "next", "-n", "100")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	names := []string{"Nieuw", "Due One Older", "Due One", "Due Four", "Met", "Later", "Recent", "Stuck"}
	if len(lines) != len(names) {
		t.Fatalf("next printed\n%s", out)
	}
	for i, name := range names {
		if want := fmt.Sprintf("%d.  %s  ", i+1, name); !strings.HasPrefix(lines[i], want) {
			t.Errorf("next line %d: %q, want it to begin %q", i+1, lines[i], want)
		}
	}
	for i, want := range []string{"prospect 0 touches never touched warming", "suspect 1 touch last 2026-02-03 (19 working days ago) warming",
		"suspect 1 touch last 2026-02-16 (10 working days ago) warming", "prospect 4 touches last 2026-02-02 (20 working days ago) warming"} {
		if got := strings.Join(strings.Fields(lines[i]), " "); !strings.Contains(got, want) {
			t.Errorf("next line %d: %q does not say %q", i+1, lines[i], want)
		}
	}
	if !strings.HasSuffix(lines[len(lines)-1], "stuck") {
		t.Errorf("next: the last line %q is not the stuck account", lines[len(lines)-1])
	}

	// On another day: the one touched that day is left out.
	var other []gotAccount
	decodeJSON(t, mustAt(t, db, "2026-02-26", "next", "--json", "-n", "100"), &other)
	if got := accountKeysOf(other); len(got) == 0 || slices.Contains(got, "recent") {
		t.Errorf("next on 26 February: %v, want a list without recent, touched that day", got)
	}
}

func TestNextEmpty(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	if out := must(t, db, "next"); !strings.Contains(out, "nobody to suggest") {
		t.Errorf("next on an empty database printed %q", out)
	}
	if out := must(t, db, "next", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("next --json on an empty database printed %q", out)
	}
	// Only customers and accounts touched today: nobody either.
	must(t, db, "log", "mail", "--who", "Today BV")
	must(t, db, "log", "mail", "--who", "Klant", "--date", "2026-01-05")
	must(t, db, "account", "set", "klant", "--stage", "customer")
	if got := accountsJSON(t, db, "next", "--json"); len(got) != 0 {
		t.Errorf("next: %+v, want nobody", got)
	}
	// The pool exists: next says why nobody is left, not how to build one.
	out := must(t, db, "next")
	if !strings.Contains(out, "nobody left to suggest today: every suspect and prospect was touched today or rests after a lost deal") ||
		strings.Contains(out, "build your pool") {
		t.Errorf("next with everyone touched today printed %q", out)
	}
	if out := must(t, db, "--lang", "nl", "next"); !strings.Contains(out, "vandaag niemand meer voor te stellen") {
		t.Errorf("next in Dutch printed %q", out)
	}
	only := newDB(t)
	must(t, only, "account", "set", "Klant BV", "--stage", "customer")
	if out := must(t, only, "next"); !strings.Contains(out, "every account is a customer") {
		t.Errorf("next with only customers printed %q", out)
	}
	// A lost deal rests the account; a reply after it ends the rest.
	rest := newDB(t)
	mustAt(t, rest, "2026-02-02", "log", "call", "--who", "Lost BV", "--outcome", "lost")
	if got := accountsJSON(t, rest, "next", "--json"); len(got) != 0 {
		t.Errorf("next after a lost deal: %+v, want nobody", got)
	}
	if out := must(t, rest, "accounts"); !strings.Contains(out, "resting until 2026-05-03") {
		t.Errorf("accounts does not say the rest: %q", out)
	}
	mustAt(t, rest, "2026-02-03", "log", "mail", "--who", "lost bv", "--date", "2026-02-03", "--outcome", "reply")
	if got := accountsJSON(t, rest, "next", "--json"); len(got) != 1 {
		t.Errorf("next after a reply that ends the rest: %+v, want Lost BV", got)
	}
}

func TestNextNeverCreatesADatabase(t *testing.T) {
	t.Parallel()
	db := newDB(t)
	for _, args := range [][]string{{"next"}, {"accounts"}, {"plan"}, {"follow-ups"}, {"plan", "--json"}, {"follow-ups", "--json"}} {
		must(t, db, args...)
		if got := snapshot(t, db); got != "no database file" {
			t.Fatalf("ritme %v created the database", args)
		}
	}
}

func TestNextBad(t *testing.T) {
	t.Parallel()
	db := nextHistory(t)
	refusedWant(t, db, 2, []badCase{
		{"-n", []string{"next", "-n", "0"}},
		{"-n", []string{"next", "-n", "-1"}},
		{"-n", []string{"next", "-n", "1001"}},
		{"x", []string{"next", "-n", "x"}},
		{"-n", []string{"next", "--json", "-n", "0"}},
		{"extra", []string{"next", "extra"}},
		{"--bogus", []string{"next", "--bogus"}},
	})
}

// TestNewCommandsFailingCreateNothing: the commands of issue 5, refused on
// a database that does not exist yet, do not create it.
func TestNewCommandsFailingCreateNothing(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "new", "ritme.db")
	badStage := writeFile(t, "bad.csv", "date,kind,who,stage\n2026-02-23,mail,Acme,boss\n")
	for _, args := range [][]string{
		{"log", "mail", "--outcome", "maybe"},
		{"outcome", "0123abcd", "reply"},
		{"outcome", "0123abcd", "maybe"},
		{"account", "set", "Acme", "--stage", "boss"},
		{"account", "set", "", "--stage", "prospect"},
		{"accounts", "--stage", "boss"},
		{"accounts", "--sort", "date"},
		{"next", "-n", "0"},
		{"report", "--from", "2026-02-30"},
		{"report", "--from", "2026-03-01", "--to", "2026-02-01"},
		{"import", badStage},
	} {
		out, errOut, code := ritme(t, db, args...)
		if code != 2 || out != "" {
			t.Errorf("ritme %q: exit %d, stdout %q; want 2 and nothing", args, code, out)
		}
		checkErrLine(t, errOut)
		if snapshot(t, db) != "no database file" {
			t.Fatalf("ritme %q created the database", args)
		}
	}
}

func TestAccountsHelp(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"account", "set", "--help"}, {"accounts", "--help"}, {"next", "--help"}, {"outcome", "--help"}, {"report", "--help"}} {
		out, errOut, code := exe(t, opts{}, args...)
		if code != 0 || !strings.Contains(out, "Usage:") || errOut != "" {
			t.Errorf("ritme %q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
	out, _, _ := exe(t, opts{}, "--help")
	for _, cmd := range []string{"account", "accounts", "next", "outcome", "report"} {
		if !strings.Contains(out, "  "+cmd+" ") {
			t.Errorf("--help does not list %s:\n%s", cmd, out)
		}
	}
	// The order TestNext checks is the one next --help documents.
	help, _, _ := exe(t, opts{}, "next", "--help")
	help = strings.Join(strings.Fields(help), " ")
	for _, want := range []string{"Never one touched today", "not touched for 5 working days or more (or never), fewest touches first, then the longest untouched",
		"then the others, longest untouched first", "stuck accounts (over 7 touches without a meeting) last", "Customers are not listed"} {
		if !strings.Contains(help, want) {
			t.Errorf("next --help does not say %q:\n%s", want, help)
		}
	}
}
