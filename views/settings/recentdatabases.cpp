#include "views/settings/recentdatabases.h"

#include <QDir>
#include <QFileInfo>

#include "views/settings/settings.h"

namespace supolka {

namespace {

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QStringList RecentDatabases::list()
{
    return settings::recentDatabases.value();
}

void RecentDatabases::add(const QString &path)
{
    const QString added = normalised(path);
    QStringList paths = list();
    paths.removeAll(added);
    paths.prepend(added);
    while (paths.size() > Limit)
        paths.removeLast();
    settings::recentDatabases.setValue(paths);
}

void RecentDatabases::remove(const QString &path)
{
    QStringList paths = list();
    paths.removeAll(normalised(path));
    settings::recentDatabases.setValue(paths);
}

void RecentDatabases::clear()
{
    settings::recentDatabases.reset();
}

} // namespace supolka
