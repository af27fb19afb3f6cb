package i18n

// The texts of sync: ritme sync setup, ritme sync, ritme sync status and
// the TUI's sync marker.
var (
	SyncShort = newText("Send this file's changes to the server and fetch those of your other machines",
		"Stuur de wijzigingen van dit bestand naar de server en haal die van je andere machines op")
	SyncLong = newText(`Sync keeps a rep's machines alike through PostgreSQL: it sends this file's
changes (entries, account stages, follow-ups, leave, the settings history and
the start) and fetches the changes made on the rep's other machines. The file
stays complete on its own: every command works without the server, and a sync
that fails loses nothing and is tried again later. Per row, the last change
wins (by the time of the change on the writer's clock, then the machine id);
a delete is a change too.`,
		`Sync houdt de machines van een verkoper gelijk via PostgreSQL: het stuurt de
wijzigingen van dit bestand (contacten, accountfases, opvolgingen, verlof, de
geschiedenis van de instellingen en de start) en haalt de wijzigingen op die
op de andere machines van de verkoper zijn gemaakt. Het bestand blijft op
zichzelf compleet: elk commando werkt zonder de server, en een sync die
mislukt verliest niets en wordt later opnieuw geprobeerd. Per rij wint de
laatste wijziging (naar de tijd van de wijziging op de klok van de schrijver,
dan het machine-id); verwijderen is ook een wijziging.`)
	SyncExample = newText("  ritme sync setup postgres://anna@db.example.com/sales\n  ritme sync\n  ritme sync status --json",
		"  ritme sync setup postgres://anna@db.example.com/sales\n  ritme sync\n  ritme sync status --json")
	SyncSetupUse   = newText("setup URL", "setup URL")
	SyncSetupShort = newText("Remember the server (without a password) and the rep this file syncs as",
		"Onthoud de server (zonder wachtwoord) en de verkoper als wie dit bestand synchroniseert")
	SyncSetupLong = newText(`Setup checks the server at URL and remembers it for this file, without a
password: passwords come from PGPASSWORD, ~/.pgpass or the server's own
authentication. The rep defaults to the login role; on a team server (ritme
team init) it must be the login role. On an empty database that the role may
change, setup creates the schema itself, so one rep with two machines needs no
team.`,
		`Setup controleert de server op URL en onthoudt die voor dit bestand, zonder
wachtwoord: wachtwoorden komen uit PGPASSWORD, ~/.pgpass of de eigen
authenticatie van de server. De verkoper is standaard de inlogrol; op een
teamserver (ritme team init) moet het de inlogrol zijn. Op een lege database
die de rol mag wijzigen, maakt setup zelf het schema, zodat één verkoper met
twee machines geen team nodig heeft.`)
	SyncStatusShort = newText("Show the last successful sync, the changes waiting and the server",
		"Toon de laatste geslaagde sync, de wachtende wijzigingen en de server")
	EmptyRep = newText("an empty name names no rep", "een lege naam noemt geen verkoper")
	FlagRep  = newText("the rep's name on the server (default: the login role)", "de naam van de verkoper op de server (standaard: de inlogrol)")

	SyncSetUp      = newText("sync set up: %s as rep %s%s", "sync ingesteld: %s als verkoper %s%s")
	SyncMadeSchema = newText(" (made the ritme schema there)", " (daar het ritme-schema gemaakt)")
	SyncTeamServer = newText(" (a team server)", " (een teamserver)")
	SyncThen       = newText("run ritme sync to send %s and fetch the changes of your other machines", "voer ritme sync uit om %s te versturen en de wijzigingen van je andere machines op te halen")
	Changes        = Counted{newText("%d change", "%d wijziging"), newText("%d changes", "%d wijzigingen")}
	Synced         = newText("synced with %s: sent %s, received %s", "gesynchroniseerd met %s: %s verstuurd, %s ontvangen")

	SyncNotSetUp = newText("sync is not set up for %s: run ritme sync setup URL", "sync is niet ingesteld voor %s: voer ritme sync setup URL uit")
	SyncFailed   = newText("sync with %s failed: %s; nothing was lost: %s wait and go with the next sync",
		"sync met %s mislukt: %s; er is niets verloren: %s wachten en gaan mee met de volgende sync")
	SyncSetupFailed = newText("cannot set up sync with %s: %s; nothing was changed", "kan sync met %s niet instellen: %s; er is niets gewijzigd")
	SyncUnreachable = newText("cannot reach the server (%s)", "kan de server niet bereiken (%s)")
	SyncNoSchema    = newText("the database holds no ritme schema and this role may not make one: ask whoever runs the server to run ritme team init",
		"de database heeft geen ritme-schema en deze rol mag er geen maken: vraag wie de server beheert om ritme team init uit te voeren")
	SyncTooNew = newText("the server's schema is version %d, made by a newer ritme (this one knows up to %d): update ritme",
		"het schema van de server is versie %d, gemaakt door een nieuwere ritme (deze kent tot %d): werk ritme bij")
	SyncNotYou   = newText("on a team server the rep is the login role: %s", "op een teamserver is de verkoper de inlogrol: %s")
	BadServerURL = newText("%s: not a server URL (want postgres://USER@HOST/DATABASE): %s",
		"%s: geen server-URL (gebruik postgres://GEBRUIKER@HOST/DATABASE): %s")

	SyncStatusServer  = newText("server     %s", "server     %s")
	SyncStatusRep     = newText("rep        %s", "verkoper   %s")
	SyncStatusLast    = newText("last sync  %s", "laatste    %s")
	SyncStatusNever   = newText("never", "nooit")
	SyncStatusWaiting = newText("waiting    %s", "wachtend   %s")
	SyncStatusNone    = newText("sync is not set up: ritme sync setup URL", "sync is niet ingesteld: ritme sync setup URL")

	// The TUI's sync marker in the status line.
	SyncMarkSynced  = newText("synced", "gesynchroniseerd")
	SyncMarkWaiting = newText("%d waiting", "%d wachtend")
	SyncMarkOffline = newText("offline", "offline")
)
