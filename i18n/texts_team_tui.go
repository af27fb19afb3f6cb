package i18n

// The texts of the TUI's Team view, for a manager: its tab, its column
// headings, what it says it left out, and how fresh its figures are.
var (
	// TeamViewName is the Team view's tab. It is not in Views: the tab
	// shows only for a manager.
	TeamViewName = Text{"Team", "Team"}

	// The headings of the columns, also named by TeamViewNarrow.
	TeamViewRep      = Text{"rep", "verkoper"}
	TeamViewToday    = Text{"today", "vandaag"}
	TeamViewStreak   = Text{"streak", "reeks"}
	TeamViewDaysMet  = Text{"days met w·m·y", "gehaald w·m·j"}
	TeamViewYTD      = Text{"ytd", "dit jaar"}
	TeamViewPace     = Text{"pace", "tempo"}
	TeamViewMeetings = Text{"meetings/100", "afspraken/100"}
	TeamViewLate     = Text{"late", "te laat"}
	TeamViewSynced   = Text{"synced", "sync"}

	TeamViewLegend = Text{"per kind: %s", "per soort: %s"}
	TeamViewNarrow = Text{"narrow: %s hidden", "smal: %s verborgen"}
	// TeamViewNarrowN is TeamViewNarrow where the names do not fit.
	TeamViewNarrowN = Counted{Text{"narrow: %d column hidden", "smal: %d kolom verborgen"},
		Text{"narrow: %d columns hidden", "smal: %d kolommen verborgen"}}
	TeamViewShortYear = Text{"short: year to date hidden", "laag: dit jaar verborgen"}
	TeamViewYear      = Text{"year to date:", "dit jaar:"}

	// How fresh the figures are.
	TeamViewLoadingDay = Text{"reading the figures of %s…", "cijfers van %s lezen…"}
	TeamViewOffline    = Text{"offline · figures from %s · %s", "offline · cijfers van %s · %s"}
	TeamViewGone       = Text{"the server no longer shows this role the team", "de server toont deze rol het team niet meer"}

	// When a rep last synced.
	TeamViewNever   = Text{"never", "nooit"}
	TeamViewJustNow = Text{"just now", "zojuist"}
	TeamViewMinutes = Text{"%d min ago", "%d min geleden"}
	TeamViewHours   = Text{"%d h ago", "%d u geleden"}
	TeamViewDays    = Text{"%d d ago", "%d d geleden"}
)
