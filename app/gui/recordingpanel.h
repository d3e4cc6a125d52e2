#pragma once

#include "recordingformat.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mqtt {
class Client;
}

namespace gui {

class BrokerController;
class ConnectionList;
class RecordingModel;
class RecordingWriter;
class ReplaySession;

/// Record the current connection's incoming messages to a JSON Lines file, open a recording
/// into a view, replay it to the local broker, the current connection or any broker URL at the
/// recorded pace times a speed factor, and export the current message view as JSON or CSV.
class RecordingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingPanel)

public:
    enum class Target
    {
        LocalBroker,
        CurrentConnection,
        Url,
    };

    /// Records and exports the current one of `connections`.
    RecordingPanel(ConnectionList *connections, BrokerController *localBroker,
                   QWidget *parent = nullptr);
    ~RecordingPanel() override;

    /// Record, Open recording, Export messages (for the Tools menu).
    QList<QAction *> actions() const;

    bool startRecording(const QString &path);
    void stopRecording();
    RecordingWriter *writer() const { return m_writer.get(); }

    bool openRecording(const QString &path);
    RecordingModel *recordingModel() const { return m_model; }

    /// Replays the opened recording; `speed` 0 = as fast as possible.
    void replay(Target target, double speed, const QString &url = {});
    ReplaySession *replaySession() const { return m_session.get(); }

    /// Writes the current tab's messages as shown (filtered) to `path`.
    bool exportCurrentView(const QString &path, recording::ExportFormat format);

signals:
    void replayFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void chooseRecordingFile(bool checked);
    void chooseRecordingToOpen();
    void chooseExportFile();
    void replayClicked();
    void startSession(mqtt::Client *client, double speed);
    void disconnectWhenDelivered(mqtt::Client *client, int checksLeft);

    ConnectionList *m_connections;
    BrokerController *m_localBroker;
    std::unique_ptr<RecordingWriter> m_writer;
    std::unique_ptr<ReplaySession> m_session;
    std::unique_ptr<mqtt::Client> m_replayClient;
    RecordingModel *m_model;
    QString m_openedPath;
    QString m_lastError;

    QAction *m_recordAction;
    QAction *m_openAction;
    QAction *m_exportAction;
    QLabel *m_recordStatus;
    QLabel *m_fileLabel;
    QTableView *m_view;
    QLabel *m_targetLabel;
    QComboBox *m_target;
    QLineEdit *m_url;
    QLabel *m_speedLabel;
    QDoubleSpinBox *m_speed;
    QCheckBox *m_fastest;
    QPushButton *m_replayButton;
    QProgressBar *m_progress;
};

} // namespace gui
