<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FilterExpression</name>
    <message>
        <source>Invalid regular expression %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck %1: %2</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>Too large to compare (%1 and %2 lines).</source>
        <translation>Zu groß zum Vergleichen (%1 und %2 Zeilen).</translation>
    </message>
</context>
<context>
    <name>cli::ArgumentParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>Option %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>option %1 needs %2</source>
        <translation>Option %1 braucht %2</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench %1 %2
</source>
        <translation>Aufruf: mqtt-workbench %1 %2
</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
</context>
<context>
    <name>cli::BenchConnection</name>
    <message>
        <source>subscription to %1 refused: %2</source>
        <translation>Abonnement von %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>cli::CliText</name>
    <message>
        <source><byte value="xd"/>%1 s  connected %2/%3  sent %4  received %5  acked %6   </source>
        <translation><byte value="xd"/>%1 s  verbunden %2/%3  gesendet %4  empfangen %5  bestätigt %6   </translation>
    </message>
    <message>
        <source>bench conn: %1 connections in %2 s = %3 conn/s
</source>
        <translation>bench conn: %1 Verbindungen in %2 s = %3 Verb./s
</translation>
    </message>
    <message>
        <source>bench %1: %2 clients, QoS %3, %4-byte payloads
</source>
        <translation>bench %1: %2 Clients, QoS %3, Nutzdaten zu %4 Byte
</translation>
    </message>
    <message>
        <source>  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)
</source>
        <translation>  %1 gesendet von %2 Publisher(n), %3 von %4 empfangen (verloren %5)
</translation>
    </message>
    <message>
        <source>  sent %1 messages%2
</source>
        <translation>  %1 Nachrichten gesendet%2
</translation>
    </message>
    <message>
        <source>, %1 acknowledged</source>
        <translation>, %1 bestätigt</translation>
    </message>
    <message>
        <source>  %1 msg/s, %2 MB/s over %3 s
</source>
        <translation>  %1 Nachr./s, %2 MB/s über %3 s
</translation>
    </message>
    <message>
        <source>  %1 latency ms: p50 %2  p90 %3  p99 %4  max %5
</source>
        <translation>  Latenz (%1) ms: p50 %2  p90 %3  p99 %4  max %5
</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>Ende-zu-Ende</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>  bench CPU %1 s (%2% of one core)</source>
        <translation>  bench-CPU %1 s (%2% eines Kerns)</translation>
    </message>
    <message>
        <source>, broker CPU %1 s (%2%)</source>
        <translation>, Broker-CPU %1 s (%2%)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>clients: publishers (pub), subscribers (sub), connections (conn); default 10</source>
        <translation>Clients: Publisher (pub), Subscriber (sub), Verbindungen (conn); Standard 10</translation>
    </message>
    <message>
        <source>sub, flood, latency: publishers feeding the subscribers (default 1; flood 8)</source>
        <translation>sub, flood, latency: Publisher, die die Subscriber speisen (Standard 1; flood 8)</translation>
    </message>
    <message>
        <source>messages per publisher (default 10000); retained: messages stored (default 100000); large: messages (default 200)</source>
        <translation>Nachrichten pro Publisher (Standard 10000); retained: gespeicherte Nachrichten (Standard 100000); large: Nachrichten (Standard 200)</translation>
    </message>
    <message>
        <source>messages per second per publisher (default: as fast as possible; latency 5000)</source>
        <translation>Nachrichten pro Sekunde und Publisher (Standard: so schnell wie möglich; latency 5000)</translation>
    </message>
    <message>
        <source>QoS of publishes and subscriptions (default 0; latency 1; retained: 0, 1 and 2 in turn)</source>
        <translation>QoS der Veröffentlichungen und Abonnements (Standard 0; latency 1; retained: 0, 1 und 2 nacheinander)</translation>
    </message>
    <message>
        <source>payload size, at least 20 (default 64; large 1048576)</source>
        <translation>Größe der Nutzdaten, mindestens 20 (Standard 64; large 1048576)</translation>
    </message>
    <message>
        <source>topic; %i is the publisher index, &apos;+&apos; for subscribers (default bench/%i)</source>
        <translation>Topic; %i ist die Nummer des Publishers, &apos;+&apos; für Subscriber (Standard bench/%i)</translation>
    </message>
    <message>
        <source>flood, latency, noack: seconds of publishing (default 10; noack 15)</source>
        <translation>flood, latency, noack: Sekunden des Veröffentlichens (Standard 10; noack 15)</translation>
    </message>
    <message>
        <source>large: megabytes a second the subscriber reads (default 20)</source>
        <translation>large: Megabyte pro Sekunde, die der Subscriber liest (Standard 20)</translation>
    </message>
    <message>
        <source>retained: the narrow filter (default sensor/42/+)</source>
        <translation>retained: der enge Filter (Standard sensor/42/+)</translation>
    </message>
    <message>
        <source>end when no message came for SECONDS after publishing (default 5)</source>
        <translation>enden, wenn nach dem Veröffentlichen SECONDS lang keine Nachricht kam (Standard 5)</translation>
    </message>
    <message>
        <source>also report the CPU time and memory (VmRSS) of the broker process</source>
        <translation>auch CPU-Zeit und Speicher (VmRSS) des Broker-Prozesses melden</translation>
    </message>
    <message>
        <source>the broker&apos;s name in result lines (default broker)</source>
        <translation>Name des Brokers in den Ergebniszeilen (Standard broker)</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>die Zusammenfassung als ein JSON-Objekt ausgeben</translation>
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
        <translation>Modi:
  pub       Publisher senden je COUNT Nachrichten; QoS 1/2 melden die Bestätigungslatenz
  sub       Subscriber empfangen von --publishers; meldet die Ende-zu-Ende-Latenz (die Sendezeit reist in den Nutzdaten mit)
  conn      öffnet die Verbindungen der Clients und lässt sie ruhen; meldet die Verbindungslatenz und mit --broker-pid den Speicher des Brokers pro Verbindung
  retained  speichert COUNT Retained-Nachrichten sensor/&lt;i/1000&gt;/&lt;i%1000&gt;; neue Clients abonnieren &apos;#&apos; mit QoS 0, 1, 2 und --filter; meldet Ankünfte und die Zeit bis zur letzten; löscht sie am Ende
  flood     --publishers senden so schnell, wie TCP es erlaubt, an einen Subscriber für --duration
  latency   ein Publisher mit gleichmäßiger Rate -r (5000), QoS 1, an einen Subscriber für --duration; p50/p99/max der Umlaufzeit
  noack     ein QoS-1-Subscriber, der nie PUBACK sendet, neben einem gesunden; ein 3.1.1-Publisher, der nicht auf PUBACK wartet, und ein 5.0-Publisher; meldet den Anteil des gesunden Subscribers, den Fortschritt der Publisher und (--broker-pid) den Speicher des Brokers
  large     COUNT Nachrichten zu -s Byte mit QoS 1 an einen persistenten Subscriber, der --read-rate MB/s liest; meldet Zustellungen, erneute Zustellungen und Verbindungsabbrüche
