// `mqtt-workbench monitor`, run as the real binary in a pseudo-terminal against our broker (in
// this process, in its own thread). A small screen model interprets what it draws (cursor
// moves, clears, the alternate screen, the cursor's visibility), so the tests check the text on
// screen, not the bytes. Every wait is on the terminal's output or the child's exit, bounded.
#include "clirunner.h"
#include "testsupport.h"

#include <broker/brokerthread.h>
#include <mqttcore/client.h>
#include <mqttcore/publishhandle.h>

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>
#include <functional>

#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr int Timeout = 15000;

/// Enough of a VT100/xterm to know which text is where: printable UTF-8, CR, LF, BS, cursor
/// position and moves, erase in display and line, and the private modes 1049 (alternate
/// screen) and 25 (cursor shown). Attributes (SGR) are ignored.
class Screen
{
public:
    Screen(int columns, int rows) { resize(columns, rows); }

    void resize(int columns, int rows)
    {
        m_columns = columns;
        m_rows = rows;
        m_cells.assign(size_t(rows), std::u32string(size_t(columns), U' '));
        m_row = std::min(m_row, rows - 1);
        m_column = std::min(m_column, columns - 1);
    }

    void feed(const QByteArray &bytes)
    {
        for (char byte : bytes)
            feedByte(uchar(byte));
    }

    QString line(int row) const
    {
        const std::u32string &cells = m_cells[size_t(row)];
        return QString::fromUcs4(cells.data(), qsizetype(cells.size()));
    }
    QString text() const
    {
        QStringList lines;
        for (int row = 0; row < m_rows; ++row)
            lines << line(row);
        return lines.join(QLatin1Char('\n'));
    }
    /// The first row containing `needle`, or -1.
    int rowOf(const QString &needle) const
    {
        for (int row = 0; row < m_rows; ++row) {
            if (line(row).contains(needle))
                return row;
        }
        return -1;
    }
    bool contains(const QString &needle) const { return rowOf(needle) >= 0; }
    /// Whether a row matches a regular expression.
    bool matches(const QString &pattern) const
    {
        const QRegularExpression expression(pattern);
        for (int row = 0; row < m_rows; ++row) {
            if (expression.match(line(row)).hasMatch())
                return true;
        }
        return false;
    }

    bool alternateScreen() const { return m_alternate; }
    bool cursorVisible() const { return m_cursorVisible; }
    int alternateScreenEntered() const { return m_entered; }
    int rows() const { return m_rows; }

private:
    void clear(int fromRow, int fromColumn, int toRow, int toColumn) // inclusive from, exclusive to
    {
        for (int row = fromRow; row <= toRow && row < m_rows; ++row) {
            const int first = row == fromRow ? fromColumn : 0;
            const int last = row == toRow ? toColumn : m_columns;
            for (int column = first; column < last && column < m_columns; ++column)
                m_cells[size_t(row)][size_t(column)] = U' ';
        }
    }

    void put(char32_t c)
    {
        if (m_column >= m_columns) { // pending wrap
            m_column = 0;
            m_row = std::min(m_row + 1, m_rows - 1);
        }
        m_cells[size_t(m_row)][size_t(m_column)] = c;
        ++m_column;
    }

    void feedByte(uchar byte)
    {
        switch (m_state) {
        case State::Ground:
            if (m_utf8Left > 0) {
                m_utf8 = (m_utf8 << 6) | (byte & 0x3f);
                if (--m_utf8Left == 0)
                    put(m_utf8);
            } else if (byte == 0x1b) {
                m_state = State::Escape;
            } else if (byte == '\r') {
                m_column = 0;
            } else if (byte == '\n') {
                m_row = std::min(m_row + 1, m_rows - 1);
            } else if (byte == '\b') {
                m_column = std::max(0, m_column - 1);
            } else if (byte >= 0xf0) {
                m_utf8 = byte & 0x07;
                m_utf8Left = 3;
            } else if (byte >= 0xe0) {
                m_utf8 = byte & 0x0f;
                m_utf8Left = 2;
            } else if (byte >= 0xc0) {
                m_utf8 = byte & 0x1f;
                m_utf8Left = 1;
            } else if (byte >= 0x20 && byte < 0x7f) {
                put(byte);
            }
            break;
        case State::Escape:
            if (byte == '[') {
                m_state = State::Csi;
                m_parameters.clear();
            } else if (byte == '(' || byte == ')') {
                m_state = State::Charset;
            } else {
                m_state = State::Ground; // ESC 7, ESC 8, ESC =, ...: nothing on screen
            }
            break;
        case State::Charset:
            m_state = State::Ground;
            break;
        case State::Csi:
            if (byte >= 0x30 && byte <= 0x3f) {
                m_parameters += char(byte);
            } else if (byte >= 0x40 && byte <= 0x7e) {
                m_state = State::Ground;
                csi(char(byte));
            }
            break;
        }
    }

