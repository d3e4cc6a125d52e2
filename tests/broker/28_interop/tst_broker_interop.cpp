// Interop: real third-party clients against our broker over real sockets — mosquitto_pub /
// mosquitto_sub (MQTT 3.1, 3.1.1 and 5) and python3-paho-mqtt — for every QoS, retained
// messages, wills and persistent sessions. The broker runs in a BrokerThread so that the test
// may block on the client processes.
#include "brokertestmain.h"
#include <broker/brokerthread.h>

#include <QFileInfo>
#include <QProcess>
#include <QTest>

class TestBrokerInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pubSub_data();
    void pubSub();
    void retained_data();
    void retained();
    void will_data();
    void will();
    void persistentSession_data();
    void persistentSession();
    void paho();

private:
    QStringList common(const QString &version) const;
    /// A mosquitto_sub in the background, waited for until its subscription is in place.
    std::unique_ptr<QProcess> startSub(const QStringList &args, int expectedSubscriptions);
    bool pub(const QStringList &args);
    qint64 subscriptions();

    std::unique_ptr<broker::BrokerThread> m_broker;
    quint16 m_port = 0;
};

void TestBrokerInterop::initTestCase()
{
    for (const char *tool : {MOSQUITTO_SUB, MOSQUITTO_PUB}) {
        if (!QFileInfo(QString::fromLocal8Bit(tool)).isExecutable()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("mosquitto-clients are not installed but CI is set");
            QSKIP("mosquitto-clients are not installed");
        }
    }
}

void TestBrokerInterop::init()
{
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(listener);
    settings.limits.sysInterval = 0;
    m_broker = std::make_unique<broker::BrokerThread>(settings);
    QVERIFY(m_broker->start());
    m_port = m_broker->broker()->listeningPorts().value(0);
}

void TestBrokerInterop::cleanup()
{
    m_broker.reset();
}

qint64 TestBrokerInterop::subscriptions()
{
    qint64 count = 0;
    QMetaObject::invokeMethod(
        m_broker->broker(), [&] { count = m_broker->broker()->stats().subscriptions; },
        Qt::BlockingQueuedConnection);
    return count;
}

QStringList TestBrokerInterop::common(const QString &version) const
{
    return {QStringLiteral("-h"),    QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-V"),        version};
}

std::unique_ptr<QProcess> TestBrokerInterop::startSub(const QStringList &args,
                                                      int expectedSubscriptions)
{
    auto process = std::make_unique<QProcess>();
    process->start(QString::fromLocal8Bit(MOSQUITTO_SUB), args);
    if (!process->waitForStarted(5000))
        return nullptr;
    const bool subscribed =
        QTest::qWaitFor([&] { return subscriptions() >= expectedSubscriptions; }, 10000);
    return subscribed ? std::move(process) : nullptr;
}

bool TestBrokerInterop::pub(const QStringList &args)
{
    QProcess process;
    process.start(QString::fromLocal8Bit(MOSQUITTO_PUB), args);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

void TestBrokerInterop::pubSub_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("qos");
    for (const char *v : {"31", "311", "5"}) {
        for (int qos = 0; qos < 3; ++qos)
            QTest::addRow("v%s:qos%d", v, qos) << QString::fromLatin1(v) << qos;
    }
}

void TestBrokerInterop::pubSub()
{
    QFETCH(QString, version);
    QFETCH(int, qos);
    const QString q = QString::number(qos);
    auto sub =
        startSub(common(version) + QStringList{"-t", "interop/#", "-q", q, "-C", "1", "-v"}, 1);
    QVERIFY(sub);
    QVERIFY(pub(common(version) + QStringList{"-t", "interop/x", "-q", q, "-m", "hello " + q}));
    QVERIFY(sub->waitForFinished(10000));
    QCOMPARE(sub->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(sub->readAllStandardOutput()).trimmed(),
             QStringLiteral("interop/x hello ") + q);
}

void TestBrokerInterop::retained_data()
{
    pubSub_data();
}

void TestBrokerInterop::retained()
{
    QFETCH(QString, version);
    QFETCH(int, qos);
    const QString q = QString::number(qos);
    QVERIFY(pub(common(version) + QStringList{"-t", "keep", "-q", q, "-r", "-m", "retained"}));
    QProcess sub;
    sub.start(QString::fromLocal8Bit(MOSQUITTO_SUB),
              common(version) + QStringList{"-t", "keep", "-q", q, "-C", "1", "-v"});
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(sub.readAllStandardOutput()).trimmed(),
             QStringLiteral("keep retained"));
    // An empty retained message clears it: a new subscriber gets nothing (-W bounds the wait).
    QVERIFY(pub(common(version) + QStringList{"-t", "keep", "-r", "-n"}));
    QProcess empty;
    empty.start(QString::fromLocal8Bit(MOSQUITTO_SUB),
                common(version) + QStringList{"-t", "keep", "-C", "1", "-W", "1"});
    QVERIFY(empty.waitForFinished(10000));
    QVERIFY(empty.readAllStandardOutput().isEmpty());
}

void TestBrokerInterop::will_data()
{
    QTest::addColumn<QString>("version");
    for (const char *v : {"31", "311", "5"})
        QTest::addRow("v%s", v) << QString::fromLatin1(v);
}

void TestBrokerInterop::will()
{
    QFETCH(QString, version);
    auto watcher =
        startSub(common(version) + QStringList{"-t", "wills/#", "-q", "1", "-C", "1"}, 1);
    QVERIFY(watcher);
    auto dying =
        startSub(common(version) + QStringList{"-t", "nothing", "--will-topic", "wills/x",
                                               "--will-payload", "gone", "--will-qos", "1"},
                 2);
    QVERIFY(dying);
    dying->kill(); // SIGKILL: no DISCONNECT, the will must be published
    QVERIFY(dying->waitForFinished(5000));
    QVERIFY(watcher->waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(watcher->readAllStandardOutput()).trimmed(), QStringLiteral("gone"));
}

void TestBrokerInterop::persistentSession_data()
{
    will_data();
}

void TestBrokerInterop::persistentSession()
{
    QFETCH(QString, version);
    QStringList session =
        common(version) +
        QStringList{"-i", "persist-" + version, "-c", "-q", "1", "-t", "stored/#"};
    if (version == QLatin1String("5"))
        session << QStringLiteral("-x") << QStringLiteral("300");
    {
        auto first = startSub(session + QStringList{"-E"}, 1); // -E: exit once subscribed
        QVERIFY(first);
        QVERIFY(first->state() == QProcess::NotRunning || first->waitForFinished(10000));
    }
    QVERIFY(pub(common(version) + QStringList{"-t", "stored/a", "-q", "1", "-m", "while away"}));
    QProcess back;
    back.start(QString::fromLocal8Bit(MOSQUITTO_SUB), session + QStringList{"-C", "1"});
    QVERIFY(back.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(back.readAllStandardOutput()).trimmed(),
             QStringLiteral("while away"));
}

void TestBrokerInterop::paho()
{
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QString::fromLocal8Bit(PYTHON3),
                 {QString::fromLocal8Bit(PAHO_SCRIPT), QString::number(m_port)});
    QVERIFY(python.waitForFinished(90000));
    const QString output = QString::fromUtf8(python.readAll());
    if (output.contains(QLatin1String("No module named 'paho'"))) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("python3-paho-mqtt is not installed but CI is set");
        QSKIP("python3-paho-mqtt is not installed");
    }
    QVERIFY2(python.exitCode() == 0, qPrintable(output));
}

BROKER_TEST_MAIN(TestBrokerInterop)
#include "tst_broker_interop.moc"
