#pragma once

#include "messagearchive.h"
#include "retranslator.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gui {

class MessageDetailView;

/// Searches the message history kept between runs (MessageArchive): a topic filter, text in the
/// payload, a connection and a time span (a quick choice such as "Last hour", or any From/To
/// range); the newest matches in a table, the chosen one in a message detail.
class HistorySearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySearchDialog)

public:
    static constexpr int ResultLimit = 1000;

    explicit HistorySearchDialog(MessageArchive *archive, QWidget *parent = nullptr);
    ~HistorySearchDialog() override;

    void setTopicFilter(const QString &filter);
    void setText(const QString &text);
    /// The connection to search (empty: all).
    void setConnection(const QString &connection);
    /// Only messages received in the last `seconds` (0: any time); one of the offered spans.
    void setMaxAge(qint64 seconds);
    /// Only messages received from `from` to `to` (both included, to the second shown); an
    /// invalid end is open. Chooses "Custom range".
    void setRange(const QDateTime &from, const QDateTime &to);
    const QList<ArchivedMessage> &results() const { return m_results; }
    MessageDetailView *detailView() const { return m_detail; }
    QTableWidget *resultTable() const { return m_table; }

public slots:
    /// Searches (the archive writes what it has queued first).
    void search();
    /// Refreshes the list of connections.
    void reloadConnections();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(int row);
    /// The From/To fields follow the quick choice; they are editable in "Custom range".
    void applySpan();

    /// The item of "Custom range" in the span box (the others carry their age in seconds).
    static constexpr int CustomSpan = -1;

    QPointer<MessageArchive> m_archive;
    QLineEdit *m_topic;
    QLineEdit *m_text;
    QComboBox *m_connection;
    QComboBox *m_age;
    QCheckBox *m_fromOn;
    QDateTimeEdit *m_from;
    QCheckBox *m_toOn;
    QDateTimeEdit *m_to;
    QPushButton *m_searchButton;
    QLabel *m_status;
    QTableWidget *m_table;
    MessageDetailView *m_detail;
    QList<ArchivedMessage> m_results;
    bool m_searched = false;
    bool m_applyingSpan = false; ///< the fields are being filled from the quick choice
    Retranslator m_texts;
};

} // namespace gui
