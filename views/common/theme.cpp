#include "views/common/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace supolka {

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
    bool captured = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

Theme::Mode &currentMode()
{
    static Theme::Mode mode = Theme::Mode::System;
    return mode;
}

} // namespace

void Theme::apply(Mode mode)
{
    SystemLook &system = systemLook();
    if (!system.captured) {
        system.style = QApplication::style()->name();
        system.palette = QApplication::palette();
        system.captured = true;
    }
    currentMode() = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        return;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
}

Theme::Mode Theme::mode()
{
    return currentMode();
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme::Mode> Theme::fromName(const QString &name)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name.compare(Theme::name(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

bool Theme::isDark()
{
    return isDark(QApplication::palette());
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x80, 0x86, 0x8b);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x31));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xf2, 0x8b, 0x82));
    palette.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    palette.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x4f, 0x4f, 0x4f));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0d, 0x0d, 0x0d));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4f, 0x4f, 0x4f));
    return palette;
}

Theme::Colours Theme::colours(Signal signal, const QPalette &palette)
{
    // Pale backgrounds with dark texts on a light window; deep backgrounds with pale texts on a dark one. Each text
    // reads at 4.5:1 or more on its background and on the window's.
    const bool dark = isDark(palette);
    switch (signal) {
    case Signal::Positive:
        return dark ? Colours{QColor(0x1e, 0x3a, 0x29), QColor(0x34, 0xa8, 0x53), QColor(0x81, 0xc9, 0x95)}
                    : Colours{QColor(0xe6, 0xf4, 0xea), QColor(0x34, 0xa8, 0x53), QColor(0x13, 0x73, 0x33)};
    case Signal::Warning:
        return dark ? Colours{QColor(0x3d, 0x2c, 0x10), QColor(0xf2, 0x99, 0x00), QColor(0xfc, 0xc3, 0x6a)}
                    : Colours{QColor(0xfe, 0xf0, 0xdb), QColor(0xf2, 0x8b, 0x00), QColor(0x9a, 0x45, 0x00)};
    case Signal::Error:
        return dark ? Colours{QColor(0x41, 0x1d, 0x1b), QColor(0xe4, 0x69, 0x62), QColor(0xf6, 0xae, 0xa9)}
                    : Colours{QColor(0xfc, 0xe8, 0xe6), QColor(0xd9, 0x30, 0x25), QColor(0xb3, 0x1c, 0x12)};
    case Signal::Information:
        break;
    }
    return dark ? Colours{QColor(0x1c, 0x2b, 0x41), QColor(0x66, 0x9d, 0xf6), QColor(0xae, 0xcb, 0xfa)}
                : Colours{QColor(0xe8, 0xf0, 0xfe), QColor(0x1a, 0x73, 0xe8), QColor(0x0b, 0x35, 0x7a)};
}

Theme::Colours Theme::colours(Signal signal)
{
    return colours(signal, QApplication::palette());
}

QString Theme::errorTextStyle()
{
    return QStringLiteral("color: %1;").arg(colours(Signal::Error).text.name());
}

} // namespace supolka
