#include "sqlitejournal.h"

#include "core/logging.h"

#include <QDateTime>

namespace broker {

namespace {

/// $SYS topics are republished by every broker run; storing them would only cost writes.
bool isSysTopic(const QString &topic)
{
    return topic.startsWith(QLatin1String("$SYS"));
}

} // namespace

SqliteJournal::SqliteJournal(const PersistenceSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, &SqliteJournal::commit);
    connect(&m_writer, &SqliteWriter::committed, this, &SqliteJournal::onCommitted,
            Qt::QueuedConnection);
    connect(&m_writer, &SqliteWriter::failed, this, &SqliteJournal::onFailed, Qt::QueuedConnection);
}

SqliteJournal::~SqliteJournal()
{
    m_committed = nullptr; // the core is going away
    flush();
}

bool SqliteJournal::open(qint64 monotonicNowMs, RestoredState &state, QString *error)
{
    SqliteDatabase::Loaded loaded;
    if (!m_writer.open(m_settings.file, durable(), monotonicNowMs, loaded, error))
        return false;
    m_clockOffsetMs = QDateTime::currentMSecsSinceEpoch() - monotonicNowMs;
    m_lastDeliveryId = loaded.lastDeliveryId;
    m_lastMessageId = loaded.lastMessageId;
    // The references of the restored deliveries.
    for (const Session &session : loaded.state.sessions) {
        m_stored.insert(session.clientId);
        auto count = [&](const Delivery &delivery) {
            if (!delivery.message)
                return;
            MessageReference &ref = m_messages[delivery.message.get()];
            ref.id = loaded.messageIds.value(delivery.message.get());
            ref.keep = delivery.message;
            ++ref.count;
        };
        for (const Delivery &delivery : session.queue)
            count(delivery);
        for (const auto &[id, entry] : session.inflight)
            count(entry.delivery);
    }
    qCInfo(lcBroker).nospace() << "persistence: " << m_settings.file << " ("
                               << (durable() ? "durable" : "relaxed")
                               << "): " << loaded.state.sessions.size() << " sessions, "
                               << m_messages.size() << " stored messages, "
                               << loaded.state.retained.size() << " retained; dropped "
                               << loaded.expiredSessions << " expired sessions, "
                               << loaded.expiredMessages << " expired messages";
    state = std::move(loaded.state);
    return true;
}

// ---- bookkeeping ----

qint64 SqliteJournal::referenceMessage(const MessagePtr &message)
{
    MessageReference &ref = m_messages[message.get()];
    if (ref.count++ == 0) {
        ref.id = ++m_lastMessageId;
        ref.keep = message;
        m_pending.messageInserts.insert(ref.id, message);
    }
    return ref.id;
}

void SqliteJournal::releaseMessage(const Message *message)
{
    if (!message)
        return;
    const auto it = m_messages.find(message);
    if (it == m_messages.end() || --it->count > 0)
        return;
    const qint64 id = it->id;
    // Written and released before any commit: it never reaches the file.
    if (!m_pending.messageInserts.remove(id))
        m_pending.messageDeletes.insert(id);
    m_messages.erase(it);
}

void SqliteJournal::writeSession(const Session &session)
{
    StoredSession row;
    row.clientId = session.clientId;
    row.protocol = int(session.protocol);
    row.expiryInterval = session.expiryInterval;
    row.userName = session.userName;
    if (!session.client)
        row.disconnectedAt = session.disconnectedAtMs + m_clockOffsetMs;
    if (session.will && session.willDueMs >= 0) {
        row.will = SqliteDatabase::encodeWill(*session.will);
        row.willDueAt = session.willDueMs + m_clockOffsetMs;
    }
    m_pending.sessions.insert(session.clientId, std::move(row));
    scheduleCommit();
}

