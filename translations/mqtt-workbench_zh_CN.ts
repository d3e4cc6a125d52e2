<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FilterExpression</name>
    <message>
        <source>Invalid regular expression %1: %2</source>
        <translation>无效的正则表达式 %1：%2</translation>
    </message>
</context>
<context>
    <name>TextDiff</name>
    <message>
        <source>Too large to compare (%1 and %2 lines).</source>
        <translation>太大，无法比较（%1 行和 %2 行）。</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>the broker does not support this MQTT version</source>
        <translation>代理不支持此 MQTT 版本</translation>
    </message>
    <message>
        <source>the broker rejected the client ID</source>
        <translation>代理拒绝了客户端 ID</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>the broker is unavailable</source>
        <translation>代理不可用</translation>
    </message>
    <message>
        <source>the broker is busy</source>
        <translation>代理繁忙</translation>
    </message>
    <message>
        <source>this client is banned</source>
        <translation>此客户端已被封禁</translation>
    </message>
    <message>
        <source>the broker is shutting down</source>
        <translation>代理正在关闭</translation>
    </message>
    <message>
        <source>the authentication method is not supported</source>
        <translation>不支持该认证方法</translation>
    </message>
    <message>
        <source>keep-alive timeout</source>
        <translation>保活超时</translation>
    </message>
    <message>
        <source>another client connected with the same client ID</source>
        <translation>另一个客户端使用相同的客户端 ID 连接</translation>
    </message>
    <message>
        <source>invalid topic filter</source>
        <translation>无效的主题过滤器</translation>
    </message>
    <message>
        <source>invalid topic name</source>
        <translation>无效的主题名称</translation>
    </message>
    <message>
        <source>packet too large for the broker</source>
        <translation>数据包对代理来说太大</translation>
    </message>
    <message>
        <source>message rate too high</source>
        <translation>消息速率过高</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>disconnected by an administrator</source>
        <translation>被管理员断开</translation>
    </message>
    <message>
        <source>payload format invalid</source>
        <translation>负载格式无效</translation>
    </message>
    <message>
        <source>the broker does not support retained messages</source>
        <translation>代理不支持保留消息</translation>
    </message>
    <message>
        <source>the broker does not support this QoS</source>
        <translation>代理不支持此 QoS</translation>
    </message>
    <message>
        <source>the broker redirects to another server</source>
        <translation>代理重定向到另一台服务器</translation>
    </message>
    <message>
        <source>shared subscriptions are not supported</source>
        <translation>不支持共享订阅</translation>
    </message>
    <message>
        <source>connecting too often</source>
        <translation>连接过于频繁</translation>
    </message>
    <message>
        <source>maximum connect time reached</source>
        <translation>已达到最长连接时间</translation>
    </message>
    <message>
        <source>subscription identifiers are not supported</source>
        <translation>不支持订阅标识符</translation>
    </message>
    <message>
        <source>wildcard subscriptions are not supported</source>
        <translation>不支持通配符订阅</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>malformed packet</source>
        <translation>数据包格式错误</translation>
    </message>
    <message>
        <source>no matching subscribers</source>
        <translation>没有匹配的订阅者</translation>
    </message>
    <message>
        <source>The connection settings are incomplete</source>
        <translation>连接设置不完整</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Cannot reach the broker</source>
        <translation>无法连接到代理</translation>
    </message>
    <message>
        <source>TLS problem</source>
        <translation>TLS 问题</translation>
    </message>
    <message>
        <source>WebSocket handshake failed</source>
        <translation>WebSocket 握手失败</translation>
    </message>
    <message>
        <source>The broker did not answer in time</source>
        <translation>代理未及时响应</translation>
    </message>
    <message>
        <source>The broker refused the connection: %1</source>
        <translation>代理拒绝了连接：%1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>The broker stopped answering (keep-alive timeout)</source>
        <translation>代理停止响应（保活超时）</translation>
    </message>
    <message>
        <source>The broker closed the connection: %1</source>
        <translation>代理关闭了连接：%1</translation>
    </message>
    <message>
        <source>The broker broke the MQTT protocol</source>
        <translation>代理违反了 MQTT 协议</translation>
    </message>
    <message>
        <source>The message is larger than the broker accepts</source>
        <translation>消息超过了代理可接受的大小</translation>
    </message>
    <message>
        <source>The broker refused: %1</source>
        <translation>代理拒绝：%1</translation>
    </message>
    <message>
        <source>Offline queue full</source>
        <translation>离线队列已满</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>未及时回复</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cannot store the in-flight messages</source>
        <translation>无法保存传输中的消息</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
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
        <translation>原始（转义）</translation>
    </message>
    <message>
        <source>On/off</source>
        <translation>开/关</translation>
    </message>
    <message>
        <source>Too large to decode; shown as text.</source>
        <translation>太大，无法解码；以文本显示。</translation>
    </message>
