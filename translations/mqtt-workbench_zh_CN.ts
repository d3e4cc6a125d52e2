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
    <name>cli::ArgumentParser</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>选项 %1 不接受值</translation>
    </message>
    <message>
        <source>option %1 needs %2</source>
        <translation>选项 %1 需要 %2</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench %1 %2
</source>
        <translation>用法：mqtt-workbench %1 %2
</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
</context>
<context>
    <name>cli::BenchConnection</name>
    <message>
        <source>subscription to %1 refused: %2</source>
        <translation>订阅 %1 被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>cli::CliText</name>
    <message>
        <source><byte value="xd"/>%1 s  connected %2/%3  sent %4  received %5  acked %6   </source>
        <translation><byte value="xd"/>%1 秒  已连接 %2/%3  已发送 %4  已接收 %5  已确认 %6   </translation>
    </message>
    <message>
        <source>bench conn: %1 connections in %2 s = %3 conn/s
</source>
        <translation>bench conn：%2 秒内 %1 个连接 = %3 连接/秒
</translation>
    </message>
    <message>
        <source>bench %1: %2 clients, QoS %3, %4-byte payloads
</source>
        <translation>bench %1：%2 个客户端，QoS %3，%4 字节负载
</translation>
    </message>
    <message>
        <source>  sent %1 from %2 publisher(s), received %3 of %4 (lost %5)
</source>
        <translation>  已发送 %1（来自 %2 个发布者），已接收 %3 / %4（丢失 %5）
</translation>
    </message>
    <message>
        <source>  sent %1 messages%2
</source>
        <translation>  已发送 %1 条消息%2
</translation>
    </message>
    <message>
        <source>, %1 acknowledged</source>
        <translation>，%1 条已确认</translation>
    </message>
    <message>
        <source>  %1 msg/s, %2 MB/s over %3 s
</source>
        <translation>  %1 条/秒，%2 MB/秒，历时 %3 秒
</translation>
    </message>
    <message>
        <source>  %1 latency ms: p50 %2  p90 %3  p99 %4  max %5
</source>
        <translation>  延迟（%1）毫秒：p50 %2  p90 %3  p99 %4  最大 %5
</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>end-to-end</source>
        <translation>端到端</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>  bench CPU %1 s (%2% of one core)</source>
        <translation>  bench CPU %1 秒（单核的 %2%）</translation>
    </message>
    <message>
        <source>, broker CPU %1 s (%2%)</source>
        <translation>，代理 CPU %1 秒（%2%）</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>clients: publishers (pub), subscribers (sub), connections (conn); default 10</source>
        <translation>客户端数：发布者（pub）、订阅者（sub）、连接（conn）；默认 10</translation>
    </message>
    <message>
        <source>sub, flood, latency: publishers feeding the subscribers (default 1; flood 8)</source>
        <translation>sub、flood、latency：向订阅者发送的发布者数（默认 1；flood 为 8）</translation>
    </message>
    <message>
        <source>messages per publisher (default 10000); retained: messages stored (default 100000); large: messages (default 200)</source>
        <translation>每个发布者的消息数（默认 10000）；retained：存储的消息数（默认 100000）；large：消息数（默认 200）</translation>
    </message>
    <message>
        <source>messages per second per publisher (default: as fast as possible; latency 5000)</source>
        <translation>每个发布者每秒的消息数（默认：尽可能快；latency 为 5000）</translation>
    </message>
    <message>
        <source>QoS of publishes and subscriptions (default 0; latency 1; retained: 0, 1 and 2 in turn)</source>
        <translation>发布和订阅的 QoS（默认 0；latency 为 1；retained：依次为 0、1、2）</translation>
    </message>
    <message>
        <source>payload size, at least 20 (default 64; large 1048576)</source>
        <translation>负载大小，至少 20（默认 64；large 为 1048576）</translation>
    </message>
    <message>
        <source>topic; %i is the publisher index, &apos;+&apos; for subscribers (default bench/%i)</source>
        <translation>主题；%i 为发布者序号，订阅者用“+”（默认 bench/%i）</translation>
    </message>
    <message>
        <source>flood, latency, noack: seconds of publishing (default 10; noack 15)</source>
        <translation>flood、latency、noack：发布的秒数（默认 10；noack 为 15）</translation>
    </message>
    <message>
        <source>large: megabytes a second the subscriber reads (default 20)</source>
        <translation>large：订阅者每秒读取的兆字节数（默认 20）</translation>
    </message>
    <message>
        <source>retained: the narrow filter (default sensor/42/+)</source>
        <translation>retained：窄过滤器（默认 sensor/42/+）</translation>
    </message>
    <message>
        <source>end when no message came for SECONDS after publishing (default 5)</source>
        <translation>发布后 SECONDS 秒内没有消息到达则结束（默认 5）</translation>
    </message>
    <message>
        <source>also report the CPU time and memory (VmRSS) of the broker process</source>
        <translation>同时报告代理进程的 CPU 时间和内存（VmRSS）</translation>
    </message>
    <message>
        <source>the broker&apos;s name in result lines (default broker)</source>
        <translation>结果行中代理的名称（默认 broker）</translation>
    </message>
    <message>
        <source>print the summary as one JSON object</source>
        <translation>将摘要输出为一个 JSON 对象</translation>
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
        <translation>模式：
  pub       每个发布者发送 COUNT 条消息；QoS 1/2 报告确认延迟
  sub       订阅者从 --publishers 接收；报告端到端延迟（发送时间随负载传递）
  conn      打开客户端连接并保持空闲；报告连接延迟，配合 --broker-pid 报告每个连接占用的代理内存
  retained  存储 COUNT 条保留消息 sensor/&lt;i/1000&gt;/&lt;i%1000&gt;；新客户端以 QoS 0、1、2 订阅“#”以及 --filter；报告到达数和到最后一条的时间；结束时清除
  flood     --publishers 以 TCP 允许的最快速度向一个订阅者发送，持续 --duration
  latency   一个发布者以稳定速率 -r（5000）、QoS 1 向一个订阅者发送，持续 --duration；往返时间 p50/p99/最大
  noack     一个从不发送 PUBACK 的 QoS 1 订阅者与一个正常订阅者并存；一个不等待 PUBACK 的 3.1.1 发布者和一个 5.0 发布者；报告正常订阅者的份额、发布者的进度以及（--broker-pid）代理的内存
  large     以 QoS 1 向以 --read-rate MB/秒读取的持久订阅者发送 COUNT 条 -s 字节的消息；报告投递、重新投递和断开
