#pragma once

#include <QLocale>
#include <QString>

namespace supolka {

// The language the GUI speaks now ("be", "ru", "en"): Languages::apply makes it the default QLocale.
inline QString uiLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

} // namespace supolka
