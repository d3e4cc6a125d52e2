#include "commands.h"

#include <cstdio>

int cli::runPub(int, char **)
{
    std::fputs("mqtt-workbench pub: not available in this build yet\n", stderr);
    return 2;
}
