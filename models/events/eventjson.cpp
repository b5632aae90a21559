#include "models/events/eventjson.h"

#include "models/core/timestamps.h"
#include "models/events/ticketcode.h"

namespace supolka::eventjson {

QJsonObject event(const Event &event)
{
    return {{QStringLiteral("id"), event.id}, {QStringLiteral("title"), event.title}};
}

QJsonObject summary(const EventSummary &summary)
{
    const Event &e = summary.event;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), eventKindKey(e.kind)},
            {QStringLiteral("starts_at"), isoTimestamp(e.startsAt)},
            {QStringLiteral("city"), e.city},
            {QStringLiteral("country"), e.country},
            {QStringLiteral("registered"), summary.counts.registered},
            {QStringLiteral("cancelled"), summary.counts.cancelled},
            {QStringLiteral("checked_in"), summary.counts.checkedIn},
            {QStringLiteral("walk_ins"), summary.counts.walkIns}};
}

QJsonObject registration(const Registration &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("email"), r.email},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("status"), registrationStatusKey(r.status)},
            {QStringLiteral("ticket_code"), ticketcode::display(r.ticketCode)},
            {QStringLiteral("checked_in_at"), r.checkedInAt},
            {QStringLiteral("checked_in_by"), r.checkedInBy},
            {QStringLiteral("walk_in"), r.walkIn}};
}

} // namespace supolka::eventjson