    int parameter(int index, int fallback) const
    {
        const QList<QByteArray> parts = m_parameters.split(';');
        if (index >= parts.size() || parts[index].isEmpty())
            return fallback;
        return parts[index].toInt();
    }

    void csi(char final)
    {
        if (m_parameters.startsWith('?')) {
            const int mode = m_parameters.mid(1).toInt();
            const bool set = final == 'h';
            if (final != 'h' && final != 'l')
                return;
            if (mode == 1049) {
                m_alternate = set;
                m_entered += set ? 1 : 0;
                clear(0, 0, m_rows - 1, m_columns);
            } else if (mode == 25) {
                m_cursorVisible = set;
            }
            return;
        }
        switch (final) {
        case 'H':
        case 'f':
            m_row = std::clamp(parameter(0, 1) - 1, 0, m_rows - 1);
            m_column = std::clamp(parameter(1, 1) - 1, 0, m_columns - 1);
            break;
        case 'A':
            m_row = std::max(0, m_row - parameter(0, 1));
            break;
        case 'B':
            m_row = std::min(m_rows - 1, m_row + parameter(0, 1));
            break;
        case 'C':
            m_column = std::min(m_columns - 1, m_column + parameter(0, 1));
            break;
        case 'D':
            m_column = std::max(0, m_column - parameter(0, 1));
            break;
        case 'J':
            if (parameter(0, 0) == 2 || parameter(0, 0) == 3)
                clear(0, 0, m_rows - 1, m_columns);
            else if (parameter(0, 0) == 0)
                clear(m_row, m_column, m_rows - 1, m_columns);
            break;
        case 'K':
            if (parameter(0, 0) == 0)
                clear(m_row, m_column, m_row, m_columns);
            else if (parameter(0, 0) == 2)
                clear(m_row, 0, m_row, m_columns);
            break;
        default:
            break; // SGR and the rest: no text
        }
    }

    enum class State
    {
        Ground,
        Escape,
        Charset,
        Csi,
    };

    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::u32string> m_cells;
    int m_row = 0;
    int m_column = 0;
    State m_state = State::Ground;
    QByteArray m_parameters;
    char32_t m_utf8 = 0;
    int m_utf8Left = 0;
    bool m_alternate = false;
    bool m_cursorVisible = true;
    int m_entered = 0;
};

/// mqtt-workbench in a pseudo-terminal: the child's stdin, stdout and stderr are the slave
/// side, with it as the controlling terminal (so resizing sends it SIGWINCH).
class PtyProcess
{
public:
    PtyProcess(int columns = 120, int rows = 30) : m_screen(columns, rows) {}
    ~PtyProcess()
    {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            ::close(m_master);
        if (m_slave >= 0)
            ::close(m_slave);
    }

    bool start(const QStringList &arguments, int columns = 120, int rows = 30)
    {
        struct winsize size = {};
        size.ws_col = ushort(columns);
        size.ws_row = ushort(rows);
        if (::openpty(&m_master, &m_slave, nullptr, nullptr, &size) != 0)
            return false;
        ::tcgetattr(m_slave, &m_original);
        // Everything exec needs, made before fork (the test has threads).
        const QByteArray binary = qEnvironmentVariable("MQTT_WORKBENCH").toLocal8Bit();
        std::vector<QByteArray> storage{binary};
        for (const QString &argument : arguments)
            storage.push_back(argument.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &argument : storage)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        std::vector<QByteArray> environment{QByteArray("TERM=xterm")};
        for (char **variable = environ; *variable; ++variable) {
            if (std::strncmp(*variable, "TERM=", 5) != 0)
                environment.emplace_back(*variable);
        }
        std::vector<char *> envp;
        for (QByteArray &variable : environment)
            envp.push_back(variable.data());
        envp.push_back(nullptr);

        m_pid = ::fork();
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            ::setsid();
            ::ioctl(m_slave, TIOCSCTTY, 0);
            ::dup2(m_slave, STDIN_FILENO);
            ::dup2(m_slave, STDOUT_FILENO);
            ::dup2(m_slave, STDERR_FILENO);
            ::close(m_master);
            if (m_slave > STDERR_FILENO)
                ::close(m_slave);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        return true;
    }

