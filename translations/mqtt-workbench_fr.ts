<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>FilterExpression</name>
    <message>
        <source>Invalid regular expression %1: %2</source>
        <translation>Expression régulière invalide %1 : %2</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>Too large to compare (%1 and %2 lines).</source>
        <translation>Trop grand pour être comparé (%1 et %2 lignes).</translation>
    </message>
</context>
<context>
    <name>cli::ArgumentParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>l’option %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option %1 needs %2</source>
        <translation>l’option %1 requiert %2</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench %1 %2
</source>
        <translation>Utilisation : mqtt-workbench %1 %2
</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
</context>
<context>
    <name>cli::BenchConnection</name>
    <message>
        <source>subscription to %1 refused: %2</source>
        <translation>abonnement à %1 refusé : %2</translation>
    </message>
</context>
<context>
    <name>cli::CliText</name>
    <message>
        <source><byte value="xd"/>%1 s  connected %2/%3  sent %4  received %5  acked %6   </source>
        <translation><byte value="xd"/>%1 s  connectés %2/%3  envoyés %4  reçus %5  acquittés %6   </translation>
    </message>
    <message>
        <source>bench conn: %1 connections in %2 s = %3 conn/s
</source>
        <translation>bench conn : %1 connexions en %2 s = %3 conn/s
</translation>
    </message>
    <message>
        <source>bench %1: %2 clients, QoS %3, %4-byte payloads
</source>
        <translation>bench %1 : %2 clients, QoS %3, charges utiles de %4 octets
</translation>
    </message>
    <message>
        <source>  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)
</source>
        <translation>  %1 envoyés par %2 publieur(s), %3 reçus sur %4 (perdus %5)
</translation>
    </message>
    <message>
        <source>  sent %1 messages%2
</source>
        <translation>  %1 messages envoyés%2
</translation>
    </message>
    <message>
        <source>, %1 acknowledged</source>
        <translation>, %1 acquittés</translation>
    </message>
    <message>
        <source>  %1 msg/s, %2 MB/s over %3 s
</source>
        <translation>  %1 msg/s, %2 Mo/s sur %3 s
</translation>
    </message>
    <message>
        <source>  %1 latency ms: p50 %2  p90 %3  p99 %4  max %5
</source>
        <translation>  latence (%1) ms : p50 %2  p90 %3  p99 %4  max %5
</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>de bout en bout</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <source>  bench CPU %1 s (%2% of one core)</source>
        <translation>  CPU de bench %1 s (%2% d’un cœur)</translation>
    </message>
    <message>
        <source>, broker CPU %1 s (%2%)</source>
        <translation>, CPU du broker %1 s (%2%)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>clients: publishers (pub), subscribers (sub), connections (conn); default 10</source>
        <translation>clients : publieurs (pub), abonnés (sub), connexions (conn) ; 10 par défaut</translation>
    </message>
    <message>
        <source>sub, flood, latency: publishers feeding the subscribers (default 1; flood 8)</source>
        <translation>sub, flood, latency : publieurs qui alimentent les abonnés (1 par défaut ; flood 8)</translation>
    </message>
    <message>
        <source>messages per publisher (default 10000); retained: messages stored (default 100000); large: messages (default 200)</source>
        <translation>messages par publieur (10000 par défaut) ; retained : messages stockés (100000 par défaut) ; large : messages (200 par défaut)</translation>
    </message>
    <message>
        <source>messages per second per publisher (default: as fast as possible; latency 5000)</source>
        <translation>messages par seconde et par publieur (par défaut : aussi vite que possible ; latency 5000)</translation>
    </message>
    <message>
        <source>QoS of publishes and subscriptions (default 0; latency 1; retained: 0, 1 and 2 in turn)</source>
        <translation>QoS des publications et des abonnements (0 par défaut ; latency 1 ; retained : 0, 1 et 2 tour à tour)</translation>
    </message>
    <message>
        <source>payload size, at least 20 (default 64; large 1048576)</source>
        <translation>taille de la charge utile, au moins 20 (64 par défaut ; large 1048576)</translation>
    </message>
    <message>
        <source>topic; %i is the publisher index, &apos;+&apos; for subscribers (default bench/%i)</source>
        <translation>topic ; %i est le numéro du publieur, « + » pour les abonnés (bench/%i par défaut)</translation>
    </message>
    <message>
        <source>flood, latency, noack: seconds of publishing (default 10; noack 15)</source>
        <translation>flood, latency, noack : secondes de publication (10 par défaut ; noack 15)</translation>
    </message>
    <message>
        <source>large: megabytes a second the subscriber reads (default 20)</source>
        <translation>large : mégaoctets par seconde lus par l’abonné (20 par défaut)</translation>
    </message>
    <message>
        <source>retained: the narrow filter (default sensor/42/+)</source>
        <translation>retained : le filtre étroit (sensor/42/+ par défaut)</translation>
    </message>
    <message>
        <source>end when no message came for SECONDS after publishing (default 5)</source>
        <translation>terminer quand aucun message n’est arrivé pendant SECONDS après la publication (5 par défaut)</translation>
    </message>
    <message>
        <source>also report the CPU time and memory (VmRSS) of the broker process</source>
        <translation>indiquer aussi le temps CPU et la mémoire (VmRSS) du processus du broker</translation>
    </message>
    <message>
        <source>the broker&apos;s name in result lines (default broker)</source>
        <translation>le nom du broker dans les lignes de résultat (broker par défaut)</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>afficher le résumé sous forme d’un objet JSON</translation>
    </message>
    <message>
        <source>Modes:
  pub       publishers send COUNT messages each; QoS 1/2 report ack latency
  sub       subscribers receive from --publishers; reports end-to-end latency (send time travels in the payload)
  conn      opens the clients&apos; connections and keeps them idle; reports connect latency and, with --broker-pid, the broker&apos;s memory per connection
  retained  stores COUNT retained messages sensor/&lt;i/1000&gt;/&lt;i%1000&gt;; new clients subscribe to &apos;#&apos; at QoS 0, 1, 2 and to --filter; reports arrivals and time to the last; clears them at the end
  flood     --publishers send as fast as TCP lets them to one subscriber for --duration
  latency   one publisher at a steady -r (5000) QoS 1 to one subscriber for --duration; p50/p99/max round trip
  noack     a QoS 1 subscriber that never sends PUBACK beside a healthy one; a 3.1.1 publisher that does not wait for PUBACK and a 5.0 publisher; reports the healthy subscriber&apos;s share, the publishers&apos; progress and (--broker-pid) the broker&apos;s memory
  large     COUNT messages of -s bytes at QoS 1 to a persistent subscriber reading --read-rate MB/s; reports deliveries, re-deliveries and disconnects