每条消息都带有其发布者和序列号：每种模式以一行 `scenario=M broker=LABEL &lt;rates&gt; lost=N dup=N &lt;figures&gt;` 结束（lost：序列缺口，dup：重复到达；无法判断处为“?”）。
bench 客户端通过普通 TCP（mqtt://）使用 MQTT，不启用 keep-alive。
</translation>
    </message>
    <message>
        <source>give one mode: pub, sub, conn, %1</source>
        <translation>请指定一种模式：pub、sub、conn、%1</translation>
    </message>
    <message>
        <source>bench connects over plain TCP (mqtt://) only</source>
        <translation>bench 只通过普通 TCP（mqtt://）连接</translation>
    </message>
    <message>
        <source>-r must be a positive number of messages per second</source>
        <translation>-r 必须是每秒消息数的正数</translation>
    </message>
    <message>
        <source>--%1 must be a positive number</source>
        <translation>--%1 必须是正数</translation>
    </message>
    <message>
        <source>SIGHUP: no configuration file, nothing to reload.</source>
        <translation>SIGHUP：没有配置文件，无需重新加载。</translation>
    </message>
    <message>
        <source>Reloaded the password and ACL files.</source>
        <translation>已重新加载密码文件和 ACL 文件。</translation>
    </message>
    <message>
        <source>reload failed, keeping the previous password and ACL rules: %1</source>
        <translation>重新加载失败，保留之前的密码和 ACL 规则：%1</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>configuration file (YAML or JSON)</source>
        <translation>配置文件（YAML 或 JSON）</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TCP port (default 1883; 0 picks a free one)</source>
        <translation>TCP 端口（默认 1883；0 表示选择一个空闲端口）</translation>
    </message>
    <message>
        <source>also listen for MQTT over WebSocket on this port</source>
        <translation>同时在此端口上监听基于 WebSocket 的 MQTT</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>address to listen on (default: all)</source>
        <translation>监听地址（默认：全部）</translation>
    </message>
    <message>
        <source>server certificate (PEM): the listeners use TLS (default port 8883)</source>
        <translation>服务器证书（PEM）：监听器使用 TLS（默认端口 8883）</translation>
    </message>
    <message>
        <source>private key of --certfile (PEM)</source>
        <translation>--certfile 的私钥（PEM）</translation>
    </message>
    <message>
        <source>CA certificates (PEM) that verify client certificates, when clients present one</source>
        <translation>在客户端出示证书时用于验证客户端证书的 CA 证书（PEM）</translation>
    </message>
    <message>
        <source>keep sessions, queued and retained messages in this SQLite file across restarts (durable: a message is acknowledged once stored)</source>
        <translation>在此 SQLite 文件中保存会话、排队消息和保留消息，重启后仍保留（持久：消息存储后才确认）</translation>
    </message>
    <message>
        <source>log every connect, subscribe, unsubscribe and disconnect to stderr</source>
        <translation>将每次连接、订阅、取消订阅和断开记录到 stderr</translation>
    </message>
    <message>
        <source>Runs the MQTT 3.1 / 3.1.1 / 5.0 broker without the GUI. -p, --ws-port, --bind and --certfile replace the configuration&apos;s listeners. SIGHUP re-reads the password and ACL files; SIGINT / SIGTERM stop it.

Exit codes: 0 stopped by a signal, 1 configuration or start-up error, 2 bad option.
</source>
        <translation>在没有图形界面的情况下运行 MQTT 3.1 / 3.1.1 / 5.0 代理。-p、--ws-port、--bind 和 --certfile 会替换配置中的监听器。SIGHUP 重新读取密码文件和 ACL 文件；SIGINT / SIGTERM 停止代理。

退出码：0 被信号停止，1 配置或启动错误，2 选项错误。
</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>无效端口：%1</translation>
    </message>
    <message>
        <source>--certfile and --keyfile must be given together</source>
        <translation>--certfile 和 --keyfile 必须同时指定</translation>
    </message>
    <message>
        <source>--cafile goes with --certfile and --keyfile</source>
        <translation>--cafile 需与 --certfile 和 --keyfile 一起使用</translation>
    </message>
    <message>
        <source>invalid bind address: %1</source>
        <translation>无效的绑定地址：%1</translation>
    </message>
    <message>
        <source>New client connected from %1 as %2 (MQTT %3, clean %4, keep-alive %5%6).</source>
        <translation>新客户端从 %1 连接，身份为 %2（MQTT %3，clean %4，keep-alive %5%6）。</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>，用户 %1</translation>
    </message>
    <message>
        <source>Client %1 disconnected (%2).</source>
        <translation>客户端 %1 已断开（%2）。</translation>
    </message>
    <message>
        <source>Client %1 subscribed to %2 (QoS %3).</source>
        <translation>客户端 %1 订阅了 %2（QoS %3）。</translation>
    </message>
    <message>
        <source>Client %1 unsubscribed from %2.</source>
        <translation>客户端 %1 取消订阅了 %2。</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3: %4).</source>
        <translation>桥接 %1 状态为 %2（%3：%4）。</translation>
    </message>
    <message>
        <source>Bridge %1 is %2 (%3).</source>
        <translation>桥接 %1 状态为 %2（%3）。</translation>
    </message>
    <message>
        <source>Listening on %1 port %2 (%3).</source>
        <translation>正在监听 %1 端口 %2（%3）。</translation>
    </message>
    <message>
        <source>Sessions and retained messages are kept in %1 (%2).</source>
        <translation>会话和保留消息保存在 %1 中（%2）。</translation>
    </message>
    <message>
        <source>Broker stopped.</source>
        <translation>代理已停止。</translation>
    </message>
    <message>
        <source> (see --help)</source>
        <translation>（参见 --help）</translation>
    </message>
    <message>
        <source>subscription to &apos;%1&apos; refused: %2</source>
        <translation>对“%1”的订阅被拒绝：%2</translation>
    </message>
    <message>
        <source>all subscription requests were denied</source>
        <translation>所有订阅请求都被拒绝</translation>
    </message>
    <message>
        <source>invalid topic filter &apos;%1&apos;</source>
        <translation>无效的主题过滤器“%1”</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>找不到主机：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>WebSocket handshake with %1 failed: %2</source>
        <translation>与 %1 的 WebSocket 握手失败：%2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>timed out connecting to %1</source>
        <translation>连接 %1 超时</translation>
    </message>
    <message>
        <source>connection refused by %1: not authorized (%2)</source>
        <translation>%1 拒绝连接：未授权（%2）</translation>
    </message>
    <message>
        <source>connection refused by %1: %2</source>
        <translation>%1 拒绝连接：%2</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>与 %1 的连接已丢失</translation>
    </message>
    <message>
        <source>disconnected by %1: %2</source>
        <translation>被 %1 断开：%2</translation>
    </message>
    <message>
        <source>cannot set up the terminal</source>
        <translation>无法设置终端</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable; as FILTER)</source>
        <translation>要订阅的主题过滤器（可重复；同 FILTER）</translation>
    </message>
    <message>
        <source>do not show topics matching FILTER (repeatable)</source>
        <translation>不显示匹配 FILTER 的主题（可重复）</translation>
    </message>
    <message>
        <source>maximum QoS of the subscriptions (default 0)</source>
        <translation>订阅的最大 QoS（默认 0）</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>show payloads as %1 (default auto; &apos;f&apos; cycles)</source>
        <translation>以 %1 显示负载（默认 auto；按“f”切换）</translation>
    </message>
    <message>
        <source>first sort order: topic, count, rate or age (default topic; &apos;s&apos; cycles)</source>
        <translation>初始排序：topic、count、rate 或 age（默认 topic；按“s”切换）</translation>
    </message>
    <message>
        <source>print no error messages</source>
        <translation>不输出错误信息</translation>
    </message>
    <message>
        <source>Keys: q quit, p pause, s sort (topic, count, rate, age), r reverse, / filter (text, or an MQTT filter with + or #), f format, c clear, Up/Down/PgUp/PgDn/Home/End move, Enter the whole payload (Esc back), Ctrl-L redraw. SIGINT and SIGTERM end it like q.
Exit codes: as sub&apos;s: 0 success, 1 subscriptions denied, 2 bad option or not a terminal, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>按键：q 退出，p 暂停，s 排序（topic、count、rate、age），r 反转，/ 过滤（文本，或含 + 或 # 的 MQTT 过滤器），f 格式，c 清空，Up/Down/PgUp/PgDn/Home/End 移动，Enter 查看完整负载（Esc 返回），Ctrl-L 重绘。SIGINT 和 SIGTERM 与 q 一样结束。
退出码：与 sub 相同：0 成功，1 订阅被拒绝，2 选项错误或不是终端，3 无法连接，4 找不到主机，5 TLS 失败，6 代理拒绝连接，7 凭据错误或未授权，8 超时，9 连接丢失。
</translation>
    </message>
    <message>
        <source>--proto and --proto-type go with --format protobuf</source>
        <translation>--proto 和 --proto-type 需与 --format protobuf 一起使用</translation>
    </message>
    <message>
        <source>--format protobuf: this build has no Protobuf support</source>
        <translation>--format protobuf：此构建不支持 Protobuf</translation>
    </message>
    <message>
        <source>--format protobuf needs --proto FILE</source>
        <translation>--format protobuf 需要 --proto FILE</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &apos;%2&apos;</source>
        <translation>--format 必须是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>no topic given: monitor FILTER (e.g. monitor &apos;#&apos;)</source>
        <translation>未指定主题：monitor FILTER（例如 monitor &apos;#&apos;）</translation>
    </message>
    <message>
        <source>--sort must be topic, count, rate or age, not &apos;%1&apos;</source>
        <translation>--sort 必须是 topic、count、rate 或 age，而不是“%1”</translation>
    </message>
    <message>
        <source>standard input is not a terminal: monitor reads its keys from one (use sub to print messages)</source>
        <translation>标准输入不是终端：monitor 从终端读取按键（打印消息请使用 sub）</translation>
    </message>
    <message>
        <source>standard output is not a terminal: monitor draws a full-screen view (use sub to print messages)</source>
        <translation>标准输出不是终端：monitor 绘制全屏视图（打印消息请使用 sub）</translation>
    </message>
    <message>
        <source>Run &apos;mqtt-workbench passwd --help&apos; for usage.</source>
        <translation>运行“mqtt-workbench passwd --help”查看用法。</translation>
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
        <translation>用法：mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] FILE USER
      mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b FILE USER PASSWORD
      mqtt-workbench passwd -U FILE

为代理的 auth.password-file 创建和更新密码文件，格式与 mosquitto_passwd
相同（文件可用于两种代理）。

  -b        批处理模式：密码为最后一个参数
  -c        创建文件，替换已有文件
  -D        从文件中删除 USER
  -H HASH   sha512-pbkdf2（默认，$7$）或 sha512（$6$，mosquitto 1.6）
  -U        对 FILE 中的每个明文密码进行哈希（user:password 行）
  -h, --help  显示此帮助

没有 -b 时，若标准输入是终端，则不回显地询问两次密码；否则密码为标准输入
的第一行。

退出码：0 成功，1 文件、用户或密码问题，2 命令行错误。
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1:%2: expected user:password</source>
        <translation>%1:%2：应为 user:password</translation>
    </message>
    <message>
        <source>-H needs a value: sha512-pbkdf2 or sha512</source>
        <translation>-H 需要一个值：sha512-pbkdf2 或 sha512</translation>
    </message>
    <message>
        <source>unknown hash &apos;%1&apos; (use sha512-pbkdf2 or sha512)</source>
        <translation>未知哈希“%1”（请使用 sha512-pbkdf2 或 sha512）</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>-U takes only a FILE</source>
        <translation>-U 只接受一个 FILE</translation>
    </message>
    <message>
        <source>-c and -D cannot be used together</source>
        <translation>-c 和 -D 不能同时使用</translation>
    </message>
    <message>
        <source>-b and -D cannot be used together</source>
        <translation>-b 和 -D 不能同时使用</translation>
    </message>
    <message>
        <source>expected FILE USER PASSWORD</source>
        <translation>应为 FILE USER PASSWORD</translation>
    </message>
    <message>
        <source>expected FILE USER</source>
        <translation>应为 FILE USER</translation>
    </message>
    <message>
        <source>user names must not be empty or contain &apos;:&apos;</source>
        <translation>用户名不能为空，也不能包含“:”</translation>
    </message>
    <message>
        <source>user %1 is not in %2</source>
        <translation>用户 %1 不在 %2 中</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>未提供密码</translation>
    </message>
    <message>
        <source>Reenter password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>passwords do not match</source>
        <translation>密码不匹配</translation>
    </message>
    <message>
        <source>the password must not be empty</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <source>%1 defines no message type</source>
        <translation>%1 未定义任何消息类型</translation>
    </message>
    <message>
        <source>%1 defines several message types (%2): choose one with --proto-type</source>
        <translation>%1 定义了多个消息类型（%2）：请用 --proto-type 选择一个</translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos; in %2 (it defines: %3)</source>
        <translation>%2 中没有消息类型“%1”（其定义的有：%3）</translation>
    </message>
    <message>
        <source>no message type</source>
        <translation>没有消息类型</translation>
    </message>
    <message>
        <source>published to &apos;%1&apos;, but no subscriber matched</source>
        <translation>已发布到“%1”，但没有匹配的订阅者</translation>
    </message>
    <message>
        <source>publish to &apos;%1&apos; failed: %2</source>
        <translation>发布到“%1”失败：%2</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>topic to publish to</source>
        <translation>要发布到的主题</translation>
    </message>
    <message>
        <source>send MESSAGE</source>
        <translation>发送 MESSAGE</translation>
    </message>
    <message>
        <source>send the contents of FILE as one message</source>
        <translation>将 FILE 的内容作为一条消息发送</translation>
    </message>
    <message>
        <source>send each line of stdin as a message, as the lines arrive</source>
        <translation>将 stdin 的每一行在到达时作为一条消息发送</translation>
    </message>
    <message>
        <source>send all of stdin as one message</source>
        <translation>将整个 stdin 作为一条消息发送</translation>
    </message>
    <message>
        <source>send an empty message</source>
        <translation>发送一条空消息</translation>
    </message>
    <message>
        <source>quality of service 0, 1 or 2 (default 0)</source>
        <translation>服务质量（QoS）0、1 或 2（默认 0）</translation>
    </message>
    <message>
        <source>retain the message</source>
        <translation>保留（retain）该消息</translation>
    </message>
    <message>
        <source>send the message COUNT times</source>
        <translation>发送该消息 COUNT 次</translation>
    </message>
    <message>
        <source>wait SECONDS (fractions allowed) between repeats</source>
        <translation>每次重复之间等待 SECONDS 秒（可为小数）</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 a publish failed, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout, 9 connection lost.
</source>
        <translation>退出码：0 成功，1 发布失败，2 选项错误，3 无法连接，4 找不到主机，5 TLS 失败，6 代理拒绝连接，7 凭据错误或未授权，8 超时，9 连接丢失。
</translation>
    </message>
    <message>
        <source>no message given: use -m, -f, -l, -s or -n</source>
        <translation>未提供消息：请使用 -m、-f、-l、-s 或 -n</translation>
    </message>
    <message>
        <source>only one of -m, -f, -l, -s and -n may be given</source>
        <translation>-m、-f、-l、-s 和 -n 只能指定一个</translation>
    </message>
    <message>
        <source>cannot read stdin: %1</source>
        <translation>无法读取 stdin：%1</translation>
    </message>
    <message>
        <source>no topic given: use -t TOPIC</source>
        <translation>未指定主题：请使用 -t TOPIC</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;: a topic name has no &apos;+&apos; or &apos;#&apos;</source>
        <translation>无效主题“%1”：主题名不能包含“+”或“#”</translation>
    </message>
    <message>
        <source>cannot read the message as %1: %2</source>
        <translation>无法按 %1 读取消息：%2</translation>
    </message>
    <message>
        <source>--repeat-delay must be a number of seconds from 0 to 86400</source>
        <translation>--repeat-delay 必须是 0 到 86400 之间的秒数</translation>
    </message>
    <message numerus="yes">
        <source>timed out after %n second(s) (-W)</source>
        <translation>
            <numerusform>%n 秒后超时（-W）</numerusform>
        </translation>
    </message>
    <message>
        <source>topic filter to subscribe to (repeatable)</source>
        <translation>要订阅的主题过滤器（可重复）</translation>
    </message>
    <message>
        <source>do not print messages matching FILTER (repeatable)</source>
        <translation>不打印匹配 FILTER 的消息（可重复）</translation>
    </message>
    <message>
        <source>unsubscribe from FILTER after connecting (repeatable)</source>
        <translation>连接后取消订阅 FILTER（可重复）</translation>
    </message>
    <message>
        <source>exit after printing COUNT messages (-n: hbmqtt_sub&apos;s name)</source>
        <translation>打印 COUNT 条消息后退出（-n：hbmqtt_sub 中的名称）</translation>
    </message>
    <message>
        <source>exit with code 8 after SECONDS</source>
        <translation>SECONDS 秒后以退出码 8 退出</translation>
    </message>
    <message>
        <source>do not print stale (retained) messages</source>
        <translation>不打印过时（保留）消息</translation>
    </message>
    <message>
        <source>print only retained messages; exit at the first live one</source>
        <translation>只打印保留消息；遇到第一条实时消息时退出</translation>
    </message>
    <message>
        <source>clear every retained message received (not those filtered by -T)</source>
        <translation>清除收到的每条保留消息（被 -T 过滤掉的除外）</translation>
    </message>
    <message>
        <source>exit once the subscriptions are acknowledged</source>
        <translation>订阅被确认后立即退出</translation>
    </message>
    <message>
        <source>MQTT 5: retained messages 0 on every subscribe (default), 1 only for a new subscription, 2 never</source>
        <translation>MQTT 5：保留消息 0 每次订阅都发送（默认），1 仅对新订阅发送，2 从不发送</translation>
    </message>
    <message>
        <source>MQTT 5: keep the retain flag messages were published with</source>
        <translation>MQTT 5：保持消息发布时的 retain 标志</translation>
    </message>
    <message>
        <source>MQTT 5: do not receive this client&apos;s own publications</source>
        <translation>MQTT 5：不接收此客户端自己发布的消息</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>print &apos;topic payload&apos; (mosquitto_sub -v)</source>
        <translation>打印“主题 负载”（mosquitto_sub -v）</translation>
    </message>
    <message>
        <source>no newline after each message</source>
        <translation>每条消息后不换行</translation>
    </message>
    <message>
        <source>print with mosquitto_sub&apos;s format placeholders, e.g. &apos;%t %p&apos;, &apos;%j&apos;</source>
        <translation>使用 mosquitto_sub 的格式占位符打印，例如 &apos;%t %p&apos;、&apos;%j&apos;</translation>
    </message>
    <message>
        <source>print one JSON object per message (JSON lines)</source>
        <translation>每条消息打印一个 JSON 对象（JSON Lines）</translation>
    </message>
    <message>
        <source>decode payloads as %1</source>
        <translation>将负载解码为 %1</translation>
    </message>
    <message>
        <source>the .proto file of --format protobuf, parsed at start (its imports are looked up next to it); implies --format protobuf</source>
        <translation>--format protobuf 的 .proto 文件，启动时解析（其导入在同一目录中查找）；隐含 --format protobuf</translation>
    </message>
    <message>
        <source>the message type of --format protobuf, e.g. pkg.Reading (default: the only message type of the file)</source>
        <translation>--format protobuf 的消息类型，例如 pkg.Reading（默认：文件中唯一的消息类型）</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 subscriptions denied, 2 bad option, 3 cannot connect, 4 host not found, 5 TLS failure, 6 connection refused by the broker, 7 bad credentials or not authorized, 8 timeout (also -W), 9 connection lost.
</source>
        <translation>退出码：0 成功，1 订阅被拒绝，2 选项错误，3 无法连接，4 找不到主机，5 TLS 失败，6 代理拒绝连接，7 凭据错误或未授权，8 超时（包括 -W），9 连接丢失。
</translation>
    </message>
    <message>
        <source>no topic given: use -t FILTER</source>
        <translation>未指定主题：请使用 -t FILTER</translation>
    </message>
    <message>
        <source>--retain-handling, --retain-as-published and --no-local need MQTT 5 (-V 5)</source>
        <translation>--retain-handling、--retain-as-published 和 --no-local 需要 MQTT 5（-V 5）</translation>
    </message>
    <message>
        <source>-R and --retained-only exclude each other</source>
        <translation>-R 和 --retained-only 互斥</translation>
    </message>
    <message>
        <source>-F and -j exclude each other</source>
        <translation>-F 和 -j 互斥</translation>
    </message>
    <message>
        <source>publish messages (like mosquitto_pub)</source>
        <translation>发布消息（类似 mosquitto_pub）</translation>
    </message>
    <message>
        <source>subscribe and print messages (like mosquitto_sub)</source>
        <translation>订阅并打印消息（类似 mosquitto_sub）</translation>
    </message>
    <message>
        <source>run the MQTT broker headless</source>
        <translation>无界面运行 MQTT 代理</translation>
    </message>
    <message>
        <source>benchmark a broker: bench pub|sub|conn</source>
        <translation>对代理进行基准测试：bench pub|sub|conn</translation>
    </message>
    <message>
        <source>create or update a password file (like mosquitto_passwd)</source>
        <translation>创建或更新密码文件（类似 mosquitto_passwd）</translation>
    </message>
    <message>
        <source>live topics in a full-screen terminal view (like mqttools)</source>
        <translation>在全屏终端视图中显示实时主题（类似 mqttools）</translation>
    </message>
    <message>
        <source>Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]

