#include "models/sync/syncstore.h"

#include <map>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "models/cases/caserepository.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/members/memberrepository.h"

namespace supolka {

namespace {

// How a column's text is stored.
enum class Type {
    Text,          // NOT NULL text
    TextOrNull,    // empty = NULL
    Integer,       // NOT NULL integer
    IntegerOrNull, // empty = NULL
    Reference,     // the id of a row of `ref`; stored as its pk, empty = NULL
    Options,       // an election's options, a JSON array (kept in election_options)
    Redacted,      // "1" when the row is marked in sync_redacted
};

struct Column
{
    QString csv;
    QString sql;
    Type type = Type::Text;
    SyncKind ref = SyncKind::Members;
};

struct Table
{
    QString table;
    QList<Column> columns;
};

Column text(const char *name, Type type = Type::Text)
{
    return {QLatin1String(name), QLatin1String(name), type, SyncKind::Members};
}

Column reference(const char *csv, const char *sql, SyncKind ref)
{
    return {QLatin1String(csv), QLatin1String(sql), Type::Reference, ref};
}

QList<Column> withSync(QList<Column> columns, bool redactable)
{
    columns += {text("created_at"), text("updated_at"), text("deleted_at", Type::TextOrNull), text("origin")};
    if (redactable)
        columns.append({QStringLiteral("redacted"), QString(), Type::Redacted, SyncKind::Members});
    return columns;
}

QString tableName(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Elections:
        return QStringLiteral("elections");
    case SyncKind::Stations:
        return QStringLiteral("stations");
    case SyncKind::Members:
        return QStringLiteral("members");
    case SyncKind::Events:
        return QStringLiteral("events");
    case SyncKind::Registrations:
        return QStringLiteral("registrations");
    case SyncKind::Cases:
        return QStringLiteral("cases");
    case SyncKind::Notes:
        return QStringLiteral("case_notes");
    case SyncKind::Payments:
        return QStringLiteral("case_payments");
    case SyncKind::ExitPoll:
    case SyncKind::Official:
    case SyncKind::Verified:
        return QStringLiteral("stations");
    }
    return {};
}

// The columns of the tables with rows of their own, in the order of SyncKinds::columns().
Table tableOf(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Elections:
        return {tableName(kind), withSync({text("id"),
                                           text("name"),
                                           text("held_on", Type::TextOrNull),
                                           {QStringLiteral("options"), QString(), Type::Options, SyncKind::Members}},
                                          false)};
    case SyncKind::Stations:
        return {tableName(kind),
                withSync({text("id"), reference("election_id", "election_pk", SyncKind::Elections), text("code"),
                          text("city"), text("country"), text("registered_voters", Type::IntegerOrNull)},
                         false)};
    case SyncKind::Members:
        return {tableName(kind),
                withSync({text("id"),
                          text("first_name"),
                          text("middle_name"),
                          text("last_name"),
                          text("birth_date", Type::TextOrNull),
                          text("email", Type::TextOrNull),
                          text("phone", Type::TextOrNull),
                          text("city"),
                          text("country"),
                          text("languages"),
                          text("skills"),
                          {QStringLiteral("groups"), QStringLiteral("work_groups"), Type::Text, SyncKind::Members},
                          text("status"),
                          text("joined_on", Type::TextOrNull),
                          text("consent"),
                          text("consent_at", Type::TextOrNull),
                          text("consent_share", Type::Integer),
                          text("notes"),
                          text("merged_into", Type::TextOrNull)},
                         true)};
    case SyncKind::Events:
        return {tableName(kind),
                withSync({text("id"), text("title"), text("kind"), text("starts_at"), text("ends_at", Type::TextOrNull),
                          text("venue"), text("city"), text("country"), text("capacity", Type::Integer), text("notes"),
                          text("work_group")},
                         true)};
    case SyncKind::Registrations:
        return {
            tableName(kind),
            withSync({text("id"), reference("event_id", "event_pk", SyncKind::Events),
                      reference("member_id", "member_pk", SyncKind::Members), text("guest_name"), text("guest_email"),
                      text("guest_phone"), text("status"), text("ticket_code"), text("checked_in_at", Type::TextOrNull),
                      text("checked_in_by"), text("walk_in", Type::Integer), text("consent"),
                      text("consent_at", Type::TextOrNull), text("external_ref", Type::TextOrNull)},
                     true)};
    case SyncKind::Cases:
        return {tableName(kind),
                withSync({text("id"), text("number"), reference("member_id", "member_pk", SyncKind::Members),
                          text("person_name"), text("person_contact"), text("person_city"), text("person_country"),
                          text("person_languages"), text("needs"), text("priority"), text("summary"), text("opened_on"),
                          text("due_on", Type::TextOrNull), text("status"), text("outcome"),
                          reference("assignee_id", "assignee_pk", SyncKind::Members), text("sensitive", Type::Integer)},
                         true)};
    case SyncKind::Notes:
        return {tableName(kind), withSync({text("id"), reference("case_id", "case_pk", SyncKind::Cases), text("kind"),
                                           text("body"), text("from_status", Type::TextOrNull),
                                           text("to_status", Type::TextOrNull), text("author"), text("at")},
                                          true)};
    case SyncKind::Payments:
        return {tableName(kind),
                withSync({text("id"), reference("case_id", "case_pk", SyncKind::Cases), text("paid_on"),
                          text("amount_minor", Type::Integer), text("currency"), text("purpose")},
                         true)};
    case SyncKind::ExitPoll:
    case SyncKind::Official:
    case SyncKind::Verified:
        break;
    }
    return {};
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> integerOf(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QJsonValue optionalInteger(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

// Line breaks travel as LF (a CSV reader gives nothing else back), so that a row typed on Windows is the same row
// after a round trip.
QString travellingText(QString text)
{
    if (text.contains(QLatin1Char('\r')))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

} // namespace

class SyncStore::Private
{
public:
    explicit Private(Database &database)
        : database(database)
        , db(database.connection())
    {}

    QSqlQuery &prepared(const QString &sql)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            it = statements.emplace(sql, QSqlQuery(db)).first;
            it->second.prepare(sql);
        }
        return it->second;
    }

    QString sqlError(const QSqlQuery &query) const { return query.lastError().text(); }

    Result<QSet<QString>> redactedIds(SyncKind kind)
    {
        QSqlQuery &query = prepared(QStringLiteral("SELECT id FROM sync_redacted WHERE kind = ?"));
        query.addBindValue(SyncKinds::name(kind));
        if (!query.exec())
            return Result<QSet<QString>>::failure(sqlError(query));
        QSet<QString> ids;
        while (query.next())
            ids.insert(query.value(0).toString());
        return ids;
    }

    Status markRedacted(SyncKind kind, const QString &id, bool redacted)
    {
        QSqlQuery &query =
            prepared(redacted ? QStringLiteral("INSERT OR IGNORE INTO sync_redacted (kind, id) VALUES (?, ?)")
                              : QStringLiteral("DELETE FROM sync_redacted WHERE kind = ? AND id = ?"));
        query.addBindValue(SyncKinds::name(kind));
        query.addBindValue(id);
        if (!query.exec())
            return Status::failure(sqlError(query));
        return {};
    }

    qint64 pkOf(SyncKind kind, const QString &id)
    {
        if (id.isEmpty())
            return 0;
        QSqlQuery &query = prepared(QStringLiteral("SELECT pk FROM %1 WHERE id = ?").arg(tableName(kind)));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return 0;
        const qint64 pk = query.value(0).toLongLong();
        query.finish();
        return pk;
    }

    qint64 electionOfStation(qint64 stationPk)
    {
        QSqlQuery &query = prepared(QStringLiteral("SELECT election_pk FROM stations WHERE pk = ?"));
        query.addBindValue(stationPk);
        if (!query.exec() || !query.next())
            return 0;
        const qint64 pk = query.value(0).toLongLong();
        query.finish();
        return pk;
    }

    // Option name (case-folded) -> {pk, name as stored} of an election.
    QHash<QString, QPair<qint64, QString>> options(qint64 electionPk)
    {
        QHash<QString, QPair<qint64, QString>> found;
        QSqlQuery &query = prepared(QStringLiteral("SELECT pk, name FROM election_options WHERE election_pk = ?"));
        query.addBindValue(electionPk);
        if (query.exec()) {
            while (query.next())
                found.insert(query.value(1).toString().toCaseFolded(),
                             {query.value(0).toLongLong(), query.value(1).toString()});
        }
        return found;
    }

    QStringList optionNames(qint64 electionPk)
    {
        QStringList names;
        QSqlQuery &query =
            prepared(QStringLiteral("SELECT name FROM election_options WHERE election_pk = ? ORDER BY position, pk"));
        query.addBindValue(electionPk);
        if (query.exec()) {
            while (query.next())
                names.append(query.value(0).toString());
        }
        return names;
    }

    Result<qint64> optionKey(qint64 electionPk, const QString &name)
    {
        if (name.isEmpty())
            return qint64(ExitPollRepository::Refused);
        return ExitPollRepository(database).ensureOption(electionPk, name);
    }

    Result<QList<SyncRow>> loadTable(SyncKind kind);
    Result<QList<SyncRow>> loadCounts(SyncKind kind);
    Result<qint64> writeTable(SyncKind kind, const QStringList &values, qint64 pk);
    Status writeCounts(SyncKind kind, const QStringList &values, qint64 stationPk);
    Status afterWrite(SyncKind kind, qint64 pk);

    Database &database;
    QSqlDatabase db;
    std::map<QString, QSqlQuery> statements; // a query cannot be copied: not in a QHash

    std::unique_ptr<MemberBulkWriter> memberWriter;
};

Result<QList<SyncRow>> SyncStore::Private::loadTable(SyncKind kind)
{
    using R = Result<QList<SyncRow>>;
    const Table spec = tableOf(kind);
    QStringList expressions{QStringLiteral("t.pk")};
    for (const Column &c : spec.columns) {
        if (c.type == Type::Reference)
            expressions.append(
                QStringLiteral("(SELECT r.id FROM %1 r WHERE r.pk = t.%2)").arg(tableName(c.ref), c.sql));
        else if (c.type == Type::Options || c.type == Type::Redacted)
            expressions.append(QStringLiteral("NULL"));
        else
            expressions.append(QStringLiteral("t.") + c.sql);
    }
    const Result<QSet<QString>> redacted = redactedIds(kind);
    if (!redacted)
        return R::failure(redacted.error());
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                    spec.table + QStringLiteral(" t ORDER BY t.pk")))
        return R::failure(tr("Could not read the %1: %2").arg(spec.table, sqlError(query)));
    const int originAt = SyncKinds::column(kind, QStringLiteral("origin"));
    const int numberAt = kind == SyncKind::Cases ? SyncKinds::column(kind, QStringLiteral("number")) : -1;
    QList<SyncRow> rows;
    while (query.next()) {
        SyncRow row;
        row.pk = query.value(0).toLongLong();
        row.values.reserve(spec.columns.size());
        for (int i = 0; i < spec.columns.size(); ++i) {
            const Column &c = spec.columns.at(i);
            if (c.type == Type::Options)
                row.values.append(QString());
            else if (c.type == Type::Redacted)
                row.values.append(redacted->contains(row.values.value(0)) ? QStringLiteral("1") : QStringLiteral("0"));
            else
                row.values.append(travellingText(query.value(i + 1).toString()));
        }
        // A case number kept apart by its chapter travels as the chapter wrote it.
        if (numberAt >= 0) {
            const QString prefix = row.values.at(originAt) + QLatin1Char('/');
            if (row.values.at(numberAt).startsWith(prefix))
                row.values[numberAt] = row.values.at(numberAt).mid(prefix.size());
        }
        rows.append(row);
    }
    if (kind == SyncKind::Elections) {
        const int optionsAt = SyncKinds::column(kind, QStringLiteral("options"));
        for (SyncRow &row : rows)
            row.values[optionsAt] = QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(optionNames(row.pk))).toJson(QJsonDocument::Compact));
    }
    return rows;
}

