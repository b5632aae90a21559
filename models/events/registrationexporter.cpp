#include "models/events/registrationexporter.h"

#include <QHash>

#include "models/csv/csvwriter.h"
#include "models/csv/headermapping.h"
#include "models/events/eventrepository.h"

namespace supolka {

Result<int> RegistrationExporter::exportFile(Database &database, qint64 eventPk, const QString &path,
                                             CsvProfile profile)
{
    using R = Result<int>;
    const EventRepository events(database);
    const std::optional<Event> event = events.findEvent(eventPk);
    if (!event)
        return R::failure(tr("This event no longer exists."));
    const QList<Registration> registrations = events.allRegistrations(eventPk);
    const QStringList fields = registrationFields();
    QList<QStringList> rows;
    rows.reserve(registrations.size());
    for (const Registration &r : registrations) {
        const QHash<QString, QString> values{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("event_id"), event->id},
            {QStringLiteral("member_id"), r.memberId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("email"), r.email},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("status"), registrationStatusKey(r.status)},
            {QStringLiteral("ticket_code"), r.ticketCode},
            {QStringLiteral("checked_in_at"), r.checkedInAt},
            {QStringLiteral("checked_in_by"), r.checkedInBy},
            {QStringLiteral("walk_in"), r.walkIn ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("consent"), r.consent.join(QLatin1Char(';'))},
            {QStringLiteral("consent_at"), r.consentAt},
            {QStringLiteral("external_ref"), r.externalRef},
            {QStringLiteral("created_at"), r.createdAt},
            {QStringLiteral("updated_at"), r.updatedAt},
            {QStringLiteral("deleted_at"), r.deletedAt},
            {QStringLiteral("origin"), r.origin},
        };
        QStringList row;
        row.reserve(fields.size());
        for (const QString &field : fields)
            row.append(values.value(field));
        rows.append(row);
    }
    if (Status status = writeCsvFile(path, fields, rows, profile); !status)
        return R::failure(status.error());
    return int(rows.size());
}

} // namespace supolka
