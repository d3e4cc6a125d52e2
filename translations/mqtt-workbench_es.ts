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
    <name>cli::ArgumentParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>la opción %1 no admite valor</translation>
    </message>
    <message>
        <source>option %1 needs %2</source>
        <translation>la opción %1 necesita %2</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench %1 %2
</source>
        <translation>Uso: mqtt-workbench %1 %2
</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
</context>
<context>
    <name>cli::BenchConnection</name>
    <message>
        <source>subscription to %1 refused: %2</source>
        <translation>suscripción a %1 rechazada: %2</translation>
    </message>
</context>
<context>
    <name>cli::CliText</name>
    <message>
        <source><byte value="xd"/>%1 s  connected %2/%3  sent %4  received %5  acked %6   </source>
        <translation><byte value="xd"/>%1 s  conectados %2/%3  enviados %4  recibidos %5  confirmados %6   </translation>
    </message>
    <message>
        <source>bench conn: %1 connections in %2 s = %3 conn/s
</source>
        <translation>bench conn: %1 conexiones en %2 s = %3 conex/s
</translation>
    </message>
    <message>
        <source>bench %1: %2 clients, QoS %3, %4-byte payloads
</source>
        <translation>bench %1: %2 clientes, QoS %3, cargas útiles de %4 bytes
</translation>
    </message>
    <message>
        <source>  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)
</source>
        <translation>  %1 enviados desde %2 publicador(es), %3 recibidos de %4 (perdidos %5)
</translation>
    </message>
    <message>
        <source>  sent %1 messages%2
</source>
        <translation>  %1 mensajes enviados%2
</translation>
    </message>
    <message>
        <source>, %1 acknowledged</source>
        <translation>, %1 confirmados</translation>
    </message>
    <message>
        <source>  %1 msg/s, %2 MB/s over %3 s
</source>
        <translation>  %1 msg/s, %2 MB/s en %3 s
</translation>
    </message>
    <message>
        <source>  %1 latency ms: p50 %2  p90 %3  p99 %4  max %5
</source>
        <translation>  latencia (%1) ms: p50 %2  p90 %3  p99 %4  máx %5
</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>extremo a extremo</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>confirmación</translation>
    </message>
    <message>
        <source>  bench CPU %1 s (%2% of one core)</source>
        <translation>  CPU de bench %1 s (%2% de un núcleo)</translation>
    </message>
    <message>
        <source>, broker CPU %1 s (%2%)</source>
        <translation>, CPU del broker %1 s (%2%)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>clients: publishers (pub), subscribers (sub), connections (conn); default 10</source>
        <translation>clientes: publicadores (pub), suscriptores (sub), conexiones (conn); 10 por defecto</translation>
    </message>
    <message>
        <source>sub, flood, latency: publishers feeding the subscribers (default 1; flood 8)</source>
        <translation>sub, flood, latency: publicadores que alimentan a los suscriptores (1 por defecto; flood 8)</translation>
    </message>
    <message>
        <source>messages per publisher (default 10000); retained: messages stored (default 100000); large: messages (default 200)</source>
        <translation>mensajes por publicador (10000 por defecto); retained: mensajes almacenados (100000 por defecto); large: mensajes (200 por defecto)</translation>
    </message>
    <message>
        <source>messages per second per publisher (default: as fast as possible; latency 5000)</source>
        <translation>mensajes por segundo por publicador (por defecto: tan rápido como sea posible; latency 5000)</translation>
    </message>
    <message>
        <source>QoS of publishes and subscriptions (default 0; latency 1; retained: 0, 1 and 2 in turn)</source>
        <translation>QoS de las publicaciones y suscripciones (0 por defecto; latency 1; retained: 0, 1 y 2 por turnos)</translation>
    </message>
    <message>
        <source>payload size, at least 20 (default 64; large 1048576)</source>
        <translation>tamaño de la carga útil, al menos 20 (64 por defecto; large 1048576)</translation>
    </message>
    <message>
        <source>topic; %i is the publisher index, &apos;+&apos; for subscribers (default bench/%i)</source>
        <translation>tema; %i es el índice del publicador, &apos;+&apos; para los suscriptores (bench/%i por defecto)</translation>
    </message>
    <message>
        <source>flood, latency, noack: seconds of publishing (default 10; noack 15)</source>
        <translation>flood, latency, noack: segundos de publicación (10 por defecto; noack 15)</translation>
    </message>
    <message>
        <source>large: megabytes a second the subscriber reads (default 20)</source>
        <translation>large: megabytes por segundo que lee el suscriptor (20 por defecto)</translation>
    </message>
    <message>
        <source>retained: the narrow filter (default sensor/42/+)</source>
        <translation>retained: el filtro estrecho (sensor/42/+ por defecto)</translation>
    </message>
    <message>
        <source>end when no message came for SECONDS after publishing (default 5)</source>
        <translation>terminar cuando no llegue ningún mensaje durante SECONDS tras publicar (5 por defecto)</translation>
    </message>
    <message>
        <source>also report the CPU time and memory (VmRSS) of the broker process</source>
        <translation>informar también del tiempo de CPU y la memoria (VmRSS) del proceso del broker</translation>
    </message>
    <message>
        <source>the broker&apos;s name in result lines (default broker)</source>
        <translation>el nombre del broker en las líneas de resultados (broker por defecto)</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>imprimir el resumen como un objeto JSON</translation>
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
        <translation>Modos:
  pub       los publicadores envían COUNT mensajes cada uno; QoS 1/2 informan de la latencia de confirmación
  sub       los suscriptores reciben de --publishers; informa de la latencia extremo a extremo (la hora de envío viaja en la carga útil)
  conn      abre las conexiones de los clientes y las deja inactivas; informa de la latencia de conexión y, con --broker-pid, de la memoria del broker por conexión
  retained  almacena COUNT mensajes retenidos sensor/&lt;i/1000&gt;/&lt;i%1000&gt;; clientes nuevos se suscriben a &apos;#&apos; con QoS 0, 1, 2 y a --filter; informa de las llegadas y del tiempo hasta la última; los borra al final
  flood     --publishers envían tan rápido como TCP permite a un único suscriptor durante --duration
  latency   un publicador a ritmo constante -r (5000) con QoS 1 hacia un suscriptor durante --duration; ida y vuelta p50/p99/máx
  noack     un suscriptor QoS 1 que nunca envía PUBACK junto a uno sano; un publicador 3.1.1 que no espera PUBACK y un publicador 5.0; informa de la parte del suscriptor sano, del progreso de los publicadores y (--broker-pid) de la memoria del broker
  large     COUNT mensajes de -s bytes con QoS 1 a un suscriptor persistente que lee --read-rate MB/s; informa de entregas, reentregas y desconexiones