Result<QList<SyncRow>> SyncStore::Private::loadCounts(SyncKind kind)
{
    using R = Result<QList<SyncRow>>;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<SyncRow> rows;
    if (kind == SyncKind::ExitPoll) {
        if (!query.exec(QStringLiteral(
                "SELECT t.station_pk, s.id, t.shift, CASE WHEN t.option_pk = 0 THEN '' ELSE o.name END, t.count, "
                "t.updated_at FROM exitpoll_tallies t JOIN stations s ON s.pk = t.station_pk "
                "LEFT JOIN election_options o ON o.pk = t.option_pk ORDER BY s.id, t.shift, t.option_pk")))
            return R::failure(tr("Could not read the exit-poll counts: %1").arg(sqlError(query)));
        while (query.next()) {
            SyncRow row;
            row.pk = query.value(0).toLongLong();
            for (int i = 1; i <= 5; ++i)
                row.values.append(travellingText(query.value(i).toString()));
            rows.append(row);
        }
        return rows;
    }
    const bool official = kind == SyncKind::Official;
    const QString head = official ? QStringLiteral("SELECT p.station_pk, s.id, p.registered_voters, p.ballots_cast, "
                                                   "p.spoiled, p.updated_at FROM official_protocols p")
                                  : QStringLiteral("SELECT p.station_pk, s.id, p.observed_voters, p.updated_at "
                                                   "FROM verified_counts p");
    const QString votes = official ? QStringLiteral("SELECT v.station_pk, o.name, v.votes FROM official_votes v")
                                   : QStringLiteral("SELECT v.station_pk, o.name, v.ballots FROM verified_votes v");
    QHash<qint64, QJsonObject> byStation;
    if (!query.exec(votes + QStringLiteral(" JOIN election_options o ON o.pk = v.option_pk")))
        return R::failure(tr("Could not read the official results: %1").arg(sqlError(query)));
    while (query.next())
        byStation[query.value(0).toLongLong()].insert(query.value(1).toString(), optionalInteger(query.value(2)));
    if (!query.exec(head + QStringLiteral(" JOIN stations s ON s.pk = p.station_pk ORDER BY s.id")))
        return R::failure(tr("Could not read the official results: %1").arg(sqlError(query)));
    const int numbers = official ? 3 : 1;
    while (query.next()) {
        SyncRow row;
        row.pk = query.value(0).toLongLong();
        row.values.append(query.value(1).toString());
        for (int i = 0; i < numbers; ++i)
            row.values.append(query.value(2 + i).toString());
        row.values.append(QString::fromUtf8(QJsonDocument(byStation.value(row.pk)).toJson(QJsonDocument::Compact)));
        row.values.append(query.value(2 + numbers).toString());
        rows.append(row);
    }
    return rows;
}

