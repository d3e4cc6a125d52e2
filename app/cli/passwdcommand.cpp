// mqtt-workbench passwd: create and update mosquitto-compatible password files, with the
// options of mosquitto_passwd.
#include "clitext.h"
#include "commands.h"

#include <broker/passwordfile.h>

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cstdio>
#include <optional>

#include <termios.h>
#include <unistd.h>

using cli::CliText;

namespace {

// Exit codes (also listed in --help).
constexpr int ExitOk = 0;
constexpr int ExitFailure = 1; // file, user or password problem
constexpr int ExitUsage = 2;   // wrong command line

int fail(const QString &message, int code = ExitFailure)
{
    std::fprintf(stderr, "mqtt-workbench passwd: %s\n", qPrintable(message));
    return code;
}

int usageError(const QString &message)
{
    fail(message, ExitUsage);
    std::fprintf(stderr, "%s\n",
                 qPrintable(CliText::tr("Run 'mqtt-workbench passwd --help' for usage.")));
    return ExitUsage;
}

void printHelp()
{
    std::fputs(
        qPrintable(CliText::tr(
            "Usage: mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c | -D] FILE USER\n"
            "       mqtt-workbench passwd [-H sha512-pbkdf2|sha512] [-c] -b FILE USER PASSWORD\n"
            "       mqtt-workbench passwd -U FILE\n"
            "\n"
            "Creates and updates password files for the broker's auth.password-file, in the\n"
            "format of mosquitto_passwd (files work with both brokers).\n"
            "\n"
            "  -b        batch mode: the password is the last argument\n"
            "  -c        create the file, replacing an existing one\n"
            "  -D        delete USER from the file\n"
            "  -H HASH   sha512-pbkdf2 (default, $7$) or sha512 ($6$, mosquitto 1.6)\n"
            "  -U        hash every plain-text password in FILE (user:password lines)\n"
            "  -h, --help  show this help\n"
            "\n"
            "Without -b the password is asked for twice without echo when standard input is a\n"
            "terminal; otherwise it is the first line of standard input.\n"
            "\n"
            "Exit codes: 0 success, 1 file, user or password problem, 2 wrong command line.\n")),
        stdout);
}

std::optional<QByteArray> readLine(FILE *in)
{
    QByteArray line;
    for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in))
        line += char(c);
    if (line.isEmpty() && std::feof(in))
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// Reads a password from the terminal without echo, or the first line of a non-terminal stdin.
std::optional<QByteArray> readPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return readLine(stdin);
    // Echo goes off before the prompt appears: whatever is typed after the prompt must be
    // neither echoed nor discarded by a flush.
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::fputs(qPrintable(prompt), stderr);
    std::fflush(stderr);
    const auto password = readLine(stdin);
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::fputc('\n', stderr);
    return password;
}

/// `-U`: replaces every user:plaintext line with user:hash; hashed lines stay as they are.
int hashPlainFile(const QString &path, broker::PasswordFile::Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(CliText::tr("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray hashed;
    int lineNumber = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        ++lineNumber;
        QByteArray line = raw;
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith('#')) {
            if (colon <= 0)
                return fail(CliText::tr("%1:%2: expected user:password").arg(path).arg(lineNumber));
            const QByteArray secret = line.mid(colon + 1);
            if (!broker::PasswordFile::isHash(secret))
                line = line.left(colon + 1) + broker::PasswordFile::hashPassword(secret, algorithm);
        }
        hashed += line + '\n';
    }
    if (hashed.endsWith("\n\n"))
        hashed.chop(1); // the file's own final newline
    broker::PasswordFile result;
    QString error;
    if (!result.parse(hashed, path, &error) || !result.save(path, &error))
        return fail(error);
    return ExitOk;
}

} // namespace

int cli::runPasswd(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // translations need an application object
    bool batch = false;
    bool create = false;
    bool remove = false;
    bool update = false;
    auto algorithm = broker::PasswordFile::Algorithm::Pbkdf2Sha512;
    QStringList positional;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"-h" || arg == u"--help") {
            printHelp();
            return ExitOk;
        }
        if (arg == u"-b") {
            batch = true;
        } else if (arg == u"-c") {
            create = true;
        } else if (arg == u"-D") {
            remove = true;
        } else if (arg == u"-U") {
            update = true;
        } else if (arg == u"-H") {
            if (++i >= argc)
                return usageError(CliText::tr("-H needs a value: sha512-pbkdf2 or sha512"));
            const QString hash = QString::fromLocal8Bit(argv[i]);
            if (hash == u"sha512-pbkdf2")
                algorithm = broker::PasswordFile::Algorithm::Pbkdf2Sha512;
            else if (hash == u"sha512")
                algorithm = broker::PasswordFile::Algorithm::Sha512;
            else
                return usageError(
                    CliText::tr("unknown hash '%1' (use sha512-pbkdf2 or sha512)").arg(hash));
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            return usageError(CliText::tr("unknown option '%1'").arg(arg));
        } else {
            positional.append(arg);
        }
    }

    if (update) {
        if (batch || create || remove || positional.size() != 1)
            return usageError(CliText::tr("-U takes only a FILE"));
        return hashPlainFile(positional[0], algorithm);
    }
    if (create && remove)
        return usageError(CliText::tr("-c and -D cannot be used together"));
    if (remove && batch)
        return usageError(CliText::tr("-b and -D cannot be used together"));
    const qsizetype expected = batch ? 3 : 2;
    if (positional.size() != expected)
        return usageError(batch ? CliText::tr("expected FILE USER PASSWORD")
                                : CliText::tr("expected FILE USER"));
    const QString &path = positional[0];
    const QString &user = positional[1];
    if (user.isEmpty() || user.contains(u':'))
        return usageError(CliText::tr("user names must not be empty or contain ':'"));

    broker::PasswordFile passwords;
    QString error;
    if (!create && !passwords.load(path, &error))
        return fail(error);

    if (remove) {
        if (!passwords.remove(user))
            return fail(CliText::tr("user %1 is not in %2").arg(user, path));
    } else {
        QByteArray password;
        if (batch) {
            password = positional[2].toUtf8();
        } else {
            const auto first = readPassword(CliText::tr("Password: "));
            if (!first)
                return fail(CliText::tr("no password given"));
            if (isatty(STDIN_FILENO)) {
                const auto second = readPassword(CliText::tr("Reenter password: "));
                if (!second || *second != *first)
                    return fail(CliText::tr("passwords do not match"));
            }
            password = *first;
        }
        if (password.isEmpty())
            return fail(CliText::tr("the password must not be empty"));
        passwords.setPassword(user, password, algorithm);
    }
    if (!passwords.save(path, &error))
        return fail(error);
    return ExitOk;
}
