package i18n

import "ritme/rhythm"

// The texts of priorities in English and Dutch: follow-ups, the day's plan,
// rests after a lost deal, and who next when nobody is left; on the command
// line (follow-up, follow-ups, plan, log --next) and in the TUI.

func init() {
	inputErrors[rhythm.ErrWhen] = Text{
		"invalid WHEN %q: use YYYY-MM-DD, +N (working days), a weekday (mon … sun) or tomorrow",
		"ongeldige WANNEER %q: gebruik JJJJ-MM-DD, +N (werkdagen), een weekdag (ma … zo) of morgen"}
}

// follow-up and follow-ups.
var (
	FollowUpUse   = Text{"follow-up WHO WHEN", "follow-up WIE WANNEER"}
	FollowUpShort = Text{"Set an account's next action: a date, a kind and a note", "Zet de volgende actie voor een account: een datum, een soort en een notitie"}
	FollowUpLong  = Text{`Sets the next action of the account WHO names: one open follow-up per
account, which replaces the one it had. WHEN is a date (YYYY-MM-DD), +N (N
working days after today), a weekday (mon … sun, or in Dutch ma … zo: its next
occurrence after today) or tomorrow (morgen). A date that is not a working day
(a weekend, a holiday, leave) moves to the next working day. The kind defaults
to the kind of the account's last entry, else mail. A name never seen before
registers a new suspect. The first entry for the account logged after this
completes the follow-up, whatever its kind and date; --clear drops it without
completing it. Due and overdue follow-ups come first in the day's plan.`,
		`Zet de volgende actie voor het account dat WIE noemt: één open opvolging per
account, die de vorige vervangt. WANNEER is een datum (JJJJ-MM-DD), +N (N
werkdagen na vandaag), een weekdag (ma … zo, of in het Engels mon … sun: de
eerstvolgende na vandaag) of morgen (tomorrow). Een datum die geen werkdag is
(weekend, feestdag, verlof) schuift naar de volgende werkdag. De soort is
standaard die van het laatste contact met het account, anders mail. Een naam
die nog nooit is genoemd wordt een nieuwe suspect. Het eerste contact met het
account dat hierna wordt gelogd voltooit de opvolging, wat de soort en datum
ook zijn; --clear laat haar vallen zonder haar te voltooien. Opvolgingen die
vandaag of eerder moesten staan vooraan in het plan van de dag.`}
	FollowUpExample = Text{`  ritme follow-up "Acme BV" +3 --kind call --note "ask about the offer"
  ritme follow-up "Acme BV" tue
  ritme follow-up "Jansen & Zn" 2026-12-01 --kind visit
  ritme follow-up "Acme BV" --clear`, `  ritme follow-up "Acme BV" +3 --kind bel --note "vraag naar de offerte"
  ritme follow-up "Acme BV" di
  ritme follow-up "Jansen & Zn" 2026-12-01 --kind bezoek
  ritme follow-up "Acme BV" --clear`}
	ArgWhen         = Text{"WHEN", "WANNEER"}
	FlagFollowKind  = Text{"the `kind` of the action (default: the kind of the account's last entry, else mail)", "de `soort` actie (standaard: de soort van het laatste contact met het account, anders mail)"}
	FlagFollowNote  = Text{"a `note` for the action", "een `notitie` bij de actie"}
	FlagFollowClear = Text{"clear the account's open follow-up instead", "wis in plaats daarvan de open opvolging van het account"}
	FollowUpArgs    = Text{"%s takes WHO and WHEN, or WHO with --clear", "%s neemt WIE en WANNEER, of WIE met --clear"}
	FollowUpSetText = Text{"follow-up for %s: %s on %s%s", "opvolging voor %s: %s op %s%s"}
	FollowUpNote    = Text{" · %s", " · %s"}
	FollowUpReplace = Text{"(replaces %s on %s)", "(vervangt %s op %s)"}
	FollowUpNew     = Text{"%s is new: registered as a suspect", "%s is nieuw: geregistreerd als suspect"}
	FollowUpPast    = Text{"%s is before today: the follow-up is overdue already", "%s ligt voor vandaag: de opvolging is al te laat"}
	FollowUpCleared = Text{"cleared the follow-up for %s (%s on %s)", "opvolging voor %s gewist (%s op %s)"}
	NoFollowUp      = Text{"%s has no open follow-up", "%s heeft geen open opvolging"}

	FollowUpsShort = Text{"The open follow-ups: overdue, due today, and later", "De open opvolgingen: te laat, vandaag, en later"}
	FollowUpsLong  = Text{`Lists every account's open follow-up by date, then by name: overdue (dated
before today), due (dated today), and later ones. Completed, cleared and
replaced follow-ups are kept for the review but not listed.`,
		`Toont de open opvolging van elk account op datum, dan op naam: te laat (van voor
vandaag), vandaag, en latere. Voltooide, gewiste en vervangen opvolgingen
blijven bewaard voor de terugblik maar worden niet getoond.`}
	FollowUpsExample = Text{"  ritme follow-ups\n  ritme follow-ups --json", "  ritme follow-ups\n  ritme follow-ups --json"}
	NoFollowUps      = Text{"no open follow-ups: set one with ritme follow-up NAME WHEN", "geen open opvolgingen: zet er een met ritme follow-up NAAM WANNEER"}
	StateOverdue     = Text{"overdue", "te laat"}
	StateDue         = Text{"due", "vandaag"}
	StateSuggested   = Text{"suggested", "voorgesteld"}
)

