#include "models/cases/caserepository.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "models/cases/caselist.h"
#include "models/cases/casesql.h"
#include "models/cases/caseworkflow.h"
#include "models/core/money.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/db/tombstone.h"
#include "models/text/countries.h"

namespace supolka {

namespace {

const QString CaseSelect = casesql::select();

const QString NoteColumns =
    QStringLiteral("pk, id, case_pk, kind, body, from_status, to_status, author, at, created_at, updated_at, "
                   "deleted_at, origin");

const QString PaymentColumns = QStringLiteral(
    "pk, id, case_pk, paid_on, amount_minor, currency, purpose, created_at, updated_at, deleted_at, origin");

// Qt binds a null QString as NULL; NOT NULL text columns get an empty string.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant pkOrNull(qint64 pk)
{
    return pk != 0 ? QVariant(pk) : QVariant(QMetaType::fromType<qint64>());
}

CaseNote readNote(const QSqlQuery &query)
{
    CaseNote n;
    int i = 0;
    n.pk = query.value(i++).toLongLong();
    n.id = query.value(i++).toString();
    n.casePk = query.value(i++).toLongLong();
    n.kind = caseNoteKindFromKey(query.value(i++).toString()).value_or(CaseNote::Kind::Note);
    n.body = query.value(i++).toString();
    n.fromStatus = caseStatusFromKey(query.value(i++).toString());
    n.toStatus = caseStatusFromKey(query.value(i++).toString());
    n.author = query.value(i++).toString();
    n.at = query.value(i++).toString();
    n.createdAt = query.value(i++).toString();
    n.updatedAt = query.value(i++).toString();
    n.deletedAt = query.value(i++).toString();
    n.origin = query.value(i++).toString();
    return n;
}

CasePayment readPayment(const QSqlQuery &query)
{
    CasePayment p;
    int i = 0;
    p.pk = query.value(i++).toLongLong();
    p.id = query.value(i++).toString();
    p.casePk = query.value(i++).toLongLong();
    p.paidOn = QDate::fromString(query.value(i++).toString(), Qt::ISODate);
    p.amountMinor = query.value(i++).toLongLong();
    p.currency = query.value(i++).toString();
    p.purpose = query.value(i++).toString();
    p.createdAt = query.value(i++).toString();
    p.updatedAt = query.value(i++).toString();
    p.deletedAt = query.value(i++).toString();
    p.origin = query.value(i++).toString();
    return p;
}

QString joinErrors(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages.append(error.message);
    return messages.join(QLatin1Char('\n'));
}

QStringList cleanKeys(const QStringList &items)
{
    QStringList clean;
    for (const QString &item : items) {
        for (const QString &part : item.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts)) {
            const QString key = part.trimmed().toLower();
            if (!key.isEmpty() && !clean.contains(key))
                clean.append(key);
        }
    }
    return clean;
}

} // namespace

CaseRepository::CaseRepository(Database &database)
    : m_database(database)
{}

