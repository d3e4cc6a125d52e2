<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>FilterExpression</name>
    <message>
        <source>Invalid regular expression %1: %2</source>
        <translation>Expresión regular no válida %1: %2</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>Too large to compare (%1 and %2 lines).</source>
        <translation>Demasiado grande para comparar (%1 y %2 líneas).</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>the broker does not support this MQTT version</source>
        <translation>el broker no admite esta versión de MQTT</translation>
    </message>
    <message>
        <source>the broker rejected the client ID</source>
        <translation>el broker rechazó el ID de cliente</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>el broker no está disponible</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>el broker está ocupado</translation>
    </message>
    <message>
        <source>this client is banned</source>
        <translation>este cliente está vetado</translation>
    </message>
    <message>
        <source>the broker is shutting down</source>
        <translation>el broker se está cerrando</translation>
    </message>
    <message>
        <source>the authentication method is not supported</source>
        <translation>no se admite el método de autenticación</translation>
    </message>
    <message>
        <source>keep-alive timeout</source>
        <translation>tiempo de keep-alive agotado</translation>
    </message>
    <message>
        <source>another client connected with the same client ID</source>
        <translation>otro cliente se conectó con el mismo ID de cliente</translation>
    </message>
    <message>
        <source>invalid topic filter</source>
        <translation>filtro de tema no válido</translation>
    </message>
    <message>
        <source>invalid topic name</source>
        <translation>nombre de tema no válido</translation>
    </message>
    <message>
        <source>packet too large for the broker</source>
        <translation>paquete demasiado grande para el broker</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>tasa de mensajes demasiado alta</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>cuota superada</translation>
    </message>
    <message>
        <source>disconnected by an administrator</source>
        <translation>desconectado por un administrador</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>formato de carga útil no válido</translation>
    </message>
    <message>
        <source>the broker does not support retained messages</source>
        <translation>el broker no admite mensajes retenidos</translation>
    </message>
    <message>
        <source>the broker does not support this QoS</source>
        <translation>el broker no admite esta QoS</translation>
    </message>
    <message>
        <source>the broker redirects to another server</source>
        <translation>el broker redirige a otro servidor</translation>
    </message>
    <message>
        <source>shared subscriptions are not supported</source>
        <translation>no se admiten suscripciones compartidas</translation>
    </message>
    <message>
        <source>connecting too often</source>
        <translation>conexiones demasiado frecuentes</translation>
    </message>
    <message>
        <source>maximum connect time reached</source>
        <translation>se alcanzó el tiempo máximo de conexión</translation>
    </message>
    <message>
        <source>subscription identifiers are not supported</source>
        <translation>no se admiten identificadores de suscripción</translation>
    </message>
    <message>
        <source>wildcard subscriptions are not supported</source>
        <translation>no se admiten suscripciones con comodines</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>paquete mal formado</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>no hay suscriptores coincidentes</translation>
    </message>
    <message>
        <source>The connection settings are incomplete</source>
        <translation>La configuración de conexión está incompleta</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
    <message>
        <source>Cannot reach the broker</source>
        <translation>No se puede alcanzar el broker</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>Problema de TLS</translation>
    </message>
    <message>
        <source>WebSocket handshake failed</source>
        <translation>Falló el protocolo de enlace WebSocket</translation>
    </message>
    <message>
        <source>The broker did not answer in time</source>
        <translation>El broker no respondió a tiempo</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>El broker rechazó la conexión: %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>The broker stopped answering (keep-alive timeout)</source>
        <translation>El broker dejó de responder (tiempo de keep-alive agotado)</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1</source>
        <translation>El broker cerró la conexión: %1</translation>
    </message>
    <message>
        <source>The broker broke the MQTT protocol</source>
        <translation>El broker incumplió el protocolo MQTT</translation>
    </message>
    <message>
        <source>The message is larger than the broker accepts</source>
        <translation>El mensaje es más grande de lo que acepta el broker</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>El broker rechazó: %1</translation>
    </message>
    <message>
        <source>Offline queue full</source>
        <translation>Cola sin conexión llena</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cannot store the in-flight messages</source>
        <translation>No se pueden guardar los mensajes en tránsito</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Sin procesar (escapado)</translation>
    </message>
    <message>
        <source>On/off</source>
        <translation>Encendido/apagado</translation>
    </message>
    <message>
        <source>Too large to decode; shown as text.</source>
        <translation>Demasiado grande para decodificar; se muestra como texto.</translation>
    </message>
