#include "models/events/registrationsql.h"

#include <QSqlError>
#include <QVariant>

#include "models/text/sortkey.h"

namespace supolka::registrationsql {

const QString &select()
{
    static const QString sql = QStringLiteral(
        "SELECT r.pk, r.id, r.event_pk, r.member_pk, r.guest_name, r.guest_email, r.guest_phone, r.status, "
        "r.ticket_code, r.checked_in_at, r.checked_in_by, r.walk_in, r.consent, r.consent_at, r.external_ref, "
        "r.created_at, r.updated_at, r.deleted_at, r.origin, m.id, m.first_name, m.middle_name, m.last_name, "
        "m.email, m.phone FROM registrations r LEFT JOIN members m ON m.pk = r.member_pk ");
    return sql;
}

Registration read(const QSqlQuery &query)
{
    Registration r;
    int i = 0;
    r.pk = query.value(i++).toLongLong();
    r.id = query.value(i++).toString();
    r.eventPk = query.value(i++).toLongLong();
    r.memberPk = query.value(i++).toLongLong();
    r.guestName = query.value(i++).toString();
    r.guestEmail = query.value(i++).toString();
    r.guestPhone = query.value(i++).toString();
    r.status = registrationStatusFromKey(query.value(i++).toString()).value_or(RegistrationStatus::Registered);
    r.ticketCode = query.value(i++).toString();
    r.checkedInAt = query.value(i++).toString();
    r.checkedInBy = query.value(i++).toString();
    r.walkIn = query.value(i++).toBool();
    r.consent = query.value(i).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    ++i;
    r.consentAt = query.value(i++).toString();
    r.externalRef = query.value(i++).toString();
    r.createdAt = query.value(i++).toString();
    r.updatedAt = query.value(i++).toString();
    r.deletedAt = query.value(i++).toString();
    r.origin = query.value(i++).toString();
    if (r.memberPk != 0) {
        r.memberId = query.value(i++).toString();
        QStringList parts;
        for (int part = 0; part < 3; ++part) {
            const QString word = query.value(i++).toString().trimmed();
            r.nameParts.append(word);
            if (!word.isEmpty())
                parts.append(word);
        }
        r.name = parts.join(QLatin1Char(' '));
        r.email = query.value(i++).toString();
        r.phone = query.value(i++).toString();
    } else {
        r.name = r.guestName;
        r.email = r.guestEmail;
        r.phone = r.guestPhone;
    }
    return r;
}

ListKeys listKeys(const Registration &registration)
{
    return {QString::fromUtf8(sortkey::of(registration.name)), registration.email.toLower(), registration.phone};
}

ListKeyWriter::ListKeyWriter(const QSqlDatabase &db)
    : m_update(db)
{
    m_update.prepare(
        QStringLiteral("UPDATE registrations SET list_name = ?, list_email = ?, list_phone = ? "
                       "WHERE pk = ? AND (list_name IS NOT ? OR list_email IS NOT ? OR list_phone IS NOT ?)"));
}

Status ListKeyWriter::write(const Registration &registration)
{
    const ListKeys keys = listKeys(registration);
    int i = 0;
    for (const QString *value : {&keys.name, &keys.email, &keys.phone})
        m_update.bindValue(i++, value->isNull() ? QStringLiteral("") : *value);
    m_update.bindValue(i++, registration.pk);
    for (const QString *value : {&keys.name, &keys.email, &keys.phone})
        m_update.bindValue(i++, value->isNull() ? QStringLiteral("") : *value);
    if (!m_update.exec())
        return Status::failure(m_update.lastError().text());
    return {};
}

} // namespace supolka::registrationsql