namespace {

QString tableOf(CaseRepository::Table table)
{
    switch (table) {
    case CaseRepository::Table::Cases:
        return QStringLiteral("cases");
    case CaseRepository::Table::Notes:
        return QStringLiteral("case_notes");
    case CaseRepository::Table::Payments:
        return QStringLiteral("case_payments");
    }
    return {};
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QString notNull(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

std::optional<QString> CaseRepository::storedUpdatedAt(Table table, const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(tableOf(table)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

std::optional<QString> CaseRepository::storedSensitiveText(Table table, const QString &id) const
{
    const QString column = table == Table::Notes ? QStringLiteral("body") : QStringLiteral("purpose");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT t.%2 FROM %1 t JOIN cases c ON c.pk = t.case_pk WHERE t.id = ? AND "
                                 "c.sensitive = 1")
                      .arg(tableOf(table), column));
    query.addBindValue(id);
    return query.exec() && query.next() ? std::optional<QString>(query.value(0).toString()) : std::nullopt;
}

qint64 CaseRepository::casePkOf(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT pk FROM cases WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

int CaseRepository::countLive() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM cases WHERE deleted_at IS NULL")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Status CaseRepository::putCase(const AidCase &c)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO cases (id, number, member_pk, person_name, person_contact, person_city, person_country, "
        "person_languages, needs, priority, summary, opened_on, due_on, status, outcome, assignee_pk, "
        "sensitive, created_at, updated_at, deleted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, member_pk = "
        "excluded.member_pk, person_name = excluded.person_name, person_contact = excluded.person_contact, "
        "person_city = excluded.person_city, person_country = excluded.person_country, person_languages = "
        "excluded.person_languages, needs = excluded.needs, priority = excluded.priority, summary = "
        "excluded.summary, opened_on = excluded.opened_on, due_on = excluded.due_on, status = "
        "excluded.status, outcome = excluded.outcome, assignee_pk = excluded.assignee_pk, sensitive = "
        "excluded.sensitive, updated_at = excluded.updated_at, deleted_at = excluded.deleted_at"));
    auto pk = [](qint64 value) {
        return value ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
    };
    query.addBindValue(c.id);
    query.addBindValue(c.number);
    query.addBindValue(pk(c.memberPk));
    query.addBindValue(notNull(c.personName));
    query.addBindValue(notNull(c.personContact));
    query.addBindValue(notNull(c.personCity));
    query.addBindValue(notNull(c.personCountry));
    query.addBindValue(notNull(c.personLanguages.join(QLatin1Char(';'))));
    query.addBindValue(notNull(c.needs.join(QLatin1Char(';'))));
    query.addBindValue(casePriorityKey(c.priority));
    query.addBindValue(notNull(c.summary));
    query.addBindValue(isoOrEmpty(c.openedOn));
    query.addBindValue(nullIfEmpty(isoOrEmpty(c.dueOn)));
    query.addBindValue(caseStatusKey(c.status));
    query.addBindValue(notNull(c.outcome));
    query.addBindValue(pk(c.assigneePk));
    query.addBindValue(c.sensitive ? 1 : 0);
    query.addBindValue(c.createdAt);
    query.addBindValue(c.updatedAt);
    query.addBindValue(nullIfEmpty(c.deletedAt));
    query.addBindValue(c.origin);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return writeNameKeys(m_database.connection(), QStringLiteral("c.id = ?"), c.id);
}

Status CaseRepository::putPayment(const CasePayment &p)
{
    QSqlQuery query(m_database.connection());
    // A payment the file gives to another case leaves the sums of the one it had.
    qint64 previousCasePk = 0;
    query.prepare(QStringLiteral("SELECT case_pk FROM case_payments WHERE id = ?"));
    query.addBindValue(p.id);
    if (query.exec() && query.next())
        previousCasePk = query.value(0).toLongLong();
    query.prepare(QStringLiteral(
        "INSERT INTO case_payments (id, case_pk, paid_on, amount_minor, currency, purpose, created_at, updated_at, "
        "deleted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "case_pk = excluded.case_pk, paid_on = excluded.paid_on, amount_minor = excluded.amount_minor, "
        "currency = excluded.currency, purpose = excluded.purpose, updated_at = excluded.updated_at, "
        "deleted_at = excluded.deleted_at"));
    query.addBindValue(p.id);
    query.addBindValue(p.casePk);
    query.addBindValue(isoOrEmpty(p.paidOn));
    query.addBindValue(p.amountMinor);
    query.addBindValue(p.currency);
    query.addBindValue(notNull(p.purpose));
    query.addBindValue(p.createdAt);
    query.addBindValue(p.updatedAt);
    query.addBindValue(nullIfEmpty(p.deletedAt));
    query.addBindValue(p.origin);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (previousCasePk != 0 && previousCasePk != p.casePk) {
        if (Status status = writePaidKey(m_database.connection(), previousCasePk); !status)
            return status;
    }
    return writePaidKey(m_database.connection(), p.casePk);
}

Status CaseRepository::putNote(const CaseNote &n, bool replace)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO case_notes (id, case_pk, kind, body, from_status, to_status, author, at, "
                       "created_at, updated_at, "
                       "deleted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO %1")
            .arg(replace ? QStringLiteral("UPDATE SET body = excluded.body, author = excluded.author, at = "
                                          "excluded.at, updated_at = excluded.updated_at, deleted_at = "
                                          "excluded.deleted_at")
                         : QStringLiteral("NOTHING")));
    query.addBindValue(n.id);
    query.addBindValue(n.casePk);
    query.addBindValue(caseNoteKindKey(n.kind));
    query.addBindValue(notNull(n.body));
    query.addBindValue(nullIfEmpty(n.fromStatus ? caseStatusKey(*n.fromStatus) : QString()));
    query.addBindValue(nullIfEmpty(n.toStatus ? caseStatusKey(*n.toStatus) : QString()));
    query.addBindValue(notNull(n.author));
    query.addBindValue(n.at);
    query.addBindValue(n.createdAt);
    query.addBindValue(n.updatedAt);
    query.addBindValue(nullIfEmpty(n.deletedAt));
    query.addBindValue(n.origin);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}

Status CaseRepository::moveMember(qint64 fromPk, qint64 toPk, const QString &now)
{
    QSqlQuery query(m_database.connection());
    for (const char *column : {"member_pk", "assignee_pk"}) {
        query.prepare(
            QStringLiteral("UPDATE cases SET %1 = ?, updated_at = ? WHERE %1 = ?").arg(QLatin1String(column)));
        query.addBindValue(toPk);
        query.addBindValue(now);
        query.addBindValue(fromPk);
        if (!query.exec())
            return Status::failure(query.lastError().text());
    }
    return refreshMemberNames(m_database.connection(), toPk);
}