</context>
<context>
    <name>gui::BrokerClientModel</name>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>连接时间</translation>
    </message>
</context>
<context>
    <name>gui::BrokerPanel</name>
    <message>
        <source>Start local broker</source>
        <translation>启动本地代理</translation>
    </message>
    <message>
        <source>Start an MQTT broker inside the workbench</source>
        <translation>在 Workbench 内启动 MQTT 代理</translation>
    </message>
    <message>
        <source>Stop local broker</source>
        <translation>停止本地代理</translation>
    </message>
    <message>
        <source>Connect to local broker</source>
        <translation>连接到本地代理</translation>
    </message>
    <message>
        <source>Open a connection tab to the local broker</source>
        <translation>打开到本地代理的连接标签页</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete retained message</source>
        <translation>删除保留消息</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>监听器</translation>
    </message>
    <message>
        <source>MQTT port:</source>
        <translation>MQTT 端口：</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>WebSocket 端口：</translation>
    </message>
    <message>
        <source>Reachable from other computers</source>
        <translation>允许其他计算机访问</translation>
    </message>
    <message>
        <source>Allow clients without a user name</source>
        <translation>允许无用户名的客户端</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Running on mqtt://%1:%2</source>
        <translation>运行于 mqtt://%1:%2</translation>
    </message>
    <message>
        <source>and ws://127.0.0.1:%1</source>
        <translation>以及 ws://127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>无法启动：%1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>入站消息</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>入站字节</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>出站消息</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>出站字节</translation>
    </message>
    <message>
        <source>Sessions: %1, subscriptions: %2, dropped messages: %3</source>
        <translation>会话：%1，订阅：%2，丢弃的消息：%3</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>密码文件：</translation>
    </message>
    <message>
        <source>mosquitto_passwd file (optional)</source>
        <translation>mosquitto_passwd 文件（可选）</translation>
    </message>
</context>
<context>
    <name>gui::BrokerRetainedModel</name>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>gui::BrokerSessionModel</name>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>过期时间</translation>
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
        <translation>主题</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享组</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionStatusWidget</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Reconnecting in %1 s (attempt %2)</source>
        <translation>%1 秒后重新连接（第 %2 次尝试）</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>正在重新连接（第 %1 次尝试）…</translation>
    </message>
    <message>
        <source>Connected to %1 (MQTT %2)</source>
        <translation>已连接到 %1（MQTT %2）</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>客户端 ID：%1</translation>
    </message>
