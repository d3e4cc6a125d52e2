#include "argumentparser.h"

namespace cli {

ArgumentParser::ArgumentParser(QString command, QString synopsis)
    : m_command(std::move(command)), m_synopsis(std::move(synopsis))
{
}

void ArgumentParser::addOption(const QStringList &names, const QString &valueName,
                               const QString &description, Arity arity)
{
    Option option;
    option.names = names;
    option.valueName = valueName;
    option.description = description;
    option.arity = valueName.isEmpty() ? Arity::Flag : arity;
    m_options.append(option);
}

void ArgumentParser::addSection(const QString &title)
{
    Option section;
    section.section = title;
    m_options.append(section);
}

void ArgumentParser::addEpilog(const QString &text)
{
    m_epilog += text;
}

int ArgumentParser::findOption(const QString &name) const
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options[i].section.isEmpty() && m_options[i].names.contains(name))
            return i;
    }
    return -1;
}

QString ArgumentParser::displayName(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

bool ArgumentParser::parse(const QStringList &arguments)
{
    m_given.clear();
    m_positional.clear();
    m_error.clear();
    m_help = false;

    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (optionsEnded || !argument.startsWith(QLatin1Char('-')) || argument.size() == 1) {
            if (m_positionalNames.isEmpty()) {
                m_error = tr("unexpected argument '%1'").arg(argument);
                return false;
            }
            m_positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("--help")) {
            m_help = true;
            continue;
        }

        // Split "--name=value" and "-xVALUE" into the name and an attached value.
        QString name;
        std::optional<QString> attached;
        if (argument.startsWith(QLatin1String("--"))) {
            name = argument.mid(2);
            const qsizetype equals = name.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                attached = name.mid(equals + 1);
                name.truncate(equals);
            }
        } else {
            name = argument.mid(1, 1);
            if (argument.size() > 2)
                attached = argument.mid(2);
        }

        const int index = findOption(name);
        if (index < 0) {
            m_error = tr("unknown option '%1'").arg(argument);
            return false;
        }
        const Option &option = m_options[index];
        QStringList values;
        if (option.arity == Arity::Flag) {
            if (attached) {
                m_error = tr("option %1 takes no value").arg(displayName(name));
                return false;
            }
        } else {
            int needed = option.arity == Arity::One ? 1 : 3;
            if (attached) {
                values.append(*attached);
                --needed;
            }
            for (; needed > 0; --needed) {
                if (++i >= arguments.size()) {
                    m_error = tr("option %1 needs %2").arg(displayName(name), option.valueName);
                    return false;
                }
                values.append(arguments[i]);
                // "-D publish user-property NAME VALUE" carries one value more.
                if (option.arity == Arity::PropertyDefinition && values.size() == 2 &&
                    values[1] == QLatin1String("user-property"))
                    ++needed;
            }
        }
        m_given[index].append(values);
    }
    return true;
}

bool ArgumentParser::isSet(const QString &name) const
{
    return m_given.contains(findOption(name));
}

QString ArgumentParser::value(const QString &name) const
{
    const QStringList all = values(name);
    return all.isEmpty() ? QString() : all.last();
}

QStringList ArgumentParser::values(const QString &name) const
{
    QStringList result;
    for (const QStringList &group : m_given.value(findOption(name)))
        result.append(group.value(0));
    return result;
}

QList<QStringList> ArgumentParser::valueGroups(const QString &name) const
{
    return m_given.value(findOption(name));
}

QString ArgumentParser::helpText() const
{
    QString text = tr("Usage: mqtt-workbench %1 %2\n").arg(m_command, m_synopsis);
    for (const Option &option : m_options) {
        if (!option.section.isEmpty()) {
            text += QLatin1Char('\n') + option.section + QLatin1String(":\n");
            continue;
        }
        QStringList shown;
        for (const QString &name : option.names)
            shown.append(displayName(name));
        QString left = QLatin1String("  ") + shown.join(QLatin1String(", "));
        if (!option.valueName.isEmpty())
            left += QLatin1Char(' ') + option.valueName;
        if (left.size() >= 30)
            text += left + QLatin1Char('\n') + QString(30, QLatin1Char(' '));
        else
            text += left.leftJustified(30);
        text += option.description + QLatin1Char('\n');
    }
    text += QStringLiteral("  --help").leftJustified(30) + tr("show this help and exit") +
            QLatin1Char('\n');
    if (!m_epilog.isEmpty())
        text += QLatin1Char('\n') + m_epilog;
    return text;
}

} // namespace cli