Without a subcommand the graphical workbench starts.

Subcommands:
</source>
        <translation>用法：mqtt-workbench [子命令] [选项]

不带子命令时启动图形化工作台。

子命令：
</translation>
    </message>
    <message>
        <source>
Run &apos;mqtt-workbench SUBCOMMAND --help&apos; for the options of each.
</source>
        <translation>
运行“mqtt-workbench SUBCOMMAND --help”查看各子命令的选项。
</translation>
    </message>
    <message>
        <source>unknown subcommand &apos;%1&apos; (see --help)</source>
        <translation>未知子命令“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see --help)</source>
        <translation>未知选项“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>意外的参数“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>no display for the window (DISPLAY and WAYLAND_DISPLAY are unset); run a subcommand (see --help) or set QT_QPA_PLATFORM</source>
        <translation>没有可供窗口使用的显示（DISPLAY 和 WAYLAND_DISPLAY 未设置）；请运行子命令（参见 --help）或设置 QT_QPA_PLATFORM</translation>
    </message>
    <message>
        <source>read the message text as %1 and send its bytes (e.g. hex &apos;01 ff&apos;; cbor, msgpack, sparkplug and protobuf from JSON)</source>
        <translation>将消息文本按 %1 读取并发送其字节（例如 hex &apos;01 ff&apos;；由 JSON 生成 cbor、msgpack、sparkplug 和 protobuf）</translation>
    </message>
    <message>
        <source>fill in placeholders anew for each message: {{counter}}, {{time}}, {{timestamp}}, {{timestamp_ms}}, {{random:MIN:MAX}}, {{uuid}}</source>
        <translation>为每条消息重新填充占位符：{{counter}}、{{time}}、{{timestamp}}、{{timestamp_ms}}、{{random:MIN:MAX}}、{{uuid}}</translation>
    </message>
    <message>
        <source>--template needs a message text: -m, -f, -l or -s</source>
        <translation>--template 需要消息文本：-m、-f、-l 或 -s</translation>
    </message>
    <message>
        <source>bad --template: %1</source>
        <translation>--template 无效：%1</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>The monitor&apos;s connection state, shown in brackets in the header: [connecting]</extracomment>
        <translation>连接中</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重新连接中</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>订阅中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>topic</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: topic&quot;)</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: count&quot;)</extracomment>
        <translation>计数</translation>
    </message>
    <message>
        <source>rate</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: rate&quot;)</extracomment>
        <translation>速率</translation>
    </message>
    <message>
        <source>age</source>
        <extracomment>monitor&apos;s sort order, shown in the footer (&quot;s sort: age&quot;)</extracomment>
        <translation>时长</translation>
    </message>
    <message>
        <source>p resume</source>
        <extracomment>monitor&apos;s footer: p is the key, keep it</extracomment>
        <translation>p 继续</translation>
    </message>
    <message>
        <source>p pause</source>
        <translation>p 暂停</translation>
    </message>
    <message>
        <source>filter (text, or an MQTT filter with + or #; Enter applies, Esc cancels): %1_</source>
        <extracomment>monitor&apos;s filter prompt; Enter and Esc are keys, keep them</extracomment>
        <translation>过滤（文本，或含 + 或 # 的 MQTT 过滤器；Enter 应用，Esc 取消）：%1_</translation>
    </message>
    <message>
        <source>Esc back  q quit  %1  f format: %2  arrows/PgUp/PgDn scroll</source>
        <extracomment>monitor&apos;s footer in the payload view: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 a payload format; Esc, q, f, PgUp and PgDn are keys, keep them</extracomment>
        <translation>Esc 返回  q 退出  %1  f 格式：%2  方向键/PgUp/PgDn 滚动</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <extracomment>monitor&apos;s footer: the sort order (topic, count, ...) reversed</extracomment>
        <translation>%1（倒序）</translation>
    </message>
    <message>
        <source>q quit  %1  s sort: %2  r reverse  / filter  f format: %3  c clear  Enter payload  arrows/PgUp/PgDn</source>
        <extracomment>monitor&apos;s footer: %1 is &quot;p pause&quot; or &quot;p resume&quot;, %2 the sort order, %3 a payload format; q, s, r, /, f, c, Enter, PgUp and PgDn are keys, keep them</extracomment>
        <translation>q 退出  %1  s 排序：%2  r 倒序  / 过滤  f 格式：%3  c 清空  Enter 载荷  方向键/PgUp/PgDn</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <extracomment>monitor&apos;s header while p paused the view</extracomment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>topics %1  messages %2  %3 msg/s</source>
        <extracomment>monitor&apos;s header: the numbers of topics and messages, messages per second</extracomment>
        <translation>主题 %1  消息 %2  %3 条/秒</translation>
    </message>
    <message>
        <source>filter &apos;%1&apos;</source>
        <extracomment>monitor&apos;s header: the filter typed after /</extracomment>
        <translation>过滤 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <extracomment>monitor&apos;s column heading: the topic names</extracomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>COUNT</source>
        <extracomment>monitor&apos;s column heading (kept short: at most 7 columns)</extracomment>
        <translation>计数</translation>
    </message>
    <message>
        <source>MSG/S</source>
        <extracomment>monitor&apos;s column heading: messages per second (kept short: at most 7 columns)</extracomment>
        <translation>条/秒</translation>
    </message>
    <message>
        <source>AGE</source>
        <extracomment>monitor&apos;s column heading: time since the last message (kept short: at most 5 columns)</extracomment>
        <translation>时长</translation>
    </message>
    <message>
        <source>PAYLOAD (%1)</source>
        <extracomment>monitor&apos;s column heading: %1 is the payload format</extracomment>
        <translation>载荷（%1）</translation>
    </message>
    <message>
        <source>(no message yet)</source>
        <translation>（尚无消息）</translation>
    </message>
    <message>
        <source>(no topic matches the filter)</source>
        <translation>（没有匹配过滤器的主题）</translation>
    </message>
    <message>
        <source>%1  count %2  %3 msg/s  age %4  QoS %5</source>
        <extracomment>monitor&apos;s payload view header: %1 the topic, %2 the message count, %3 messages per second, %4 the time since the last message (like 12s), %5 the QoS (0, 1 or 2)</extracomment>
        <translation>%1  计数 %2  %3 条/秒  时长 %4  QoS %5</translation>
    </message>
    <message>
        <source>retained</source>
        <extracomment>monitor&apos;s payload view header: the last message was a retained one</extracomment>
        <translation>保留</translation>
    </message>
    <message>
        <source>payload: %1 bytes as %2, lines %3-%4 of %5</source>
        <extracomment>monitor&apos;s payload view: %1 the size, %2 the payload format, lines %3 to %4 of %5 are shown</extracomment>
        <translation>载荷：%1 字节，按 %2 显示，第 %3-%4 行，共 %5 行</translation>
    </message>
</context>
<context>
    <name>cli::ClientConfigFile</name>
    <message>
        <source>expected a value, got a list or mapping</source>
        <translation>应为一个值，实际为列表或映射</translation>
    </message>
    <message>
        <source>expected true or false, got &apos;%1&apos;</source>
        <translation>应为 true 或 false，实际为“%1”</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got &apos;%3&apos;</source>
        <translation>应为 %1 到 %2 之间的整数，实际为“%3”</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2, got &apos;%1&apos;</source>
        <translation>应为 0、1 或 2，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>应为映射</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>未知键（应为以下之一：%1）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>invalid topic &apos;%1&apos;</source>
        <translation>无效主题“%1”</translation>
    </message>
    <message>
        <source>a will needs a topic</source>
        <translation>遗嘱需要主题</translation>
    </message>
    <message>
        <source>expected a mapping of topic to {qos, retain}</source>
        <translation>应为主题到 {qos, retain} 的映射</translation>
    </message>
    <message>
        <source>invalid topic</source>
        <translation>无效主题</translation>
    </message>
    <message>
        <source>%1:%2: %3: ignored; use --format</source>
        <translation>%1:%2：%3：已忽略；请使用 --format</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2：%3：%4</translation>
    </message>
    <message>
        <source>%1:%2: invalid YAML: %3</source>
        <translation>%1:%2：无效的 YAML：%3</translation>
    </message>
</context>
<context>
    <name>cli::CommandClient</name>
    <message>
        <source>Client %1 sending %2</source>
        <translation>客户端 %1 发送 %2</translation>
    </message>
    <message>
        <source>Client %1 received %2</source>
        <translation>客户端 %1 收到 %2</translation>
    </message>
</context>
<context>
    <name>cli::ConnectionOptions</name>
    <message>
        <source>%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 必须是 %2 到 %3 之间的数字，而不是“%4”</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>broker URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]; for mqtt[s] the path is the topic, for ws[s] the WebSocket path</source>
        <translation>代理 URL {mqtt,ws}[s]://[user[:password]@]host[:port][/path]；对 mqtt[s]，路径为主题；对 ws[s]，路径为 WebSocket 路径</translation>
    </message>
    <message>
        <source>broker host (default localhost)</source>
        <translation>代理主机（默认 localhost）</translation>
    </message>
    <message>
        <source>broker port (default 1883, 8883 with TLS)</source>
        <translation>代理端口（默认 1883，TLS 时为 8883）</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>client identifier (default: generated)</source>
        <translation>客户端标识符（默认：自动生成）</translation>
    </message>
    <message>
        <source>client identifier PREFIX followed by the process id</source>
        <translation>客户端标识符 PREFIX 后接进程 ID</translation>
    </message>
    <message>
        <source>MQTT version: 5 (default), 311 or 31 (also mqttv5, mqttv311, mqttv31)</source>
        <translation>MQTT 版本：5（默认）、311 或 31（也可用 mqttv5、mqttv311、mqttv31）</translation>
    </message>
    <message>
        <source>keep-alive interval (default 60, 0 = off)</source>
        <translation>保活间隔（默认 60，0 = 关闭）</translation>
    </message>
    <message>
        <source>hbmqtt client configuration (YAML): keep_alive, default_qos, default_retain, topics, auto_reconnect, reconnect_*, will, broker; options given override it</source>
        <translation>hbmqtt 客户端配置（YAML）：keep_alive、default_qos、default_retain、topics、auto_reconnect、reconnect_*、will、broker；命令行给出的选项优先</translation>
    </message>
    <message>
        <source>keep the session (clean session off; never expires unless -x)</source>
        <translation>保留会话（关闭 clean session；除非指定 -x，否则永不过期）</translation>
    </message>
    <message>
        <source>MQTT 5 session expiry; -1 or 4294967295 = never</source>
        <translation>MQTT 5 会话过期时间；-1 或 4294967295 = 永不过期</translation>
    </message>
    <message>
        <source>start a clean session (the default; hbmqtt&apos;s option)</source>
        <translation>开始一个干净会话（默认；hbmqtt 的选项）</translation>
    </message>
    <message>
        <source>give up when not connected after SECONDS (default 10)</source>
        <translation>SECONDS 秒后仍未连接则放弃（默认 10）</translation>
    </message>
    <message>
        <source>extra HTTP header for the WebSocket upgrade (repeatable)</source>
        <translation>WebSocket 升级时附加的 HTTP 头（可重复）</translation>
    </message>
    <message>
        <source>extra HTTP headers for the WebSocket upgrade as a JSON object, e.g. &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</source>
        <translation>WebSocket 升级时附加的 HTTP 头，以 JSON 对象给出，例如 &apos;{&quot;Authorization&quot;: &quot;Bearer x&quot;}&apos;</translation>
    </message>
    <message>
        <source>start from the connection profile NAME saved by the GUI</source>
        <translation>从图形界面保存的连接配置 NAME 开始</translation>
    </message>
    <message>
        <source>print every packet sent and received on stderr</source>
        <translation>在 stderr 上打印每个发送和接收的数据包</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates (PEM); switches TLS on</source>
        <translation>受信任的 CA 证书（PEM）；启用 TLS</translation>
    </message>
    <message>
        <source>directory of trusted CA certificates; switches TLS on</source>
        <translation>受信任 CA 证书的目录；启用 TLS</translation>
    </message>
    <message>
        <source>trusted CA certificates given as PEM text; switches TLS on</source>
        <translation>以 PEM 文本给出的受信任 CA 证书；启用 TLS</translation>
    </message>
    <message>
        <source>trust the system&apos;s CA certificates; switches TLS on</source>
        <translation>信任系统的 CA 证书；启用 TLS</translation>
    </message>
    <message>
        <source>client certificate (PEM)</source>
        <translation>客户端证书（PEM）</translation>
    </message>
    <message>
        <source>client private key (PEM)</source>
        <translation>客户端私钥（PEM）</translation>
    </message>
    <message>
        <source>do not check that the certificate names the host</source>
        <translation>不检查证书是否包含该主机名</translation>
    </message>
    <message>
        <source>Will</source>
        <translation>遗嘱</translation>
    </message>
    <message>
        <source>topic of the last will</source>
        <translation>遗嘱消息的主题</translation>
    </message>
    <message>
        <source>payload of the last will (default empty)</source>
        <translation>遗嘱消息的负载（默认为空）</translation>
    </message>
    <message>
        <source>QoS of the last will</source>
        <translation>遗嘱消息的 QoS</translation>
    </message>
    <message>
        <source>retain the last will</source>
        <translation>保留（retain）遗嘱消息</translation>
    </message>
    <message>
        <source>MQTT 5 properties</source>
        <translation>MQTT 5 属性</translation>
    </message>
    <message>
        <source>add a property to a packet, e.g. -D publish user-property k v, -D publish content-type text/plain, -D connect session-expiry-interval 60 (repeatable)</source>
        <translation>为数据包添加属性，例如 -D publish user-property k v、-D publish content-type text/plain、-D connect session-expiry-interval 60（可重复）</translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;: %2</source>
        <translation>无效的 URL“%1”：%2</translation>
    </message>
    <message>
        <source>-V must be 5, 311 or 31, not &apos;%1&apos;</source>
        <translation>-V 必须是 5、311 或 31，而不是“%1”</translation>
    </message>
    <message>
        <source>-c and --clean-session exclude each other</source>
        <translation>-c 和 --clean-session 互斥</translation>
    </message>
    <message>
        <source>--header must look like &apos;Name: value&apos;, not &apos;%1&apos;</source>
        <translation>--header 的格式必须为 &apos;Name: value&apos;，而不是“%1”</translation>
    </message>
    <message>
        <source>--extra-headers must be a JSON object of header names to values</source>
        <translation>--extra-headers 必须是由头名称映射到值的 JSON 对象</translation>
    </message>
    <message>
        <source>--extra-headers: the value of &apos;%1&apos; is not a string</source>
        <translation>--extra-headers：“%1”的值不是字符串</translation>
    </message>
    <message>
        <source>--cert and --key must be given together</source>
        <translation>--cert 和 --key 必须同时指定</translation>
    </message>
    <message>
        <source>will options need --will-topic</source>
        <translation>遗嘱选项需要 --will-topic</translation>
    </message>
    <message>
        <source>-D properties need MQTT 5 (-V 5)</source>
        <translation>-D 属性需要 MQTT 5（-V 5）</translation>
    </message>
