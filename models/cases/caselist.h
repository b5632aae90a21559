#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include "models/cases/aidcase.h"
#include "models/core/result.h"

namespace supolka {

class Database;

// What the cases list shows: which cases, in which order.
struct CaseListQuery
{
    static constexpr qint64 AnyAssignee = -1;
    static constexpr qint64 NoAssignee = 0;

    enum class Order { Number, Person, Needs, Priority, Status, Assignee, OpenedOn, DueOn, Paid };
    Order order = Order::OpenedOn;
    bool descending = false;
    // Names in the order people of this language expect (sortkey::orderFor()).
    QLocale::Language language = QLocale::English;

    bool includeSensitive = false; // sensitive cases only when shown on purpose
    // Every word must match: found in the number, contact, city or summary as written (case aside), or among the
    // names' keys of the person and the volunteer in any script, as the people search reads it.
    QString searchText;
    std::optional<CaseStatus> status;
    bool openOnly = false;           // new, in progress or waiting
    QString need;                    // a caseneeds key; empty = any
    qint64 assigneePk = AnyAssignee; // AnyAssignee, NoAssignee or a member's pk
    bool overdueOnly = false;        // open and due before `today`
    QDate today = QDate::currentDate();
};

// A row of the cases list: the case and its payments' sums per currency, in minor units.
struct CaseListRow
{
    AidCase aidCase;
    QMap<QString, qint64> paid;
};

// The SQL of the cases list, which reads the order of the rows shown and then only the rows on screen, so that
// 100,000 cases open in a few tens of milliseconds and take a few megabytes: each order is one pass over an index of
// the cases that are not deleted (schema 13), the filters are look-ups in indexes and one pass over the narrow
// case_search table for a search, and a row costs a look-up.
class CaseList final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CaseList)

public:
    // The pk of every case (not deleted, sensitive or not) in the query's order, filters aside; ties go by pk.
    // Only pks: what a sensitive case holds is read only when it is shown.
    static Result<std::vector<qint64>> order(Database &database, const CaseListQuery &query);
    // Which cases the query's filters let through, indexed by pk; nullopt when it has no filter. Sensitivity is not
    // one of them (see hidden()). A pk beyond the end is not let through.
    static Result<std::optional<std::vector<bool>>> matching(Database &database, const CaseListQuery &query);
    // The sensitive cases that are not deleted, indexed by pk: what the list hides unless they are shown on purpose.
    static Result<std::vector<bool>> sensitive(Database &database);
    // The cases with these pks and their payments, in this order; a pk no longer there (deleted) is left out.
    static Result<QList<CaseListRow>> read(Database &database, const std::vector<qint64> &pks);
    // How many open cases not deleted are past their due date on `today`, and how many of them are sensitive.
    struct OverdueCount
    {
        int all = 0;
        int sensitive = 0;
    };
    static Result<OverdueCount> overdue(Database &database, const QDate &today);
    // The volunteers that cases not deleted are assigned to (sensitive ones only when included): pk and name.
    static Result<QList<QPair<qint64, QString>>> assignees(Database &database, bool includeSensitive);

    // The texts a search looks in, as stored in case_search: the number, contact, city and summary case-folded
    // (`plain`), and the search keys of the names of the person and the volunteer (search::allKeysText()).
    struct SearchText
    {
        QString plain;
        QString names;
    };
    static SearchText searchTextOf(const AidCase &aidCase);

    // What a list row sorts by, as stored (schema 13): the person's and the volunteer's names (sortkey::of()) and
    // the payments' sums ("EUR0000000000000002000;PLN..."; currency by currency, never added up).
    static QByteArray personKey(const AidCase &aidCase);
    static QByteArray assigneeKey(const AidCase &aidCase);
    static QString paidKey(const QMap<QString, qint64> &paid);
};

} // namespace supolka
