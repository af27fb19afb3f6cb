package i18n

// The texts of sync: ritme sync setup, ritme sync, ritme sync status and
// the TUI's sync marker.
var (
	SyncShort = Text{"Send this file's changes to the server and fetch those of your other machines",
		"Stuur de wijzigingen van dit bestand naar de server en haal die van je andere machines op"}
	SyncLong = Text{`Sync keeps a rep's machines alike through PostgreSQL: it sends this file's
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
dan het machine-id); verwijderen is ook een wijziging.`}
	SyncExample = Text{"  ritme sync setup postgres://anna@db.example.com/sales\n  ritme sync\n  ritme sync status --json",
		"  ritme sync setup postgres://anna@db.example.com/sales\n  ritme sync\n  ritme sync status --json"}
	SyncSetupUse   = Text{"setup URL", "setup URL"}
	SyncSetupShort = Text{"Remember the server (without a password) and the rep this file syncs as",
		"Onthoud de server (zonder wachtwoord) en de verkoper als wie dit bestand synchroniseert"}
	SyncSetupLong = Text{`Setup checks the server at URL and remembers it for this file, without a
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
twee machines geen team nodig heeft.`}
	SyncStatusShort = Text{"Show the last successful sync, the changes waiting and the server",
		"Toon de laatste geslaagde sync, de wachtende wijzigingen en de server"}
	EmptyRep = Text{"an empty name names no rep", "een lege naam noemt geen verkoper"}
	FlagRep  = Text{"the rep's name on the server (default: the login role)", "de naam van de verkoper op de server (standaard: de inlogrol)"}

	SyncSetUp      = Text{"sync set up: %s as rep %s%s", "sync ingesteld: %s als verkoper %s%s"}
	SyncMadeSchema = Text{" (made the ritme schema there)", " (daar het ritme-schema gemaakt)"}
	SyncTeamServer = Text{" (a team server)", " (een teamserver)"}
	SyncThen       = Text{"run ritme sync to send %s and fetch the changes of your other machines", "voer ritme sync uit om %s te versturen en de wijzigingen van je andere machines op te halen"}
	Changes        = Counted{Text{"%d change", "%d wijziging"}, Text{"%d changes", "%d wijzigingen"}}
	Synced         = Text{"synced with %s: sent %s, received %s", "gesynchroniseerd met %s: %s verstuurd, %s ontvangen"}

	SyncNotSetUp = Text{"sync is not set up for %s: run ritme sync setup URL", "sync is niet ingesteld voor %s: voer ritme sync setup URL uit"}
	SyncFailed   = Text{"sync with %s failed: %s; nothing was lost: the next sync sends what waits (%s)",
		"sync met %s mislukt: %s; er is niets verloren: de volgende sync stuurt wat wacht (%s)"}
	SyncSetupFailed = Text{"cannot set up sync with %s: %s; nothing was changed", "kan sync met %s niet instellen: %s; er is niets gewijzigd"}
	SyncUnreachable = Text{"cannot reach the server (%s)", "kan de server niet bereiken (%s)"}
	SyncNoSchema    = Text{"the database holds no ritme schema and this role may not make one: ask whoever runs the server to run ritme team init",
		"de database heeft geen ritme-schema en deze rol mag er geen maken: vraag wie de server beheert om ritme team init uit te voeren"}
	SyncTooNew = Text{"the server's schema is version %d, made by a newer ritme (this one knows up to %d): update ritme",
		"het schema van de server is versie %d, gemaakt door een nieuwere ritme (deze kent tot %d): werk ritme bij"}
	SyncTooOld = Text{"the server's schema is version %d, older than this ritme's %d: ask the database's owner to run ritme team init to migrate it",
		"het schema van de server is versie %d, ouder dan die van deze ritme (%d): vraag de eigenaar van de database om ritme team init uit te voeren om het te migreren"}
	SyncNotYou   = Text{"on a team server the rep is the login role: %s", "op een teamserver is de verkoper de inlogrol: %s"}
	SyncNotEmpty = Text{"the database holds other tables and no ritme schema: use a database of its own for ritme, or ask its owner to run ritme team init",
		"de database heeft andere tabellen en geen ritme-schema: gebruik een eigen database voor ritme, of vraag de eigenaar om ritme team init uit te voeren"}
	SyncBusy = Text{"the server was busy and gave up waiting (a lock held by another sync or session, or a statement that ran too long): try again later",
		"de server was bezet en gaf het wachten op (een vergrendeling van een andere sync of sessie, of een opdracht die te lang duurde): probeer het later opnieuw"}
	SyncDenied = Text{"the server refused this role (%s): ask whoever runs the server to give it the rights it needs",
		"de server weigerde deze rol (%s): vraag wie de server beheert om die de nodige rechten te geven"}
	SyncNotRep = Text{"%s is not a rep of this team: ask whoever runs the server for ritme team add-rep %s",
		"%s is geen verkoper in dit team: vraag wie de server beheert om ritme team add-rep %s"}
	SyncManagerRemembered = Text{"%s is a manager of this team, and a manager does not sync: this file now remembers %s for ritme team and the Team view of ritme",
		"%s is manager in dit team, en een manager synchroniseert niet: dit bestand onthoudt nu %s voor ritme team en de Team-weergave van ritme"}
	SyncManagerNotRep = Text{"%s is a manager of this team, not a rep: a manager sees the team with ritme team --server %s",
		"%s is manager in dit team, geen verkoper: een manager ziet het team met ritme team --server %s"}
	BadServerURL = Text{"%s: not a server URL (want postgres://USER@HOST/DATABASE): %s",
		"%s: geen server-URL (gebruik postgres://GEBRUIKER@HOST/DATABASE): %s"}
	PasswordInString = Text{"%s: ritme takes no password in a connection string, which it may store: give the password in PGPASSWORD or ~/.pgpass",
		"%s: ritme neemt geen wachtwoord in een verbindingstekst, die het kan bewaren: geef het wachtwoord in PGPASSWORD of ~/.pgpass"}
	PasswordEncoding = Text{"%s: the password holds a character that must be percent-encoded (such as @ as %%40); better, give it in PGPASSWORD or ~/.pgpass",
		"%s: het wachtwoord bevat een teken dat procent-gecodeerd moet zijn (zoals @ als %%40); beter: geef het in PGPASSWORD of ~/.pgpass"}
	PasswordNotStored = Text{"the password in the URL was used but not stored: later commands need it in PGPASSWORD or ~/.pgpass",
		"het wachtwoord in de URL is gebruikt maar niet bewaard: latere commando's hebben het nodig in PGPASSWORD of ~/.pgpass"}

	SyncStatusServer  = Text{"server     %s", "server     %s"}
	SyncStatusRep     = Text{"rep        %s", "verkoper   %s"}
	SyncStatusLast    = Text{"last sync  %s", "laatste    %s"}
	SyncStatusNever   = Text{"never", "nooit"}
	SyncStatusWaiting = Text{"waiting    %s", "wachtend   %s"}
	SyncStatusNone    = Text{"sync is not set up: ritme sync setup URL", "sync is niet ingesteld: ritme sync setup URL"}

	// The TUI's sync marker in the status line.
	SyncMarkSynced  = Text{"synced", "gesynchroniseerd"}
	SyncMarkWaiting = Text{"%d waiting", "%d wachtend"}
	SyncMarkOffline = Text{"offline", "offline"}
)
