// Package i18n is how ritme speaks: the one catalogue of every text it
// shows or prints, in English and Dutch; the names of dates, kinds,
// outcomes, stages and kinds of leave, in both directions; and the way
// values are written for a reader: user text made safe for a terminal,
// signed numbers, rows of boxes.
//
// A text is a Text, written once in this package with both languages; a
// test fails when one lacks a language or when the two take different
// format verbs. JSON keys and values, setting keys and the words a user types stay
// English in both languages, but for the Dutch names that input also takes.
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language of ritme's texts: English or Dutch.
type Lang int

// The languages.
const (
	English Lang = iota
	Dutch
)

// ParseLang reads a language code: en or nl.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "en":
		return English, nil
	case "nl":
		return Dutch, nil
	}
	return English, fmt.Errorf("unknown language %q: use en or nl", s)
}

// LangFromLocale picks the language of the POSIX locale variables, in the
// order LC_ALL, LC_MESSAGES, LANG: the first one set decides, and nl_*
// (nl_NL.UTF-8, nl_BE, nl) means Dutch, anything else English.
func LangFromLocale(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if v == "nl" || strings.HasPrefix(v, "nl_") || strings.HasPrefix(v, "nl.") {
				return Dutch
			}
			return English
		}
	}
	return English
}

// Code returns the language's code: en or nl.
func (l Lang) Code() string {
	if l == Dutch {
		return "nl"
	}
	return "en"
}

// Text is one text of ritme in both languages: a fmt format. Texts are
// written as composite literals, Text{"…", "…"}, which the linker lays out
// in the binary: no process runs code at start-up to make them (as a
// function call would, 650 times). Catalogue (catalogue.go, generated)
// lists them all for the tests.
type Text struct{ en, nl string }

// Forms returns a Text's English and Dutch forms.
func (t Text) Forms() (en, nl string) { return t.en, t.nl }

// In returns the Text in l, unformatted.
func (t Text) In(l Lang) string {
	if l == Dutch {
		return t.nl
	}
	return t.en
}

// F formats t in l with args.
func (l Lang) F(t Text, args ...any) string {
	if len(args) == 0 {
		return t.In(l)
	}
	return fmt.Sprintf(t.In(l), args...)
}

// Counted is a count in both languages: its One and Many forms each take
// the number as their first argument.
type Counted struct{ One, Many Text }

// Count writes n with c: "1 date", "3 datums".
func (l Lang) Count(c Counted, n int) string { return l.Plural(n, c.One, c.Many) }

// Plural formats one when n is 1 and many otherwise; both take n as their
// first argument.
func (l Lang) Plural(n int, one, many Text, args ...any) string {
	t := many
	if n == 1 {
		t = one
	}
	return l.F(t, append([]any{n}, args...)...)
}
