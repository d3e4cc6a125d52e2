#pragma once

#include "recordingformat.h"

#include <QAbstractTableModel>

namespace gui {

/// The messages of an opened recording, shown read-only.
class RecordingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingModel)

public:
    enum Column
    {
        TimeColumn,
        TopicColumn,
        QosColumn,
        RetainColumn,
        SizeColumn,
        PayloadColumn,
        ColumnCount
    };

    explicit RecordingModel(QObject *parent = nullptr);
    ~RecordingModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setMessages(const QList<RecordedMessage> &messages);
    const QList<RecordedMessage> &messages() const { return m_messages; }
    void retranslate();

private:
    QList<RecordedMessage> m_messages;
};

} // namespace gui