</context>
<context>
    <name>cli::MessageFormatter</name>
    <message>
        <source>incomplete format specifier in -F</source>
        <translation>-F 中的格式说明符不完整</translation>
    </message>
    <message>
        <source>invalid format specifier &apos;%1&apos; in -F</source>
        <translation>-F 中的格式说明符“%1”无效</translation>
    </message>
    <message>
        <source>incomplete escape specifier in -F</source>
        <translation>-F 中的转义说明符不完整</translation>
    </message>
    <message>
        <source>invalid escape specifier &apos;%1&apos; in -F</source>
        <translation>-F 中的转义说明符“%1”无效</translation>
    </message>
    <message>
        <source>cannot decode the payload on topic %1 as %2: %3</source>
        <translation>无法将主题 %1 上的负载解码为 %2：%3</translation>
    </message>
    <message>
        <source>message payload is not valid JSON on topic %1</source>
        <translation>主题 %1 上的消息负载不是有效的 JSON</translation>
    </message>
</context>
<context>
    <name>cli::ProfileReader</name>
    <message>
        <source>no profile &apos;%1&apos;: cannot read %2</source>
        <translation>没有配置“%1”：无法读取 %2</translation>
    </message>
    <message>
        <source>%1 is not a profile file: %2</source>
        <translation>%1 不是配置文件：%2</translation>
    </message>
    <message>
        <source>no profile named &apos;%1&apos; in %2</source>
        <translation>%2 中没有名为“%1”的配置</translation>
    </message>
