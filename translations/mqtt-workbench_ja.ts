<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>FilterExpression</name>
    <message>
        <source>Invalid regular expression %1: %2</source>
        <translation>無効な正規表現 %1: %2</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>Too large to compare (%1 and %2 lines).</source>
        <translation>大きすぎて比較できません（%1 行と %2 行）。</translation>
    </message>
</context>
<context>
    <name>cli::ArgumentParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>オプション %1 は値を取りません</translation>
    </message>
    <message>
        <source>option %1 needs %2</source>
        <translation>オプション %1 には %2 が必要です</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench %1 %2
</source>
        <translation>使い方: mqtt-workbench %1 %2
</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>このヘルプを表示して終了</translation>
    </message>
</context>
<context>
    <name>cli::BenchConnection</name>
    <message>
        <source>subscription to %1 refused: %2</source>
        <translation>%1 の購読が拒否されました: %2</translation>
    </message>
</context>
<context>
    <name>cli::CliText</name>
    <message>
        <source><byte value="xd"/>%1 s  connected %2/%3  sent %4  received %5  acked %6   </source>
        <translation><byte value="xd"/>%1 秒  接続 %2/%3  送信 %4  受信 %5  確認 %6   </translation>
    </message>
    <message>
        <source>bench conn: %1 connections in %2 s = %3 conn/s
</source>
        <translation>bench conn: %1 接続 / %2 秒 = %3 接続/秒
</translation>
    </message>
    <message>
        <source>bench %1: %2 clients, QoS %3, %4-byte payloads
</source>
        <translation>bench %1: クライアント %2、QoS %3、ペイロード %4 バイト
</translation>
    </message>
    <message>
        <source>  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)
</source>
        <translation>  送信 %1 (パブリッシャー %2)、受信 %3 / %4 (欠落 %5)
</translation>
    </message>
    <message>
        <source>  sent %1 messages%2
</source>
        <translation>  送信 %1 メッセージ%2
</translation>
    </message>
    <message>
        <source>, %1 acknowledged</source>
        <translation>、確認済み %1</translation>
    </message>
    <message>
        <source>  %1 msg/s, %2 MB/s over %3 s
</source>
        <translation>  %1 msg/秒、%2 MB/秒 (%3 秒間)
</translation>
    </message>
    <message>
        <source>  %1 latency ms: p50 %2  p90 %3  p99 %4  max %5
</source>
        <translation>  レイテンシ (%1) ms: p50 %2  p90 %3  p99 %4  最大 %5
</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>エンドツーエンド</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>確認応答</translation>
    </message>
    <message>
        <source>  bench CPU %1 s (%2% of one core)</source>
        <translation>  bench の CPU %1 秒 (1 コアの %2%)</translation>
    </message>
    <message>
        <source>, broker CPU %1 s (%2%)</source>
        <translation>、ブローカーの CPU %1 秒 (%2%)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>clients: publishers (pub), subscribers (sub), connections (conn); default 10</source>
        <translation>クライアント数: パブリッシャー (pub)、サブスクライバー (sub)、接続 (conn)。既定 10</translation>
    </message>
    <message>
        <source>sub, flood, latency: publishers feeding the subscribers (default 1; flood 8)</source>
        <translation>sub、flood、latency: サブスクライバーに送るパブリッシャー数 (既定 1、flood は 8)</translation>
    </message>
    <message>
        <source>messages per publisher (default 10000); retained: messages stored (default 100000); large: messages (default 200)</source>
        <translation>パブリッシャーごとのメッセージ数 (既定 10000)。retained: 保存するメッセージ数 (既定 100000)。large: メッセージ数 (既定 200)</translation>
    </message>
    <message>
        <source>messages per second per publisher (default: as fast as possible; latency 5000)</source>
        <translation>パブリッシャーごとの毎秒メッセージ数 (既定: 可能な限り速く、latency は 5000)</translation>
    </message>
    <message>
        <source>QoS of publishes and subscriptions (default 0; latency 1; retained: 0, 1 and 2 in turn)</source>
        <translation>パブリッシュと購読の QoS (既定 0、latency は 1、retained は 0、1、2 を順番に)</translation>
    </message>
    <message>
        <source>payload size, at least 20 (default 64; large 1048576)</source>
        <translation>ペイロードサイズ、20 以上 (既定 64、large は 1048576)</translation>
    </message>
    <message>
        <source>topic; %i is the publisher index, &apos;+&apos; for subscribers (default bench/%i)</source>
        <translation>トピック。%i はパブリッシャー番号、サブスクライバーは &apos;+&apos; (既定 bench/%i)</translation>
    </message>
    <message>
        <source>flood, latency, noack: seconds of publishing (default 10; noack 15)</source>
        <translation>flood、latency、noack: パブリッシュする秒数 (既定 10、noack は 15)</translation>
    </message>
    <message>
        <source>large: megabytes a second the subscriber reads (default 20)</source>
        <translation>large: サブスクライバーが毎秒読み取るメガバイト数 (既定 20)</translation>
    </message>
    <message>
        <source>retained: the narrow filter (default sensor/42/+)</source>
        <translation>retained: 狭いフィルター (既定 sensor/42/+)</translation>
    </message>
    <message>
        <source>end when no message came for SECONDS after publishing (default 5)</source>
        <translation>パブリッシュ後 SECONDS の間メッセージが来なければ終了 (既定 5)</translation>
    </message>
    <message>
        <source>also report the CPU time and memory (VmRSS) of the broker process</source>
        <translation>ブローカープロセスの CPU 時間とメモリ (VmRSS) も報告する</translation>
    </message>
    <message>
        <source>the broker&apos;s name in result lines (default broker)</source>
        <translation>結果行でのブローカー名 (既定 broker)</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>要約を 1 つの JSON オブジェクトとして出力</translation>
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
        <translation>モード:
  pub       各パブリッシャーが COUNT 件のメッセージを送信。QoS 1/2 では確認応答のレイテンシを報告
  sub       サブスクライバーが --publishers から受信。エンドツーエンドのレイテンシを報告 (送信時刻はペイロードに入れて運ぶ)
  conn      クライアントの接続を開いてアイドルのまま保持。接続レイテンシと、--broker-pid があれば接続あたりのブローカーのメモリを報告
  retained  保持メッセージ sensor/&lt;i/1000&gt;/&lt;i%1000&gt; を COUNT 件保存。新しいクライアントが &apos;#&apos; を QoS 0、1、2 で、また --filter を購読。到着数と最後の到着までの時間を報告し、最後に消去
  flood     --publishers が TCP の許す限りの速さで 1 つのサブスクライバーに --duration の間送信
  latency   1 つのパブリッシャーが一定のレート -r (5000)、QoS 1 で 1 つのサブスクライバーに --duration の間送信。往復時間の p50/p99/最大
  noack     PUBACK を送らない QoS 1 サブスクライバーと正常なサブスクライバー。PUBACK を待たない 3.1.1 パブリッシャーと 5.0 パブリッシャー。正常なサブスクライバーの受信割合、パブリッシャーの進み具合、(--broker-pid) ブローカーのメモリを報告
  large     -s バイトのメッセージ COUNT 件を QoS 1 で、--read-rate MB/秒で読む永続サブスクライバーに送信。配信、再配信、切断を報告
