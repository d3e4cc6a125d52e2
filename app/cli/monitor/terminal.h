#pragma once

#include <QByteArray>
#include <QObject>
#include <QSize>

#include <string_view>

class QSocketNotifier;

namespace cli::monitor {

/// The controlling terminal of `monitor`, with plain ANSI escape codes: raw keyboard input
/// (termios, no echo, no line editing; Ctrl-C still raises SIGINT), the alternate screen and a
/// hidden cursor while the view is up, and everything restored on every way out: leave(), the
/// destructor, exit(), SIGINT, SIGTERM and SIGHUP (reported through terminationRequested(),
/// from the event loop; a second signal restores at once and exits 130), and Ctrl-Z (the
/// terminal is restored while the process is stopped and set up again when it continues).
///
/// While the view is up, stderr (when it is this terminal) goes to a temporary file, so that
/// warnings cannot scribble over the screen; leave() replays it. newStderrText() hands the
/// view what arrived since the last call.
///
/// There is one Terminal per process (signal handlers are process-wide).
class Terminal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Terminal)

public:
    /// Installs the signal handlers; the terminal itself is untouched until enter().
    explicit Terminal(QObject *parent = nullptr);
    ~Terminal() override;

    /// Whether stdin and stdout are terminals (both are needed: keys in, screen out).
    static bool stdoutIsTerminal();
    static bool stdinIsTerminal();

    /// Raw mode, alternate screen, hidden cursor; keys are read from here on. False when the
    /// terminal's attributes cannot be read or set.
    bool enter();
    /// Restores what enter() changed (idempotent) and replays the captured stderr.
    void leave();
    bool isActive() const { return m_active; }

    /// The size in characters (columns x rows), at least 1x1.
    QSize size() const;
    /// Writes all bytes to stdout (the whole frame in one write where the terminal takes it).
    void write(std::string_view bytes);
    /// Text written to stderr since the last call (only while stderr is captured).
    QByteArray newStderrText();

Q_SIGNALS:
    /// Bytes typed (raw: escape sequences as the terminal sends them).
    void input(const QByteArray &bytes);
    /// The window changed size (SIGWINCH), or the process continued after Ctrl-Z: redraw all.
    void redrawNeeded();
    /// SIGINT, SIGTERM or SIGHUP arrived.
    void terminationRequested(int signal);

private:
    void onSignalPipe();
    void onInput();

    QSocketNotifier *m_signalNotifier = nullptr;
    QSocketNotifier *m_inputNotifier = nullptr;
    bool m_active = false;
    int m_savedStderr = -1;
    int m_captureFd = -1;
    qint64 m_captureRead = 0;
};

} // namespace cli::monitor
