#pragma once

#include "appearance.h"
#include "guimain.h"

namespace gui {

class MainWindow;

/// Adds the optional panels (local broker, packet inspector, record/replay, $SYS dashboard,
/// schema decoder) to a freshly built main window, with the View ▸ Theme and Language menus of
/// the managers in `appearance`, and starts the local broker when `start` asks for it. The
/// panels follow the window's connections() model. Called once from the window's constructor.
void installExtensions(MainWindow *window, const Appearance &appearance, const StartOptions &start);

} // namespace gui
