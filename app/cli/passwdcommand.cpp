#include "commands.h"

#include <cstdio>

int cli::runPasswd(int, char **)
{
    std::fputs("mqtt-workbench passwd: not available in this build yet\n", stderr);
    return 2;
}
