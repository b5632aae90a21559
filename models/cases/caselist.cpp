#include "models/cases/caselist.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "models/cases/casesql.h"
#include "models/db/database.h"
#include "models/db/rowreader.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"
#include "models/text/sortkey.h"

namespace supolka {

namespace {

using Order = CaseListQuery::Order;

// A part of the list read in one pass of an index: its condition and values.
using Segment = sortkey::SqlRange;

QString orderColumn(Order order)
{
    switch (order) {
    case Order::Number:
        return QStringLiteral("number");
    case Order::Person:
        return QStringLiteral("sort_person");
    case Order::Needs:
        return QStringLiteral("needs");
    case Order::Priority:
        return QStringLiteral("priority");
    case Order::Status:
        return QStringLiteral("status");
    case Order::Assignee:
        return QStringLiteral("sort_assignee");
    case Order::OpenedOn:
        return QStringLiteral("opened_on");
    case Order::DueOn:
        return QStringLiteral("due_on");
    case Order::Paid:
        return QStringLiteral("paid_key");
    }
    return QStringLiteral("opened_on");
}

// One part per stored value, in the order of the values' meaning (low before urgent, new before closed).
QList<Segment> valueSegments(const QString &column, const QStringList &values)
{
    QList<Segment> parts;
    for (const QString &value : values)
        parts.append({column + QStringLiteral(" = ?"), {value}});
    return parts;
}

// The list's parts in the order shown ascending: a name's script decides its place before its key does; a priority
// or a status is one part each.
QList<Segment> segments(const CaseListQuery &query)
{
    const QString column = orderColumn(query.order);
    switch (query.order) {
    case Order::Person:
    case Order::Assignee:
        return sortkey::sqlRanges(column, query.language);
    case Order::Priority: {
        QStringList keys;
        for (const CasePriority priority :
             {CasePriority::Low, CasePriority::Normal, CasePriority::High, CasePriority::Urgent})
            keys.append(casePriorityKey(priority));
        return valueSegments(column, keys);
    }
    case Order::Status: {
        QStringList keys;
        for (const CaseStatus status :
             {CaseStatus::New, CaseStatus::InProgress, CaseStatus::Waiting, CaseStatus::Resolved, CaseStatus::Closed})
            keys.append(caseStatusKey(status));
        return valueSegments(column, keys);
    }
    default:
        return {Segment()};
    }
}

const QString OpenStatuses = QStringLiteral("status IN ('new', 'in_progress', 'waiting')");

// Sets `pk` in a by-pk mask, growing it as needed.
// The condition of case_search that one word of a search sets, with its values: the word in the plain text, or
// every key form of it among the names' keys (search::matches()).
QString wordCondition(const QString &word, QStringList &values)
{
    values.append(word.toCaseFolded());
    QString condition = QStringLiteral("(instr(plain, ?) > 0");
    const QList<search::QueryWord> parsed = search::parseQuery(word);
    if (!parsed.isEmpty()) {
        QStringList all;
        for (const search::QueryWord &keyWord : parsed) {
            QStringList any;
            for (const QString &prefix : keyWord.prefixes) {
                any.append(QStringLiteral("instr(names, ?) > 0"));
                values.append(QLatin1Char(' ') + prefix);
            }
            for (const QString &other : keyWord.alternatives) {
                any.append(QStringLiteral("instr(names, ?) > 0"));
                values.append(QLatin1Char(' ') + other + QLatin1Char(' '));
            }
            all.append(any.isEmpty() ? QStringLiteral("0")
                                     : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        }
        condition += QStringLiteral(" OR (") + all.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    return condition + QLatin1Char(')');
}

} // namespace

Result<std::vector<qint64>> CaseList::order(Database &database, const CaseListQuery &query)
{
    Result<std::vector<qint64>> pks =
        selectOrder(database, QStringLiteral("SELECT pk FROM cases WHERE deleted_at IS NULL"), segments(query),
                    orderColumn(query.order), query.descending);
    if (!pks)
        return Result<std::vector<qint64>>::failure(tr("Could not read the aid cases: %1").arg(pks.error()));
    return pks;
}

Result<std::optional<std::vector<bool>>> CaseList::matching(Database &database, const CaseListQuery &query)
{
    using Mask = std::optional<std::vector<bool>>;
    Mask mask;
    // Each filter is one look-up in an index of the cases that are not deleted (a search: one pass over
    // case_search); the masks meet in memory.
    const auto narrow = [&](const QString &sql, const QStringList &values) -> Status {
        std::vector<bool> found(mask ? mask->size() : 0);
        Status status = markPks(database, sql, values, found);
        if (!status)
            return status;
        narrowMask(mask, std::move(found));
        return {};
    };
    const auto where = [](const QString &condition) -> QString {
        return QStringLiteral("SELECT pk FROM cases WHERE deleted_at IS NULL AND ") + condition;
    };
    // The needs of a case are one stored list ("legal;housing"): a need filters by the lists that hold it (a few
    // dozen distinct lists), so that the look-up is a search of the list's index rather than a scan of every case.
    const auto needCondition = [&](QStringList &bound) -> Result<QString> {
        QStringList marks;
        QString after = QStringLiteral("");
        for (;;) {
            QString next;
            bool any = false;
            const Status status = selectRows(
                database,
                QStringLiteral("SELECT needs FROM cases WHERE deleted_at IS NULL AND needs > ? ORDER BY needs LIMIT 1"),
                {after}, [&](auto, auto text, auto, auto) {
                    next = text(0);
                    any = true;
                });
            if (!status)
                return Result<QString>::failure(status.error());
            if (!any)
                break;
            if (next.split(QLatin1Char(';'), Qt::SkipEmptyParts).contains(query.need)) {
                marks.append(QStringLiteral("?"));
                bound.append(next);
            }
            after = next;
        }
        return marks.isEmpty() ? QStringLiteral("0")
                               : QStringLiteral("needs IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    };

    Status status;
    if (query.status && status)
        status = narrow(where(QStringLiteral("status = ?")), {caseStatusKey(*query.status)});
    if ((query.openOnly || query.overdueOnly) && status)
        status = narrow(where(OpenStatuses), {});
    if (query.overdueOnly && status)
        status = narrow(where(QStringLiteral("due_on < ?")), {query.today.toString(Qt::ISODate)});
    if (!query.need.isEmpty() && status) {
        QStringList bound;
        const Result<QString> condition = needCondition(bound);
        status = condition ? narrow(where(condition.value()), bound) : Status::failure(condition.error());
    }
    if (query.assigneePk == CaseListQuery::NoAssignee && status)
        status = narrow(where(QStringLiteral("assignee_pk IS NULL")), {});
    else if (query.assigneePk > 0 && status)
        status = narrow(where(QStringLiteral("assignee_pk = %1").arg(query.assigneePk)), {});
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = query.searchText.split(spaces, Qt::SkipEmptyParts);
    if (!words.isEmpty() && status) {
        QStringList conditions;
        QStringList values;
        for (const QString &word : words)
            conditions.append(wordCondition(word, values));
        status =
            narrow(QStringLiteral("SELECT case_pk FROM case_search WHERE ") + conditions.join(QStringLiteral(" AND ")),
                   values);
    }
    if (!status)
        return Result<Mask>::failure(tr("Could not read the aid cases: %1").arg(status.error()));
    return mask;
}

Result<std::vector<bool>> CaseList::sensitive(Database &database)
{
    std::vector<bool> found;
    const Status status =
        markPks(database, QStringLiteral("SELECT pk FROM cases WHERE deleted_at IS NULL AND sensitive = 1"), {}, found);
    if (!status)
        return Result<std::vector<bool>>::failure(tr("Could not read the aid cases: %1").arg(status.error()));
    return found;
}

Result<QList<CaseListRow>> CaseList::read(Database &database, const std::vector<qint64> &pks)
{
    using R = Result<QList<CaseListRow>>;
    if (pks.empty())
        return QList<CaseListRow>();
    QStringList list;
    list.reserve(qsizetype(pks.size()));
    for (const qint64 pk : pks)
        list.append(QString::number(pk));
    const QString in = list.join(QLatin1Char(','));
    QHash<qint64, CaseListRow> found;
    found.reserve(qsizetype(pks.size()));
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    // `+c.deleted_at` keeps SQLite on the pks: otherwise it takes a list index for `deleted_at IS NULL` and reads
    // every case that is not deleted to find these.
    if (!query.exec(casesql::select() + QStringLiteral("WHERE +c.deleted_at IS NULL AND c.pk IN (") + in +
                    QLatin1Char(')')))
        return R::failure(tr("Could not read the aid cases: %1").arg(query.lastError().text()));
    while (query.next()) {
        AidCase aidCase = casesql::readCase(query);
        const qint64 pk = aidCase.pk;
        found.insert(pk, {std::move(aidCase), {}});
    }
    if (query.lastError().isValid())
        return R::failure(tr("Could not read the aid cases: %1").arg(query.lastError().text()));
    if (!query.exec(QStringLiteral("SELECT case_pk, currency, sum(amount_minor) FROM case_payments "
                                   "WHERE deleted_at IS NULL AND case_pk IN (") +
                    in + QStringLiteral(") GROUP BY case_pk, currency")))
        return R::failure(tr("Could not read the aid cases' payments: %1").arg(query.lastError().text()));
    while (query.next()) {
        if (auto it = found.find(query.value(0).toLongLong()); it != found.end())
            it->paid.insert(query.value(1).toString(), query.value(2).toLongLong());
    }
    QList<CaseListRow> rows;
    rows.reserve(found.size());
    for (const qint64 pk : pks) {
        if (auto it = found.find(pk); it != found.end())
            rows.append(std::move(it.value()));
    }
    return rows;
}

Result<CaseList::OverdueCount> CaseList::overdue(Database &database, const QDate &today)
{
    OverdueCount count;
    // cases_status (status, due_on) finds them; only they are read.
    const Status status =
        selectRows(database,
                   QStringLiteral("SELECT count(*), total(sensitive) FROM cases WHERE deleted_at IS NULL "
                                  "AND ") +
                       OpenStatuses + QStringLiteral(" AND due_on < ?"),
                   {today.toString(Qt::ISODate)}, [&count](auto integer, auto, auto, auto) {
                       count.all = int(integer(0));
                       count.sensitive = int(integer(1));
                   });
    if (!status)
        return Result<OverdueCount>::failure(tr("Could not read the aid cases: %1").arg(status.error()));
    return count;
}

Result<QList<QPair<qint64, QString>>> CaseList::assignees(Database &database, bool includeSensitive)
{
    QList<QPair<qint64, QString>> found;
    const QString sql =
        QStringLiteral(
            "SELECT a.pk, trim(a.first_name || ' ' || a.last_name) FROM members a WHERE a.pk IN "
            "(SELECT DISTINCT assignee_pk FROM cases WHERE deleted_at IS NULL AND assignee_pk IS NOT NULL%1)")
            .arg(includeSensitive ? QString() : QStringLiteral(" AND sensitive = 0"));
    const Status status = selectRows(database, sql, {}, [&found](auto integer, auto text, auto, auto) {
        found.append({integer(0), text(1)});
    });
    if (!status)
        return Result<QList<QPair<qint64, QString>>>::failure(
            tr("Could not read the aid cases' volunteers: %1").arg(status.error()));
    return found;
}

CaseList::SearchText CaseList::searchTextOf(const AidCase &c)
{
    // Names are compared by their cross-script keys, so that Cyrillic and Latin spellings find each other; the
    // number, contact, city and summary as they are written.
    const QString names = c.displayName() + QLatin1Char(' ') + c.personName + QLatin1Char(' ') + c.assigneeName;
    return {QStringList{c.number, c.personContact, c.personCity, c.summary}.join(QLatin1Char('\n')).toCaseFolded(),
            search::allKeysText(namekey::textKeys(names))};
}

QByteArray CaseList::personKey(const AidCase &aidCase)
{
    return sortkey::of(aidCase.displayName());
}

QByteArray CaseList::assigneeKey(const AidCase &aidCase)
{
    return sortkey::of(aidCase.assigneeName);
}

QString CaseList::paidKey(const QMap<QString, qint64> &paid)
{
    QStringList parts;
    for (auto it = paid.cbegin(); it != paid.cend(); ++it)
        parts.append(it.key() + QStringLiteral("%1").arg(it.value(), 19, 10, QLatin1Char('0')));
    return parts.join(QLatin1Char(';'));
}

} // namespace supolka