</context>
<context>
    <name>cli::PropertyDefinitions</name>
    <message>
        <source>-D: unknown command &apos;%1&apos; (connect, publish, subscribe, unsubscribe, disconnect or will)</source>
        <translation>-D：未知命令“%1”（connect、publish、subscribe、unsubscribe、disconnect 或 will）</translation>
    </message>
    <message>
        <source>-D: unknown property &apos;%1&apos;</source>
        <translation>-D：未知属性“%1”</translation>
    </message>
    <message>
        <source>-D: property &apos;%1&apos; is not allowed on %2</source>
        <translation>-D：属性“%1”不允许用于 %2</translation>
    </message>
    <message>
        <source>-D: invalid value &apos;%1&apos; for %2</source>
        <translation>-D：%2 的值“%1”无效</translation>
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
        <source>Too large to decode; shown as text.</source>
        <translation>太大，无法解码；以文本显示。</translation>
    </message>
</context>
<context>
    <name>gui::BridgeDialog</name>
    <message>
        <source>Do not check the host name</source>
        <translation>不检查主机名</translation>
    </message>
    <message>
        <source>New upstream session on every connect</source>
        <translation>每次连接时新建上游会话</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>添加主题</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>移除主题</translation>
    </message>
    <message>
        <source>New bridge</source>
        <translation>新建桥接</translation>
    </message>
    <message>
        <source>Bridge %1</source>
        <translation>桥接 %1</translation>
    </message>
    <message>
        <source>Shown in the bridge list and in $SYS topics</source>
        <translation>显示在桥接列表和 $SYS 主题中</translation>
    </message>
    <message>
        <source>mqtt://broker.example.com:1883
