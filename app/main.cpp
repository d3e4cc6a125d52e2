// mqtt-workbench: without a subcommand the GUI starts; with one, a headless tool runs.
#include "cli/commands.h"
#ifdef WITH_GUI
#include "gui/guimain.h"
#endif

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace {

struct Subcommand
{
    const char *name;
    int (*run)(int, char **);
    const char *summary;
};

constexpr Subcommand subcommands[] = {
    {"pub", cli::runPub, "publish messages (like mosquitto_pub)"},
    {"sub", cli::runSub, "subscribe and print messages (like mosquitto_sub)"},
    {"broker", cli::runBroker, "run the MQTT broker headless"},
    {"bench", cli::runBench, "benchmark a broker: bench pub|sub|conn"},
    {"passwd", cli::runPasswd, "create or update a password file (like mosquitto_passwd)"},
    {"monitor", cli::runMonitor, "live topics in a full-screen terminal view (like mqttools)"},
};

void printUsage()
{
    std::fputs("Usage: mqtt-workbench [SUBCOMMAND] [OPTIONS]\n\n"
               "Without a subcommand the graphical workbench starts.\n\nSubcommands:\n",
               stdout);
    for (const Subcommand &s : subcommands)
        std::printf("  %-8s %s\n", s.name, s.summary);
    std::fputs("\nRun 'mqtt-workbench SUBCOMMAND --help' for the options of each.\n", stdout);
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

/// The window's arguments: our --local-broker and Qt's options. Returns false after printing
/// one line on stderr when one is something else (a mistyped subcommand or option).
bool checkWindowArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        bool takesValue = false;
        if (std::strcmp(argument, "--local-broker") == 0)
            continue;
        if (argument[0] == '-' && isQtOption(argument, &takesValue)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        if (i == 1 && argument[0] != '-')
            std::fprintf(stderr, "mqtt-workbench: unknown subcommand '%s' (see --help)\n",
                         argument);
        else if (argument[0] == '-')
            std::fprintf(stderr, "mqtt-workbench: unknown option '%s' (see --help)\n", argument);
        else
            std::fprintf(stderr, "mqtt-workbench: unexpected argument '%s' (see --help)\n",
                         argument);
        return false;
    }
    return true;
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
    if (argc > 1) {
        for (const Subcommand &s : subcommands) {
            if (std::strcmp(argv[1], s.name) == 0)
                return s.run(argc - 1, argv + 1);
        }
        if (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
            printUsage();
            return 0;
        }
        if (std::strcmp(argv[1], "--version") == 0) {
            std::printf("mqtt-workbench %s\n", MQTT_WORKBENCH_VERSION);
            return 0;
        }
    }
    if (!checkWindowArguments(argc, argv))
        return 2;
#ifdef WITH_GUI
    if (!displayAvailable(argc, argv)) {
        std::fputs("mqtt-workbench: no display for the window (DISPLAY and WAYLAND_DISPLAY are "
                   "unset); run a subcommand (see --help) or set QT_QPA_PLATFORM\n",
                   stderr);
        return 1;
    }
    return gui::run(argc, argv);
#else
    printUsage();
    return 2;
#endif
}
