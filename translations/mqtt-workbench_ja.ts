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
        <source>Too large to decode; shown as text.</source>
        <translation>大きすぎてデコードできません。テキストとして表示します。</translation>
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
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
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
        <source>Too large to decode.</source>
        <translation>大きすぎてデコードできません。</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>有効な Sparkplug B ペイロードではありません: %1</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>Protobuf ペイロードをデコードするには .proto ファイルを読み込んでください。</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>%1 としてデコードできません: %2</translation>
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
</TS>