QList<FieldError> CaseRepository::normalizeAndValidate(AidCase &c)
{
    QList<FieldError> errors;
    c.personName = c.personName.simplified();
    c.personContact = c.personContact.trimmed();
    c.personCity = c.personCity.simplified();
    c.personCountry = c.personCountry.trimmed().toUpper();
    c.personLanguages = cleanKeys(c.personLanguages);
    c.needs = cleanKeys(c.needs);
    c.summary = c.summary.trimmed();
    c.outcome = c.outcome.trimmed();
    if (c.memberPk == 0 && c.personName.isEmpty())
        errors.append({QStringLiteral("person_name"), tr("Say who is helped: choose a member or type a name.")});
    if (c.needs.isEmpty())
        errors.append({QStringLiteral("needs"), tr("Choose at least one need.")});
    for (const QString &need : std::as_const(c.needs)) {
        if (!caseneeds::isKnown(need))
            errors.append({QStringLiteral("needs"), tr("“%1” is not a known need; use one of: %2.")
                                                        .arg(need, caseneeds::keys().join(QStringLiteral(", ")))});
    }
    if (c.summary.isEmpty())
        errors.append({QStringLiteral("summary"), tr("Write a short summary of the request.")});
    if (c.dueOn.isValid() && c.openedOn.isValid() && c.dueOn < c.openedOn)
        errors.append({QStringLiteral("due_on"), tr("The due date is before the case was opened.")});
    if (c.openedOn.isValid() && c.openedOn > QDate::currentDate())
        errors.append({QStringLiteral("opened_on"), tr("The case cannot be opened in the future.")});
    if (!c.personCountry.isEmpty() && !countries::isKnownCode(c.personCountry))
        errors.append({QStringLiteral("person_country"),
                       tr("“%1” is not a country code (ISO 3166, such as PL or LT).").arg(c.personCountry)});
    for (const QString &language : std::as_const(c.personLanguages)) {
        if (!countries::isKnownLanguage(language))
            errors.append({QStringLiteral("person_languages"),
                           tr("“%1” is not a language code (ISO 639-1, such as be, ru, pl).").arg(language)});
    }
    if (c.status == CaseStatus::Closed && c.outcome.isEmpty())
        errors.append({QStringLiteral("outcome"), tr("A closed case needs its outcome.")});
    return errors;
}

std::optional<AidCase> CaseRepository::find(qint64 pk) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(CaseSelect + QStringLiteral("WHERE c.pk = ?"));
    query.addBindValue(pk);
    if (query.exec() && query.next())
        return casesql::readCase(query);
    return std::nullopt;
}

std::optional<AidCase> CaseRepository::findById(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(CaseSelect + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return casesql::readCase(query);
    return std::nullopt;
}

std::optional<AidCase> CaseRepository::findByNumber(const QString &number) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(CaseSelect + QStringLiteral("WHERE c.number = ?"));
    query.addBindValue(number.trimmed());
    if (query.exec() && query.next())
        return casesql::readCase(query);
    return std::nullopt;
}

