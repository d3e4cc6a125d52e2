#include "stdinlinereader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace cli {

StdinLineReader::StdinLineReader(QObject *parent) : QObject(parent) {}

void StdinLineReader::start()
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinLineReader::readAvailable);
}

void StdinLineReader::readAvailable()
{
    char buffer[65536];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        if (!m_pending.isEmpty())
            Q_EMIT lineRead(std::exchange(m_pending, {}));
        Q_EMIT finished();
        return;
    }
    m_pending.append(buffer, n);
    qsizetype start = 0;
    for (qsizetype newline = m_pending.indexOf('\n'); newline >= 0;
         newline = m_pending.indexOf('\n', start)) {
        Q_EMIT lineRead(m_pending.mid(start, newline - start));
        start = newline + 1;
    }
    m_pending.remove(0, start);
}

} // namespace cli
