#include "views/settings/settingsstore.h"

namespace supolka {

namespace {

QString &storeFile()
{
    static QString path;
    return path;
}

} // namespace

std::unique_ptr<QSettings> SettingsStore::open()
{
    if (storeFile().isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(storeFile(), QSettings::IniFormat);
}

void SettingsStore::useFile(const QString &path)
{
    storeFile() = path;
}

QString SettingsStore::file()
{
    return storeFile();
}

} // namespace supolka
