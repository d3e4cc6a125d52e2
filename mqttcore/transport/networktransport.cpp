#include "networktransport.h"

#include "logging.h"
#include "tlsconfiguration.h"

namespace mqtt {

void NetworkTransport::markConnected()
{
    m_connected = true;
    emit connected();
}

void NetworkTransport::finish(const ClientError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    qCDebug(lcConnection) << "transport closed:" << error.toString();
    emit closed(error);
}

QList<QSslError> NetworkTransport::allowedSslErrors(const QList<QSslError> &errors)
{
    QList<QSslError> ignorable = ignorableSslErrors(m_tls, errors);
    if (ignorable.size() == errors.size())
        return ignorable;
    m_sslProblem = describeSslErrors(errors);
    return {};
}

} // namespace mqtt
