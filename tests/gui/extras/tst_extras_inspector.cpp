// The packet inspector on a real connection to our broker: a QoS 1 publish round trip shows
// up as decoded packets in both directions, with raw bytes that decode to the same packet.
#include "inspectorfiltermodel.h"
#include "inspectormodel.h"
#include "inspectorpanel.h"

#include <broker/broker.h>
#include <mqttcore/client.h>
#include <mqttcore/codec.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using gui::InspectorModel;

class TestExtrasInspector : public QObject
{
    Q_OBJECT

private:
    static int findRow(const InspectorModel &model, mqtt::PacketType type,
                       mqtt::Client::Direction direction)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const gui::InspectorRecord &r = model.record(row);
            if (mqtt::packetType(r.packet) == type && r.direction == direction)
                return row;
        }
        return -1;
    }

private slots:
    void publishRoundTrip()
    {
        broker::BrokerSettings settings;
        broker::ListenerSettings listener;
        listener.bindAddress = QHostAddress::LocalHost;
        settings.listeners = {listener};
        broker::Broker broker(settings);
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        mqtt::Client client;
        mqtt::ConnectOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = broker.listeningPorts().value(0);
        options.protocolVersion = mqtt::ProtocolVersion::V5;
        client.setOptions(options);

        InspectorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&client);
        gui::InspectorPanel panel;
        panel.setModel(&model);
        panel.resize(1000, 600);
        panel.show();

        client.connectToBroker();
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == mqtt::Client::State::Connected, 5000);
        mqtt::Subscription *subscription =
            client.subscribe(QStringLiteral("inspect/me"), {mqtt::QoS::AtLeastOnce});
        QSignalSpy received(subscription, &mqtt::Subscription::messageReceived);
        mqtt::Message message(QStringLiteral("inspect/me"), "round trip", mqtt::QoS::AtLeastOnce);
        message.properties().contentType = QStringLiteral("text/plain");
        client.publish(message);
        QVERIFY(received.wait(5000));

        // CONNECT/CONNACK, SUBSCRIBE/SUBACK, PUBLISH out + PUBACK in, PUBLISH in + PUBACK out.
        QTRY_VERIFY_WITH_TIMEOUT(
            findRow(model, mqtt::PacketType::Puback, mqtt::Client::Direction::Outgoing) >= 0, 5000);
        using D = mqtt::Client::Direction;
        QVERIFY(findRow(model, mqtt::PacketType::Connect, D::Outgoing) >= 0);
        QVERIFY(findRow(model, mqtt::PacketType::Connack, D::Incoming) >= 0);
        QVERIFY(findRow(model, mqtt::PacketType::Subscribe, D::Outgoing) >= 0);
        QVERIFY(findRow(model, mqtt::PacketType::Suback, D::Incoming) >= 0);
        QVERIFY(findRow(model, mqtt::PacketType::Puback, D::Incoming) >= 0);
        const int out = findRow(model, mqtt::PacketType::Publish, D::Outgoing);
        const int in = findRow(model, mqtt::PacketType::Publish, D::Incoming);
        QVERIFY(out >= 0 && in > out);

        // The decoded columns of the incoming PUBLISH.
        QCOMPARE(model.index(in, InspectorModel::TypeColumn).data().toString(),
                 QStringLiteral("PUBLISH"));
        QCOMPARE(model.index(in, InspectorModel::FlagsColumn).data().toString(),
                 QStringLiteral("d0 q1 r0"));
        QVERIFY(model.index(in, InspectorModel::PacketIdColumn).data().toInt() > 0);
        QCOMPARE(model.index(in, InspectorModel::PayloadSizeColumn).data().toInt(), 10);
        QVERIFY(model.index(in, InspectorModel::PropertiesColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String(mqtt::propertyName(mqtt::PropertyId::ContentType))));
        // The raw bytes are the packet: decoding them gives the decoded one back.
        const gui::InspectorRecord &record = model.record(in);
        const mqtt::Result<mqtt::Packet> decoded =
            mqtt::decode(record.raw, mqtt::ProtocolVersion::V5);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), record.packet);
        // A PUBLISH QoS 1 fixed header: type 3 in the high nibble, QoS bits 01 [MQTT-2.1.3-1].
        QCOMPARE(quint8(record.raw.at(0)) & 0xF6, 0x32);

        // Filters: only PUBLISH, only received.
        gui::InspectorFilterModel *filter = panel.filterModel();
        filter->setPacketType(mqtt::PacketType::Publish);
        QCOMPARE(filter->rowCount(), 2);
        filter->setDirection(int(D::Incoming));
        QCOMPARE(filter->rowCount(), 1);
        filter->setPacketType(std::nullopt);
        filter->setDirection(std::nullopt);
        filter->setText(QStringLiteral("inspect/me"));
        QVERIFY(filter->rowCount() >= 3); // SUBSCRIBE and both PUBLISH packets
        filter->setText({});

        // Selecting a row shows the decoded fields and the hex dump of its bytes.
        panel.view()->setCurrentIndex(filter->mapFromSource(model.index(in, 0)));
        const QString detail = panel.detailText();
        QVERIFY(detail.contains(QStringLiteral("inspect/me")));
        QVERIFY(
            detail.contains(InspectorModel::hexDump(record.raw).section(QLatin1Char('\n'), 0, 0)));
        QVERIFY(detail.contains(QStringLiteral("round trip")));
    }

    void boundedAndCountsDrops()
    {
        InspectorModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxCount(10);
        for (int i = 1; i <= 25; ++i) {
            mqtt::PublishPacket publish;
            publish.topic = QStringLiteral("t");
            publish.qos = mqtt::QoS::AtLeastOnce;
            publish.packetId = quint16(i);
            model.append(mqtt::Client::Direction::Incoming, publish, {});
            if (i % 7 == 0)
                model.flush();
        }
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.droppedCount(), quint64(15));
        QCOMPARE(InspectorModel::packetId(model.record(0).packet), quint16(16)); // oldest go first
        QCOMPARE(InspectorModel::packetId(model.record(9).packet), quint16(25));
    }

    void hexDumpLayout()
    {
        const QByteArray bytes =
            QByteArray::fromHex("30 0b 00 03 61 2f 62 68 65 6c 6c 6f 21 00 7f 41 42");
        const QString dump = InspectorModel::hexDump(bytes);
        const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0),
                 QStringLiteral(
                     "0000  30 0b 00 03 61 2f 62 68  65 6c 6c 6f 21 00 7f 41  0...a/bhello!..A"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("0010  42 ")));
        QVERIFY(lines.at(1).endsWith(QStringLiteral(" B")));
    }
};

QTEST_MAIN(TestExtrasInspector)
#include "tst_extras_inspector.moc"