QList<AidCase> CaseRepository::cases(const CaseFilter &filter, const QDate &today) const
{
    QList<AidCase> found;
    QStringList where{QStringLiteral("c.deleted_at IS NULL")};
    QVariantList values;
    if (!filter.includeSensitive)
        where.append(QStringLiteral("c.sensitive = 0"));
    if (!filter.includeClosed)
        where.append(QStringLiteral("c.status <> 'closed'"));
    if (filter.status) {
        where.append(QStringLiteral("c.status = ?"));
        values.append(caseStatusKey(*filter.status));
    }
    if (!filter.need.isEmpty()) {
        where.append(QStringLiteral("instr(';' || c.needs || ';', ?) > 0"));
        values.append(QString(QLatin1Char(';') + filter.need + QLatin1Char(';')));
    }
    if (filter.assigneePk == 0) {
        where.append(QStringLiteral("c.assignee_pk IS NULL"));
    } else if (filter.assigneePk > 0) {
        where.append(QStringLiteral("c.assignee_pk = ?"));
        values.append(filter.assigneePk);
    }
    if (filter.overdueOnly) {
        where.append(
            QStringLiteral("c.status NOT IN ('resolved', 'closed') AND c.due_on IS NOT NULL AND c.due_on < ?"));
        values.append(today.toString(Qt::ISODate));
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(CaseSelect + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
                  QStringLiteral(" ORDER BY c.opened_on DESC, c.pk DESC"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return found;
    while (query.next())
        found.append(casesql::readCase(query));
    return found;
}

QList<AidCase> CaseRepository::overdue(const QDate &today) const
{
    CaseFilter filter;
    filter.includeSensitive = true;
    filter.overdueOnly = true;
    QList<AidCase> late = cases(filter, today);
    std::stable_sort(late.begin(), late.end(), [](const AidCase &a, const AidCase &b) { return a.dueOn < b.dueOn; });
    return late;
}

QString CaseRepository::nextNumber(const QDate &date) const
{
    const QString prefix = date.toString(QStringLiteral("yy")) + QLatin1Char('-');
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(CAST(substr(number, 4) AS INTEGER)) FROM cases WHERE number LIKE ?"));
    query.addBindValue(QString(prefix + QLatin1Char('%')));
    int last = 0;
    if (query.exec() && query.next())
        last = query.value(0).toInt();
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Result<AidCase> CaseRepository::writeCase(const AidCase &c, bool insert)
{
    QSqlQuery query(m_database.connection());
    if (insert) {
        query.prepare(QStringLiteral(
            "INSERT INTO cases (id, number, member_pk, person_name, person_contact, person_city, person_country, "
            "person_languages, needs, priority, summary, opened_on, due_on, status, outcome, assignee_pk, sensitive, "
            "created_at, updated_at, deleted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral(
            "UPDATE cases SET id = ?, number = ?, member_pk = ?, person_name = ?, person_contact = ?, "
            "person_city = ?, person_country = ?, person_languages = ?, needs = ?, priority = ?, summary = ?, "
            "opened_on = ?, due_on = ?, status = ?, outcome = ?, assignee_pk = ?, sensitive = ?, created_at = ?, "
            "updated_at = ?, deleted_at = ?, origin = ? WHERE pk = ?"));
    }
    query.addBindValue(c.id);
    query.addBindValue(c.number);
    query.addBindValue(pkOrNull(c.memberPk));
    query.addBindValue(text(c.personName));
    query.addBindValue(text(c.personContact));
    query.addBindValue(text(c.personCity));
    query.addBindValue(text(c.personCountry));
    query.addBindValue(text(c.personLanguages.join(QLatin1Char(';'))));
    query.addBindValue(text(c.needs.join(QLatin1Char(';'))));
    query.addBindValue(casePriorityKey(c.priority));
    query.addBindValue(text(c.summary));
    query.addBindValue(c.openedOn.toString(Qt::ISODate));
    query.addBindValue(textOrNull(c.dueOn.isValid() ? c.dueOn.toString(Qt::ISODate) : QString()));
    query.addBindValue(caseStatusKey(c.status));
    query.addBindValue(text(c.outcome));
    query.addBindValue(pkOrNull(c.assigneePk));
    query.addBindValue(c.sensitive ? 1 : 0);
    query.addBindValue(c.createdAt);
    query.addBindValue(c.updatedAt);
    query.addBindValue(textOrNull(c.deletedAt));
    query.addBindValue(c.origin);
    if (!insert)
        query.addBindValue(c.pk);
    if (!query.exec())
        return Result<AidCase>::failure(tr("Could not save the case: %1").arg(query.lastError().text()));
    AidCase saved = c;
    if (insert)
        saved.pk = query.lastInsertId().toLongLong();
    if (Status keys = writeNameKeys(m_database.connection(), QStringLiteral("c.pk = ?"), saved.pk); !keys)
        return Result<AidCase>::failure(tr("Could not save the case: %1").arg(keys.error()));
    return saved;
}

Result<CaseNote> CaseRepository::writeNote(CaseNote note)
{
    const QString now = nowTimestamp();
    if (note.id.isEmpty())
        note.id = newRowId();
    if (note.at.isEmpty())
        note.at = now;
    if (note.createdAt.isEmpty())
        note.createdAt = now;
    if (note.updatedAt.isEmpty())
        note.updatedAt = note.createdAt;
    if (note.origin.isEmpty())
        note.origin = m_database.chapterCode();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO case_notes (id, case_pk, kind, body, from_status, to_status, author, at, "
                       "created_at, updated_at, deleted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(note.id);
    query.addBindValue(note.casePk);
    query.addBindValue(caseNoteKindKey(note.kind));
    query.addBindValue(text(note.body));
    query.addBindValue(textOrNull(note.fromStatus ? caseStatusKey(*note.fromStatus) : QString()));
    query.addBindValue(textOrNull(note.toStatus ? caseStatusKey(*note.toStatus) : QString()));
    query.addBindValue(text(note.author));
    query.addBindValue(note.at);
    query.addBindValue(note.createdAt);
    query.addBindValue(note.updatedAt);
    query.addBindValue(textOrNull(note.deletedAt));
    query.addBindValue(note.origin);
    if (!query.exec())
        return Result<CaseNote>::failure(tr("Could not save the note: %1").arg(query.lastError().text()));
    note.pk = query.lastInsertId().toLongLong();
    return note;
}

Result<AidCase> CaseRepository::add(AidCase c, const QString &author)
{
    using R = Result<AidCase>;
    c.status = CaseStatus::New;
    c.outcome.clear();
    if (!c.openedOn.isValid())
        c.openedOn = QDate::currentDate();
    if (const QList<FieldError> errors = normalizeAndValidate(c); !errors.isEmpty())
        return R::failure(joinErrors(errors));
    const QString now = nowTimestamp();
    if (c.id.isEmpty())
        c.id = newRowId();
    if (c.createdAt.isEmpty())
        c.createdAt = now;
    if (c.updatedAt.isEmpty())
        c.updatedAt = c.createdAt;
    if (c.origin.isEmpty())
        c.origin = m_database.chapterCode();
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the case: %1").arg(savepoint.error()));
    if (c.number.isEmpty())
        c.number = nextNumber(c.openedOn);
    R saved = writeCase(c, true);
    if (!saved)
        return saved;
    CaseNote opened;
    opened.casePk = saved->pk;
    opened.kind = CaseNote::Kind::StatusChange;
    opened.toStatus = CaseStatus::New;
    opened.author = author;
    if (Result<CaseNote> note = writeNote(opened); !note)
        return R::failure(note.error());
    if (!savepoint.release())
        return R::failure(tr("Could not save the case: %1").arg(savepoint.error()));
    return find(saved->pk).value_or(saved.value());
}

Result<AidCase> CaseRepository::update(AidCase c)
{
    using R = Result<AidCase>;
    const std::optional<AidCase> stored = find(c.pk);
    if (!stored)
        return R::failure(tr("This case no longer exists. Reload the list."));
    // Status, outcome and assignee change only through their own calls.
    c.status = stored->status;
    c.outcome = stored->outcome;
    c.assigneePk = stored->assigneePk;
    c.id = stored->id;
    c.number = stored->number;
    c.createdAt = stored->createdAt;
    c.origin = stored->origin;
    c.deletedAt = stored->deletedAt;
    if (!c.openedOn.isValid())
        c.openedOn = stored->openedOn;
    if (const QList<FieldError> errors = normalizeAndValidate(c); !errors.isEmpty())
        return R::failure(joinErrors(errors));
    c.updatedAt = nowTimestamp();
    R saved = writeCase(c, false);
    if (!saved)
        return saved;
    return find(c.pk).value_or(saved.value());
}

Status CaseRepository::remove(qint64 pk)
{
    if (const QString error = setTombstone(m_database.connection(), QStringLiteral("cases"), pk, true);
        !error.isEmpty())
        return Status::failure(tr("Could not delete the case: %1").arg(error));
    return {};
}

Status CaseRepository::restore(qint64 pk)
{
    if (const QString error = setTombstone(m_database.connection(), QStringLiteral("cases"), pk, false);
        !error.isEmpty())
        return Status::failure(tr("Could not restore the case: %1").arg(error));
    return {};
}

Result<AidCase> CaseRepository::changeStatus(qint64 pk, CaseStatus to, const QString &author, const QString &reason,
                                             const QString &outcome)
{
    using R = Result<AidCase>;
    std::optional<AidCase> stored = find(pk);
    if (!stored || stored->isDeleted())
        return R::failure(tr("This case no longer exists. Reload the list."));
    if (const QString refused = CaseWorkflow::refusal(stored->status, to); !refused.isEmpty())
        return R::failure(refused);
    AidCase changed = *stored;
    const CaseStatus from = changed.status;
    changed.status = to;
    if (to == CaseStatus::Closed) {
        changed.outcome = outcome.trimmed();
        if (changed.outcome.isEmpty())
            return R::failure(tr("Say what came of the case before closing it."));
    } else if (CaseWorkflow::isReopening(from, to)) {
        changed.outcome.clear();
    }
    changed.updatedAt = nowTimestamp();
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the case: %1").arg(savepoint.error()));
    R saved = writeCase(changed, false);
    if (!saved)
        return saved;
    CaseNote note;
    note.casePk = pk;
    note.kind = CaseNote::Kind::StatusChange;
    note.fromStatus = from;
    note.toStatus = to;
    note.author = author;
    note.body = to == CaseStatus::Closed ? changed.outcome : reason.trimmed();
    if (Result<CaseNote> written = writeNote(note); !written)
        return R::failure(written.error());
    if (!savepoint.release())
        return R::failure(tr("Could not save the case: %1").arg(savepoint.error()));
    return find(pk).value_or(saved.value());
}

Result<AidCase> CaseRepository::assign(qint64 pk, qint64 assigneePk, const QString &author)
{
    using R = Result<AidCase>;
    std::optional<AidCase> stored = find(pk);
    if (!stored || stored->isDeleted())
        return R::failure(tr("This case no longer exists. Reload the list."));
    if (stored->assigneePk == assigneePk)
        return *stored;
    QString assigneeId;
    if (assigneePk != 0) {
        const std::optional<Member> volunteer = MemberRepository(m_database).find(assigneePk);
        if (!volunteer || volunteer->isDeleted())
            return R::failure(tr("This volunteer is no longer a member."));
        assigneeId = volunteer->id;
    }
    AidCase changed = *stored;
    changed.assigneePk = assigneePk;
    changed.updatedAt = nowTimestamp();
    Savepoint savepoint(m_database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not save the case: %1").arg(savepoint.error()));
    R saved = writeCase(changed, false);
    if (!saved)
        return saved;
    CaseNote note;
    note.casePk = pk;
    note.kind = CaseNote::Kind::Assignment;
    note.author = author;
    // The volunteer's member id, not the name: the name is looked up when shown, and it does not travel in notes
    // to where the member has not agreed to be known. Empty for nobody.
    note.body = assigneeId;
    if (Result<CaseNote> written = writeNote(note); !written)
        return R::failure(written.error());
    if (!savepoint.release())
        return R::failure(tr("Could not save the case: %1").arg(savepoint.error()));
    return find(pk).value_or(saved.value());
}

Result<CaseNote> CaseRepository::addNote(CaseNote note)
{
    note.body = note.body.trimmed();
    if (note.body.isEmpty())
        return Result<CaseNote>::failure(tr("The note is empty."));
    if (note.kind == CaseNote::Kind::StatusChange || note.kind == CaseNote::Kind::Assignment)
        return Result<CaseNote>::failure(tr("Status changes and assignments are written by the case itself."));
    const std::optional<AidCase> stored = find(note.casePk);
    if (!stored || stored->isDeleted())
        return Result<CaseNote>::failure(tr("This case no longer exists. Reload the list."));
    if (!note.at.isEmpty() && !parseTimestamp(note.at).isValid())
        return Result<CaseNote>::failure(tr("“%1” is not a date and time.").arg(note.at));
    if (!note.at.isEmpty())
        note.at = isoTimestamp(parseTimestamp(note.at));
    return writeNote(note);
}

Status CaseRepository::removeNote(qint64 notePk)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE case_notes SET deleted_at = ?, updated_at = ? WHERE pk = ? AND kind IN "
                                 "('note', 'call', 'meeting') AND deleted_at IS NULL"));
    const QString now = nowTimestamp();
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(notePk);
    if (!query.exec())
        return Status::failure(tr("Could not delete the note: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Only notes, calls and meetings can be deleted; status changes stay."));
    return {};
}

QList<CaseNote> CaseRepository::timeline(qint64 casePk) const
{
    QList<CaseNote> notes;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + NoteColumns +
                  QStringLiteral(" FROM case_notes WHERE case_pk = ? AND deleted_at IS NULL ORDER BY at, pk"));
    query.addBindValue(casePk);
    if (!query.exec())
        return notes;
    while (query.next())
        notes.append(readNote(query));
    return notes;
}

Result<CasePayment> CaseRepository::addPayment(CasePayment payment)
{
    using R = Result<CasePayment>;
    payment.currency = payment.currency.trimmed().toUpper();
    payment.purpose = payment.purpose.trimmed();
    if (!money::isCurrencyCode(payment.currency))
        return R::failure(tr("“%1” is not a currency code (ISO 4217, such as EUR or PLN).").arg(payment.currency));
    if (payment.amountMinor <= 0)
        return R::failure(tr("A payment needs an amount above zero."));
    if (!payment.paidOn.isValid())
        payment.paidOn = QDate::currentDate();
    if (payment.paidOn > QDate::currentDate())
        return R::failure(tr("A payment cannot be dated in the future."));
    const std::optional<AidCase> stored = find(payment.casePk);
    if (!stored || stored->isDeleted())
        return R::failure(tr("This case no longer exists. Reload the list."));
    const QString now = nowTimestamp();
    if (payment.id.isEmpty())
        payment.id = newRowId();
    if (payment.createdAt.isEmpty())
        payment.createdAt = now;
    if (payment.updatedAt.isEmpty())
        payment.updatedAt = payment.createdAt;
    if (payment.origin.isEmpty())
        payment.origin = m_database.chapterCode();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO case_payments (id, case_pk, paid_on, amount_minor, currency, purpose, "
                                 "created_at, updated_at, deleted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(payment.id);
    query.addBindValue(payment.casePk);
    query.addBindValue(payment.paidOn.toString(Qt::ISODate));
    query.addBindValue(payment.amountMinor);
    query.addBindValue(payment.currency);
    query.addBindValue(text(payment.purpose));
    query.addBindValue(payment.createdAt);
    query.addBindValue(payment.updatedAt);
    query.addBindValue(textOrNull(payment.deletedAt));
    query.addBindValue(payment.origin);
    if (!query.exec())
        return R::failure(tr("Could not save the payment: %1").arg(query.lastError().text()));
    payment.pk = query.lastInsertId().toLongLong();
    if (Status status = writePaidKey(m_database.connection(), payment.casePk); !status)
        return R::failure(tr("Could not save the payment: %1").arg(status.error()));
    return payment;
}

Status CaseRepository::removePayment(qint64 paymentPk)
{
    if (const QString error = setTombstone(m_database.connection(), QStringLiteral("case_payments"), paymentPk, true);
        !error.isEmpty())
        return Status::failure(tr("Could not delete the payment: %1").arg(error));
    if (Status status = refreshPaidKeyOfPayment(m_database.connection(), paymentPk); !status)
        return Status::failure(tr("Could not delete the payment: %1").arg(status.error()));
    return {};
}

Status CaseRepository::restorePayment(qint64 paymentPk)
{
    if (const QString error = setTombstone(m_database.connection(), QStringLiteral("case_payments"), paymentPk, false);
        !error.isEmpty())
        return Status::failure(tr("Could not restore the payment: %1").arg(error));
    if (Status status = refreshPaidKeyOfPayment(m_database.connection(), paymentPk); !status)
        return Status::failure(tr("Could not restore the payment: %1").arg(status.error()));
    return {};
}

QList<CasePayment> CaseRepository::payments(qint64 casePk) const
{
    QList<CasePayment> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + PaymentColumns +
                  QStringLiteral(" FROM case_payments WHERE case_pk = ? AND deleted_at IS NULL ORDER BY paid_on, pk"));
    query.addBindValue(casePk);
    if (!query.exec())
        return all;
    while (query.next())
        all.append(readPayment(query));
    return all;
}

QMap<QString, qint64> CaseRepository::paymentTotals(qint64 casePk) const
{
    QMap<QString, qint64> totals;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT p.currency, sum(p.amount_minor) FROM case_payments p JOIN cases c ON "
                                 "c.pk = p.case_pk WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL");
    if (casePk != 0)
        sql += QStringLiteral(" AND p.case_pk = ?");
    query.prepare(sql + QStringLiteral(" GROUP BY p.currency"));
    if (casePk != 0)
        query.addBindValue(casePk);
    if (!query.exec())
        return totals;
    while (query.next())
        totals.insert(query.value(0).toString(), query.value(1).toLongLong());
    return totals;
}

QHash<qint64, QMap<QString, qint64>> CaseRepository::paymentTotalsByCase() const
{
    QHash<qint64, QMap<QString, qint64>> totals;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT case_pk, currency, sum(amount_minor) FROM case_payments "
                                   "WHERE deleted_at IS NULL GROUP BY case_pk, currency")))
        return totals;
    while (query.next())
        totals[query.value(0).toLongLong()].insert(query.value(1).toString(), query.value(2).toLongLong());
    return totals;
}