Cada mensaje lleva su publicador y un número de secuencia: cada modo termina con una línea `scenario=M broker=LABEL &lt;rates&gt; lost=N dup=N &lt;figures&gt;` (lost: huecos en la secuencia, dup: llegadas repetidas; &apos;?&apos; donde nada permite saberlo).
Los clientes de bench hablan MQTT sobre TCP simple (mqtt://) sin keep-alive.
</translation>
    </message>
    <message>
        <source>give one mode: pub, sub, conn, %1</source>
        <translation>indique un modo: pub, sub, conn, %1</translation>
    </message>
    <message>
        <source>bench connects over plain TCP (mqtt://) only</source>
        <translation>bench solo se conecta por TCP simple (mqtt://)</translation>
    </message>
    <message>
        <source>-r must be a positive number of messages per second</source>
        <translation>-r debe ser un número positivo de mensajes por segundo</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 debe ser un número positivo</translation>
    </message>
    <message>
        <source>SIGHUP: no configuration file, nothing to reload.</source>
        <translation>SIGHUP: no hay archivo de configuración, nada que recargar.</translation>
    </message>
    <message>
        <source>Reloaded the password and ACL files.</source>
        <translation>Archivos de contraseñas y ACL recargados.</translation>
    </message>
    <message>
        <source>reload failed, keeping the previous password and ACL rules: %1</source>
        <translation>falló la recarga, se mantienen las reglas de contraseñas y ACL anteriores: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>configuration file (YAML or JSON)</source>
        <translation>archivo de configuración (YAML o JSON)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>TCP port (default 1883; 0 picks a free one)</source>
        <translation>puerto TCP (1883 por defecto; 0 elige uno libre)</translation>
    </message>
    <message>
        <source>also listen for MQTT over WebSocket on this port</source>
        <translation>escuchar también MQTT sobre WebSocket en este puerto</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>address to listen on (default: all)</source>
        <translation>dirección en la que escuchar (por defecto: todas)</translation>
    </message>
    <message>
        <source>server certificate (PEM): the listeners use TLS (default port 8883)</source>
        <translation>certificado del servidor (PEM): los listeners usan TLS (puerto 8883 por defecto)</translation>
    </message>
    <message>
        <source>private key of --certfile (PEM)</source>
        <translation>clave privada de --certfile (PEM)</translation>
    </message>
    <message>
        <source>CA certificates (PEM) that verify client certificates, when clients present one</source>
        <translation>certificados de CA (PEM) que verifican los certificados de cliente, cuando los clientes presentan uno</translation>
    </message>
    <message>
        <source>keep sessions, queued and retained messages in this SQLite file across restarts (durable: a message is acknowledged once stored)</source>
        <translation>conservar las sesiones, los mensajes en cola y los retenidos en este archivo SQLite entre reinicios (duradero: un mensaje se confirma una vez almacenado)</translation>
    </message>
    <message>
        <source>log every connect, subscribe, unsubscribe and disconnect to stderr</source>
        <translation>registrar en stderr cada conexión, suscripción, cancelación de suscripción y desconexión</translation>
    </message>
    <message>
        <source>Runs the MQTT 3.1 / 3.1.1 / 5.0 broker without the GUI. -p, --ws-port, --bind and --certfile replace the configuration&apos;s listeners. SIGHUP re-reads the password and ACL files; SIGINT / SIGTERM stop it.

Exit codes: 0 stopped by a signal, 1 configuration or start-up error, 2 bad option.
</source>
        <translation>Ejecuta el broker MQTT 3.1 / 3.1.1 / 5.0 sin interfaz gráfica. -p, --ws-port, --bind y --certfile sustituyen los listeners de la configuración. SIGHUP vuelve a leer los archivos de contraseñas y ACL; SIGINT / SIGTERM lo detienen.

Códigos de salida: 0 detenido por una señal, 1 error de configuración o de arranque, 2 opción incorrecta.
</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>puerto no válido: %1</translation>
    </message>
    <message>
        <source>--certfile and --keyfile must be given together</source>
        <translation>--certfile y --keyfile deben indicarse juntos</translation>
    </message>
    <message>
        <source>--cafile goes with --certfile and --keyfile</source>
        <translation>--cafile va con --certfile y --keyfile</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>dirección de escucha no válida: %1</translation>
    </message>
    <message>
        <source>New client connected from %1 as %2 (MQTT %3, clean %4, keep-alive %5%6).</source>
        <translation>Nuevo cliente conectado desde %1 como %2 (MQTT %3, clean %4, keep-alive %5%6).</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, usuario %1</translation>
    </message>
    <message>
        <source>Client %1 disconnected (%2).</source>
        <translation>Cliente %1 desconectado (%2).</translation>
    </message>
    <message>
        <source>Client %1 subscribed to %2 (QoS %3).</source>
        <translation>Cliente %1 suscrito a %2 (QoS %3).</translation>
    </message>
    <message>
        <source>Client %1 unsubscribed from %2.</source>
        <translation>Cliente %1 canceló la suscripción a %2.</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3: %4).</source>
        <translation>El bridge %1 está %2 (%3: %4).</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3).</source>
        <translation>El bridge %1 está %2 (%3).</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 (%3).</source>
        <translation>Escuchando en %1 puerto %2 (%3).</translation>
    </message>
    <message>
        <source>Sessions and retained messages are kept in %1 (%2).</source>
        <translation>Las sesiones y los mensajes retenidos se guardan en %1 (%2).</translation>
    </message>
    <message>
        <source>Broker stopped.</source>
        <translation>Broker detenido.</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (véase --help)</translation>
    </message>
    <message>
        <source>subscription to &apos;%1&apos; refused: %2</source>
        <translation>suscripción a &apos;%1&apos; rechazada: %2</translation>
    </message>
    <message>
        <source>all subscription requests were denied</source>
        <translation>todas las solicitudes de suscripción fueron denegadas</translation>
    </message>
    <message>
        <source>invalid topic filter &apos;%1&apos;</source>
        <translation>filtro de tema no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>host no encontrado: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>WebSocket handshake with %1 failed: %2</source>
        <translation>falló el handshake WebSocket con %1: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>falló el handshake TLS con %1: %2</translation>
    </message>
    <message>
        <source>timed out connecting to %1</source>
        <translation>tiempo agotado al conectar con %1</translation>
    </message>
    <message>
        <source>connection refused by %1: not authorized (%2)</source>
        <translation>conexión rechazada por %1: no autorizado (%2)</translation>
    </message>
    <message>
        <source>connection refused by %1: %2</source>
        <translation>conexión rechazada por %1: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>conexión con %1 perdida</translation>
    </message>
    <message>
        <source>disconnected by %1: %2</source>
        <translation>desconectado por %1: %2</translation>
    </message>
    <message>
        <source>cannot set up the terminal</source>
        <translation>no se puede configurar el terminal</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable; as FILTER)</source>
        <translation>filtro de tema al que suscribirse (repetible; como FILTER)</translation>
    </message>
    <message>
        <source>do not show topics matching FILTER (repeatable)</source>
        <translation>no mostrar los temas que coincidan con FILTER (repetible)</translation>
    </message>
    <message>
        <source>maximum QoS of the subscriptions (default 0)</source>
        <translation>QoS máxima de las suscripciones (0 por defecto)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>show payloads as %1 (default auto; &apos;f&apos; cycles)</source>
        <translation>mostrar las cargas útiles como %1 (auto por defecto; &apos;f&apos; las alterna)</translation>
    </message>
    <message>
        <source>first sort order: topic, count, rate or age (default topic; &apos;s&apos; cycles)</source>
        <translation>primer orden: topic, count, rate o age (topic por defecto; &apos;s&apos; lo alterna)</translation>
    </message>
    <message>
        <source>print no error messages</source>
        <translation>no imprimir mensajes de error</translation>
    </message>
    <message>
        <source>Keys: q quit, p pause, s sort (topic, count, rate, age), r reverse, / filter (text, or an MQTT filter with + or #), f format, c clear, Up/Down/PgUp/PgDn/Home/End move, Enter the whole payload (Esc back), Ctrl-L redraw. SIGINT and SIGTERM end it like q.
Exit codes: as sub&apos;s: 0 success, 1 subscriptions denied, 2 bad option or not a terminal, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>Teclas: q salir, p pausa, s orden (topic, count, rate, age), r invertir, / filtro (texto, o un filtro MQTT con + o #), f formato, c vaciar, Arriba/Abajo/RePág/AvPág/Inicio/Fin mover, Intro carga útil completa (Esc volver), Ctrl-L redibujar. SIGINT y SIGTERM terminan como q.
Códigos de salida: como los de sub: 0 éxito, 1 suscripciones denegadas, 2 opción incorrecta o no es un terminal, 3 no se puede conectar, 4 host no encontrado, 5 fallo de TLS, 6 conexión rechazada por el broker, 7 credenciales incorrectas o no autorizado, 8 tiempo agotado, 9 conexión perdida.
</translation>
    </message>
    <message>
        <source>--proto and --proto-type go with --format protobuf</source>
        <translation>--proto y --proto-type van con --format protobuf</translation>
    </message>
    <message>
        <source>--format protobuf: this build has no Protobuf support</source>
        <translation>--format protobuf: esta compilación no admite Protobuf</translation>
    </message>
    <message>
        <source>--format protobuf needs --proto FILE</source>
        <translation>--format protobuf necesita --proto FILE</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format debe ser uno de %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no topic given: monitor FILTER (e.g. monitor &apos;#&apos;)</source>
        <translation>no se indicó ningún tema: monitor FILTER (p. ej. monitor &apos;#&apos;)</translation>
    </message>
    <message>
        <source>--sort must be topic, count, rate or age, not &apos;%1&apos;</source>
        <translation>--sort debe ser topic, count, rate o age, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>standard input is not a terminal: monitor reads its keys from one (use sub to print messages)</source>
        <translation>la entrada estándar no es un terminal: monitor lee sus teclas de uno (use sub para imprimir mensajes)</translation>
    </message>
    <message>
        <source>standard output is not a terminal: monitor draws a full-screen view (use sub to print messages)</source>
        <translation>la salida estándar no es un terminal: monitor dibuja una vista a pantalla completa (use sub para imprimir mensajes)</translation>
    </message>
    <message>
        <source>Run &apos;mqtt-workbench passwd --help&apos; for usage.</source>
        <translation>Ejecute &apos;mqtt-workbench passwd --help&apos; para ver el uso.</translation>
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
        <translation>Uso: mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] ARCHIVO USUARIO
     mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b ARCHIVO USUARIO CONTRASEÑA
     mqtt-workbench passwd -U ARCHIVO

Crea y actualiza archivos de contraseñas para auth.password-file del broker, en el
formato de mosquitto_passwd (los archivos sirven para ambos brokers).

  -b        modo por lotes: la contraseña es el último argumento
  -c        crear el archivo, sustituyendo uno existente
  -D        borrar USUARIO del archivo
  -H HASH   sha512-pbkdf2 (por defecto, $7$) o sha512 ($6$, mosquitto 1.6)
  -U        aplicar hash a cada contraseña en texto plano de ARCHIVO (líneas usuario:contraseña)
  -h, --help  mostrar esta ayuda

Sin -b la contraseña se pide dos veces sin eco cuando la entrada estándar es un
terminal; en otro caso es la primera línea de la entrada estándar.

Códigos de salida: 0 éxito, 1 problema de archivo, usuario o contraseña, 2 línea de
órdenes incorrecta.
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected user:password</source>
        <translation>%1:%2: se esperaba usuario:contraseña</translation>
    </message>
    <message>
        <source>-H needs a value: sha512-pbkdf2 or sha512</source>
        <translation>-H necesita un valor: sha512-pbkdf2 o sha512</translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos; (use sha512-pbkdf2 or sha512)</source>
        <translation>hash desconocido &apos;%1&apos; (use sha512-pbkdf2 o sha512)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-U takes only a FILE</source>
        <translation>-U solo admite un ARCHIVO</translation>
    </message>
    <message>
        <source>-c and -D cannot be used together</source>
        <translation>-c y -D no pueden usarse juntos</translation>
    </message>
    <message>
        <source>-b and -D cannot be used together</source>
        <translation>-b y -D no pueden usarse juntos</translation>
    </message>
    <message>
        <source>expected FILE USER PASSWORD</source>
        <translation>se esperaba ARCHIVO USUARIO CONTRASEÑA</translation>
    </message>
    <message>
        <source>expected FILE USER</source>
        <translation>se esperaba ARCHIVO USUARIO</translation>
    </message>
    <message>
        <source>user names must not be empty or contain &apos;:&apos;</source>
        <translation>los nombres de usuario no pueden estar vacíos ni contener &apos;:&apos;</translation>
    </message>
    <message>
        <source>user %1 is not in %2</source>
        <translation>el usuario %1 no está en %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>no se indicó ninguna contraseña</translation>
    </message>
    <message>
        <source>Reenter password: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>passwords do not match</source>
        <translation>las contraseñas no coinciden</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>la contraseña no puede estar vacía</translation>
    </message>
    <message>
        <source>%1 defines no message type</source>
        <translation>%1 no define ningún tipo de mensaje</translation>
    </message>
    <message>
        <source>%1 defines several message types (%2): choose one with --proto-type</source>
        <translation>%1 define varios tipos de mensaje (%2): elija uno con --proto-type</translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos; in %2 (it defines: %3)</source>
        <translation>tipo de mensaje desconocido &apos;%1&apos; en %2 (define: %3)</translation>
    </message>
    <message>
        <source>no message type</source>
        <translation>ningún tipo de mensaje</translation>
    </message>
    <message>
        <source>published to &apos;%1&apos;, but no subscriber matched</source>
        <translation>publicado en &apos;%1&apos;, pero ningún suscriptor coincidía</translation>
    </message>
    <message>
        <source>publish to &apos;%1&apos; failed: %2</source>
        <translation>falló la publicación en &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>topic to publish to</source>
        <translation>tema en el que publicar</translation>
    </message>
    <message>
        <source>send MESSAGE</source>
        <translation>enviar MESSAGE</translation>
    </message>
    <message>
        <source>send the contents of FILE as one message</source>
        <translation>enviar el contenido de FILE como un mensaje</translation>
    </message>
    <message>
        <source>send each line of stdin as a message, as the lines arrive</source>
        <translation>enviar cada línea de stdin como un mensaje, según llegan</translation>
    </message>
    <message>
        <source>send all of stdin as one message</source>
        <translation>enviar todo stdin como un mensaje</translation>
    </message>
    <message>
        <source>send an empty message</source>
        <translation>enviar un mensaje vacío</translation>
    </message>
    <message>
        <source>quality of service 0, 1 or 2 (default 0)</source>
        <translation>calidad de servicio (QoS) 0, 1 o 2 (0 por defecto)</translation>
    </message>
    <message>
        <source>retain the message</source>
        <translation>retener el mensaje (retain)</translation>
    </message>
    <message>
        <source>send the message COUNT times</source>
        <translation>enviar el mensaje COUNT veces</translation>
    </message>
    <message>
        <source>wait SECONDS (fractions allowed) between repeats</source>
        <translation>esperar SECONDS (se admiten fracciones) entre repeticiones</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a publish failed, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>Códigos de salida: 0 éxito, 1 falló una publicación, 2 opción incorrecta, 3 no se puede conectar, 4 host no encontrado, 5 fallo de TLS, 6 conexión rechazada por el broker, 7 credenciales incorrectas o no autorizado, 8 tiempo agotado, 9 conexión perdida.
</translation>
    </message>
    <message>
        <source>no message given: use -m, -f, -l, -s or -n</source>
        <translation>no se indicó ningún mensaje: use -m, -f, -l, -s o -n</translation>
    </message>
    <message>
        <source>only one of -m, -f, -l, -s and -n may be given</source>
        <translation>solo puede indicarse uno de -m, -f, -l, -s y -n</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>no se puede leer stdin: %1</translation>
    </message>
    <message>
        <source>no topic given: use -t TOPIC</source>
        <translation>no se indicó ningún tema: use -t TOPIC</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;: a topic name has no &apos;+&apos; or &apos;#&apos;</source>
        <translation>tema no válido &apos;%1&apos;: un nombre de tema no lleva &apos;+&apos; ni &apos;#&apos;</translation>
    </message>
    <message>
        <source>cannot read the message as %1: %2</source>
        <translation>no se puede leer el mensaje como %1: %2</translation>
    </message>
    <message>
        <source>--repeat-delay must be a number of seconds from 0 to 86400</source>
        <translation>--repeat-delay debe ser un número de segundos de 0 a 86400</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) (-W)</source>
        <translation>
            <numerusform>tiempo agotado tras %n segundo (-W)</numerusform>
            <numerusform>tiempo agotado tras %n segundos (-W)</numerusform>
        </translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable)</source>
        <translation>filtro de tema al que suscribirse (repetible)</translation>
    </message>
    <message>
        <source>do not print messages matching FILTER (repeatable)</source>
        <translation>no imprimir los mensajes que coincidan con FILTER (repetible)</translation>
    </message>
    <message>
        <source>unsubscribe from FILTER after connecting (repeatable)</source>
        <translation>cancelar la suscripción a FILTER tras conectar (repetible)</translation>
    </message>
    <message>
        <source>exit after printing COUNT messages (-n: hbmqtt_sub&apos;s name)</source>
        <translation>salir tras imprimir COUNT mensajes (-n: el nombre en hbmqtt_sub)</translation>
    </message>
    <message>
        <source>exit with code 8 after SECONDS</source>
        <translation>salir con código 8 tras SECONDS</translation>
    </message>
    <message>
        <source>do not print stale (retained) messages</source>
        <translation>no imprimir mensajes antiguos (retenidos)</translation>
    </message>
    <message>
        <source>print only retained messages; exit at the first live one</source>
        <translation>imprimir solo los mensajes retenidos; salir con el primero en vivo</translation>
    </message>
    <message>
        <source>clear every retained message received (not those filtered by -T)</source>
        <translation>borrar cada mensaje retenido recibido (no los filtrados por -T)</translation>
    </message>
    <message>
        <source>exit once the subscriptions are acknowledged</source>
        <translation>salir en cuanto se confirmen las suscripciones</translation>
    </message>
    <message>
        <source>MQTT 5: retained messages 0 on every subscribe (default), 1 only for a new subscription, 2 never</source>
        <translation>MQTT 5: mensajes retenidos 0 en cada suscripción (por defecto), 1 solo para una suscripción nueva, 2 nunca</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag messages were published with</source>
        <translation>MQTT 5: conservar el indicador retain con el que se publicaron los mensajes</translation>
    </message>
    <message>
        <source>MQTT 5: do not receive this client&apos;s own publications</source>
        <translation>MQTT 5: no recibir las publicaciones propias de este cliente</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>print &apos;topic payload&apos; (mosquitto_sub -v)</source>
        <translation>imprimir &apos;tema carga_útil&apos; (mosquitto_sub -v)</translation>
    </message>
    <message>
        <source>no newline after each message</source>
        <translation>sin salto de línea tras cada mensaje</translation>
    </message>
    <message>
        <source>print with mosquitto_sub&apos;s format placeholders, e.g. &apos;%t %p&apos;, &apos;%j&apos;</source>
        <translation>imprimir con los marcadores de formato de mosquitto_sub, p. ej. &apos;%t %p&apos;, &apos;%j&apos;</translation>
    </message>
    <message>
        <source>print one JSON object per message (JSON lines)</source>
        <translation>imprimir un objeto JSON por mensaje (JSON Lines)</translation>
    </message>
    <message>
        <source>decode payloads as %1</source>
        <translation>decodificar las cargas útiles como %1</translation>
    </message>
    <message>
        <source>the .proto file of --format protobuf, parsed at start (its imports are looked up next to it); implies --format protobuf</source>
        <translation>el archivo .proto de --format protobuf, analizado al inicio (sus importaciones se buscan junto a él); implica --format protobuf</translation>
    </message>
    <message>
        <source>the message type of --format protobuf, e.g. pkg.Reading (default: the only message type of the file)</source>
        <translation>el tipo de mensaje de --format protobuf, p. ej. pkg.Reading (por defecto: el único tipo de mensaje del archivo)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 subscriptions denied, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout (also -W), 9 connection lost.
</source>
        <translation>Códigos de salida: 0 éxito, 1 suscripciones denegadas, 2 opción incorrecta, 3 no se puede conectar, 4 host no encontrado, 5 fallo de TLS, 6 conexión rechazada por el broker, 7 credenciales incorrectas o no autorizado, 8 tiempo agotado (también -W), 9 conexión perdida.
</translation>
    </message>
    <message>
        <source>no topic given: use -t FILTER</source>
        <translation>no se indicó ningún tema: use -t FILTER</translation>
    </message>
    <message>
        <source>--retain-handling, --retain-as-published and --no-local need MQTT 5 (-V 5)</source>
        <translation>--retain-handling, --retain-as-published y --no-local necesitan MQTT 5 (-V 5)</translation>
    </message>
    <message>
        <source>-R and --retained-only exclude each other</source>
        <translation>-R y --retained-only se excluyen mutuamente</translation>
    </message>
    <message>
        <source>-F and -j exclude each other</source>
        <translation>-F y -j se excluyen mutuamente</translation>
    </message>
    <message>
        <source>publish messages (like mosquitto_pub)</source>
        <translation>publicar mensajes (como mosquitto_pub)</translation>
    </message>
    <message>
        <source>subscribe and print messages (like mosquitto_sub)</source>
        <translation>suscribirse e imprimir mensajes (como mosquitto_sub)</translation>
    </message>
    <message>
        <source>run the MQTT broker headless</source>
        <translation>ejecutar el broker MQTT sin interfaz</translation>
    </message>
    <message>
        <source>benchmark a broker: bench pub|sub|conn</source>
        <translation>medir el rendimiento de un broker: bench pub|sub|conn</translation>
    </message>
    <message>
        <source>create or update a password file (like mosquitto_passwd)</source>
        <translation>crear o actualizar un archivo de contraseñas (como mosquitto_passwd)</translation>
    </message>
    <message>
        <source>live topics in a full-screen terminal view (like mqttools)</source>
        <translation>temas en vivo en una vista de terminal a pantalla completa (como mqttools)</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]

