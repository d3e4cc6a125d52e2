// mqtt-workbench: without a subcommand the GUI starts; with one, a headless tool runs.
#include "cli/commands.h"
#ifdef WITH_GUI
#include "gui/guimain.h"
#endif

#include <cstdio>
#include <cstring>

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
#ifdef WITH_GUI
    return gui::run(argc, argv);
#else
    printUsage();
    return 2;
#endif
}
