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
        <translation>der Broker unterstützt keine gehaltenen Nachrichten</translation>
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
        <source>Too large to decode; shown as text.</source>
        <translation>Zu groß zum Dekodieren; als Text gezeigt.</translation>
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
        <translation>Gehaltene Nachricht löschen</translation>
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
        <translation>Gehaltene Nachrichten</translation>
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
        <translation>Gehalten</translation>
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
        <translation>Gehaltenen Wert löschen</translation>
    </message>
    <message>
        <source>Clear retained values below…</source>
        <translation>Gehaltene Werte darunter löschen…</translation>
    </message>
    <message>
        <source>No retained values known at or below %1</source>
        <translation>Keine gehaltenen Werte bei oder unter %1 bekannt</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>Gehaltene Nachrichten löschen</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n retained message(s) at or below &quot;%1&quot;? The broker will forget them.</source>
        <translation>
            <numerusform>%n gehaltene Nachricht bei oder unter „%1“ löschen? Der Broker vergisst sie.</numerusform>
            <numerusform>%n gehaltene Nachrichten bei oder unter „%1“ löschen? Der Broker vergisst sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing retained messages…</source>
        <translation>Gehaltene Nachrichten werden gelöscht…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained message(s)</source>
        <translation>
            <numerusform>%n gehaltene Nachricht gelöscht</numerusform>
            <numerusform>%n gehaltene Nachrichten gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained messages, %2 refused by the broker</source>
        <translation>%1 gehaltene Nachrichten gelöscht, %2 vom Broker abgelehnt</translation>
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
        <translation> · gehalten</translation>
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
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
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
        <source>Too large to decode.</source>
        <translation>Zu groß zum Dekodieren.</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Keine gültigen Sparkplug-B-Nutzdaten: %1</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Laden Sie eine .proto-Datei, um Protobuf-Nutzdaten zu dekodieren.</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>Kann nicht als %1 dekodiert werden: %2</translation>
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
        <translation>Gehaltene Nachricht</translation>
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
</context>
<context>
    <name>gui::RecordingModel</name>
    <message>
        <source>R</source>
        <comment>retained flag</comment>
        <translation>R</translation>
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
        <translation>Gehaltene Nachrichten beim Abonnieren</translation>
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
        <translation>Gehaltene Nachrichten</translation>
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
        <translation>Gehaltener Wert</translation>
    </message>
    <message>
        <source>%1
%2 messages on this topic, %3 in the subtree (%4 topics)</source>
        <translation>%1
%2 Nachrichten auf diesem Topic, %3 im Teilbaum (%4 Topics)</translation>
    </message>
    <message>
        <source>Last value; a coloured mark means the broker keeps it as the retained value</source>
        <translation>Letzter Wert; eine farbige Markierung bedeutet, dass der Broker ihn als gehaltenen Wert speichert</translation>
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
</TS>
