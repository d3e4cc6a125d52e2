#include "recordingmodel.h"

namespace gui {

RecordingModel::RecordingModel(QObject *parent) : MessageTableModel(TimeFormat::DateAndTime, parent)
{
}

RecordingModel::~RecordingModel() = default;

void RecordingModel::setMessages(const QList<mqtt::Message> &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

} // namespace gui
