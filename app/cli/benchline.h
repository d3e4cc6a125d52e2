#pragma once

#include <QJsonObject>
#include <QString>

namespace cli {

/// One result line of a bench scenario, in a fixed order so that lines of different brokers
/// line up: scenario, broker label, the rates, lost, duplicated, then the other figures.
///   scenario=flood broker=ours pub_msgs_per_s=... deliv_msgs_per_s=... lost=0 dup=0 ...
/// With --json the same fields form one JSON object.
class BenchLine
{
public:
    BenchLine(const QString &scenario, const QString &broker);

    BenchLine &rate(const char *key, double value);
    BenchLine &loss(qint64 lost, qint64 duplicated);
    BenchLine &extra(const char *key, double value, int decimals = 0);
    BenchLine &extra(const char *key, const QString &value);

    QString text() const { return m_head + m_rates + m_loss + m_extras; }
    const QJsonObject &json() const { return m_json; }
    /// Writes the line to stdout.
    void print(bool json) const;

private:
    QString m_head;
    QString m_rates;
    QString m_loss;
    QString m_extras;
    QJsonObject m_json;
};

} // namespace cli
