#include "messagefilterproxymodel.h"

#include "messagelogmodel.h"

#include <algorithm>

namespace gui {

namespace {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool containsIgnoringAsciiCase(const QByteArray &haystack, const QByteArray &lowerNeedle)
{
    const auto it =
        std::search(haystack.cbegin(), haystack.cend(), lowerNeedle.cbegin(), lowerNeedle.cend(),
                    [](char a, char b) { return asciiLower(a) == b; });
    return it != haystack.cend();
}

} // namespace

MessageFilterProxyModel::MessageFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void MessageFilterProxyModel::setLogModel(MessageLogModel *model)
{
    m_log = model;
    setSourceModel(model);
}

void MessageFilterProxyModel::setTopicFilter(const QString &expression)
{
    m_topicFilter = FilterExpression(expression);
    invalidateRowsFilter();
}

void MessageFilterProxyModel::setPayloadFilter(const QString &text)
{
    QByteArray needle = text.toUtf8();
    std::transform(needle.begin(), needle.end(), needle.begin(), asciiLower);
    m_payloadNeedle = needle;
    invalidateRowsFilter();
}

bool MessageFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_log || sourceParent.isValid())
        return false;
    const mqtt::Message &m = m_log->message(sourceRow);
    if (!m_topicFilter.isEmpty() && !m_topicFilter.matches(m.topic()))
        return false;
    return m_payloadNeedle.isEmpty() || containsIgnoringAsciiCase(m.payload(), m_payloadNeedle);
}

} // namespace gui
