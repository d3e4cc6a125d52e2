#pragma once

#include <broker/broker.h>

#include <mqttcore/protocol.h>

#include <QTest>

#include <memory>

/// An in-process broker on a free port (port 0) for one test.
class TestBroker
{
public:
    explicit TestBroker(const broker::BrokerLimits &limits = defaultLimits());
    static broker::BrokerLimits defaultLimits();
    bool ok() const { return m_ok; }
    quint16 port() const { return m_port; }
    broker::Broker &broker() { return *m_broker; }

private:
    std::unique_ptr<broker::Broker> m_broker;
    quint16 m_port = 0;
    bool m_ok = false;
};

/// Adds the protocol-version column with the rows "v3.1.1" and "v5" (and "v3.1" if asked):
/// every conformance case runs for each version.
void addVersionRows(bool withV31 = false);

Q_DECLARE_METATYPE(mqtt::ProtocolVersion)
