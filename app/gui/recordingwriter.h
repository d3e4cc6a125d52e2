#pragma once

#include "recordingformat.h"

#include <QFile>
#include <QObject>
#include <QPointer>

namespace mqtt {
class Client;
}

namespace gui {

/// Records every message a client receives to a JSON Lines file (recording::toJsonLine), as
/// it arrives. The file is flushed when recording stops and whenever the OS buffer fills.
class RecordingWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingWriter)

public:
    explicit RecordingWriter(QObject *parent = nullptr);
    ~RecordingWriter() override;

    /// Starts recording `client` into `path` (truncated); false with errorString() on failure.
    bool start(mqtt::Client *client, const QString &path);
    void stop();

    bool isRecording() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    qint64 messageCount() const { return m_count; }
    QString errorString() const { return m_error; }

signals:
    void recordingChanged(bool recording);
    void messageCountChanged(qint64 count);

private:
    void write(const mqtt::Message &message);

    QFile m_file;
    QPointer<mqtt::Client> m_client;
    QMetaObject::Connection m_connection;
    qint64 m_count = 0;
    QString m_error;
};

} // namespace gui
