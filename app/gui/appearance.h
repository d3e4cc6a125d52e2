#pragma once

namespace gui {

class LanguageManager;
class ThemeManager;

/// The application's theme and language managers, made once in main() before any window (so
/// the window is built in the stored theme and language) and handed to the window, which
/// offers them in View ▸ Theme / Language and in Preferences. A null manager: no such choice
/// (tests that do not need one).
struct Appearance
{
    ThemeManager *themes = nullptr;
    LanguageManager *languages = nullptr;
};

} // namespace gui
