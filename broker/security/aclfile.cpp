#include <broker/aclfile.h>

#include "aclmatch.h"

#include <QFile>

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
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        auto fail = [&](const QString &message) {
            *errorString = QStringLiteral("%1:%2: %3").arg(fileName).arg(lineNumber).arg(message);
            return false;
        };
        const qsizetype space = line.indexOf(u' ');
        const QString keyword = line.left(space < 0 ? line.size() : space);
        QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (keyword == u"user") {
            if (rest.isEmpty())
                return fail(QStringLiteral("user needs a name"));
            auto it = std::find_if(userRules.begin(), userRules.end(),
                                   [&](const UserRules &u) { return u.userName == rest; });
            if (it == userRules.end()) {
                userRules.append({rest, {}});
                it = userRules.end() - 1;
            }
            current = &it->rules;
            continue;
        }
        if (keyword != u"topic" && keyword != u"pattern")
            return fail(QStringLiteral("unknown keyword '%1' (expected user, topic or pattern)")
                            .arg(keyword));
        Rule rule;
        rule.pattern = keyword == u"pattern";
        const qsizetype accessEnd = rest.indexOf(u' ');
        const QString access = rest.left(accessEnd < 0 ? rest.size() : accessEnd);
        static const QList<std::pair<QString, quint8>> accessWords = {
            {QStringLiteral("read"), Read},
            {QStringLiteral("write"), Write},
            {QStringLiteral("readwrite"), Read | Write},
            {QStringLiteral("deny"), Deny}};
        for (const auto &[word, bits] : accessWords) {
            if (accessEnd > 0 && access == word) {
                rule.access = bits;
                rest = rest.mid(accessEnd + 1).trimmed();
                break;
            }
        }
        if (rest.isEmpty())
            return fail(QStringLiteral("%1 needs a topic filter").arg(keyword));
        rule.filter = rest;
        (rule.pattern ? patterns : *current).append(rule);
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