</context>
<context>
    <name>gui::ConnectionTab</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Filter topics: text, a/+/b, /regex/, -exclude</source>
        <translation>过滤主题：文本、a/+/b、/正则/、-排除</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Busiest topics</source>
        <translation>最繁忙的主题</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>主题过滤器</translation>
    </message>
    <message>
        <source>Text in payload</source>
        <translation>负载中的文本</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the live view; messages keep arriving and are counted</source>
        <translation>暂停实时视图；消息仍会到达并被计数</translation>
    </message>
    <message>
        <source>Auto-scroll</source>
        <translation>自动滚动</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Empty the message history and the topic tree</source>
        <translation>清空消息历史和主题树</translation>
    </message>
    <message>
        <source>Resume (%1 new)</source>
        <translation>继续（%1 条新消息）</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Publish to this topic</source>
        <translation>发布到此主题</translation>
    </message>
    <message>
        <source>Clear retained value</source>
        <translation>清除保留值</translation>
    </message>
    <message>
        <source>Clear retained values below…</source>
        <translation>清除其下的保留值…</translation>
    </message>
    <message>
        <source>No retained values known at or below %1</source>
        <translation>%1 及其下没有已知的保留值</translation>
    </message>
    <message>
        <source>Clear retained messages</source>
        <translation>清除保留消息</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n retained message(s) at or below &quot;%1&quot;? The broker will forget them.</source>
        <translation>
            <numerusform>清除“%1”及其下的 %n 条保留消息？代理将忘记它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearing retained messages…</source>
        <translation>正在清除保留消息…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n retained message(s)</source>
        <translation>
            <numerusform>已清除 %n 条保留消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleared %1 retained messages, %2 refused by the broker</source>
        <translation>已清除 %1 条保留消息，%2 条被代理拒绝</translation>
    </message>
    <message>
        <source>%1 shown · %2 dropped · %3 topics</source>
        <translation>显示 %1 · 丢弃 %2 · %3 个主题</translation>
    </message>
    <message>
        <source>%1 messages received, %2 in the history, %3 dropped as the oldest beyond the history limit (%4 messages / %5)</source>
        <translation>已接收 %1 条消息，历史中 %2 条，超出历史上限（%4 条消息 / %5）而丢弃的最早消息 %3 条</translation>
    </message>
    <message>
        <source>no longer in the message list</source>
        <translation>已不在消息列表中</translation>
    </message>
</context>
<context>
    <name>gui::DataSize</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
</context>
<context>
    <name>gui::Extensions</name>
    <message>
        <source>Local broker</source>
        <translation>本地代理</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Packet inspector</source>
        <translation>数据包检查器</translation>
    </message>
    <message>
        <source>Record and replay</source>
        <translation>录制与回放</translation>
    </message>
    <message>
        <source>Broker status ($SYS)</source>
        <translation>代理状态（$SYS）</translation>
    </message>
    <message>
        <source>Start a local MQTT broker on this computer and connect to it? You can publish and watch messages right away, and stop it from the Tools menu.</source>
        <translation>在本机启动一个本地 MQTT 代理并连接到它吗？您可以立即发布和查看消息，并可在“工具”菜单中停止它。</translation>
    </message>
    <message>
        <source>Schema decoder</source>
        <translation>模式解码器</translation>
    </message>
