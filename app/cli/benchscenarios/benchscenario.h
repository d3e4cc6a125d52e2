#pragma once

#include "cli/benchconnection.h"
#include "cli/benchline.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace cli {

/// Options of the scenario modes; unset ones take the scenario's default.
struct ScenarioSettings
{
    mqtt::ConnectOptions options;
    QString clientPrefix;
    QString label = QStringLiteral("broker");
    qint64 brokerPid = 0;
    bool json = false;
    int idleTimeoutS = 5;
    std::optional<qint64> count;
    std::optional<double> durationS;
    std::optional<int> publishers;
    std::optional<int> size;
    std::optional<double> rate;
    std::optional<mqtt::QoS> qos;
    std::optional<double> readRate;
    QString filter;
};

/// A bench scenario (`bench flood`, `bench retained`, ...): sets up its connections, drives
/// them, prints result lines (BenchLine) and ends the event loop. Base of the scenario files.
class BenchScenario : public QObject
{
public:
    explicit BenchScenario(const ScenarioSettings &settings);
    virtual void start() = 0;

protected:
    const ScenarioSettings &settings() const { return m_settings; }
    /// A new connection named after `role`; fails the run on its errors unless `tolerant`.
    BenchConnection *addConnection(const QString &role,
                                   std::optional<mqtt::ProtocolVersion> version = {},
                                   bool cleanStart = true, bool tolerant = false);
    /// Opens every connection not yet connected; `then` once all are.
    void connectAll(std::function<void()> then);
    /// Subscribes and calls `then` on the SUBACK.
    void subscribe(BenchConnection *connection, const QString &filter, mqtt::QoS qos,
                   std::function<void()> then);
    /// Calls `then` once `done()` holds, or when nothing arrived (noteProgress()) for the idle
    /// timeout.
    void waitForDrain(std::function<bool()> done, std::function<void()> then);
    void noteProgress() { m_lastProgressNs = BenchConnection::nowNs(); }

    /// Topic of this run: bench/<run>/<suffix>.
    QString topic(const QString &suffix) const;
    /// Publisher id of the index-th publisher of this run (see LossTally).
    quint32 publisherId(int index) const;
    quint32 runTag() const { return m_tag; }
    BenchLine line(const QString &scenario) const { return BenchLine(scenario, m_settings.label); }
    void print(const BenchLine &line) const { line.print(m_settings.json); }
    /// The broker's VmRSS in KiB, -1 without --broker-pid.
    qint64 brokerRssKiB() const;
    /// Closes the connections and ends the event loop with success.
    void finish();
    void fail(const QString &message);

private:
    ScenarioSettings m_settings;
    QList<BenchConnection *> m_connections;
    QTimer m_drainTimer;
    qint64 m_lastProgressNs = 0;
    quint32 m_tag;
    int m_pendingConnects = 0;
    bool m_finished = false;
};

/// Scenario modes, for `bench --help` and argument checks.
QStringList scenarioModes();
/// The scenario of `mode`, nullptr if none.
std::unique_ptr<BenchScenario> makeScenario(const QString &mode, const ScenarioSettings &settings);

std::unique_ptr<BenchScenario> makeRetainedScenario(const ScenarioSettings &settings);
/// `flood` (as fast as TCP lets) and `latency` (a steady QoS 1 rate) differ in defaults only.
std::unique_ptr<BenchScenario> makeFloodScenario(const ScenarioSettings &settings, bool latency);
std::unique_ptr<BenchScenario> makeNoAckScenario(const ScenarioSettings &settings);
std::unique_ptr<BenchScenario> makeLargeScenario(const ScenarioSettings &settings);

} // namespace cli