mqtts://backup.example.com</source>
        <translation>mqtt://broker.example.com:1883
mqtts://backup.example.com</translation>
    </message>
    <message>
        <source>One URL per line (mqtt://, mqtts://, ws://, wss://), tried in order; after a lost connection the first is tried again</source>
        <translation>每行一个 URL (mqtt://、mqtts://、ws://、wss://)，按顺序尝试；连接断开后重新从第一个开始尝试</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
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
        <translation>匿名访问规则</translation>
    </message>
    <message>
        <source>The local user whose access rules apply to what the bridge brings in and takes out</source>
        <translation>其访问规则适用于桥接引入和送出消息的本地用户</translation>
    </message>
    <message>
        <source>The upstream&apos;s certificate chain is still checked</source>
        <translation>仍会校验上游代理的证书链</translation>
    </message>
    <message>
        <source>Upstream broker</source>
        <translation>上游代理</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>地址:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID:</translation>
    </message>
    <message>
        <source>Keep-alive:</source>
        <translation>保活间隔:</translation>
    </message>
    <message>
        <source>Login and TLS</source>
        <translation>登录与 TLS</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Local user:</source>
        <translation>本地用户:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>模式</translation>
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
        <translation>本地前缀</translation>
    </message>
    <message>
        <source>Remote prefix</source>
        <translation>远程前缀</translation>
    </message>
    <message>
        <source>The pattern is a topic filter, matched after removing the prefix on each side</source>
        <translation>模式是主题过滤器，在去掉各自一侧的前缀后匹配</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Local messages go to the upstream broker</source>
        <translation>本地消息发往上游代理</translation>
    </message>
    <message>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <source>Upstream messages come to the local broker</source>
        <translation>上游消息进入本地代理</translation>
    </message>
    <message>
        <source>both</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Both ways (never echoed back)</source>
        <translation>双向 (不会回送)</translation>
    </message>
    <message>
        <source>Another bridge is already called %1.</source>
        <translation>已有另一个名为 %1 的桥接。</translation>
    </message>
    <message>
        <source>This bridge cannot be used yet:</source>
        <translation>此桥接尚不可用:</translation>
    </message>
</context>
<context>
    <name>gui::BrokerBridgeModel</name>
    <message>
        <source>Echoes suppressed: %1</source>
        <translation>已抑制的回显: %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Upstream address</source>
        <translation>上游地址</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
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
    <name>gui::BrokerController</name>
    <message>
        <source>The keychain is not available (%1); the bridge password is kept for this session only</source>
        <translation>钥匙串不可用 (%1)；桥接密码仅在本次会话中保留</translation>
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
    <message>
        <source>Bridges</source>
        <translation>桥接</translation>
    </message>
    <message>
        <source>Add bridge…</source>
        <translation>添加桥接…</translation>
    </message>
    <message>
        <source>Connect the local broker to an upstream broker</source>
        <translation>将本地代理连接到上游代理</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove bridge</source>
        <translation>移除桥接</translation>
    </message>
    <message>
        <source>Remove the bridge %1?</source>
        <translation>移除桥接 %1？</translation>
    </message>
    <message>
        <source>Messages it still holds for the upstream broker are not sent.</source>
        <translation>其仍为上游代理保留的消息将不会发送。</translation>
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
    <message>
        <source>Dropped</source>
        <translation>已丢弃</translation>
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
    <name>gui::HistorySearchDialog</name>
    <message>
        <source>Search message history</source>
        <translation>搜索消息历史</translation>
    </message>
    <message>
        <source>&amp;Topic filter</source>
        <translation>主题过滤器(&amp;T)</translation>
    </message>
    <message>
        <source>Te&amp;xt in payload</source>
        <translation>负载中的文本(&amp;X)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>The message history is off.</source>
        <translation>消息历史已关闭。</translation>
    </message>
    <message>
        <source>Messages found: the newest %1 (more match).</source>
        <translation>找到的消息：最新的 %1 条（还有更多匹配）。</translation>
    </message>
    <message>
        <source>Messages found: %1</source>
        <translation>找到的消息：%1</translation>
    </message>
    <message>
        <source>Received messages kept between runs (newest first).</source>
        <translation>跨运行保留的已接收消息（最新的在前）。</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>Only messages received at or after this time</source>
        <translation>仅限在此时间或之后收到的消息</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>到(&amp;U)</translation>
    </message>
    <message>
        <source>Only messages received at or before this time</source>
        <translation>仅限在此时间或之前收到的消息</translation>
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
    <message>
        <source>Search message &amp;history…</source>
        <translation>搜索消息历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Keep message history between runs</source>
        <translation>在运行之间保留消息历史</translation>
    </message>
    <message>
        <source>Received messages are written to %1 and can be searched with Tools ▸ Search message history; the oldest are deleted first.</source>
        <translation>已接收的消息写入 %1，可通过 工具 ▸ 搜索消息历史 进行搜索；最旧的消息最先删除。</translation>
    </message>
    <message>
        <source>Messages kept</source>
        <translation>保留的消息数</translation>
    </message>
    <message>
        <source>Payloads kept</source>
        <translation>保留的负载大小</translation>
    </message>
    <message>
        <source>Search message history</source>
        <translation>搜索消息历史</translation>
    </message>
    <message>
        <source>The message history is off. Turn on &quot;Keep message history between runs&quot; in Tools ▸ Preferences.</source>
        <translation>消息历史已关闭。请在 工具 ▸ 首选项 中打开“在运行之间保留消息历史”。</translation>
    </message>
</context>
<context>
    <name>gui::MessageArchive</name>
    <message>
        <source>Cannot create the folder of the message history %1</source>
        <translation>无法创建消息历史 %1 的文件夹</translation>
    </message>
    <message>
        <source>Cannot open the message history %1: %2</source>
        <translation>无法打开消息历史 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the message history %1: %2</source>
        <translation>无法读取消息历史 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the message history %1: %2</source>
        <translation>无法写入消息历史 %1：%2</translation>
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
    <message>
        <source>Unknown payload format &apos;%1&apos;</source>
        <translation>未知的负载格式 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
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
        <translation>每次发布（以及每次重复）时重新填充占位符：
{{counter}}, {{counter:START:STEP}}: 1, 2, 3, ...
{{time}}: ISO 8601 格式的时间（UTC）
{{timestamp}}, {{timestamp_ms}}: Unix 时间（秒、毫秒）
{{random:MIN:MAX}}: 随机数（小数位数与边界相同）
{{uuid}}: 随机 UUID
{{{{: 字面的 {{
值以不带引号的形式插入: {&quot;t&quot;: {{random:20:25}}}</translation>
    </message>
    <message>
        <source>The payload template is not valid: %1</source>
        <translation>负载模板无效：%1</translation>
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
<context>
    <name>schema::SchemaText</name>
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
        <source>Protobuf (.proto)</source>
        <translation>Protobuf (.proto)</translation>
    </message>
    <message>
        <source>This build has no Protobuf support</source>
        <translation>此版本不支持 Protobuf</translation>
    </message>
    <message>
        <source>Load a .proto file to decode Protobuf payloads.</source>
        <translation>请加载 .proto 文件以解码 Protobuf 负载。</translation>
    </message>
    <message>
        <source>malformed payload</source>
        <translation>负载格式错误</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>不是 JSON：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>Sparkplug B</source>
        <translation>Sparkplug B</translation>
    </message>
    <message>
        <source>Not a valid Sparkplug B payload: %1</source>
        <translation>无效的 Sparkplug B 负载：%1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1: &quot;{{&quot; is not closed by &quot;}}&quot; (write {{{{ for a literal &quot;{{&quot;)</source>
        <translation>%1：“{{”没有以“}}”结束（字面的“{{”请写作 {{{{）</translation>
    </message>
    <message>
        <source>%1: %2: write {{counter}}, {{counter:START}} or {{counter:START:STEP}} with integers</source>
        <translation>%1：%2：请写作 {{counter}}、{{counter:START}} 或 {{counter:START:STEP}}，使用整数</translation>
    </message>
    <message>
        <source>%1: %2: write {{random:MIN:MAX}} with numbers MIN and MAX</source>
        <translation>%1：%2：请写作 {{random:MIN:MAX}}，MIN 和 MAX 为数字</translation>
    </message>
    <message>
        <source>%1: %2: MIN is greater than MAX</source>
        <translation>%1：%2：MIN 大于 MAX</translation>
    </message>
    <message>
        <source>%1: unknown placeholder %2 (known: counter, time, timestamp, timestamp_ms, random, uuid)</source>
        <translation>%1：未知占位符 %2（可用：counter、time、timestamp、timestamp_ms、random、uuid）</translation>
    </message>
    <message>
        <source>%1: %2 takes no arguments</source>
        <translation>%1：%2 不接受参数</translation>
    </message>
</context>
</TS>
