#include "models/members/memberjson.h"

namespace supolka::memberjson {

namespace {

QJsonObject counts(const QList<QPair<QString, int>> &counts)
{
    QJsonObject object;
    for (const auto &[key, count] : counts)
        object.insert(key, count);
    return object;
}

} // namespace

QJsonObject statistics(const MemberStatistics &statistics)
{
    return {{QStringLiteral("members"), statistics.members},
            {QStringLiteral("by_country"), counts(statistics.byCountry)},
            {QStringLiteral("by_status"), counts(statistics.byStatus)},
            {QStringLiteral("by_skill"), counts(statistics.bySkill)}};
}

QJsonObject searchHit(const Member &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.displayName()},
            {QStringLiteral("first_name"), m.firstName},
            {QStringLiteral("last_name"), m.lastName},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("city"), m.city},
            {QStringLiteral("country"), m.country}};
}

} // namespace supolka::memberjson