</context>
<context>
    <name>gui::BrokerClientModel</name>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
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
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>Conectado a las</translation>
    </message>
</context>
<context>
    <name>gui::BrokerPanel</name>
    <message>
        <source>Start local broker</source>
        <translation>Iniciar broker local</translation>
    </message>
    <message>
        <source>Start an MQTT broker inside the workbench</source>
        <translation>Iniciar un broker MQTT dentro del workbench</translation>
    </message>
    <message>
        <source>Stop local broker</source>
        <translation>Detener broker local</translation>
    </message>
    <message>
        <source>Connect to local broker</source>
        <translation>Conectar al broker local</translation>
    </message>
    <message>
        <source>Open a connection tab to the local broker</source>
        <translation>Abrir una pestaña de conexión al broker local</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>Eliminar mensaje retenido</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>Escuchas</translation>
    </message>
    <message>
        <source>MQTT port:</source>
        <translation>Puerto MQTT:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>Puerto WebSocket:</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>Accesible desde otros equipos</translation>
    </message>
    <message>
        <source>Allow clients without a user name</source>
        <translation>Permitir clientes sin nombre de usuario</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Mensajes retenidos</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Running on mqtt://%1:%2</source>
        <translation>Ejecutándose en mqtt://%1:%2</translation>
    </message>
    <message>
        <source>and ws://127.0.0.1:%1</source>
        <translation>y ws://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>No se pudo iniciar: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Mensajes entrantes</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes entrantes</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Mensajes salientes</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes salientes</translation>
    </message>
    <message>
        <source>Sessions: %1, subscriptions: %2, dropped messages: %3</source>
        <translation>Sesiones: %1, suscripciones: %2, mensajes descartados: %3</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Archivo de contraseñas:</translation>
    </message>
    <message>
        <source>mosquitto_passwd file (optional)</source>
        <translation>archivo mosquitto_passwd (opcional)</translation>
    </message>
</context>
<context>
    <name>gui::BrokerRetainedModel</name>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>gui::BrokerSessionModel</name>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
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
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En tránsito</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Caduca tras</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionStatusWidget</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>Reconexión en %1 s (intento %2)</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconectando (intento %1)…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2)</source>
        <translation>Conectado a %1 (MQTT %2)</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionTab</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Filter topics: text, a/+/b, /regex/, -exclude</source>
        <translation>Filtrar temas: texto, a/+/b, /regex/, -excluir</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Busiest topics</source>
        <translation>Temas más activos</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtro de tema</translation>
    </message>
    <message>
        <source>Text in payload</source>
        <translation>Texto en la carga útil</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the live view; messages keep arriving and are counted</source>
        <translation>Pausar la vista en vivo; los mensajes siguen llegando y se cuentan</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>Desplazamiento automático</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Empty the message history and the topic tree</source>
        <translation>Vaciar el historial de mensajes y el árbol de temas</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>Reanudar (%1 nuevos)</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Copiar tema</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Publish to this topic</source>
        <translation>Publicar en este tema</translation>
    </message>
    <message>
        <source>Clear retained value</source>
        <translation>Borrar valor retenido</translation>
    </message>
    <message>
        <source>Clear retained values below…</source>
        <translation>Borrar valores retenidos por debajo…</translation>
    </message>
    <message>
        <source>No retained values known at or below %1</source>
        <translation>No se conocen valores retenidos en o bajo %1</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>Borrar mensajes retenidos</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n retained message(s) at or below &quot;%1&quot;? The broker will forget them.</source>
        <translation>
            <numerusform>¿Borrar %n mensaje retenido en o bajo «%1»? El broker lo olvidará.</numerusform>
            <numerusform>¿Borrar %n mensajes retenidos en o bajo «%1»? El broker los olvidará.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing retained messages…</source>
        <translation>Borrando mensajes retenidos…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained message(s)</source>
        <translation>
            <numerusform>%n mensaje retenido borrado</numerusform>
            <numerusform>%n mensajes retenidos borrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained messages, %2 refused by the broker</source>
        <translation>%1 mensajes retenidos borrados, %2 rechazados por el broker</translation>
    </message>
    <message>
        <source>%1 shown · %2 dropped · %3 topics</source>
        <translation>%1 mostrados · %2 descartados · %3 temas</translation>
    </message>
    <message>
        <source>%1 messages received, %2 in the history, %3 dropped as the oldest beyond the history limit (%4 messages / %5)</source>
        <translation>%1 mensajes recibidos, %2 en el historial, %3 descartados por ser los más antiguos más allá del límite del historial (%4 mensajes / %5)</translation>
    </message>
    <message>
        <source>no longer in the message list</source>
        <translation>ya no está en la lista de mensajes</translation>
    </message>