    /// Reads what the child draws until `done` holds (true) or the time is up (false).
    bool waitFor(const std::function<bool()> &done, int timeoutMs = Timeout)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (done())
                return true;
            if (deadline.hasExpired())
                return false;
            if (!readSome(int(std::min<qint64>(deadline.remainingTime(), 200))) && m_exited &&
                !done())
                return false;
        }
    }
    bool waitForText(const QString &text, int timeoutMs = Timeout)
    {
        return waitFor([&] { return m_screen.contains(text); }, timeoutMs);
    }
    /// Waits for the child to end, reading its output meanwhile.
    bool waitForExit(int timeoutMs = Timeout)
    {
        const bool ended = waitFor([&] { return m_exited; }, timeoutMs);
        while (readSome(0)) {
        }
        return ended;
    }

    void send(const QByteArray &keys)
    {
        QCOMPARE(::write(m_master, keys.constData(), size_t(keys.size())), ssize_t(keys.size()));
    }
    void signal(int number) { ::kill(m_pid, number); }
    void resize(int columns, int rows)
    {
        struct winsize size = {};
        size.ws_col = ushort(columns);
        size.ws_row = ushort(rows);
        m_screen.resize(columns, rows);
        ::ioctl(m_master, TIOCSWINSZ, &size); // the kernel sends SIGWINCH
    }

    const Screen &screen() const { return m_screen; }
    const QByteArray &output() const { return m_output; }
    bool exited() const { return m_exited; }
    int exitCode() const { return m_exitCode; }
    /// Whether the terminal's line discipline is back as it was (echo, canonical mode, ...).
    bool termiosRestored() const
    {
        struct termios now = {};
        ::tcgetattr(m_slave, &now);
        return now.c_lflag == m_original.c_lflag && now.c_iflag == m_original.c_iflag &&
               now.c_oflag == m_original.c_oflag;
    }

private:
    /// One read (waiting up to timeoutMs); false when nothing came.
    bool readSome(int timeoutMs)
    {
        if (!m_exited) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_exited = true;
                m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            }
        }
        struct pollfd descriptor = {m_master, POLLIN, 0};
        if (::poll(&descriptor, 1, timeoutMs) <= 0 || !(descriptor.revents & POLLIN))
            return false;
        char buffer[65536];
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got <= 0)
            return false;
        const QByteArray bytes(buffer, qsizetype(got));
        m_output += bytes;
        m_screen.feed(bytes);
        return true;
    }

    Screen m_screen;
    QByteArray m_output;
    int m_master = -1;
    int m_slave = -1;
    struct termios m_original = {};
    pid_t m_pid = -1;
    bool m_exited = false;
    int m_exitCode = -1;
};

} // namespace

class tst_CliMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notATerminal();
    void badOption();
    void drawsTopicsAndQuits();
    void formats();
    void pauseScrollAndResize();
    void sigintRestoresTerminal();
    void flood();
    void suspendGivesTerminalBack();
    void lostConnectionShownAndReported();
    void connectionRefused();

private:
    QStringList at() const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port)};
    }
    /// Publishes (QoS 1, each acknowledged) with a client in this process.
    void publish(const QList<QPair<QString, QByteArray>> &messages);
    /// Starts the monitor and waits until its subscriptions are acknowledged.
    void startLive(PtyProcess &monitor, const QStringList &arguments, int columns = 120,
                   int rows = 30);
    /// After the child ended: exit code 0, alternate screen left, cursor shown, termios back.
    void checkRestored(PtyProcess &monitor);

    std::unique_ptr<broker::BrokerThread> m_broker;
    quint16 m_port = 0;
};

void tst_CliMonitor::initTestCase()
{
    QVERIFY(!qEnvironmentVariable("MQTT_WORKBENCH").isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("mqtt.*.debug=false\nmqtt.*.info=false"));
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    settings.listeners = {tcp};
    m_broker = std::make_unique<broker::BrokerThread>(settings);
    QVERIFY2(m_broker->start(), qPrintable(m_broker->broker()->errorString()));
    m_port = m_broker->broker()->listeningPorts().value(0);
    QVERIFY(m_port != 0);
}

