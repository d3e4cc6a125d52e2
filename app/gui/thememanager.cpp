#include "thememanager.h"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

namespace gui {

namespace {
constexpr auto settingsKey = "appearance/theme";

/// Fusion, with the check boxes of menu items outlined in the text colour: Fusion outlines
/// them in a shade of the window colour, which a dark palette makes invisible when unchecked.
class WorkbenchStyle final : public QProxyStyle
{
public:
    WorkbenchStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox || !qobject_cast<const QMenu *>(widget))
            return;
        QColor frame = option->palette.color(QPalette::Text);
        frame.setAlphaF(0.6f);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent), m_systemPalette(QApplication::palette())
{
    QApplication::setStyle(new WorkbenchStyle);
    const int stored = QSettings().value(settingsKey, int(Theme::System)).toInt();
    m_theme =
        stored >= int(Theme::System) && stored <= int(Theme::Dark) ? Theme(stored) : Theme::System;
    apply();
}

ThemeManager::~ThemeManager() = default;

void ThemeManager::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(settingsKey, int(theme));
    apply();
    emit themeChanged(theme);
}

bool ThemeManager::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QPalette ThemeManager::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette ThemeManager::darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(225, 225, 228), disabled(127, 127, 132),
        highlight(31, 111, 235);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(53, 53, 57));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 85, 85));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 43));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(88, 166, 255));
    p.setColor(QPalette::LinkVisited, QColor(188, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 84));
    return p;
}

void ThemeManager::apply()
{
    switch (m_theme) {
    case Theme::System:
        QApplication::setPalette(m_systemPalette);
        break;
    case Theme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace gui
