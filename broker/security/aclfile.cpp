#include <broker/aclfile.h>

#include "aclmatch.h"

#include <mqttcore/topic.h>

#include <QFile>
#include <QStringList>

#include <algorithm>

namespace broker {

bool AclFile::load(const QString &path, QString *errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, errorString);
}

bool AclFile::parse(const QByteArray &text, const QString &fileName, QString *errorString)
{
    QList<Rule> anonymousRules;
    QList<UserRules> userRules;
    QList<Rule> patterns;
    QList<Rule> *current = &anonymousRules;
    // Every bad line is reported, not just the first: one run shows all there is to fix.
    QStringList errors;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto fail = [&](const QString &message) {
            errors.append(QStringLiteral("%1:%2: %3").arg(fileName).arg(lineNumber).arg(message));
        };
        const qsizetype space = line.indexOf(u' ');
        const QString keyword = line.left(space < 0 ? line.size() : space);
        QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (keyword == u"user") {
            if (rest.isEmpty()) {
                fail(QStringLiteral("user needs a name"));
                // The rules that follow belong to a user we cannot name: keep them out of
                // the anonymous ones (the file is refused anyway).
                current = nullptr;
                continue;
            }
            auto it = std::find_if(userRules.begin(), userRules.end(),
                                   [&](const UserRules &u) { return u.userName == rest; });
            if (it == userRules.end()) {
                userRules.append({rest, {}});
                it = userRules.end() - 1;
            }
            current = &it->rules;
            continue;
        }
        if (keyword != u"topic" && keyword != u"pattern") {
            fail(QStringLiteral("unknown keyword '%1' (expected user, topic or pattern)")
                     .arg(keyword));
            continue;
        }
        // mosquitto's reading: "topic FILTER" (readwrite), or "topic ACCESS FILTER" where
        // ACCESS must be one of the four words; anything else in that place is a typo that
        // would otherwise turn a `deny` into a grant of a strange topic.
        Rule rule;
        rule.pattern = keyword == u"pattern";
        static const QList<std::pair<QString, quint8>> accessWords = {
            {QStringLiteral("read"), Read},
            {QStringLiteral("write"), Write},
            {QStringLiteral("readwrite"), Read | Write},
            {QStringLiteral("deny"), Deny}};
        const qsizetype accessEnd = rest.indexOf(u' ');
        const QString first = rest.left(accessEnd < 0 ? rest.size() : accessEnd);
        const auto word = std::find_if(accessWords.cbegin(), accessWords.cend(),
                                       [&](const auto &entry) { return entry.first == first; });
        if (accessEnd > 0) {
            if (word == accessWords.cend()) {
                fail(QStringLiteral("unknown access '%1' (expected read, write, readwrite or "
                                    "deny)")
                         .arg(first));
                continue;
            }
            rule.access = word->second;
            rest = rest.mid(accessEnd + 1).trimmed();
        } else if (rest.isEmpty() || word != accessWords.cend()) {
            fail(QStringLiteral("%1 needs a topic filter").arg(keyword));
            continue;
        }
        if (!mqtt::isValidTopicFilter(rest)) {
            fail(QStringLiteral("'%1' is not a valid topic filter").arg(rest));
            continue;
        }
        rule.filter = rest;
        if (rule.pattern)
            patterns.append(rule);
        else if (current)
            current->append(rule);
    }
    if (!errors.isEmpty()) {
        *errorString = errors.join(u'\n');
        return false;
    }
    m_anonymousRules = anonymousRules;
    m_userRules = userRules;
    m_patterns = patterns;
    return true;
}

Decision AclFile::check(const AclRequest &request) const
{
    const quint8 needed = request.action == AclAction::Publish ? Write : Read;
    bool granted = false;
    auto apply = [&](const Rule &rule, const QString &filter) {
        if ((rule.access & (needed | Deny)) == 0 || !detail::filterCovers(filter, request.topic))
            return false;
        if (rule.access & Deny)
            return true; // a matching deny ends the search
        granted = true;
        return false;
    };
    const QList<Rule> *rules = &m_anonymousRules;
    if (request.userName) {
        rules = nullptr;
        for (const UserRules &user : m_userRules) {
            if (user.userName == *request.userName)
                rules = &user.rules;
        }
    }
    if (rules) {
        for (const Rule &rule : *rules) {
            if (apply(rule, rule.filter))
                return Decision::Deny;
        }
    }
    for (const Rule &rule : m_patterns) {
        const auto filter = detail::expandPattern(rule.filter, request.clientId, request.userName);
        if (filter && apply(rule, *filter))
            return Decision::Deny;
    }
    return granted ? Decision::Allow : Decision::Ignore;
}

} // namespace broker