Jede Nachricht trägt ihren Publisher und eine Folgenummer: jeder Modus endet mit einer Zeile `scenario=M broker=LABEL &lt;rates&gt; lost=N dup=N &lt;figures&gt;` (lost: Lücken in der Folge, dup: zweite Ankünfte; &apos;?&apos;, wo nichts es erkennen lässt).
Bench-Clients sprechen MQTT über einfaches TCP (mqtt://) ohne Keep-Alive.
</translation>
    </message>
    <message>
        <source>give one mode: pub, sub, conn, %1</source>
        <translation>einen Modus angeben: pub, sub, conn, %1</translation>
    </message>
    <message>
        <source>bench connects over plain TCP (mqtt://) only</source>
        <translation>bench verbindet nur über einfaches TCP (mqtt://)</translation>
    </message>
    <message>
        <source>-r must be a positive number of messages per second</source>
        <translation>-r muss eine positive Zahl von Nachrichten pro Sekunde sein</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>SIGHUP: no configuration file, nothing to reload.</source>
        <translation>SIGHUP: keine Konfigurationsdatei, nichts neu zu laden.</translation>
    </message>
    <message>
        <source>Reloaded the password and ACL files.</source>
        <translation>Passwort- und ACL-Dateien neu geladen.</translation>
    </message>
    <message>
        <source>reload failed, keeping the previous password and ACL rules: %1</source>
        <translation>Neuladen fehlgeschlagen, die bisherigen Passwort- und ACL-Regeln bleiben: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>configuration file (YAML or JSON)</source>
        <translation>Konfigurationsdatei (YAML oder JSON)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>TCP port (default 1883; 0 picks a free one)</source>
        <translation>TCP-Port (Standard 1883; 0 wählt einen freien)</translation>
    </message>
    <message>
        <source>also listen for MQTT over WebSocket on this port</source>
        <translation>auch auf diesem Port auf MQTT über WebSocket hören</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>address to listen on (default: all)</source>
        <translation>Adresse, auf der gehört wird (Standard: alle)</translation>
    </message>
    <message>
        <source>server certificate (PEM): the listeners use TLS (default port 8883)</source>
        <translation>Serverzertifikat (PEM): die Listener verwenden TLS (Standardport 8883)</translation>
    </message>
    <message>
        <source>private key of --certfile (PEM)</source>
        <translation>privater Schlüssel zu --certfile (PEM)</translation>
    </message>
    <message>
        <source>CA certificates (PEM) that verify client certificates, when clients present one</source>
        <translation>CA-Zertifikate (PEM), die Client-Zertifikate prüfen, wenn Clients eines vorlegen</translation>
    </message>
    <message>
        <source>keep sessions, queued and retained messages in this SQLite file across restarts (durable: a message is acknowledged once stored)</source>
        <translation>Sitzungen, wartende und Retained-Nachrichten in dieser SQLite-Datei über Neustarts hinweg behalten (dauerhaft: eine Nachricht wird bestätigt, sobald sie gespeichert ist)</translation>
    </message>
    <message>
        <source>log every connect, subscribe, unsubscribe and disconnect to stderr</source>
        <translation>jedes Verbinden, Abonnieren, Abbestellen und Trennen auf stderr protokollieren</translation>
    </message>
    <message>
        <source>Runs the MQTT 3.1 / 3.1.1 / 5.0 broker without the GUI. -p, --ws-port, --bind and --certfile replace the configuration&apos;s listeners. SIGHUP re-reads the password and ACL files; SIGINT / SIGTERM stop it.

Exit codes: 0 stopped by a signal, 1 configuration or start-up error, 2 bad option.
</source>
        <translation>Startet den MQTT-3.1-/3.1.1-/5.0-Broker ohne GUI. -p, --ws-port, --bind und --certfile ersetzen die Listener der Konfiguration. SIGHUP liest die Passwort- und ACL-Dateien neu; SIGINT / SIGTERM beenden ihn.

Exit-Codes: 0 durch ein Signal beendet, 1 Konfigurations- oder Startfehler, 2 falsche Option.
</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>ungültiger Port: %1</translation>
    </message>
    <message>
        <source>--certfile and --keyfile must be given together</source>
        <translation>--certfile und --keyfile müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>--cafile goes with --certfile and --keyfile</source>
        <translation>--cafile gehört zu --certfile und --keyfile</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>ungültige Bind-Adresse: %1</translation>
    </message>
    <message>
        <source>New client connected from %1 as %2 (MQTT %3, clean %4, keep-alive %5%6).</source>
        <translation>Neuer Client von %1 verbunden als %2 (MQTT %3, clean %4, Keep-Alive %5%6).</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, Benutzer %1</translation>
    </message>
    <message>
        <source>Client %1 disconnected (%2).</source>
        <translation>Client %1 getrennt (%2).</translation>
    </message>
    <message>
        <source>Client %1 subscribed to %2 (QoS %3).</source>
        <translation>Client %1 hat %2 abonniert (QoS %3).</translation>
    </message>
    <message>
        <source>Client %1 unsubscribed from %2.</source>
        <translation>Client %1 hat %2 abbestellt.</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3: %4).</source>
        <translation>Bridge %1 ist %2 (%3: %4).</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3).</source>
        <translation>Bridge %1 ist %2 (%3).</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 (%3).</source>
        <translation>Höre auf %1 Port %2 (%3).</translation>
    </message>
    <message>
        <source>Sessions and retained messages are kept in %1 (%2).</source>
        <translation>Sitzungen und Retained-Nachrichten werden in %1 aufbewahrt (%2).</translation>
    </message>
    <message>
        <source>Broker stopped.</source>
        <translation>Broker beendet.</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (siehe --help)</translation>
    </message>
    <message>
        <source>subscription to &apos;%1&apos; refused: %2</source>
        <translation>Abonnement von &apos;%1&apos; abgelehnt: %2</translation>
    </message>
    <message>
        <source>all subscription requests were denied</source>
        <translation>alle Abonnement-Anfragen wurden abgelehnt</translation>
    </message>
    <message>
        <source>invalid topic filter &apos;%1&apos;</source>
        <translation>ungültiger Topic-Filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>WebSocket handshake with %1 failed: %2</source>
        <translation>WebSocket-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>timed out connecting to %1</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>connection refused by %1: not authorized (%2)</source>
        <translation>Verbindung von %1 abgelehnt: nicht autorisiert (%2)</translation>
    </message>
    <message>
        <source>connection refused by %1: %2</source>
        <translation>Verbindung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>disconnected by %1: %2</source>
        <translation>von %1 getrennt: %2</translation>
    </message>
    <message>
        <source>cannot set up the terminal</source>
        <translation>das Terminal kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable; as FILTER)</source>
        <translation>zu abonnierender Topic-Filter (wiederholbar; wie FILTER)</translation>
    </message>
    <message>
        <source>do not show topics matching FILTER (repeatable)</source>
        <translation>Topics, die auf FILTER passen, nicht zeigen (wiederholbar)</translation>
    </message>
    <message>
        <source>maximum QoS of the subscriptions (default 0)</source>
        <translation>höchste QoS der Abonnements (Standard 0)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>show payloads as %1 (default auto; &apos;f&apos; cycles)</source>
        <translation>Nutzdaten als %1 zeigen (Standard auto; &apos;f&apos; wechselt)</translation>
    </message>
    <message>
        <source>first sort order: topic, count, rate or age (default topic; &apos;s&apos; cycles)</source>
        <translation>erste Sortierung: topic, count, rate oder age (Standard topic; &apos;s&apos; wechselt)</translation>
    </message>
    <message>
        <source>print no error messages</source>
        <translation>keine Fehlermeldungen ausgeben</translation>
    </message>
    <message>
        <source>Keys: q quit, p pause, s sort (topic, count, rate, age), r reverse, / filter (text, or an MQTT filter with + or #), f format, c clear, Up/Down/PgUp/PgDn/Home/End move, Enter the whole payload (Esc back), Ctrl-L redraw. SIGINT and SIGTERM end it like q.
Exit codes: as sub&apos;s: 0 success, 1 subscriptions denied, 2 bad option or not a terminal, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>Tasten: q Ende, p Pause, s Sortierung (topic, count, rate, age), r umkehren, / Filter (Text oder ein MQTT-Filter mit + oder #), f Format, c leeren, Auf/Ab/BildAuf/BildAb/Pos1/Ende bewegen, Enter ganze Nutzdaten (Esc zurück), Strg-L neu zeichnen. SIGINT und SIGTERM beenden wie q.
Exit-Codes: wie bei sub: 0 Erfolg, 1 Abonnements abgelehnt, 2 falsche Option oder kein Terminal, 3 keine Verbindung, 4 Host nicht gefunden, 5 TLS-Fehler, 6 Verbindung vom Broker abgelehnt, 7 falsche Zugangsdaten oder nicht autorisiert, 8 Zeitüberschreitung, 9 Verbindung verloren.
</translation>
    </message>
    <message>
        <source>--proto and --proto-type go with --format protobuf</source>
        <translation>--proto und --proto-type gehören zu --format protobuf</translation>
    </message>
    <message>
        <source>--format protobuf: this build has no Protobuf support</source>
        <translation>--format protobuf: dieser Build hat keine Protobuf-Unterstützung</translation>
    </message>
    <message>
        <source>--format protobuf needs --proto FILE</source>
        <translation>--format protobuf braucht --proto FILE</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format muss eines von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no topic given: monitor FILTER (e.g. monitor &apos;#&apos;)</source>
        <translation>kein Topic angegeben: monitor FILTER (z. B. monitor &apos;#&apos;)</translation>
    </message>
    <message>
        <source>--sort must be topic, count, rate or age, not &apos;%1&apos;</source>
        <translation>--sort muss topic, count, rate oder age sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>standard input is not a terminal: monitor reads its keys from one (use sub to print messages)</source>
        <translation>die Standardeingabe ist kein Terminal: monitor liest seine Tasten von einem (sub gibt Nachrichten aus)</translation>
    </message>
    <message>
        <source>standard output is not a terminal: monitor draws a full-screen view (use sub to print messages)</source>
        <translation>die Standardausgabe ist kein Terminal: monitor zeichnet eine Vollbildansicht (sub gibt Nachrichten aus)</translation>
    </message>
    <message>
        <source>Run &apos;mqtt-workbench passwd --help&apos; for usage.</source>
        <translation>Aufruf siehe &apos;mqtt-workbench passwd --help&apos;.</translation>
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
        <translation>Aufruf: mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] DATEI BENUTZER
        mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b DATEI BENUTZER PASSWORT
        mqtt-workbench passwd -U DATEI

Erstellt und aktualisiert Passwortdateien für auth.password-file des Brokers, im
Format von mosquitto_passwd (die Dateien funktionieren mit beiden Brokern).

  -b        Stapelmodus: das Passwort ist das letzte Argument
  -c        die Datei anlegen, eine vorhandene wird ersetzt
  -D        BENUTZER aus der Datei löschen
  -H HASH   sha512-pbkdf2 (Standard, $7$) oder sha512 ($6$, mosquitto 1.6)
  -U        jedes Klartextpasswort in DATEI hashen (Zeilen benutzer:passwort)
  -h, --help  diese Hilfe zeigen

Ohne -b wird das Passwort zweimal ohne Echo abgefragt, wenn die Standardeingabe
ein Terminal ist; sonst ist es die erste Zeile der Standardeingabe.

Exit-Codes: 0 Erfolg, 1 Problem mit Datei, Benutzer oder Passwort, 2 falsche
Befehlszeile.
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected user:password</source>
        <translation>%1:%2: benutzer:passwort erwartet</translation>
    </message>
    <message>
        <source>-H needs a value: sha512-pbkdf2 or sha512</source>
        <translation>-H braucht einen Wert: sha512-pbkdf2 oder sha512</translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos; (use sha512-pbkdf2 or sha512)</source>
        <translation>unbekannter Hash &apos;%1&apos; (sha512-pbkdf2 oder sha512 verwenden)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-U takes only a FILE</source>
        <translation>-U nimmt nur eine DATEI</translation>
    </message>
    <message>
        <source>-c and -D cannot be used together</source>
        <translation>-c und -D können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>-b and -D cannot be used together</source>
        <translation>-b und -D können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>expected FILE USER PASSWORD</source>
        <translation>DATEI BENUTZER PASSWORT erwartet</translation>
    </message>
    <message>
        <source>expected FILE USER</source>
        <translation>DATEI BENUTZER erwartet</translation>
    </message>
    <message>
        <source>user names must not be empty or contain &apos;:&apos;</source>
        <translation>Benutzernamen dürfen nicht leer sein und kein &apos;:&apos; enthalten</translation>
    </message>
    <message>
        <source>user %1 is not in %2</source>
        <translation>Benutzer %1 ist nicht in %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <source>Reenter password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>passwords do not match</source>
        <translation>die Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>das Passwort darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 defines no message type</source>
        <translation>%1 definiert keinen Nachrichtentyp</translation>
    </message>
    <message>
        <source>%1 defines several message types (%2): choose one with --proto-type</source>
        <translation>%1 definiert mehrere Nachrichtentypen (%2): einen mit --proto-type wählen</translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos; in %2 (it defines: %3)</source>
        <translation>unbekannter Nachrichtentyp &apos;%1&apos; in %2 (definiert sind: %3)</translation>
    </message>
    <message>
        <source>no message type</source>
        <translation>kein Nachrichtentyp</translation>
    </message>
    <message>
        <source>published to &apos;%1&apos;, but no subscriber matched</source>
        <translation>an &apos;%1&apos; veröffentlicht, aber kein Subscriber passte</translation>
    </message>
    <message>
        <source>publish to &apos;%1&apos; failed: %2</source>
        <translation>Veröffentlichen an &apos;%1&apos; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>topic to publish to</source>
        <translation>Topic, an das veröffentlicht wird</translation>
    </message>
    <message>
        <source>send MESSAGE</source>
        <translation>MESSAGE senden</translation>
    </message>
    <message>
        <source>send the contents of FILE as one message</source>
        <translation>den Inhalt von FILE als eine Nachricht senden</translation>
    </message>
    <message>
        <source>send each line of stdin as a message, as the lines arrive</source>
        <translation>jede Zeile von stdin als Nachricht senden, sobald sie ankommt</translation>
    </message>
    <message>
        <source>send all of stdin as one message</source>
        <translation>ganz stdin als eine Nachricht senden</translation>
    </message>
    <message>
        <source>send an empty message</source>
        <translation>eine leere Nachricht senden</translation>
    </message>
    <message>
        <source>quality of service 0, 1 or 2 (default 0)</source>
        <translation>Dienstgüte (QoS) 0, 1 oder 2 (Standard 0)</translation>
    </message>
    <message>
        <source>retain the message</source>
        <translation>die Nachricht mit Retain senden</translation>
    </message>
    <message>
        <source>send the message COUNT times</source>
        <translation>die Nachricht COUNT-mal senden</translation>
    </message>
    <message>
        <source>wait SECONDS (fractions allowed) between repeats</source>
        <translation>zwischen Wiederholungen SECONDS warten (Bruchteile erlaubt)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a publish failed, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>Exit-Codes: 0 Erfolg, 1 eine Veröffentlichung schlug fehl, 2 falsche Option, 3 keine Verbindung, 4 Host nicht gefunden, 5 TLS-Fehler, 6 Verbindung vom Broker abgelehnt, 7 falsche Zugangsdaten oder nicht autorisiert, 8 Zeitüberschreitung, 9 Verbindung verloren.
</translation>
    </message>
    <message>
        <source>no message given: use -m, -f, -l, -s or -n</source>
        <translation>keine Nachricht angegeben: -m, -f, -l, -s oder -n verwenden</translation>
    </message>
    <message>
        <source>only one of -m, -f, -l, -s and -n may be given</source>
        <translation>nur eines von -m, -f, -l, -s und -n darf angegeben werden</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>stdin kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no topic given: use -t TOPIC</source>
        <translation>kein Topic angegeben: -t TOPIC verwenden</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;: a topic name has no &apos;+&apos; or &apos;#&apos;</source>
        <translation>ungültiges Topic &apos;%1&apos;: ein Topic-Name enthält kein &apos;+&apos; oder &apos;#&apos;</translation>
    </message>
    <message>
        <source>cannot read the message as %1: %2</source>
        <translation>die Nachricht kann nicht als %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>--repeat-delay must be a number of seconds from 0 to 86400</source>
        <translation>--repeat-delay muss eine Zahl von Sekunden zwischen 0 und 86400 sein</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) (-W)</source>
        <translation>
            <numerusform>Zeitüberschreitung nach %n Sekunde (-W)</numerusform>
            <numerusform>Zeitüberschreitung nach %n Sekunden (-W)</numerusform>
        </translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable)</source>
        <translation>zu abonnierender Topic-Filter (wiederholbar)</translation>
    </message>
    <message>
        <source>do not print messages matching FILTER (repeatable)</source>
        <translation>Nachrichten, die auf FILTER passen, nicht ausgeben (wiederholbar)</translation>
    </message>
    <message>
        <source>unsubscribe from FILTER after connecting (repeatable)</source>
        <translation>FILTER nach dem Verbinden abbestellen (wiederholbar)</translation>
    </message>
    <message>
        <source>exit after printing COUNT messages (-n: hbmqtt_sub&apos;s name)</source>
        <translation>nach COUNT ausgegebenen Nachrichten beenden (-n: der Name bei hbmqtt_sub)</translation>
    </message>
    <message>
        <source>exit with code 8 after SECONDS</source>
        <translation>nach SECONDS mit Code 8 beenden</translation>
    </message>
    <message>
        <source>do not print stale (retained) messages</source>
        <translation>veraltete (Retained-)Nachrichten nicht ausgeben</translation>
    </message>
    <message>
        <source>print only retained messages; exit at the first live one</source>
        <translation>nur Retained-Nachrichten ausgeben; bei der ersten aktuellen beenden</translation>
    </message>
    <message>
        <source>clear every retained message received (not those filtered by -T)</source>
        <translation>jede empfangene Retained-Nachricht löschen (nicht die von -T gefilterten)</translation>
    </message>
    <message>
        <source>exit once the subscriptions are acknowledged</source>
        <translation>beenden, sobald die Abonnements bestätigt sind</translation>
    </message>
    <message>
        <source>MQTT 5: retained messages 0 on every subscribe (default), 1 only for a new subscription, 2 never</source>
        <translation>MQTT 5: Retained-Nachrichten 0 bei jedem Abonnieren (Standard), 1 nur bei einem neuen Abonnement, 2 nie</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag messages were published with</source>
        <translation>MQTT 5: das Retain-Flag behalten, mit dem Nachrichten veröffentlicht wurden</translation>
    </message>
    <message>
        <source>MQTT 5: do not receive this client&apos;s own publications</source>
        <translation>MQTT 5: die eigenen Veröffentlichungen dieses Clients nicht empfangen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>print &apos;topic payload&apos; (mosquitto_sub -v)</source>
        <translation>&apos;Topic Nutzdaten&apos; ausgeben (mosquitto_sub -v)</translation>
    </message>
    <message>
        <source>no newline after each message</source>
        <translation>kein Zeilenumbruch nach jeder Nachricht</translation>
    </message>
    <message>
        <source>print with mosquitto_sub&apos;s format placeholders, e.g. &apos;%t %p&apos;, &apos;%j&apos;</source>
        <translation>mit den Formatplatzhaltern von mosquitto_sub ausgeben, z. B. &apos;%t %p&apos;, &apos;%j&apos;</translation>
    </message>
    <message>
        <source>print one JSON object per message (JSON lines)</source>
        <translation>ein JSON-Objekt pro Nachricht ausgeben (JSON Lines)</translation>
    </message>
    <message>
        <source>decode payloads as %1</source>
        <translation>Nutzdaten als %1 dekodieren</translation>
    </message>
    <message>
        <source>the .proto file of --format protobuf, parsed at start (its imports are looked up next to it); implies --format protobuf</source>
        <translation>die .proto-Datei für --format protobuf, beim Start eingelesen (ihre Importe werden daneben gesucht); impliziert --format protobuf</translation>
    </message>
    <message>
        <source>the message type of --format protobuf, e.g. pkg.Reading (default: the only message type of the file)</source>
        <translation>der Nachrichtentyp für --format protobuf, z. B. pkg.Reading (Standard: der einzige Nachrichtentyp der Datei)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 subscriptions denied, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout (also -W), 9 connection lost.
</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Abonnements abgelehnt, 2 falsche Option, 3 keine Verbindung, 4 Host nicht gefunden, 5 TLS-Fehler, 6 Verbindung vom Broker abgelehnt, 7 falsche Zugangsdaten oder nicht autorisiert, 8 Zeitüberschreitung (auch -W), 9 Verbindung verloren.
</translation>
    </message>
    <message>
        <source>no topic given: use -t FILTER</source>
        <translation>kein Topic angegeben: -t FILTER verwenden</translation>
    </message>
    <message>
        <source>--retain-handling, --retain-as-published and --no-local need MQTT 5 (-V 5)</source>
        <translation>--retain-handling, --retain-as-published und --no-local brauchen MQTT 5 (-V 5)</translation>
    </message>
    <message>
        <source>-R and --retained-only exclude each other</source>
        <translation>-R und --retained-only schließen einander aus</translation>
    </message>
    <message>
        <source>-F and -j exclude each other</source>
        <translation>-F und -j schließen einander aus</translation>
    </message>
    <message>
        <source>publish messages (like mosquitto_pub)</source>
        <translation>Nachrichten veröffentlichen (wie mosquitto_pub)</translation>
    </message>
    <message>
        <source>subscribe and print messages (like mosquitto_sub)</source>
        <translation>abonnieren und Nachrichten ausgeben (wie mosquitto_sub)</translation>
    </message>
    <message>
        <source>run the MQTT broker headless</source>
        <translation>den MQTT-Broker ohne Oberfläche betreiben</translation>
    </message>
    <message>
        <source>benchmark a broker: bench pub|sub|conn</source>
        <translation>einen Broker messen: bench pub|sub|conn</translation>
    </message>
    <message>
        <source>create or update a password file (like mosquitto_passwd)</source>
        <translation>eine Passwortdatei anlegen oder ändern (wie mosquitto_passwd)</translation>
    </message>
    <message>
        <source>live topics in a full-screen terminal view (like mqttools)</source>
        <translation>Live-Topics in einer Vollbild-Terminalansicht (wie mqttools)</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]

