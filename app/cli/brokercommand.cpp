#include "commands.h"

#include <cstdio>

int cli::runBroker(int, char **)
{
    std::fputs("mqtt-workbench broker: not available in this build yet\n", stderr);
    return 2;
}