Every message carries its publisher and sequence number: each mode ends with one line `scenario=M broker=LABEL &lt;rates&gt; lost=N dup=N &lt;figures&gt;` (lost: sequence gaps, dup: second arrivals; &apos;?&apos; where nothing can tell).
Bench clients speak MQTT over plain TCP (mqtt://) with keep-alive off.
</source>
        <translation>Modes :
  pub       les publieurs envoient chacun COUNT messages ; QoS 1/2 indiquent la latence d’acquittement
  sub       les abonnés reçoivent de --publishers ; indique la latence de bout en bout (l’heure d’envoi voyage dans la charge utile)
  conn      ouvre les connexions des clients et les laisse inactives ; indique la latence de connexion et, avec --broker-pid, la mémoire du broker par connexion
  retained  stocke COUNT messages retenus sensor/&lt;i/1000&gt;/&lt;i%1000&gt; ; de nouveaux clients s’abonnent à &apos;#&apos; en QoS 0, 1, 2 et à --filter ; indique les arrivées et le temps jusqu’au dernier ; les efface à la fin
  flood     --publishers envoient aussi vite que TCP le permet à un seul abonné pendant --duration
  latency   un publieur à débit -r constant (5000) en QoS 1 vers un abonné pendant --duration ; aller-retour p50/p99/max
  noack     un abonné QoS 1 qui n’envoie jamais de PUBACK à côté d’un abonné sain ; un publieur 3.1.1 qui n’attend pas les PUBACK et un publieur 5.0 ; indique la part de l’abonné sain, la progression des publieurs et (--broker-pid) la mémoire du broker
  large     COUNT messages de -s octets en QoS 1 vers un abonné persistant qui lit --read-rate Mo/s ; indique les remises, les nouvelles remises et les déconnexions
Chaque message porte son publieur et un numéro de séquence : chaque mode se termine par une ligne `scenario=M broker=LABEL &lt;rates&gt; lost=N dup=N &lt;figures&gt;` (lost : trous dans la séquence, dup : arrivées en double ; « ? » quand rien ne permet de le savoir).
Les clients de bench parlent MQTT sur TCP simple (mqtt://) sans keep-alive.
</translation>
    </message>
    <message>
        <source>give one mode: pub, sub, conn, %1</source>
        <translation>indiquez un mode : pub, sub, conn, %1</translation>
    </message>
    <message>
        <source>bench connects over plain TCP (mqtt://) only</source>
        <translation>bench se connecte uniquement en TCP simple (mqtt://)</translation>
    </message>
    <message>
        <source>-r must be a positive number of messages per second</source>
        <translation>-r doit être un nombre positif de messages par seconde</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 doit être un nombre positif</translation>
    </message>
    <message>
        <source>SIGHUP: no configuration file, nothing to reload.</source>
        <translation>SIGHUP : pas de fichier de configuration, rien à recharger.</translation>
    </message>
    <message>
        <source>Reloaded the password and ACL files.</source>
        <translation>Fichiers de mots de passe et d’ACL rechargés.</translation>
    </message>
    <message>
        <source>reload failed, keeping the previous password and ACL rules: %1</source>
        <translation>échec du rechargement, les règles de mots de passe et d’ACL précédentes sont conservées : %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>configuration file (YAML or JSON)</source>
        <translation>fichier de configuration (YAML ou JSON)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>TCP port (default 1883; 0 picks a free one)</source>
        <translation>port TCP (1883 par défaut ; 0 en choisit un libre)</translation>
    </message>
    <message>
        <source>also listen for MQTT over WebSocket on this port</source>
        <translation>écouter aussi MQTT sur WebSocket sur ce port</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>address to listen on (default: all)</source>
        <translation>adresse d’écoute (par défaut : toutes)</translation>
    </message>
    <message>
        <source>server certificate (PEM): the listeners use TLS (default port 8883)</source>
        <translation>certificat du serveur (PEM) : les listeners utilisent TLS (port 8883 par défaut)</translation>
    </message>
    <message>
        <source>private key of --certfile (PEM)</source>
        <translation>clé privée de --certfile (PEM)</translation>
    </message>
    <message>
        <source>CA certificates (PEM) that verify client certificates, when clients present one</source>
        <translation>certificats d’AC (PEM) qui vérifient les certificats clients, quand les clients en présentent un</translation>
    </message>
    <message>
        <source>keep sessions, queued and retained messages in this SQLite file across restarts (durable: a message is acknowledged once stored)</source>
        <translation>conserver les sessions, les messages en attente et les messages retenus dans ce fichier SQLite d’un redémarrage à l’autre (durable : un message est acquitté une fois stocké)</translation>
    </message>
    <message>
        <source>log every connect, subscribe, unsubscribe and disconnect to stderr</source>
        <translation>journaliser sur stderr chaque connexion, abonnement, désabonnement et déconnexion</translation>
    </message>
    <message>
        <source>Runs the MQTT 3.1 / 3.1.1 / 5.0 broker without the GUI. -p, --ws-port, --bind and --certfile replace the configuration&apos;s listeners. SIGHUP re-reads the password and ACL files; SIGINT / SIGTERM stop it.

Exit codes: 0 stopped by a signal, 1 configuration or start-up error, 2 bad option.
</source>
        <translation>Exécute le broker MQTT 3.1 / 3.1.1 / 5.0 sans interface graphique. -p, --ws-port, --bind et --certfile remplacent les listeners de la configuration. SIGHUP relit les fichiers de mots de passe et d’ACL ; SIGINT / SIGTERM l’arrêtent.

Codes de sortie : 0 arrêté par un signal, 1 erreur de configuration ou de démarrage, 2 option invalide.
</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>port invalide : %1</translation>
    </message>
    <message>
        <source>--certfile and --keyfile must be given together</source>
        <translation>--certfile et --keyfile doivent être donnés ensemble</translation>
    </message>
    <message>
        <source>--cafile goes with --certfile and --keyfile</source>
        <translation>--cafile va avec --certfile et --keyfile</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>adresse d’écoute invalide : %1</translation>
    </message>
    <message>
        <source>New client connected from %1 as %2 (MQTT %3, clean %4, keep-alive %5%6).</source>
        <translation>Nouveau client connecté depuis %1 en tant que %2 (MQTT %3, clean %4, keep-alive %5%6).</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, utilisateur %1</translation>
    </message>
    <message>
        <source>Client %1 disconnected (%2).</source>
        <translation>Client %1 déconnecté (%2).</translation>
    </message>
    <message>
        <source>Client %1 subscribed to %2 (QoS %3).</source>
        <translation>Client %1 abonné à %2 (QoS %3).</translation>
    </message>
    <message>
        <source>Client %1 unsubscribed from %2.</source>
        <translation>Client %1 désabonné de %2.</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3: %4).</source>
        <translation>Le bridge %1 est %2 (%3 : %4).</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3).</source>
        <translation>Le bridge %1 est %2 (%3).</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 (%3).</source>
        <translation>Écoute sur %1 port %2 (%3).</translation>
    </message>
    <message>
        <source>Sessions and retained messages are kept in %1 (%2).</source>
        <translation>Les sessions et les messages retenus sont conservés dans %1 (%2).</translation>
    </message>
    <message>
        <source>Broker stopped.</source>
        <translation>Broker arrêté.</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (voir --help)</translation>
    </message>
    <message>
        <source>subscription to &apos;%1&apos; refused: %2</source>
        <translation>abonnement à « %1 » refusé : %2</translation>
    </message>
    <message>
        <source>all subscription requests were denied</source>
        <translation>toutes les demandes d’abonnement ont été refusées</translation>
    </message>
    <message>
        <source>invalid topic filter &apos;%1&apos;</source>
        <translation>filtre de topic invalide « %1 »</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable : %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>WebSocket handshake with %1 failed: %2</source>
        <translation>échec de la négociation WebSocket avec %1 : %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>timed out connecting to %1</source>
        <translation>délai dépassé lors de la connexion à %1</translation>
    </message>
    <message>
        <source>connection refused by %1: not authorized (%2)</source>
        <translation>connexion refusée par %1 : non autorisé (%2)</translation>
    </message>
    <message>
        <source>connection refused by %1: %2</source>
        <translation>connexion refusée par %1 : %2</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>connexion à %1 perdue</translation>
    </message>
    <message>
        <source>disconnected by %1: %2</source>
        <translation>déconnecté par %1 : %2</translation>
    </message>
    <message>
        <source>cannot set up the terminal</source>
        <translation>impossible de configurer le terminal</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable; as FILTER)</source>
        <translation>filtre de topic auquel s’abonner (répétable ; comme FILTER)</translation>
    </message>
    <message>
        <source>do not show topics matching FILTER (repeatable)</source>
        <translation>ne pas afficher les topics correspondant à FILTER (répétable)</translation>
    </message>
    <message>
        <source>maximum QoS of the subscriptions (default 0)</source>
        <translation>QoS maximale des abonnements (0 par défaut)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>show payloads as %1 (default auto; &apos;f&apos; cycles)</source>
        <translation>afficher les charges utiles en %1 (auto par défaut ; « f » fait défiler)</translation>
    </message>
    <message>
        <source>first sort order: topic, count, rate or age (default topic; &apos;s&apos; cycles)</source>
        <translation>premier ordre de tri : topic, count, rate ou age (topic par défaut ; « s » fait défiler)</translation>
    </message>
    <message>
        <source>print no error messages</source>
        <translation>n’afficher aucun message d’erreur</translation>
    </message>
    <message>
        <source>Keys: q quit, p pause, s sort (topic, count, rate, age), r reverse, / filter (text, or an MQTT filter with + or #), f format, c clear, Up/Down/PgUp/PgDn/Home/End move, Enter the whole payload (Esc back), Ctrl-L redraw. SIGINT and SIGTERM end it like q.
Exit codes: as sub&apos;s: 0 success, 1 subscriptions denied, 2 bad option or not a terminal, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>Touches : q quitter, p pause, s tri (topic, count, rate, age), r inverser, / filtre (texte, ou filtre MQTT avec + ou #), f format, c effacer, Haut/Bas/PgPréc/PgSuiv/Début/Fin se déplacer, Entrée charge utile complète (Échap retour), Ctrl-L redessiner. SIGINT et SIGTERM terminent comme q.
Codes de sortie : comme sub : 0 succès, 1 abonnements refusés, 2 option invalide ou pas de terminal, 3 connexion impossible, 4 hôte introuvable, 5 échec TLS, 6 connexion refusée par le broker, 7 identifiants invalides ou non autorisé, 8 délai dépassé, 9 connexion perdue.
</translation>
    </message>
    <message>
        <source>--proto and --proto-type go with --format protobuf</source>
        <translation>--proto et --proto-type vont avec --format protobuf</translation>
    </message>
    <message>
        <source>--format protobuf: this build has no Protobuf support</source>
        <translation>--format protobuf : cette version n’a pas de prise en charge de Protobuf</translation>
    </message>
    <message>
        <source>--format protobuf needs --proto FILE</source>
        <translation>--format protobuf requiert --proto FILE</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format doit être l’un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>no topic given: monitor FILTER (e.g. monitor &apos;#&apos;)</source>
        <translation>aucun topic donné : monitor FILTER (p. ex. monitor &apos;#&apos;)</translation>
    </message>
    <message>
        <source>--sort must be topic, count, rate or age, not &apos;%1&apos;</source>
        <translation>--sort doit être topic, count, rate ou age, pas « %1 »</translation>
    </message>
    <message>
        <source>standard input is not a terminal: monitor reads its keys from one (use sub to print messages)</source>
        <translation>l’entrée standard n’est pas un terminal : monitor y lit ses touches (utilisez sub pour afficher les messages)</translation>
    </message>
    <message>
        <source>standard output is not a terminal: monitor draws a full-screen view (use sub to print messages)</source>
        <translation>la sortie standard n’est pas un terminal : monitor dessine une vue plein écran (utilisez sub pour afficher les messages)</translation>
    </message>
    <message>
        <source>Run &apos;mqtt-workbench passwd --help&apos; for usage.</source>
        <translation>Lancez « mqtt-workbench passwd --help » pour l’utilisation.</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] FILE USER
       mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b FILE USER PASSWORD
       mqtt-workbench passwd -U FILE

Creates and updates password files for the broker&apos;s auth.password-file, in the
format of mosquitto_passwd (files work with both brokers).

  -b        batch mode: the password is the last argument
  -c        create the file, replacing an existing one
  -D        delete USER from the file
  -H HASH   sha512-pbkdf2 (default, $7$) or sha512 ($6$, mosquitto 1.6)
  -U        hash every plain-text password in FILE (user:password lines)
  -h, --help  show this help

Without -b the password is asked for twice without echo when standard input is a
terminal; otherwise it is the first line of standard input.

Exit codes: 0 success, 1 file, user or password problem, 2 wrong command line.
</source>
        <translation>Utilisation : mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] FICHIER UTILISATEUR
              mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b FICHIER UTILISATEUR MOT_DE_PASSE
              mqtt-workbench passwd -U FICHIER

Crée et met à jour les fichiers de mots de passe pour auth.password-file du broker,
au format de mosquitto_passwd (les fichiers fonctionnent avec les deux brokers).

  -b        mode batch : le mot de passe est le dernier argument
  -c        créer le fichier, en remplaçant un fichier existant
  -D        supprimer UTILISATEUR du fichier
  -H HASH   sha512-pbkdf2 (par défaut, $7$) ou sha512 ($6$, mosquitto 1.6)
  -U        hacher chaque mot de passe en clair de FICHIER (lignes utilisateur:motdepasse)
  -h, --help  afficher cette aide

Sans -b, le mot de passe est demandé deux fois sans écho quand l’entrée standard est
un terminal ; sinon c’est la première ligne de l’entrée standard.

Codes de sortie : 0 succès, 1 problème de fichier, d’utilisateur ou de mot de passe,
2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1:%2: expected user:password</source>
        <translation>%1:%2 : utilisateur:motdepasse attendu</translation>
    </message>
    <message>
        <source>-H needs a value: sha512-pbkdf2 or sha512</source>
        <translation>-H requiert une valeur : sha512-pbkdf2 ou sha512</translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos; (use sha512-pbkdf2 or sha512)</source>
        <translation>hachage inconnu « %1 » (utilisez sha512-pbkdf2 ou sha512)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>-U takes only a FILE</source>
        <translation>-U ne prend qu’un FICHIER</translation>
    </message>
    <message>
        <source>-c and -D cannot be used together</source>
        <translation>-c et -D ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>-b and -D cannot be used together</source>
        <translation>-b et -D ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>expected FILE USER PASSWORD</source>
        <translation>FICHIER UTILISATEUR MOT_DE_PASSE attendus</translation>
    </message>
    <message>
        <source>expected FILE USER</source>
        <translation>FICHIER UTILISATEUR attendus</translation>
    </message>
    <message>
        <source>user names must not be empty or contain &apos;:&apos;</source>
        <translation>les noms d’utilisateur ne doivent pas être vides ni contenir « : »</translation>
    </message>
    <message>
        <source>user %1 is not in %2</source>
        <translation>l’utilisateur %1 n’est pas dans %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>aucun mot de passe donné</translation>
    </message>
    <message>
        <source>Reenter password: </source>
        <translation>Retapez le mot de passe : </translation>
    </message>
    <message>
        <source>passwords do not match</source>
        <translation>les mots de passe ne correspondent pas</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>le mot de passe ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 defines no message type</source>
        <translation>%1 ne définit aucun type de message</translation>
    </message>
    <message>
        <source>%1 defines several message types (%2): choose one with --proto-type</source>
        <translation>%1 définit plusieurs types de message (%2) : choisissez-en un avec --proto-type</translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos; in %2 (it defines: %3)</source>
        <translation>type de message inconnu « %1 » dans %2 (il définit : %3)</translation>
    </message>
    <message>
        <source>no message type</source>
        <translation>aucun type de message</translation>
    </message>
    <message>
        <source>published to &apos;%1&apos;, but no subscriber matched</source>
        <translation>publié sur « %1 », mais aucun abonné ne correspondait</translation>
    </message>
    <message>
        <source>publish to &apos;%1&apos; failed: %2</source>
        <translation>échec de la publication sur « %1 » : %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>topic to publish to</source>
        <translation>topic sur lequel publier</translation>
    </message>
    <message>
        <source>send MESSAGE</source>
        <translation>envoyer MESSAGE</translation>
    </message>
    <message>
        <source>send the contents of FILE as one message</source>
        <translation>envoyer le contenu de FILE comme un seul message</translation>
    </message>
    <message>
        <source>send each line of stdin as a message, as the lines arrive</source>
        <translation>envoyer chaque ligne de stdin comme un message, au fil de leur arrivée</translation>
    </message>
    <message>
        <source>send all of stdin as one message</source>
        <translation>envoyer tout stdin comme un seul message</translation>
    </message>
    <message>
        <source>send an empty message</source>
        <translation>envoyer un message vide</translation>
    </message>
    <message>
        <source>quality of service 0, 1 or 2 (default 0)</source>
        <translation>qualité de service (QoS) 0, 1 ou 2 (0 par défaut)</translation>
    </message>
    <message>
        <source>retain the message</source>
        <translation>retenir le message (retain)</translation>
    </message>
    <message>
        <source>send the message COUNT times</source>
        <translation>envoyer le message COUNT fois</translation>
    </message>
    <message>
        <source>wait SECONDS (fractions allowed) between repeats</source>
        <translation>attendre SECONDS (fractions permises) entre les répétitions</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a publish failed, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>Codes de sortie : 0 succès, 1 échec d’une publication, 2 option invalide, 3 connexion impossible, 4 hôte introuvable, 5 échec TLS, 6 connexion refusée par le broker, 7 identifiants invalides ou non autorisé, 8 délai dépassé, 9 connexion perdue.
</translation>
    </message>
    <message>
        <source>no message given: use -m, -f, -l, -s or -n</source>
        <translation>aucun message donné : utilisez -m, -f, -l, -s ou -n</translation>
    </message>
    <message>
        <source>only one of -m, -f, -l, -s and -n may be given</source>
        <translation>une seule option parmi -m, -f, -l, -s et -n peut être donnée</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>impossible de lire stdin : %1</translation>
    </message>
    <message>
        <source>no topic given: use -t TOPIC</source>
        <translation>aucun topic donné : utilisez -t TOPIC</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;: a topic name has no &apos;+&apos; or &apos;#&apos;</source>
        <translation>topic invalide « %1 » : un nom de topic ne contient ni « + » ni « # »</translation>
    </message>
    <message>
        <source>cannot read the message as %1: %2</source>
        <translation>impossible de lire le message en %1 : %2</translation>
    </message>
    <message>
        <source>--repeat-delay must be a number of seconds from 0 to 86400</source>
        <translation>--repeat-delay doit être un nombre de secondes de 0 à 86400</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) (-W)</source>
        <translation>
            <numerusform>délai dépassé après %n seconde (-W)</numerusform>
            <numerusform>délai dépassé après %n secondes (-W)</numerusform>
        </translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable)</source>
        <translation>filtre de topic auquel s’abonner (répétable)</translation>
    </message>
    <message>
        <source>do not print messages matching FILTER (repeatable)</source>
        <translation>ne pas afficher les messages correspondant à FILTER (répétable)</translation>
    </message>
    <message>
        <source>unsubscribe from FILTER after connecting (repeatable)</source>
        <translation>se désabonner de FILTER après la connexion (répétable)</translation>
    </message>
    <message>
        <source>exit after printing COUNT messages (-n: hbmqtt_sub&apos;s name)</source>
        <translation>quitter après avoir affiché COUNT messages (-n : le nom de hbmqtt_sub)</translation>
    </message>
    <message>
        <source>exit with code 8 after SECONDS</source>
        <translation>quitter avec le code 8 après SECONDS</translation>
    </message>
    <message>
        <source>do not print stale (retained) messages</source>
        <translation>ne pas afficher les messages anciens (retenus)</translation>
    </message>
    <message>
        <source>print only retained messages; exit at the first live one</source>
        <translation>n’afficher que les messages retenus ; quitter au premier message en direct</translation>
    </message>
    <message>
        <source>clear every retained message received (not those filtered by -T)</source>
        <translation>effacer chaque message retenu reçu (pas ceux filtrés par -T)</translation>
    </message>
    <message>
        <source>exit once the subscriptions are acknowledged</source>
        <translation>quitter dès que les abonnements sont acquittés</translation>
    </message>
    <message>
        <source>MQTT 5: retained messages 0 on every subscribe (default), 1 only for a new subscription, 2 never</source>
        <translation>MQTT 5 : messages retenus 0 à chaque abonnement (par défaut), 1 seulement pour un nouvel abonnement, 2 jamais</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag messages were published with</source>
        <translation>MQTT 5 : garder le drapeau retain avec lequel les messages ont été publiés</translation>
    </message>
    <message>
        <source>MQTT 5: do not receive this client&apos;s own publications</source>
        <translation>MQTT 5 : ne pas recevoir les publications de ce client</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>print &apos;topic payload&apos; (mosquitto_sub -v)</source>
        <translation>afficher « topic charge_utile » (mosquitto_sub -v)</translation>
    </message>
    <message>
        <source>no newline after each message</source>
        <translation>pas de saut de ligne après chaque message</translation>
    </message>
    <message>
        <source>print with mosquitto_sub&apos;s format placeholders, e.g. &apos;%t %p&apos;, &apos;%j&apos;</source>
        <translation>afficher avec les marqueurs de format de mosquitto_sub, p. ex. &apos;%t %p&apos;, &apos;%j&apos;</translation>
    </message>
    <message>
        <source>print one JSON object per message (JSON lines)</source>
        <translation>afficher un objet JSON par message (JSON Lines)</translation>
    </message>
    <message>
        <source>decode payloads as %1</source>
        <translation>décoder les charges utiles en %1</translation>
    </message>
    <message>
        <source>the .proto file of --format protobuf, parsed at start (its imports are looked up next to it); implies --format protobuf</source>
        <translation>le fichier .proto de --format protobuf, analysé au démarrage (ses imports sont cherchés à côté) ; implique --format protobuf</translation>
    </message>
    <message>
        <source>the message type of --format protobuf, e.g. pkg.Reading (default: the only message type of the file)</source>
        <translation>le type de message de --format protobuf, p. ex. pkg.Reading (par défaut : le seul type de message du fichier)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 subscriptions denied, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout (also -W), 9 connection lost.
</source>
        <translation>Codes de sortie : 0 succès, 1 abonnements refusés, 2 option invalide, 3 connexion impossible, 4 hôte introuvable, 5 échec TLS, 6 connexion refusée par le broker, 7 identifiants invalides ou non autorisé, 8 délai dépassé (aussi -W), 9 connexion perdue.
</translation>
    </message>
    <message>
        <source>no topic given: use -t FILTER</source>
        <translation>aucun topic donné : utilisez -t FILTER</translation>
    </message>
    <message>
        <source>--retain-handling, --retain-as-published and --no-local need MQTT 5 (-V 5)</source>
        <translation>--retain-handling, --retain-as-published et --no-local requièrent MQTT 5 (-V 5)</translation>
    </message>
    <message>
        <source>-R and --retained-only exclude each other</source>
        <translation>-R et --retained-only s’excluent mutuellement</translation>
    </message>
    <message>
        <source>-F and -j exclude each other</source>
        <translation>-F et -j s’excluent mutuellement</translation>
    </message>
    <message>
        <source>publish messages (like mosquitto_pub)</source>
        <translation>publier des messages (comme mosquitto_pub)</translation>
    </message>
    <message>
        <source>subscribe and print messages (like mosquitto_sub)</source>
        <translation>s’abonner et afficher les messages (comme mosquitto_sub)</translation>
    </message>
    <message>
        <source>run the MQTT broker headless</source>
        <translation>exécuter le broker MQTT sans interface</translation>
    </message>
    <message>
        <source>benchmark a broker: bench pub|sub|conn</source>
        <translation>mesurer les performances d’un broker : bench pub|sub|conn</translation>
    </message>
    <message>
        <source>create or update a password file (like mosquitto_passwd)</source>
        <translation>créer ou mettre à jour un fichier de mots de passe (comme mosquitto_passwd)</translation>
    </message>
    <message>
        <source>live topics in a full-screen terminal view (like mqttools)</source>
        <translation>topics en direct dans une vue plein écran du terminal (comme mqttools)</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]