Without a subcommand the graphical workbench starts.

Subcommands:
</source>
        <translation>Uso: mqtt-workbench [SUBORDEN] [OPCIONES]

Sin suborden se inicia el banco de trabajo gráfico.

Subórdenes:
</translation>
    </message>
    <message>
        <source>
Run &apos;mqtt-workbench SUBCOMMAND --help&apos; for the options of each.
</source>
        <translation>
Ejecute &apos;mqtt-workbench SUBORDEN --help&apos; para ver las opciones de cada una.
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see --help)</source>
        <translation>suborden desconocida &apos;%1&apos; (véase --help)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see --help)</source>
        <translation>opción desconocida &apos;%1&apos; (véase --help)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argumento inesperado &apos;%1&apos; (véase --help)</translation>
    </message>
    <message>
        <source>no display for the window (DISPLAY and WAYLAND_DISPLAY are unset); run a subcommand (see --help) or set QT_QPA_PLATFORM</source>
        <translation>no hay pantalla para la ventana (DISPLAY y WAYLAND_DISPLAY no están definidas); ejecute una suborden (véase --help) o defina QT_QPA_PLATFORM</translation>
    </message>
    <message>
        <source>read the message text as %1 and send its bytes (e.g. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug and protobuf from JSON)</source>
        <translation>leer el texto del mensaje como %1 y enviar sus bytes (p. ej. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug y protobuf desde JSON)</translation>
    </message>
    <message>
        <source>fill in placeholders anew for each message: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</source>
        <translation>rellenar los marcadores de nuevo en cada mensaje: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</translation>
    </message>
    <message>
        <source>--template needs a message text: -m, -f, -l or -s</source>
        <translation>--template necesita un texto de mensaje: -m, -f, -l o -s</translation>
    </message>
    <message>
        <source>bad --template: %1</source>
        <translation>--template no válido: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>The monitor&apos;s connection state, shown in brackets in the header: [connecting]</extracomment>
        <translation>conectando</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconectando</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>suscribiendo</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>topic</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: topic&quot;)</extracomment>
        <translation>tema</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: count&quot;)</extracomment>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>rate</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: rate&quot;)</extracomment>
        <translation>tasa</translation>
    </message>
    <message>
        <source>age</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: age&quot;)</extracomment>
        <translation>edad</translation>
    </message>
    <message>
        <source>p resume</source>
        <extracomment>monitor&apos;s footer: p is the key, keep it</extracomment>
        <translation>p reanudar</translation>
    </message>
    <message>
        <source>p pause</source>
        <translation>p pausa</translation>
    </message>
    <message>
        <source>filter (text, or an MQTT filter with + or #; Enter applies, Esc cancels): %1_</source>
        <extracomment>monitor&apos;s filter prompt; Enter and Esc are keys, keep them</extracomment>
        <translation>filtro (texto, o un filtro MQTT con + o #; Enter aplica, Esc cancela): %1_</translation>
    </message>
    <message>
        <source>Esc back  q quit  %1  f format: %2  arrows/PgUp/PgDn scroll</source>
        <extracomment>monitor&apos;s footer in the payload view: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 a payload format; Esc, q, f, PgUp and PgDn are keys, keep them</extracomment>
        <translation>Esc volver  q salir  %1  f formato: %2  flechas/PgUp/PgDn desplazar</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <extracomment>monitor&apos;s footer: the sort order (topic, count, ...) reversed</extracomment>
        <translation>%1 (invertido)</translation>
    </message>
    <message>
        <source>q quit  %1  s sort: %2  r reverse  / filter  f format: %3  c clear  Enter payload  arrows/PgUp/PgDn</source>
        <extracomment>monitor&apos;s footer: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 the sort order, %3 a payload format; q, s, r, /, f, c, Enter, PgUp and PgDn are keys, keep them</extracomment>
        <translation>q salir  %1  s orden: %2  r invertir  / filtrar  f formato: %3  c borrar  Enter carga útil  flechas/PgUp/PgDn</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <extracomment>monitor&apos;s header while p paused the view</extracomment>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <source>topics %1  messages %2  %3 msg/s</source>
        <extracomment>monitor&apos;s header: the numbers of topics and messages, messages per second</extracomment>
        <translation>temas %1  mensajes %2  %3 msg/s</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <extracomment>monitor&apos;s header: the filter typed after /</extracomment>
        <translation>filtro &apos;%1&apos;</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <extracomment>monitor&apos;s column heading: the topic names</extracomment>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>COUNT</source>
        <extracomment>monitor&apos;s column heading (kept short: at most 7 columns)</extracomment>
        <translation>CANT.</translation>
    </message>
    <message>
        <source>MSG/S</source>
        <extracomment>monitor&apos;s column heading: messages per second (kept short: at most 7 columns)</extracomment>
        <translation>MSG/S</translation>
    </message>
    <message>
        <source>AGE</source>
        <extracomment>monitor&apos;s column heading: time since the last message (kept short: at most 5 columns)</extracomment>
        <translation>EDAD</translation>
    </message>
    <message>
        <source>PAYLOAD (%1)</source>
        <extracomment>monitor&apos;s column heading: %1 is the payload format</extracomment>
        <translation>CARGA (%1)</translation>
    </message>
    <message>
        <source>(no message yet)</source>
        <translation>(aún no hay mensajes)</translation>
    </message>
    <message>
        <source>(no topic matches the filter)</source>
        <translation>(ningún tema coincide con el filtro)</translation>
    </message>
    <message>
        <source>%1  count %2  %3 msg/s  age %4  QoS %5</source>
        <extracomment>monitor&apos;s payload view header: %1 the topic, %2 the message count, %3 messages per second, %4 the time since the last message (like 12s), %5 the QoS (0, 1 or 2)</extracomment>
        <translation>%1  cantidad %2  %3 msg/s  edad %4  QoS %5</translation>
    </message>
    <message>
        <source>retained</source>
        <extracomment>monitor&apos;s payload view header: the last message was a retained one</extracomment>
        <translation>retenido</translation>
    </message>
    <message>
        <source>payload: %1 bytes as %2, lines %3-%4 of %5</source>
        <extracomment>monitor&apos;s payload view: %1 the size, %2 the payload format, lines %3 to %4 of %5 are shown</extracomment>
        <translation>carga útil: %1 bytes como %2, líneas %3-%4 de %5</translation>
    </message>
</context>
<context>
    <name>cli::ClientConfigFile</name>
    <message>
        <source>expected a value, got a list or mapping</source>
        <translation>se esperaba un valor, se obtuvo una lista o un mapa</translation>
    </message>
    <message>
        <source>expected true or false, got &apos;%1&apos;</source>
        <translation>se esperaba true o false, se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>se esperaba un entero de %1 a %2, se obtuvo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2, got &apos;%1&apos;</source>
        <translation>se esperaba 0, 1 o 2, se obtuvo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>se esperaba un mapa</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>clave desconocida (se esperaba una de: %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;</source>
        <translation>tema no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a will needs a topic</source>
        <translation>una última voluntad necesita un tema</translation>
    </message>
    <message>
        <source>expected a mapping of topic to {qos, retain}</source>
        <translation>se esperaba un mapa de tema a {qos, retain}</translation>
    </message>
    <message>
        <source>invalid topic</source>
        <translation>tema no válido</translation>
    </message>
    <message>
        <source>%1:%2: %3: ignored; use --format</source>
        <translation>%1:%2: %3: ignorado; use --format</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>%1:%2: invalid YAML: %3</source>
        <translation>%1:%2: YAML no válido: %3</translation>
    </message>
</context>
<context>
    <name>cli::CommandClient</name>
    <message>
        <source>Client %1 sending %2</source>
        <translation>El cliente %1 envía %2</translation>
    </message>
    <message>
        <source>Client %1 received %2</source>
        <translation>El cliente %1 recibió %2</translation>
    </message>
</context>
<context>
    <name>cli::ConnectionOptions</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 debe ser un número de %2 a %3, no &apos;%4&apos;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>broker URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]; for mqtt[s] the path is the topic, for ws[s] the WebSocket path</source>
        <translation>URL del broker {mqtt,ws}[s]://[usuario[:contraseña]@]host[:puerto][/ruta]; para mqtt[s] la ruta es el tema, para ws[s] la ruta WebSocket</translation>
    </message>
    <message>
        <source>broker host (default localhost)</source>
        <translation>host del broker (localhost por defecto)</translation>
    </message>
    <message>
        <source>broker port (default 1883, 8883 with TLS)</source>
        <translation>puerto del broker (1883 por defecto, 8883 con TLS)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>client identifier (default: generated)</source>
        <translation>identificador de cliente (por defecto: generado)</translation>
    </message>
    <message>
        <source>client identifier PREFIX followed by the process id</source>
        <translation>identificador de cliente PREFIX seguido del id. de proceso</translation>
    </message>
    <message>
        <source>MQTT version: 5 (default), 311 or 31 (also mqttv5, mqttv311, mqttv31)</source>
        <translation>versión de MQTT: 5 (por defecto), 311 o 31 (también mqttv5, mqttv311, mqttv31)</translation>
    </message>
    <message>
        <source>keep-alive interval (default 60, 0 = off)</source>
        <translation>intervalo de keep-alive (60 por defecto, 0 = desactivado)</translation>
    </message>
    <message>
        <source>hbmqtt client configuration (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; options given override it</source>
        <translation>configuración de cliente de hbmqtt (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; las opciones indicadas la sustituyen</translation>
    </message>
    <message>
        <source>keep the session (clean session off; never expires unless -x)</source>
        <translation>conservar la sesión (clean session desactivada; nunca caduca salvo con -x)</translation>
    </message>
    <message>
        <source>MQTT 5 session expiry; -1 or 4294967295 = never</source>
        <translation>caducidad de sesión de MQTT 5; -1 o 4294967295 = nunca</translation>
    </message>
    <message>
        <source>start a clean session (the default; hbmqtt&apos;s option)</source>
        <translation>iniciar una sesión limpia (por defecto; opción de hbmqtt)</translation>
    </message>
    <message>
        <source>give up when not connected after SECONDS (default 10)</source>
        <translation>desistir si no hay conexión tras SECONDS (10 por defecto)</translation>
    </message>
    <message>
        <source>extra HTTP header for the WebSocket upgrade (repeatable)</source>
        <translation>cabecera HTTP adicional para la actualización a WebSocket (repetible)</translation>
    </message>
    <message>
        <source>extra HTTP headers for the WebSocket upgrade as a JSON object, e.g. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</source>
        <translation>cabeceras HTTP adicionales para la actualización a WebSocket como objeto JSON, p. ej. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</translation>
    </message>
    <message>
        <source>start from the connection profile NAME saved by the GUI</source>
        <translation>partir del perfil de conexión NAME guardado por la interfaz gráfica</translation>
    </message>
    <message>
        <source>print every packet sent and received on stderr</source>
        <translation>imprimir en stderr cada paquete enviado y recibido</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); switches TLS on</source>
        <translation>certificados de CA de confianza (PEM); activa TLS</translation>
    </message>
    <message>
        <source>directory of trusted CA certificates; switches TLS on</source>
        <translation>directorio de certificados de CA de confianza; activa TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates given as PEM text; switches TLS on</source>
        <translation>certificados de CA de confianza dados como texto PEM; activa TLS</translation>
    </message>
    <message>
        <source>trust the system&apos;s CA certificates; switches TLS on</source>
        <translation>confiar en los certificados de CA del sistema; activa TLS</translation>
    </message>
    <message>
        <source>client certificate (PEM)</source>
        <translation>certificado de cliente (PEM)</translation>
    </message>
    <message>
        <source>client private key (PEM)</source>
        <translation>clave privada del cliente (PEM)</translation>
    </message>
    <message>
        <source>do not check that the certificate names the host</source>
        <translation>no comprobar que el certificado nombra al host</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>Última voluntad</translation>
    </message>
    <message>
        <source>topic of the last will</source>
        <translation>tema de la última voluntad</translation>
    </message>
    <message>
        <source>payload of the last will (default empty)</source>
        <translation>carga útil de la última voluntad (vacía por defecto)</translation>
    </message>
    <message>
        <source>QoS of the last will</source>
        <translation>QoS de la última voluntad</translation>
    </message>
    <message>
        <source>retain the last will</source>
        <translation>retener la última voluntad (retain)</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>Propiedades de MQTT 5</translation>
    </message>
    <message>
        <source>add a property to a packet, e.g. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (repeatable)</source>
        <translation>añadir una propiedad a un paquete, p. ej. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (repetible)</translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;: %2</source>
        <translation>URL no válida &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>-V must be 5, 311 or 31, not &apos;%1&apos;</source>
        <translation>-V debe ser 5, 311 o 31, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-c and --clean-session exclude each other</source>
        <translation>-c y --clean-session se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header debe tener la forma &apos;Nombre: valor&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--extra-headers must be a JSON object of header names to values</source>
        <translation>--extra-headers debe ser un objeto JSON de nombres de cabecera a valores</translation>
    </message>
    <message>
        <source>--extra-headers: the value of &apos;%1&apos; is not a string</source>
        <translation>--extra-headers: el valor de &apos;%1&apos; no es una cadena</translation>
    </message>
    <message>
        <source>--cert and --key must be given together</source>
        <translation>--cert y --key deben indicarse juntos</translation>
    </message>
    <message>
        <source>will options need --will-topic</source>
        <translation>las opciones de última voluntad necesitan --will-topic</translation>
    </message>
    <message>
        <source>-D properties need MQTT 5 (-V 5)</source>
        <translation>las propiedades -D necesitan MQTT 5 (-V 5)</translation>
    </message>
</context>
<context>
    <name>cli::MessageFormatter</name>
    <message>
        <source>incomplete format specifier in -F</source>
        <translation>especificador de formato incompleto en -F</translation>
    </message>
    <message>
        <source>invalid format specifier &apos;%1&apos; in -F</source>
        <translation>especificador de formato no válido &apos;%1&apos; en -F</translation>
    </message>
    <message>
        <source>incomplete escape specifier in -F</source>
        <translation>especificador de escape incompleto en -F</translation>
    </message>
    <message>
        <source>invalid escape specifier &apos;%1&apos; in -F</source>
        <translation>especificador de escape no válido &apos;%1&apos; en -F</translation>
    </message>
    <message>
        <source>cannot decode the payload on topic %1 as %2: %3</source>
        <translation>no se puede decodificar la carga útil del tema %1 como %2: %3</translation>
    </message>
    <message>
        <source>message payload is not valid JSON on topic %1</source>
        <translation>la carga útil del mensaje en el tema %1 no es JSON válido</translation>
    </message>
</context>
<context>
    <name>cli::ProfileReader</name>
    <message>
        <source>no profile &apos;%1&apos;: cannot read %2</source>
        <translation>no hay perfil &apos;%1&apos;: no se puede leer %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 no es un archivo de perfiles: %2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>no hay ningún perfil llamado &apos;%1&apos; en %2</translation>
    </message>
</context>
<context>
    <name>cli::PropertyDefinitions</name>
    <message>
        <source>-D: unknown command &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect or will)</source>
        <translation>-D: orden desconocida &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect o will)</translation>
    </message>
    <message>
        <source>-D: unknown property &apos;%1&apos;</source>
        <translation>-D: propiedad desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-D: property &apos;%1&apos; is not allowed on %2</source>
        <translation>-D: la propiedad &apos;%1&apos; no está permitida en %2</translation>
    </message>
    <message>
        <source>-D: invalid value &apos;%1&apos; for %2</source>
        <translation>-D: valor no válido &apos;%1&apos; para %2</translation>
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
        <source>Too large to decode; shown as text.</source>
        <translation>Demasiado grande para decodificar; se muestra como texto.</translation>
    </message>
</context>
<context>
    <name>gui::BridgeDialog</name>
    <message>
        <source>Do not check the host name</source>
        <translation>No comprobar el nombre de host</translation>
    </message>
    <message>
        <source>New upstream session on every connect</source>
        <translation>Nueva sesión remota en cada conexión</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Añadir tema</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Quitar tema</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>Nuevo puente</translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation>Puente %1</translation>
    </message>
    <message>
        <source>Shown in the bridge list and in $SYS topics</source>
        <translation>Se muestra en la lista de puentes y en los temas $SYS</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883
mqtts://backup.example.com</source>
        <translation>mqtt://broker.example.com:1883
mqtts://backup.example.com</translation>
    </message>
    <message>
        <source>One URL per line (mqtt://, mqtts://, ws://, wss://), tried in order; after a lost connection the first is tried again</source>
        <translation>Una URL por línea (mqtt://, mqtts://, ws://, wss://), probadas en orden; tras perder la conexión se vuelve a probar la primera</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
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
        <translation>Reglas de acceso anónimo</translation>
    </message>
    <message>
        <source>The local user whose access rules apply to what the bridge brings in and takes out</source>
        <translation>El usuario local cuyas reglas de acceso se aplican a lo que el puente trae y se lleva</translation>
    </message>
    <message>
        <source>The upstream&apos;s certificate chain is still checked</source>
        <translation>La cadena de certificados del broker remoto se sigue comprobando</translation>
    </message>
    <message>
        <source>Upstream broker</source>
        <translation>Broker remoto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Direcciones:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>Keep-alive:</translation>
    </message>
    <message>
        <source>Login and TLS</source>
        <translation>Inicio de sesión y TLS</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo de CA:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificado de cliente</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clave privada:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Local user:</source>
        <translation>Usuario local:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Local prefix</source>
        <translation>Prefijo local</translation>
    </message>
    <message>
        <source>Remote prefix</source>
        <translation>Prefijo remoto</translation>
    </message>
    <message>
        <source>The pattern is a topic filter, matched after removing the prefix on each side</source>
        <translation>El patrón es un filtro de tema, comparado tras quitar el prefijo de cada lado</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>Local messages go to the upstream broker</source>
        <translation>Los mensajes locales van al broker remoto</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>Upstream messages come to the local broker</source>
        <translation>Los mensajes remotos llegan al broker local</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <source>Both ways (never echoed back)</source>
        <translation>En ambos sentidos (nunca se devuelven)</translation>
    </message>
    <message>
        <source>Another bridge is already called %1.</source>
        <translation>Ya hay otro puente llamado %1.</translation>
    </message>
    <message>
        <source>This bridge cannot be used yet:</source>
        <translation>Este puente aún no se puede usar:</translation>
    </message>
</context>
<context>
    <name>gui::BrokerBridgeModel</name>
    <message>
        <source>Echoes suppressed: %1</source>
        <translation>Ecos suprimidos: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>no iniciado</translation>
    </message>
    <message>
        <source>up</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation>Dirección remota</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
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
    <name>gui::BrokerController</name>
    <message>
        <source>The keychain is not available (%1); the bridge password is kept for this session only</source>
        <translation>El llavero no está disponible (%1); la contraseña del puente solo se conserva en esta sesión</translation>
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
    <message>
        <source>Bridges</source>
        <translation>Puentes</translation>
    </message>
    <message>
        <source>Add bridge…</source>
        <translation>Añadir puente…</translation>
    </message>
    <message>
        <source>Connect the local broker to an upstream broker</source>
        <translation>Conectar el broker local a un broker remoto</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove bridge</source>
        <translation>Quitar puente</translation>
    </message>
    <message>
        <source>Remove the bridge %1?</source>
        <translation>¿Quitar el puente %1?</translation>
    </message>
    <message>
        <source>Messages it still holds for the upstream broker are not sent.</source>
        <translation>Los mensajes que aún guarda para el broker remoto no se envían.</translation>
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
    <message>
        <source>Dropped</source>
        <translation>Descartados</translation>
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
    <name>gui::HistorySearchDialog</name>
    <message>
        <source>Search message history</source>
        <translation>Buscar en el historial de mensajes</translation>
    </message>
    <message>
        <source>&amp;Topic filter</source>
        <translation>Filtro de &amp;tema</translation>
    </message>
    <message>
        <source>Te&amp;xt in payload</source>
        <translation>Te&amp;xto en la carga útil</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onexión</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Todas las conexiones</translation>
    </message>
    <message>
        <source>The message history is off.</source>
        <translation>El historial de mensajes está desactivado.</translation>
    </message>
    <message>
        <source>Messages found: the newest %1 (more match).</source>
        <translation>Mensajes encontrados: los %1 más recientes (hay más coincidencias).</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>Mensajes encontrados: %1</translation>
    </message>
    <message>
        <source>Received messages kept between runs (newest first).</source>
        <translation>Mensajes recibidos conservados entre ejecuciones (los más recientes primero).</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only messages received at or after this time</source>
        <translation>Solo los mensajes recibidos en este momento o después</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only messages received at or before this time</source>
        <translation>Solo los mensajes recibidos en este momento o antes</translation>
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
    <message>
        <source>Search message &amp;history…</source>
        <translation>Buscar en el &amp;historial de mensajes…</translation>
    </message>
    <message>
        <source>Keep message history between runs</source>
        <translation>Conservar el historial de mensajes entre ejecuciones</translation>
    </message>
    <message>
        <source>Received messages are written to %1 and can be searched with Tools ▸ Search message history; the oldest are deleted first.</source>
        <translation>Los mensajes recibidos se escriben en %1 y se pueden buscar con Herramientas ▸ Buscar en el historial de mensajes; los más antiguos se borran primero.</translation>
    </message>
    <message>
        <source>Messages kept</source>
        <translation>Mensajes conservados</translation>
    </message>
    <message>
        <source>Payloads kept</source>
        <translation>Carga útil conservada</translation>
    </message>
    <message>
        <source>Search message history</source>
        <translation>Buscar en el historial de mensajes</translation>
    </message>
    <message>
        <source>The message history is off. Turn on &quot;Keep message history between runs&quot; in Tools ▸ Preferences.</source>
        <translation>El historial de mensajes está desactivado. Active «Conservar el historial de mensajes entre ejecuciones» en Herramientas ▸ Preferencias.</translation>
    </message>
</context>
<context>
    <name>gui::MessageArchive</name>
    <message>
        <source>Cannot create the folder of the message history %1</source>
        <translation>No se puede crear la carpeta del historial de mensajes %1</translation>
    </message>
    <message>
        <source>Cannot open the message history %1: %2</source>
        <translation>No se puede abrir el historial de mensajes %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the message history %1: %2</source>
        <translation>No se puede leer el historial de mensajes %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the message history %1: %2</source>
        <translation>No se puede escribir el historial de mensajes %1: %2</translation>
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
    <message>
        <source>Unknown payload format &apos;%1&apos;</source>
        <translation>Formato de carga útil desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
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
        <translation>Rellenar los marcadores de nuevo en cada publicación (y cada repetición):
{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...
{{time}}: la hora en ISO 8601, UTC
{{timestamp}}, {{timestamp_ms}}: tiempo Unix en s, en ms
{{random:MIN:MAX}}: un número aleatorio (con tantos decimales como los límites)
{{uuid}}: un UUID aleatorio
{{{{: un {{
Los valores se insertan sin comillas: {&quot;t&quot;: {{random:20:25}}}</translation>
    </message>
    <message>
        <source>The payload template is not valid: %1</source>
        <translation>La plantilla del payload no es válida: %1</translation>
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
<context>
    <name>schema::SchemaText</name>
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
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>Esta compilación no admite Protobuf</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Cargue un archivo .proto para decodificar cargas útiles Protobuf.</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>carga útil mal formada</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>Carga útil Sparkplug B no válida: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: &quot;{{&quot; is not closed by &quot;}}&quot; (write {{{{ for a literal &quot;{{&quot;)</source>
        <translation>%1: «{{» no se cierra con «}}» (escriba {{{{ para un «{{» literal)</translation>
    </message>
    <message>
        <source>%1: %2: write {{counter}}, {{counter:START}} or {{counter:START:STEP}} with integers</source>
        <translation>%1: %2: escriba {{counter}}, {{counter:START}} o {{counter:START:STEP}} con números enteros</translation>
    </message>
    <message>
        <source>%1: %2: write {{random:MIN:MAX}} with numbers MIN and MAX</source>
        <translation>%1: %2: escriba {{random:MIN:MAX}} con números MIN y MAX</translation>
    </message>
    <message>
        <source>%1: %2: MIN is greater than MAX</source>
        <translation>%1: %2: MIN es mayor que MAX</translation>
    </message>
    <message>
        <source>%1: unknown placeholder %2 (known: counter, time, timestamp, timestamp_ms, random, uuid)</source>
        <translation>%1: marcador desconocido %2 (conocidos: counter, time, timestamp, timestamp_ms, random, uuid)</translation>
    </message>
    <message>
        <source>%1: %2 takes no arguments</source>
        <translation>%1: %2 no admite argumentos</translation>
    </message>
</context>
</TS>
