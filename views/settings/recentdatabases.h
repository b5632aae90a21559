#pragma once

#include <QStringList>

namespace supolka {

// File ▸ Open recent: the databases opened on this computer, the latest first, at most Limit of them. Only paths are
// kept (no chapter names, nothing from inside the files).
class RecentDatabases final
{
public:
    static constexpr int Limit = 8;

    static QStringList list();
    // Puts `path` first (once).
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace supolka
