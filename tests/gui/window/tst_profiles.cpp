// Connection profiles: the dialog (simple part, URL, advanced options) and the JSON store
// (save, duplicate, delete, import/export, passwords only where asked).
#include "connectionprofile.h"
#include "passwordvault.h"
#include "profiledialog.h"
#include "profilestore.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gui::ConnectionProfile;
using gui::ProfileDialog;
using gui::ProfileStore;

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dialogEditsSimpleFields()
    {
        ConnectionProfile original;
        original.name = QStringLiteral("old");
        ProfileDialog dialog(original, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("profileName"));
        auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("profileHost"));
        auto *port = dialog.findChild<QSpinBox *>(QStringLiteral("profilePort"));
        QVERIFY(name && host && port);
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Plant floor"));
        host->clear();
        QTest::keyClicks(host, QStringLiteral("broker.local"));
        port->setValue(1884);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectionProfile edited = dialog.profile();
        QCOMPARE(edited.name, QStringLiteral("Plant floor"));
        QCOMPARE(edited.options.host, QStringLiteral("broker.local"));
        QCOMPARE(edited.options.port, quint16(1884));
        // The URL field follows the host fields.
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("profileUrl"))->text(),
                 QStringLiteral("mqtt://broker.local:1884"));
    }

    void dialogTakesUrl()
    {
        ProfileDialog dialog(ConnectionProfile{}, false);
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("profileUrl"));
        url->setText(QStringLiteral("wss://alice:secret@example.org:8443/mqtt-ws"));
        emit url->editingFinished();
        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.options.transport, mqtt::TransportKind::SecureWebSocket);
        QCOMPARE(p.options.host, QStringLiteral("example.org"));
        QCOMPARE(p.options.port, quint16(8443));
        QCOMPARE(p.options.userName.value_or(QString()), QStringLiteral("alice"));
        QCOMPARE(p.options.password.value_or(QByteArray()), QByteArray("secret"));
        QCOMPARE(p.options.webSocket.path, QStringLiteral("/mqtt-ws"));
    }

    void dialogRejectsEmptyHost()
    {
        ProfileDialog dialog(ConnectionProfile{}, false);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("profileHost"))->clear();
        dialog.accept();
        QVERIFY(dialog.isVisible()); // stays open with the reason shown
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void advancedOptionsRoundTripThroughJson()
    {
        ConnectionProfile p;
        p.id = QStringLiteral("id-1");
        p.name = QStringLiteral("all options");
        mqtt::ConnectOptions &o = p.options;
        o.transport = mqtt::TransportKind::Tls;
        o.host = QStringLiteral("h");
        o.port = 8883;
        o.tls.caFile = QStringLiteral("/ca.pem");
        o.tls.verifyPeer = false;
        o.clientId = QStringLiteral("cid");
        o.userName = QStringLiteral("u");
        o.protocolVersion = mqtt::ProtocolVersion::V3_1_1;
        o.cleanStart = false;
        o.sessionExpiry = 3600;
        o.keepAlive = 30;
        o.receiveMaximum = 10;
        o.topicAliasMaximum = 5;
        o.will = mqtt::Will{
            QStringLiteral("will/t"), QByteArray("\x00\xff", 2), mqtt::QoS::ExactlyOnce, true, {}};
        o.will->properties.willDelayInterval = 9;
        o.webSocket.extraHeaders = {{"Authorization", "Bearer x"}};
        o.reconnect.maxRetries = 7;
        o.connectProperties.userProperties = {{QStringLiteral("k"), QStringLiteral("v")}};
        p.subscribeDefault = false;
        p.subscriptions = {{QStringLiteral("a/#"),
                            {mqtt::QoS::AtLeastOnce, true, false, mqtt::RetainHandling::DoNotSend},
                            QColor(Qt::red)}};
        const ConnectionProfile back = ConnectionProfile::fromJson(p.toJson(false));
        ConnectionProfile expected = p;
        expected.options.password.reset();
        QCOMPARE(back, expected);
        // And the dialog gives back every advanced option unchanged (its will payload is text).
        p.options.will->payload = "offline";
        ProfileDialog dialog(p, true);
        QCOMPARE(dialog.profile(), p);
    }

    void storeSavesDuplicatesDeletes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        ProfileStore store(file);
        QVERIFY(store.load());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        ConnectionProfile p;
        p.name = QStringLiteral("one");
        p.options.userName = QStringLiteral("user");
        p.options.password = QByteArray("pw");
        const ConnectionProfile saved = store.save(p);
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(changed.count(), 1);
        const auto copy = store.duplicate(saved.id);
        QVERIFY(copy && copy->id != saved.id);
        QCOMPARE(store.profiles().size(), 2);

        // Without "save password" the password never reaches the file.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("\"pw\""));
        f.close();

        ProfileStore reloaded(file);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.profiles().size(), 2);
        QCOMPARE(reloaded.profile(saved.id)->name, QStringLiteral("one"));
        QVERIFY(!reloaded.profile(saved.id)->options.password);
        reloaded.remove(copy->id);
        QCOMPARE(reloaded.profiles().size(), 1);
    }

    void passwordInFileOnlyWhenAskedAndNoKeychain()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        ProfileStore store(file);
        ConnectionProfile p;
        p.options.password = QByteArray("secret-pw");
        p.savePassword = true;
        store.save(p);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        // With a keychain in the build the password goes there instead of the file.
        QCOMPARE(f.readAll().contains("secret-pw"), !gui::PasswordVault::isCompiledIn());
    }

    void exportImportWithoutPasswords()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("a.json")));
        ConnectionProfile p;
        p.name = QStringLiteral("exported");
        p.options.password = QByteArray("pw");
        p.savePassword = true;
        store.save(p);
        QString error;
        const QString exported = dir.filePath(QStringLiteral("export.json"));
        QVERIFY2(store.exportTo(exported, {}, &error), qPrintable(error));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("\"pw\""));

        ProfileStore other(dir.filePath(QStringLiteral("b.json")));
        QCOMPARE(other.importFrom(exported, &error), 1);
        QCOMPARE(other.profiles().first().name, QStringLiteral("exported"));
        QVERIFY(other.profiles().first().id != store.profiles().first().id);

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QCOMPARE(other.importFrom(broken.fileName(), &error), -1);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