</context>
<context>
    <name>gui::DataSize</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Packet inspector</source>
        <translation>Inspector de paquetes</translation>
    </message>
    <message>
        <source>Record and replay</source>
        <translation>Grabar y reproducir</translation>
    </message>
    <message>
        <source>Broker status ($SYS)</source>
        <translation>Estado del broker ($SYS)</translation>
    </message>
    <message>
        <source>Start a local MQTT broker on this computer and connect to it? You can publish and watch messages right away, and stop it from the Tools menu.</source>
        <translation>¿Iniciar un broker MQTT local en este equipo y conectarse a él? Podrá publicar y observar mensajes de inmediato, y detenerlo desde el menú Herramientas.</translation>
    </message>
    <message>
        <source>Schema decoder</source>
        <translation>Decodificador de esquemas</translation>
    </message>
</context>
<context>
    <name>gui::InspectorModel</name>
    <message>
        <source>→ out</source>
        <translation>→ saliente</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← entrante</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>ID de paquete</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>Bytes de carga útil</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>gui::InspectorPanel</name>
    <message>
        <source>Filter packets (topic, client ID, …)</source>
        <translation>Filtrar paquetes (tema, ID de cliente…)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Ambas direcciones</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>Ocultar pings</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest packet in view</source>
        <translation>Mantener visible el paquete más reciente</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message numerus="yes">
        <source>Raw bytes (%n bytes):</source>
        <translation>
            <numerusform>Bytes sin procesar (%n byte):</numerusform>
            <numerusform>Bytes sin procesar (%n bytes):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest packets dropped</source>
        <translation>
            <numerusform>%n paquete más antiguo descartado</numerusform>
            <numerusform>%n paquetes más antiguos descartados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>MQTT Workbench</source>
        <translation>MQTT Workbench</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>¿Eliminar la conexión «%1»?</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Open a saved connection from the &lt;b&gt;Connections&lt;/b&gt; panel (double-click), or create a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Abra una conexión guardada desde el panel &lt;b&gt;Conexiones&lt;/b&gt; (doble clic) o cree una nueva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>Nueva conexión…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import connections…</source>
        <translation>&amp;Importar conexiones…</translation>
    </message>
    <message>
        <source>&amp;Export connections…</source>
        <translation>&amp;Exportar conexiones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nueva conexión…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Editar conexión…</translation>
    </message>
    <message>
        <source>&amp;Save subscriptions to the connection</source>
        <translation>&amp;Guardar las suscripciones en la conexión</translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation>C&amp;errar pestaña</translation>
    </message>
    <message>
        <source>&amp;Pause live view</source>
        <translation>&amp;Pausar la vista en vivo</translation>
    </message>
    <message>
        <source>&amp;Find messages</source>
        <translation>&amp;Buscar mensajes</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>Publicar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;About MQTT Workbench</source>
        <translation>&amp;Acerca de MQTT Workbench</translation>
    </message>
    <message>
        <source>About MQTT Workbench</source>
        <translation>Acerca de MQTT Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Watch topics live, publish test messages and run a local broker.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Observe temas en vivo, publique mensajes de prueba y ejecute un broker local.&lt;/p&gt;&lt;p&gt;Licencia: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>No password in the keychain for %1</source>
        <translation>No hay contraseña en el llavero para %1</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the password is kept for this session only</source>
        <translation>El llavero no está disponible (%1); la contraseña se guarda solo para esta sesión</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <source>Connection profiles (*.json)</source>
        <translation>Perfiles de conexión (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>%n conexión importada</numerusform>
            <numerusform>%n conexiones importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>Exportar conexiones</translation>
    </message>
    <message>
        <source>Exported to %1 (passwords are not exported)</source>
        <translation>Exportado a %1 (las contraseñas no se exportan)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message history per connection (oldest messages are dropped first):</source>
        <translation>Historial de mensajes por conexión (los más antiguos se descartan primero):</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>History of each topic (message detail ▸ History and chart); when all topics together reach their memory, the busiest topics give up their oldest messages first:</source>
        <translation>Historial de cada tema (detalle del mensaje ▸ Historial y gráfico); cuando todos los temas juntos alcanzan su memoria, los temas más activos ceden primero sus mensajes más antiguos:</translation>
    </message>
    <message>
        <source>Messages per topic</source>
        <translation>Mensajes por tema</translation>
    </message>
    <message>
        <source>Memory per topic</source>
        <translation>Memoria por tema</translation>
    </message>
    <message>
        <source>Memory for all topics</source>
        <translation>Memoria para todos los temas</translation>
    </message>
</context>
<context>
    <name>gui::MessageDetailView</name>
    <message>
        <source>How to show the payload</source>
        <translation>Cómo mostrar la carga útil</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>Copiar tema</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>Copiar carga útil</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Select an earlier value to compare it with the shown message</source>
        <translation>Seleccione un valor anterior para compararlo con el mensaje mostrado</translation>
    </message>
    <message>
        <source>JSON field (e.g. temperature or data.value); empty = whole payload</source>
        <translation>Campo JSON (p. ej. temperature o data.value); vacío = toda la carga útil</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Ningún mensaje seleccionado</translation>
    </message>
    <message>
        <source>Select a message or a topic to see its payload.</source>
        <translation>Seleccione un mensaje o un tema para ver su carga útil.</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3 · %4</source>
        <translation>%1 · QoS %2%3 · %4</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · retenido</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 — show more</source>
        <translation>Mostrando los primeros %1 de %2 — mostrar más</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No MQTT 5 properties</source>
        <translation>Sin propiedades MQTT 5</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>Formato de la carga útil</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>Texto UTF-8</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Caducidad del mensaje</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Tipo de contenido</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Tema de respuesta</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Datos de correlación</translation>
    </message>
    <message>
        <source>Subscription identifier</source>
        <translation>Identificador de suscripción</translation>
    </message>
    <message>
        <source>Topic alias</source>
        <translation>Alias de tema</translation>
    </message>
    <message>
        <source>User property: %1</source>
        <translation>Propiedad de usuario: %1</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from %1 to the shown message (%2):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cambios de %1 al mensaje mostrado (%2):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Topic copied</source>
        <translation>Tema copiado</translation>
    </message>
    <message>
        <source>Payload copied (%1)</source>
        <translation>Carga útil copiada (%1)</translation>
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
        <translation>Cargar .proto…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Decodificar cargas útiles con un esquema Protobuf</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Esta compilación no admite Protobuf</translation>
    </message>
    <message>
        <source>Message type of the payload</source>
        <translation>Tipo de mensaje de la carga útil</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>Too large to decode.</source>
        <translation>Demasiado grande para decodificar.</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Carga útil Sparkplug B no válida: %1</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Cargue un archivo .proto para decodificar cargas útiles Protobuf.</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>No se puede decodificar como %1: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>The numeric field to chart: pick one of the payload&apos;s or type a path; the choice is kept for the topic</source>
        <translation>El campo numérico que se grafica: elija uno de la carga útil o escriba una ruta; la elección se guarda para el tema</translation>
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
        <translation>Mensaje retenido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>gui::PasswordVault</name>
    <message>
        <source>No keychain support in this build</source>
        <translation>Sin soporte de llavero en esta compilación</translation>
    </message>
</context>
<context>
    <name>gui::ProfileDialog</name>
    <message>
        <source>Advanced settings</source>
        <translation>Configuración avanzada</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Verificar el certificado del broker</translation>
    </message>
    <message>
        <source>Do not check the host name in the certificate</source>
        <translation>No comprobar el nombre de host en el certificado</translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation>Inicio limpio</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>Request response information</source>
        <translation>Solicitar información de respuesta</translation>
    </message>
    <message>
        <source>Send a last will</source>
        <translation>Enviar una última voluntad</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>Reconectar automáticamente</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Subscribe on connect to</source>
        <translation>Suscribirse al conectar a</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883</source>
        <translation>mqtt://broker.example.com:1883</translation>
    </message>
    <message>
        <source>{mqtt,mqtts,ws,wss}://[user[:password]@]host[:port][/path]</source>
        <translation>{mqtt,mqtts,ws,wss}://[usuario[:contraseña]@]host[:puerto][/ruta]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Remember the password (in the system keychain)</source>
        <translation>Recordar la contraseña (en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Store the password in the profile file (unencrypted)</source>
        <translation>Guardar la contraseña en el archivo de perfiles (sin cifrar)</translation>
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
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados CA</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado CA</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Client private key</source>
        <translation>Clave privada del cliente</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <source>name: value, one per line</source>
        <translation>nombre: valor, uno por línea</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>Caducidad de la sesión</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>Keep-alive</translation>
    </message>
    <message>
        <source>Receive maximum</source>
        <translation>Recepción máxima</translation>
    </message>
    <message>
        <source>Maximum packet size (0 = no limit)</source>
        <translation>Tamaño máximo de paquete (0 = sin límite)</translation>
    </message>
    <message>
        <source>Topic alias maximum</source>
        <translation>Máximo de alias de tema</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>Propiedades de usuario</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Delay (MQTT 5)</source>
        <translation>Retardo (MQTT 5)</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Última voluntad</translation>
    </message>
    <message>
        <source>Header: value, one per line</source>
        <translation>Cabecera: valor, una por línea</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>Cabeceras HTTP</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>Primer retardo</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Retardo máximo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Reconnect &amp;&amp; subscribe</source>
        <translation>Reconectar &amp;&amp; suscribirse</translation>
    </message>
    <message>
        <source>The URL is not usable: %1</source>
        <translation>La URL no se puede usar: %1</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>Introduzca el nombre de host o la dirección del broker.</translation>
    </message>
    <message>
        <source>The will needs a topic without &apos;+&apos; or &apos;#&apos;.</source>
        <translation>La última voluntad necesita un tema sin &apos;+&apos; ni &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The subscription on connect is not a valid topic filter.</source>
        <translation>La suscripción al conectar no es un filtro de tema válido.</translation>
    </message>
    <message>
        <source>These settings cannot work: %1</source>
        <translation>Esta configuración no puede funcionar: %1</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>Solo guardar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>gui::ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 no es un archivo de perfiles: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
</context>
<context>
    <name>gui::ProfilesPanel</name>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Open the selected connection in a new tab</source>
        <translation>Abrir la conexión seleccionada en una pestaña nueva</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Create a connection profile</source>
        <translation>Crear un perfil de conexión</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Editar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>Copiar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Eliminar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add profiles from a file</source>
        <translation>Añadir perfiles desde un archivo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the profiles to a file (without passwords)</source>
        <translation>Guardar los perfiles en un archivo (sin contraseñas)</translation>
    </message>
</context>
<context>
    <name>gui::PublishPanel</name>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>Propiedades MQTT 5</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
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
        <translation>Publicar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>Añadir propiedad de usuario</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Tipo de contenido</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>Tema de respuesta</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>Datos de correlación</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>Caducidad del mensaje</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Interval between repeated publishes</source>
        <translation>Intervalo entre publicaciones repetidas</translation>
    </message>
    <message>
        <source>Publish again and again at the interval</source>
        <translation>Publicar una y otra vez en el intervalo</translation>
    </message>
    <message>
        <source>Double-click to load a message into the editor</source>
        <translation>Haga doble clic para cargar un mensaje en el editor</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the message in a named collection</source>
        <translation>Guardar el mensaje en una colección con nombre</translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation>Introduzca un tema</translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain &apos;+&apos; or &apos;#&apos;</source>
        <translation>Un tema de publicación no puede contener &apos;+&apos; ni &apos;#&apos;</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>Error al publicar: %1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>Publicado en %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>Guardar mensaje</translation>
    </message>
    <message>
        <source>Collection / name (e.g. Lights/Kitchen on):</source>
        <translation>Colección / nombre (p. ej. Luces/Cocina encendida):</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>«%1» guardado</translation>
    </message>
    <message>
        <source>%1 (typed as JSON)</source>
        <translation>%1 (escrito como JSON)</translation>
    </message>
    <message>
        <source>The payload is not valid %1: %2</source>
        <translation>La carga útil no es %1 válido: %2</translation>
    </message>
    <message>
        <source>Published to %1, but no subscriber matched</source>
        <translation>Publicado en %1, pero ningún suscriptor coincidió</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>Retener</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
</context>
<context>
    <name>gui::RecordingPanel</name>
    <message>
        <source>Open a connection to record it.</source>
        <translation>Abra una conexión para grabarla.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Invalid broker URL: %1</source>
        <translation>URL de broker no válida: %1</translation>
    </message>
    <message>
        <source>Record messages to</source>
        <translation>Grabar mensajes en</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Abrir grabación</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translation>Grabar conexión</translation>
    </message>
    <message>
        <source>Record the messages of the current connection to a file</source>
        <translation>Grabar los mensajes de la conexión actual en un archivo</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>Abrir grabación…</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>Exportar mensajes…</translation>
    </message>
    <message>
        <source>Save the messages of the current view as JSON Lines or CSV</source>
        <translation>Guardar los mensajes de la vista actual como JSON Lines o CSV</translation>
    </message>
    <message>
        <source>Replay to:</source>
        <translation>Reproducir en:</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>Broker local</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>Conexión actual</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>URL del broker</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n messages</source>
        <translation>
            <numerusform>Grabando en %1: %n mensaje</numerusform>
            <numerusform>Grabando en %1: %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Sin grabar.</translation>
    </message>
    <message>
        <source>No recording opened.</source>
        <translation>No hay ninguna grabación abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n messages</source>
        <translation>
            <numerusform>%1: %n mensaje</numerusform>
            <numerusform>%1: %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>Detener reproducción</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>gui::SchemaPanel</name>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>Select a message to decode it.</source>
        <translation>Seleccione un mensaje para decodificarlo.</translation>
    </message>
    <message>
        <source>Sparkplug B payload on %1</source>
        <translation>Carga útil Sparkplug B en %1</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Carga útil Sparkplug B no válida: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>No se puede decodificar como %1: %2</translation>
    </message>
    <message>
        <source>Sparkplug B topics (spBv1.0/…) are decoded as they are; for Protobuf payloads load a .proto file.</source>
        <translation>Los temas Sparkplug B (spBv1.0/…) se decodifican directamente; para cargas útiles Protobuf cargue un archivo .proto.</translation>
    </message>
    <message>
        <source>Open Protobuf schema</source>
        <translation>Abrir esquema Protobuf</translation>
    </message>
    <message>
        <source>Protobuf schema (*.proto)</source>
        <translation>Esquema Protobuf (*.proto)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>Cargar .proto…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Decodificar cargas útiles con un esquema Protobuf</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Esta compilación no admite Protobuf</translation>
    </message>
</context>
<context>
    <name>gui::SubscriptionsPanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>Filtro de tema, p. ej. sensors/+/temperature</translation>
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
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>Not a valid topic filter: &apos;#&apos; must be last and alone in its level, &apos;+&apos; alone in its level</source>
        <translation>Filtro de tema no válido: &apos;#&apos; debe ir al final y solo en su nivel, &apos;+&apos; solo en su nivel</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Subscribed (QoS %1)</source>
        <translation>Suscrito (QoS %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Suscripción cancelada</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>Color de %1</translation>
    </message>
    <message>
        <source>No local: do not receive own messages</source>
        <translation>No Local: no recibir los mensajes propios</translation>
    </message>
    <message>
        <source>Retain as published: keep the publisher&apos;s retain flag</source>
        <translation>Retain as Published: conservar el indicador retain del publicador</translation>
    </message>
    <message>
        <source>Double-click a subscription to change its colour; right-click or Delete to unsubscribe</source>
        <translation>Haga doble clic en una suscripción para cambiar su color; clic derecho o Supr para cancelarla</translation>
    </message>
    <message>
        <source>Retained messages on subscribe</source>
        <translation>Mensajes retenidos al suscribirse</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>Enviarlos</translation>
    </message>
    <message>
        <source>Send them only for a new subscription</source>
        <translation>Enviarlos solo para una suscripción nueva</translation>
    </message>
    <message>
        <source>Do not send them</source>
        <translation>No enviarlos</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>MQTT 5 subscription options</source>
        <translation>Opciones de suscripción MQTT 5</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>Esperando la conexión</translation>
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
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Publish packets</source>
        <translation>Paquetes PUBLISH</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Load (per minute averages)</source>
        <translation>Carga (medias por minuto)</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>Mensajes retenidos</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>Almacén de mensajes</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 d %2 h %3 min %4 s</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Open a connection to see the status its broker publishes.</source>
        <translation>Abra una conexión para ver el estado que publica su broker.</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>Sin observar.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Connected to %1; waiting for $SYS topics (the broker may not publish any, or publish them only every few seconds).</source>
        <translation>Conectado a %1; esperando temas $SYS (puede que el broker no publique ninguno o solo cada pocos segundos).</translation>
    </message>
    <message numerus="yes">
        <source>%n $SYS topics from %1</source>
        <translation>
            <numerusform>%n tema $SYS de %1</numerusform>
            <numerusform>%n temas $SYS de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::TopicTreeModel</name>
    <message>
        <source>(empty)</source>
        <comment>an empty topic level</comment>
        <translation>(vacío)</translation>
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
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Retained value</source>
        <translation>Valor retenido</translation>
    </message>
    <message>
        <source>%1
%2 messages on this topic, %3 in the subtree (%4 topics)</source>
        <translation>%1
%2 mensajes en este tema, %3 en el subárbol (%4 temas)</translation>
    </message>
    <message>
        <source>Last value; a coloured mark means the broker keeps it as the retained value</source>
        <translation>Último valor; una marca de color indica que el broker lo guarda como valor retenido</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
</context>
<context>
    <name>gui::ValueChart</name>
    <message>
        <source>No numeric values on this topic yet</source>
        <translation>Aún no hay valores numéricos en este tema</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values)</source>
        <translation>
            <numerusform>%1 (%n valor)</numerusform>
            <numerusform>%1 (%n valores)</numerusform>
        </translation>
    </message>
</context>
</TS>
