package rhythm

import (
	"slices"
	"sort"
	"strings"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mw"
	"github.com/rickar/cal/v2/nc"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/ru"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"
)

// Holiday is a public holiday on one date. When two holidays share a date,
// the date counts once and Name joins both names.
type Holiday struct {
	Date Date
	Name string
}

// HolidaySet is a named list of holiday rules, such as "nl" or "none".
type HolidaySet struct {
	code  string
	rules []holidayRule
}

// holidayRule is one holiday, optionally only in some years.
type holidayRule struct {
	def    *cal.Holiday
	inYear func(year int) bool // nil: every year the definition applies
}

// The holiday set codes of ritme's own, besides the country codes of
// github.com/rickar/cal/v2.
const (
	HolidaysNL    = "nl"
	HolidaysNLAll = "nl-all"
	HolidaysNone  = "none"
)

// countries maps a country code to the whole Holidays list of its
// rickar/cal/v2 package.
var countries = map[string][]*cal.Holiday{
	"ar": ar.Holidays, "at": at.Holidays, "be": be.Holidays, "bg": bg.Holidays,
	"br": br.Holidays, "ca": ca.Holidays, "ch": ch.Holidays, "cz": cz.Holidays,
	"de": de.Holidays, "dk": dk.Holidays, "es": es.Holidays, "fr": fr.Holidays,
	"gb": gb.Holidays, "gr": gr.Holidays, "hr": hr.Holidays, "ie": ie.Holidays,
	"it": it.Holidays, "jp": jp.Holidays, "lt": lt.Holidays, "lv": lv.Holidays,
	"mw": mw.Holidays, "nc": nc.Holidays, "no": no.Holidays, "nz": nz.Holidays,
	"pl": pl.Holidays, "ro": ro.Holidays, "ru": ru.Holidays, "se": se.Holidays,
	"si": si.Holidays, "sk": sk.Holidays, "ua": ua.Holidays, "us": us.Holidays,
	"za": za.Holidays,
}

// lustrum reports whether year is divisible by 5: the years in which most
// Dutch collective agreements give Bevrijdingsdag off.
func lustrum(year int) bool { return year%5 == 0 }

// HolidaySetCodes lists every code that LookupHolidays accepts, sorted, with
// ritme's own sets first.
func HolidaySetCodes() []string {
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return append([]string{HolidaysNL, HolidaysNLAll, HolidaysNone}, codes...)
}

// LookupHolidays returns the holiday set for code:
//   - "nl": what most Dutch collective agreements give off: Nieuwjaarsdag,
//     Tweede Paasdag, Koningsdag (26 April when the 27th is a Sunday),
//     Hemelvaartsdag, Tweede Pinksterdag, Eerste and Tweede Kerstdag, and
//     Bevrijdingsdag in years divisible by 5;
//   - "nl-all": those plus Goede Vrijdag, and Bevrijdingsdag every year;
//   - "none": no holidays;
//   - any other code of HolidaySetCodes: the whole Holidays list of that
//     country's rickar/cal/v2 package, on their observed dates.
func LookupHolidays(code string) (HolidaySet, error) {
	code = strings.ToLower(strings.TrimSpace(code))
	switch code {
	case HolidaysNone:
		return HolidaySet{code: code}, nil
	case HolidaysNL:
		return HolidaySet{code: code, rules: []holidayRule{
			{def: nl.Nieuwjaar}, {def: nl.TweedePaasdag}, {def: nl.Koningsdag},
			{def: nl.BevrijdingsDag, inYear: lustrum}, {def: nl.Hemelvaart},
			{def: nl.TweedePinksterDag}, {def: nl.EersteKerstdag}, {def: nl.TweedeKerstdag},
		}}, nil
	case HolidaysNLAll:
		return HolidaySet{code: code, rules: rulesOf(nl.Holidays)}, nil
	}
	if defs, ok := countries[code]; ok {
		return HolidaySet{code: code, rules: rulesOf(defs)}, nil
	}
	return HolidaySet{}, inputError(ErrHolidays, code, strings.Join(HolidaySetCodes()[3:], ", "))
}

func rulesOf(defs []*cal.Holiday) []holidayRule {
	rules := make([]holidayRule, len(defs))
	for i, d := range defs {
		rules[i] = holidayRule{def: d}
	}
	return rules
}

// Code returns the code the set was looked up by.
func (s HolidaySet) Code() string { return s.code }

// In returns the holidays of year in date order, one per date.
func (s HolidaySet) In(year int) []Holiday {
	var list []Holiday
	for _, r := range s.rules {
		// An observed date can move into the next or previous year (New
		// Year's Day on a Saturday observed on 31 December), so the
		// neighbouring years' occurrences are looked at too.
		for y := year - 1; y <= year+1; y++ {
			if r.inYear != nil && !r.inYear(y) {
				continue
			}
			_, observed := r.def.Calc(y)
			if observed.IsZero() {
				continue
			}
			d := DateOf(observed)
			if d.Year() != year {
				continue
			}
			if i := slices.IndexFunc(list, func(h Holiday) bool { return h.Date == d }); i >= 0 {
				if !strings.Contains(list[i].Name, r.def.Name) {
					list[i].Name += " / " + r.def.Name
				}
				continue
			}
			list = append(list, Holiday{Date: d, Name: r.def.Name})
		}
	}
	slices.SortFunc(list, func(a, b Holiday) int { return int(a.Date - b.Date) })
	return list
}