Without a subcommand the graphical workbench starts.

Subcommands:
</source>
        <translation>Utilisation : mqtt-workbench [SOUS-COMMANDE] [OPTIONS]

Sans sous-commande, l’atelier graphique démarre.

Sous-commandes :
</translation>
    </message>
    <message>
        <source>
Run &apos;mqtt-workbench SUBCOMMAND --help&apos; for the options of each.
</source>
        <translation>
Lancez « mqtt-workbench SOUS-COMMANDE --help » pour les options de chacune.
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see --help)</source>
        <translation>sous-commande inconnue « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see --help)</source>
        <translation>option inconnue « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argument inattendu « %1 » (voir --help)</translation>
    </message>
    <message>
        <source>no display for the window (DISPLAY and WAYLAND_DISPLAY are unset); run a subcommand (see --help) or set QT_QPA_PLATFORM</source>
        <translation>aucun affichage pour la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis) ; lancez une sous-commande (voir --help) ou définissez QT_QPA_PLATFORM</translation>
    </message>
    <message>
        <source>read the message text as %1 and send its bytes (e.g. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug and protobuf from JSON)</source>
        <translation>lire le texte du message en %1 et envoyer ses octets (p. ex. hex &apos;01 ff&apos; ; cbor, msgpack, sparkplug et protobuf depuis JSON)</translation>
    </message>
    <message>
        <source>fill in placeholders anew for each message: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</source>
        <translation>remplir les espaces réservés à nouveau pour chaque message : {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</translation>
    </message>
    <message>
        <source>--template needs a message text: -m, -f, -l or -s</source>
        <translation>--template a besoin d’un texte de message : -m, -f, -l ou -s</translation>
    </message>
    <message>
        <source>bad --template: %1</source>
        <translation>--template non valide : %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>The monitor&apos;s connection state, shown in brackets in the header: [connecting]</extracomment>
        <translation>connexion</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>abonnement</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>topic</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: topic&quot;)</extracomment>
        <translation>topic</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: count&quot;)</extracomment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>rate</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: rate&quot;)</extracomment>
        <translation>débit</translation>
    </message>
    <message>
        <source>age</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: age&quot;)</extracomment>
        <translation>âge</translation>
    </message>
    <message>
        <source>p resume</source>
        <extracomment>monitor&apos;s footer: p is the key, keep it</extracomment>
        <translation>p reprendre</translation>
    </message>
    <message>
        <source>p pause</source>
        <translation>p pause</translation>
    </message>
    <message>
        <source>filter (text, or an MQTT filter with + or #; Enter applies, Esc cancels): %1_</source>
        <extracomment>monitor&apos;s filter prompt; Enter and Esc are keys, keep them</extracomment>
        <translation>filtre (texte, ou un filtre MQTT avec + ou # ; Enter applique, Esc annule) : %1_</translation>
    </message>
    <message>
        <source>Esc back  q quit  %1  f format: %2  arrows/PgUp/PgDn scroll</source>
        <extracomment>monitor&apos;s footer in the payload view: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 a payload format; Esc, q, f, PgUp and PgDn are keys, keep them</extracomment>
        <translation>Esc retour  q quitter  %1  f format : %2  flèches/PgUp/PgDn défiler</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <extracomment>monitor&apos;s footer: the sort order (topic, count, ...) reversed</extracomment>
        <translation>%1 (inversé)</translation>
    </message>
    <message>
        <source>q quit  %1  s sort: %2  r reverse  / filter  f format: %3  c clear  Enter payload  arrows/PgUp/PgDn</source>
        <extracomment>monitor&apos;s footer: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 the sort order, %3 a payload format; q, s, r, /, f, c, Enter, PgUp and PgDn are keys, keep them</extracomment>
        <translation>q quitter  %1  s tri : %2  r inverser  / filtrer  f format : %3  c effacer  Enter payload  flèches/PgUp/PgDn</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <extracomment>monitor&apos;s header while p paused the view</extracomment>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>topics %1  messages %2  %3 msg/s</source>
        <extracomment>monitor&apos;s header: the numbers of topics and messages, messages per second</extracomment>
        <translation>topics %1  messages %2  %3 msg/s</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <extracomment>monitor&apos;s header: the filter typed after /</extracomment>
        <translation>filtre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <extracomment>monitor&apos;s column heading: the topic names</extracomment>
        <translation>TOPIC</translation>
    </message>
    <message>
        <source>COUNT</source>
        <extracomment>monitor&apos;s column heading (kept short: at most 7 columns)</extracomment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>MSG/S</source>
        <extracomment>monitor&apos;s column heading: messages per second (kept short: at most 7 columns)</extracomment>
        <translation>MSG/S</translation>
    </message>
    <message>
        <source>AGE</source>
        <extracomment>monitor&apos;s column heading: time since the last message (kept short: at most 5 columns)</extracomment>
        <translation>ÂGE</translation>
    </message>
    <message>
        <source>PAYLOAD (%1)</source>
        <extracomment>monitor&apos;s column heading: %1 is the payload format</extracomment>
        <translation>PAYLOAD (%1)</translation>
    </message>
    <message>
        <source>(no message yet)</source>
        <translation>(aucun message pour l’instant)</translation>
    </message>
    <message>
        <source>(no topic matches the filter)</source>
        <translation>(aucun topic ne correspond au filtre)</translation>
    </message>
    <message>
        <source>%1  count %2  %3 msg/s  age %4  QoS %5</source>
        <extracomment>monitor&apos;s payload view header: %1 the topic, %2 the message count, %3 messages per second, %4 the time since the last message (like 12s), %5 the QoS (0, 1 or 2)</extracomment>
        <translation>%1  nombre %2  %3 msg/s  âge %4  QoS %5</translation>
    </message>
    <message>
        <source>retained</source>
        <extracomment>monitor&apos;s payload view header: the last message was a retained one</extracomment>
        <translation>retenu</translation>
    </message>
    <message>
        <source>payload: %1 bytes as %2, lines %3-%4 of %5</source>
        <extracomment>monitor&apos;s payload view: %1 the size, %2 the payload format, lines %3 to %4 of %5 are shown</extracomment>
        <translation>payload : %1 octets en %2, lignes %3-%4 sur %5</translation>
    </message>
</context>
<context>
    <name>cli::ClientConfigFile</name>
    <message>
        <source>expected a value, got a list or mapping</source>
        <translation>valeur attendue, liste ou mappage reçu</translation>
    </message>
    <message>
        <source>expected true or false, got &apos;%1&apos;</source>
        <translation>true ou false attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>entier de %1 à %2 attendu, « %3 » reçu</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2, got &apos;%1&apos;</source>
        <translation>0, 1 ou 2 attendu, « %1 » reçu</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>mappage attendu</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clé inconnue (attendu : l’une de %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;</source>
        <translation>topic invalide « %1 »</translation>
    </message>
    <message>
        <source>a will needs a topic</source>
        <translation>un testament requiert un topic</translation>
    </message>
    <message>
        <source>expected a mapping of topic to {qos, retain}</source>
        <translation>mappage de topic vers {qos, retain} attendu</translation>
    </message>
    <message>
        <source>invalid topic</source>
        <translation>topic invalide</translation>
    </message>
    <message>
        <source>%1:%2: %3: ignored; use --format</source>
        <translation>%1:%2 : %3 : ignoré ; utilisez --format</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2 : %3 : %4</translation>
    </message>
    <message>
        <source>%1:%2: invalid YAML: %3</source>
        <translation>%1:%2 : YAML invalide : %3</translation>
    </message>
</context>
<context>
    <name>cli::CommandClient</name>
    <message>
        <source>Client %1 sending %2</source>
        <translation>Client %1 envoie %2</translation>
    </message>
    <message>
        <source>Client %1 received %2</source>
        <translation>Client %1 a reçu %2</translation>
    </message>
</context>
<context>
    <name>cli::ConnectionOptions</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 doit être un nombre de %2 à %3, pas « %4 »</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>broker URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]; for mqtt[s] the path is the topic, for ws[s] the WebSocket path</source>
        <translation>URL du broker {mqtt,ws}[s]://[utilisateur[:motdepasse]@]hôte[:port][/chemin] ; pour mqtt[s] le chemin est le topic, pour ws[s] le chemin WebSocket</translation>
    </message>
    <message>
        <source>broker host (default localhost)</source>
        <translation>hôte du broker (localhost par défaut)</translation>
    </message>
    <message>
        <source>broker port (default 1883, 8883 with TLS)</source>
        <translation>port du broker (1883 par défaut, 8883 avec TLS)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d’utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>client identifier (default: generated)</source>
        <translation>identifiant du client (par défaut : généré)</translation>
    </message>
    <message>
        <source>client identifier PREFIX followed by the process id</source>
        <translation>identifiant du client : PREFIX suivi de l’identifiant du processus</translation>
    </message>
    <message>
        <source>MQTT version: 5 (default), 311 or 31 (also mqttv5, mqttv311, mqttv31)</source>
        <translation>version de MQTT : 5 (par défaut), 311 ou 31 (aussi mqttv5, mqttv311, mqttv31)</translation>
    </message>
    <message>
        <source>keep-alive interval (default 60, 0 = off)</source>
        <translation>intervalle de keep-alive (60 par défaut, 0 = désactivé)</translation>
    </message>
    <message>
        <source>hbmqtt client configuration (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; options given override it</source>
        <translation>configuration de client hbmqtt (YAML) : keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker ; les options données la remplacent</translation>
    </message>
    <message>
        <source>keep the session (clean session off; never expires unless -x)</source>
        <translation>garder la session (clean session désactivée ; n’expire jamais sauf avec -x)</translation>
    </message>
    <message>
        <source>MQTT 5 session expiry; -1 or 4294967295 = never</source>
        <translation>expiration de session MQTT 5 ; -1 ou 4294967295 = jamais</translation>
    </message>
    <message>
        <source>start a clean session (the default; hbmqtt&apos;s option)</source>
        <translation>démarrer une session propre (par défaut ; option de hbmqtt)</translation>
    </message>
    <message>
        <source>give up when not connected after SECONDS (default 10)</source>
        <translation>abandonner si pas connecté après SECONDS (10 par défaut)</translation>
    </message>
    <message>
        <source>extra HTTP header for the WebSocket upgrade (repeatable)</source>
        <translation>en-tête HTTP supplémentaire pour la mise à niveau WebSocket (répétable)</translation>
    </message>
    <message>
        <source>extra HTTP headers for the WebSocket upgrade as a JSON object, e.g. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</source>
        <translation>en-têtes HTTP supplémentaires pour la mise à niveau WebSocket sous forme d’objet JSON, p. ex. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</translation>
    </message>
    <message>
        <source>start from the connection profile NAME saved by the GUI</source>
        <translation>partir du profil de connexion NAME enregistré par l’interface graphique</translation>
    </message>
    <message>
        <source>print every packet sent and received on stderr</source>
        <translation>afficher sur stderr chaque paquet envoyé et reçu</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); switches TLS on</source>
        <translation>certificats d’AC de confiance (PEM) ; active TLS</translation>
    </message>
    <message>
        <source>directory of trusted CA certificates; switches TLS on</source>
        <translation>répertoire de certificats d’AC de confiance ; active TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates given as PEM text; switches TLS on</source>
        <translation>certificats d’AC de confiance donnés en texte PEM ; active TLS</translation>
    </message>
    <message>
        <source>trust the system&apos;s CA certificates; switches TLS on</source>
        <translation>faire confiance aux certificats d’AC du système ; active TLS</translation>
    </message>
    <message>
        <source>client certificate (PEM)</source>
        <translation>certificat du client (PEM)</translation>
    </message>
    <message>
        <source>client private key (PEM)</source>
        <translation>clé privée du client (PEM)</translation>
    </message>
    <message>
        <source>do not check that the certificate names the host</source>
        <translation>ne pas vérifier que le certificat nomme l’hôte</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Testament</translation>
    </message>
    <message>
        <source>topic of the last will</source>
        <translation>topic du testament</translation>
    </message>
    <message>
        <source>payload of the last will (default empty)</source>
        <translation>charge utile du testament (vide par défaut)</translation>
    </message>
    <message>
        <source>QoS of the last will</source>
        <translation>QoS du testament</translation>
    </message>
    <message>
        <source>retain the last will</source>
        <translation>retenir le testament (retain)</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>Propriétés MQTT 5</translation>
    </message>
    <message>
        <source>add a property to a packet, e.g. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (repeatable)</source>
        <translation>ajouter une propriété à un paquet, p. ex. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (répétable)</translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;: %2</source>
        <translation>URL invalide « %1 » : %2</translation>
    </message>
    <message>
        <source>-V must be 5, 311 or 31, not &apos;%1&apos;</source>
        <translation>-V doit être 5, 311 ou 31, pas « %1 »</translation>
    </message>
    <message>
        <source>-c and --clean-session exclude each other</source>
        <translation>-c et --clean-session s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header doit avoir la forme « Nom: valeur », pas « %1 »</translation>
    </message>
    <message>
        <source>--extra-headers must be a JSON object of header names to values</source>
        <translation>--extra-headers doit être un objet JSON associant des noms d’en-tête à des valeurs</translation>
    </message>
    <message>
        <source>--extra-headers: the value of &apos;%1&apos; is not a string</source>
        <translation>--extra-headers : la valeur de « %1 » n’est pas une chaîne</translation>
    </message>
    <message>
        <source>--cert and --key must be given together</source>
        <translation>--cert et --key doivent être donnés ensemble</translation>
    </message>
    <message>
        <source>will options need --will-topic</source>
        <translation>les options de testament requièrent --will-topic</translation>
    </message>
    <message>
        <source>-D properties need MQTT 5 (-V 5)</source>
        <translation>les propriétés -D requièrent MQTT 5 (-V 5)</translation>
    </message>
</context>
<context>
    <name>cli::MessageFormatter</name>
    <message>
        <source>incomplete format specifier in -F</source>
        <translation>spécificateur de format incomplet dans -F</translation>
    </message>
    <message>
        <source>invalid format specifier &apos;%1&apos; in -F</source>
        <translation>spécificateur de format invalide « %1 » dans -F</translation>
    </message>
    <message>
        <source>incomplete escape specifier in -F</source>
        <translation>séquence d’échappement incomplète dans -F</translation>
    </message>
    <message>
        <source>invalid escape specifier &apos;%1&apos; in -F</source>
        <translation>séquence d’échappement invalide « %1 » dans -F</translation>
    </message>
    <message>
        <source>cannot decode the payload on topic %1 as %2: %3</source>
        <translation>impossible de décoder la charge utile du topic %1 en %2 : %3</translation>
    </message>
    <message>
        <source>message payload is not valid JSON on topic %1</source>
        <translation>la charge utile du message sur le topic %1 n’est pas du JSON valide</translation>
    </message>
</context>
<context>
    <name>cli::ProfileReader</name>
    <message>
        <source>no profile &apos;%1&apos;: cannot read %2</source>
        <translation>aucun profil « %1 » : impossible de lire %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 n’est pas un fichier de profils : %2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>aucun profil nommé « %1 » dans %2</translation>
    </message>
</context>
<context>
    <name>cli::PropertyDefinitions</name>
    <message>
        <source>-D: unknown command &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect or will)</source>
        <translation>-D : commande inconnue « %1 » (connect, publish, subscribe, unsubscribe, disconnect ou will)</translation>
    </message>
    <message>
        <source>-D: unknown property &apos;%1&apos;</source>
        <translation>-D : propriété inconnue « %1 »</translation>
    </message>
    <message>
        <source>-D: property &apos;%1&apos; is not allowed on %2</source>
        <translation>-D : la propriété « %1 » n’est pas autorisée sur %2</translation>
    </message>
    <message>
        <source>-D: invalid value &apos;%1&apos; for %2</source>
        <translation>-D : valeur invalide « %1 » pour %2</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>the broker does not support this MQTT version</source>
        <translation>le broker ne prend pas en charge cette version de MQTT</translation>
    </message>
    <message>
        <source>the broker rejected the client ID</source>
        <translation>le broker a rejeté l&apos;ID client</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>le broker est indisponible</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>le broker est occupé</translation>
    </message>
    <message>
        <source>this client is banned</source>
        <translation>ce client est banni</translation>
    </message>
    <message>
        <source>the broker is shutting down</source>
        <translation>le broker s&apos;arrête</translation>
    </message>
    <message>
        <source>the authentication method is not supported</source>
        <translation>la méthode d&apos;authentification n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>keep-alive timeout</source>
        <translation>délai keep-alive dépassé</translation>
    </message>
    <message>
        <source>another client connected with the same client ID</source>
        <translation>un autre client s&apos;est connecté avec le même ID client</translation>
    </message>
    <message>
        <source>invalid topic filter</source>
        <translation>filtre de topic invalide</translation>
    </message>
    <message>
        <source>invalid topic name</source>
        <translation>nom de topic invalide</translation>
    </message>
    <message>
        <source>packet too large for the broker</source>
        <translation>paquet trop grand pour le broker</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>débit de messages trop élevé</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>quota dépassé</translation>
    </message>
    <message>
        <source>disconnected by an administrator</source>
        <translation>déconnecté par un administrateur</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>format de charge utile invalide</translation>
    </message>
    <message>
        <source>the broker does not support retained messages</source>
        <translation>le broker ne prend pas en charge les messages retenus</translation>
    </message>
    <message>
        <source>the broker does not support this QoS</source>
        <translation>le broker ne prend pas en charge cette QoS</translation>
    </message>
    <message>
        <source>the broker redirects to another server</source>
        <translation>le broker redirige vers un autre serveur</translation>
    </message>
    <message>
        <source>shared subscriptions are not supported</source>
        <translation>les abonnements partagés ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>connecting too often</source>
        <translation>connexions trop fréquentes</translation>
    </message>
    <message>
        <source>maximum connect time reached</source>
        <translation>durée de connexion maximale atteinte</translation>
    </message>
    <message>
        <source>subscription identifiers are not supported</source>
        <translation>les identifiants d&apos;abonnement ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>wildcard subscriptions are not supported</source>
        <translation>les abonnements avec jokers ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>paquet mal formé</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>aucun abonné correspondant</translation>
    </message>
    <message>
        <source>The connection settings are incomplete</source>
        <translation>Les paramètres de connexion sont incomplets</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>Cannot reach the broker</source>
        <translation>Broker injoignable</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>Problème TLS</translation>
    </message>
    <message>
        <source>WebSocket handshake failed</source>
        <translation>Échec de la négociation WebSocket</translation>
    </message>
    <message>
        <source>The broker did not answer in time</source>
        <translation>Le broker n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>Le broker a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>The broker stopped answering (keep-alive timeout)</source>
        <translation>Le broker ne répond plus (délai keep-alive dépassé)</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1</source>
        <translation>Le broker a fermé la connexion : %1</translation>
    </message>
    <message>
        <source>The broker broke the MQTT protocol</source>
        <translation>Le broker a enfreint le protocole MQTT</translation>
    </message>
    <message>
        <source>The message is larger than the broker accepts</source>
        <translation>Le message est plus grand que ce que le broker accepte</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>Le broker a refusé : %1</translation>
    </message>
    <message>
        <source>Offline queue full</source>
        <translation>File d&apos;attente hors ligne pleine</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot store the in-flight messages</source>
        <translation>Impossible d&apos;enregistrer les messages en transit</translation>
    </message>
    <message>
        <source>Too large to decode; shown as text.</source>
        <translation>Trop grand pour être décodé ; affiché comme texte.</translation>
    </message>
</context>
<context>
    <name>gui::BridgeDialog</name>
    <message>
        <source>Do not check the host name</source>
        <translation>Ne pas vérifier le nom d’hôte</translation>
    </message>
    <message>
        <source>New upstream session on every connect</source>
        <translation>Nouvelle session amont à chaque connexion</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Ajouter un topic</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Retirer le topic</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>Nouveau pont</translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation>Pont %1</translation>
    </message>
    <message>
        <source>Shown in the bridge list and in $SYS topics</source>
        <translation>Affiché dans la liste des ponts et dans les topics $SYS</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883
mqtts://backup.example.com</source>
        <translation>mqtt://broker.example.com:1883
mqtts://backup.example.com</translation>
    </message>
    <message>
        <source>One URL per line (mqtt://, mqtts://, ws://, wss://), tried in order; after a lost connection the first is tried again</source>
        <translation>Une URL par ligne (mqtt://, mqtts://, ws://, wss://), essayées dans l’ordre ; après une connexion perdue, la première est réessayée</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation>MQTT 5</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Anonymous access rules</source>
        <translation>Règles d’accès anonyme</translation>
    </message>
    <message>
        <source>The local user whose access rules apply to what the bridge brings in and takes out</source>
        <translation>L’utilisateur local dont les règles d’accès s’appliquent à ce que le pont fait entrer et sortir</translation>
    </message>
    <message>
        <source>The upstream&apos;s certificate chain is still checked</source>
        <translation>La chaîne de certificats du broker amont reste vérifiée</translation>
    </message>
    <message>
        <source>Upstream broker</source>
        <translation>Broker amont</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adresses :</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocole :</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-alive :</translation>
    </message>
    <message>
        <source>Login and TLS</source>
        <translation>Connexion et TLS</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA :</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée :</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Local user:</source>
        <translation>Utilisateur local :</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Local prefix</source>
        <translation>Préfixe local</translation>
    </message>
    <message>
        <source>Remote prefix</source>
        <translation>Préfixe distant</translation>
    </message>
    <message>
        <source>The pattern is a topic filter, matched after removing the prefix on each side</source>
        <translation>Le motif est un filtre de topic, comparé après retrait du préfixe de chaque côté</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>Local messages go to the upstream broker</source>
        <translation>Les messages locaux partent vers le broker amont</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>Upstream messages come to the local broker</source>
        <translation>Les messages amont arrivent au broker local</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>Both ways (never echoed back)</source>
        <translation>Dans les deux sens (jamais renvoyés)</translation>
    </message>
    <message>
        <source>Another bridge is already called %1.</source>
        <translation>Un autre pont s’appelle déjà %1.</translation>
    </message>
    <message>
        <source>This bridge cannot be used yet:</source>
        <translation>Ce pont n’est pas encore utilisable :</translation>
    </message>
</context>
<context>
    <name>gui::BrokerBridgeModel</name>
    <message>
        <source>Echoes suppressed: %1</source>
        <translation>Échos supprimés : %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>up</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>down</source>
        <translation>coupé</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation>Adresse amont</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrants</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortants</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>gui::BrokerClientModel</name>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>Connecté à</translation>
    </message>
</context>
<context>
    <name>gui::BrokerController</name>
    <message>
        <source>The keychain is not available (%1); the bridge password is kept for this session only</source>
        <translation>Le trousseau n’est pas disponible (%1) ; le mot de passe du pont n’est conservé que pour cette session</translation>
    </message>
</context>
<context>
    <name>gui::BrokerPanel</name>
    <message>
        <source>Start local broker</source>
        <translation>Démarrer le broker local</translation>
    </message>
    <message>
        <source>Start an MQTT broker inside the workbench</source>
        <translation>Démarrer un broker MQTT dans le workbench</translation>
    </message>
    <message>
        <source>Stop local broker</source>
        <translation>Arrêter le broker local</translation>
    </message>
    <message>
        <source>Connect to local broker</source>
        <translation>Se connecter au broker local</translation>
    </message>
    <message>
        <source>Open a connection tab to the local broker</source>
        <translation>Ouvrir un onglet de connexion vers le broker local</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>Supprimer le message retenu</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Écouteurs</translation>
    </message>
    <message>
        <source>MQTT port:</source>
        <translation>Port MQTT :</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>Port WebSocket :</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Accessible depuis d&apos;autres ordinateurs</translation>
    </message>
    <message>
        <source>Allow clients without a user name</source>
        <translation>Autoriser les clients sans nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Running on mqtt://%1:%2</source>
        <translation>En cours sur mqtt://%1:%2</translation>
    </message>
    <message>
        <source>and ws://127.0.0.1:%1</source>
        <translation>et ws://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Démarrage impossible : %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Messages reçus</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <source>Sessions: %1, subscriptions: %2, dropped messages: %3</source>
        <translation>Sessions : %1, abonnements : %2, messages abandonnés : %3</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Fichier de mots de passe :</translation>
    </message>
    <message>
        <source>mosquitto_passwd file (optional)</source>
        <translation>fichier mosquitto_passwd (facultatif)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Ponts</translation>
    </message>
    <message>
        <source>Add bridge…</source>
        <translation>Ajouter un pont…</translation>
    </message>
    <message>
        <source>Connect the local broker to an upstream broker</source>
        <translation>Relier le broker local à un broker amont</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove bridge</source>
        <translation>Retirer le pont</translation>
    </message>
    <message>
        <source>Remove the bridge %1?</source>
        <translation>Retirer le pont %1 ?</translation>
    </message>
    <message>
        <source>Messages it still holds for the upstream broker are not sent.</source>
        <translation>Les messages qu’il garde encore pour le broker amont ne sont pas envoyés.</translation>
    </message>
</context>
<context>
    <name>gui::BrokerRetainedModel</name>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
</context>
<context>
    <name>gui::BrokerSessionModel</name>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Expire après</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Perdus</translation>
    </message>
</context>
<context>
    <name>gui::BusiestTopicsModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionStatusWidget</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Reconnexion dans %1 s (tentative %2)</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconnexion (tentative %1)…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2)</source>
        <translation>Connecté à %1 (MQTT %2)</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID client : %1</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionTab</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Filter topics: text, a/+/b, /regex/, -exclude</source>
        <translation>Filtrer les topics : texte, a/+/b, /regex/, -exclure</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Busiest topics</source>
        <translation>Topics les plus actifs</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtre de topic</translation>
    </message>
    <message>
        <source>Text in payload</source>
        <translation>Texte dans la charge utile</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the live view; messages keep arriving and are counted</source>
        <translation>Suspendre la vue en direct ; les messages continuent d&apos;arriver et sont comptés</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Défilement automatique</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empty the message history and the topic tree</source>
        <translation>Vider l&apos;historique des messages et l&apos;arborescence des topics</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>Reprendre (%1 nouveaux)</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Publish to this topic</source>
        <translation>Publier sur ce topic</translation>
    </message>
    <message>
        <source>Clear retained value</source>
        <translation>Effacer la valeur retenue</translation>
    </message>
    <message>
        <source>Clear retained values below…</source>
        <translation>Effacer les valeurs retenues en dessous…</translation>
    </message>
    <message>
        <source>No retained values known at or below %1</source>
        <translation>Aucune valeur retenue connue sur ou sous %1</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>Effacer les messages retenus</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n retained message(s) at or below &quot;%1&quot;? The broker will forget them.</source>
        <translation>
            <numerusform>Effacer %n message retenu sur ou sous « %1 » ? Le broker l&apos;oubliera.</numerusform>
            <numerusform>Effacer %n messages retenus sur ou sous « %1 » ? Le broker les oubliera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing retained messages…</source>
        <translation>Effacement des messages retenus…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained message(s)</source>
        <translation>
            <numerusform>%n message retenu effacé</numerusform>
            <numerusform>%n messages retenus effacés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained messages, %2 refused by the broker</source>
        <translation>%1 messages retenus effacés, %2 refusés par le broker</translation>
    </message>
    <message>
        <source>%1 shown · %2 dropped · %3 topics</source>
        <translation>%1 affichés · %2 abandonnés · %3 topics</translation>
    </message>
    <message>
        <source>%1 messages received, %2 in the history, %3 dropped as the oldest beyond the history limit (%4 messages / %5)</source>
        <translation>%1 messages reçus, %2 dans l&apos;historique, %3 abandonnés (les plus anciens au-delà de la limite d&apos;historique : %4 messages / %5)</translation>
    </message>
    <message>
        <source>no longer in the message list</source>
        <translation>n&apos;est plus dans la liste des messages</translation>
    </message>
</context>
<context>
    <name>gui::DataSize</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>gui::Extensions</name>
    <message>
        <source>Local broker</source>
        <translation>Broker local</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Packet inspector</source>
        <translation>Inspecteur de paquets</translation>
    </message>
    <message>
        <source>Record and replay</source>
        <translation>Enregistrer et rejouer</translation>
    </message>
    <message>
        <source>Broker status ($SYS)</source>
        <translation>État du broker ($SYS)</translation>
    </message>
    <message>
        <source>Start a local MQTT broker on this computer and connect to it? You can publish and watch messages right away, and stop it from the Tools menu.</source>
        <translation>Démarrer un broker MQTT local sur cet ordinateur et s&apos;y connecter ? Vous pourrez publier et observer des messages tout de suite, et l&apos;arrêter depuis le menu Outils.</translation>
    </message>
    <message>
        <source>Schema decoder</source>
        <translation>Décodeur de schéma</translation>
    </message>
</context>
<context>
    <name>gui::HistorySearchDialog</name>
    <message>
        <source>Search message history</source>
        <translation>Rechercher dans l’historique des messages</translation>
    </message>
    <message>
        <source>&amp;Topic filter</source>
        <translation>Filtre de &amp;topic</translation>
    </message>
    <message>
        <source>Te&amp;xt in payload</source>
        <translation>Te&amp;xte dans la charge utile</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnexion</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Toutes les connexions</translation>
    </message>
    <message>
        <source>The message history is off.</source>
        <translation>L’historique des messages est désactivé.</translation>
    </message>
    <message>
        <source>Messages found: the newest %1 (more match).</source>
        <translation>Messages trouvés : les %1 plus récents (d’autres correspondent).</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>Messages trouvés : %1</translation>
    </message>
    <message>
        <source>Received messages kept between runs (newest first).</source>
        <translation>Messages reçus conservés d’une exécution à l’autre (les plus récents d’abord).</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <source>Only messages received at or after this time</source>
        <translation>Uniquement les messages reçus à cette heure ou après</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’à</translation>
    </message>
    <message>
        <source>Only messages received at or before this time</source>
        <translation>Uniquement les messages reçus à cette heure ou avant</translation>
    </message>
</context>
<context>
    <name>gui::InspectorModel</name>
    <message>
        <source>→ out</source>
        <translation>→ envoyé</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← reçu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Drapeaux</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>ID de paquet</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>Octets de charge utile</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>gui::InspectorPanel</name>
    <message>
        <source>Filter packets (topic, client ID, …)</source>
        <translation>Filtrer les paquets (topic, ID client…)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>Masquer les pings</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest packet in view</source>
        <translation>Garder le paquet le plus récent visible</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>Raw bytes (%n bytes):</source>
        <translation>
            <numerusform>Octets bruts (%n octet) :</numerusform>
            <numerusform>Octets bruts (%n octets) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest packets dropped</source>
        <translation>
            <numerusform>%n paquet le plus ancien abandonné</numerusform>
            <numerusform>%n paquets les plus anciens abandonnés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>MQTT Workbench</source>
        <translation>MQTT Workbench</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>Supprimer la connexion « %1 » ?</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Open a saved connection from the &lt;b&gt;Connections&lt;/b&gt; panel (double-click), or create a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Ouvrez une connexion enregistrée depuis le panneau &lt;b&gt;Connexions&lt;/b&gt; (double-clic) ou créez-en une nouvelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import connections…</source>
        <translation>&amp;Importer des connexions…</translation>
    </message>
    <message>
        <source>&amp;Export connections…</source>
        <translation>&amp;Exporter les connexions…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>&amp;Save subscriptions to the connection</source>
        <translation>&amp;Enregistrer les abonnements dans la connexion</translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <source>&amp;Pause live view</source>
        <translation>&amp;Suspendre la vue en direct</translation>
    </message>
    <message>
        <source>&amp;Find messages</source>
        <translation>&amp;Rechercher des messages</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Publier &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;About MQTT Workbench</source>
        <translation>À &amp;propos de MQTT Workbench</translation>
    </message>
    <message>
        <source>About MQTT Workbench</source>
        <translation>À propos de MQTT Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Watch topics live, publish test messages and run a local broker.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Observez des topics en direct, publiez des messages de test et lancez un broker local.&lt;/p&gt;&lt;p&gt;Licence : MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>No password in the keychain for %1</source>
        <translation>Aucun mot de passe dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the password is kept for this session only</source>
        <translation>Le trousseau n&apos;est pas disponible (%1) ; le mot de passe n&apos;est gardé que pour cette session</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <source>Connection profiles (*.json)</source>
        <translation>Profils de connexion (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>%n connexion importée</numerusform>
            <numerusform>%n connexions importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exporter les connexions</translation>
    </message>
    <message>
        <source>Exported to %1 (passwords are not exported)</source>
        <translation>Exporté vers %1 (les mots de passe ne sont pas exportés)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Message history per connection (oldest messages are dropped first):</source>
        <translation>Historique des messages par connexion (les plus anciens sont abandonnés en premier) :</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>History of each topic (message detail ▸ History and chart); when all topics together reach their memory, the busiest topics give up their oldest messages first:</source>
        <translation>Historique de chaque sujet (détail du message ▸ Historique et graphique) ; quand l&apos;ensemble des sujets atteint sa mémoire, les sujets les plus actifs cèdent d&apos;abord leurs messages les plus anciens :</translation>
    </message>
    <message>
        <source>Messages per topic</source>
        <translation>Messages par sujet</translation>
    </message>
    <message>
        <source>Memory per topic</source>
        <translation>Mémoire par sujet</translation>
    </message>
    <message>
        <source>Memory for all topics</source>
        <translation>Mémoire pour tous les sujets</translation>
    </message>
    <message>
        <source>Search message &amp;history…</source>
        <translation>Rechercher dans l’&amp;historique des messages…</translation>
    </message>
    <message>
        <source>Keep message history between runs</source>
        <translation>Conserver l’historique des messages d’une exécution à l’autre</translation>
    </message>
    <message>
        <source>Received messages are written to %1 and can be searched with Tools ▸ Search message history; the oldest are deleted first.</source>
        <translation>Les messages reçus sont écrits dans %1 et peuvent être recherchés avec Outils ▸ Rechercher dans l’historique des messages ; les plus anciens sont supprimés en premier.</translation>
    </message>
    <message>
        <source>Messages kept</source>
        <translation>Messages conservés</translation>
    </message>
    <message>
        <source>Payloads kept</source>
        <translation>Charges utiles conservées</translation>
    </message>
    <message>
        <source>Search message history</source>
        <translation>Rechercher dans l’historique des messages</translation>
    </message>
    <message>
        <source>The message history is off. Turn on &quot;Keep message history between runs&quot; in Tools ▸ Preferences.</source>
        <translation>L’historique des messages est désactivé. Activez « Conserver l’historique des messages d’une exécution à l’autre » dans Outils ▸ Préférences.</translation>
    </message>
</context>
<context>
    <name>gui::MessageArchive</name>
    <message>
        <source>Cannot create the folder of the message history %1</source>
        <translation>Impossible de créer le dossier de l’historique des messages %1</translation>
    </message>
    <message>
        <source>Cannot open the message history %1: %2</source>
        <translation>Impossible d’ouvrir l’historique des messages %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the message history %1: %2</source>
        <translation>Impossible de lire l’historique des messages %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the message history %1: %2</source>
        <translation>Impossible d’écrire l’historique des messages %1 : %2</translation>
    </message>
</context>
<context>
    <name>gui::MessageDetailView</name>
    <message>
        <source>How to show the payload</source>
        <translation>Comment afficher la charge utile</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Copier le topic</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Copier la charge utile</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Select an earlier value to compare it with the shown message</source>
        <translation>Sélectionnez une valeur antérieure pour la comparer au message affiché</translation>
    </message>
    <message>
        <source>JSON field (e.g. temperature or data.value); empty = whole payload</source>
        <translation>Champ JSON (p. ex. temperature ou data.value) ; vide = toute la charge utile</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>Select a message or a topic to see its payload.</source>
        <translation>Sélectionnez un message ou un topic pour voir sa charge utile.</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3 · %4</source>
        <translation>%1 · QoS %2%3 · %4</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · retenu</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 — show more</source>
        <translation>Affichage des %1 premiers sur %2 — afficher plus</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No MQTT 5 properties</source>
        <translation>Aucune propriété MQTT 5</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Format de la charge utile</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>Texte UTF-8</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Expiration du message</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Topic de réponse</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Données de corrélation</translation>
    </message>
    <message>
        <source>Subscription identifier</source>
        <translation>Identifiant d&apos;abonnement</translation>
    </message>
    <message>
        <source>Topic alias</source>
        <translation>Alias de topic</translation>
    </message>
    <message>
        <source>User property: %1</source>
        <translation>Propriété utilisateur : %1</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from %1 to the shown message (%2):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modifications de %1 au message affiché (%2) :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Topic copied</source>
        <translation>Topic copié</translation>
    </message>
    <message>
        <source>Payload copied (%1)</source>
        <translation>Charge utile copiée (%1)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>Charger un .proto…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Décoder les charges utiles avec un schéma Protobuf</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Cette version ne prend pas en charge Protobuf</translation>
    </message>
    <message>
        <source>Message type of the payload</source>
        <translation>Type de message de la charge utile</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1 : %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The numeric field to chart: pick one of the payload&apos;s or type a path; the choice is kept for the topic</source>
        <translation>Le champ numérique à tracer : choisissez-en un de la charge utile ou saisissez un chemin ; le choix est mémorisé pour le sujet</translation>
    </message>
</context>
<context>
    <name>gui::MessageLogModel</name>
    <message>
        <source>R</source>
        <comment>retained flag</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Retained message</source>
        <translation>Message retenu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
</context>
<context>
    <name>gui::PasswordVault</name>
    <message>
        <source>No keychain support in this build</source>
        <translation>Pas de trousseau pris en charge dans cette version</translation>
    </message>
</context>
<context>
    <name>gui::ProfileDialog</name>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Vérifier le certificat du broker</translation>
    </message>
    <message>
        <source>Do not check the host name in the certificate</source>
        <translation>Ne pas vérifier le nom d&apos;hôte dans le certificat</translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation>Démarrage propre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>Request response information</source>
        <translation>Demander les informations de réponse</translation>
    </message>
    <message>
        <source>Send a last will</source>
        <translation>Envoyer un testament</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Reconnecter automatiquement</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Subscribe on connect to</source>
        <translation>S&apos;abonner à la connexion à</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883</source>
        <translation>mqtt://broker.example.com:1883</translation>
    </message>
    <message>
        <source>{mqtt,mqtts,ws,wss}://[user[:password]@]host[:port][/path]</source>
        <translation>{mqtt,mqtts,ws,wss}://[utilisateur[:mot de passe]@]hôte[:port][/chemin]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Remember the password (in the system keychain)</source>
        <translation>Mémoriser le mot de passe (dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Store the password in the profile file (unencrypted)</source>
        <translation>Enregistrer le mot de passe dans le fichier de profils (non chiffré)</translation>
    </message>
    <message>
        <source>MQTT 5.0</source>
        <translation>MQTT 5.0</translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation>MQTT 3.1.1</translation>
    </message>
    <message>
        <source>MQTT 3.1</source>
        <translation>MQTT 3.1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats CA</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat CA</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Client private key</source>
        <translation>Clé privée du client</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>généré</translation>
    </message>
    <message>
        <source>name: value, one per line</source>
        <translation>nom : valeur, un par ligne</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>Expiration de session</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Receive maximum</source>
        <translation>Réception maximale</translation>
    </message>
    <message>
        <source>Maximum packet size (0 = no limit)</source>
        <translation>Taille maximale des paquets (0 = illimitée)</translation>
    </message>
    <message>
        <source>Topic alias maximum</source>
        <translation>Maximum d&apos;alias de topic</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>Propriétés utilisateur</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Delay (MQTT 5)</source>
        <translation>Délai (MQTT 5)</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Testament</translation>
    </message>
    <message>
        <source>Header: value, one per line</source>
        <translation>En-tête : valeur, un par ligne</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>En-têtes HTTP</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Premier délai</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Reconnect &amp;&amp; subscribe</source>
        <translation>Reconnecter &amp;&amp; s&apos;abonner</translation>
    </message>
    <message>
        <source>The URL is not usable: %1</source>
        <translation>L&apos;URL n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du broker.</translation>
    </message>
    <message>
        <source>The will needs a topic without &apos;+&apos; or &apos;#&apos;.</source>
        <translation>Le testament nécessite un topic sans &apos;+&apos; ni &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The subscription on connect is not a valid topic filter.</source>
        <translation>L&apos;abonnement à la connexion n&apos;est pas un filtre de topic valide.</translation>
    </message>
    <message>
        <source>These settings cannot work: %1</source>
        <translation>Ces paramètres ne peuvent pas fonctionner : %1</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>Enregistrer seulement</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
</context>
<context>
    <name>gui::ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 n&apos;est pas un fichier de profils : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>gui::ProfilesPanel</name>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Open the selected connection in a new tab</source>
        <translation>Ouvrir la connexion sélectionnée dans un nouvel onglet</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Create a connection profile</source>
        <translation>Créer un profil de connexion</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Modifier le profil sélectionné</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>Copier le profil sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add profiles from a file</source>
        <translation>Ajouter des profils depuis un fichier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the profiles to a file (without passwords)</source>
        <translation>Enregistrer les profils dans un fichier (sans mots de passe)</translation>
    </message>
</context>
<context>
    <name>gui::PublishPanel</name>
    <message>
        <source>Retain</source>
        <translation>Retenir</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>Propriétés MQTT 5</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <source>Publish (Ctrl+Return)</source>
        <translation>Publier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>Ajouter une propriété utilisateur</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Topic de réponse</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Données de corrélation</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Expiration du message</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between repeated publishes</source>
        <translation>Intervalle entre les publications répétées</translation>
    </message>
    <message>
        <source>Publish again and again at the interval</source>
        <translation>Publier encore et encore à l&apos;intervalle</translation>
    </message>
    <message>
        <source>Double-click to load a message into the editor</source>
        <translation>Double-cliquez pour charger un message dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the message in a named collection</source>
        <translation>Enregistrer le message dans une collection nommée</translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation>Saisissez un topic</translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain &apos;+&apos; or &apos;#&apos;</source>
        <translation>Un topic de publication ne peut pas contenir &apos;+&apos; ou &apos;#&apos;</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>Échec de la publication : %1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Publié sur %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Collection / name (e.g. Lights/Kitchen on):</source>
        <translation>Collection / nom (p. ex. Lumières/Cuisine allumée) :</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>« %1 » enregistré</translation>
    </message>
    <message>
        <source>%1 (typed as JSON)</source>
        <translation>%1 (saisi en JSON)</translation>
    </message>
    <message>
        <source>The payload is not valid %1: %2</source>
        <translation>La charge utile n&apos;est pas du %1 valide : %2</translation>
    </message>
    <message>
        <source>Published to %1, but no subscriber matched</source>
        <translation>Publié sur %1, mais aucun abonné ne correspondait</translation>
    </message>
    <message>
        <source>Unknown payload format &apos;%1&apos;</source>
        <translation>Format de charge utile inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Fill in placeholders anew at each publish (and each repeat):
{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...
{{time}}: the time in ISO 8601, UTC
{{timestamp}}, {{timestamp_ms}}: Unix time in s, in ms
{{random:MIN:MAX}}: a random number (as many decimals as the bounds)
{{uuid}}: a random UUID
{{{{: a literal {{
Values are inserted without quotes: {&quot;t&quot;: {{random:20:25}}}</source>
        <translation>Remplir les espaces réservés à nouveau à chaque publication (et chaque répétition) :
{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...
{{time}}: l’heure en ISO 8601, UTC
{{timestamp}}, {{timestamp_ms}}: temps Unix en s, en ms
{{random:MIN:MAX}}: un nombre aléatoire (autant de décimales que les bornes)
{{uuid}}: un UUID aléatoire
{{{{: un {{
Les valeurs sont insérées sans guillemets: {&quot;t&quot;: {{random:20:25}}}</translation>
    </message>
    <message>
        <source>The payload template is not valid: %1</source>
        <translation>Le modèle de payload n’est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>gui::RecordingPanel</name>
    <message>
        <source>Open a connection to record it.</source>
        <translation>Ouvrez une connexion pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Invalid broker URL: %1</source>
        <translation>URL de broker invalide : %1</translation>
    </message>
    <message>
        <source>Record messages to</source>
        <translation>Enregistrer les messages dans</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Ouvrir un enregistrement</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Record the messages of the current connection to a file</source>
        <translation>Enregistrer les messages de la connexion actuelle dans un fichier</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>Ouvrir un enregistrement…</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>Exporter les messages…</translation>
    </message>
    <message>
        <source>Save the messages of the current view as JSON Lines or CSV</source>
        <translation>Enregistrer les messages de la vue actuelle en JSON Lines ou CSV</translation>
    </message>
    <message>
        <source>Replay to:</source>
        <translation>Rejouer vers :</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>Broker local</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Connexion actuelle</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>URL du broker</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n messages</source>
        <translation>
            <numerusform>Enregistrement dans %1 : %n message</numerusform>
            <numerusform>Enregistrement dans %1 : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Aucun enregistrement en cours.</translation>
    </message>
    <message>
        <source>No recording opened.</source>
        <translation>Aucun enregistrement ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n messages</source>
        <translation>
            <numerusform>%1 : %n message</numerusform>
            <numerusform>%1 : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Arrêter la relecture</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
</context>
<context>
    <name>gui::SchemaPanel</name>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1 : %2</translation>
    </message>
    <message>
        <source>Select a message to decode it.</source>
        <translation>Sélectionnez un message pour le décoder.</translation>
    </message>
    <message>
        <source>Sparkplug B payload on %1</source>
        <translation>Charge utile Sparkplug B sur %1</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Charge utile Sparkplug B invalide : %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>Impossible de décoder comme %1 : %2</translation>
    </message>
    <message>
        <source>Sparkplug B topics (spBv1.0/…) are decoded as they are; for Protobuf payloads load a .proto file.</source>
        <translation>Les topics Sparkplug B (spBv1.0/…) sont décodés directement ; pour des charges utiles Protobuf, chargez un fichier .proto.</translation>
    </message>
    <message>
        <source>Open Protobuf schema</source>
        <translation>Ouvrir un schéma Protobuf</translation>
    </message>
    <message>
        <source>Protobuf schema (*.proto)</source>
        <translation>Schéma Protobuf (*.proto)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>Charger un .proto…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Décoder les charges utiles avec un schéma Protobuf</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Cette version ne prend pas en charge Protobuf</translation>
    </message>
</context>
<context>
    <name>gui::SubscriptionsPanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>Filtre de topic, p. ex. sensors/+/temperature</translation>
    </message>
    <message>
        <source>QoS 0</source>
        <translation>QoS 0</translation>
    </message>
    <message>
        <source>QoS 1</source>
        <translation>QoS 1</translation>
    </message>
    <message>
        <source>QoS 2</source>
        <translation>QoS 2</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S&apos;abonner</translation>
    </message>
    <message>
        <source>Not a valid topic filter: &apos;#&apos; must be last and alone in its level, &apos;+&apos; alone in its level</source>
        <translation>Filtre de topic invalide : &apos;#&apos; doit être le dernier et seul à son niveau, &apos;+&apos; seul à son niveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Subscribed (QoS %1)</source>
        <translation>Abonné (QoS %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>Couleur de %1</translation>
    </message>
    <message>
        <source>No local: do not receive own messages</source>
        <translation>No Local : ne pas recevoir ses propres messages</translation>
    </message>
    <message>
        <source>Retain as published: keep the publisher&apos;s retain flag</source>
        <translation>Retain as Published : conserver le drapeau retain de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Double-click a subscription to change its colour; right-click or Delete to unsubscribe</source>
        <translation>Double-cliquez sur un abonnement pour changer sa couleur ; clic droit ou Suppr pour se désabonner</translation>
    </message>
    <message>
        <source>Retained messages on subscribe</source>
        <translation>Messages retenus à l&apos;abonnement</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Les envoyer</translation>
    </message>
    <message>
        <source>Send them only for a new subscription</source>
        <translation>Les envoyer seulement pour un nouvel abonnement</translation>
    </message>
    <message>
        <source>Do not send them</source>
        <translation>Ne pas les envoyer</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>MQTT 5 subscription options</source>
        <translation>Options d&apos;abonnement MQTT 5</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>En attente de la connexion</translation>
    </message>
</context>
<context>
    <name>gui::SysDashboard</name>
    <message>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Publish packets</source>
        <translation>Paquets PUBLISH</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Load (per minute averages)</source>
        <translation>Charge (moyennes par minute)</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Messages retenus</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>Stockage des messages</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 j %2 h %3 min %4 s</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Open a connection to see the status its broker publishes.</source>
        <translation>Ouvrez une connexion pour voir l&apos;état publié par son broker.</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Pas de surveillance.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1; waiting for $SYS topics (the broker may not publish any, or publish them only every few seconds).</source>
        <translation>Connecté à %1 ; en attente des topics $SYS (le broker peut n&apos;en publier aucun, ou seulement toutes les quelques secondes).</translation>
    </message>
    <message numerus="yes">
        <source>%n $SYS topics from %1</source>
        <translation>
            <numerusform>%n topic $SYS de %1</numerusform>
            <numerusform>%n topics $SYS de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::TopicTreeModel</name>
    <message>
        <source>(empty)</source>
        <comment>an empty topic level</comment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Retained value</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <source>%1
%2 messages on this topic, %3 in the subtree (%4 topics)</source>
        <translation>%1
%2 messages sur ce topic, %3 dans la sous-arborescence (%4 topics)</translation>
    </message>
    <message>
        <source>Last value; a coloured mark means the broker keeps it as the retained value</source>
        <translation>Dernière valeur ; une marque colorée signifie que le broker la garde comme valeur retenue</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
</context>
<context>
    <name>gui::ValueChart</name>
    <message>
        <source>No numeric values on this topic yet</source>
        <translation>Pas encore de valeurs numériques sur ce topic</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values)</source>
        <translation>
            <numerusform>%1 (%n valeur)</numerusform>
            <numerusform>%1 (%n valeurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema::SchemaText</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>CBOR</source>
        <translation>CBOR</translation>
    </message>
    <message>
        <source>MessagePack</source>
        <translation>MessagePack</translation>
    </message>
    <message>
        <source>Raw (escaped)</source>
        <translation>Brut (échappé)</translation>
    </message>
    <message>
        <source>On/off</source>
        <translation>Marche/arrêt</translation>
    </message>
    <message>
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Cette version ne prend pas en charge Protobuf</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Chargez un fichier .proto pour décoder les charges utiles Protobuf.</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>charge utile malformée</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Charge utile Sparkplug B invalide : %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: &quot;{{&quot; is not closed by &quot;}}&quot; (write {{{{ for a literal &quot;{{&quot;)</source>
        <translation>%1 : « {{ » n’est pas fermé par « }} » (écrivez {{{{ pour un « {{ » littéral)</translation>
    </message>
    <message>
        <source>%1: %2: write {{counter}}, {{counter:START}} or {{counter:START:STEP}} with integers</source>
        <translation>%1 : %2 : écrivez {{counter}}, {{counter:START}} ou {{counter:START:STEP}} avec des entiers</translation>
    </message>
    <message>
        <source>%1: %2: write {{random:MIN:MAX}} with numbers MIN and MAX</source>
        <translation>%1 : %2 : écrivez {{random:MIN:MAX}} avec des nombres MIN et MAX</translation>
    </message>
    <message>
        <source>%1: %2: MIN is greater than MAX</source>
        <translation>%1 : %2 : MIN est supérieur à MAX</translation>
    </message>
    <message>
        <source>%1: unknown placeholder %2 (known: counter, time, timestamp, timestamp_ms, random, uuid)</source>
        <translation>%1 : espace réservé inconnu %2 (connus : counter, time, timestamp, timestamp_ms, random, uuid)</translation>
    </message>
    <message>
        <source>%1: %2 takes no arguments</source>
        <translation>%1 : %2 ne prend pas d’arguments</translation>
    </message>
</context>
</TS>