すべてのメッセージはパブリッシャーとシーケンス番号を持つ: 各モードは 1 行 `scenario=M broker=LABEL &lt;rates&gt; lost=N dup=N &lt;figures&gt;` で終わる (lost: シーケンスの欠落、dup: 重複到着。判別できない所は &apos;?&apos;)。
bench のクライアントはプレーン TCP (mqtt://) 上で keep-alive なしの MQTT を話します。
</translation>
    </message>
    <message>
        <source>give one mode: pub, sub, conn, %1</source>
        <translation>モードを 1 つ指定してください: pub、sub、conn、%1</translation>
    </message>
    <message>
        <source>bench connects over plain TCP (mqtt://) only</source>
        <translation>bench はプレーン TCP (mqtt://) でのみ接続します</translation>
    </message>
    <message>
        <source>-r must be a positive number of messages per second</source>
        <translation>-r は毎秒メッセージ数の正の数でなければなりません</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 は正の数でなければなりません</translation>
    </message>
    <message>
        <source>SIGHUP: no configuration file, nothing to reload.</source>
        <translation>SIGHUP: 設定ファイルがないため、再読み込みするものはありません。</translation>
    </message>
    <message>
        <source>Reloaded the password and ACL files.</source>
        <translation>パスワードファイルと ACL ファイルを再読み込みしました。</translation>
    </message>
    <message>
        <source>reload failed, keeping the previous password and ACL rules: %1</source>
        <translation>再読み込みに失敗しました。以前のパスワードと ACL のルールを維持します: %1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>configuration file (YAML or JSON)</source>
        <translation>設定ファイル (YAML または JSON)</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>TCP port (default 1883; 0 picks a free one)</source>
        <translation>TCP ポート (既定 1883、0 で空きポートを選択)</translation>
    </message>
    <message>
        <source>also listen for MQTT over WebSocket on this port</source>
        <translation>このポートで WebSocket 上の MQTT も待ち受ける</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>address to listen on (default: all)</source>
        <translation>待ち受けるアドレス (既定: すべて)</translation>
    </message>
    <message>
        <source>server certificate (PEM): the listeners use TLS (default port 8883)</source>
        <translation>サーバー証明書 (PEM): リスナーは TLS を使用 (既定ポート 8883)</translation>
    </message>
    <message>
        <source>private key of --certfile (PEM)</source>
        <translation>--certfile の秘密鍵 (PEM)</translation>
    </message>
    <message>
        <source>CA certificates (PEM) that verify client certificates, when clients present one</source>
        <translation>クライアントが証明書を提示したときにそれを検証する CA 証明書 (PEM)</translation>
    </message>
    <message>
        <source>keep sessions, queued and retained messages in this SQLite file across restarts (durable: a message is acknowledged once stored)</source>
        <translation>セッション、キュー内のメッセージ、保持メッセージをこの SQLite ファイルに保存し再起動後も維持 (永続: メッセージは保存された時点で確認応答される)</translation>
    </message>
    <message>
        <source>log every connect, subscribe, unsubscribe and disconnect to stderr</source>
        <translation>接続、購読、購読解除、切断をすべて stderr に記録</translation>
    </message>
    <message>
        <source>Runs the MQTT 3.1 / 3.1.1 / 5.0 broker without the GUI. -p, --ws-port, --bind and --certfile replace the configuration&apos;s listeners. SIGHUP re-reads the password and ACL files; SIGINT / SIGTERM stop it.

Exit codes: 0 stopped by a signal, 1 configuration or start-up error, 2 bad option.
</source>
        <translation>GUI なしで MQTT 3.1 / 3.1.1 / 5.0 ブローカーを実行します。-p、--ws-port、--bind、--certfile は設定のリスナーを置き換えます。SIGHUP でパスワードファイルと ACL ファイルを再読み込みし、SIGINT / SIGTERM で停止します。

終了コード: 0 シグナルで停止、1 設定または起動のエラー、2 不正なオプション。
</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>無効なポート: %1</translation>
    </message>
    <message>
        <source>--certfile and --keyfile must be given together</source>
        <translation>--certfile と --keyfile は一緒に指定する必要があります</translation>
    </message>
    <message>
        <source>--cafile goes with --certfile and --keyfile</source>
        <translation>--cafile は --certfile と --keyfile と一緒に使います</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>無効なバインドアドレス: %1</translation>
    </message>
    <message>
        <source>New client connected from %1 as %2 (MQTT %3, clean %4, keep-alive %5%6).</source>
        <translation>新しいクライアントが %1 から %2 として接続しました (MQTT %3、clean %4、keep-alive %5%6)。</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>、ユーザー %1</translation>
    </message>
    <message>
        <source>Client %1 disconnected (%2).</source>
        <translation>クライアント %1 が切断しました (%2)。</translation>
    </message>
    <message>
        <source>Client %1 subscribed to %2 (QoS %3).</source>
        <translation>クライアント %1 が %2 を購読しました (QoS %3)。</translation>
    </message>
    <message>
        <source>Client %1 unsubscribed from %2.</source>
        <translation>クライアント %1 が %2 の購読を解除しました。</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3: %4).</source>
        <translation>ブリッジ %1 は %2 です (%3: %4)。</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3).</source>
        <translation>ブリッジ %1 は %2 です (%3)。</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 (%3).</source>
        <translation>%1 のポート %2 で待ち受け中 (%3)。</translation>
    </message>
    <message>
        <source>Sessions and retained messages are kept in %1 (%2).</source>
        <translation>セッションと保持メッセージは %1 に保存されます (%2)。</translation>
    </message>
    <message>
        <source>Broker stopped.</source>
        <translation>ブローカーを停止しました。</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation> (--help を参照)</translation>
    </message>
    <message>
        <source>subscription to &apos;%1&apos; refused: %2</source>
        <translation>&apos;%1&apos; の購読が拒否されました: %2</translation>
    </message>
    <message>
        <source>all subscription requests were denied</source>
        <translation>すべての購読要求が拒否されました</translation>
    </message>
    <message>
        <source>invalid topic filter &apos;%1&apos;</source>
        <translation>無効なトピックフィルター &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>ホストが見つかりません: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>WebSocket handshake with %1 failed: %2</source>
        <translation>%1 との WebSocket ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>timed out connecting to %1</source>
        <translation>%1 への接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>connection refused by %1: not authorized (%2)</source>
        <translation>%1 が接続を拒否しました: 認可されていません (%2)</translation>
    </message>
    <message>
        <source>connection refused by %1: %2</source>
        <translation>%1 が接続を拒否しました: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>%1 との接続が失われました</translation>
    </message>
    <message>
        <source>disconnected by %1: %2</source>
        <translation>%1 により切断されました: %2</translation>
    </message>
    <message>
        <source>cannot set up the terminal</source>
        <translation>端末を設定できません</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable; as FILTER)</source>
        <translation>購読するトピックフィルター (複数指定可。FILTER と同じ)</translation>
    </message>
    <message>
        <source>do not show topics matching FILTER (repeatable)</source>
        <translation>FILTER に一致するトピックを表示しない (複数指定可)</translation>
    </message>
    <message>
        <source>maximum QoS of the subscriptions (default 0)</source>
        <translation>購読の最大 QoS (既定 0)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>show payloads as %1 (default auto; &apos;f&apos; cycles)</source>
        <translation>ペイロードを %1 として表示 (既定 auto。&apos;f&apos; で切り替え)</translation>
    </message>
    <message>
        <source>first sort order: topic, count, rate or age (default topic; &apos;s&apos; cycles)</source>
        <translation>最初の並べ替え: topic、count、rate、age (既定 topic。&apos;s&apos; で切り替え)</translation>
    </message>
    <message>
        <source>print no error messages</source>
        <translation>エラーメッセージを表示しない</translation>
    </message>
    <message>
        <source>Keys: q quit, p pause, s sort (topic, count, rate, age), r reverse, / filter (text, or an MQTT filter with + or #), f format, c clear, Up/Down/PgUp/PgDn/Home/End move, Enter the whole payload (Esc back), Ctrl-L redraw. SIGINT and SIGTERM end it like q.
Exit codes: as sub&apos;s: 0 success, 1 subscriptions denied, 2 bad option or not a terminal, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>キー: q 終了、p 一時停止、s 並べ替え (topic、count、rate、age)、r 逆順、/ フィルター (テキスト、または + や # を含む MQTT フィルター)、f 形式、c 消去、Up/Down/PgUp/PgDn/Home/End 移動、Enter ペイロード全体 (Esc で戻る)、Ctrl-L 再描画。SIGINT と SIGTERM は q と同様に終了します。
終了コード: sub と同じ: 0 成功、1 購読拒否、2 不正なオプションまたは端末でない、3 接続できない、4 ホストが見つからない、5 TLS の失敗、6 ブローカーが接続を拒否、7 認証情報が不正または認可されていない、8 タイムアウト、9 接続の喪失。
</translation>
    </message>
    <message>
        <source>--proto and --proto-type go with --format protobuf</source>
        <translation>--proto と --proto-type は --format protobuf と一緒に使います</translation>
    </message>
    <message>
        <source>--format protobuf: this build has no Protobuf support</source>
        <translation>--format protobuf: このビルドは Protobuf をサポートしていません</translation>
    </message>
    <message>
        <source>--format protobuf needs --proto FILE</source>
        <translation>--format protobuf には --proto FILE が必要です</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format は %1 のいずれかでなければなりません (&apos;%2&apos; は不可)</translation>
    </message>
    <message>
        <source>no topic given: monitor FILTER (e.g. monitor &apos;#&apos;)</source>
        <translation>トピックが指定されていません: monitor FILTER (例: monitor &apos;#&apos;)</translation>
    </message>
    <message>
        <source>--sort must be topic, count, rate or age, not &apos;%1&apos;</source>
        <translation>--sort は topic、count、rate、age のいずれかでなければなりません (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>standard input is not a terminal: monitor reads its keys from one (use sub to print messages)</source>
        <translation>標準入力が端末ではありません: monitor はキー入力を端末から読みます (メッセージの表示には sub を使ってください)</translation>
    </message>
    <message>
        <source>standard output is not a terminal: monitor draws a full-screen view (use sub to print messages)</source>
        <translation>標準出力が端末ではありません: monitor は全画面表示を描画します (メッセージの表示には sub を使ってください)</translation>
    </message>
    <message>
        <source>Run &apos;mqtt-workbench passwd --help&apos; for usage.</source>
        <translation>使い方は &apos;mqtt-workbench passwd --help&apos; を実行してください。</translation>
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
        <translation>使い方: mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] FILE USER
        mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b FILE USER PASSWORD
        mqtt-workbench passwd -U FILE

ブローカーの auth.password-file 用のパスワードファイルを、mosquitto_passwd の
形式で作成・更新します (ファイルはどちらのブローカーでも使えます)。

  -b        バッチモード: パスワードは最後の引数
  -c        ファイルを作成 (既存のファイルは置き換え)
  -D        USER をファイルから削除
  -H HASH   sha512-pbkdf2 (既定、$7$) または sha512 ($6$、mosquitto 1.6)
  -U        FILE 内の平文パスワードをすべてハッシュ化 (user:password 形式の行)
  -h, --help  このヘルプを表示

-b がない場合、標準入力が端末ならパスワードをエコーなしで 2 回尋ねます。
そうでなければ標準入力の最初の行がパスワードです。

終了コード: 0 成功、1 ファイル・ユーザー・パスワードの問題、2 コマンドラインの誤り。
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1:%2: expected user:password</source>
        <translation>%1:%2: user:password の形式が必要です</translation>
    </message>
    <message>
        <source>-H needs a value: sha512-pbkdf2 or sha512</source>
        <translation>-H には値が必要です: sha512-pbkdf2 または sha512</translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos; (use sha512-pbkdf2 or sha512)</source>
        <translation>不明なハッシュ &apos;%1&apos; (sha512-pbkdf2 または sha512 を使用)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-U takes only a FILE</source>
        <translation>-U は FILE のみを取ります</translation>
    </message>
    <message>
        <source>-c and -D cannot be used together</source>
        <translation>-c と -D は同時に使用できません</translation>
    </message>
    <message>
        <source>-b and -D cannot be used together</source>
        <translation>-b と -D は同時に使用できません</translation>
    </message>
    <message>
        <source>expected FILE USER PASSWORD</source>
        <translation>FILE USER PASSWORD が必要です</translation>
    </message>
    <message>
        <source>expected FILE USER</source>
        <translation>FILE USER が必要です</translation>
    </message>
    <message>
        <source>user names must not be empty or contain &apos;:&apos;</source>
        <translation>ユーザー名は空にできず、&apos;:&apos; を含められません</translation>
    </message>
    <message>
        <source>user %1 is not in %2</source>
        <translation>ユーザー %1 は %2 にありません</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>パスワード: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>パスワードが入力されていません</translation>
    </message>
    <message>
        <source>Reenter password: </source>
        <translation>パスワードを再入力: </translation>
    </message>
    <message>
        <source>passwords do not match</source>
        <translation>パスワードが一致しません</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>パスワードを空にすることはできません</translation>
    </message>
    <message>
        <source>%1 defines no message type</source>
        <translation>%1 はメッセージ型を定義していません</translation>
    </message>
    <message>
        <source>%1 defines several message types (%2): choose one with --proto-type</source>
        <translation>%1 は複数のメッセージ型を定義しています (%2): --proto-type で 1 つ選んでください</translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos; in %2 (it defines: %3)</source>
        <translation>%2 に不明なメッセージ型 &apos;%1&apos; (定義されている型: %3)</translation>
    </message>
    <message>
        <source>no message type</source>
        <translation>メッセージ型がありません</translation>
    </message>
    <message>
        <source>published to &apos;%1&apos;, but no subscriber matched</source>
        <translation>&apos;%1&apos; にパブリッシュしましたが、一致するサブスクライバーはいませんでした</translation>
    </message>
    <message>
        <source>publish to &apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; へのパブリッシュに失敗しました: %2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>topic to publish to</source>
        <translation>パブリッシュ先のトピック</translation>
    </message>
    <message>
        <source>send MESSAGE</source>
        <translation>MESSAGE を送信</translation>
    </message>
    <message>
        <source>send the contents of FILE as one message</source>
        <translation>FILE の内容を 1 つのメッセージとして送信</translation>
    </message>
    <message>
        <source>send each line of stdin as a message, as the lines arrive</source>
        <translation>stdin の各行を届くたびにメッセージとして送信</translation>
    </message>
    <message>
        <source>send all of stdin as one message</source>
        <translation>stdin 全体を 1 つのメッセージとして送信</translation>
    </message>
    <message>
        <source>send an empty message</source>
        <translation>空のメッセージを送信</translation>
    </message>
    <message>
        <source>quality of service 0, 1 or 2 (default 0)</source>
        <translation>サービス品質 (QoS) 0、1、2 (既定 0)</translation>
    </message>
    <message>
        <source>retain the message</source>
        <translation>メッセージを保持 (retain) する</translation>
    </message>
    <message>
        <source>send the message COUNT times</source>
        <translation>メッセージを COUNT 回送信</translation>
    </message>
    <message>
        <source>wait SECONDS (fractions allowed) between repeats</source>
        <translation>繰り返しの間に SECONDS 待つ (小数可)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a publish failed, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>終了コード: 0 成功、1 パブリッシュの失敗、2 不正なオプション、3 接続できない、4 ホストが見つからない、5 TLS の失敗、6 ブローカーが接続を拒否、7 認証情報が不正または認可されていない、8 タイムアウト、9 接続の喪失。
</translation>
    </message>
    <message>
        <source>no message given: use -m, -f, -l, -s or -n</source>
        <translation>メッセージが指定されていません: -m、-f、-l、-s、-n のいずれかを使ってください</translation>
    </message>
    <message>
        <source>only one of -m, -f, -l, -s and -n may be given</source>
        <translation>-m、-f、-l、-s、-n はどれか 1 つだけ指定できます</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>stdin を読み込めません: %1</translation>
    </message>
    <message>
        <source>no topic given: use -t TOPIC</source>
        <translation>トピックが指定されていません: -t TOPIC を使ってください</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;: a topic name has no &apos;+&apos; or &apos;#&apos;</source>
        <translation>無効なトピック &apos;%1&apos;: トピック名に &apos;+&apos; や &apos;#&apos; は使えません</translation>
    </message>
    <message>
        <source>cannot read the message as %1: %2</source>
        <translation>メッセージを %1 として読めません: %2</translation>
    </message>
    <message>
        <source>--repeat-delay must be a number of seconds from 0 to 86400</source>
        <translation>--repeat-delay は 0 から 86400 までの秒数でなければなりません</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) (-W)</source>
        <translation>
            <numerusform>%n 秒後にタイムアウトしました (-W)</numerusform>
        </translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable)</source>
        <translation>購読するトピックフィルター (複数指定可)</translation>
    </message>
    <message>
        <source>do not print messages matching FILTER (repeatable)</source>
        <translation>FILTER に一致するメッセージを表示しない (複数指定可)</translation>
    </message>
    <message>
        <source>unsubscribe from FILTER after connecting (repeatable)</source>
        <translation>接続後に FILTER の購読を解除 (複数指定可)</translation>
    </message>
    <message>
        <source>exit after printing COUNT messages (-n: hbmqtt_sub&apos;s name)</source>
        <translation>COUNT 件のメッセージを表示したら終了 (-n: hbmqtt_sub での名前)</translation>
    </message>
    <message>
        <source>exit with code 8 after SECONDS</source>
        <translation>SECONDS 後にコード 8 で終了</translation>
    </message>
    <message>
        <source>do not print stale (retained) messages</source>
        <translation>古い (保持) メッセージを表示しない</translation>
    </message>
    <message>
        <source>print only retained messages; exit at the first live one</source>
        <translation>保持メッセージだけを表示し、最初のライブメッセージで終了</translation>
    </message>
    <message>
        <source>clear every retained message received (not those filtered by -T)</source>
        <translation>受信した保持メッセージをすべて消去 (-T で除外したものは除く)</translation>
    </message>
    <message>
        <source>exit once the subscriptions are acknowledged</source>
        <translation>購読が確認されたら終了</translation>
    </message>
    <message>
        <source>MQTT 5: retained messages 0 on every subscribe (default), 1 only for a new subscription, 2 never</source>
        <translation>MQTT 5: 保持メッセージを 0 購読のたびに送る (既定)、1 新しい購読のときだけ、2 送らない</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag messages were published with</source>
        <translation>MQTT 5: メッセージがパブリッシュされたときの retain フラグを保つ</translation>
    </message>
    <message>
        <source>MQTT 5: do not receive this client&apos;s own publications</source>
        <translation>MQTT 5: このクライアント自身のパブリッシュを受信しない</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>print &apos;topic payload&apos; (mosquitto_sub -v)</source>
        <translation>&apos;トピック ペイロード&apos; を表示 (mosquitto_sub -v)</translation>
    </message>
    <message>
        <source>no newline after each message</source>
        <translation>各メッセージの後に改行しない</translation>
    </message>
    <message>
        <source>print with mosquitto_sub&apos;s format placeholders, e.g. &apos;%t %p&apos;, &apos;%j&apos;</source>
        <translation>mosquitto_sub の書式プレースホルダーで表示 (例: &apos;%t %p&apos;、&apos;%j&apos;)</translation>
    </message>
    <message>
        <source>print one JSON object per message (JSON lines)</source>
        <translation>メッセージごとに 1 つの JSON オブジェクトを表示 (JSON Lines)</translation>
    </message>
    <message>
        <source>decode payloads as %1</source>
        <translation>ペイロードを %1 としてデコード</translation>
    </message>
    <message>
        <source>the .proto file of --format protobuf, parsed at start (its imports are looked up next to it); implies --format protobuf</source>
        <translation>--format protobuf の .proto ファイル。起動時に解析 (import は同じ場所で探す)。--format protobuf を含意</translation>
    </message>
    <message>
        <source>the message type of --format protobuf, e.g. pkg.Reading (default: the only message type of the file)</source>
        <translation>--format protobuf のメッセージ型、例: pkg.Reading (既定: ファイル内の唯一のメッセージ型)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 subscriptions denied, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout (also -W), 9 connection lost.
</source>
        <translation>終了コード: 0 成功、1 購読拒否、2 不正なオプション、3 接続できない、4 ホストが見つからない、5 TLS の失敗、6 ブローカーが接続を拒否、7 認証情報が不正または認可されていない、8 タイムアウト (-W も)、9 接続の喪失。
</translation>
    </message>
    <message>
        <source>no topic given: use -t FILTER</source>
        <translation>トピックが指定されていません: -t FILTER を使ってください</translation>
    </message>
    <message>
        <source>--retain-handling, --retain-as-published and --no-local need MQTT 5 (-V 5)</source>
        <translation>--retain-handling、--retain-as-published、--no-local には MQTT 5 (-V 5) が必要です</translation>
    </message>
    <message>
        <source>-R and --retained-only exclude each other</source>
        <translation>-R と --retained-only は同時に指定できません</translation>
    </message>
    <message>
        <source>-F and -j exclude each other</source>
        <translation>-F と -j は同時に指定できません</translation>
    </message>
    <message>
        <source>publish messages (like mosquitto_pub)</source>
        <translation>メッセージをパブリッシュ (mosquitto_pub と同様)</translation>
    </message>
    <message>
        <source>subscribe and print messages (like mosquitto_sub)</source>
        <translation>購読してメッセージを表示 (mosquitto_sub と同様)</translation>
    </message>
    <message>
        <source>run the MQTT broker headless</source>
        <translation>MQTT ブローカーを GUI なしで実行</translation>
    </message>
    <message>
        <source>benchmark a broker: bench pub|sub|conn</source>
        <translation>ブローカーのベンチマーク: bench pub|sub|conn</translation>
    </message>
    <message>
        <source>create or update a password file (like mosquitto_passwd)</source>
        <translation>パスワードファイルを作成・更新 (mosquitto_passwd と同様)</translation>
    </message>
    <message>
        <source>live topics in a full-screen terminal view (like mqttools)</source>
        <translation>全画面の端末表示でライブのトピックを表示 (mqttools と同様)</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]

Without a subcommand the graphical workbench starts.

Subcommands:
</source>
        <translation>使い方: mqtt-workbench [サブコマンド] [オプション]

サブコマンドなしではグラフィカルなワークベンチが起動します。

サブコマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;mqtt-workbench SUBCOMMAND --help&apos; for the options of each.
</source>
        <translation>
各サブコマンドのオプションは &apos;mqtt-workbench SUBCOMMAND --help&apos; で表示されます。
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see --help)</source>
        <translation>不明なサブコマンド &apos;%1&apos; (--help を参照)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see --help)</source>
        <translation>不明なオプション &apos;%1&apos; (--help を参照)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>予期しない引数 &apos;%1&apos; (--help を参照)</translation>
    </message>
    <message>
        <source>no display for the window (DISPLAY and WAYLAND_DISPLAY are unset); run a subcommand (see --help) or set QT_QPA_PLATFORM</source>
        <translation>ウィンドウ用のディスプレイがありません (DISPLAY と WAYLAND_DISPLAY が未設定)。サブコマンドを実行する (--help を参照) か QT_QPA_PLATFORM を設定してください</translation>
    </message>
    <message>
        <source>read the message text as %1 and send its bytes (e.g. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug and protobuf from JSON)</source>
        <translation>メッセージのテキストを %1 として読み、そのバイト列を送信 (例: hex &apos;01 ff&apos;、JSON から cbor・msgpack・sparkplug・protobuf)</translation>
    </message>
    <message>
        <source>fill in placeholders anew for each message: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</source>
        <translation>メッセージごとにプレースホルダーを埋め直す: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</translation>
    </message>
    <message>
        <source>--template needs a message text: -m, -f, -l or -s</source>
        <translation>--template にはメッセージのテキストが必要です: -m、-f、-l、-s</translation>
    </message>
    <message>
        <source>bad --template: %1</source>
        <translation>--template が不正です: %1</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>The monitor&apos;s connection state, shown in brackets in the header: [connecting]</extracomment>
        <translation>接続中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>購読中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>topic</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: topic&quot;)</extracomment>
        <translation>トピック</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: count&quot;)</extracomment>
        <translation>件数</translation>
    </message>
    <message>
        <source>rate</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: rate&quot;)</extracomment>
        <translation>レート</translation>
    </message>
    <message>
        <source>age</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: age&quot;)</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>p resume</source>
        <extracomment>monitor&apos;s footer: p is the key, keep it</extracomment>
        <translation>p 再開</translation>
    </message>
    <message>
        <source>p pause</source>
        <translation>p 一時停止</translation>
    </message>
    <message>
        <source>filter (text, or an MQTT filter with + or #; Enter applies, Esc cancels): %1_</source>
        <extracomment>monitor&apos;s filter prompt; Enter and Esc are keys, keep them</extracomment>
        <translation>フィルター (テキスト、または + か # を含む MQTT フィルター。Enter で適用、Esc で取消): %1_</translation>
    </message>
    <message>
        <source>Esc back  q quit  %1  f format: %2  arrows/PgUp/PgDn scroll</source>
        <extracomment>monitor&apos;s footer in the payload view: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 a payload format; Esc, q, f, PgUp and PgDn are keys, keep them</extracomment>
        <translation>Esc 戻る  q 終了  %1  f 形式: %2  矢印/PgUp/PgDn スクロール</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <extracomment>monitor&apos;s footer: the sort order (topic, count, ...) reversed</extracomment>
        <translation>%1 (逆順)</translation>
    </message>
    <message>
        <source>q quit  %1  s sort: %2  r reverse  / filter  f format: %3  c clear  Enter payload  arrows/PgUp/PgDn</source>
        <extracomment>monitor&apos;s footer: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 the sort order, %3 a payload format; q, s, r, /, f, c, Enter, PgUp and PgDn are keys, keep them</extracomment>
        <translation>q 終了  %1  s 並べ替え: %2  r 逆順  / フィルター  f 形式: %3  c クリア  Enter ペイロード  矢印/PgUp/PgDn</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <extracomment>monitor&apos;s header while p paused the view</extracomment>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>topics %1  messages %2  %3 msg/s</source>
        <extracomment>monitor&apos;s header: the numbers of topics and messages, messages per second</extracomment>
        <translation>トピック %1  メッセージ %2  %3 件/秒</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <extracomment>monitor&apos;s header: the filter typed after /</extracomment>
        <translation>フィルター &apos;%1&apos;</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <extracomment>monitor&apos;s column heading: the topic names</extracomment>
        <translation>トピック</translation>
    </message>
    <message>
        <source>COUNT</source>
        <extracomment>monitor&apos;s column heading (kept short: at most 7 columns)</extracomment>
        <translation>件数</translation>
    </message>
    <message>
        <source>MSG/S</source>
        <extracomment>monitor&apos;s column heading: messages per second (kept short: at most 7 columns)</extracomment>
        <translation>件/秒</translation>
    </message>
    <message>
        <source>AGE</source>
        <extracomment>monitor&apos;s column heading: time since the last message (kept short: at most 5 columns)</extracomment>
        <translation>経過</translation>
    </message>
    <message>
        <source>PAYLOAD (%1)</source>
        <extracomment>monitor&apos;s column heading: %1 is the payload format</extracomment>
        <translation>ペイロード (%1)</translation>
    </message>
    <message>
        <source>(no message yet)</source>
        <translation>(まだメッセージがありません)</translation>
    </message>
    <message>
        <source>(no topic matches the filter)</source>
        <translation>(フィルターに一致するトピックはありません)</translation>
    </message>
    <message>
        <source>%1  count %2  %3 msg/s  age %4  QoS %5</source>
        <extracomment>monitor&apos;s payload view header: %1 the topic, %2 the message count, %3 messages per second, %4 the time since the last message (like 12s), %5 the QoS (0, 1 or 2)</extracomment>
        <translation>%1  件数 %2  %3 件/秒  経過 %4  QoS %5</translation>
    </message>
    <message>
        <source>retained</source>
        <extracomment>monitor&apos;s payload view header: the last message was a retained one</extracomment>
        <translation>保持</translation>
    </message>
    <message>
        <source>payload: %1 bytes as %2, lines %3-%4 of %5</source>
        <extracomment>monitor&apos;s payload view: %1 the size, %2 the payload format, lines %3 to %4 of %5 are shown</extracomment>
        <translation>ペイロード: %1 バイト (%2 として表示)、%5 行中 %3-%4 行目</translation>
    </message>
</context>
<context>
    <name>cli::ClientConfigFile</name>
    <message>
        <source>expected a value, got a list or mapping</source>
        <translation>値が必要ですが、リストまたはマッピングでした</translation>
    </message>
    <message>
        <source>expected true or false, got &apos;%1&apos;</source>
        <translation>true または false が必要ですが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>%1 から %2 までの整数が必要ですが、&apos;%3&apos; でした</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2, got &apos;%1&apos;</source>
        <translation>0、1、2 のいずれかが必要ですが、&apos;%1&apos; でした</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>マッピングが必要です</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>不明なキー (次のいずれかが必要: %1)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;</source>
        <translation>無効なトピック &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a will needs a topic</source>
        <translation>ウィルにはトピックが必要です</translation>
    </message>
    <message>
        <source>expected a mapping of topic to {qos, retain}</source>
        <translation>トピックから {qos, retain} へのマッピングが必要です</translation>
    </message>
    <message>
        <source>invalid topic</source>
        <translation>無効なトピック</translation>
    </message>
    <message>
        <source>%1:%2: %3: ignored; use --format</source>
        <translation>%1:%2: %3: 無視しました。--format を使ってください</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>%1:%2: invalid YAML: %3</source>
        <translation>%1:%2: 無効な YAML: %3</translation>
    </message>
</context>
<context>
    <name>cli::CommandClient</name>
    <message>
        <source>Client %1 sending %2</source>
        <translation>クライアント %1 が %2 を送信</translation>
    </message>
    <message>
        <source>Client %1 received %2</source>
        <translation>クライアント %1 が %2 を受信</translation>
    </message>
</context>
<context>
    <name>cli::ConnectionOptions</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 は %2 から %3 までの数でなければなりません (&apos;%4&apos; は不可)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>broker URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]; for mqtt[s] the path is the topic, for ws[s] the WebSocket path</source>
        <translation>ブローカーの URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]。mqtt[s] ではパスがトピック、ws[s] では WebSocket のパス</translation>
    </message>
    <message>
        <source>broker host (default localhost)</source>
        <translation>ブローカーのホスト (既定 localhost)</translation>
    </message>
    <message>
        <source>broker port (default 1883, 8883 with TLS)</source>
        <translation>ブローカーのポート (既定 1883、TLS では 8883)</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>client identifier (default: generated)</source>
        <translation>クライアント識別子 (既定: 自動生成)</translation>
    </message>
    <message>
        <source>client identifier PREFIX followed by the process id</source>
        <translation>クライアント識別子: PREFIX の後にプロセス ID</translation>
    </message>
    <message>
        <source>MQTT version: 5 (default), 311 or 31 (also mqttv5, mqttv311, mqttv31)</source>
        <translation>MQTT バージョン: 5 (既定)、311、31 (mqttv5、mqttv311、mqttv31 も可)</translation>
    </message>
    <message>
        <source>keep-alive interval (default 60, 0 = off)</source>
        <translation>キープアライブ間隔 (既定 60、0 = オフ)</translation>
    </message>
    <message>
        <source>hbmqtt client configuration (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; options given override it</source>
        <translation>hbmqtt のクライアント設定 (YAML): keep_alive、default_qos、default_retain、topics、auto_reconnect、reconnect_*、will、broker。指定したオプションが優先されます</translation>
    </message>
    <message>
        <source>keep the session (clean session off; never expires unless -x)</source>
        <translation>セッションを保持 (clean session オフ。-x がなければ期限切れにならない)</translation>
    </message>
    <message>
        <source>MQTT 5 session expiry; -1 or 4294967295 = never</source>
        <translation>MQTT 5 のセッション有効期限。-1 または 4294967295 = 無期限</translation>
    </message>
    <message>
        <source>start a clean session (the default; hbmqtt&apos;s option)</source>
        <translation>クリーンセッションで開始 (既定。hbmqtt のオプション)</translation>
    </message>
    <message>
        <source>give up when not connected after SECONDS (default 10)</source>
        <translation>SECONDS 後も接続できなければ諦める (既定 10)</translation>
    </message>
    <message>
        <source>extra HTTP header for the WebSocket upgrade (repeatable)</source>
        <translation>WebSocket アップグレード用の追加 HTTP ヘッダー (複数指定可)</translation>
    </message>
    <message>
        <source>extra HTTP headers for the WebSocket upgrade as a JSON object, e.g. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</source>
        <translation>WebSocket アップグレード用の追加 HTTP ヘッダーを JSON オブジェクトで指定、例: &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</translation>
    </message>
    <message>
        <source>start from the connection profile NAME saved by the GUI</source>
        <translation>GUI が保存した接続プロファイル NAME から開始</translation>
    </message>
    <message>
        <source>print every packet sent and received on stderr</source>
        <translation>送受信したすべてのパケットを stderr に表示</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); switches TLS on</source>
        <translation>信頼する CA 証明書 (PEM)。TLS を有効にする</translation>
    </message>
    <message>
        <source>directory of trusted CA certificates; switches TLS on</source>
        <translation>信頼する CA 証明書のディレクトリ。TLS を有効にする</translation>
    </message>
    <message>
        <source>trusted CA certificates given as PEM text; switches TLS on</source>
        <translation>PEM テキストで指定する信頼済み CA 証明書。TLS を有効にする</translation>
    </message>
    <message>
        <source>trust the system&apos;s CA certificates; switches TLS on</source>
        <translation>システムの CA 証明書を信頼する。TLS を有効にする</translation>
    </message>
    <message>
        <source>client certificate (PEM)</source>
        <translation>クライアント証明書 (PEM)</translation>
    </message>
    <message>
        <source>client private key (PEM)</source>
        <translation>クライアントの秘密鍵 (PEM)</translation>
    </message>
    <message>
        <source>do not check that the certificate names the host</source>
        <translation>証明書がホスト名を含むか確認しない</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>ウィル</translation>
    </message>
    <message>
        <source>topic of the last will</source>
        <translation>ウィルのトピック</translation>
    </message>
    <message>
        <source>payload of the last will (default empty)</source>
        <translation>ウィルのペイロード (既定は空)</translation>
    </message>
    <message>
        <source>QoS of the last will</source>
        <translation>ウィルの QoS</translation>
    </message>
    <message>
        <source>retain the last will</source>
        <translation>ウィルを保持 (retain) する</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 プロパティ</translation>
    </message>
    <message>
        <source>add a property to a packet, e.g. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (repeatable)</source>
        <translation>パケットにプロパティを追加、例: -D publish user-property k v、-D publish content-type text/plain、-D connect session-expiry-interval 60 (複数指定可)</translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;: %2</source>
        <translation>無効な URL &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>-V must be 5, 311 or 31, not &apos;%1&apos;</source>
        <translation>-V は 5、311、31 のいずれかでなければなりません (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>-c and --clean-session exclude each other</source>
        <translation>-c と --clean-session は同時に指定できません</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header は &apos;Name: value&apos; の形式でなければなりません (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>--extra-headers must be a JSON object of header names to values</source>
        <translation>--extra-headers はヘッダー名から値への JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>--extra-headers: the value of &apos;%1&apos; is not a string</source>
        <translation>--extra-headers: &apos;%1&apos; の値が文字列ではありません</translation>
    </message>
    <message>
        <source>--cert and --key must be given together</source>
        <translation>--cert と --key は一緒に指定する必要があります</translation>
    </message>
    <message>
        <source>will options need --will-topic</source>
        <translation>ウィルのオプションには --will-topic が必要です</translation>
    </message>
    <message>
        <source>-D properties need MQTT 5 (-V 5)</source>
        <translation>-D プロパティには MQTT 5 (-V 5) が必要です</translation>
    </message>
</context>
<context>
    <name>cli::MessageFormatter</name>
    <message>
        <source>incomplete format specifier in -F</source>
        <translation>-F の書式指定子が不完全です</translation>
    </message>
    <message>
        <source>invalid format specifier &apos;%1&apos; in -F</source>
        <translation>-F の書式指定子 &apos;%1&apos; が無効です</translation>
    </message>
    <message>
        <source>incomplete escape specifier in -F</source>
        <translation>-F のエスケープ指定子が不完全です</translation>
    </message>
    <message>
        <source>invalid escape specifier &apos;%1&apos; in -F</source>
        <translation>-F のエスケープ指定子 &apos;%1&apos; が無効です</translation>
    </message>
    <message>
        <source>cannot decode the payload on topic %1 as %2: %3</source>
        <translation>トピック %1 のペイロードを %2 としてデコードできません: %3</translation>
    </message>
    <message>
        <source>message payload is not valid JSON on topic %1</source>
        <translation>トピック %1 のメッセージのペイロードが有効な JSON ではありません</translation>
    </message>
</context>
<context>
    <name>cli::ProfileReader</name>
    <message>
        <source>no profile &apos;%1&apos;: cannot read %2</source>
        <translation>プロファイル &apos;%1&apos; がありません: %2 を読み込めません</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 はプロファイルファイルではありません: %2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>%2 に &apos;%1&apos; という名前のプロファイルはありません</translation>
    </message>
</context>
<context>
    <name>cli::PropertyDefinitions</name>
    <message>
        <source>-D: unknown command &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect or will)</source>
        <translation>-D: 不明なコマンド &apos;%1&apos; (connect、publish、subscribe、unsubscribe、disconnect、will のいずれか)</translation>
    </message>
    <message>
        <source>-D: unknown property &apos;%1&apos;</source>
        <translation>-D: 不明なプロパティ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-D: property &apos;%1&apos; is not allowed on %2</source>
        <translation>-D: プロパティ &apos;%1&apos; は %2 では使えません</translation>
    </message>
    <message>
        <source>-D: invalid value &apos;%1&apos; for %2</source>
        <translation>-D: %2 の値 &apos;%1&apos; が無効です</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>the broker does not support this MQTT version</source>
        <translation>ブローカーはこの MQTT バージョンに対応していません</translation>
    </message>
    <message>
        <source>the broker rejected the client ID</source>
        <translation>ブローカーがクライアント ID を拒否しました</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>ユーザー名またはパスワードが違います</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>ブローカーを利用できません</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>ブローカーがビジーです</translation>
    </message>
    <message>
        <source>this client is banned</source>
        <translation>このクライアントは禁止されています</translation>
    </message>
    <message>
        <source>the broker is shutting down</source>
        <translation>ブローカーはシャットダウン中です</translation>
    </message>
    <message>
        <source>the authentication method is not supported</source>
        <translation>認証方式に対応していません</translation>
    </message>
    <message>
        <source>keep-alive timeout</source>
        <translation>キープアライブのタイムアウト</translation>
    </message>
    <message>
        <source>another client connected with the same client ID</source>
        <translation>別のクライアントが同じクライアント ID で接続しました</translation>
    </message>
    <message>
        <source>invalid topic filter</source>
        <translation>無効なトピックフィルター</translation>
    </message>
    <message>
        <source>invalid topic name</source>
        <translation>無効なトピック名</translation>
    </message>
    <message>
        <source>packet too large for the broker</source>
        <translation>ブローカーにとってパケットが大きすぎます</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>メッセージレートが高すぎます</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>クォータを超えました</translation>
    </message>
    <message>
        <source>disconnected by an administrator</source>
        <translation>管理者により切断されました</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>ペイロード形式が無効です</translation>
    </message>
    <message>
        <source>the broker does not support retained messages</source>
        <translation>ブローカーは保持メッセージに対応していません</translation>
    </message>
    <message>
        <source>the broker does not support this QoS</source>
        <translation>ブローカーはこの QoS に対応していません</translation>
    </message>
    <message>
        <source>the broker redirects to another server</source>
        <translation>ブローカーが別のサーバーへリダイレクトしています</translation>
    </message>
    <message>
        <source>shared subscriptions are not supported</source>
        <translation>共有購読には対応していません</translation>
    </message>
    <message>
        <source>connecting too often</source>
        <translation>接続が頻繁すぎます</translation>
    </message>
    <message>
        <source>maximum connect time reached</source>
        <translation>最大接続時間に達しました</translation>
    </message>
    <message>
        <source>subscription identifiers are not supported</source>
        <translation>購読識別子には対応していません</translation>
    </message>
    <message>
        <source>wildcard subscriptions are not supported</source>
        <translation>ワイルドカード購読には対応していません</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>不正な形式のパケット</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>一致する購読者がいません</translation>
    </message>
    <message>
        <source>The connection settings are incomplete</source>
        <translation>接続設定が不完全です</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <source>Cannot reach the broker</source>
        <translation>ブローカーに到達できません</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS の問題</translation>
    </message>
    <message>
        <source>WebSocket handshake failed</source>
        <translation>WebSocket ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>The broker did not answer in time</source>
        <translation>ブローカーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>ブローカーが接続を拒否しました: %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>The broker stopped answering (keep-alive timeout)</source>
        <translation>ブローカーが応答しなくなりました（キープアライブのタイムアウト）</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1</source>
        <translation>ブローカーが接続を閉じました: %1</translation>
    </message>
    <message>
        <source>The broker broke the MQTT protocol</source>
        <translation>ブローカーが MQTT プロトコルに違反しました</translation>
    </message>
    <message>
        <source>The message is larger than the broker accepts</source>
        <translation>メッセージがブローカーの上限より大きいです</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>ブローカーが拒否しました: %1</translation>
    </message>
    <message>
        <source>Offline queue full</source>
        <translation>オフラインキューが満杯です</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Cannot store the in-flight messages</source>
        <translation>送信中のメッセージを保存できません</translation>
    </message>
    <message>
        <source>Too large to decode; shown as text.</source>
        <translation>大きすぎてデコードできません。テキストとして表示します。</translation>
    </message>
</context>
<context>
    <name>gui::BridgeDialog</name>
    <message>
        <source>Do not check the host name</source>
        <translation>ホスト名を検証しない</translation>
    </message>
    <message>
        <source>New upstream session on every connect</source>
        <translation>接続のたびに上流で新しいセッション</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>トピックを追加</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>トピックを削除</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>新しいブリッジ</translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation>ブリッジ %1</translation>
    </message>
    <message>
        <source>Shown in the bridge list and in $SYS topics</source>
        <translation>ブリッジ一覧と $SYS トピックに表示されます</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883
mqtts://backup.example.com</source>
        <translation>mqtt://broker.example.com:1883
mqtts://backup.example.com</translation>
    </message>
    <message>
        <source>One URL per line (mqtt://, mqtts://, ws://, wss://), tried in order; after a lost connection the first is tried again</source>
        <translation>1 行に 1 つの URL (mqtt://、mqtts://、ws://、wss://)。順に試行し、接続が切れた後は最初の URL から再試行します</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
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
        <translation> 秒</translation>
    </message>
    <message>
        <source>Anonymous access rules</source>
        <translation>匿名アクセスのルール</translation>
    </message>
    <message>
        <source>The local user whose access rules apply to what the bridge brings in and takes out</source>
        <translation>ブリッジが取り込む/送り出すメッセージに適用されるアクセスルールのローカルユーザー</translation>
    </message>
    <message>
        <source>The upstream&apos;s certificate chain is still checked</source>
        <translation>上流ブローカーの証明書チェーンは引き続き検証されます</translation>
    </message>
    <message>
        <source>Upstream broker</source>
        <translation>上流ブローカー</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>プロトコル:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>キープアライブ:</translation>
    </message>
    <message>
        <source>Login and TLS</source>
        <translation>ログインと TLS</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA ファイル:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>クライアント証明書:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>秘密鍵:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>Local user:</source>
        <translation>ローカルユーザー:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>パターン</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Local prefix</source>
        <translation>ローカル接頭辞</translation>
    </message>
    <message>
        <source>Remote prefix</source>
        <translation>リモート接頭辞</translation>
    </message>
    <message>
        <source>The pattern is a topic filter, matched after removing the prefix on each side</source>
        <translation>パターンはトピックフィルターで、各側の接頭辞を除いた後に照合されます</translation>
    </message>
    <message>
        <source>out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Local messages go to the upstream broker</source>
        <translation>ローカルのメッセージを上流ブローカーへ送ります</translation>
    </message>
    <message>
        <source>in</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Upstream messages come to the local broker</source>
        <translation>上流のメッセージをローカルブローカーへ取り込みます</translation>
    </message>
    <message>
        <source>both</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>Both ways (never echoed back)</source>
        <translation>双方向 (折り返し送信はしません)</translation>
    </message>
    <message>
        <source>Another bridge is already called %1.</source>
        <translation>%1 という名前のブリッジは既にあります。</translation>
    </message>
    <message>
        <source>This bridge cannot be used yet:</source>
        <translation>このブリッジはまだ使用できません:</translation>
    </message>
</context>
<context>
    <name>gui::BrokerBridgeModel</name>
    <message>
        <source>Echoes suppressed: %1</source>
        <translation>抑止したエコー: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>down</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続試行中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation>上流アドレス</translation>
    </message>
    <message>
        <source>In</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー内</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
</context>
<context>
    <name>gui::BrokerClientModel</name>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>接続時刻</translation>
    </message>
</context>
<context>
    <name>gui::BrokerController</name>
    <message>
        <source>The keychain is not available (%1); the bridge password is kept for this session only</source>
        <translation>キーチェーンを利用できません (%1)。ブリッジのパスワードはこのセッション中のみ保持されます</translation>
    </message>
</context>
<context>
    <name>gui::BrokerPanel</name>
    <message>
        <source>Start local broker</source>
        <translation>ローカルブローカーを起動</translation>
    </message>
    <message>
        <source>Start an MQTT broker inside the workbench</source>
        <translation>Workbench 内で MQTT ブローカーを起動</translation>
    </message>
    <message>
        <source>Stop local broker</source>
        <translation>ローカルブローカーを停止</translation>
    </message>
    <message>
        <source>Connect to local broker</source>
        <translation>ローカルブローカーに接続</translation>
    </message>
    <message>
        <source>Open a connection tab to the local broker</source>
        <translation>ローカルブローカーへの接続タブを開く</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>保持メッセージを削除</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <source>MQTT port:</source>
        <translation>MQTT ポート:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>WebSocket ポート:</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>他のコンピューターから接続可能</translation>
    </message>
    <message>
        <source>Allow clients without a user name</source>
        <translation>ユーザー名なしのクライアントを許可</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>保持メッセージ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Running on mqtt://%1:%2</source>
        <translation>mqtt://%1:%2 で実行中</translation>
    </message>
    <message>
        <source>and ws://127.0.0.1:%1</source>
        <translation>および ws://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>起動できません: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>受信メッセージ</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>受信バイト</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>送信メッセージ</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>送信バイト</translation>
    </message>
    <message>
        <source>Sessions: %1, subscriptions: %2, dropped messages: %3</source>
        <translation>セッション: %1、購読: %2、破棄されたメッセージ: %3</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>パスワードファイル:</translation>
    </message>
    <message>
        <source>mosquitto_passwd file (optional)</source>
        <translation>mosquitto_passwd ファイル（任意）</translation>
    </message>
    <message>
        <source>Bridges</source>
        <translation>ブリッジ</translation>
    </message>
    <message>
        <source>Add bridge…</source>
        <translation>ブリッジを追加…</translation>
    </message>
    <message>
        <source>Connect the local broker to an upstream broker</source>
        <translation>ローカルブローカーを上流ブローカーに接続します</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove bridge</source>
        <translation>ブリッジを削除</translation>
    </message>
    <message>
        <source>Remove the bridge %1?</source>
        <translation>ブリッジ %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Messages it still holds for the upstream broker are not sent.</source>
        <translation>上流ブローカー宛てに保持中のメッセージは送信されません。</translation>
    </message>
</context>
<context>
    <name>gui::BrokerRetainedModel</name>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>gui::BrokerSessionModel</name>
    <message>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー内</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>gui::BusiestTopicsModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionStatusWidget</name>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>切断済み</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>%1 秒後に再接続（%2 回目）</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>再接続中（%1 回目）…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2)</source>
        <translation>%1 に接続済み（MQTT %2）</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>クライアント ID: %1</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionTab</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <source>Filter topics: text, a/+/b, /regex/, -exclude</source>
        <translation>トピックを絞り込む: テキスト、a/+/b、/正規表現/、-除外</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Busiest topics</source>
        <translation>最も活発なトピック</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>トピックフィルター</translation>
    </message>
    <message>
        <source>Text in payload</source>
        <translation>ペイロード内のテキスト</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause the live view; messages keep arriving and are counted</source>
        <translation>ライブ表示を一時停止します。メッセージは引き続き受信・集計されます</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自動スクロール</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Empty the message history and the topic tree</source>
        <translation>メッセージ履歴とトピックツリーを空にする</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>再開（新着 %1 件）</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>トピックをコピー</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Publish to this topic</source>
        <translation>このトピックにパブリッシュ</translation>
    </message>
    <message>
        <source>Clear retained value</source>
        <translation>保持値を消去</translation>
    </message>
    <message>
        <source>Clear retained values below…</source>
        <translation>以下の保持値を消去…</translation>
    </message>
    <message>
        <source>No retained values known at or below %1</source>
        <translation>%1 以下に既知の保持値はありません</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>保持メッセージを消去</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n retained message(s) at or below &quot;%1&quot;? The broker will forget them.</source>
        <translation>
            <numerusform>「%1」以下の保持メッセージ %n 件を消去しますか？ブローカーから削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing retained messages…</source>
        <translation>保持メッセージを消去中…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained message(s)</source>
        <translation>
            <numerusform>保持メッセージ %n 件を消去しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained messages, %2 refused by the broker</source>
        <translation>保持メッセージ %1 件を消去、%2 件はブローカーが拒否</translation>
    </message>
    <message>
        <source>%1 shown · %2 dropped · %3 topics</source>
        <translation>表示 %1 · 破棄 %2 · %3 トピック</translation>
    </message>
    <message>
        <source>%1 messages received, %2 in the history, %3 dropped as the oldest beyond the history limit (%4 messages / %5)</source>
        <translation>受信 %1 件、履歴 %2 件、履歴上限（%4 件 / %5）を超えて古い順に破棄 %3 件</translation>
    </message>
    <message>
        <source>no longer in the message list</source>
        <translation>メッセージ一覧から削除済み</translation>
    </message>
</context>
<context>
    <name>gui::DataSize</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
</context>
<context>
    <name>gui::Extensions</name>
    <message>
        <source>Local broker</source>
        <translation>ローカルブローカー</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Packet inspector</source>
        <translation>パケットインスペクター</translation>
    </message>
    <message>
        <source>Record and replay</source>
        <translation>記録と再生</translation>
    </message>
    <message>
        <source>Broker status ($SYS)</source>
        <translation>ブローカーの状態（$SYS）</translation>
    </message>
    <message>
        <source>Start a local MQTT broker on this computer and connect to it? You can publish and watch messages right away, and stop it from the Tools menu.</source>
        <translation>このコンピューターでローカル MQTT ブローカーを起動して接続しますか？すぐにメッセージをパブリッシュ・監視でき、「ツール」メニューから停止できます。</translation>
    </message>
    <message>
        <source>Schema decoder</source>
        <translation>スキーマデコーダー</translation>
    </message>
</context>
<context>
    <name>gui::HistorySearchDialog</name>
    <message>
        <source>Search message history</source>
        <translation>メッセージ履歴を検索</translation>
    </message>
    <message>
        <source>&amp;Topic filter</source>
        <translation>トピックフィルター(&amp;T)</translation>
    </message>
    <message>
        <source>Te&amp;xt in payload</source>
        <translation>ペイロード内のテキスト(&amp;X)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <source>The message history is off.</source>
        <translation>メッセージ履歴はオフです。</translation>
    </message>
    <message>
        <source>Messages found: the newest %1 (more match).</source>
        <translation>見つかったメッセージ: 新しい順に %1 件(さらに一致あり)。</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>見つかったメッセージ: %1</translation>
    </message>
    <message>
        <source>Received messages kept between runs (newest first).</source>
        <translation>起動をまたいで保存された受信メッセージ(新しい順)。</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>期間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>Only messages received at or after this time</source>
        <translation>この時刻以降に受信したメッセージのみ</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>終了(&amp;U)</translation>
    </message>
    <message>
        <source>Only messages received at or before this time</source>
        <translation>この時刻以前に受信したメッセージのみ</translation>
    </message>
</context>
<context>
    <name>gui::InspectorModel</name>
    <message>
        <source>→ out</source>
        <translation>→ 送信</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← 受信</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>パケット ID</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>ペイロードのバイト数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>gui::InspectorPanel</name>
    <message>
        <source>Filter packets (topic, client ID, …)</source>
        <translation>パケットを絞り込む（トピック、クライアント ID…）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>両方向</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>ping を隠す</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Keep the newest packet in view</source>
        <translation>最新のパケットを表示し続ける</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message numerus="yes">
        <source>Raw bytes (%n bytes):</source>
        <translation>
            <numerusform>生バイト（%n バイト）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest packets dropped</source>
        <translation>
            <numerusform>古いパケット %n 件を破棄</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>MQTT Workbench</source>
        <translation>MQTT Workbench</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>接続「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Open a saved connection from the &lt;b&gt;Connections&lt;/b&gt; panel (double-click), or create a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;&lt;b&gt;接続&lt;/b&gt;パネルで保存済みの接続をダブルクリックして開くか、新しい接続を作成してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>新しい接続…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import connections…</source>
        <translation>接続をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export connections…</source>
        <translation>接続をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save subscriptions to the connection</source>
        <translation>購読を接続に保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation>タブを閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pause live view</source>
        <translation>ライブ表示を一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find messages</source>
        <translation>メッセージを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>パブリッシュ(&amp;P)…</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>今すぐパブリッシュ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About MQTT Workbench</source>
        <translation>MQTT Workbench について(&amp;A)</translation>
    </message>
    <message>
        <source>About MQTT Workbench</source>
        <translation>MQTT Workbench について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Watch topics live, publish test messages and run a local broker.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;トピックをライブで監視し、テストメッセージをパブリッシュし、ローカルブローカーを実行します。&lt;/p&gt;&lt;p&gt;ライセンス: MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>No password in the keychain for %1</source>
        <translation>キーチェーンに %1 のパスワードがありません</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the password is kept for this session only</source>
        <translation>キーチェーンを使えません（%1）。パスワードはこのセッションの間だけ保持されます</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>接続をインポート</translation>
    </message>
    <message>
        <source>Connection profiles (*.json)</source>
        <translation>接続プロファイル (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続をインポートしました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>接続をエクスポート</translation>
    </message>
    <message>
        <source>Exported to %1 (passwords are not exported)</source>
        <translation>%1 にエクスポートしました（パスワードは含まれません）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message history per connection (oldest messages are dropped first):</source>
        <translation>接続ごとのメッセージ履歴（古いメッセージから破棄）:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>History of each topic (message detail ▸ History and chart); when all topics together reach their memory, the busiest topics give up their oldest messages first:</source>
        <translation>トピックごとの履歴（メッセージ詳細 ▸ 履歴とグラフ）。全トピックの合計がメモリ上限に達すると、最も活発なトピックから古いメッセージが削除されます:</translation>
    </message>
    <message>
        <source>Messages per topic</source>
        <translation>トピックごとのメッセージ数</translation>
    </message>
    <message>
        <source>Memory per topic</source>
        <translation>トピックごとのメモリ</translation>
    </message>
    <message>
        <source>Memory for all topics</source>
        <translation>全トピックのメモリ</translation>
    </message>
    <message>
        <source>Search message &amp;history…</source>
        <translation>メッセージ履歴を検索(&amp;H)…</translation>
    </message>
    <message>
        <source>Keep message history between runs</source>
        <translation>起動をまたいでメッセージ履歴を保存する</translation>
    </message>
    <message>
        <source>Received messages are written to %1 and can be searched with Tools ▸ Search message history; the oldest are deleted first.</source>
        <translation>受信メッセージは %1 に書き込まれ、ツール ▸ メッセージ履歴を検索 で検索できます。古いものから削除されます。</translation>
    </message>
    <message>
        <source>Messages kept</source>
        <translation>保存するメッセージ数</translation>
    </message>
    <message>
        <source>Payloads kept</source>
        <translation>保存するペイロード量</translation>
    </message>
    <message>
        <source>Search message history</source>
        <translation>メッセージ履歴を検索</translation>
    </message>
    <message>
        <source>The message history is off. Turn on &quot;Keep message history between runs&quot; in Tools ▸ Preferences.</source>
        <translation>メッセージ履歴はオフです。ツール ▸ 設定 で「起動をまたいでメッセージ履歴を保存する」をオンにしてください。</translation>
    </message>
</context>
<context>
    <name>gui::MessageArchive</name>
    <message>
        <source>Cannot create the folder of the message history %1</source>
        <translation>メッセージ履歴 %1 のフォルダーを作成できません</translation>
    </message>
    <message>
        <source>Cannot open the message history %1: %2</source>
        <translation>メッセージ履歴 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read the message history %1: %2</source>
        <translation>メッセージ履歴 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write the message history %1: %2</source>
        <translation>メッセージ履歴 %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>gui::MessageDetailView</name>
    <message>
        <source>How to show the payload</source>
        <translation>ペイロードの表示方法</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>トピックをコピー</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>ペイロードをコピー</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Select an earlier value to compare it with the shown message</source>
        <translation>以前の値を選択すると表示中のメッセージと比較できます</translation>
    </message>
    <message>
        <source>JSON field (e.g. temperature or data.value); empty = whole payload</source>
        <translation>JSON フィールド（例: temperature、data.value）。空欄 = ペイロード全体</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>メッセージが選択されていません</translation>
    </message>
    <message>
        <source>Select a message or a topic to see its payload.</source>
        <translation>メッセージまたはトピックを選択するとペイロードが表示されます。</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3 · %4</source>
        <translation>%1 · QoS %2%3 · %4</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · 保持</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 — show more</source>
        <translation>%2 件中最初の %1 件を表示 — さらに表示</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>No MQTT 5 properties</source>
        <translation>MQTT 5 プロパティなし</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>ペイロード形式</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8 テキスト</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>メッセージの有効期限</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>応答トピック</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>相関データ</translation>
    </message>
    <message>
        <source>Subscription identifier</source>
        <translation>購読識別子</translation>
    </message>
    <message>
        <source>Topic alias</source>
        <translation>トピックエイリアス</translation>
    </message>
    <message>
        <source>User property: %1</source>
        <translation>ユーザープロパティ: %1</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>履歴（%1）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from %1 to the shown message (%2):&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 から表示中のメッセージまでの変更（%2）:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Topic copied</source>
        <translation>トピックをコピーしました</translation>
    </message>
    <message>
        <source>Payload copied (%1)</source>
        <translation>ペイロードをコピーしました（%1）</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>.proto を読み込む…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Protobuf スキーマでペイロードをデコード</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>このビルドは Protobuf に対応していません</translation>
    </message>
    <message>
        <source>Message type of the payload</source>
        <translation>ペイロードのメッセージ型</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 を使えません: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>The numeric field to chart: pick one of the payload&apos;s or type a path; the choice is kept for the topic</source>
        <translation>グラフにする数値フィールド: ペイロードから選ぶかパスを入力します。選択はトピックごとに記憶されます</translation>
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
        <translation>保持メッセージ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>gui::PasswordVault</name>
    <message>
        <source>No keychain support in this build</source>
        <translation>このビルドはキーチェーンに対応していません</translation>
    </message>
</context>
<context>
    <name>gui::ProfileDialog</name>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>ブローカーの証明書を検証</translation>
    </message>
    <message>
        <source>Do not check the host name in the certificate</source>
        <translation>証明書のホスト名を確認しない</translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation>クリーンスタート</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> バイト</translation>
    </message>
    <message>
        <source>Request response information</source>
        <translation>応答情報を要求</translation>
    </message>
    <message>
        <source>Send a last will</source>
        <translation>ラストウィルを送信</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>自動的に再接続</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Subscribe on connect to</source>
        <translation>接続時に購読</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>接続を編集</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883</source>
        <translation>mqtt://broker.example.com:1883</translation>
    </message>
    <message>
        <source>{mqtt,mqtts,ws,wss}://[user[:password]@]host[:port][/path]</source>
        <translation>{mqtt,mqtts,ws,wss}://[ユーザー[:パスワード]@]ホスト[:ポート][/パス]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Remember the password (in the system keychain)</source>
        <translation>パスワードを記憶（システムのキーチェーン）</translation>
    </message>
    <message>
        <source>Store the password in the profile file (unencrypted)</source>
        <translation>パスワードをプロファイルファイルに保存（暗号化なし）</translation>
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
        <translation>ポート</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>Client private key</source>
        <translation>クライアント秘密鍵</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>name: value, one per line</source>
        <translation>名前: 値（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>セッションの有効期限</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>キープアライブ</translation>
    </message>
    <message>
        <source>Receive maximum</source>
        <translation>受信最大数</translation>
    </message>
    <message>
        <source>Maximum packet size (0 = no limit)</source>
        <translation>最大パケットサイズ（0 = 無制限）</translation>
    </message>
    <message>
        <source>Topic alias maximum</source>
        <translation>トピックエイリアス最大数</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>ユーザープロパティ</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
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
        <translation>トピック</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Delay (MQTT 5)</source>
        <translation>遅延（MQTT 5）</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>ウィル</translation>
    </message>
    <message>
        <source>Header: value, one per line</source>
        <translation>ヘッダー: 値（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP ヘッダー</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>初回の待ち時間</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>最長の待ち時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Reconnect &amp;&amp; subscribe</source>
        <translation>再接続して購読</translation>
    </message>
    <message>
        <source>The URL is not usable: %1</source>
        <translation>URL を使用できません: %1</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>ブローカーのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The will needs a topic without &apos;+&apos; or &apos;#&apos;.</source>
        <translation>ウィルには &apos;+&apos; や &apos;#&apos; を含まないトピックが必要です。</translation>
    </message>
    <message>
        <source>The subscription on connect is not a valid topic filter.</source>
        <translation>接続時の購読は有効なトピックフィルターではありません。</translation>
    </message>
    <message>
        <source>These settings cannot work: %1</source>
        <translation>この設定では動作しません: %1</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>保存のみ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>gui::ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 はプロファイルファイルではありません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
</context>
<context>
    <name>gui::ProfilesPanel</name>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Open the selected connection in a new tab</source>
        <translation>選択した接続を新しいタブで開く</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新規…</translation>
    </message>
    <message>
        <source>Create a connection profile</source>
        <translation>接続プロファイルを作成</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>選択したプロファイルを編集</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>選択したプロファイルをコピー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>選択したプロファイルを削除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Add profiles from a file</source>
        <translation>ファイルからプロファイルを追加</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save the profiles to a file (without passwords)</source>
        <translation>プロファイルをファイルに保存（パスワードなし）</translation>
    </message>
</context>
<context>
    <name>gui::PublishPanel</name>
    <message>
        <source>Retain</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 プロパティ</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>パブリッシュ</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
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
        <translation>パブリッシュ（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>ユーザープロパティを追加</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>コンテンツタイプ</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>応答トピック</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>相関データ</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>メッセージの有効期限</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <source>Interval between repeated publishes</source>
        <translation>繰り返しパブリッシュの間隔</translation>
    </message>
    <message>
        <source>Publish again and again at the interval</source>
        <translation>間隔ごとに繰り返しパブリッシュ</translation>
    </message>
    <message>
        <source>Double-click to load a message into the editor</source>
        <translation>ダブルクリックでメッセージをエディターに読み込みます</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the message in a named collection</source>
        <translation>名前付きコレクションにメッセージを保存</translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation>トピックを入力</translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain &apos;+&apos; or &apos;#&apos;</source>
        <translation>パブリッシュ先のトピックに &apos;+&apos; や &apos;#&apos; は使えません</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>パブリッシュに失敗しました: %1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>%1 にパブリッシュしました</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>メッセージを保存</translation>
    </message>
    <message>
        <source>Collection / name (e.g. Lights/Kitchen on):</source>
        <translation>コレクション / 名前（例: 照明/キッチン点灯）:</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>「%1」を保存しました</translation>
    </message>
    <message>
        <source>%1 (typed as JSON)</source>
        <translation>%1（JSON として入力）</translation>
    </message>
    <message>
        <source>The payload is not valid %1: %2</source>
        <translation>ペイロードは有効な %1 ではありません: %2</translation>
    </message>
    <message>
        <source>Published to %1, but no subscriber matched</source>
        <translation>%1 に発行しましたが、一致するサブスクライバーはありません</translation>
    </message>
    <message>
        <source>Unknown payload format &apos;%1&apos;</source>
        <translation>不明なペイロード形式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
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
        <translation>公開のたびに (繰り返しのたびにも) プレースホルダーを埋め直します:
{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...
{{time}}: ISO 8601 形式の時刻 (UTC)
{{timestamp}}, {{timestamp_ms}}: Unix 時間 (秒、ミリ秒)
{{random:MIN:MAX}}: 乱数 (小数桁数は範囲の指定に合わせる)
{{uuid}}: ランダムな UUID
{{{{: 文字どおりの {{
値は引用符なしで挿入されます: {&quot;t&quot;: {{random:20:25}}}</translation>
    </message>
    <message>
        <source>The payload template is not valid: %1</source>
        <translation>ペイロードのテンプレートが不正です: %1</translation>
    </message>
</context>
<context>
    <name>gui::RecordingPanel</name>
    <message>
        <source>Open a connection to record it.</source>
        <translation>記録するには接続を開いてください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Invalid broker URL: %1</source>
        <translation>無効なブローカー URL: %1</translation>
    </message>
    <message>
        <source>Record messages to</source>
        <translation>メッセージの記録先</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>メッセージをエクスポート</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translation>接続を記録</translation>
    </message>
    <message>
        <source>Record the messages of the current connection to a file</source>
        <translation>現在の接続のメッセージをファイルに記録</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>記録を開く…</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>メッセージをエクスポート…</translation>
    </message>
    <message>
        <source>Save the messages of the current view as JSON Lines or CSV</source>
        <translation>現在の表示のメッセージを JSON Lines または CSV で保存</translation>
    </message>
    <message>
        <source>Replay to:</source>
        <translation>再生先:</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>ローカルブローカー</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>現在の接続</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>ブローカー URL</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>できるだけ速く</translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n messages</source>
        <translation>
            <numerusform>%1 に記録中: %n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>記録していません。</translation>
    </message>
    <message>
        <source>No recording opened.</source>
        <translation>記録が開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n messages</source>
        <translation>
            <numerusform>%1: %n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>再生を停止</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>再生</translation>
    </message>
</context>
<context>
    <name>gui::SchemaPanel</name>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 を使えません: %2</translation>
    </message>
    <message>
        <source>Select a message to decode it.</source>
        <translation>デコードするメッセージを選択してください。</translation>
    </message>
    <message>
        <source>Sparkplug B payload on %1</source>
        <translation>%1 の Sparkplug B ペイロード</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>有効な Sparkplug B ペイロードではありません: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>%1 としてデコードできません: %2</translation>
    </message>
    <message>
        <source>Sparkplug B topics (spBv1.0/…) are decoded as they are; for Protobuf payloads load a .proto file.</source>
        <translation>Sparkplug B のトピック（spBv1.0/…）はそのままデコードされます。Protobuf ペイロードには .proto ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>Open Protobuf schema</source>
        <translation>Protobuf スキーマを開く</translation>
    </message>
    <message>
        <source>Protobuf schema (*.proto)</source>
        <translation>Protobuf スキーマ (*.proto)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>.proto を読み込む…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>Protobuf スキーマでペイロードをデコード</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>このビルドは Protobuf に対応していません</translation>
    </message>
</context>
<context>
    <name>gui::SubscriptionsPanel</name>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>トピックフィルター（例: sensors/+/temperature）</translation>
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
        <translation>購読</translation>
    </message>
    <message>
        <source>Not a valid topic filter: &apos;#&apos; must be last and alone in its level, &apos;+&apos; alone in its level</source>
        <translation>無効なトピックフィルター: &apos;#&apos; は最後に単独のレベルで、&apos;+&apos; は単独のレベルで使います</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Subscribed (QoS %1)</source>
        <translation>購読済み（QoS %1）</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>購読解除済み</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>%1 の色</translation>
    </message>
    <message>
        <source>No local: do not receive own messages</source>
        <translation>No Local: 自分のメッセージを受信しない</translation>
    </message>
    <message>
        <source>Retain as published: keep the publisher&apos;s retain flag</source>
        <translation>Retain as Published: パブリッシャーの retain フラグを保持</translation>
    </message>
    <message>
        <source>Double-click a subscription to change its colour; right-click or Delete to unsubscribe</source>
        <translation>購読をダブルクリックで色を変更、右クリックまたは Delete で購読解除</translation>
    </message>
    <message>
        <source>Retained messages on subscribe</source>
        <translation>購読時の保持メッセージ</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>送信する</translation>
    </message>
    <message>
        <source>Send them only for a new subscription</source>
        <translation>新しい購読のときだけ送信</translation>
    </message>
    <message>
        <source>Do not send them</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>MQTT 5 subscription options</source>
        <translation>MQTT 5 購読オプション</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>購読解除</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>接続待ち</translation>
    </message>
</context>
<context>
    <name>gui::SysDashboard</name>
    <message>
        <source>Broker</source>
        <translation>ブローカー</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Publish packets</source>
        <translation>PUBLISH パケット</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Load (per minute averages)</source>
        <translation>負荷（分単位の平均）</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>保持メッセージ</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>メッセージストア</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 日 %2 時間 %3 分 %4 秒</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在値</translation>
    </message>
    <message>
        <source>Open a connection to see the status its broker publishes.</source>
        <translation>接続を開くと、そのブローカーが発行する状態が表示されます。</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>監視していません。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to %1; waiting for $SYS topics (the broker may not publish any, or publish them only every few seconds).</source>
        <translation>%1 に接続済み。$SYS トピックを待っています（ブローカーが発行しない場合や、数秒ごとにしか発行しない場合があります）。</translation>
    </message>
    <message numerus="yes">
        <source>%n $SYS topics from %1</source>
        <translation>
            <numerusform>%1 の $SYS トピック %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::TopicTreeModel</name>
    <message>
        <source>(empty)</source>
        <comment>an empty topic level</comment>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>Retained value</source>
        <translation>保持値</translation>
    </message>
    <message>
        <source>%1
%2 messages on this topic, %3 in the subtree (%4 topics)</source>
        <translation>%1
このトピックに %2 件、サブツリーに %3 件（%4 トピック）</translation>
    </message>
    <message>
        <source>Last value; a coloured mark means the broker keeps it as the retained value</source>
        <translation>最新値。色付きの印はブローカーが保持値として保存していることを示します</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>最新値</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>レート</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最終</translation>
    </message>
</context>
<context>
    <name>gui::ValueChart</name>
    <message>
        <source>No numeric values on this topic yet</source>
        <translation>このトピックにはまだ数値がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values)</source>
        <translation>
            <numerusform>%1（%n 個の値）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema::SchemaText</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
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
        <translation>生データ（エスケープ）</translation>
    </message>
    <message>
        <source>On/off</source>
        <translation>オン/オフ</translation>
    </message>
    <message>
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>このビルドは Protobuf に対応していません</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Protobuf ペイロードをデコードするには .proto ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>不正なペイロード</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>有効な Sparkplug B ペイロードではありません: %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列目</translation>
    </message>
    <message>
        <source>%1: &quot;{{&quot; is not closed by &quot;}}&quot; (write {{{{ for a literal &quot;{{&quot;)</source>
        <translation>%1: 「{{」が「}}」で閉じられていません (文字どおりの「{{」は {{{{ と書きます)</translation>
    </message>
    <message>
        <source>%1: %2: write {{counter}}, {{counter:START}} or {{counter:START:STEP}} with integers</source>
        <translation>%1: %2: {{counter}}、{{counter:START}}、{{counter:START:STEP}} のいずれかを整数で書いてください</translation>
    </message>
    <message>
        <source>%1: %2: write {{random:MIN:MAX}} with numbers MIN and MAX</source>
        <translation>%1: %2: {{random:MIN:MAX}} の MIN と MAX は数値で書いてください</translation>
    </message>
    <message>
        <source>%1: %2: MIN is greater than MAX</source>
        <translation>%1: %2: MIN が MAX より大きいです</translation>
    </message>
    <message>
        <source>%1: unknown placeholder %2 (known: counter, time, timestamp, timestamp_ms, random, uuid)</source>
        <translation>%1: 不明なプレースホルダー %2 (使用可能: counter, time, timestamp, timestamp_ms, random, uuid)</translation>
    </message>
    <message>
        <source>%1: %2 takes no arguments</source>
        <translation>%1: %2 は引数を取りません</translation>
    </message>
</context>
</TS>
