#include "commands.h"

#include <cstdio>

int cli::runBench(int, char **)
{
    std::fputs("mqtt-workbench bench: not available in this build yet\n", stderr);
    return 2;
}
