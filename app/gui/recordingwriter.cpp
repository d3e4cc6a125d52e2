#include "recordingwriter.h"

#include <mqttcore/client.h>

namespace gui {

RecordingWriter::RecordingWriter(QObject *parent) : QObject(parent) {}

RecordingWriter::~RecordingWriter()
{
    stop();
}

bool RecordingWriter::start(mqtt::Client *client, const QString &path)
{
    stop();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = m_file.errorString();
        return false;
    }
    m_error.clear();
    m_count = 0;
    m_client = client;
    m_connection = connect(client, &mqtt::Client::messageReceived, this, &RecordingWriter::write);
    connect(client, &QObject::destroyed, this, &RecordingWriter::stop);
    emit recordingChanged(true);
    emit messageCountChanged(0);
    return true;
}

void RecordingWriter::stop()
{
    disconnect(m_connection);
    if (m_client)
        disconnect(m_client, &QObject::destroyed, this, &RecordingWriter::stop);
    m_client = nullptr;
    if (!m_file.isOpen())
        return;
    m_file.close();
    emit recordingChanged(false);
}

void RecordingWriter::write(const mqtt::Message &message)
{
    if (m_file.write(recording::toJsonLine(message)) < 0) {
        m_error = m_file.errorString();
        stop();
        return;
    }
    emit messageCountChanged(++m_count);
}

} // namespace gui