void tst_CliMonitor::publish(const QList<QPair<QString, QByteArray>> &messages)
{
    mqtt::Client client;
    mqtt::ConnectOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = m_port;
    client.setOptions(options);
    client.connectToBroker();
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == mqtt::Client::State::Connected, Timeout);
    int done = 0;
    for (const auto &[topic, payload] : messages) {
        mqtt::PublishHandle *handle =
            client.publish(mqtt::Message(topic, payload, mqtt::QoS::AtLeastOnce));
        connect(handle, &mqtt::PublishHandle::finished, this, [&done] { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, int(messages.size()), Timeout);
    client.disconnectFromBroker();
}

void tst_CliMonitor::startLive(PtyProcess &monitor, const QStringList &arguments, int columns,
                               int rows)
{
    QVERIFY(
        monitor.start(QStringList{QStringLiteral("monitor")} + at() + arguments, columns, rows));
    QVERIFY2(monitor.waitForText(QStringLiteral("[live]")), qPrintable(monitor.screen().text()));
    QVERIFY(monitor.screen().alternateScreen());
    QVERIFY(!monitor.screen().cursorVisible());
}

void tst_CliMonitor::checkRestored(PtyProcess &monitor)
{
    QVERIFY2(monitor.waitForExit(), qPrintable(monitor.screen().text()));
    QCOMPARE(monitor.exitCode(), 0);
    QVERIFY(!monitor.screen().alternateScreen());
    QVERIFY(monitor.screen().cursorVisible());
    QVERIFY(monitor.termiosRestored());
    // Nothing drawn after the alternate screen was left.
    const QByteArray output = monitor.output();
    const qsizetype left = output.lastIndexOf("\x1b[?1049l");
    QVERIFY(left > output.lastIndexOf("\x1b[?1049h"));
    QVERIFY2(output.indexOf("\x1b[", left + 8) < 0, output.mid(left).toHex(' ').constData());
}

void tst_CliMonitor::notATerminal()
{
    const auto result = clitest::run(QStringList{QStringLiteral("monitor")} + at() +
                                     QStringList{QStringLiteral("x/#")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.startsWith("mqtt-workbench monitor: standard output is not a terminal"),
             result.err.constData());
}

void tst_CliMonitor::badOption()
{
    auto result =
        clitest::run({QStringLiteral("monitor"), QStringLiteral("--bogus"), QStringLiteral("x/#")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err.count('\n'), 1);
    result = clitest::run({QStringLiteral("monitor")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("no topic given"), result.err.constData());
    result = clitest::run({QStringLiteral("monitor"), QStringLiteral("--sort"),
                           QStringLiteral("size"), QStringLiteral("x/#")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--sort"), result.err.constData());
    result = clitest::run({QStringLiteral("monitor"), QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("--format"));
    QVERIFY(result.out.contains("--sort"));
}

void tst_CliMonitor::drawsTopicsAndQuits()
{
    PtyProcess monitor;
    startLive(monitor, {QStringLiteral("mon/draw/#")});
    QVERIFY(monitor.screen().contains(QStringLiteral("(no message yet)")));
    publish({{QStringLiteral("mon/draw/one"), "a1"},
             {QStringLiteral("mon/draw/two"), "h1"},
             {QStringLiteral("mon/draw/one"), "a2"},
             {QStringLiteral("mon/draw/two"), "h2"},
             {QStringLiteral("mon/draw/two"), "hello"},
             {QStringLiteral("mon/draw/three"), R"({"k":1})"},
             {QStringLiteral("mon/draw/three"), R"({"k":2})"}});
    const Screen &screen = monitor.screen();
    const auto row = [&](const char *topic) { return screen.rowOf(QString::fromLatin1(topic)); };
    QVERIFY2(monitor.waitFor([&] {
        return screen.matches(QStringLiteral(R"(mon/draw/one\s+2\s+\S+\s+\S+s\s+a2\s*$)")) &&
               screen.matches(QStringLiteral(R"(mon/draw/two\s+3\s+\S+\s+\S+s\s+hello\s*$)")) &&
               screen.matches(QStringLiteral(R"(mon/draw/three\s+2\s+\S+\s+\S+s\s+\{"k":2\})")) &&
               screen.contains(QStringLiteral("topics 3  messages 7"));
    }),
             qPrintable(screen.text()));
    // Sorted by topic: one, three, two.
    QVERIFY(row("mon/draw/one") < row("mon/draw/three"));
    QVERIFY(row("mon/draw/three") < row("mon/draw/two"));

    // s: by count, most first (ties by topic): two (3), one (2), three (2); r reverses.
    monitor.send("s");
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("COUNT v")) &&
               row("mon/draw/two") < row("mon/draw/one") &&
               row("mon/draw/one") < row("mon/draw/three");
    }),
             qPrintable(screen.text()));
    monitor.send("r");
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("COUNT ^")) &&
               row("mon/draw/three") < row("mon/draw/one") &&
               row("mon/draw/one") < row("mon/draw/two");
    }),
             qPrintable(screen.text()));
    monitor.send("r");

    // /: a filter, typed; a text filter matches part of the topic, + and # filter as MQTT.
    monitor.send("/tw");
    QVERIFY(monitor.waitForText(QStringLiteral("filter (text")));
    monitor.send("o\r");
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("filter 'two'")) &&
               screen.contains(QStringLiteral("mon/draw/two")) &&
               !screen.contains(QStringLiteral("mon/draw/one")) &&
               screen.contains(QStringLiteral("topics 1"));
    }),
             qPrintable(screen.text()));
    monitor.send("/\x15+/+/one\r"); // Ctrl-U clears the old text
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("filter '+/+/one'")) &&
               screen.contains(QStringLiteral("mon/draw/one")) &&
               !screen.contains(QStringLiteral("mon/draw/two")) &&
               !screen.contains(QStringLiteral("mon/draw/three"));
    }),
             qPrintable(screen.text()));
    monitor.send("\x1b"); // Esc clears the filter
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("mon/draw/two")) &&
               screen.contains(QStringLiteral("topics 3"));
    }),
             qPrintable(screen.text()));

    // Enter: the whole payload of the selected row; JSON indented.
    monitor.send("sss"); // count -> rate -> age -> topic
    QVERIFY2(monitor.waitFor([&] { return screen.contains(QStringLiteral("TOPIC v")); }),
             qPrintable(screen.text()));
    monitor.send("\x1b[H\x1b[B\r"); // Home, Down: mon/draw/three
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("mon/draw/three  count 2")) &&
               screen.contains(QStringLiteral("payload: 7 bytes as auto")) &&
               screen.matches(QStringLiteral(R"(^\s+"k": 2\s*$)"));
    }),
             qPrintable(screen.text()));
    monitor.send("\x1b");
    QVERIFY2(monitor.waitFor([&] { return screen.contains(QStringLiteral("mon/draw/two")); }),
             qPrintable(screen.text()));

    monitor.send("q");
    checkRestored(monitor);
}

