#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

/// Command-line parsing in the style of mosquitto_pub/mosquitto_sub, which QCommandLineParser
/// cannot express: "-h" is the host (help is only "--help"), options repeat ("-t a -t b"),
/// and "-D command identifier value" takes three values (four for "user-property").
///
///     ArgumentParser parser("sub", "-t TOPIC [options]");
///     parser.addOption({"t", "topic"}, "TOPIC", "subscribe to TOPIC (repeatable)");
///     parser.addOption({"v", "verbose"}, {}, "print the topic before the payload");
///     if (!parser.parse(args)) { report(parser.errorText()); }
///     const QStringList topics = parser.values("t");
///
/// Short options take their value as the next argument or attached ("-q1"); long options as
/// the next argument or after '=' ("--qos=1"). "--" ends the options.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(cli::ArgumentParser)

public:
    /// How many values an option consumes.
    enum class Arity
    {
        Flag,               ///< no value
        One,                ///< one value
        PropertyDefinition, ///< "command identifier value", plus a second value for user-property
    };

    ArgumentParser(QString command, QString synopsis);

    /// names: one-letter names are short options ("-t"), longer ones long options ("--topic").
    /// An empty valueName makes a flag.
    void addOption(const QStringList &names, const QString &valueName, const QString &description,
                   Arity arity = Arity::One);
    /// Starts a titled group of options in the help text.
    void addSection(const QString &title);
    /// Free text printed after the options in the help text.
    void addEpilog(const QString &text);
    /// Allows positional arguments (otherwise they are an error); `names` appear in the synopsis.
    void allowPositional(const QString &names) { m_positionalNames = names; }

    /// Parses the arguments after the subcommand name. False on an unknown option, a missing
    /// value or an unexpected positional argument; errorText() says which in one line.
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_error; }

    /// "--help" was given.
    bool helpRequested() const { return m_help; }
    /// True if any name of the option was given.
    bool isSet(const QString &name) const;
    /// The value of the last occurrence (empty when not given).
    QString value(const QString &name) const;
    /// Every occurrence's value, in order.
    QStringList values(const QString &name) const;
    /// Every occurrence's values, for options with several values per occurrence.
    QList<QStringList> valueGroups(const QString &name) const;
    QStringList positionalArguments() const { return m_positional; }

    QString helpText() const;
    QString command() const { return m_command; }

private:
    struct Option
    {
        QStringList names;
        QString valueName;
        QString description;
        Arity arity = Arity::Flag;
        QString section; ///< non-empty for a section heading (no option)
    };

    int findOption(const QString &name) const;
    static QString displayName(const QString &name);

    QString m_command;
    QString m_synopsis;
    QString m_positionalNames;
    QString m_epilog;
    QList<Option> m_options;
    QHash<int, QList<QStringList>> m_given; ///< option index -> values per occurrence
    QStringList m_positional;
    QString m_error;
    bool m_help = false;
};

} // namespace cli
