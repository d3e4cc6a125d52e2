#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace cli {

/// Reads standard input without blocking the event loop and hands out each line as soon as
/// it is complete (pub -l sends lines as they arrive, not when stdin closes).
class StdinLineReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdinLineReader)

public:
    explicit StdinLineReader(QObject *parent = nullptr);

    /// Starts watching stdin.
    void start();

Q_SIGNALS:
    /// One line, without its '\n'.
    void lineRead(const QByteArray &line);
    /// End of input (a last line without '\n' has been delivered before).
    void finished();

private:
    void readAvailable();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pending;
};

} // namespace cli
