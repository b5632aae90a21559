#pragma once

#include <optional>

#include <QColor>
#include <QPalette>
#include <QString>

namespace supolka {

// Light or dark: the system's look, or Qt's Fusion style with a light or a dark palette. Colours the code chooses
// itself (message bars, the door's signals, error texts, charts) are read from here, so that they stay readable on
// either.
class Theme final
{
public:
    enum class Mode { System, Light, Dark };

    // Applies `mode` to the whole application (widgets already shown follow).
    static void apply(Mode mode);
    static Mode mode();
    static QString name(Mode mode); // "system", "light", "dark"
    static std::optional<Mode> fromName(const QString &name);

    // Whether `palette` draws light text on a dark window.
    static bool isDark(const QPalette &palette);
    static bool isDark();
    static QPalette darkPalette();

    // The signal colours: a background, its border and a text readable both on that background and on the window's.
    enum class Signal { Positive, Warning, Error, Information };
    struct Colours
    {
        QColor background;
        QColor border;
        QColor text;
    };
    static Colours colours(Signal signal, const QPalette &palette);
    static Colours colours(Signal signal);
    // "color: #…;" for a label that reports an error on the window's background.
    static QString errorTextStyle();
};

} // namespace supolka
