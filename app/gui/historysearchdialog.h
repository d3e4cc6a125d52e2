#pragma once

#include "messagearchive.h"
#include "retranslator.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gui {

class MessageDetailView;

/// Searches the message history kept between runs (MessageArchive): a topic filter, text in the
/// payload and a connection; the newest matches in a table, the chosen one in a message detail.
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

    QPointer<MessageArchive> m_archive;
    QLineEdit *m_topic;
    QLineEdit *m_text;
    QComboBox *m_connection;
    QComboBox *m_age;
    QPushButton *m_searchButton;
    QLabel *m_status;
    QTableWidget *m_table;
    MessageDetailView *m_detail;
    QList<ArchivedMessage> m_results;
    bool m_searched = false;
    Retranslator m_texts;
};

} // namespace gui
