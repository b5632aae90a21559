#pragma once

#include <memory>

#include <QSettings>
#include <QString>

namespace supolka {

// Where the settings live: the platform's usual place, or a file chosen by tests.
class SettingsStore final
{
public:
    // A QSettings over the current store.
    static std::unique_ptr<QSettings> open();
    // Keeps every setting in `path` (an INI file) from now on; an empty path goes back to the platform's place.
    static void useFile(const QString &path);
    static QString file();
};

} // namespace supolka
