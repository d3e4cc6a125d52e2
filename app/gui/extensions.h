#pragma once

namespace gui {

class MainWindow;

/// Adds the optional panels (local broker, packet inspector, record/replay, $SYS dashboard,
/// themes, translations) to a freshly built main window. Called once from its constructor.
void installExtensions(MainWindow *window);

} // namespace gui
