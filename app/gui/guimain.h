#pragma once

namespace gui {

/// What the command line asks of the window; main.cpp reads it, once, with the other arguments.
struct StartOptions
{
    /// `--local-broker` (tools/run.sh): the local broker starts listening with the window, and
    /// the newcomer's offer to start it is not shown.
    bool localBroker = false;
};

/// Runs the graphical workbench; returns the exit code of the event loop.
int run(int argc, char **argv, const StartOptions &options);

} // namespace gui
