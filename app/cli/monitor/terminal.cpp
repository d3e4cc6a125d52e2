#include "terminal.h"

#include <QDir>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace cli::monitor {

namespace {

// Process-wide state the signal handlers use: only async-signal-safe calls touch it there.
int g_signalPipe[2] = {-1, -1};
struct termios g_savedTermios;
volatile sig_atomic_t g_raw = 0;             // the terminal is set up (raw, alternate screen)
volatile sig_atomic_t g_terminationSeen = 0; // a SIGINT/SIGTERM/SIGHUP is on its way
volatile sig_atomic_t g_savedStderr = -1;    // the real stderr while it is captured

constexpr char EnterSequence[] = "\x1b[?1049h\x1b[?25l\x1b[0m\x1b[H\x1b[2J";
constexpr char LeaveSequence[] = "\x1b[0m\x1b[?25h\x1b[?1049l";

void writeAllRaw(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written > 0) {
            data += written;
            size -= size_t(written);
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else if (written < 0 && errno == EAGAIN) {
            struct pollfd descriptor = {fd, POLLOUT, 0};
            ::poll(&descriptor, 1, 1000);
        } else {
            return;
        }
    }
}

struct termios rawAttributes()
{
    struct termios raw = g_savedTermios;
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR | ISTRIP | BRKINT);
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN); // ISIG stays: Ctrl-C raises SIGINT
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    return raw;
}

/// Async-signal-safe: the terminal as it was before enter().
void restoreNow()
{
    writeAllRaw(STDOUT_FILENO, LeaveSequence, sizeof LeaveSequence - 1);
    ::tcsetattr(STDIN_FILENO, TCSADRAIN, &g_savedTermios);
}

/// Async-signal-safe: the terminal as enter() sets it up.
void setUpNow()
{
    const struct termios raw = rawAttributes();
    ::tcsetattr(STDIN_FILENO, TCSADRAIN, &raw);
    writeAllRaw(STDOUT_FILENO, EnterSequence, sizeof EnterSequence - 1);
}

void notify(int signal)
{
    const int savedErrno = errno;
    const char byte = char(signal);
    if (g_signalPipe[0] >= 0)
        (void)::write(g_signalPipe[0], &byte, 1);
    errno = savedErrno;
}

void onSignal(int signal)
{
    if (signal == SIGTSTP) {
        // Ctrl-Z: give the shell its terminal back while stopped, take it again on SIGCONT.
        const int savedErrno = errno;
        const bool wasRaw = g_raw;
        if (wasRaw)
            restoreNow();
        struct sigaction defaults = {};
        defaults.sa_handler = SIG_DFL;
        sigemptyset(&defaults.sa_mask);
        ::sigaction(SIGTSTP, &defaults, nullptr);
        sigset_t stop;
        sigemptyset(&stop);
        sigaddset(&stop, SIGTSTP);
        ::raise(SIGTSTP);
        ::sigprocmask(SIG_UNBLOCK, &stop, nullptr); // stops here until SIGCONT
        struct sigaction again = {};
        again.sa_handler = onSignal;
        sigemptyset(&again.sa_mask);
        again.sa_flags = SA_RESTART;
        ::sigaction(SIGTSTP, &again, nullptr);
        if (wasRaw && g_raw) {
            setUpNow();
            notify(SIGCONT);
        }
        errno = savedErrno;
        return;
    }
    if (signal == SIGINT || signal == SIGTERM || signal == SIGHUP) {
        if (g_terminationSeen) {
            // The event loop did not get to the first one: restore and leave right away.
            if (g_raw) {
                restoreNow();
                if (g_savedStderr >= 0)
                    ::dup2(g_savedStderr, STDERR_FILENO);
            }
            ::_exit(128 + signal);
        }
        g_terminationSeen = 1;
    }
    notify(signal);
}

void restoreAtExit()
{
    if (g_raw) {
        g_raw = 0;
        restoreNow();
    }
}

} // namespace

Terminal::Terminal(QObject *parent) : QObject(parent)
{
    if (g_signalPipe[0] < 0 &&
        ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        ::fcntl(g_signalPipe[0], F_SETFL, O_NONBLOCK);
        std::atexit(restoreAtExit);
    }
    if (g_signalPipe[1] >= 0) {
        m_signalNotifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
        connect(m_signalNotifier, &QSocketNotifier::activated, this, &Terminal::onSignalPipe);
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP})
        ::sigaction(signal, &action, nullptr);
}