// plan.
var (
	PlanShort = Text{"The day's plan: due follow-ups, then suggestions, per kind", "Het plan van de dag: opvolgingen, dan voorstellen, per soort"}
	PlanLong  = Text{`Shows the few contacts that matter on a day (default today), per kind, up to
its target: first the follow-ups due that day or overdue, oldest first, then
suggestions to fill up: suspects for mail, prospects then suspects for calls,
customers then prospects for visits, each the longest untouched by that kind
first. Follow-ups beyond the target stay open and are counted as "more due",
so a week away never buries you under a pile; an account resting after a lost
deal is never suggested. The plan stays put during the day: logging a contact
ticks an item off, it does not bring in another. A day that is not a working
day has no plan.`,
		`Toont de paar contacten die op een dag tellen (standaard vandaag), per soort,
tot aan het doel: eerst de opvolgingen van die dag of eerder, oudste eerst, dan
voorstellen om aan te vullen: suspects voor mail, prospects en dan suspects
om te bellen, klanten en dan prospects om te bezoeken, telkens wie het langst
niet met die soort is benaderd eerst. Opvolgingen boven het doel blijven open
en tellen als "meer te doen", zodat een week weg je nooit onder een stapel
begraaft; een account dat rust na een verloren deal wordt nooit voorgesteld.
Het plan ligt vast voor de dag: een contact loggen vinkt een punt af, het
haalt er geen nieuw bij. Een dag die geen werkdag is heeft geen plan.`}
	PlanExample  = Text{"  ritme plan\n  ritme plan --date 2026-12-01\n  ritme plan --json", "  ritme plan\n  ritme plan --date 2026-12-01\n  ritme plan --json"}
	FlagPlanDate = Text{"the `YYYY-MM-DD` to plan (default today)", "de `JJJJ-MM-DD` om te plannen (standaard vandaag)"}
	PlanTitle    = Text{"Plan · %s", "Plan · %s"}
	PlanDayOff   = Text{"%s is not a working day: no plan", "%s is geen werkdag: geen plan"}
	PlanNothing  = Text{"nothing to plan: set follow-ups with ritme follow-up NAME WHEN, or log contacts with --who NAME", "niets te plannen: zet opvolgingen met ritme follow-up NAAM WANNEER, of log contacten met --who NAAM"}
	PlanMoreDue  = Text{"+ %d more due", "+ %d meer te doen"}
	PlanOverdue  = Text{"overdue since %s", "te laat sinds %s"}
	PlanDueToday = Text{"due today", "vandaag te doen"}
)

// log --next, next, accounts.
var (
	FlagNext        = Text{"also set the account's next follow-up, `WHEN`: a date, +N working days, a weekday or tomorrow", "zet ook de volgende opvolging voor het account, `WANNEER`: een datum, +N werkdagen, een weekdag of morgen"}
	FlagNextKind    = Text{"the `kind` of that follow-up (default: the kind logged)", "de `soort` van die opvolging (standaard: de gelogde soort)"}
	NextNeedsWho    = Text{"--next needs --who: a follow-up belongs to an account", "--next heeft --who nodig: een opvolging hoort bij een account"}
	NextKindNoNext  = Text{"--next-kind needs --next", "--next-kind heeft --next nodig"}
	NobodyCustomers = Text{"nobody to suggest: every account is a customer; log contacts with --who NAME to add suspects",
		"niemand voor te stellen: elk account is klant; log contacten met --who NAAM om suspects toe te voegen"}
	NobodyLeft = Text{"nobody left to suggest today: every suspect and prospect was touched today or rests after a lost deal",
		"vandaag niemand meer voor te stellen: elke suspect en prospect is vandaag benaderd of rust na een verloren deal"}
	RestingUntil = Text{"resting until %s", "rust tot %s"}
	NextAction   = Text{"next: %s %s", "volgende: %s %s"}
)

// The TUI.
var (
	PlanItemOverdue  = Text{"overdue %s", "te laat %s"}
	PlanItemDue      = Text{"due", "te doen"}
	KeyTickItem      = Text{"tick the selected", "geselecteerde afvinken"}
	KeyFollowUp      = Text{"next follow-up", "volgende opvolging"}
	FormFollowUp     = Text{"Next follow-up for %s", "Volgende opvolging voor %s"}
	FormWhen         = Text{"When", "Wanneer"}
	FormWhenHint     = Text{"2026-12-01, +3, mon or tomorrow", "2026-12-01, +3, ma of morgen"}
	StatusFollowUp   = Text{"follow-up for %s: %s on %s", "opvolging voor %s: %s op %s"}
	NothingSelected  = Text{"select an account first: a plan item (↑/↓ on Today) or a row of Accounts", "kies eerst een account: een punt van het plan (↑/↓ op Vandaag) of een rij van Accounts"}
	VerbFollowUp     = Text{"set the follow-up", "de opvolging zetten"}
	ColNext          = Text{"next", "volgende"}
	AccountResting   = Text{"rest → %s", "rust → %s"}
	AccountNextShort = Text{"%s %s", "%s %s"}
)

// What a view left out for want of room.
var (
	MoreAbove = Text{"↑ %d more", "↑ nog %d"}
	MoreBelow = Text{"↓ %d more", "↓ nog %d"}
)