</context>
<context>
    <name>gui::InspectorModel</name>
    <message>
        <source>→ out</source>
        <translation>→ 出</translation>
    </message>
    <message>
        <source>← in</source>
        <translation>← 入</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Packet ID</source>
        <translation>数据包 ID</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Payload bytes</source>
        <translation>负载字节数</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>gui::InspectorPanel</name>
    <message>
        <source>Filter packets (topic, client ID, …)</source>
        <translation>过滤数据包（主题、客户端 ID…）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Hide pings</source>
        <translation>隐藏 ping</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest packet in view</source>
        <translation>保持最新数据包可见</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message numerus="yes">
        <source>Raw bytes (%n bytes):</source>
        <translation>
            <numerusform>原始字节（%n 字节）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest packets dropped</source>
        <translation>
            <numerusform>已丢弃 %n 个最早的数据包</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gui::MainWindow</name>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>MQTT Workbench</source>
        <translation>MQTT Workbench</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot;?</source>
        <translation>删除连接“%1”？</translation>
    </message>
    <message>
        <source>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;Open a saved connection from the &lt;b&gt;Connections&lt;/b&gt; panel (double-click), or create a new one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MQTT Workbench&lt;/h2&gt;&lt;p&gt;在&lt;b&gt;连接&lt;/b&gt;面板中双击打开已保存的连接，或新建一个连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New connection…</source>
        <translation>新建连接…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import connections…</source>
        <translation>导入连接(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export connections…</source>
        <translation>导出连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>新建连接(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save subscriptions to the connection</source>
        <translation>将订阅保存到连接(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;lose tab</source>
        <translation>关闭标签页(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Pause live view</source>
        <translation>暂停实时视图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find messages</source>
        <translation>查找消息(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Publish &amp;now</source>
        <translation>立即发布(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About MQTT Workbench</source>
        <translation>关于 MQTT Workbench(&amp;A)</translation>
    </message>
    <message>
        <source>About MQTT Workbench</source>
        <translation>关于 MQTT Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;Watch topics live, publish test messages and run a local broker.&lt;/p&gt;&lt;p&gt;License: MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MQTT Workbench %1&lt;/h3&gt;&lt;p&gt;实时观察主题、发布测试消息并运行本地代理。&lt;/p&gt;&lt;p&gt;许可证：MIT&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <source>No password in the keychain for %1</source>
        <translation>密钥环中没有 %1 的密码</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>The keychain is not available (%1); the password is kept for this session only</source>
        <translation>密钥环不可用（%1）；密码仅在本次会话中保留</translation>
    </message>
    <message>
        <source>Import connections</source>
        <translation>导入连接</translation>
    </message>
    <message>
        <source>Connection profiles (*.json)</source>
        <translation>连接配置（*.json）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n connection(s)</source>
        <translation>
            <numerusform>已导入 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Export connections</source>
        <translation>导出连接</translation>
    </message>
    <message>
        <source>Exported to %1 (passwords are not exported)</source>
        <translation>已导出到 %1（不导出密码）</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Message history per connection (oldest messages are dropped first):</source>
        <translation>每个连接的消息历史（最早的消息最先丢弃）：</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>History of each topic (message detail ▸ History and chart); when all topics together reach their memory, the busiest topics give up their oldest messages first:</source>
        <translation>每个主题的历史（消息详情 ▸ 历史和图表）；所有主题合计达到内存上限时，最活跃的主题先丢弃其最旧的消息：</translation>
    </message>
    <message>
        <source>Messages per topic</source>
        <translation>每个主题的消息数</translation>
    </message>
    <message>
        <source>Memory per topic</source>
        <translation>每个主题的内存</translation>
    </message>
    <message>
        <source>Memory for all topics</source>
        <translation>所有主题的内存</translation>
    </message>
</context>
<context>
    <name>gui::MessageDetailView</name>
    <message>
        <source>How to show the payload</source>
        <translation>负载的显示方式</translation>
    </message>
    <message>
        <source>Copy topic</source>
        <translation>复制主题</translation>
    </message>
    <message>
        <source>Copy payload</source>
        <translation>复制负载</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Select an earlier value to compare it with the shown message</source>
        <translation>选择一个较早的值与所示消息比较</translation>
    </message>
    <message>
        <source>JSON field (e.g. temperature or data.value); empty = whole payload</source>
        <translation>JSON 字段（例如 temperature 或 data.value）；留空 = 整个负载</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
    <message>
        <source>Select a message or a topic to see its payload.</source>
        <translation>选择一条消息或一个主题以查看其负载。</translation>
    </message>
    <message>
        <source>%1 · QoS %2%3 · %4</source>
        <translation>%1 · QoS %2%3 · %4</translation>
    </message>
    <message>
        <source> · retained</source>
        <translation> · 保留</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 — show more</source>
        <translation>显示前 %1 条，共 %2 条 — 显示更多</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>No MQTT 5 properties</source>
        <translation>无 MQTT 5 属性</translation>
    </message>
    <message>
        <source>Payload format</source>
        <translation>负载格式</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8 文本</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>消息过期</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>响应主题</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <source>Subscription identifier</source>
        <translation>订阅标识符</translation>
    </message>
    <message>
        <source>Topic alias</source>
        <translation>主题别名</translation>
    </message>
    <message>
        <source>User property: %1</source>
        <translation>用户属性：%1</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>历史（%1）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Changes from %1 to the shown message (%2):&lt;/p&gt;</source>
        <translation>&lt;p&gt;从 %1 到所示消息的变化（%2）：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Topic copied</source>
        <translation>已复制主题</translation>
    </message>
    <message>
        <source>Payload copied (%1)</source>
        <translation>已复制负载（%1）</translation>
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
        <translation>加载 .proto…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>使用 Protobuf 模式解码负载</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>此版本不支持 Protobuf</translation>
    </message>
    <message>
        <source>Message type of the payload</source>
        <translation>负载的消息类型</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>Too large to decode.</source>
        <translation>太大，无法解码。</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>无效的 Sparkplug B 负载：%1</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>请加载 .proto 文件以解码 Protobuf 负载。</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>无法按 %1 解码：%2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The numeric field to chart: pick one of the payload&apos;s or type a path; the choice is kept for the topic</source>
        <translation>要绘制的数值字段：从负载中选择一个或输入路径；该选择按主题记住</translation>
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
        <translation>保留消息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>gui::PasswordVault</name>
    <message>
        <source>No keychain support in this build</source>
        <translation>此版本不支持密钥环</translation>
    </message>
</context>
<context>
    <name>gui::ProfileDialog</name>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>验证代理的证书</translation>
    </message>
    <message>
        <source>Do not check the host name in the certificate</source>
        <translation>不检查证书中的主机名</translation>
    </message>
    <message>
        <source>Clean start</source>
        <translation>清除会话</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Request response information</source>
        <translation>请求响应信息</translation>
    </message>
    <message>
        <source>Send a last will</source>
        <translation>发送遗嘱消息</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Reconnect automatically</source>
        <translation>自动重新连接</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Subscribe on connect to</source>
        <translation>连接时订阅</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883</source>
        <translation>mqtt://broker.example.com:1883</translation>
    </message>
    <message>
        <source>{mqtt,mqtts,ws,wss}://[user[:password]@]host[:port][/path]</source>
        <translation>{mqtt,mqtts,ws,wss}://[用户[:密码]@]主机[:端口][/路径]</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Remember the password (in the system keychain)</source>
        <translation>记住密码（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>Store the password in the profile file (unencrypted)</source>
        <translation>将密码保存在配置文件中（未加密）</translation>
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
        <translation>端口</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Client private key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>自动生成</translation>
    </message>
    <message>
        <source>name: value, one per line</source>
        <translation>名称: 值，每行一个</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Session expiry</source>
        <translation>会话过期</translation>
    </message>
    <message>
        <source>Keep alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>Receive maximum</source>
        <translation>接收最大值</translation>
    </message>
    <message>
        <source>Maximum packet size (0 = no limit)</source>
        <translation>最大数据包大小（0 = 无限制）</translation>
    </message>
    <message>
        <source>Topic alias maximum</source>
        <translation>主题别名最大值</translation>
    </message>
    <message>
        <source>User properties</source>
        <translation>用户属性</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
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
        <translation>主题</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Delay (MQTT 5)</source>
        <translation>延迟（MQTT 5）</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>遗嘱</translation>
    </message>
    <message>
        <source>Header: value, one per line</source>
        <translation>头: 值，每行一个</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>HTTP headers</source>
        <translation>HTTP 头</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>首次延迟</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>最长延迟</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Reconnect &amp;&amp; subscribe</source>
        <translation>重新连接并订阅</translation>
    </message>
    <message>
        <source>The URL is not usable: %1</source>
        <translation>URL 无法使用：%1</translation>
    </message>
    <message>
        <source>Enter the broker&apos;s host name or address.</source>
        <translation>请输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>The will needs a topic without &apos;+&apos; or &apos;#&apos;.</source>
        <translation>遗嘱消息需要不含 &apos;+&apos; 或 &apos;#&apos; 的主题。</translation>
    </message>
    <message>
        <source>The subscription on connect is not a valid topic filter.</source>
        <translation>连接时的订阅不是有效的主题过滤器。</translation>
    </message>
    <message>
        <source>These settings cannot work: %1</source>
        <translation>这些设置无法工作：%1</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>仅保存</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>gui::ProfileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 不是配置文件：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>gui::ProfilesPanel</name>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Open the selected connection in a new tab</source>
        <translation>在新标签页中打开所选连接</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create a connection profile</source>
        <translation>创建连接配置</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>编辑所选配置</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected profile</source>
        <translation>复制所选配置</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>删除所选配置</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add profiles from a file</source>
        <translation>从文件添加配置</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the profiles to a file (without passwords)</source>
        <translation>将配置保存到文件（不含密码）</translation>
    </message>
</context>
<context>
    <name>gui::PublishPanel</name>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 属性</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
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
        <translation>发布（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add user property</source>
        <translation>添加用户属性</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Response topic</source>
        <translation>响应主题</translation>
    </message>
    <message>
        <source>Correlation data</source>
        <translation>关联数据</translation>
    </message>
    <message>
        <source>Message expiry</source>
        <translation>消息过期</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Interval between repeated publishes</source>
        <translation>重复发布的间隔</translation>
    </message>
    <message>
        <source>Publish again and again at the interval</source>
        <translation>按间隔重复发布</translation>
    </message>
    <message>
        <source>Double-click to load a message into the editor</source>
        <translation>双击将消息载入编辑器</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the message in a named collection</source>
        <translation>将消息保存到命名集合</translation>
    </message>
    <message>
        <source>Enter a topic</source>
        <translation>输入主题</translation>
    </message>
    <message>
        <source>A topic to publish to cannot contain &apos;+&apos; or &apos;#&apos;</source>
        <translation>发布的主题不能包含 &apos;+&apos; 或 &apos;#&apos;</translation>
    </message>
    <message>
        <source>Publish failed: %1</source>
        <translation>发布失败：%1</translation>
    </message>
    <message>
        <source>Published to %1</source>
        <translation>已发布到 %1</translation>
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
        <translation>已保存</translation>
    </message>
    <message>
        <source>Save message</source>
        <translation>保存消息</translation>
    </message>
    <message>
        <source>Collection / name (e.g. Lights/Kitchen on):</source>
        <translation>集合 / 名称（例如 灯光/厨房开）：</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>已保存“%1”</translation>
    </message>
    <message>
        <source>%1 (typed as JSON)</source>
        <translation>%1（以 JSON 输入）</translation>
    </message>
    <message>
        <source>The payload is not valid %1: %2</source>
        <translation>负载不是有效的 %1：%2</translation>
    </message>
    <message>
        <source>Published to %1, but no subscriber matched</source>
        <translation>已发布到 %1，但没有匹配的订阅者</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>gui::RecordingPanel</name>
    <message>
        <source>Open a connection to record it.</source>
        <translation>请先打开一个连接再录制。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Invalid broker URL: %1</source>
        <translation>无效的代理 URL：%1</translation>
    </message>
    <message>
        <source>Record messages to</source>
        <translation>将消息录制到</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>打开录制</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>导出消息</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Record connection</source>
        <translation>录制连接</translation>
    </message>
    <message>
        <source>Record the messages of the current connection to a file</source>
        <translation>将当前连接的消息录制到文件</translation>
    </message>
    <message>
        <source>Open recording…</source>
        <translation>打开录制…</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>导出消息…</translation>
    </message>
    <message>
        <source>Save the messages of the current view as JSON Lines or CSV</source>
        <translation>将当前视图的消息保存为 JSON Lines 或 CSV</translation>
    </message>
    <message>
        <source>Replay to:</source>
        <translation>回放到：</translation>
    </message>
    <message>
        <source>Local broker</source>
        <translation>本地代理</translation>
    </message>
    <message>
        <source>Current connection</source>
        <translation>当前连接</translation>
    </message>
    <message>
        <source>Broker URL</source>
        <translation>代理 URL</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n messages</source>
        <translation>
            <numerusform>正在录制到 %1：%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>未在录制。</translation>
    </message>
    <message>
        <source>No recording opened.</source>
        <translation>未打开录制。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n messages</source>
        <translation>
            <numerusform>%1：%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop replay</source>
        <translation>停止回放</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>gui::SchemaPanel</name>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>Select a message to decode it.</source>
        <translation>选择一条消息以解码。</translation>
    </message>
    <message>
        <source>Sparkplug B payload on %1</source>
        <translation>%1 上的 Sparkplug B 负载</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>无效的 Sparkplug B 负载：%1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>Cannot decode as %1: %2</source>
        <translation>无法按 %1 解码：%2</translation>
    </message>
    <message>
        <source>Sparkplug B topics (spBv1.0/…) are decoded as they are; for Protobuf payloads load a .proto file.</source>
        <translation>Sparkplug B 主题（spBv1.0/…）会直接解码；Protobuf 负载请加载 .proto 文件。</translation>
    </message>
    <message>
        <source>Open Protobuf schema</source>
        <translation>打开 Protobuf 模式</translation>
    </message>
    <message>
        <source>Protobuf schema (*.proto)</source>
        <translation>Protobuf 模式 (*.proto)</translation>
    </message>
    <message>
        <source>Load .proto…</source>
        <translation>加载 .proto…</translation>
    </message>
    <message>
        <source>Decode payloads with a Protobuf schema</source>
        <translation>使用 Protobuf 模式解码负载</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>此版本不支持 Protobuf</translation>
    </message>
</context>
<context>
    <name>gui::SubscriptionsPanel</name>
    <message>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Topic filter, e.g. sensors/+/temperature</source>
        <translation>主题过滤器，例如 sensors/+/temperature</translation>
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
        <translation>订阅</translation>
    </message>
    <message>
        <source>Not a valid topic filter: &apos;#&apos; must be last and alone in its level, &apos;+&apos; alone in its level</source>
        <translation>无效的主题过滤器：&apos;#&apos; 必须位于最后且独占一级，&apos;+&apos; 必须独占一级</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Subscribed (QoS %1)</source>
        <translation>已订阅（QoS %1）</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>已取消订阅</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>No local: do not receive own messages</source>
        <translation>No Local：不接收自己的消息</translation>
    </message>
    <message>
        <source>Retain as published: keep the publisher&apos;s retain flag</source>
        <translation>Retain as Published：保留发布者的保留标志</translation>
    </message>
    <message>
        <source>Double-click a subscription to change its colour; right-click or Delete to unsubscribe</source>
        <translation>双击订阅可更改其颜色；右键或按 Delete 取消订阅</translation>
    </message>
    <message>
        <source>Retained messages on subscribe</source>
        <translation>订阅时的保留消息</translation>
    </message>
    <message>
        <source>Send them</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send them only for a new subscription</source>
        <translation>仅在新订阅时发送</translation>
    </message>
    <message>
        <source>Do not send them</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>MQTT 5 subscription options</source>
        <translation>MQTT 5 订阅选项</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <source>Waiting for the connection</source>
        <translation>等待连接</translation>
    </message>
</context>
<context>
    <name>gui::SysDashboard</name>
    <message>
        <source>Broker</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Publish packets</source>
        <translation>PUBLISH 数据包</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Load (per minute averages)</source>
        <translation>负载（每分钟平均）</translation>
    </message>
    <message>
        <source>Retained messages</source>
        <translation>保留消息</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Message store</source>
        <translation>消息存储</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min %4 s</source>
        <translation>%1 天 %2 小时 %3 分 %4 秒</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Open a connection to see the status its broker publishes.</source>
        <translation>打开一个连接以查看其代理发布的状态。</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>未在监视。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1; waiting for $SYS topics (the broker may not publish any, or publish them only every few seconds).</source>
        <translation>已连接到 %1；正在等待 $SYS 主题（代理可能不发布，或每隔几秒才发布一次）。</translation>
    </message>
    <message numerus="yes">
        <source>%n $SYS topics from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 个 $SYS 主题</numerusform>
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
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Retained value</source>
        <translation>保留值</translation>
    </message>
    <message>
        <source>%1
%2 messages on this topic, %3 in the subtree (%4 topics)</source>
        <translation>%1
此主题 %2 条消息，子树中 %3 条（%4 个主题）</translation>
    </message>
    <message>
        <source>Last value; a coloured mark means the broker keeps it as the retained value</source>
        <translation>最新值；彩色标记表示代理将其作为保留值保存</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后</translation>
    </message>
</context>
<context>
    <name>gui::ValueChart</name>
    <message>
        <source>No numeric values on this topic yet</source>
        <translation>此主题尚无数值</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n values)</source>
        <translation>
            <numerusform>%1（%n 个值）</numerusform>
        </translation>
    </message>
</context>
</TS>
