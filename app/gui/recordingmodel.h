#pragma once

#include "messagetablemodel.h"

#include <QList>

namespace gui {

/// The messages of an opened recording, shown read-only.
class RecordingModel final : public MessageTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingModel)

public:
    explicit RecordingModel(QObject *parent = nullptr);
    ~RecordingModel() override;

    const mqtt::Message &message(int row) const override { return m_messages.at(row); }
    int messageCount() const override { return int(m_messages.size()); }

    void setMessages(const QList<mqtt::Message> &messages);
    const QList<mqtt::Message> &messages() const { return m_messages; }

private:
    QList<mqtt::Message> m_messages;
};

} // namespace gui
