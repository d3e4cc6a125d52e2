#pragma once

#include <QObject>
#include <QPalette>

namespace gui {

/// Light and dark appearance on the Fusion style. "System" keeps the palette the platform
/// gave the application at start-up, so a dark desktop gives a dark workbench. The choice is
/// stored in QSettings ("appearance/theme") and applied at once to every widget.
class ThemeManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeManager)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)

public:
    enum class Theme
    {
        System,
        Light,
        Dark,
    };
    Q_ENUM(Theme)

    /// Must be created after QApplication and before any palette change; applies the stored theme.
    explicit ThemeManager(QObject *parent = nullptr);
    ~ThemeManager() override;

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);

    /// True when the palette in effect has a dark window background.
    static bool isDark();
    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    void themeChanged(gui::ThemeManager::Theme theme);

private:
    void apply();

    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
};

} // namespace gui
