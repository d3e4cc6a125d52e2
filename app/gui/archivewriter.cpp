#include "archivewriter.h"

#include <mqttcore/codec.h>
#include <mqttcore/packets.h>
#include <mqttcore/topic.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace gui {

namespace {

QString sqlError(const QSqlError &error)
{
    return error.text().trimmed().isEmpty() ? QStringLiteral("unknown error")
                                            : error.text().trimmed();
}

// The MQTT 5 properties are kept as an encoded PUBLISH without payload (mqttcore's codec does
// the work); NULL when the message has none.
QVariant encodeProperties(const mqtt::Message &message)
{
    const mqtt::Properties &properties = message.properties();
    if (properties.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    mqtt::PublishPacket packet;
    packet.topic = message.topic();
    packet.qos = message.qos();
    packet.packetId = message.qos() == mqtt::QoS::AtMostOnce ? 0 : 1;
    packet.properties = properties;
    return mqtt::encode(packet, mqtt::ProtocolVersion::V5);
}

void decodeProperties(const QByteArray &bytes, mqtt::Message &message)
{
    if (bytes.isEmpty())
        return;
    auto result = mqtt::decode(bytes, mqtt::ProtocolVersion::V5);
    if (result && std::holds_alternative<mqtt::PublishPacket>(result.value()))
        message.setProperties(std::get<mqtt::PublishPacket>(result.value()).properties);
}

} // namespace

ArchiveWriter::ArchiveWriter(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{
}

ArchiveWriter::~ArchiveWriter() = default;

ArchiveWriter::Report ArchiveWriter::report() const
{
    Report report;
    report.thread = QThread::currentThread();
    if (m_open) {
        report.count = m_count;
        report.bytes = m_bytes;
    }
    return report;
}

ArchiveWriter::Report ArchiveWriter::failed(Failure failure, const QString &detail)
{
    m_open = false;
    Report report = this->report();
    report.failure = failure;
    report.detail = detail;
    return report;
}

ArchiveWriter::Report ArchiveWriter::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failed(Failure::CreateFolder, {});
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return failed(Failure::Open, sqlError(db.lastError()));
    QSqlQuery query(db);
    const QStringList setup = {
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS messages ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, connection TEXT NOT NULL, "
                       "topic TEXT NOT NULL, received_ms INTEGER NOT NULL, qos INTEGER NOT NULL, "
                       "retain INTEGER NOT NULL, size INTEGER NOT NULL, payload BLOB NOT NULL, "
                       "properties BLOB)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS messages_received ON messages(received_ms)"),
    };
    for (const QString &statement : setup) {
        if (!query.exec(statement))
            return failed(Failure::Read, sqlError(query.lastError()));
    }
    if (!query.exec(QStringLiteral("SELECT COUNT(*), TOTAL(size) FROM messages")) || !query.next())
        return failed(Failure::Read, sqlError(query.lastError()));
    m_count = query.value(0).toLongLong();
    m_bytes = qint64(query.value(1).toDouble());
    m_open = true;
    return report();
}

