#include "commands.h"

#include <cstdio>

int cli::runSub(int, char **)
{
    std::fputs("mqtt-workbench sub: not available in this build yet\n", stderr);
    return 2;
}