QHash<qint64, int> CaseRepository::openCasesByAssignee() const
{
    QHash<qint64, int> counts;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT assignee_pk, count(*) FROM cases WHERE assignee_pk IS NOT NULL AND "
                                   "deleted_at IS NULL AND status NOT IN ('resolved', 'closed') GROUP BY assignee_pk")))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Status CaseRepository::writeNameKeys(const QSqlDatabase &db, const QString &condition, const QVariant &value)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(CaseSelect + QStringLiteral("WHERE ") + condition);
    if (value.isValid()) {
        for (qsizetype i = 0; i < condition.count(QLatin1Char('?')); ++i)
            query.addBindValue(value);
    }
    if (!query.exec())
        return Status::failure(query.lastError().text());
    QList<AidCase> found;
    while (query.next())
        found.append(casesql::readCase(query));
    if (query.lastError().isValid())
        return Status::failure(query.lastError().text());
    query.finish();
    // A member's name changes far more often than the member has cases: most calls end here.
    if (found.isEmpty())
        return {};
    QSqlQuery sortKeys(db);
    QSqlQuery searchText(db);
    if (!sortKeys.prepare(QStringLiteral("UPDATE cases SET sort_person = ?, sort_assignee = ? WHERE pk = ?")) ||
        !searchText.prepare(
            QStringLiteral("INSERT OR REPLACE INTO case_search (case_pk, plain, names) VALUES (?, ?, ?)")))
        return Status::failure(sortKeys.lastError().isValid() ? sortKeys.lastError().text()
                                                              : searchText.lastError().text());
    for (const AidCase &c : std::as_const(found)) {
        sortKeys.bindValue(0, QString::fromUtf8(CaseList::personKey(c)));
        sortKeys.bindValue(1, QString::fromUtf8(CaseList::assigneeKey(c)));
        sortKeys.bindValue(2, c.pk);
        if (!sortKeys.exec())
            return Status::failure(sortKeys.lastError().text());
        const CaseList::SearchText texts = CaseList::searchTextOf(c);
        searchText.bindValue(0, c.pk);
        searchText.bindValue(1, texts.plain);
        searchText.bindValue(2, texts.names);
        if (!searchText.exec())
            return Status::failure(searchText.lastError().text());
    }
    return {};
}

