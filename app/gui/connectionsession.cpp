#include "connectionsession.h"

#include "inspectormodel.h"
#include "messagearchive.h"
#include "messagefilterproxymodel.h"
#include "messagelogmodel.h"
#include "topichistory.h"
#include "topictreemodel.h"

#include <QDateTime>

namespace gui {

ConnectionSession::ConnectionSession(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_client(new mqtt::Client(this)),
      m_inspector(new InspectorModel(this)), m_log(new MessageLogModel(this)),
      m_logFilter(new MessageFilterProxyModel(this)), m_tree(new TopicTreeModel(this)),
      m_history(std::make_unique<TopicHistory>())
{
    m_client->setOptions(profile.options);
    m_inspector->setClient(m_client);
    m_logFilter->setLogModel(m_log);
    connect(m_client, &mqtt::Client::messageReceived, this, &ConnectionSession::onMessage);
    connect(m_client, &mqtt::Client::stateChanged, this, [this] { emit titleChanged(title()); });
}

ConnectionSession::~ConnectionSession()
{
    // Leave the broker politely; the client is a child and goes with us. Whoever follows the
    // session stops doing so before it is deleted (ConnectionList::removed).
    if (m_client->state() != mqtt::Client::State::Disconnected)
        m_client->disconnectFromBroker();
}

QString ConnectionSession::title() const
{
    QString prefix;
    switch (m_client->state()) {
    case mqtt::Client::State::Connected:
        prefix = QStringLiteral("● ");
        break;
    case mqtt::Client::State::Connecting:
    case mqtt::Client::State::Reconnecting:
        prefix = QStringLiteral("◌ ");
        break;
    case mqtt::Client::State::Disconnected:
        prefix = QStringLiteral("○ ");
        break;
    }
    return prefix + m_profile.displayName() +
           (m_instance > 1 ? QStringLiteral(" (%1)").arg(m_instance) : QString());
}

void ConnectionSession::setName(const QString &name)
{
    m_profile.name = name;
    emit titleChanged(title());
}

void ConnectionSession::setInstanceNumber(int number)
{
    m_instance = number;
    emit titleChanged(title());
}

void ConnectionSession::setHistoryLimits(int maxCount, qint64 maxBytes)
{
    m_log->setLimits(maxCount, maxBytes);
}

void ConnectionSession::setTopicHistoryLimits(int perTopicCount, qint64 perTopicBytes,
                                              qint64 totalBytes)
{
    m_history->setLimits(perTopicCount, perTopicBytes, totalBytes);
}

void ConnectionSession::setArchive(MessageArchive *archive)
{
    m_archive = archive;
}

MessageArchive *ConnectionSession::archive() const
{
    return m_archive;
}

void ConnectionSession::setPaused(bool paused)
{
    if (m_log->isPaused() == paused)
        return;
    m_log->setPaused(paused);
    emit pausedChanged(paused);
}

bool ConnectionSession::isPaused() const
{
    return m_log->isPaused();
}

void ConnectionSession::clearMessages()
{
    m_log->clear();
    m_tree->clear();
    m_history->clear();
}

void ConnectionSession::setColourForTopic(std::function<QRgb(const QString &)> colour)
{
    m_colour = std::move(colour);
}

void ConnectionSession::setSelectedMessage(const mqtt::Message &message)
{
    m_selected = message;
    m_hasSelection = true;
    emit selectedMessageChanged();
}

void ConnectionSession::clearSelectedMessage()
{
    if (!m_hasSelection)
        return;
    m_selected = mqtt::Message();
    m_hasSelection = false;
    emit selectedMessageChanged();
}

void ConnectionSession::connectToBroker()
{
    m_client->connectToBroker();
}

void ConnectionSession::disconnectFromBroker()
{
    m_client->disconnectFromBroker();
}

void ConnectionSession::onMessage(const mqtt::Message &received)
{
    // The models share the client's message (and its arrival time): no bytes are copied. The
    // client stamps what it receives; a message that comes without a time is stamped here.
    mqtt::Message message = received;
    if (!message.receivedAt().isValid())
        message.setReceivedAt(QDateTime::currentDateTimeUtc());
    m_log->append(message, m_colour ? m_colour(message.topic()) : QRgb(0));
    m_tree->append(message);
    m_history->append(message);
    if (m_archive)
        m_archive->append(m_profile.displayName(), message);
}

} // namespace gui