void tst_CliMonitor::formats()
{
    PtyProcess monitor;
    startLive(monitor,
              {QStringLiteral("--format"), QStringLiteral("hex"), QStringLiteral("mon/format/#")});
    publish({{QStringLiteral("mon/format/a"), "AB"}});
    const Screen &screen = monitor.screen();
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("PAYLOAD (hex)")) &&
               screen.matches(QStringLiteral(R"(mon/format/a\s+1\s+\S+\s+\S+s\s+41 42\s*$)"));
    }),
             qPrintable(screen.text()));
    monitor.send("f"); // hex -> base64
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("PAYLOAD (base64)")) &&
               screen.matches(QStringLiteral(R"(mon/format/a\s+1\s+\S+\s+\S+s\s+QUI=\s*$)"));
    }),
             qPrintable(screen.text()));
    monitor.send("q");
    checkRestored(monitor);
}

void tst_CliMonitor::pauseScrollAndResize()
{
    PtyProcess monitor;
    startLive(monitor, {QStringLiteral("mon/page/#")}, 100, 20); // 17 rows of topics
    QList<QPair<QString, QByteArray>> messages;
    for (int i = 0; i < 40; ++i)
        messages.append({QStringLiteral("mon/page/t%1").arg(i, 2, 10, QLatin1Char('0')),
                         "p" + QByteArray::number(i)});
    publish(messages);
    const Screen &screen = monitor.screen();
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("topics 40")) &&
               screen.contains(QStringLiteral("mon/page/t00")) &&
               screen.contains(QStringLiteral("mon/page/t16")) &&
               !screen.contains(QStringLiteral("mon/page/t17"));
    }),
             qPrintable(screen.text()));

    monitor.send("\x1b[6~"); // PgDn: the selection moves a page, the view follows
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("mon/page/t17")) &&
               !screen.contains(QStringLiteral("mon/page/t00"));
    }),
             qPrintable(screen.text()));
    monitor.send("\x1b[F"); // End
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("mon/page/t39")) &&
               !screen.contains(QStringLiteral("mon/page/t22"));
    }),
             qPrintable(screen.text()));
    monitor.send("\x1b[5~\x1b[A"); // PgUp, Up
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("mon/page/t21")) && // selected 21, shown 21-37
               !screen.contains(QStringLiteral("mon/page/t38"));
    }),
             qPrintable(screen.text()));

    // Paused: the view stands still while counting goes on; resumed, it catches up.
    monitor.send("\x1b[Hp");
    QVERIFY2(monitor.waitForText(QStringLiteral("PAUSED")), qPrintable(screen.text()));
    publish({{QStringLiteral("mon/page/t00"), "later"}, {QStringLiteral("mon/page/new"), "x"}});
    monitor.send("r"); // a redraw while paused
    QVERIFY2(monitor.waitFor([&] { return screen.contains(QStringLiteral("TOPIC ^")); }),
             qPrintable(screen.text()));
    QVERIFY(screen.contains(QStringLiteral("topics 40  messages 40")));
    QVERIFY(!screen.contains(QStringLiteral("later")));
    monitor.send("rp");
    QVERIFY2(monitor.waitFor([&] {
        return !screen.contains(QStringLiteral("PAUSED")) &&
               screen.contains(QStringLiteral("topics 41  messages 42")) &&
               screen.matches(QStringLiteral(R"(mon/page/t00\s+2\s+\S+\s+\S+s\s+later)"));
    }),
             qPrintable(screen.text()));

    // A smaller window: redrawn to its size (SIGWINCH).
    monitor.resize(60, 10);
    QVERIFY2(monitor.waitFor([&] {
        return screen.line(9).contains(QStringLiteral("q quit")) &&
               screen.line(0).contains(QStringLiteral("mqtt-workbench monitor")) &&
               // 7 rows from the selected t00 (the reversed order scrolled past "new")
               screen.contains(QStringLiteral("mon/page/t00")) &&
               screen.contains(QStringLiteral("mon/page/t06")) &&
               !screen.contains(QStringLiteral("mon/page/t07"));
    }),
             qPrintable(screen.text()));
    monitor.send("Q");
    checkRestored(monitor);
}