Status CaseRepository::writePaidKey(const QSqlDatabase &db, qint64 casePk)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT currency, sum(amount_minor) FROM case_payments WHERE case_pk = ? AND "
                                 "deleted_at IS NULL GROUP BY currency"));
    query.addBindValue(casePk);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    QMap<QString, qint64> paid;
    while (query.next())
        paid.insert(query.value(0).toString(), query.value(1).toLongLong());
    query.finish();
    query.prepare(QStringLiteral("UPDATE cases SET paid_key = ? WHERE pk = ?"));
    query.addBindValue(text(CaseList::paidKey(paid)));
    query.addBindValue(casePk);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}

Status CaseRepository::refreshMemberNames(const QSqlDatabase &db, qint64 memberPk)
{
    return writeNameKeys(db, QStringLiteral("c.member_pk = ? OR c.assignee_pk = ?"), memberPk);
}

Status CaseRepository::refreshListKeys(const QSqlDatabase &db, qint64 casePk)
{
    if (Status names = writeNameKeys(db, QStringLiteral("c.pk = ?"), casePk); !names)
        return names;
    return writePaidKey(db, casePk);
}

Status CaseRepository::refreshPaidKeyOfPayment(const QSqlDatabase &db, qint64 paymentPk)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT case_pk FROM case_payments WHERE pk = ?"));
    query.addBindValue(paymentPk);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    if (!query.next())
        return {};
    const qint64 casePk = query.value(0).toLongLong();
    query.finish();
    return writePaidKey(db, casePk);
}