Terminal::~Terminal()
{
    leave();
}

bool Terminal::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool Terminal::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Terminal::enter()
{
    if (m_active)
        return true;
    if (::tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
        return false;
    const struct termios raw = rawAttributes();
    if (::tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) != 0)
        return false;
    if (::isatty(STDERR_FILENO) == 1) {
        const QByteArray pattern =
            QDir::toNativeSeparators(QDir::tempPath() + QStringLiteral("/mqtt-workbench-XXXXXX"))
                .toLocal8Bit();
        std::string path(pattern.constData(), size_t(pattern.size()));
        const int fd = ::mkstemp(path.data());
        if (fd >= 0) {
            ::unlink(path.c_str());
            std::fflush(stderr);
            m_savedStderr = ::dup(STDERR_FILENO);
            ::dup2(fd, STDERR_FILENO);
            m_captureFd = fd;
            m_captureRead = 0;
            g_savedStderr = m_savedStderr;
        }
    }
    writeAllRaw(STDOUT_FILENO, EnterSequence, sizeof EnterSequence - 1);
    g_raw = 1;
    m_active = true;
    m_inputNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_inputNotifier, &QSocketNotifier::activated, this, &Terminal::onInput);
    return true;
}

void Terminal::leave()
{
    if (!m_active)
        return;
    m_active = false;
    delete m_inputNotifier;
    m_inputNotifier = nullptr;
    g_raw = 0;
    restoreNow();
    if (m_captureFd >= 0) {
        std::fflush(stderr);
        g_savedStderr = -1;
        ::dup2(m_savedStderr, STDERR_FILENO);
        ::close(m_savedStderr);
        m_savedStderr = -1;
        char buffer[65536];
        off_t offset = 0;
        for (;;) {
            const ssize_t got = ::pread(m_captureFd, buffer, sizeof buffer, offset);
            if (got <= 0)
                break;
            writeAllRaw(STDERR_FILENO, buffer, size_t(got));
            offset += got;
        }
        ::close(m_captureFd);
        m_captureFd = -1;
    }
}

QSize Terminal::size() const
{
    struct winsize window = {};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &window) == 0 && window.ws_col > 0 && window.ws_row > 0)
        return QSize(window.ws_col, window.ws_row);
    return QSize(80, 24);
}

void Terminal::write(std::string_view bytes)
{
    writeAllRaw(STDOUT_FILENO, bytes.data(), bytes.size());
}

QByteArray Terminal::newStderrText()
{
    if (m_captureFd < 0)
        return {};
    std::fflush(stderr);
    struct stat status = {};
    if (::fstat(m_captureFd, &status) != 0 || status.st_size <= m_captureRead)
        return {};
    constexpr qint64 Tail = 4096; // the view shows the last line only
    const qint64 from = std::max(m_captureRead, qint64(status.st_size) - Tail);
    QByteArray text(qsizetype(status.st_size - from), Qt::Uninitialized);
    const ssize_t got = ::pread(m_captureFd, text.data(), size_t(text.size()), off_t(from));
    m_captureRead = status.st_size;
    text.truncate(got > 0 ? qsizetype(got) : 0);
    return text;
}

void Terminal::onSignalPipe()
{
    char bytes[64];
    const ssize_t got = ::read(g_signalPipe[1], bytes, sizeof bytes);
    bool redraw = false;
    int termination = 0;
    for (ssize_t i = 0; i < got; ++i) {
        const int signal = bytes[i];
        if (signal == SIGWINCH || signal == SIGCONT)
            redraw = true;
        else if (termination == 0)
            termination = signal;
    }
    if (termination != 0)
        Q_EMIT terminationRequested(termination);
    else if (redraw && m_active)
        Q_EMIT redrawNeeded();
}

void Terminal::onInput()
{
    char buffer[4096];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got > 0) {
        Q_EMIT input(QByteArray(buffer, qsizetype(got)));
    } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
        // The terminal hung up: nobody is looking any more.
        m_inputNotifier->setEnabled(false);
        Q_EMIT terminationRequested(SIGHUP);
    }
}

} // namespace cli::monitor
