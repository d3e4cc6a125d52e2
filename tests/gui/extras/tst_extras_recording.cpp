// Record a session to JSON Lines and replay it into another broker: every message arrives
// equal (topic, payload bytes, QoS, retain, MQTT 5 properties), in order.
#include "brokercontroller.h"
#include "connectionsession.h"
#include "connectiontab.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "profilestore.h"
#include "recordingformat.h"
#include "recordingmodel.h"
#include "recordingpanel.h"
#include "recordingwriter.h"
#include "replaysession.h"
#include "savedmessagestore.h"

#include <broker/broker.h>
#include <mqttcore/client.h>

#include <QAction>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

mqtt::Message receivedAt(qint64 msecsSinceEpoch, mqtt::Message message)
{
    message.setReceivedAt(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC));
    return message;
}

} // namespace

class TestExtrasRecording : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<broker::Broker> startBroker()
    {
        broker::BrokerSettings settings;
        broker::ListenerSettings listener;
        listener.bindAddress = QHostAddress::LocalHost;
        settings.listeners = {listener};
        auto b = std::make_unique<broker::Broker>(settings);
        if (!b->start())
            qWarning() << b->errorString();
        return b;
    }

    static std::unique_ptr<mqtt::Client> connectTo(broker::Broker &b)
    {
        auto client = std::make_unique<mqtt::Client>();
        mqtt::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = b.listeningPorts().value(0);
        options.protocolVersion = mqtt::ProtocolVersion::V5;
        client->setOptions(options);
        client->connectToBroker();
        return client;
    }

    static QList<mqtt::Message> sessionMessages()
    {
        QList<mqtt::Message> messages;
        for (int i = 0; i < 30; ++i) {
            QByteArray payload = "value " + QByteArray::number(i);
            if (i % 5 == 0)
                payload = QByteArray("\x00\xff\x10 binary \r\n", 13) + QByteArray::number(i);
            mqtt::Message m(QStringLiteral("rec/sensor/%1").arg(i % 3), payload, mqtt::QoS(i % 3),
                            false);
            if (i % 4 == 0) {
                m.properties().contentType = QStringLiteral("application/octet-stream");
                m.properties().userProperties
                    << mqtt::UserProperty{QStringLiteral("n"), QString::number(i)};
                m.properties().correlationData = QByteArray("\x01\x02", 2);
                m.properties().responseTopic = QStringLiteral("rec/reply");
            }
            messages << m;
        }
        return messages;
    }

    /// What a subscriber can compare: subscription identifiers and the receive time differ.
    static void compareMessage(const mqtt::Message &actual, const mqtt::Message &expected)
    {
        QCOMPARE(actual.topic(), expected.topic());
        QCOMPARE(actual.payload(), expected.payload());
        QCOMPARE(actual.qos(), expected.qos());
        QCOMPARE(actual.retain(), expected.retain());
        mqtt::Properties a = actual.properties(), e = expected.properties();
        a.subscriptionIdentifiers.clear();
        e.subscriptionIdentifiers.clear();
        QCOMPARE(a, e);
    }

