#pragma once

#include "guimain.h"

namespace gui {

class MainWindow;

/// Adds the optional panels (local broker, packet inspector, record/replay, $SYS dashboard,
/// themes, translations) to a freshly built main window, and starts the local broker when
/// `start` asks for it. Called once from its constructor.
void installExtensions(MainWindow *window, const StartOptions &start);

} // namespace gui
