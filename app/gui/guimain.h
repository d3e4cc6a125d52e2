#pragma once

namespace gui {

/// Runs the graphical workbench; returns the exit code of the event loop.
int run(int argc, char **argv);

} // namespace gui