ArchiveWriter::Report ArchiveWriter::write(const QList<Entry> &batch, int maxCount, qint64 maxBytes)
{
    if (!m_open || (batch.isEmpty() && m_count <= maxCount && m_bytes <= maxBytes))
        return report();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return failed(Failure::Write, sqlError(db.lastError()));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO messages (connection, topic, received_ms, qos, retain, size, payload, "
        "properties) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 addedBytes = 0;
    for (const Entry &entry : batch) {
        const mqtt::Message &message = entry.message;
        const QByteArray payload = message.payload();
        const QDateTime received =
            message.receivedAt().isValid() ? message.receivedAt() : QDateTime::currentDateTimeUtc();
        insert.bindValue(0, entry.connection);
        insert.bindValue(1, message.topic());
        insert.bindValue(2, received.toMSecsSinceEpoch());
        insert.bindValue(3, int(message.qos()));
        insert.bindValue(4, int(message.retain()));
        insert.bindValue(5, qint64(payload.size()));
        // A null QByteArray would be stored as NULL: an empty payload is an empty blob.
        insert.bindValue(6, payload.isNull() ? QByteArray("") : payload);
        insert.bindValue(7, encodeProperties(message));
        if (!insert.exec()) {
            const QString error = sqlError(insert.lastError());
            insert.finish();
            db.rollback();
            return failed(Failure::Write, error);
        }
        addedBytes += payload.size();
    }
    insert.finish();
    const qint64 countBefore = m_count;
    const qint64 bytesBefore = m_bytes;
    m_count += batch.size();
    m_bytes += addedBytes;
    const int deleted = trim(maxCount, maxBytes);
    if (deleted < 0 || !db.commit()) {
        const QString error = sqlError(db.lastError());
        db.rollback();
        m_count = countBefore;
        m_bytes = bytesBefore;
        return failed(Failure::Write, error);
    }
    Report done = report();
    done.written = int(batch.size());
    done.deleted = deleted;
    done.transaction = true;
    return done;
}

int ArchiveWriter::trim(int maxCount, qint64 maxBytes)
{
    if (m_count <= maxCount && m_bytes <= maxBytes)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, size FROM messages ORDER BY id")))
        return -1;
    qint64 count = m_count;
    qint64 bytes = m_bytes;
    qint64 lastId = -1;
    while ((count > maxCount || bytes > maxBytes) && query.next()) {
        lastId = query.value(0).toLongLong();
        bytes -= query.value(1).toLongLong();
        --count;
    }
    query.finish();
    if (lastId < 0)
        return 0;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE id <= ?"));
    remove.addBindValue(lastId);
    if (!remove.exec())
        return -1;
    const int deleted = int(m_count - count);
    m_count = count;
    m_bytes = bytes;
    return deleted;
}

QList<ArchivedMessage> ArchiveWriter::search(const ArchiveQuery &q) const
{
    QList<ArchivedMessage> found;
    if (!m_open || q.limit <= 0)
        return found;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QStringList where;
    QVariantList values;
    if (!q.connection.isEmpty()) {
        where.append(QStringLiteral("connection = ?"));
        values.append(q.connection);
    }
    if (!q.text.isEmpty()) {
        // instr() on two blobs compares bytes: the text is found in binary payloads too.
        where.append(QStringLiteral("instr(payload, ?) > 0"));
        values.append(q.text.toUtf8());
    }
    if (q.from.isValid()) {
        where.append(QStringLiteral("received_ms >= ?"));
        values.append(q.from.toMSecsSinceEpoch());
    }
    if (q.to.isValid()) {
        where.append(QStringLiteral("received_ms <= ?"));
        values.append(q.to.toMSecsSinceEpoch());
    }
    const bool filtered = !q.topicFilter.isEmpty() && q.topicFilter != u"#";
    // First the ids of the matches, newest first, without reading payloads: without a topic
    // filter SQLite applies the limit, with one the topics are matched here.
    QString sql = QStringLiteral("SELECT id, topic FROM messages");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY received_ms DESC, id DESC");
    if (!filtered)
        sql += QStringLiteral(" LIMIT %1").arg(q.limit);
    QList<qint64> ids;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (!query.exec())
            return found;
        while (ids.size() < q.limit && query.next()) {
            if (!filtered || mqtt::topicMatches(q.topicFilter, query.value(1).toString()))
                ids.append(query.value(0).toLongLong());
        }
    }
    // Then the messages themselves.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT connection, topic, received_ms, qos, retain, payload, "
                                 "properties FROM messages WHERE id = ?"));
    found.reserve(ids.size());
    for (const qint64 id : std::as_const(ids)) {
        query.bindValue(0, id);
        if (!query.exec() || !query.next())
            continue;
        mqtt::Message message(query.value(1).toString(), query.value(5).toByteArray(),
                              mqtt::QoS(query.value(3).toInt()), query.value(4).toBool());
        decodeProperties(query.value(6).toByteArray(), message);
        message.setReceivedAt(QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC));
        found.append({query.value(0).toString(), message});
        query.finish();
    }
    return found;
}

QStringList ArchiveWriter::connections() const
{
    QStringList names;
    if (!m_open)
        return names;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(
            QStringLiteral("SELECT DISTINCT connection FROM messages ORDER BY connection"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

void ArchiveWriter::close()
{
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace gui
