#pragma once

#include <mqttcore/properties.h>
#include <mqttcore/protocol.h>

#include <QObject>

namespace gui {

/// A message as the publish panel composes it: the payload stays in the editor's form
/// (text, JSON, hex, base64, ...) so that it comes back exactly as typed.
struct SavedMessage
{
    QString group;
    QString name;
    QString topic;
    QString payloadText;
    /// The payload codec payloadText is written in (schema/payloadcodecs.h: "text", "json",
    /// "hex", "sparkplug", ...).
    QString codec = QStringLiteral("text");
    /// payloadText is a payload template (schema/payloadtemplate.h), filled in at each publish.
    bool isTemplate = false;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool retain = false;
    QString contentType;
    QString responseTopic;
    QString correlationData;
    quint32 messageExpiry = 0; ///< seconds, 0 = none
    QList<mqtt::UserProperty> userProperties;
    friend bool operator==(const SavedMessage &, const SavedMessage &) = default;
};

/// Saved message collections (named, grouped) and the recently published messages, kept
/// between runs in a JSON file (by default "messages.json" under AppDataLocation).
class SavedMessageStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedMessageStore)

public:
    static constexpr int RecentLimit = 20;

    explicit SavedMessageStore(const QString &filePath = defaultFilePath(),
                               QObject *parent = nullptr);
    static QString defaultFilePath();

    void load();
    QList<SavedMessage> saved() const { return m_saved; }
    QList<SavedMessage> recent() const { return m_recent; }
    /// Adds or replaces (same group and name).
    void save(const SavedMessage &message);
    void remove(const QString &group, const QString &name);
    /// Puts a published message first in the recent list (without duplicates).
    void addRecent(const SavedMessage &message);

signals:
    void changed();

private:
    void write();

    QString m_filePath;
    QList<SavedMessage> m_saved;
    QList<SavedMessage> m_recent;
};

} // namespace gui