void tst_CliMonitor::sigintRestoresTerminal()
{
    PtyProcess monitor;
    startLive(monitor, {QStringLiteral("-t"), QStringLiteral("mon/int/#")});
    publish({{QStringLiteral("mon/int/x"), "payload"}});
    QVERIFY2(monitor.waitFor([&] {
        return monitor.screen().matches(QStringLiteral(R"(mon/int/x\s+1\s+.*payload)"));
    }),
             qPrintable(monitor.screen().text()));
    monitor.signal(SIGINT);
    checkRestored(monitor);

    PtyProcess terminated;
    startLive(terminated, {QStringLiteral("mon/int/#")});
    terminated.signal(SIGTERM);
    checkRestored(terminated);
}

void tst_CliMonitor::flood()
{
    // 50,000 messages as fast as bench publishes them, on 4 topics: every one counted, the
    // screen redrawn at most about 10 times a second (each frame rewrites the header row).
    PtyProcess monitor;
    startLive(monitor, {QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("mon/load/#")});
    const qsizetype before = monitor.output().size();
    QElapsedTimer clock;
    clock.start();
    auto bench = clitest::start(QStringList{QStringLiteral("bench"), QStringLiteral("pub")} + at() +
                                QStringList{QStringLiteral("-c"), QStringLiteral("4"),
                                            QStringLiteral("-C"), QStringLiteral("12500"),
                                            QStringLiteral("-q"), QStringLiteral("1"),
                                            QStringLiteral("-t"), QStringLiteral("mon/load/%i")});
    const Screen &screen = monitor.screen();
    QVERIFY2(
        monitor.waitFor(
            [&] { return screen.contains(QStringLiteral("topics 4  messages 50000 ")); }, 90000),
        qPrintable(screen.text()));
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY(clitest::finish(*bench));
    QCOMPARE(bench->exitCode(), 0);
    for (int i = 0; i < 4; ++i)
        QVERIFY(screen.matches(QStringLiteral(R"(mon/load/%1\s+12500\s)").arg(i)));
    const qsizetype frames = monitor.output().mid(before).count("\x1b[1;1H");
    qInfo("50000 messages shown in %lld ms, %lld frames", qlonglong(elapsedMs), qlonglong(frames));
    QVERIFY2(frames <= elapsedMs / 100 + 5, qPrintable(QString::number(frames)));
    monitor.send("q");
    checkRestored(monitor);
}

