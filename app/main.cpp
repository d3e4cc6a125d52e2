// mqtt-workbench: without a subcommand the GUI starts; with one, a headless tool runs.
#include "cli/clitext.h"
#include "cli/clitranslator.h"
#include "cli/commands.h"
#ifdef WITH_GUI
#include "gui/guimain.h"
#endif

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(int, char **);
    const char *summary;
};

constexpr Subcommand subcommands[] = {
    {"pub", cli::runPub,
     QT_TRANSLATE_NOOP("cli::CliText", "publish messages (like mosquitto_pub)")},
    {"sub", cli::runSub,
     QT_TRANSLATE_NOOP("cli::CliText", "subscribe and print messages (like mosquitto_sub)")},
    {"broker", cli::runBroker, QT_TRANSLATE_NOOP("cli::CliText", "run the MQTT broker headless")},
    {"bench", cli::runBench,
     QT_TRANSLATE_NOOP("cli::CliText", "benchmark a broker: bench pub|sub|conn")},
    {"passwd", cli::runPasswd,
     QT_TRANSLATE_NOOP("cli::CliText", "create or update a password file (like mosquitto_passwd)")},
    {"monitor", cli::runMonitor,
     QT_TRANSLATE_NOOP("cli::CliText",
                       "live topics in a full-screen terminal view (like mqttools)")},
};

/// Prints in the system's language (needs an application object, which has the translator).
void printUsage()
{
    using cli::CliText;
    std::fputs(qPrintable(CliText::tr("Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]\n\n"
                                      "Without a subcommand the graphical workbench starts.\n\n"
                                      "Subcommands:\n")),
               stdout);
    for (const Subcommand &s : subcommands)
        std::printf("  %-8s %s\n", s.name, qPrintable(CliText::tr(s.summary)));
    std::fputs(qPrintable(CliText::tr(
                   "\nRun 'mqtt-workbench SUBCOMMAND --help' for the options of each.\n")),
               stdout);
}

/// Qt's own command-line options of a GUI application (QGuiApplication, QApplication, xcb),
/// which the window accepts with one or two dashes; true in *takesValue for those with a value.
bool isQtOption(const char *argument, bool *takesValue)
{
    static constexpr const char *withValue[] = {
        "platform",    "platformpluginpath", "platformtheme", "plugin",     "qwindowgeometry",
        "qwindowicon", "qwindowtitle",       "session",       "display",    "name",
        "title",       "geometry",           "style",         "stylesheet", "qmljsdebugger"};
    static constexpr const char *flags[] = {"reverse", "widgetcount", "nograb",     "dograb",
                                            "sync",    "visual",      "testability"};
    const char *name = argument + 1 + (argument[1] == '-');
    for (const char *option : withValue) {
        if (std::strcmp(name, option) == 0) {
            *takesValue = true;
            return true;
        }
        const size_t length = std::strlen(option);
        if (std::strncmp(name, option, length) == 0 && name[length] == '=') {
            *takesValue = false; // "-style=fusion"
            return true;
        }
    }
    *takesValue = false;
    return std::any_of(std::begin(flags), std::end(flags),
                       [name](const char *flag) { return std::strcmp(name, flag) == 0; });
}

/// The window's arguments: our --local-broker (set in *localBroker) and Qt's options. Returns
/// the index of the first one that is something else (a mistyped subcommand or option), 0 when
/// all are accepted.
int unacceptedWindowArgument(int argc, char **argv, bool *localBroker)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        bool takesValue = false;
        if (std::strcmp(argument, "--local-broker") == 0) {
            *localBroker = true;
            continue;
        }
        if (argument[0] == '-' && isQtOption(argument, &takesValue)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        return i;
    }
    return 0;
}

/// One line on stderr about argv[index], in the system's language (needs a QCoreApplication).
void reportUnacceptedArgument(char **argv, int index)
{
    using cli::CliText;
    const QString argument = QString::fromLocal8Bit(argv[index]);
    QString message;
    if (index == 1 && !argument.startsWith(u'-'))
        message = CliText::tr("unknown subcommand '%1' (see --help)").arg(argument);
    else if (argument.startsWith(u'-'))
        message = CliText::tr("unknown option '%1' (see --help)").arg(argument);
    else
        message = CliText::tr("unexpected argument '%1' (see --help)").arg(argument);
    std::fprintf(stderr, "mqtt-workbench: %s\n", qPrintable(message));
}

#ifdef WITH_GUI
/// Whether Qt can find a screen: a display server is named, or a platform plugin is chosen
/// (QT_QPA_PLATFORM, -platform). Without one Qt aborts (exit 134); this says why instead.
bool displayAvailable(int argc, char **argv)
{
    for (const char *variable : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        const char *value = std::getenv(variable);
        if (value && *value)
            return true;
    }
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--platform") == 0 ||
            std::strncmp(argv[i], "-platform=", 10) == 0)
            return true;
    }
    return false;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    // Not for the window: its LanguageManager installs the language the user chose.
    const auto textApplication = [&argc, argv] {
        cli::translateSubcommands();
        return std::make_unique<QCoreApplication>(argc, argv);
    };
    if (argc > 1) {
        for (const Subcommand &s : subcommands) {
            if (std::strcmp(argv[1], s.name) == 0) {
                cli::translateSubcommands();
                return s.run(argc - 1, argv + 1);
            }
        }
        if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
            const auto app = textApplication();
            printUsage();
            return 0;
        }
        if (std::strcmp(argv[1], "--version") == 0) {
            std::printf("mqtt-workbench %s\n", MQTT_WORKBENCH_VERSION);
            return 0;
        }
    }
    bool localBroker = false;
    if (const int index = unacceptedWindowArgument(argc, argv, &localBroker)) {
        const auto app = textApplication();
        reportUnacceptedArgument(argv, index);
        return 2;
    }
#ifdef WITH_GUI
    if (!displayAvailable(argc, argv)) {
        const auto app = textApplication();
        std::fprintf(stderr, "mqtt-workbench: %s\n",
                     qPrintable(cli::CliText::tr(
                         "no display for the window (DISPLAY and WAYLAND_DISPLAY are unset); "
                         "run a subcommand (see --help) or set QT_QPA_PLATFORM")));
        return 1;
    }
    gui::StartOptions options;
    options.localBroker = localBroker;
    return gui::run(argc, argv, options);
#else
    Q_UNUSED(localBroker);
    const auto app = textApplication();
    printUsage();
    return 2;
#endif
}
