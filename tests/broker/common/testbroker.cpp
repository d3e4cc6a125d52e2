#include "testbroker.h"

TestBroker::TestBroker(const broker::BrokerLimits &limits)
{
    broker::BrokerSettings settings;
    broker::ListenerSettings listener;
    listener.bindAddress = QHostAddress::LocalHost;
    settings.listeners.append(listener);
    settings.limits = limits;
    m_broker = std::make_unique<broker::Broker>(settings);
    m_ok = m_broker->start();
    if (m_ok)
        m_port = m_broker->listeningPorts().value(0);
}

broker::BrokerLimits TestBroker::defaultLimits()
{
    broker::BrokerLimits limits;
    limits.sysInterval = 0; // tests of $SYS turn it on themselves
    return limits;
}

void addVersionRows(bool withV31)
{
    QTest::addColumn<mqtt::ProtocolVersion>("version");
    if (withV31)
        QTest::newRow("v3.1") << mqtt::ProtocolVersion::V3_1;
    QTest::newRow("v3.1.1") << mqtt::ProtocolVersion::V3_1_1;
    QTest::newRow("v5") << mqtt::ProtocolVersion::V5;
}