void tst_CliMonitor::suspendGivesTerminalBack()
{
    // Ctrl-Z: the terminal is restored before the process stops and set up again when it
    // continues. (Here its process group is orphaned, so the kernel does not stop it: it
    // continues at once, which is what is checked.)
    PtyProcess monitor;
    startLive(monitor, {QStringLiteral("mon/tstp/#")});
    publish({{QStringLiteral("mon/tstp/x"), "before"}});
    QVERIFY2(monitor.waitForText(QStringLiteral("before")), qPrintable(monitor.screen().text()));
    const qsizetype before = monitor.output().size();
    monitor.send("\x1a");
    QVERIFY2(monitor.waitFor([&] {
        const QByteArray output = monitor.output().mid(before);
        const qsizetype left = output.indexOf("\x1b[?1049l");
        return left >= 0 && output.indexOf("\x1b[?1049h", left) > left &&
               monitor.screen().alternateScreen() && monitor.screen().contains("before");
    }),
             monitor.output().mid(before).toHex(' ').constData());
    QVERIFY(!monitor.termiosRestored()); // raw again
    monitor.send("q");
    checkRestored(monitor);
}

void tst_CliMonitor::lostConnectionShownAndReported()
{
    // A broker of its own, stopped under the monitor: the view says it reconnects and shows
    // the error line in its bottom row; the line is printed again once the screen is left.
    broker::BrokerSettings settings;
    broker::ListenerSettings tcp;
    tcp.bindAddress = QHostAddress::LocalHost;
    settings.listeners = {tcp};
    broker::BrokerThread own(settings);
    QVERIFY(own.start());
    PtyProcess monitor;
    QVERIFY(monitor.start({QStringLiteral("monitor"), QStringLiteral("-h"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(own.broker()->listeningPorts().value(0)),
                           QStringLiteral("mon/lost/#")}));
    QVERIFY2(monitor.waitForText(QStringLiteral("[live]")), qPrintable(monitor.screen().text()));
    own.stop();
    const Screen &screen = monitor.screen();
    QVERIFY2(monitor.waitFor([&] {
        return screen.contains(QStringLiteral("[reconnecting]")) &&
               screen.line(screen.rows() - 1).startsWith(QStringLiteral(" ! "));
    }),
             qPrintable(screen.text()));
    const QString shown = screen.line(screen.rows() - 1).mid(3).trimmed();
    monitor.send("q");
    checkRestored(monitor);
    const QByteArray output = monitor.output();
    const QByteArray after = output.mid(output.lastIndexOf("\x1b[?1049l"));
    QVERIFY2(after.contains("mqtt-workbench monitor: "), after.constData());
    QVERIFY2(after.contains(shown.left(40).toUtf8()), after.constData());
}

void tst_CliMonitor::connectionRefused()
{
    PtyProcess monitor;
    QVERIFY(monitor.start({QStringLiteral("monitor"), QStringLiteral("-h"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(testsupport::freePort()), QStringLiteral("x/#")}));
    QVERIFY(monitor.waitForExit());
    QCOMPARE(monitor.exitCode(), 3);
    QCOMPARE(monitor.screen().alternateScreenEntered(), 0); // no screen before connecting
    QVERIFY2(monitor.output().startsWith("mqtt-workbench monitor: "), monitor.output().constData());
    QVERIFY(monitor.termiosRestored());
}

QTEST_GUILESS_MAIN(tst_CliMonitor)
#include "tst_cli_monitor.moc"
