#include "benchline.h"

#include <QJsonDocument>

#include <cstdio>

namespace cli {

namespace {
void appendField(QString &text, const char *key, const QString &value)
{
    text += QLatin1Char(' ');
    text += QLatin1String(key);
    text += QLatin1Char('=');
    text += value;
}
} // namespace

BenchLine::BenchLine(const QString &scenario, const QString &broker)
    : m_head(QStringLiteral("scenario=%1 broker=%2").arg(scenario, broker)),
      m_loss(QStringLiteral(" lost=? dup=?")), m_json{{QStringLiteral("scenario"), scenario},
                                                      {QStringLiteral("broker"), broker}}
{
}

BenchLine &BenchLine::rate(const char *key, double value)
{
    appendField(m_rates, key, QString::number(value, 'f', 0));
    m_json.insert(QLatin1String(key), value);
    return *this;
}

BenchLine &BenchLine::loss(qint64 lost, qint64 duplicated)
{
    m_loss.clear();
    appendField(m_loss, "lost", QString::number(lost));
    appendField(m_loss, "dup", QString::number(duplicated));
    m_json.insert(QStringLiteral("lost"), lost);
    m_json.insert(QStringLiteral("dup"), duplicated);
    return *this;
}

BenchLine &BenchLine::extra(const char *key, double value, int decimals)
{
    appendField(m_extras, key, QString::number(value, 'f', decimals));
    m_json.insert(QLatin1String(key), value);
    return *this;
}

BenchLine &BenchLine::extra(const char *key, const QString &value)
{
    appendField(m_extras, key, value);
    m_json.insert(QLatin1String(key), value);
    return *this;
}

void BenchLine::print(bool json) const
{
    const QByteArray out = json ? QJsonDocument(m_json).toJson(QJsonDocument::Compact) + '\n'
                                : (text() + QLatin1Char('\n')).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

} // namespace cli