private slots:
    void jsonLineRoundTrip()
    {
        mqtt::Message m(QStringLiteral("a/b"), QByteArray("\x00\x01zz", 4), mqtt::QoS::ExactlyOnce,
                        true);
        m.properties().messageExpiryInterval = 60;
        m.properties().payloadFormatIndicator = 0;
        m.properties().subscriptionIdentifiers << 7;
        m.properties().userProperties
            << mqtt::UserProperty{QStringLiteral("k"), QStringLiteral("v,\"x\"")};
        const mqtt::Message in = receivedAt(1763788800123, m);
        const QByteArray line = gui::recording::toJsonLine(in);
        QVERIFY(line.endsWith('\n'));
        QVERIFY(line.count('\n') == 1);
        QVERIFY(line.contains(R"("timestamp":"2025-11-22T05:20:00.123Z")"));
        const std::optional<mqtt::Message> out = gui::recording::fromJsonLine(line);
        QVERIFY(out);
        QCOMPARE(out->receivedAt(), in.receivedAt());
        QCOMPARE(*out, in);
    }

    void malformedLinesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no timestamp") << QByteArray(R"({"topic":"a","qos":0,"payload":""})");
        QTest::newRow("no topic") << QByteArray(
            R"({"timestamp":"2026-01-01T00:00:00.000Z","qos":0,"payload":""})");
        QTest::newRow("qos 3") << QByteArray(
            R"({"timestamp":"2026-01-01T00:00:00.000Z","topic":"a","qos":3,"payload":""})");
        QTest::newRow("bad base64") << QByteArray(
            R"({"timestamp":"2026-01-01T00:00:00.000Z","topic":"a","qos":0,"payload":"!!"})");
        QTest::newRow("bad user property") << QByteArray(
            R"({"timestamp":"2026-01-01T00:00:00.000Z","topic":"a","qos":0,"payload":"","properties":{"userProperties":[["k"]]}})");
    }

    void malformedLinesAreErrors()
    {
        QFETCH(QByteArray, line);
        QString error;
        QVERIFY(!gui::recording::fromJsonLine(line, &error));
        QVERIFY(!error.isEmpty());
    }

    void recordAndReplayEveryMessageEqual()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        const QList<mqtt::Message> sent = sessionMessages();

        // Record: a subscriber on broker A, recorded while a publisher sends the session.
        auto brokerA = startBroker();
        QVERIFY(brokerA->isRunning());
        auto recorded = connectTo(*brokerA);
        mqtt::Subscription *sub =
            recorded->subscribe(QStringLiteral("rec/#"), {mqtt::QoS::ExactlyOnce});
        QTRY_COMPARE_WITH_TIMEOUT(sub->state(), mqtt::Subscription::State::Subscribed, 5000);
        gui::RecordingWriter writer;
        QVERIFY(writer.start(recorded.get(), path));
        auto publisher = connectTo(*brokerA);
        for (const mqtt::Message &m : sent)
            publisher->publish(m);
        QTRY_COMPARE_WITH_TIMEOUT(writer.messageCount(), qint64(sent.size()), 10000);
        writer.stop();
        QVERIFY(!writer.isRecording());

        QString error;
        const std::optional<QList<mqtt::Message>> file = gui::recording::readFile(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->size(), sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i)
            compareMessage(file->at(i), sent.at(i));

        // Replay into broker B at 50x speed; a subscriber there gets every message, equal.
        auto brokerB = startBroker();
        auto listener = connectTo(*brokerB);
        mqtt::Subscription *sink =
            listener->subscribe(QStringLiteral("rec/#"), {mqtt::QoS::ExactlyOnce});
        QTRY_COMPARE_WITH_TIMEOUT(sink->state(), mqtt::Subscription::State::Subscribed, 5000);
        QList<mqtt::Message> replayed;
        connect(sink, &mqtt::Subscription::messageReceived, this,
                [&](const mqtt::Message &m) { replayed << m; });
        auto replayer = connectTo(*brokerB);
        QTRY_VERIFY_WITH_TIMEOUT(replayer->state() == mqtt::Client::State::Connected, 5000);
        gui::ReplaySession session(*file, replayer.get(), 50);
        QSignalSpy finished(&session, &gui::ReplaySession::finished);
        session.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(session.sentCount(), sent.size());
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), sent.size(), 10000);
        // Per-topic order is kept ([MQTT-4.6.0-5]: ordered per topic for one publisher and QoS);
        // compare by topic and QoS stream.
        for (const mqtt::Message &expected : sent) {
            const auto it =
                std::find_if(replayed.begin(), replayed.end(), [&](const mqtt::Message &m) {
                    return m.topic() == expected.topic() && m.payload() == expected.payload();
                });
            QVERIFY2(it != replayed.end(), qPrintable(expected.topic()));
            compareMessage(*it, expected);
            replayed.erase(it);
        }
    }

    void replayKeepsTheRecordedPace()
    {
        auto b = startBroker();
        auto client = connectTo(*b);
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == mqtt::Client::State::Connected, 5000);
        QList<mqtt::Message> messages;
        for (int i = 0; i < 3; ++i) // 0, 400, 800 ms apart in the recording
            messages << receivedAt(1000 + i * 400, mqtt::Message(QStringLiteral("pace"), "x"));
        gui::ReplaySession session(messages, client.get(), 2); // twice as fast: 400 ms in all
        QSignalSpy finished(&session, &gui::ReplaySession::finished);
        QElapsedTimer clock;
        clock.start();
        session.start();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const QList<mqtt::Message> messages{
            receivedAt(0, mqtt::Message(QStringLiteral("a,b"), "say \"hi\"", mqtt::QoS::AtLeastOnce,
                                        true)),
            receivedAt(1000, mqtt::Message(QStringLiteral("bin"), QByteArray("\xff\x00", 2)))};
        QVERIFY(gui::recording::writeFile(path, messages, gui::recording::ExportFormat::Csv));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.at(0), QByteArray("timestamp,topic,qos,retain,encoding,payload\r"));
        QCOMPARE(lines.at(1),
                 QByteArray("1970-01-01T00:00:00.000Z,\"a,b\",1,1,text,\"say \"\"hi\"\"\"\r"));
        QCOMPARE(lines.at(2), QByteArray("1970-01-01T00:00:01.000Z,bin,0,0,base64,/wA=\r"));
    }
    void panelRecordsOpensAndReplaysIntoTheLocalBroker()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(
            QStringLiteral("mqtt-workbench-tst-extras-recording"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("localBroker/firstRunOffered"), true);
        QSettings().setValue(QStringLiteral("localBroker/port"), 0);
        QTemporaryDir dir;
        gui::ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
        gui::SavedMessageStore store(dir.filePath(QStringLiteral("messages.json")));
        gui::MainWindow window(&profiles, &store);
        auto *panel = window.findChild<gui::RecordingPanel *>(QStringLiteral("recordingPanel"));
        auto *local = window.findChild<gui::BrokerController *>(QStringLiteral("localBroker"));
        QVERIFY(panel && local);
        QVERIFY(local->start());
        window.findChild<QAction *>(QStringLiteral("connectLocalBroker"))->trigger();
        gui::ConnectionTab *tab = window.currentConnectionTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->client()->state(), mqtt::Client::State::Connected,
                                  5000);
        mqtt::Subscription *sub = tab->session()->client()->subscribe(QStringLiteral("panel/#"));
        QTRY_COMPARE_WITH_TIMEOUT(sub->state(), mqtt::Subscription::State::Subscribed, 5000);

        const QString path = dir.filePath(QStringLiteral("panel.jsonl"));
        QVERIFY(panel->startRecording(path));
        for (int i = 0; i < 5; ++i)
            tab->session()->client()->publish(
                mqtt::Message(QStringLiteral("panel/%1").arg(i), QByteArray::number(i)));
        QTRY_COMPARE_WITH_TIMEOUT(panel->writer()->messageCount(), qint64(5), 5000);
        panel->stopRecording();

        QVERIFY(panel->openRecording(path));
        QCOMPARE(panel->recordingModel()->rowCount(), 5);
        QCOMPARE(
            panel->recordingModel()->index(2, gui::RecordingModel::TopicColumn).data().toString(),
            QStringLiteral("panel/2"));

        // Replaying into the local broker: the tab (subscribed to panel/#) sees them again.
        const quint64 before = tab->session()->messageLog()->receivedCount();
        QSignalSpy finished(panel, &gui::RecordingPanel::replayFinished);
        panel->replay(gui::RecordingPanel::Target::LocalBroker, 0);
        QVERIFY(finished.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->messageLog()->receivedCount(), before + 5, 5000);

        // Export of the current view (everything received) as JSON Lines reads back equal.
        tab->session()->messageLog()->flush();
        const QString exported = dir.filePath(QStringLiteral("export.jsonl"));
        QVERIFY(panel->exportCurrentView(exported, gui::recording::ExportFormat::JsonLines));
        const auto back = gui::recording::readFile(exported);
        QVERIFY(back);
        QCOMPARE(back->size(), qsizetype(tab->session()->messageLog()->rowCount()));
        QCOMPARE(back->first().topic(), QStringLiteral("panel/0"));
    }
};

QTEST_MAIN(TestExtrasRecording)
#include "tst_extras_recording.moc"