Without a subcommand the graphical workbench starts.

Subcommands:
</source>
        <translation>Aufruf: mqtt-workbench [UNTERBEFEHL] [OPTIONEN]

Ohne Unterbefehl startet die grafische Workbench.

Unterbefehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;mqtt-workbench SUBCOMMAND --help&apos; for the options of each.
</source>
        <translation>
&apos;mqtt-workbench UNTERBEFEHL --help&apos; zeigt die Optionen des jeweiligen Befehls.
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see --help)</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see --help)</source>
        <translation>unbekannte Option &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>no display for the window (DISPLAY and WAYLAND_DISPLAY are unset); run a subcommand (see --help) or set QT_QPA_PLATFORM</source>
        <translation>kein Display für das Fenster (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); einen Unterbefehl ausführen (siehe --help) oder QT_QPA_PLATFORM setzen</translation>
    </message>
    <message>
        <source>read the message text as %1 and send its bytes (e.g. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug and protobuf from JSON)</source>
        <translation>den Nachrichtentext als %1 lesen und seine Bytes senden (z. B. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug und protobuf aus JSON)</translation>
    </message>
    <message>
        <source>fill in placeholders anew for each message: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</source>
        <translation>Platzhalter für jede Nachricht neu ausfüllen: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</translation>
    </message>
    <message>
        <source>--template needs a message text: -m, -f, -l or -s</source>
        <translation>--template braucht einen Nachrichtentext: -m, -f, -l oder -s</translation>
    </message>
    <message>
        <source>bad --template: %1</source>
        <translation>ungültiges --template: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>The monitor&apos;s connection state, shown in brackets in the header: [connecting]</extracomment>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>topic</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: topic&quot;)</extracomment>
        <translation>Topic</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: count&quot;)</extracomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>rate</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: rate&quot;)</extracomment>
        <translation>Rate</translation>
    </message>
    <message>
        <source>age</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: age&quot;)</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>p resume</source>
        <extracomment>monitor&apos;s footer: p is the key, keep it</extracomment>
        <translation>p weiter</translation>
    </message>
    <message>
        <source>p pause</source>
        <translation>p Pause</translation>
    </message>
    <message>
        <source>filter (text, or an MQTT filter with + or #; Enter applies, Esc cancels): %1_</source>
        <extracomment>monitor&apos;s filter prompt; Enter and Esc are keys, keep them</extracomment>
        <translation>Filter (Text oder ein MQTT-Filter mit + oder #; Enter übernimmt, Esc bricht ab): %1_</translation>
    </message>
    <message>
        <source>Esc back  q quit  %1  f format: %2  arrows/PgUp/PgDn scroll</source>
        <extracomment>monitor&apos;s footer in the payload view: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 a payload format; Esc, q, f, PgUp and PgDn are keys, keep them</extracomment>
        <translation>Esc zurück  q beenden  %1  f Format: %2  Pfeile/PgUp/PgDn blättern</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <extracomment>monitor&apos;s footer: the sort order (topic, count, ...) reversed</extracomment>
        <translation>%1 (umgekehrt)</translation>
    </message>
    <message>
        <source>q quit  %1  s sort: %2  r reverse  / filter  f format: %3  c clear  Enter payload  arrows/PgUp/PgDn</source>
        <extracomment>monitor&apos;s footer: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 the sort order, %3 a payload format; q, s, r, /, f, c, Enter, PgUp and PgDn are keys, keep them</extracomment>
        <translation>q beenden  %1  s sortieren: %2  r umkehren  / filtern  f Format: %3  c leeren  Enter Payload  Pfeile/PgUp/PgDn</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <extracomment>monitor&apos;s header while p paused the view</extracomment>
        <translation>PAUSIERT</translation>
    </message>
    <message>
        <source>topics %1  messages %2  %3 msg/s</source>
        <extracomment>monitor&apos;s header: the numbers of topics and messages, messages per second</extracomment>
        <translation>Topics %1  Nachrichten %2  %3 Nachr./s</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <extracomment>monitor&apos;s header: the filter typed after /</extracomment>
        <translation>Filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <extracomment>monitor&apos;s column heading: the topic names</extracomment>
        <translation>TOPIC</translation>
    </message>
    <message>
        <source>COUNT</source>
        <extracomment>monitor&apos;s column heading (kept short: at most 7 columns)</extracomment>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>MSG/S</source>
        <extracomment>monitor&apos;s column heading: messages per second (kept short: at most 7 columns)</extracomment>
        <translation>NACHR/S</translation>
    </message>
    <message>
        <source>AGE</source>
        <extracomment>monitor&apos;s column heading: time since the last message (kept short: at most 5 columns)</extracomment>
        <translation>ALTER</translation>
    </message>
    <message>
        <source>PAYLOAD (%1)</source>
        <extracomment>monitor&apos;s column heading: %1 is the payload format</extracomment>
        <translation>PAYLOAD (%1)</translation>
    </message>
    <message>
        <source>(no message yet)</source>
        <translation>(noch keine Nachricht)</translation>
    </message>
    <message>
        <source>(no topic matches the filter)</source>
        <translation>(kein Topic passt auf den Filter)</translation>
    </message>
    <message>
        <source>%1  count %2  %3 msg/s  age %4  QoS %5</source>
        <extracomment>monitor&apos;s payload view header: %1 the topic, %2 the message count, %3 messages per second, %4 the time since the last message (like 12s), %5 the QoS (0, 1 or 2)</extracomment>
        <translation>%1  Anzahl %2  %3 Nachr./s  Alter %4  QoS %5</translation>
    </message>
    <message>
        <source>retained</source>
        <extracomment>monitor&apos;s payload view header: the last message was a retained one</extracomment>
        <translation>retained</translation>
    </message>
    <message>
        <source>payload: %1 bytes as %2, lines %3-%4 of %5</source>
        <extracomment>monitor&apos;s payload view: %1 the size, %2 the payload format, lines %3 to %4 of %5 are shown</extracomment>
        <translation>Payload: %1 Bytes als %2, Zeilen %3-%4 von %5</translation>
    </message>
</context>
<context>
    <name>cli::ClientConfigFile</name>
    <message>
        <source>expected a value, got a list or mapping</source>
        <translation>Wert erwartet, Liste oder Zuordnung erhalten</translation>
    </message>
    <message>
        <source>expected true or false, got &apos;%1&apos;</source>
        <translation>true oder false erwartet, &apos;%1&apos; erhalten</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>ganze Zahl von %1 bis %2 erwartet, &apos;%3&apos; erhalten</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2, got &apos;%1&apos;</source>
        <translation>0, 1 oder 2 erwartet, &apos;%1&apos; erhalten</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>Zuordnung erwartet</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;</source>
        <translation>ungültiges Topic &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a will needs a topic</source>
        <translation>ein letzter Wille braucht ein Topic</translation>
    </message>
    <message>
        <source>expected a mapping of topic to {qos, retain}</source>
        <translation>Zuordnung von Topic zu {qos, retain} erwartet</translation>
    </message>
    <message>
        <source>invalid topic</source>
        <translation>ungültiges Topic</translation>
    </message>
    <message>
        <source>%1:%2: %3: ignored; use --format</source>
        <translation>%1:%2: %3: ignoriert; --format verwenden</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>%1:%2: invalid YAML: %3</source>
        <translation>%1:%2: ungültiges YAML: %3</translation>
    </message>
</context>
<context>
    <name>cli::CommandClient</name>
    <message>
        <source>Client %1 sending %2</source>
        <translation>Client %1 sendet %2</translation>
    </message>
    <message>
        <source>Client %1 received %2</source>
        <translation>Client %1 hat %2 empfangen</translation>
    </message>
</context>
<context>
    <name>cli::ConnectionOptions</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>broker URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]; for mqtt[s] the path is the topic, for ws[s] the WebSocket path</source>
        <translation>Broker-URL {mqtt,ws}[s]://[benutzer[:passwort]@]host[:port][/pfad]; bei mqtt[s] ist der Pfad das Topic, bei ws[s] der WebSocket-Pfad</translation>
    </message>
    <message>
        <source>broker host (default localhost)</source>
        <translation>Broker-Host (Standard localhost)</translation>
    </message>
    <message>
        <source>broker port (default 1883, 8883 with TLS)</source>
        <translation>Broker-Port (Standard 1883, 8883 mit TLS)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>client identifier (default: generated)</source>
        <translation>Client-Kennung (Standard: erzeugt)</translation>
    </message>
    <message>
        <source>client identifier PREFIX followed by the process id</source>
        <translation>Client-Kennung PREFIX, gefolgt von der Prozess-ID</translation>
    </message>
    <message>
        <source>MQTT version: 5 (default), 311 or 31 (also mqttv5, mqttv311, mqttv31)</source>
        <translation>MQTT-Version: 5 (Standard), 311 oder 31 (auch mqttv5, mqttv311, mqttv31)</translation>
    </message>
    <message>
        <source>keep-alive interval (default 60, 0 = off)</source>
        <translation>Keep-Alive-Intervall (Standard 60, 0 = aus)</translation>
    </message>
    <message>
        <source>hbmqtt client configuration (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; options given override it</source>
        <translation>hbmqtt-Client-Konfiguration (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; angegebene Optionen haben Vorrang</translation>
    </message>
    <message>
        <source>keep the session (clean session off; never expires unless -x)</source>
        <translation>die Sitzung behalten (Clean Session aus; läuft nie ab, außer mit -x)</translation>
    </message>
    <message>
        <source>MQTT 5 session expiry; -1 or 4294967295 = never</source>
        <translation>MQTT-5-Sitzungsablauf; -1 oder 4294967295 = nie</translation>
    </message>
    <message>
        <source>start a clean session (the default; hbmqtt&apos;s option)</source>
        <translation>eine saubere Sitzung beginnen (der Standard; Option von hbmqtt)</translation>
    </message>
    <message>
        <source>give up when not connected after SECONDS (default 10)</source>
        <translation>aufgeben, wenn nach SECONDS keine Verbindung besteht (Standard 10)</translation>
    </message>
    <message>
        <source>extra HTTP header for the WebSocket upgrade (repeatable)</source>
        <translation>zusätzlicher HTTP-Header für das WebSocket-Upgrade (wiederholbar)</translation>
    </message>
    <message>
        <source>extra HTTP headers for the WebSocket upgrade as a JSON object, e.g. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</source>
        <translation>zusätzliche HTTP-Header für das WebSocket-Upgrade als JSON-Objekt, z. B. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</translation>
    </message>
    <message>
        <source>start from the connection profile NAME saved by the GUI</source>
        <translation>mit dem von der GUI gespeicherten Verbindungsprofil NAME beginnen</translation>
    </message>
    <message>
        <source>print every packet sent and received on stderr</source>
        <translation>jedes gesendete und empfangene Paket auf stderr ausgeben</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); switches TLS on</source>
        <translation>vertrauenswürdige CA-Zertifikate (PEM); schaltet TLS ein</translation>
    </message>
    <message>
        <source>directory of trusted CA certificates; switches TLS on</source>
        <translation>Verzeichnis vertrauenswürdiger CA-Zertifikate; schaltet TLS ein</translation>
    </message>
    <message>
        <source>trusted CA certificates given as PEM text; switches TLS on</source>
        <translation>vertrauenswürdige CA-Zertifikate als PEM-Text; schaltet TLS ein</translation>
    </message>
    <message>
        <source>trust the system&apos;s CA certificates; switches TLS on</source>
        <translation>den CA-Zertifikaten des Systems vertrauen; schaltet TLS ein</translation>
    </message>
    <message>
        <source>client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>client private key (PEM)</source>
        <translation>privater Schlüssel des Clients (PEM)</translation>
    </message>
    <message>
        <source>do not check that the certificate names the host</source>
        <translation>nicht prüfen, ob das Zertifikat den Host nennt</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <source>topic of the last will</source>
        <translation>Topic des letzten Willens</translation>
    </message>
    <message>
        <source>payload of the last will (default empty)</source>
        <translation>Nutzdaten des letzten Willens (Standard leer)</translation>
    </message>
    <message>
        <source>QoS of the last will</source>
        <translation>QoS des letzten Willens</translation>
    </message>
    <message>
        <source>retain the last will</source>
        <translation>den letzten Willen mit Retain senden</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <source>add a property to a packet, e.g. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (repeatable)</source>
        <translation>einem Paket eine Eigenschaft hinzufügen, z. B. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (wiederholbar)</translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;: %2</source>
        <translation>ungültige URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>-V must be 5, 311 or 31, not &apos;%1&apos;</source>
        <translation>-V muss 5, 311 oder 31 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-c and --clean-session exclude each other</source>
        <translation>-c und --clean-session schließen einander aus</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header muss wie &apos;Name: Wert&apos; aussehen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--extra-headers must be a JSON object of header names to values</source>
        <translation>--extra-headers muss ein JSON-Objekt von Header-Namen zu Werten sein</translation>
    </message>
    <message>
        <source>--extra-headers: the value of &apos;%1&apos; is not a string</source>
        <translation>--extra-headers: der Wert von &apos;%1&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>--cert and --key must be given together</source>
        <translation>--cert und --key müssen zusammen angegeben werden</translation>
    </message>
    <message>
        <source>will options need --will-topic</source>
        <translation>Optionen des letzten Willens brauchen --will-topic</translation>
    </message>
    <message>
        <source>-D properties need MQTT 5 (-V 5)</source>
        <translation>-D-Eigenschaften brauchen MQTT 5 (-V 5)</translation>
    </message>
</context>
<context>
    <name>cli::MessageFormatter</name>
    <message>
        <source>incomplete format specifier in -F</source>
        <translation>unvollständige Formatangabe in -F</translation>
    </message>
    <message>
        <source>invalid format specifier &apos;%1&apos; in -F</source>
        <translation>ungültige Formatangabe &apos;%1&apos; in -F</translation>
    </message>
    <message>
        <source>incomplete escape specifier in -F</source>
        <translation>unvollständige Escape-Angabe in -F</translation>
    </message>
    <message>
        <source>invalid escape specifier &apos;%1&apos; in -F</source>
        <translation>ungültige Escape-Angabe &apos;%1&apos; in -F</translation>
    </message>
    <message>
        <source>cannot decode the payload on topic %1 as %2: %3</source>
        <translation>die Nutzdaten auf Topic %1 können nicht als %2 dekodiert werden: %3</translation>
    </message>
    <message>
        <source>message payload is not valid JSON on topic %1</source>
        <translation>Nutzdaten der Nachricht auf Topic %1 sind kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>cli::ProfileReader</name>
    <message>
        <source>no profile &apos;%1&apos;: cannot read %2</source>
        <translation>kein Profil &apos;%1&apos;: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 ist keine Profildatei: %2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>kein Profil namens &apos;%1&apos; in %2</translation>
    </message>
</context>
<context>
    <name>cli::PropertyDefinitions</name>
    <message>
        <source>-D: unknown command &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect or will)</source>
        <translation>-D: unbekannter Befehl &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect oder will)</translation>
    </message>
    <message>
        <source>-D: unknown property &apos;%1&apos;</source>
        <translation>-D: unbekannte Eigenschaft &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-D: property &apos;%1&apos; is not allowed on %2</source>
        <translation>-D: Eigenschaft &apos;%1&apos; ist bei %2 nicht erlaubt</translation>
    </message>
    <message>
        <source>-D: invalid value &apos;%1&apos; for %2</source>
        <translation>-D: ungültiger Wert &apos;%1&apos; für %2</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>the broker does not support this MQTT version</source>
        <translation>der Broker unterstützt diese MQTT-Version nicht</translation>
    </message>
    <message>
        <source>the broker rejected the client ID</source>
        <translation>der Broker hat die Client-ID abgelehnt</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>nicht berechtigt</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>der Broker ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>der Broker ist ausgelastet</translation>
    </message>
    <message>
        <source>this client is banned</source>
        <translation>dieser Client ist gesperrt</translation>
    </message>
    <message>
        <source>the broker is shutting down</source>
        <translation>der Broker fährt herunter</translation>
    </message>
    <message>
        <source>the authentication method is not supported</source>
        <translation>die Authentifizierungsmethode wird nicht unterstützt</translation>
    </message>
    <message>
        <source>keep-alive timeout</source>
        <translation>Keep-Alive-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>another client connected with the same client ID</source>
        <translation>ein anderer Client hat sich mit derselben Client-ID verbunden</translation>
    </message>
    <message>
        <source>invalid topic filter</source>
        <translation>ungültiger Topic-Filter</translation>
    </message>
    <message>
        <source>invalid topic name</source>
        <translation>ungültiger Topic-Name</translation>
    </message>
    <message>
        <source>packet too large for the broker</source>
        <translation>Paket zu groß für den Broker</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>Nachrichtenrate zu hoch</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>Kontingent überschritten</translation>
    </message>
    <message>
        <source>disconnected by an administrator</source>
        <translation>von einem Administrator getrennt</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>ungültiges Nutzdatenformat</translation>
    </message>
    <message>
        <source>the broker does not support retained messages</source>
        <translation>der Broker unterstützt keine Retained-Nachrichten</translation>
    </message>
    <message>
        <source>the broker does not support this QoS</source>
        <translation>der Broker unterstützt diese QoS nicht</translation>
    </message>
    <message>
        <source>the broker redirects to another server</source>
        <translation>der Broker verweist auf einen anderen Server</translation>
    </message>
    <message>
        <source>shared subscriptions are not supported</source>
        <translation>gemeinsame Abonnements werden nicht unterstützt</translation>
    </message>
    <message>
        <source>connecting too often</source>
        <translation>zu häufige Verbindungsversuche</translation>
    </message>
    <message>
        <source>maximum connect time reached</source>
        <translation>maximale Verbindungsdauer erreicht</translation>
    </message>
    <message>
        <source>subscription identifiers are not supported</source>
        <translation>Abonnement-Kennungen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>wildcard subscriptions are not supported</source>
        <translation>Wildcard-Abonnements werden nicht unterstützt</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>fehlerhaftes Paket</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>keine passenden Abonnenten</translation>
    </message>
    <message>
        <source>The connection settings are incomplete</source>
        <translation>Die Verbindungseinstellungen sind unvollständig</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot reach the broker</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS-Problem</translation>
    </message>
    <message>
        <source>WebSocket handshake failed</source>
        <translation>WebSocket-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>The broker did not answer in time</source>
        <translation>Der Broker hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>Der Broker hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>The broker stopped answering (keep-alive timeout)</source>
        <translation>Der Broker antwortet nicht mehr (Keep-Alive-Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1</source>
        <translation>Der Broker hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>The broker broke the MQTT protocol</source>
        <translation>Der Broker hat das MQTT-Protokoll verletzt</translation>
    </message>
    <message>
        <source>The message is larger than the broker accepts</source>
        <translation>Die Nachricht ist größer, als der Broker annimmt</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>Der Broker hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Offline queue full</source>
        <translation>Offline-Warteschlange voll</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot store the in-flight messages</source>
        <translation>Die unbestätigten Nachrichten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Too large to decode; shown as text.</source>
        <translation>Zu groß zum Dekodieren; als Text gezeigt.</translation>
    </message>
</context>
<context>
    <name>gui::BridgeDialog</name>
    <message>
        <source>Do not check the host name</source>
        <translation>Host-Namen nicht prüfen</translation>
    </message>
    <message>
        <source>New upstream session on every connect</source>
        <translation>Bei jeder Verbindung neue Upstream-Sitzung</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Topic hinzufügen</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Topic entfernen</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>Neue Bridge</translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation>Bridge %1</translation>
    </message>
    <message>
        <source>Shown in the bridge list and in $SYS topics</source>
        <translation>Erscheint in der Bridge-Liste und in $SYS-Topics</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883
mqtts://backup.example.com</source>
        <translation>mqtt://broker.example.com:1883
mqtts://backup.example.com</translation>
    </message>
    <message>
        <source>One URL per line (mqtt://, mqtts://, ws://, wss://), tried in order; after a lost connection the first is tried again</source>
        <translation>Eine URL pro Zeile (mqtt://, mqtts://, ws://, wss://), der Reihe nach versucht; nach einem Verbindungsverlust wird wieder die erste versucht</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
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
        <translation>Regeln für anonymen Zugriff</translation>
    </message>
    <message>
        <source>The local user whose access rules apply to what the bridge brings in and takes out</source>
        <translation>Der lokale Benutzer, dessen Zugriffsregeln für alles gelten, was die Bridge herein- und hinausbringt</translation>
    </message>
    <message>
        <source>The upstream&apos;s certificate chain is still checked</source>
        <translation>Die Zertifikatskette des Upstream-Brokers wird weiterhin geprüft</translation>
    </message>
    <message>
        <source>Upstream broker</source>
        <translation>Upstream-Broker</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Adressen:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-Alive:</translation>
    </message>
    <message>
        <source>Login and TLS</source>
        <translation>Anmeldung und TLS</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Local user:</source>
        <translation>Lokaler Benutzer:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Local prefix</source>
        <translation>Lokales Präfix</translation>
    </message>
    <message>
        <source>Remote prefix</source>
        <translation>Entferntes Präfix</translation>
    </message>
    <message>
        <source>The pattern is a topic filter, matched after removing the prefix on each side</source>
        <translation>Das Muster ist ein Topic-Filter, geprüft nach Entfernen des Präfixes der jeweiligen Seite</translation>
    </message>
    <message>
        <source>out</source>
        <translation>hinaus</translation>
    </message>
    <message>
        <source>Local messages go to the upstream broker</source>
        <translation>Lokale Nachrichten gehen zum Upstream-Broker</translation>
    </message>
    <message>
        <source>in</source>
        <translation>herein</translation>
    </message>
    <message>
        <source>Upstream messages come to the local broker</source>
        <translation>Nachrichten vom Upstream-Broker kommen zum lokalen Broker</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>Both ways (never echoed back)</source>
        <translation>In beide Richtungen (nie zurückgespiegelt)</translation>
    </message>
    <message>
        <source>Another bridge is already called %1.</source>
        <translation>Es gibt schon eine Bridge namens %1.</translation>
    </message>
    <message>
        <source>This bridge cannot be used yet:</source>
        <translation>Diese Bridge ist so noch nicht verwendbar:</translation>
    </message>
</context>
<context>
    <name>gui::BrokerBridgeModel</name>
    <message>
        <source>Echoes suppressed: %1</source>
        <translation>Unterdrückte Echos: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation>Upstream-Adresse</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Herein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Hinaus</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>gui::BrokerClientModel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
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
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>Verbunden um</translation>
    </message>
</context>
<context>
    <name>gui::BrokerController</name>
    <message>
        <source>The keychain is not available (%1); the bridge password is kept for this session only</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1); das Passwort der Bridge gilt nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>gui::BrokerPanel</name>
    <message>
        <source>Start local broker</source>
        <translation>Lokalen Broker starten</translation>
    </message>
    <message>
        <source>Start an MQTT broker inside the workbench</source>
        <translation>Einen MQTT-Broker in der Workbench starten</translation>
    </message>
    <message>
        <source>Stop local broker</source>
        <translation>Lokalen Broker beenden</translation>
    </message>
    <message>
        <source>Connect to local broker</source>
        <translation>Mit lokalem Broker verbinden</translation>
    </message>
    <message>
        <source>Open a connection tab to the local broker</source>
        <translation>Einen Verbindungs-Tab zum lokalen Broker öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>Retained-Nachricht löschen</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>MQTT port:</source>
        <translation>MQTT-Port:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>WebSocket-Port:</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Von anderen Computern erreichbar</translation>
    </message>
    <message>
        <source>Allow clients without a user name</source>
        <translation>Clients ohne Benutzernamen zulassen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Retained-Nachrichten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Running on mqtt://%1:%2</source>
        <translation>Läuft auf mqtt://%1:%2</translation>
    </message>
    <message>
        <source>and ws://127.0.0.1:%1</source>
        <translation>und ws://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Nachrichten ein</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Nachrichten aus</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <source>Sessions: %1, subscriptions: %2, dropped messages: %3</source>
        <translation>Sitzungen: %1, Abonnements: %2, verworfene Nachrichten: %3</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Passwortdatei:</translation>
    </message>
    <message>
        <source>mosquitto_passwd file (optional)</source>
        <translation>mosquitto_passwd-Datei (optional)</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>Bridges</translation>
    </message>
    <message>
        <source>Add bridge…</source>
        <translation>Bridge hinzufügen…</translation>
    </message>
    <message>
        <source>Connect the local broker to an upstream broker</source>
        <translation>Den lokalen Broker mit einem Upstream-Broker verbinden</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove bridge</source>
        <translation>Bridge entfernen</translation>
    </message>
    <message>
        <source>Remove the bridge %1?</source>
        <translation>Die Bridge %1 entfernen?</translation>
    </message>
    <message>
        <source>Messages it still holds for the upstream broker are not sent.</source>
        <translation>Nachrichten, die sie noch für den Upstream-Broker hält, werden nicht gesendet.</translation>
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
        <translation>Größe</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>gui::BrokerSessionModel</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
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
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
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
        <translation>Rate</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionStatusWidget</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Neuer Versuch in %1 s (Versuch %2)</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Neu verbinden (Versuch %1)…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2)</source>
        <translation>Verbunden mit %1 (MQTT %2)</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionTab</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Filter topics: text, a/+/b, /regex/, -exclude</source>
        <translation>Topics filtern: Text, a/+/b, /Regex/, -ausschließen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Busiest topics</source>
        <translation>Aktivste Topics</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Topic-Filter</translation>
    </message>
    <message>
        <source>Text in payload</source>
        <translation>Text in Nutzdaten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause the live view; messages keep arriving and are counted</source>
        <translation>Live-Ansicht anhalten; Nachrichten kommen weiter an und werden gezählt</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Automatisch scrollen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Empty the message history and the topic tree</source>
        <translation>Nachrichtenverlauf und Topic-Baum leeren</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>Fortsetzen (%1 neu)</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Publish to this topic</source>
        <translation>Auf dieses Topic veröffentlichen</translation>
    </message>
    <message>
        <source>Clear retained value</source>
        <translation>Retained-Wert löschen</translation>
    </message>
    <message>
        <source>Clear retained values below…</source>
        <translation>Retained-Werte darunter löschen…</translation>
    </message>
    <message>
        <source>No retained values known at or below %1</source>
        <translation>Keine Retained-Werte bei oder unter %1 bekannt</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>Retained-Nachrichten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n retained message(s) at or below &quot;%1&quot;? The broker will forget them.</source>
        <translation>
            <numerusform>%n Retained-Nachricht bei oder unter „%1“ löschen? Der Broker vergisst sie.</numerusform>
            <numerusform>%n Retained-Nachrichten bei oder unter „%1“ löschen? Der Broker vergisst sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing retained messages…</source>
        <translation>Retained-Nachrichten werden gelöscht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained message(s)</source>
        <translation>
            <numerusform>%n Retained-Nachricht gelöscht</numerusform>
            <numerusform>%n Retained-Nachrichten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained messages, %2 refused by the broker</source>
        <translation>%1 Retained-Nachrichten gelöscht, %2 vom Broker abgelehnt</translation>
    </message>
    <message>
        <source>%1 shown · %2 dropped · %3 topics</source>
        <translation>%1 angezeigt · %2 verworfen · %3 Topics</translation>
    </message>
    <message>
        <source>%1 messages received, %2 in the history, %3 dropped as the oldest beyond the history limit (%4 messages / %5)</source>
        <translation>%1 Nachrichten empfangen, %2 im Verlauf, %3 als älteste jenseits der Verlaufsgrenze verworfen (%4 Nachrichten / %5)</translation>
    </message>
    <message>
        <source>no longer in the message list</source>
        <translation>nicht mehr in der Nachrichtenliste</translation>
    </message>
</context>
<context>
    <name>gui::DataSize</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>gui::Extensions</name>
    <message>
        <source>Local broker</source>
        <translation>Lokaler Broker</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Packet inspector</source>
        <translation>Paketinspektor</translation>
    </message>
    <message>
        <source>Record and replay</source>
        <translation>Aufzeichnen und abspielen</translation>
    </message>
    <message>
        <source>Broker status ($SYS)</source>
        <translation>Broker-Status ($SYS)</translation>
    </message>
    <message>
        <source>Start a local MQTT broker on this computer and connect to it? You can publish and watch messages right away, and stop it from the Tools menu.</source>
        <translation>Einen lokalen MQTT-Broker auf diesem Computer starten und sich damit verbinden? Sie können sofort Nachrichten veröffentlichen und beobachten und ihn im Menü Werkzeuge beenden.</translation>
    </message>
    <message>
        <source>Schema decoder</source>
        <translation>Schema-Decoder</translation>
    </message>
</context>
<context>
    <name>gui::HistorySearchDialog</name>
    <message>
        <source>Search message history</source>
        <translation>Nachrichtenverlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Topic filter</source>
        <translation>&amp;Topic-Filter</translation>
    </message>
    <message>
        <source>Te&amp;xt in payload</source>
        <translation>Te&amp;xt in Nutzdaten</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>The message history is off.</source>
        <translation>Der Nachrichtenverlauf ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Messages found: the newest %1 (more match).</source>
        <translation>Gefundene Nachrichten: die neuesten %1 (weitere passen).</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>Gefundene Nachrichten: %1</translation>
    </message>
    <message>
        <source>Received messages kept between runs (newest first).</source>
        <translation>Empfangene Nachrichten, über Programmstarts hinweg aufbewahrt (neueste zuerst).</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>Only messages received at or after this time</source>
        <translation>Nur Nachrichten, die zu dieser Zeit oder danach empfangen wurden</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Only messages received at or before this time</source>
        <translation>Nur Nachrichten, die zu dieser Zeit oder davor empfangen wurden</translation>
    </message>
</context>
<context>
    <name>gui::InspectorModel</name>
    <message>
        <source>→ out</source>
        <translation>→ aus</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← ein</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>Paket-ID</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>Nutzdaten-Bytes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>gui::InspectorPanel</name>
    <message>
        <source>Filter packets (topic, client ID, …)</source>
        <translation>Pakete filtern (Topic, Client-ID, …)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>Pings ausblenden</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest packet in view</source>
        <translation>Neuestes Paket im Blick behalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message numerus="yes">
        <source>Raw bytes (%n bytes):</source>
        <translation>
            <numerusform>Rohdaten (%n Byte):</numerusform>
            <numerusform>Rohdaten (%n Bytes):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest packets dropped</source>
        <translation>
            <numerusform>Ältestes Paket verworfen (%n)</numerusform>
            <numerusform>%n älteste Pakete verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>MQTT Workbench</source>
        <translation>MQTT Workbench</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>Die Verbindung „%1“ löschen?</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Open a saved connection from the &lt;b&gt;Connections&lt;/b&gt; panel (double-click), or create a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Öffnen Sie eine gespeicherte Verbindung im Bereich &lt;b&gt;Verbindungen&lt;/b&gt; (Doppelklick) oder legen Sie eine neue an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Neue Verbindung…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import connections…</source>
        <translation>Verbindungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export connections…</source>
        <translation>Verbindungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Save subscriptions to the connection</source>
        <translation>Abonnements in der Verbindung &amp;speichern</translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Pause live view</source>
        <translation>Live-Ansicht &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Find messages</source>
        <translation>Nachrichten &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About MQTT Workbench</source>
        <translation>Ü&amp;ber MQTT Workbench</translation>
    </message>
    <message>
        <source>About MQTT Workbench</source>
        <translation>Über MQTT Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Watch topics live, publish test messages and run a local broker.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Topics live beobachten, Testnachrichten veröffentlichen und einen lokalen Broker betreiben.&lt;/p&gt;&lt;p&gt;Lizenz: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>No password in the keychain for %1</source>
        <translation>Kein Passwort im Schlüsselbund für %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the password is kept for this session only</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (%1); das Passwort gilt nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <source>Connection profiles (*.json)</source>
        <translation>Verbindungsprofile (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung importiert</numerusform>
            <numerusform>%n Verbindungen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Verbindungen exportieren</translation>
    </message>
    <message>
        <source>Exported to %1 (passwords are not exported)</source>
        <translation>Nach %1 exportiert (Passwörter werden nicht exportiert)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message history per connection (oldest messages are dropped first):</source>
        <translation>Nachrichtenverlauf pro Verbindung (älteste Nachrichten werden zuerst verworfen):</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>History of each topic (message detail ▸ History and chart); when all topics together reach their memory, the busiest topics give up their oldest messages first:</source>
        <translation>Verlauf je Topic (Nachrichtendetail ▸ Verlauf und Diagramm); erreichen alle Topics zusammen ihren Speicher, geben die aktivsten Topics zuerst ihre ältesten Nachrichten ab:</translation>
    </message>
    <message>
        <source>Messages per topic</source>
        <translation>Nachrichten je Topic</translation>
    </message>
    <message>
        <source>Memory per topic</source>
        <translation>Speicher je Topic</translation>
    </message>
    <message>
        <source>Memory for all topics</source>
        <translation>Speicher für alle Topics</translation>
    </message>
    <message>
        <source>Search message &amp;history…</source>
        <translation>Nachrichten&amp;verlauf durchsuchen…</translation>
    </message>
    <message>
        <source>Keep message history between runs</source>
        <translation>Nachrichtenverlauf über Programmstarts hinweg aufbewahren</translation>
    </message>
    <message>
        <source>Received messages are written to %1 and can be searched with Tools ▸ Search message history; the oldest are deleted first.</source>
        <translation>Empfangene Nachrichten werden in %1 geschrieben und können mit Werkzeuge ▸ Nachrichtenverlauf durchsuchen gefunden werden; die ältesten werden zuerst gelöscht.</translation>
    </message>
    <message>
        <source>Messages kept</source>
        <translation>Aufbewahrte Nachrichten</translation>
    </message>
    <message>
        <source>Payloads kept</source>
        <translation>Aufbewahrte Nutzdaten</translation>
    </message>
    <message>
        <source>Search message history</source>
        <translation>Nachrichtenverlauf durchsuchen</translation>
    </message>
    <message>
        <source>The message history is off. Turn on &quot;Keep message history between runs&quot; in Tools ▸ Preferences.</source>
        <translation>Der Nachrichtenverlauf ist ausgeschaltet. Schalten Sie „Nachrichtenverlauf über Programmstarts hinweg aufbewahren“ unter Werkzeuge ▸ Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>gui::MessageArchive</name>
    <message>
        <source>Cannot create the folder of the message history %1</source>
        <translation>Der Ordner des Nachrichtenverlaufs %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot open the message history %1: %2</source>
        <translation>Der Nachrichtenverlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the message history %1: %2</source>
        <translation>Der Nachrichtenverlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the message history %1: %2</source>
        <translation>Der Nachrichtenverlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gui::MessageDetailView</name>
    <message>
        <source>How to show the payload</source>
        <translation>Wie die Nutzdaten angezeigt werden</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Topic kopieren</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Nutzdaten kopieren</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Select an earlier value to compare it with the shown message</source>
        <translation>Wählen Sie einen früheren Wert zum Vergleich mit der angezeigten Nachricht</translation>
    </message>
    <message>
        <source>JSON field (e.g. temperature or data.value); empty = whole payload</source>
        <translation>JSON-Feld (z. B. temperature oder data.value); leer = ganze Nutzdaten</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Select a message or a topic to see its payload.</source>
        <translation>Wählen Sie eine Nachricht oder ein Topic, um die Nutzdaten zu sehen.</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3 · %4</source>
        <translation>%1 · QoS %2%3 · %4</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · retained</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 — show more</source>
        <translation>Die ersten %1 von %2 werden gezeigt — mehr zeigen</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No MQTT 5 properties</source>
        <translation>Keine MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Nutzdatenformat</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Nachrichtenablauf</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <source>Subscription identifier</source>
        <translation>Abonnement-Kennung</translation>
    </message>
    <message>
        <source>Topic alias</source>
        <translation>Topic-Alias</translation>
    </message>
    <message>
        <source>User property: %1</source>
        <translation>Benutzereigenschaft: %1</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from %1 to the shown message (%2):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Änderungen von %1 zur angezeigten Nachricht (%2):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Topic copied</source>
        <translation>Topic kopiert</translation>
    </message>
    <message>
        <source>Payload copied (%1)</source>
        <translation>Nutzdaten kopiert (%1)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>.proto laden…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Nutzdaten mit einem Protobuf-Schema dekodieren</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Dieser Build unterstützt kein Protobuf</translation>
    </message>
    <message>
        <source>Message type of the payload</source>
        <translation>Nachrichtentyp der Nutzdaten</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The numeric field to chart: pick one of the payload&apos;s or type a path; the choice is kept for the topic</source>
        <translation>Das numerische Feld für das Diagramm: eines der Nutzdaten wählen oder einen Pfad eingeben; die Wahl wird für das Topic gemerkt</translation>
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
        <translation>Retained-Nachricht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <translation>Retain</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>gui::PasswordVault</name>
    <message>
        <source>No keychain support in this build</source>
        <translation>Keine Schlüsselbund-Unterstützung in diesem Build</translation>
    </message>
</context>
<context>
    <name>gui::ProfileDialog</name>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Zertifikat des Brokers prüfen</translation>
    </message>
    <message>
        <source>Do not check the host name in the certificate</source>
        <translation>Hostnamen im Zertifikat nicht prüfen</translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation>Sauberer Start</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Request response information</source>
        <translation>Antwortinformationen anfordern</translation>
    </message>
    <message>
        <source>Send a last will</source>
        <translation>Letzten Willen senden</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Automatisch neu verbinden</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Subscribe on connect to</source>
        <translation>Beim Verbinden abonnieren</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883</source>
        <translation>mqtt://broker.example.com:1883</translation>
    </message>
    <message>
        <source>{mqtt,mqtts,ws,wss}://[user[:password]@]host[:port][/path]</source>
        <translation>{mqtt,mqtts,ws,wss}://[Benutzer[:Passwort]@]Host[:Port][/Pfad]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Remember the password (in the system keychain)</source>
        <translation>Passwort merken (im System-Schlüsselbund)</translation>
    </message>
    <message>
        <source>Store the password in the profile file (unencrypted)</source>
        <translation>Passwort in der Profildatei speichern (unverschlüsselt)</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Client private key</source>
        <translation>Privater Client-Schlüssel</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>name: value, one per line</source>
        <translation>Name: Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>Sitzungsablauf</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>Receive maximum</source>
        <translation>Empfangsmaximum</translation>
    </message>
    <message>
        <source>Maximum packet size (0 = no limit)</source>
        <translation>Maximale Paketgröße (0 = unbegrenzt)</translation>
    </message>
    <message>
        <source>Topic alias maximum</source>
        <translation>Topic-Alias-Maximum</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>Benutzereigenschaften</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
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
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Delay (MQTT 5)</source>
        <translation>Verzögerung (MQTT 5)</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Letzter Wille</translation>
    </message>
    <message>
        <source>Header: value, one per line</source>
        <translation>Header: Wert, einer pro Zeile</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP-Header</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Erste Wartezeit</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reconnect &amp;&amp; subscribe</source>
        <translation>Neu verbinden &amp;&amp; abonnieren</translation>
    </message>
    <message>
        <source>The URL is not usable: %1</source>
        <translation>Die URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>Geben Sie Hostnamen oder Adresse des Brokers ein.</translation>
    </message>
    <message>
        <source>The will needs a topic without &apos;+&apos; or &apos;#&apos;.</source>
        <translation>Der letzte Wille braucht ein Topic ohne &apos;+&apos; und &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The subscription on connect is not a valid topic filter.</source>
        <translation>Das Abonnement beim Verbinden ist kein gültiger Topic-Filter.</translation>
    </message>
    <message>
        <source>These settings cannot work: %1</source>
        <translation>Diese Einstellungen können nicht funktionieren: %1</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>Nur speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>gui::ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 ist keine Profildatei: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>gui::ProfilesPanel</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Open the selected connection in a new tab</source>
        <translation>Ausgewählte Verbindung in neuem Tab öffnen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a connection profile</source>
        <translation>Verbindungsprofil anlegen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Ausgewähltes Profil bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>Ausgewähltes Profil kopieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Ausgewähltes Profil löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add profiles from a file</source>
        <translation>Profile aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the profiles to a file (without passwords)</source>
        <translation>Profile in eine Datei speichern (ohne Passwörter)</translation>
    </message>
</context>
<context>
    <name>gui::PublishPanel</name>
    <message>
        <source>Retain</source>
        <translation>Retain</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT-5-Eigenschaften</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
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
        <translation>Veröffentlichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>Benutzereigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Antwort-Topic</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Korrelationsdaten</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Nachrichtenablauf</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between repeated publishes</source>
        <translation>Abstand zwischen wiederholten Veröffentlichungen</translation>
    </message>
    <message>
        <source>Publish again and again at the interval</source>
        <translation>Im Intervall immer wieder veröffentlichen</translation>
    </message>
    <message>
        <source>Double-click to load a message into the editor</source>
        <translation>Doppelklick lädt eine Nachricht in den Editor</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the message in a named collection</source>
        <translation>Nachricht in einer benannten Sammlung speichern</translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation>Topic eingeben</translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain &apos;+&apos; or &apos;#&apos;</source>
        <translation>Ein Topic zum Veröffentlichen darf weder &apos;+&apos; noch &apos;#&apos; enthalten</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Auf %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Collection / name (e.g. Lights/Kitchen on):</source>
        <translation>Sammlung / Name (z. B. Licht/Küche an):</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>%1 (typed as JSON)</source>
        <translation>%1 (als JSON eingegeben)</translation>
    </message>
    <message>
        <source>The payload is not valid %1: %2</source>
        <translation>Die Nutzdaten sind kein gültiges %1: %2</translation>
    </message>
    <message>
        <source>Published to %1, but no subscriber matched</source>
        <translation>Nach %1 veröffentlicht, aber kein Abonnent passte</translation>
    </message>
    <message>
        <source>Unknown payload format &apos;%1&apos;</source>
        <translation>Unbekanntes Nutzdatenformat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
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
        <translation>Platzhalter bei jedem Veröffentlichen (und jeder Wiederholung) neu ausfüllen:
{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...
{{time}}: die Zeit in ISO 8601, UTC
{{timestamp}}, {{timestamp_ms}}: Unix-Zeit in s, in ms
{{random:MIN:MAX}}: eine Zufallszahl (so viele Nachkommastellen wie die Grenzen)
{{uuid}}: eine zufällige UUID
{{{{: ein wörtliches {{
Werte werden ohne Anführungszeichen eingesetzt: {&quot;t&quot;: {{random:20:25}}}</translation>
    </message>
    <message>
        <source>The payload template is not valid: %1</source>
        <translation>Die Payload-Vorlage ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>gui::RecordingPanel</name>
    <message>
        <source>Open a connection to record it.</source>
        <translation>Öffnen Sie eine Verbindung, um sie aufzuzeichnen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Invalid broker URL: %1</source>
        <translation>Ungültige Broker-URL: %1</translation>
    </message>
    <message>
        <source>Record messages to</source>
        <translation>Nachrichten aufzeichnen nach</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translation>Verbindung aufzeichnen</translation>
    </message>
    <message>
        <source>Record the messages of the current connection to a file</source>
        <translation>Nachrichten der aktuellen Verbindung in eine Datei aufzeichnen</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>Nachrichten exportieren…</translation>
    </message>
    <message>
        <source>Save the messages of the current view as JSON Lines or CSV</source>
        <translation>Nachrichten der aktuellen Ansicht als JSON Lines oder CSV speichern</translation>
    </message>
    <message>
        <source>Replay to:</source>
        <translation>Abspielen an:</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>Lokaler Broker</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Aktuelle Verbindung</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>Broker-URL</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n messages</source>
        <translation>
            <numerusform>Aufzeichnung nach %1: %n Nachricht</numerusform>
            <numerusform>Aufzeichnung nach %1: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>No recording opened.</source>
        <translation>Keine Aufzeichnung geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n messages</source>
        <translation>
            <numerusform>%1: %n Nachricht</numerusform>
            <numerusform>%1: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Abspielen beenden</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>gui::SchemaPanel</name>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Select a message to decode it.</source>
        <translation>Wählen Sie eine Nachricht zum Dekodieren.</translation>
    </message>
    <message>
        <source>Sparkplug B payload on %1</source>
        <translation>Sparkplug-B-Nutzdaten auf %1</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Keine gültigen Sparkplug-B-Nutzdaten: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>Kann nicht als %1 dekodiert werden: %2</translation>
    </message>
    <message>
        <source>Sparkplug B topics (spBv1.0/…) are decoded as they are; for Protobuf payloads load a .proto file.</source>
        <translation>Sparkplug-B-Topics (spBv1.0/…) werden direkt dekodiert; für Protobuf-Nutzdaten laden Sie eine .proto-Datei.</translation>
    </message>
    <message>
        <source>Open Protobuf schema</source>
        <translation>Protobuf-Schema öffnen</translation>
    </message>
    <message>
        <source>Protobuf schema (*.proto)</source>
        <translation>Protobuf-Schema (*.proto)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>.proto laden…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Nutzdaten mit einem Protobuf-Schema dekodieren</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Dieser Build unterstützt kein Protobuf</translation>
    </message>
</context>
<context>
    <name>gui::SubscriptionsPanel</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>Topic-Filter, z. B. sensors/+/temperature</translation>
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
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Not a valid topic filter: &apos;#&apos; must be last and alone in its level, &apos;+&apos; alone in its level</source>
        <translation>Kein gültiger Topic-Filter: &apos;#&apos; muss zuletzt und allein in seiner Ebene stehen, &apos;+&apos; allein in seiner Ebene</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Subscribed (QoS %1)</source>
        <translation>Abonniert (QoS %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abbestellt</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>Farbe für %1</translation>
    </message>
    <message>
        <source>No local: do not receive own messages</source>
        <translation>No Local: eigene Nachrichten nicht empfangen</translation>
    </message>
    <message>
        <source>Retain as published: keep the publisher&apos;s retain flag</source>
        <translation>Retain as Published: Retain-Flag des Senders beibehalten</translation>
    </message>
    <message>
        <source>Double-click a subscription to change its colour; right-click or Delete to unsubscribe</source>
        <translation>Doppelklick auf ein Abonnement ändert seine Farbe; Rechtsklick oder Entf bestellt es ab</translation>
    </message>
    <message>
        <source>Retained messages on subscribe</source>
        <translation>Retained-Nachrichten beim Abonnieren</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send them only for a new subscription</source>
        <translation>Nur bei neuem Abonnement senden</translation>
    </message>
    <message>
        <source>Do not send them</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>MQTT 5 subscription options</source>
        <translation>MQTT-5-Abonnementoptionen</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Wartet auf die Verbindung</translation>
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
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Publish packets</source>
        <translation>PUBLISH-Pakete</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Load (per minute averages)</source>
        <translation>Last (Minutenmittel)</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Retained-Nachrichten</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>Nachrichtenspeicher</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 T %2 h %3 min %4 s</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Open a connection to see the status its broker publishes.</source>
        <translation>Öffnen Sie eine Verbindung, um den Status ihres Brokers zu sehen.</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Keine Beobachtung.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1; waiting for $SYS topics (the broker may not publish any, or publish them only every few seconds).</source>
        <translation>Verbunden mit %1; warte auf $SYS-Topics (der Broker veröffentlicht eventuell keine oder nur alle paar Sekunden).</translation>
    </message>
    <message numerus="yes">
        <source>%n $SYS topics from %1</source>
        <translation>
            <numerusform>%n $SYS-Topic von %1</numerusform>
            <numerusform>%n $SYS-Topics von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::TopicTreeModel</name>
    <message>
        <source>(empty)</source>
        <comment>an empty topic level</comment>
        <translation>(leer)</translation>
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
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Retained value</source>
        <translation>Retained-Wert</translation>
    </message>
    <message>
        <source>%1
%2 messages on this topic, %3 in the subtree (%4 topics)</source>
        <translation>%1
%2 Nachrichten auf diesem Topic, %3 im Teilbaum (%4 Topics)</translation>
    </message>
    <message>
        <source>Last value; a coloured mark means the broker keeps it as the retained value</source>
        <translation>Letzter Wert; eine farbige Markierung bedeutet, dass der Broker ihn als Retained-Wert speichert</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
</context>
<context>
    <name>gui::ValueChart</name>
    <message>
        <source>No numeric values on this topic yet</source>
        <translation>Noch keine Zahlenwerte auf diesem Topic</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values)</source>
        <translation>
            <numerusform>%1 (%n Wert)</numerusform>
            <numerusform>%1 (%n Werte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema::SchemaText</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
        <translation>Roh (maskiert)</translation>
    </message>
    <message>
        <source>On/off</source>
        <translation>Ein/aus</translation>
    </message>
    <message>
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Dieser Build unterstützt kein Protobuf</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Laden Sie eine .proto-Datei, um Protobuf-Nutzdaten zu dekodieren.</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>fehlerhafte Nutzdaten</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Keine gültigen Sparkplug-B-Nutzdaten: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: &quot;{{&quot; is not closed by &quot;}}&quot; (write {{{{ for a literal &quot;{{&quot;)</source>
        <translation>%1: „{{“ wird nicht mit „}}“ geschlossen (für ein wörtliches „{{“ {{{{ schreiben)</translation>
    </message>
    <message>
        <source>%1: %2: write {{counter}}, {{counter:START}} or {{counter:START:STEP}} with integers</source>
        <translation>%1: %2: {{counter}}, {{counter:START}} oder {{counter:START:STEP}} mit ganzen Zahlen schreiben</translation>
    </message>
    <message>
        <source>%1: %2: write {{random:MIN:MAX}} with numbers MIN and MAX</source>
        <translation>%1: %2: {{random:MIN:MAX}} mit Zahlen MIN und MAX schreiben</translation>
    </message>
    <message>
        <source>%1: %2: MIN is greater than MAX</source>
        <translation>%1: %2: MIN ist größer als MAX</translation>
    </message>
    <message>
        <source>%1: unknown placeholder %2 (known: counter, time, timestamp, timestamp_ms, random, uuid)</source>
        <translation>%1: unbekannter Platzhalter %2 (bekannt: counter, time, timestamp, timestamp_ms, random, uuid)</translation>
    </message>
    <message>
        <source>%1: %2 takes no arguments</source>
        <translation>%1: %2 nimmt keine Argumente</translation>
    </message>
</context>
</TS>
