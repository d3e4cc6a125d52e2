// Persistence of in-flight state (part of mqtt::Client, see client_p.h)

#include "client_p.h"
#include "logging.h"

namespace mqtt {

void ClientPrivate::loadStore()
{
    Q_Q(Client);
    if (storeLoaded || active.inflightStorePath.isEmpty())
        return;
    storeLoaded = true;
    InflightState stored;
    QString why;
    if (!loadInflightState(active.inflightStorePath, stored, &why)) {
        const ClientError failure(ClientError::Kind::PersistenceError, why);
        error = failure;
        QMetaObject::invokeMethod(
            q, [q, failure] { emit q->errorOccurred(failure); }, Qt::QueuedConnection);
        return;
    }
    if (active.clientId.isEmpty() && !stored.clientId.isEmpty())
        clientId = stored.clientId;
    for (InflightState::Outgoing &o : stored.outgoing) {
        OutgoingMessage message{o.message, nullptr, ++nextSequence, o.released};
        if (o.packetId && !inflight.count(o.packetId))
            inflight.emplace(o.packetId, std::move(message));
        else
            queue.push_back(std::move(message));
    }
    for (quint16 id : std::as_const(stored.incomingQos2))
        incomingQos2.insert(id, 0);
    qCDebug(lcClient) << "loaded" << stored.outgoing.size() << "outgoing and"
                      << stored.incomingQos2.size() << "incoming QoS 2 states from"
                      << active.inflightStorePath;
}

void ClientPrivate::scheduleSave()
{
    Q_Q(Client);
    if (saveScheduled || active.inflightStorePath.isEmpty())
        return;
    // Coalesce the changes of one event-loop pass into one write.
    saveScheduled = true;
    QMetaObject::invokeMethod(
        q, [this] { save(); }, Qt::QueuedConnection);
}

void ClientPrivate::save()
{
    Q_Q(Client);
    saveScheduled = false;
    if (active.inflightStorePath.isEmpty())
        return;
    InflightState state;
    state.clientId = clientId;
    std::vector<std::pair<quint64, quint16>> order;
    for (const auto &[id, message] : inflight)
        order.emplace_back(message.sequence, id);
    std::sort(order.begin(), order.end());
    for (const auto &entry : order) {
        const OutgoingMessage &m = inflight.at(entry.second);
        state.outgoing.append({entry.second, m.released, m.message});
    }
    for (const OutgoingMessage &m : queue) {
        if (m.message.qos() != QoS::AtMostOnce)
            state.outgoing.append({0, false, m.message});
    }
    state.incomingQos2 = incomingQos2.keys();
    std::sort(state.incomingQos2.begin(), state.incomingQos2.end());
    QString why;
    if (!saveInflightState(active.inflightStorePath, state, &why)) {
        error = ClientError(ClientError::Kind::PersistenceError, why);
        emit q->errorOccurred(error);
    }
}

} // namespace mqtt
