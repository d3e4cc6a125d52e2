#include "sqlitedatabase.h"

#include <mqttcore/codec.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QtEndian>

namespace broker {

namespace {

/// PRAGMA application_id of our files: "MQTW".
constexpr qint64 ApplicationId = 0x4D515457;
constexpr quint32 NeverExpires = 0xFFFFFFFF;

QString sqlError(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

QByteArray encodeIds(const QList<quint32> &ids)
{
    QByteArray bytes;
    bytes.resize(ids.size() * 4);
    for (qsizetype i = 0; i < ids.size(); ++i)
        qToBigEndian(ids.at(i), bytes.data() + i * 4);
    return bytes;
}

QList<quint32> decodeIds(const QByteArray &bytes)
{
    QList<quint32> ids;
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4)
        ids.append(qFromBigEndian<quint32>(bytes.constData() + i));
    return ids;
}

QVariant optionalInt(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

struct SqliteDatabase::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : deleteSession(db), deleteSessionSubscriptions(db), deleteSessionDeliveries(db),
          deleteSessionInbound(db), deleteMessage(db), insertMessage(db), upsertSession(db),
          upsertSubscription(db), deleteSubscription(db), upsertDelivery(db), deleteDelivery(db),
          upsertInbound(db), deleteInbound(db), upsertRetained(db), deleteRetained(db)
    {
    }
    QSqlQuery deleteSession, deleteSessionSubscriptions, deleteSessionDeliveries,
        deleteSessionInbound, deleteMessage, insertMessage, upsertSession, upsertSubscription,
        deleteSubscription, upsertDelivery, deleteDelivery, upsertInbound, deleteInbound,
        upsertRetained, deleteRetained;
};

SqliteDatabase::SqliteDatabase()
    : m_connectionName(QStringLiteral("mqtt-broker-persistence-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

void SqliteDatabase::close()
{
    m_statements.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SqliteDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    *error = sqlError(query.lastError());
    return false;
}

bool SqliteDatabase::open(const QString &path, bool durable, QString *error)
{
    close();
    m_path = path;
    const bool existed = QFileInfo::exists(path);
    QString why;
    if (openConnection(durable, &why))
        return true;
    *error = QStringLiteral("cannot use %1: %2").arg(path, why);
    close(); // every handle of openConnection is gone by now
    // Leave no empty file of ours behind: the next start would take it for damage.
    if (const QFileInfo info(path); !existed && info.isFile() && info.size() == 0)
        QFile::remove(path);
    return false;
}

bool SqliteDatabase::openConnection(bool durable, QString *error)
{
    const QString &path = m_path;
    QString why;
    auto fail = [&](const QString &reason) {
        *error = reason;
        return false;
    };
    // SQLite takes a zero-length file for a new, empty database and would start with nothing
    // restored. A file the broker creates gets its schema during the same start-up (and
    // open() removes one it created when that fails), so an empty file is damage — truncated
    // by a full disk, a copy or a restore gone wrong — and starting afresh would silently
    // drop every stored session and retained message.
    if (const QFileInfo info(path); info.isFile() && info.size() == 0)
        return fail(QStringLiteral("the file is empty (0 bytes), not a database; remove it to "
                                   "start with no stored sessions"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return fail(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
        db.setDatabaseName(path);
        // Fail at once when another process holds the file rather than wait.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open())
            return fail(sqlError(db.lastError()));
    }
    // Exclusive locking: no -shm file, and a second broker on the same file is refused.
    if (!exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), &why))
        return fail(why);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The first read: a file that is not SQLite fails here ("file is not a database").
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(sqlError(query.lastError()));
    const qint64 applicationId = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return fail(sqlError(query.lastError()));
    const bool empty = query.value(0).toLongLong() == 0;
    query.finish();
    if (!empty && applicationId != ApplicationId)
        return fail(QStringLiteral("not an MQTT Workbench broker database"));
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &why) ||
        !exec(durable ? QStringLiteral("PRAGMA synchronous=FULL")
                      : QStringLiteral("PRAGMA synchronous=NORMAL"),
              &why))
        return fail(why);
    if (empty) {
        if (!createSchema(&why))
            return fail(why);
    } else {
        if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ||
            !query.next())
            return fail(QStringLiteral("no schema version (%1)").arg(sqlError(query.lastError())));
        const int version = query.value(0).toInt();
        query.finish();
        if (version != SchemaVersion)
            return fail(QStringLiteral("schema version %1 is not supported (this build reads %2)")
                            .arg(version)
                            .arg(SchemaVersion));
    }
    // A write now takes the exclusive lock and proves the file writable.
    if (!query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('opened_at', ?)")))
        return fail(sqlError(query.lastError()));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return fail(sqlError(query.lastError()));
    query.finish();
    if (!prepareStatements(&why))
        return fail(why);
    return true;
}

bool SqliteDatabase::createSchema(QString *error)
{
    const QStringList statements = {
        QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId),
        QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('schema_version', '%1')")
            .arg(SchemaVersion),
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('application', "
                       "'mqtt-workbench broker')"),
        // Times are wall-clock milliseconds since the epoch (UTC).
        QStringLiteral("CREATE TABLE sessions(client_id TEXT PRIMARY KEY, protocol INTEGER NOT "
                       "NULL, expiry INTEGER NOT NULL, user_name TEXT, disconnected_at INTEGER, "
                       "will BLOB, will_due INTEGER)"),
        QStringLiteral("CREATE TABLE subscriptions(client_id TEXT NOT NULL, filter TEXT NOT NULL, "
                       "qos INTEGER NOT NULL, no_local INTEGER NOT NULL, retain_as_published "
                       "INTEGER NOT NULL, retain_handling INTEGER NOT NULL, identifier INTEGER "
                       "NOT NULL, PRIMARY KEY(client_id, filter)) WITHOUT ROWID"),
        // packet: the message as an MQTT 5 PUBLISH (topic, payload, QoS, retain, properties).
        QStringLiteral("CREATE TABLE messages(id INTEGER PRIMARY KEY, publisher TEXT NOT NULL, "
                       "expires_at INTEGER, packet BLOB NOT NULL)"),
        // packet_id 0: queued, in queue order by id; otherwise in flight at stage
        // (0 awaiting PUBACK, 1 awaiting PUBREC, 2 PUBREL sent: message_id is NULL).
        QStringLiteral("CREATE TABLE deliveries(id INTEGER PRIMARY KEY, client_id TEXT NOT NULL, "
                       "message_id INTEGER, qos INTEGER NOT NULL, retain INTEGER NOT NULL, "
                       "subscription_ids BLOB, packet_id INTEGER NOT NULL, stage INTEGER NOT "
                       "NULL, sequence INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX deliveries_by_client ON deliveries(client_id)"),
        QStringLiteral("CREATE TABLE inbound_qos2(client_id TEXT NOT NULL, packet_id INTEGER NOT "
                       "NULL, PRIMARY KEY(client_id, packet_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE retained(topic TEXT PRIMARY KEY, publisher TEXT NOT NULL, "
                       "expires_at INTEGER, packet BLOB NOT NULL) WITHOUT ROWID"),
    };
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = sqlError(db.lastError());
        return false;
    }
    for (const QString &sql : statements) {
        if (!exec(sql, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = sqlError(db.lastError());
        return false;
    }
    return true;
}

bool SqliteDatabase::prepareStatements(QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_statements = std::make_unique<Statements>(db);
    Statements &s = *m_statements;
    const std::pair<QSqlQuery *, const char *> all[] = {
        {&s.deleteSession, "DELETE FROM sessions WHERE client_id = ?"},
        {&s.deleteSessionSubscriptions, "DELETE FROM subscriptions WHERE client_id = ?"},
        {&s.deleteSessionDeliveries, "DELETE FROM deliveries WHERE client_id = ?"},
        {&s.deleteSessionInbound, "DELETE FROM inbound_qos2 WHERE client_id = ?"},
        {&s.deleteMessage, "DELETE FROM messages WHERE id = ?"},
        {&s.insertMessage,
         "INSERT OR REPLACE INTO messages(id, publisher, expires_at, packet) VALUES (?, ?, ?, ?)"},
        {&s.upsertSession, "INSERT OR REPLACE INTO sessions(client_id, protocol, expiry, "
                           "user_name, disconnected_at, will, will_due) VALUES (?, ?, ?, ?, ?, ?, "
                           "?)"},
        {&s.upsertSubscription,
         "INSERT OR REPLACE INTO subscriptions(client_id, filter, qos, no_local, "
         "retain_as_published, retain_handling, identifier) VALUES (?, ?, ?, ?, ?, ?, ?)"},
        {&s.deleteSubscription, "DELETE FROM subscriptions WHERE client_id = ? AND filter = ?"},
        {&s.upsertDelivery,
         "INSERT OR REPLACE INTO deliveries(id, client_id, message_id, qos, retain, "
         "subscription_ids, packet_id, stage, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        {&s.deleteDelivery, "DELETE FROM deliveries WHERE id = ?"},
        {&s.upsertInbound,
         "INSERT OR REPLACE INTO inbound_qos2(client_id, packet_id) VALUES (?, ?)"},
        {&s.deleteInbound, "DELETE FROM inbound_qos2 WHERE client_id = ? AND packet_id = ?"},
        {&s.upsertRetained, "INSERT OR REPLACE INTO retained(topic, publisher, expires_at, "
                            "packet) VALUES (?, ?, ?, ?)"},
        {&s.deleteRetained, "DELETE FROM retained WHERE topic = ?"},
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(QString::fromLatin1(sql))) {
            *error = sqlError(query->lastError());
            return false;
        }
    }
    return true;
}

namespace {

/// A stored message or will as a PUBLISH packet: the one record format of the database.
template <typename Stored> mqtt::PublishPacket asPublish(const Stored &stored)
{
    mqtt::PublishPacket packet;
    packet.topic = stored.topic;
    packet.payload = stored.payload;
    packet.qos = stored.qos;
    packet.retain = stored.retain;
    packet.packetId = stored.qos == mqtt::QoS::AtMostOnce ? 0 : 1;
    packet.properties = stored.properties;
    return packet;
}

} // namespace

QByteArray SqliteDatabase::encodeMessage(const Message &message)
{
    return mqtt::encode(asPublish(message), mqtt::ProtocolVersion::V5);
}

QByteArray SqliteDatabase::encodeWill(const mqtt::Will &will)
{
    mqtt::PublishPacket packet = asPublish(will);
    packet.properties.willDelayInterval.reset(); // kept as the session's will_due instead
    return mqtt::encode(packet, mqtt::ProtocolVersion::V5);
}

std::optional<mqtt::PublishPacket> SqliteDatabase::decodePublish(const QByteArray &bytes)
{
    auto result = mqtt::decode(bytes, mqtt::ProtocolVersion::V5);
    if (!result || !std::holds_alternative<mqtt::PublishPacket>(result.value()))
        return std::nullopt;
    return std::get<mqtt::PublishPacket>(std::move(result).value());
}

bool SqliteDatabase::load(Loaded &out, qint64 monotonicNowMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    const auto toMonotonic = [&](qint64 wall) { return monotonicNowMs + (wall - wallNow); };
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto failed = [&](const QString &what) {
        *error = QStringLiteral("cannot read %1 from %2: %3")
                     .arg(what, m_path, sqlError(query.lastError()));
        return false;
    };

    // Sessions, minus the expired ones.
    QHash<QString, qsizetype> sessionIndex;
    QStringList expiredSessions;
    std::vector<Session> &sessions = out.state.sessions;
    if (!query.exec(QStringLiteral("SELECT client_id, protocol, expiry, user_name, "
                                   "disconnected_at, will, will_due FROM sessions")))
        return failed(QStringLiteral("sessions"));
    while (query.next()) {
        Session session;
        session.clientId = query.value(0).toString();
        session.protocol = mqtt::ProtocolVersion(query.value(1).toInt());
        session.expiryInterval = quint32(query.value(2).toLongLong());
        if (!query.value(3).isNull())
            session.userName = query.value(3).toString();
        // Connected when the broker stopped (or crashed): the session counts as disconnected
        // from now on.
        const qint64 disconnectedAt =
            query.value(4).isNull() ? wallNow : std::min(wallNow, query.value(4).toLongLong());
        if (session.expiryInterval == 0 ||
            (session.expiryInterval != NeverExpires &&
             wallNow - disconnectedAt >= qint64(session.expiryInterval) * 1000)) {
            expiredSessions.append(session.clientId); // [MQTT-3.1.2-23]
            continue;
        }
        session.disconnectedAtMs = toMonotonic(disconnectedAt);
        if (!query.value(5).isNull() && !query.value(6).isNull()) {
            if (auto packet = decodePublish(query.value(5).toByteArray())) {
                session.will = std::make_unique<mqtt::Will>(
                    mqtt::Will{packet->topic, packet->payload, packet->qos, packet->retain,
                               packet->properties});
                session.willDueMs = std::max<qint64>(0, toMonotonic(query.value(6).toLongLong()));
            }
        }
        sessionIndex.insert(session.clientId, qsizetype(sessions.size()));
        sessions.push_back(std::move(session));
    }
    out.expiredSessions = expiredSessions.size();

    if (!query.exec(QStringLiteral("SELECT client_id, filter, qos, no_local, retain_as_published, "
                                   "retain_handling, identifier FROM subscriptions")))
        return failed(QStringLiteral("subscriptions"));
    while (query.next()) {
        const auto it = sessionIndex.constFind(query.value(0).toString());
        if (it == sessionIndex.cend())
            continue;
        Subscription subscription;
        subscription.options.maximumQoS = mqtt::QoS(std::clamp(query.value(2).toInt(), 0, 2));
        subscription.options.noLocal = query.value(3).toBool();
        subscription.options.retainAsPublished = query.value(4).toBool();
        subscription.options.retainHandling =
            mqtt::RetainHandling(std::clamp(query.value(5).toInt(), 0, 2));
        subscription.identifier = quint32(query.value(6).toLongLong());
        sessions[size_t(*it)].subscriptions.insert(query.value(1).toString(), subscription);
    }

    // Messages, minus the expired ones.
    QHash<qint64, MessagePtr> messages;
    if (!query.exec(QStringLiteral("SELECT id, publisher, expires_at, packet FROM messages")))
        return failed(QStringLiteral("messages"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        out.lastMessageId = std::max(out.lastMessageId, id);
        auto packet = decodePublish(query.value(3).toByteArray());
        if (!packet) {
            *error = QStringLiteral("cannot read messages from %1: message %2 is damaged")
                         .arg(m_path)
                         .arg(id);
            return false;
        }
        auto message = std::make_shared<Message>();
        message->topic = std::move(packet->topic);
        message->payload = std::move(packet->payload);
        message->qos = packet->qos;
        message->retain = packet->retain;
        message->properties = std::move(packet->properties);
        message->publisherId = query.value(1).toString();
        if (!query.value(2).isNull()) {
            const qint64 expiresAt = query.value(2).toLongLong();
            if (expiresAt <= wallNow) {
                ++out.expiredMessages; // [MQTT-3.3.2-5]
                continue;
            }
            message->expiresAtMs = std::max<qint64>(1, toMonotonic(expiresAt));
        }
        messages.insert(id, message);
    }

    // Deliveries in id order: the queue order.
    QList<qint64> droppedDeliveries;
    if (!query.exec(QStringLiteral("SELECT id, client_id, message_id, qos, retain, "
                                   "subscription_ids, packet_id, stage, sequence FROM deliveries "
                                   "ORDER BY id")))
        return failed(QStringLiteral("deliveries"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        out.lastDeliveryId = std::max(out.lastDeliveryId, id);
        const auto sessionIt = sessionIndex.constFind(query.value(1).toString());
        if (sessionIt == sessionIndex.cend())
            continue; // removed below with its session
        Session &session = sessions[size_t(*sessionIt)];
        const quint16 packetId = quint16(query.value(6).toUInt());
        const auto stage = InflightMessage::Stage(std::clamp(query.value(7).toInt(), 0, 2));
        Delivery delivery;
        delivery.persistId = id;
        delivery.qos = mqtt::QoS(std::clamp(query.value(3).toInt(), 0, 2));
        delivery.retain = query.value(4).toBool();
        delivery.subscriptionIds = decodeIds(query.value(5).toByteArray());
        const bool released = packetId != 0 && stage == InflightMessage::Stage::AwaitingPubcomp;
        if (!released) {
            delivery.message = messages.value(query.value(2).toLongLong());
            if (!delivery.message) {
                droppedDeliveries.append(id); // its message expired
                continue;
            }
            out.messageIds.insert(delivery.message.get(), query.value(2).toLongLong());
        }
        if (packetId == 0) {
            session.queuedBytes += delivery.message->payload.size();
            session.queue.push_back(std::move(delivery));
        } else {
            InflightMessage &entry = session.inflight[packetId];
            entry.delivery = std::move(delivery);
            entry.stage = stage;
            entry.sequence = query.value(8).toULongLong();
            session.nextSequence = std::max(session.nextSequence, entry.sequence + 1);
        }
    }

    if (!query.exec(QStringLiteral("SELECT client_id, packet_id FROM inbound_qos2")))
        return failed(QStringLiteral("inbound QoS 2 ids"));
    while (query.next()) {
        const auto it = sessionIndex.constFind(query.value(0).toString());
        if (it != sessionIndex.cend())
            sessions[size_t(*it)].awaitingPubrel.insert(quint16(query.value(1).toUInt()));
    }

    if (!query.exec(QStringLiteral("SELECT topic, publisher, expires_at, packet FROM retained")))
        return failed(QStringLiteral("retained messages"));
    while (query.next()) {
        auto packet = decodePublish(query.value(3).toByteArray());
        if (!packet)
            continue;
        auto message = std::make_shared<Message>();
        message->topic = std::move(packet->topic);
        message->payload = std::move(packet->payload);
        message->qos = packet->qos;
        message->retain = true;
        message->properties = std::move(packet->properties);
        message->publisherId = query.value(1).toString();
        if (!query.value(2).isNull()) {
            const qint64 expiresAt = query.value(2).toLongLong();
            if (expiresAt <= wallNow) {
                ++out.expiredMessages;
                continue;
            }
            message->expiresAtMs = std::max<qint64>(1, toMonotonic(expiresAt));
        }
        out.state.retained.push_back(std::move(message));
    }
    query.finish();

    // Drop what was found expired, what belongs to no session and what nothing refers to.
    if (!db.transaction()) {
        *error = sqlError(db.lastError());
        return false;
    }
    bool ok = true;
    QSqlQuery clean(db);
    ok = ok && clean.prepare(QStringLiteral("DELETE FROM sessions WHERE client_id = ?"));
    for (const QString &id : std::as_const(expiredSessions)) {
        clean.addBindValue(id);
        ok = ok && clean.exec();
    }
    ok = ok && clean.prepare(QStringLiteral("DELETE FROM deliveries WHERE id = ?"));
    for (const qint64 id : std::as_const(droppedDeliveries)) {
        clean.addBindValue(id);
        ok = ok && clean.exec();
    }
    const QString wall = QString::number(wallNow);
    for (const QString &sql :
         {QStringLiteral("DELETE FROM subscriptions WHERE client_id NOT IN "
                         "(SELECT client_id FROM sessions)"),
          QStringLiteral("DELETE FROM deliveries WHERE client_id NOT IN "
                         "(SELECT client_id FROM sessions)"),
          QStringLiteral("DELETE FROM inbound_qos2 WHERE client_id NOT IN "
                         "(SELECT client_id FROM sessions)"),
          QStringLiteral("DELETE FROM messages WHERE id NOT IN "
                         "(SELECT message_id FROM deliveries WHERE message_id IS NOT NULL)"),
          QStringLiteral("DELETE FROM retained WHERE expires_at IS NOT NULL AND expires_at <= ") +
              wall}) {
        ok = ok && clean.exec(sql);
    }
    if (!ok) {
        *error = QStringLiteral("cannot clean up %1: %2").arg(m_path, sqlError(clean.lastError()));
        db.rollback();
        return false;
    }
    clean.finish();
    if (!db.commit()) {
        *error = sqlError(db.lastError());
        return false;
    }
    return true;
}

bool SqliteDatabase::apply(const JournalBatch &batch, qint64 clockOffsetMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Statements &s = *m_statements;
    QSqlQuery *failedQuery = nullptr;
    auto run = [&](QSqlQuery &query, std::initializer_list<QVariant> values) {
        if (failedQuery)
            return;
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        if (!query.exec())
            failedQuery = &query;
    };
    auto wallTime = [&](qint64 monotonicMs) {
        return monotonicMs == 0 ? QVariant() : QVariant(monotonicMs + clockOffsetMs);
    };

    if (!db.transaction()) {
        *error = sqlError(db.lastError());
        return false;
    }
    for (const QString &clientId : batch.sessionDeletes) {
        run(s.deleteSession, {clientId});
        run(s.deleteSessionSubscriptions, {clientId});
        run(s.deleteSessionDeliveries, {clientId});
        run(s.deleteSessionInbound, {clientId});
    }
    for (const qint64 id : batch.messageDeletes)
        run(s.deleteMessage, {id});
    for (auto it = batch.messageInserts.cbegin(); it != batch.messageInserts.cend(); ++it) {
        const Message &message = *it.value();
        run(s.insertMessage,
            {it.key(), message.publisherId, wallTime(message.expiresAtMs), encodeMessage(message)});
    }
    for (const StoredSession &session : batch.sessions) {
        run(s.upsertSession, {session.clientId, session.protocol, qint64(session.expiryInterval),
                              session.userName ? QVariant(*session.userName) : QVariant(),
                              optionalInt(session.disconnectedAt),
                              session.will.isEmpty() ? QVariant() : QVariant(session.will),
                              optionalInt(session.willDueAt)});
    }
    for (auto it = batch.subscriptions.cbegin(); it != batch.subscriptions.cend(); ++it) {
        if (const auto &sub = it.value()) {
            run(s.upsertSubscription,
                {it.key().first, it.key().second, int(sub->options.maximumQoS),
                 int(sub->options.noLocal), int(sub->options.retainAsPublished),
                 int(sub->options.retainHandling), qint64(sub->identifier)});
        } else {
            run(s.deleteSubscription, {it.key().first, it.key().second});
        }
    }
    for (const auto &[id, pending] : batch.deliveries) {
        if (const auto &row = pending.row) {
            run(s.upsertDelivery,
                {id, row->clientId, row->messageId ? QVariant(row->messageId) : QVariant(),
                 row->qos, int(row->retain),
                 row->subscriptionIds.isEmpty() ? QVariant() : encodeIds(row->subscriptionIds),
                 int(row->packetId), row->stage, qint64(row->sequence)});
        } else {
            run(s.deleteDelivery, {id});
        }
    }
    for (auto it = batch.inboundQoS2.cbegin(); it != batch.inboundQoS2.cend(); ++it) {
        run(it.value() ? s.upsertInbound : s.deleteInbound, {it.key().first, int(it.key().second)});
    }
    for (auto it = batch.retained.cbegin(); it != batch.retained.cend(); ++it) {
        if (const MessagePtr &message = it.value()) {
            run(s.upsertRetained, {it.key(), message->publisherId, wallTime(message->expiresAtMs),
                                   encodeMessage(*message)});
        } else {
            run(s.deleteRetained, {it.key()});
        }
    }
    if (failedQuery) {
        *error = sqlError(failedQuery->lastError());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = sqlError(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

} // namespace broker