Result<qint64> SyncStore::Private::writeTable(SyncKind kind, const QStringList &values, qint64 pk)
{
    using R = Result<qint64>;
    const Table spec = tableOf(kind);
    if (values.size() != spec.columns.size())
        return R::failure(tr("A row of %1 has %2 values instead of %3.")
                              .arg(SyncKinds::fileName(kind))
                              .arg(values.size())
                              .arg(spec.columns.size()));
    QStringList names;
    QVariantList bound;
    QString options;
    bool redacted = false;
    const QString id = values.value(0);
    for (int i = 0; i < spec.columns.size(); ++i) {
        const Column &c = spec.columns.at(i);
        QString value = values.at(i);
        switch (c.type) {
        case Type::Options:
            options = value;
            continue;
        case Type::Redacted:
            redacted = value == QLatin1String("1");
            continue;
        case Type::Text:
            bound.append(value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value));
            break;
        case Type::TextOrNull:
            bound.append(value.isEmpty() ? nullText() : QVariant(value));
            break;
        case Type::Integer:
        case Type::IntegerOrNull: {
            if (value.isEmpty() && c.type == Type::IntegerOrNull) {
                bound.append(nullInteger());
                break;
            }
            const std::optional<qint64> number = integerOf(value);
            if (!number)
                return R::failure(
                    tr("“%1” is not a whole number (%2 of %3 %4).").arg(value, c.csv, SyncKinds::name(kind), id));
            bound.append(*number);
            break;
        }
        case Type::Reference: {
            if (value.isEmpty()) {
                bound.append(nullInteger());
                break;
            }
            const qint64 target = pkOf(c.ref, value);
            if (target == 0)
                return R::failure(tr("%1 %2 refers to %3 %4, which this database does not have. Import the earlier "
                                     "bundles of its chapter first.")
                                      .arg(SyncKinds::name(kind), id, SyncKinds::name(c.ref), value));
            bound.append(target);
            break;
        }
        }
        names.append(c.sql);
    }
    if (kind == SyncKind::Cases) {
        // Case numbers are given per chapter: one that another case here has is kept apart by the chapter.
        const int numberAt = int(names.indexOf(QStringLiteral("number")));
        const QString number = bound.at(numberAt).toString();
        QSqlQuery &taken = prepared(QStringLiteral("SELECT 1 FROM cases WHERE number = ? AND pk <> ?"));
        taken.addBindValue(number);
        taken.addBindValue(pk);
        if (taken.exec() && taken.next())
            bound[numberAt] =
                QString(values.at(SyncKinds::column(kind, QStringLiteral("origin"))) + QLatin1Char('/') + number);
        taken.finish();
    }
    QString sql;
    if (pk == 0) {
        QStringList marks;
        for (qsizetype i = 0; i < names.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(spec.table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    } else {
        QStringList sets;
        for (const QString &name : std::as_const(names))
            sets.append(name + QStringLiteral(" = ?"));
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE pk = ?").arg(spec.table, sets.join(QStringLiteral(", ")));
        bound.append(pk);
    }
    QSqlQuery &query = prepared(sql);
    for (const QVariant &value : std::as_const(bound))
        query.addBindValue(value);
    if (!query.exec())
        return R::failure(tr("Could not save %1 %2: %3").arg(SyncKinds::name(kind), id, sqlError(query)));
    const qint64 written = pk == 0 ? query.lastInsertId().toLongLong() : pk;
    if (SyncKinds::isRedactable(kind)) {
        if (Status status = markRedacted(kind, id, redacted); !status)
            return R::failure(status.error());
    }
    if (kind == SyncKind::Elections) {
        const Result<int> added = SyncStore::addOptionsTo(database, written, options);
        if (!added)
            return R::failure(added.error());
    }
    if (Status status = afterWrite(kind, written); !status)
        return R::failure(tr("Could not save %1 %2: %3").arg(SyncKinds::name(kind), id, status.error()));
    return written;
}

Status SyncStore::Private::afterWrite(SyncKind kind, qint64 pk)
{
    if (kind == SyncKind::Members) {
        // The writer works out the name key and search keys; the row keeps the time it travelled with.
        if (!memberWriter)
            memberWriter = std::make_unique<MemberBulkWriter>(database);
        std::optional<Member> member = memberWriter->find(pk);
        if (!member)
            return Status::failure(tr("the member cannot be read back"));
        const QString updatedAt = member->updatedAt;
        if (Status status = memberWriter->update(*member); !status)
            return status;
        QSqlQuery &stamp = prepared(QStringLiteral("UPDATE members SET updated_at = ? WHERE pk = ?"));
        stamp.addBindValue(updatedAt);
        stamp.addBindValue(pk);
        if (!stamp.exec())
            return Status::failure(sqlError(stamp));
        // A member merged into another at the other side: what this database alone holds of them (a check-in
        // at this door, a case) follows to the one kept, when it is here.
        if (member->isDeleted() && !member->mergedInto.isEmpty()) {
            const std::optional<Member> kept = MemberRepository(database).findById(member->mergedInto);
            if (kept && !kept->isDeleted()) {
                const QString now = nowTimestamp();
                if (Status status = EventRepository(database).moveMemberRegistrations(pk, kept->pk, now); !status)
                    return status;
                if (Status status = CaseRepository(database).moveMember(pk, kept->pk, now); !status)
                    return status;
            }
        }
        return EventRepository(database).refreshMemberKeys(pk);
    }
    if (kind == SyncKind::Registrations)
        return EventRepository(database).refreshRegistrationKeys(pk);
    if (kind == SyncKind::Cases)
        return CaseRepository::refreshListKeys(database.connection(), pk);
    if (kind == SyncKind::Payments)
        return CaseRepository::refreshPaidKeyOfPayment(database.connection(), pk);
    return {};
}

Status SyncStore::Private::writeCounts(SyncKind kind, const QStringList &values, qint64 stationPk)
{
    const qint64 electionPk = electionOfStation(stationPk);
    auto number = [](const QString &text) -> std::optional<QVariant> {
        if (text.isEmpty())
            return nullInteger();
        const std::optional<qint64> value = integerOf(text);
        if (!value || *value < 0)
            return std::nullopt;
        return QVariant(*value);
    };
    auto notNumber = [&](const QString &text) {
        return Status::failure(
            tr("“%1” is not a count (%2 of station %3).").arg(text, SyncKinds::name(kind), values.value(0)));
    };
    if (kind == SyncKind::ExitPoll) {
        const Result<qint64> option = optionKey(electionPk, values.at(2));
        if (!option)
            return Status::failure(option.error());
        const std::optional<QVariant> count = number(values.at(3));
        if (!count || count->isNull())
            return notNumber(values.at(3));
        QSqlQuery &query = prepared(
            QStringLiteral("INSERT INTO exitpoll_tallies (station_pk, shift, option_pk, count, updated_at) VALUES "
                           "(?, ?, ?, ?, ?) ON CONFLICT (station_pk, shift, option_pk) DO UPDATE SET "
                           "count = excluded.count, updated_at = excluded.updated_at"));
        query.addBindValue(stationPk);
        query.addBindValue(values.at(1).isNull() ? QStringLiteral("") : values.at(1));
        query.addBindValue(option.value());
        query.addBindValue(*count);
        query.addBindValue(values.at(4));
        if (!query.exec())
            return Status::failure(sqlError(query));
        return {};
    }
    const bool official = kind == SyncKind::Official;
    const int numbers = official ? 3 : 1;
    QVariantList bound{stationPk};
    for (int i = 1; i <= numbers; ++i) {
        const std::optional<QVariant> value = number(values.at(i));
        if (!value)
            return notNumber(values.at(i));
        bound.append(*value);
    }
    bound.append(values.at(numbers + 2));
    QSqlQuery &head = prepared(official ? QStringLiteral("INSERT OR REPLACE INTO official_protocols (station_pk, "
                                                         "registered_voters, ballots_cast, spoiled, updated_at) "
                                                         "VALUES (?, ?, ?, ?, ?)")
                                        : QStringLiteral("INSERT OR REPLACE INTO verified_counts (station_pk, "
                                                         "observed_voters, updated_at) VALUES (?, ?, ?)"));
    for (const QVariant &value : std::as_const(bound))
        head.addBindValue(value);
    if (!head.exec())
        return Status::failure(sqlError(head));
    QSqlQuery &clear = prepared(official ? QStringLiteral("DELETE FROM official_votes WHERE station_pk = ?")
                                         : QStringLiteral("DELETE FROM verified_votes WHERE station_pk = ?"));
    clear.addBindValue(stationPk);
    if (!clear.exec())
        return Status::failure(sqlError(clear));
    QJsonParseError error;
    const QJsonDocument votes = QJsonDocument::fromJson(values.at(numbers + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !votes.isObject())
        return Status::failure(tr("The votes of station %1 cannot be read.").arg(values.value(0)));
    const QJsonObject object = votes.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Result<qint64> option = optionKey(electionPk, it.key());
        if (!option)
            return Status::failure(option.error());
        if (!it.value().isNull() && (!it.value().isDouble() || it.value().toDouble() < 0))
            return notNumber(it.value().toVariant().toString());
        QSqlQuery &vote = prepared(
            official ? QStringLiteral("INSERT OR REPLACE INTO official_votes (station_pk, option_pk, votes) VALUES "
                                      "(?, ?, ?)")
                     : QStringLiteral("INSERT OR REPLACE INTO verified_votes (station_pk, option_pk, ballots) VALUES "
                                      "(?, ?, ?)"));
        vote.addBindValue(stationPk);
        vote.addBindValue(option.value());
        vote.addBindValue(it.value().isNull() ? nullInteger() : QVariant(qint64(it.value().toDouble())));
        if (!vote.exec())
            return Status::failure(sqlError(vote));
    }
    return {};
}

SyncStore::SyncStore(Database &database)
    : d(std::make_unique<Private>(database))
{}

SyncStore::~SyncStore() = default;

Result<QList<SyncRow>> SyncStore::load(SyncKind kind)
{
    return SyncKinds::isCount(kind) ? d->loadCounts(kind) : d->loadTable(kind);
}

Result<qint64> SyncStore::write(SyncKind kind, const QStringList &values, qint64 pk)
{
    using R = Result<qint64>;
    if (!SyncKinds::isCount(kind))
        return d->writeTable(kind, values, pk);
    if (values.size() != SyncKinds::columns(kind).size())
        return R::failure(tr("A row of %1 has %2 values instead of %3.")
                              .arg(SyncKinds::fileName(kind))
                              .arg(values.size())
                              .arg(SyncKinds::columns(kind).size()));
    const qint64 stationPk = d->pkOf(SyncKind::Stations, values.value(0));
    if (stationPk == 0)
        return R::failure(tr("%1 of station %2: this database does not have the station.")
                              .arg(SyncKinds::title(kind), values.value(0)));
    if (Status status = d->writeCounts(kind, values, stationPk); !status)
        return R::failure(
            tr("Could not save the %1 of station %2: %3").arg(SyncKinds::name(kind), values.value(0), status.error()));
    return stationPk;
}

QString SyncStore::sameThing(SyncKind kind, const QStringList &values)
{
    if (kind == SyncKind::Elections) {
        QSqlQuery &query = d->prepared(QStringLiteral("SELECT id FROM elections WHERE name = ?"));
        query.addBindValue(values.value(SyncKinds::column(kind, QStringLiteral("name"))));
        if (query.exec() && query.next()) {
            QString id = query.value(0).toString();
            query.finish();
            return id;
        }
        return {};
    }
    if (kind == SyncKind::Stations) {
        const qint64 electionPk =
            d->pkOf(SyncKind::Elections, values.value(SyncKinds::column(kind, QStringLiteral("election_id"))));
        QSqlQuery &query = d->prepared(QStringLiteral("SELECT id FROM stations WHERE election_pk = ? AND code = ?"));
        query.addBindValue(electionPk);
        query.addBindValue(values.value(SyncKinds::column(kind, QStringLiteral("code"))));
        if (query.exec() && query.next()) {
            QString id = query.value(0).toString();
            query.finish();
            return id;
        }
    }
    return {};
}

QStringList SyncStore::withLocalOptionNames(SyncKind kind, const QStringList &values)
{
    if (!SyncKinds::isCount(kind))
        return values;
    const qint64 stationPk = d->pkOf(SyncKind::Stations, values.value(0));
    if (stationPk == 0)
        return values;
    const QHash<QString, QPair<qint64, QString>> options = d->options(d->electionOfStation(stationPk));
    auto local = [&options](const QString &name) {
        const auto found = options.constFind(name.simplified().toCaseFolded());
        return found == options.cend() ? name : found->second;
    };
    QStringList adapted = values;
    if (kind == SyncKind::ExitPoll) {
        if (!adapted.at(2).isEmpty())
            adapted[2] = local(adapted.at(2));
        return adapted;
    }
    const int votesAt = kind == SyncKind::Official ? 4 : 2;
    const QJsonDocument votes = QJsonDocument::fromJson(values.value(votesAt).toUtf8());
    if (!votes.isObject())
        return values;
    QJsonObject renamed;
    const QJsonObject object = votes.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        renamed.insert(local(it.key()), it.value());
    adapted[votesAt] = QString::fromUtf8(QJsonDocument(renamed).toJson(QJsonDocument::Compact));
    return adapted;
}

Result<int> SyncStore::addOptions(qint64 electionPk, const QString &options)
{
    return addOptionsTo(d->database, electionPk, options);
}

Result<int> SyncStore::addOptionsTo(Database &database, qint64 electionPk, const QString &options)
{
    if (options.isEmpty())
        return 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(options.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return Result<int>::failure(tr("The options of an election cannot be read: %1").arg(options));
    ExitPollRepository repository(database);
    const QHash<QString, qint64> before = repository.optionKeys(electionPk);
    QSet<QString> known;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        known.insert(it.key().toCaseFolded());
    int added = 0;
    for (const auto &value : document.array()) {
        const QString name = value.toString().simplified();
        if (name.isEmpty() || known.contains(name.toCaseFolded()))
            continue;
        const Result<qint64> option = repository.ensureOption(electionPk, name);
        if (!option)
            return Result<int>::failure(option.error());
        known.insert(name.toCaseFolded());
        ++added;
    }
    return added;
}

qint64 SyncStore::pkOf(SyncKind kind, const QString &id)
{
    return d->pkOf(SyncKinds::isCount(kind) ? SyncKind::Stations : kind, id);
}

} // namespace supolka
