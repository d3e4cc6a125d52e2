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
        <source>Too large to decode; shown as text.</source>
        <translation>Trop grand pour être décodé ; affiché comme texte.</translation>
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
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
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
        <source>Too large to decode.</source>
        <translation>Trop grand pour être décodé.</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Charge utile Sparkplug B invalide : %1</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Chargez un fichier .proto pour décoder les charges utiles Protobuf.</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>Impossible de décoder comme %1 : %2</translation>
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
</TS>
