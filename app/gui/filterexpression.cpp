#include "filterexpression.h"

#include <mqttcore/topic.h>

#include <QCoreApplication>

namespace gui {

FilterExpression::FilterExpression(const QString &text)
{
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString word : words) {
        Term term;
        if (word.size() > 1 && (word.startsWith(u'-') || word.startsWith(u'!'))) {
            term.exclude = true;
            word.remove(0, 1);
        }
        if (word.size() >= 2 && word.startsWith(u'/') && word.endsWith(u'/')) {
            term.kind = Term::Regex;
            term.regex = QRegularExpression(word.mid(1, word.size() - 2),
                                            QRegularExpression::CaseInsensitiveOption);
            if (!term.regex.isValid()) {
                m_error = QCoreApplication::translate("FilterExpression",
                                                      "Invalid regular expression %1: %2")
                              .arg(word, term.regex.errorString());
                continue;
            }
        } else if (mqtt::hasWildcards(word) && mqtt::isValidTopicFilter(word)) {
            term.kind = Term::TopicFilter;
        }
        term.text = word;
        m_terms.append(term);
    }
}

bool FilterExpression::termMatches(const Term &term, const QString &topic)
{
    switch (term.kind) {
    case Term::Substring:
        return topic.contains(term.text, Qt::CaseInsensitive);
    case Term::TopicFilter:
        return mqtt::topicMatches(term.text, topic);
    case Term::Regex:
        return term.regex.match(topic).hasMatch();
    }
    return false;
}

bool FilterExpression::matches(const QString &topic) const
{
    for (const Term &term : m_terms) {
        if (termMatches(term, topic) == term.exclude)
            return false;
    }
    return true;
}

} // namespace gui
