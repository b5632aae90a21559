#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include "models/core/result.h"
#include "models/members/member.h"

namespace supolka {

class Database;

// What the members list shows: which members, in which order.
struct MemberListQuery
{
    enum class Order { LastName, FirstName, Email, Phone, City, Country, Skills, Groups, Status, JoinedOn };
    Order order = Order::LastName;
    bool descending = false;
    // Names and cities in the order people of this language expect (sortkey::orderFor()).
    QLocale::Language language = QLocale::English;

    std::optional<MemberStatus> status;
    bool attentionOnly = false; // only members an import marked for a look (Member::attention)
    QString country;            // ISO code; empty = any
    // A skill or group as stored, in every spelling that differs only in case; empty = any.
    QStringList skills;
    QStringList groups;
    std::optional<QSet<qint64>> only; // only these members (search hits, possible duplicates); nullopt = any
};

// The SQL of the members list, which reads the order of the rows shown and then only the rows on screen, so that a
// million members take a few megabytes: the order is one pass over an index (schema 12), a row costs a look-up.
class MemberList final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberList)

public:
    enum class Values { Countries, Skills, Groups };

    // The pk of every member (not deleted) in the query's order, filters aside; ties go by pk.
    static Result<std::vector<qint64>> order(Database &database, const MemberListQuery &query);
    // Which members the query's filters let through, indexed by pk; nullopt when it has no filter. A pk beyond the
    // end is not let through.
    static Result<std::optional<std::vector<bool>>> matching(Database &database, const MemberListQuery &query);
    // The members with these pks, in this order; a pk no longer there (deleted meanwhile) is left out.
    static Result<QList<Member>> read(Database &database, const std::vector<qint64> &pks);
    // Members that are not deleted.
    static Result<int> count(Database &database);
    // Calls `visit` with every member that is not deleted, in pk order, one at a time: for work that looks at
    // everyone without holding everyone.
    static Status forEach(Database &database, const std::function<void(const Member &)> &visit);
    // The countries, skills or groups of members that are not deleted, each once (as stored; unordered).
    static Result<QStringList> valuesInUse(Database &database, Values values);
    // The distinct values of the column as stored (whole ;-joined lists of skills and groups), in byte order.
    static Result<QStringList> distinctValues(Database &database, Values values);
};

} // namespace supolka
