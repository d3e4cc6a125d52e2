#pragma once

#include <mqttcore/message.h>

#include <QAbstractTableModel>

namespace gui {

/// A table of received messages, one row a message: the columns, roles and cell text that the
/// live message list (MessageLogModel) and an opened recording (RecordingModel) share.
/// Subclasses hold the messages; cell text is formatted lazily in data().
class MessageTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)

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
    Q_ENUM(Column)

    enum Role
    {
        TopicRole = Qt::UserRole + 1, ///< QString
        PayloadRole,                  ///< QByteArray, complete
        TimestampRole,                ///< qint64 ms since the epoch
    };

    /// How the time column reads.
    enum class TimeFormat
    {
        TimeOfDay,   ///< a live list: the messages of the last hours
        DateAndTime, ///< a recording, which may span days
    };

    ~MessageTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The message shown in `row`.
    virtual const mqtt::Message &message(int row) const = 0;
    /// Number of messages shown.
    virtual int messageCount() const = 0;

    /// Tells the views that the (translated) column titles changed: a language switch.
    void retranslate();

protected:
    MessageTableModel(TimeFormat timeFormat, QObject *parent);

private:
    TimeFormat m_timeFormat;
};

} // namespace gui