void SqliteJournal::writeDelivery(const Session &session, Delivery &delivery, quint16 packetId,
                                  int stage, quint64 sequence)
{
    bool inDatabase = false;
    StoredDelivery row;
    row.clientId = session.clientId;
    if (delivery.persistId == 0) {
        delivery.persistId = ++m_lastDeliveryId;
        row.messageId = referenceMessage(delivery.message);
    } else {
        const auto pending = m_pending.deliveries.find(delivery.persistId);
        inDatabase = pending == m_pending.deliveries.end() || pending->second.inDatabase;
        if (delivery.message)
            row.messageId = m_messages.value(delivery.message.get()).id;
    }
    row.qos = int(delivery.qos);
    row.retain = delivery.retain;
    row.subscriptionIds = delivery.subscriptionIds;
    row.packetId = packetId;
    row.stage = stage;
    row.sequence = sequence;
    m_pending.deliveries[delivery.persistId] = {inDatabase, std::move(row)};
    scheduleCommit();
}

void SqliteJournal::writeWholeSession(Session &session)
{
    writeSession(session);
    for (auto it = session.subscriptions.cbegin(); it != session.subscriptions.cend(); ++it)
        m_pending.subscriptions.insert({session.clientId, it.key()}, it.value());
    for (Delivery &delivery : session.queue)
        writeDelivery(session, delivery, 0, 0, 0);
    for (auto &[packetId, entry] : session.inflight) {
        if (entry.delivery.message) // a released QoS 2 id is not worth a row here
            writeDelivery(session, entry.delivery, packetId, int(entry.stage), entry.sequence);
    }
    for (const quint16 packetId : std::as_const(session.awaitingPubrel))
        m_pending.inboundQoS2.insert({session.clientId, packetId}, true);
}

// ---- the hooks ----

void SqliteJournal::sessionChanged(Session &session)
{
    if (session.expiryInterval == 0) {
        // Ends with its connection: nothing of it needs to survive a restart.
        sessionRemoved(session);
        return;
    }
    if (isStored(session)) {
        writeSession(session);
        return;
    }
    m_stored.insert(session.clientId);
    writeWholeSession(session);
}

void SqliteJournal::sessionRemoved(Session &session)
{
    if (!m_stored.remove(session.clientId))
        return;
    const QString &id = session.clientId;
    m_pending.sessions.remove(id);
    m_pending.sessionDeletes.insert(id); // all its rows, before any newer row of the same id
    for (auto it = m_pending.subscriptions.begin(); it != m_pending.subscriptions.end();) {
        if (it.key().first == id)
            it = m_pending.subscriptions.erase(it);
        else
            ++it;
    }
    auto forget = [&](Delivery &delivery) {
        if (delivery.persistId == 0)
            return;
        m_pending.deliveries.erase(delivery.persistId);
        releaseMessage(delivery.message.get());
        delivery.persistId = 0;
    };
    for (Delivery &delivery : session.queue)
        forget(delivery);
    for (auto &[packetId, entry] : session.inflight)
        forget(entry.delivery);
    for (const quint16 packetId : std::as_const(session.awaitingPubrel))
        m_pending.inboundQoS2.remove({id, packetId});
    scheduleCommit();
}

void SqliteJournal::subscriptionSet(const Session &session, const QString &filter,
                                    const Subscription &subscription)
{
    if (!isStored(session))
        return;
    m_pending.subscriptions.insert({session.clientId, filter}, subscription);
    scheduleCommit();
}

void SqliteJournal::subscriptionRemoved(const Session &session, const QString &filter)
{
    if (!isStored(session))
        return;
    m_pending.subscriptions.insert({session.clientId, filter}, std::nullopt);
    scheduleCommit();
}

void SqliteJournal::queued(const Session &session, Delivery &delivery)
{
    if (isStored(session))
        writeDelivery(session, delivery, 0, 0, 0);
}

void SqliteJournal::inflightStarted(const Session &session, quint16 packetId,
                                    InflightMessage &entry)
{
    if (isStored(session))
        writeDelivery(session, entry.delivery, packetId, int(entry.stage), entry.sequence);
}

void SqliteJournal::inflightReleased(const Session &session, quint16 packetId,
                                     InflightMessage &entry)
{
    if (!isStored(session) || entry.delivery.persistId == 0)
        return;
    // From now on only the packet id matters (PUBREL is re-sent after a restart).
    releaseMessage(entry.delivery.message.get());
    entry.delivery.message.reset();
    writeDelivery(session, entry.delivery, packetId, int(entry.stage), entry.sequence);
}

