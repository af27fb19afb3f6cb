package i18n

// The texts of the team: ritme team init, add-rep, add-manager, and the
// manager's figures of ritme team.
var (
	TeamShort = Text{"A manager's view: each rep's figures and the team's totals, from the server",
		"Het overzicht van een manager: de cijfers van elke verkoper en de totalen van het team, van de server"}
	TeamLong = Text{`Team shows, for a manager, per rep: today per kind against its target, day
met, the current streak, the days met of the working days this week, this
month and this year, the year to date against the annual target and the pace
per kind, the outcomes per 100 contacts, the share of entries logged late, and
when the rep last synced; then the team's totals against the sum of the reps'
annual targets. Each rep's figures come from that rep's own settings, leave and
start, computed as the rep's own status computes them.

An entry is logged late when it was created at or after 00:00 UTC of the
second day after its date (an entry for Monday logged on Tuesday is on time,
on Wednesday late). The late share and the outcomes are over the year up to
the date. When an entry was created is stamped by the rep's own machine.

The server is --server, else the one ritme sync setup or ritme team init
remembered in this file. The role needs to be a manager of the team (ritme team
add-manager); row-level security shows any other role no other rep. Team only
reads: it changes nothing, here or on the server.`,
		`Team toont een manager per verkoper: vandaag per soort tegen het doel, dag
gehaald, de huidige reeks, de gehaalde dagen van de werkdagen deze week, deze
maand en dit jaar, dit jaar tegen het jaardoel en het tempo per soort, de
uitkomsten per 100 contacten, het deel van de contacten dat te laat is
ingevoerd, en wanneer de verkoper het laatst synchroniseerde; daarna de
totalen van het team tegen de som van de jaardoelen. De cijfers van elke
verkoper komen uit diens eigen instellingen, verlof en start, berekend zoals
de eigen status van de verkoper ze berekent.

Een contact is te laat ingevoerd als het is gemaakt op of na 00:00 UTC van de
tweede dag na zijn datum (een contact van maandag dat dinsdag is ingevoerd is
op tijd, woensdag te laat). Het deel te laat en de uitkomsten gaan over het
jaar tot de datum. Wanneer een contact is gemaakt, stempelt de eigen machine
van de verkoper.

De server is --server, anders die ritme sync setup of ritme team init in dit
bestand onthield. De rol moet een manager van het team zijn (ritme team
add-manager); beveiliging op rijniveau toont elke andere rol geen andere
verkoper. Team leest alleen: het verandert niets, hier noch op de server.`}
	TeamExample = Text{"  ritme team\n  ritme team --date 2026-03-02 --json\n  ritme team --server postgres://boss@db.example.com/sales",
		"  ritme team\n  ritme team --date 2026-03-02 --json\n  ritme team --server postgres://baas@db.example.com/verkoop"}
	FlagServer = Text{"the team's server, a postgres:// `URL` (default: the one sync setup or team init remembered)",
		"de server van het team, een postgres://-`URL` (standaard: die sync setup of team init onthield)"}
	FlagTeamDate = Text{"show the figures of `YYYY-MM-DD` (default: today)", "toon de cijfers van `JJJJ-MM-DD` (standaard: vandaag)"}

	TeamInitUse   = Text{"init URL", "init URL"}
	TeamInitShort = Text{"Make the database at URL a team's: schema, group roles and row-level security",
		"Maak de database op URL die van een team: schema, groepsrollen en beveiliging op rijniveau"}
	TeamInitLong = Text{`Init is run once, by a role that owns the database and may create roles. It
makes the ritme schema (or migrates it), and two group roles named after the
database, ritme_rep_DATABASE and ritme_manager_DATABASE, with row-level
security: a rep reads and writes only its own rows, a manager reads every
rep's rows and writes none, and neither can change the schema. Running it
again changes nothing. This file remembers URL (without a password) for the
other team commands, unless it remembers a server already.`,
		`Init draait één keer, door een rol die eigenaar is van de database en rollen
mag maken. Het maakt het ritme-schema (of migreert het), en twee groepsrollen
genoemd naar de database, ritme_rep_DATABASE en ritme_manager_DATABASE, met
beveiliging op rijniveau: een verkoper leest en schrijft alleen de eigen
rijen, een manager leest de rijen van elke verkoper en schrijft er geen, en
geen van beiden kan het schema wijzigen. Opnieuw draaien verandert niets. Dit
bestand onthoudt URL (zonder wachtwoord) voor de andere teamcommando's, tenzij
het al een server onthoudt.`}
	TeamInitExample = Text{"  ritme team init postgres://admin@db.example.com/sales",
		"  ritme team init postgres://beheer@db.example.com/verkoop"}
	TeamAddRepUse   = Text{"add-rep ROLE", "add-rep ROL"}
	TeamAddRepShort = Text{"Make an existing login role a rep of the team",
		"Maak een bestaande inlogrol verkoper in het team"}
	TeamAddRepExample = Text{"  ritme team add-rep anna\n  ritme team add-rep anna --server postgres://admin@db.example.com/sales",
		"  ritme team add-rep anna\n  ritme team add-rep anna --server postgres://beheer@db.example.com/verkoop"}
	TeamAddManagerUse   = Text{"add-manager ROLE", "add-manager ROL"}
	TeamAddManagerShort = Text{"Make an existing login role a manager of the team",
		"Maak een bestaande inlogrol manager in het team"}
	TeamAddManagerExample = Text{"  ritme team add-manager boss\n  ritme team add-manager boss --server postgres://admin@db.example.com/sales",
		"  ritme team add-manager baas\n  ritme team add-manager baas --server postgres://beheer@db.example.com/verkoop"}

	TeamReady = Text{"team ready on %s: group roles %s and %s; add reps with ritme team add-rep ROLE and managers with ritme team add-manager ROLE",
		"team klaar op %s: groepsrollen %s en %s; voeg verkopers toe met ritme team add-rep ROL en managers met ritme team add-manager ROL"}
	TeamRemembered = Text{"this file remembers %s as the team's server", "dit bestand onthoudt %s als server van het team"}
	TeamRepAdded   = Text{"%s is a rep of the team on %s: on each of its machines, ritme sync setup URL",
		"%s is verkoper in het team op %s: op elk van de eigen machines, ritme sync setup URL"}
	TeamManagerAdded = Text{"%s is a manager of the team on %s: it sees the team with ritme team",
		"%s is manager in het team op %s: die ziet het team met ritme team"}

	TeamNoServer = Text{"no server: give --server URL, or remember one with ritme sync setup URL or ritme team init URL",
		"geen server: geef --server URL, of onthoud er een met ritme sync setup URL of ritme team init URL"}
	TeamFailed     = Text{"cannot show the team on %s: %s", "kan het team op %s niet tonen: %s"}
	TeamInitFailed = Text{"cannot make a team on %s: %s", "kan geen team maken op %s: %s"}
	TeamAddFailed  = Text{"cannot add %s to the team on %s: %s", "kan %s niet toevoegen aan het team op %s: %s"}
	TeamRoleRights = Text{"this role may not create the team's roles or schema: run it as a role that owns the database and has CREATEROLE",
		"deze rol mag de rollen of het schema van het team niet maken: voer het uit als een rol die eigenaar is van de database en CREATEROLE heeft"}
	TeamNoRole = Text{"there is no login role %s: create it first (CREATE ROLE %s LOGIN)",
		"er is geen inlogrol %s: maak die eerst (CREATE ROLE %s LOGIN)"}
	TeamBothWays = Text{"%s is already in the team the other way: a role is a rep or a manager, not both (a manager who also sells uses a second role)",
		"%s zit al andersom in het team: een rol is verkoper of manager, niet beide (een manager die ook verkoopt gebruikt een tweede rol)"}
	TeamNotTeam = Text{"the database holds no team: its owner runs ritme team init URL first",
		"de database heeft geen team: de eigenaar voert eerst ritme team init URL uit"}
	TeamNotManager = Text{"%s is not a manager of this team: whoever runs the server can make it one with ritme team add-manager %s",
		"%s is geen manager van dit team: wie de server beheert kan dat regelen met ritme team add-manager %s"}
	TeamRepNotManager = Text{"%s is a rep of this team, not a manager: a rep sees only its own figures (ritme status)",
		"%s is verkoper in dit team, geen manager: een verkoper ziet alleen de eigen cijfers (ritme status)"}

	TeamTitle   = Text{"Team on %s · %s", "Team op %s · %s"}
	TeamReps    = Counted{Text{"%d rep", "%d verkoper"}, Text{"%d reps", "%d verkopers"}}
	TeamNoReps  = Text{"no reps yet: add them with ritme team add-rep ROLE", "nog geen verkopers: voeg ze toe met ritme team add-rep ROL"}
	TeamSynced  = Text{"synced %s", "gesynchroniseerd %s"}
	TeamNever   = Text{"never synced", "nooit gesynchroniseerd"}
	TeamStreak  = Text{"streak %d", "reeks %d"}
	TeamLate    = Text{"late %.1f%% of %s", "te laat %.1f%% van %s"}
	TeamEntries = Counted{Text{"%d entry", "%d contact"}, Text{"%d entries", "%d contacten"}}
	TeamToday   = Text{"today", "vandaag"}
	TeamYTD     = Text{"ytd", "dit jaar"}
	TeamAnnual  = Text{"of target", "van doel"}
	TeamPace    = Text{"pace", "tempo"}
	TeamDaysMet = Text{"days met: week %d of %d · month %d of %d · year %d of %d",
		"dagen gehaald: week %d van %d · maand %d van %d · jaar %d van %d"}
	TeamPer100 = Text{"per 100 contacts: %s", "per 100 contacten: %s"}
	TeamTotals = Text{"Team", "Team"}
)