Status CaseRepository::rewriteListKeys(const QSqlDatabase &db)
{
    if (Status names = writeNameKeys(db, QStringLiteral("1"), QVariant()); !names)
        return Status::failure(tr("Could not write the cases' list keys: %1").arg(names.error()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT case_pk FROM case_payments")))
        return Status::failure(tr("Could not write the cases' list keys: %1").arg(query.lastError().text()));
    QList<qint64> paid;
    while (query.next())
        paid.append(query.value(0).toLongLong());
    query.finish();
    for (const qint64 casePk : std::as_const(paid)) {
        if (Status status = writePaidKey(db, casePk); !status)
            return Status::failure(tr("Could not write the cases' list keys: %1").arg(status.error()));
    }
    return {};
}

Status CaseRepository::createListIndexes(const QSqlDatabase &db)
{
    // Each order of the cases list, and the filters' look-ups, over the cases that are not deleted; and the cases of
    // a member, whose keys follow the member's name.
    static const char *const indexes[][2] = {
        {"cases_list_number", "deleted_at, number"},
        {"cases_list_person", "deleted_at, sort_person"},
        {"cases_list_needs", "deleted_at, needs"},
        {"cases_list_priority", "deleted_at, priority"},
        {"cases_list_status", "deleted_at, status"},
        {"cases_list_assignee", "deleted_at, sort_assignee"},
        {"cases_list_opened", "deleted_at, opened_on"},
        {"cases_list_due", "deleted_at, due_on"},
        {"cases_list_paid", "deleted_at, paid_key"},
        {"cases_list_volunteer", "deleted_at, assignee_pk, sensitive"},
        {"cases_list_sensitive", "deleted_at, sensitive"},
    };
    QSqlQuery query(db);
    for (const auto &[name, columns] : indexes) {
        if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON cases (%2) WHERE deleted_at IS NULL")
                            .arg(QLatin1String(name), QLatin1String(columns))))
            return Status::failure(tr("Could not index the cases list: %1").arg(query.lastError().text()));
    }
    if (!query.exec(
            QStringLiteral("CREATE INDEX IF NOT EXISTS cases_member ON cases (member_pk) WHERE member_pk IS NOT NULL")))
        return Status::failure(tr("Could not index the cases list: %1").arg(query.lastError().text()));
    return {};
}

} // namespace supolka