void SqliteJournal::deliveryRemoved(const Session &session, Delivery &delivery)
{
    if (delivery.persistId == 0)
        return;
    if (isStored(session)) {
        const auto it = m_pending.deliveries.find(delivery.persistId);
        if (it != m_pending.deliveries.end() && !it->second.inDatabase)
            m_pending.deliveries.erase(it); // written and gone before any commit
        else
            m_pending.deliveries[delivery.persistId] = {true, std::nullopt};
        releaseMessage(delivery.message.get());
        scheduleCommit();
    }
    delivery.persistId = 0;
}

void SqliteJournal::inboundQoS2Changed(const Session &session, quint16 packetId, bool awaiting)
{
    if (!isStored(session))
        return;
    m_pending.inboundQoS2.insert({session.clientId, packetId}, awaiting);
    scheduleCommit();
}

void SqliteJournal::retainedChanged(const MessagePtr &message)
{
    if (isSysTopic(message->topic))
        return;
    m_pending.retained.insert(message->topic, message->payload.isEmpty() ? nullptr : message);
    scheduleCommit();
}

void SqliteJournal::retainedRemoved(const QString &topic)
{
    m_pending.retained.insert(topic, nullptr);
    scheduleCommit();
}

// ---- commits ----

quint64 SqliteJournal::acknowledgementTicket() const
{
    if (!holdsAcknowledgements())
        return 0;
    if (!m_pending.isEmpty())
        return m_lastHandedOff + 1; // the batch being gathered
    return m_lastCommitted < m_lastHandedOff ? m_lastHandedOff : 0;
}

void SqliteJournal::setCommittedCallback(std::function<void(quint64)> callback)
{
    m_committed = std::move(callback);
}

void SqliteJournal::scheduleCommit()
{
    if (m_commitTimer.isActive())
        return;
    if (durable()) {
        // On the next event-loop turn, so that everything read from the sockets in this turn
        // shares the batch; while the writer is busy, onCommitted hands the batch over.
        if (m_lastCommitted == m_lastHandedOff)
            m_commitTimer.start(0);
    } else {
        m_commitTimer.start(std::max(1, m_settings.relaxedIntervalMs));
    }
}

void SqliteJournal::commit()
{
    if (m_pending.isEmpty())
        return;
    if (m_lastCommitted < m_lastHandedOff) {
        m_behind = !durable(); // relaxed: the disk is slower than the input
        return;                // onCommitted hands it over
    }
    m_writer.commit(++m_lastHandedOff, std::move(m_pending), m_clockOffsetMs);
    m_pending.clear();
}

void SqliteJournal::onCommitted(quint64 ticket)
{
    if (ticket <= m_lastCommitted)
        return; // flush() saw it already
    m_lastCommitted = ticket;
    if (m_failing)
        qCInfo(lcBroker).noquote() << "persistence: writing" << m_settings.file << "works again";
    m_failing = false;
    if (m_committed)
        m_committed(ticket);
    if (m_pending.isEmpty()) {
        m_behind = false;
    } else if (holdsAcknowledgements()) {
        commit(); // what gathered during that commit: the next group
    } else if (!m_commitTimer.isActive()) {
        m_commitTimer.start(std::max(1, m_settings.relaxedIntervalMs));
    }
}

void SqliteJournal::onFailed(quint64, const QString &error)
{
    if (!m_failing)
        qCCritical(lcBroker).noquote()
            << "persistence: cannot write" << m_settings.file << ":" << error
            << "(retrying; acknowledgements are held until it works again)";
    m_failing = true;
}

bool SqliteJournal::flush()
{
    m_commitTimer.stop();
    if (m_pending.isEmpty() && m_lastCommitted == m_lastHandedOff)
        return true;
    QString error;
    const quint64 ticket = ++m_lastHandedOff;
    const bool ok = m_writer.commitAndWait(ticket, std::move(m_pending), m_clockOffsetMs, &error);
    m_pending.clear();
    if (!ok) {
        qCCritical(lcBroker).noquote()
            << "persistence: cannot write" << m_settings.file << ":" << error;
        return false;
    }
    m_lastCommitted = ticket;
    if (m_committed)
        m_committed(ticket);
    return true;
}

} // namespace broker
