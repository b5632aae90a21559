#pragma once

#include <QSqlQuery>
#include <QString>

#include "models/core/result.h"
#include "models/events/registration.h"

namespace supolka::registrationsql {

// The columns of a registration and of its member, for read(): "SELECT ... FROM registrations r LEFT JOIN members m
// ON m.pk = r.member_pk ", to be followed by a WHERE.
const QString &select();
// A row of select(): the registration, with the name and contact of its member or guest.
Registration read(const QSqlQuery &query);

// The keys the registrations list sorts by, stored beside the row (schema 13) because a member's name and contact
// live in the member's record: the shown name as sortkey::of() orders it, the e-mail address, the phone.
struct ListKeys
{
    QString name;
    QString email;
    QString phone;
};
ListKeys listKeys(const Registration &registration);

// Writes the list keys of registrations, its statement prepared once for many.
class ListKeyWriter final
{
public:
    explicit ListKeyWriter(const QSqlDatabase &db);
    Status write(const Registration &registration);

private:
    QSqlQuery m_update;
};

} // namespace supolka::registrationsql
