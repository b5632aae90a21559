#include "models/sync/syncprofile.h"

namespace supolka {

QString syncProfileKey(SyncProfile profile)
{
    switch (profile) {
    case SyncProfile::Full:
        return QStringLiteral("full");
    case SyncProfile::Pseudonymized:
        return QStringLiteral("pseudonymized");
    case SyncProfile::Aggregate:
        return QStringLiteral("aggregate");
    }
    return {};
}

std::optional<SyncProfile> syncProfileFromKey(const QString &key)
{
    for (SyncProfile profile : {SyncProfile::Full, SyncProfile::Pseudonymized, SyncProfile::Aggregate}) {
        if (syncProfileKey(profile) == key)
            return profile;
    }
    return std::nullopt;
}

} // namespace supolka
