#include "descriptortransport.h"

#include "core/brokercore.h"
#include "sharedreadbuffer.h"

#include <QEvent>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace broker {

namespace {

/// Buffers handed to one sendmsg(2).
constexpr int MaxIoVectors = 64;

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK;
}

} // namespace

DescriptorTransport::DescriptorTransport(int fd, BrokerCore *core, const QString &listener,
                                         std::function<void()> ended, QObject *parent)
    : QSocketNotifier(fd, QSocketNotifier::Read, parent), m_fd(fd), m_core(core),
      m_onEnded(std::move(ended))
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_storage peer{};
    socklen_t length = sizeof peer;
    QHostAddress address;
    quint16 port = 0;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) == 0) {
        address.setAddress(reinterpret_cast<const sockaddr *>(&peer));
        port = peer.ss_family == AF_INET6
                   ? ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port)
                   : ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
    }
    m_client = core->openConnection(this, address, port, listener);
}

DescriptorTransport::~DescriptorTransport()
{
    if (m_client && m_core)
        m_core->connectionLost(m_client);
    // The notifiers leave the dispatcher before the descriptor number can be reused.
    setEnabled(false);
    delete m_writeNotifier;
    ::close(m_fd);
}

bool DescriptorTransport::event(QEvent *event)
{
    if (event->type() != QEvent::SockAct)
        return QSocketNotifier::event(event);
    readAvailable();
    return true;
}

void DescriptorTransport::readAvailable()
{
    if (!m_client || !m_core || m_paused)
        return;
    char *buffer = sharedReadBuffer();
    const ssize_t n = ::recv(m_fd, buffer, ReadChunk, 0);
    if (n > 0) {
        m_core->receive(m_client, QByteArrayView(buffer, n));
        return;
    }
    if (n == 0 || (!wouldBlock() && errno != EINTR))
        end(); // the peer closed, or the connection broke
}

void DescriptorTransport::send(const QByteArray &bytes)
{
    if (m_ended || bytes.isEmpty())
        return;
    m_pending.append(bytes);
    m_pendingBytes += bytes.size();
}

void DescriptorTransport::flush()
{
    if (m_pending.isEmpty() || (m_writeNotifier && m_writeNotifier->isEnabled()))
        return; // nothing to write, or the network is full and will say when it takes more
    if (!writePending()) {
        scheduleEnd();
        return;
    }
    if (!m_pending.isEmpty()) {
        if (!m_writeNotifier) {
            m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
            connect(m_writeNotifier, &QSocketNotifier::activated, this,
                    &DescriptorTransport::writeAvailable);
        }
        m_writeNotifier->setEnabled(true);
    } else if (m_closing) {
        scheduleEnd();
    }
}

bool DescriptorTransport::writePending()
{
    while (!m_pending.isEmpty()) {
        iovec vectors[MaxIoVectors];
        int count = 0;
        size_t offered = 0;
        for (; count < m_pending.size() && count < MaxIoVectors; ++count) {
            const QByteArray &bytes = m_pending.at(count);
            const qsizetype skip = count == 0 ? m_writtenOfFirst : 0;
            vectors[count].iov_base = const_cast<char *>(bytes.constData() + skip);
            vectors[count].iov_len = size_t(bytes.size() - skip);
            offered += vectors[count].iov_len;
        }
        msghdr message{};
        message.msg_iov = vectors;
        message.msg_iovlen = size_t(count);
        const ssize_t written = ::sendmsg(m_fd, &message, MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return wouldBlock();
        }
        m_pendingBytes -= written;
        for (qsizetype left = written; left > 0;) {
            const qsizetype rest = m_pending.constFirst().size() - m_writtenOfFirst;
            if (left < rest) {
                m_writtenOfFirst += left;
                break;
            }
            left -= rest;
            m_pending.removeFirst();
            m_writtenOfFirst = 0;
        }
        if (size_t(written) < offered)
            break; // the network is full
    }
    if (m_pending.isEmpty())
        m_pending = {}; // an idle connection keeps no bookkeeping
    return true;
}

void DescriptorTransport::writeAvailable()
{
    const qint64 before = m_pendingBytes;
    if (!writePending()) {
        end();
        return;
    }
    if (m_pending.isEmpty()) {
        m_writeNotifier->setEnabled(false);
        if (m_closing) {
            end();
            return;
        }
    }
    if (m_pendingBytes < before && m_client && m_core)
        m_core->writeProgress(m_client);
}

void DescriptorTransport::setReadingPaused(bool paused)
{
    m_paused = paused;
    updateReadNotifier();
}

void DescriptorTransport::updateReadNotifier()
{
    // Level-triggered: a notifier left enabled while nothing is read would fire on every turn.
    setEnabled(m_client && !m_paused && !m_ended);
}

void DescriptorTransport::close()
{
    m_client = nullptr; // the core is done with this connection
    m_closing = true;
    updateReadNotifier();
    flush();
    if (m_pending.isEmpty())
        scheduleEnd();
    else
        QTimer::singleShot(CloseLingerMs, this, &DescriptorTransport::end);
}

void DescriptorTransport::scheduleEnd()
{
    if (m_endScheduled)
        return;
    m_endScheduled = true;
    QMetaObject::invokeMethod(this, &DescriptorTransport::end, Qt::QueuedConnection);
}

void DescriptorTransport::end()
{
    if (m_ended)
        return;
    m_ended = true;
    updateReadNotifier();
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    if (m_client && m_core)
        m_core->connectionLost(m_client);
    m_client = nullptr;
    if (m_onEnded)
        m_onEnded();
    deleteLater();
}

} // namespace broker
