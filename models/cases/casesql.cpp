#include "models/cases/casesql.h"

#include <QDate>
#include <QVariant>

namespace supolka::casesql {

namespace {

QStringList splitList(const QString &joined)
{
    return joined.split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

} // namespace

QString select()
{
    return QStringLiteral(
        "SELECT c.pk, c.id, c.number, c.member_pk, c.person_name, c.person_contact, c.person_city, c.person_country, "
        "c.person_languages, c.needs, c.priority, c.summary, c.opened_on, c.due_on, c.status, c.outcome, "
        "c.assignee_pk, c.sensitive, c.created_at, c.updated_at, c.deleted_at, c.origin, "
        "trim(m.first_name || ' ' || m.last_name), trim(a.first_name || ' ' || a.last_name) "
        "FROM cases c LEFT JOIN members m ON m.pk = c.member_pk LEFT JOIN members a ON a.pk = c.assignee_pk ");
}

AidCase readCase(const QSqlQuery &query)
{
    AidCase c;
    int i = 0;
    c.pk = query.value(i++).toLongLong();
    c.id = query.value(i++).toString();
    c.number = query.value(i++).toString();
    c.memberPk = query.value(i++).toLongLong();
    c.personName = query.value(i++).toString();
    c.personContact = query.value(i++).toString();
    c.personCity = query.value(i++).toString();
    c.personCountry = query.value(i++).toString();
    c.personLanguages = splitList(query.value(i++).toString());
    c.needs = splitList(query.value(i++).toString());
    c.priority = casePriorityFromKey(query.value(i++).toString()).value_or(CasePriority::Normal);
    c.summary = query.value(i++).toString();
    c.openedOn = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    c.dueOn = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    c.status = caseStatusFromKey(query.value(i++).toString()).value_or(CaseStatus::New);
    c.outcome = query.value(i++).toString();
    c.assigneePk = query.value(i++).toLongLong();
    c.sensitive = query.value(i++).toBool();
    c.createdAt = query.value(i++).toString();
    c.updatedAt = query.value(i++).toString();
    c.deletedAt = query.value(i++).toString();
    c.origin = query.value(i++).toString();
    c.memberName = query.value(i++).toString();
    c.assigneeName = query.value(i++).toString();
    return c;
}

} // namespace supolka::casesql
