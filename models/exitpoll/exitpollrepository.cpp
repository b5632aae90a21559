#include "models/exitpoll/exitpollrepository.h"

#include <algorithm>
#include <functional>

#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/text/countries.h"

namespace supolka {

namespace {

QVariant countOrNull(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalCount(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Election readElection(const QSqlQuery &query)
{
    Election e;
    e.pk = query.value(0).toLongLong();
    e.id = query.value(1).toString();
    e.name = query.value(2).toString();
    e.heldOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    e.createdAt = query.value(4).toString();
    e.updatedAt = query.value(5).toString();
    e.deletedAt = query.value(6).toString();
    e.origin = query.value(7).toString();
    return e;
}

const QString ElectionColumns = QStringLiteral("pk, id, name, held_on, created_at, updated_at, deleted_at, origin");
const QString StationColumns = QStringLiteral(
    "pk, id, election_pk, code, city, country, registered_voters, created_at, updated_at, deleted_at, origin");

PollingStation readStation(const QSqlQuery &query)
{
    PollingStation s;
    s.pk = query.value(0).toLongLong();
    s.id = query.value(1).toString();
    s.electionPk = query.value(2).toLongLong();
    s.code = query.value(3).toString();
    s.city = query.value(4).toString();
    s.country = query.value(5).toString();
    s.registeredVoters = optionalCount(query.value(6));
    s.createdAt = query.value(7).toString();
    s.updatedAt = query.value(8).toString();
    s.deletedAt = query.value(9).toString();
    s.origin = query.value(10).toString();
    return s;
}

} // namespace

ExitPollRepository::ExitPollRepository(Database &database)
    : m_database(database)
{}

QList<Election> ExitPollRepository::elections() const
{
    QList<Election> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + ElectionColumns +
                    QStringLiteral(" FROM elections WHERE deleted_at IS NULL ORDER BY held_on DESC, pk DESC")))
        return all;
    while (query.next())
        all.append(readElection(query));
    for (Election &election : all) {
        QSqlQuery options(m_database.connection());
        options.prepare(QStringLiteral("SELECT name FROM election_options WHERE election_pk = ? ORDER BY position"));
        options.addBindValue(election.pk);
        election.options.clear();
        if (options.exec()) {
            while (options.next())
                election.options.append(options.value(0).toString());
        }
    }
    return all;
}

std::optional<Election> ExitPollRepository::findElection(const QString &nameOrId) const
{
    const QString wanted = nameOrId.simplified();
    for (const Election &election : elections()) {
        if (election.id == wanted || election.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return election;
    }
    return std::nullopt;
}

Result<Election> ExitPollRepository::ensureElection(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<Election>::failure(tr("Name the election, for example “Presidential election 2020”."));
    if (std::optional<Election> existing = findElection(clean))
        return *existing;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO elections (id, name, created_at, updated_at, origin) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    const QString now = nowTimestamp();
    query.addBindValue(newRowId());
    query.addBindValue(clean);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(m_database.chapterCode());
    if (!query.exec())
        return Result<Election>::failure(tr("Could not save the election: %1").arg(query.lastError().text()));
    return *findElection(clean);
}

Result<qint64> ExitPollRepository::ensureOption(qint64 electionPk, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Result<qint64>::failure(tr("An option needs a name."));
    QSqlDatabase db = m_database.connection();
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT pk FROM election_options WHERE election_pk = ? AND name = ? COLLATE NOCASE"));
    find.addBindValue(electionPk);
    find.addBindValue(clean);
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO election_options (election_pk, name, position) VALUES (?, ?, "
                       "(SELECT coalesce(max(position), 0) + 1 FROM election_options WHERE election_pk = ?))"));
    insert.addBindValue(electionPk);
    insert.addBindValue(clean);
    insert.addBindValue(electionPk);
    if (!insert.exec())
        return Result<qint64>::failure(tr("Could not save the option: %1").arg(insert.lastError().text()));
    return insert.lastInsertId().toLongLong();
}

QHash<QString, qint64> ExitPollRepository::optionKeys(qint64 electionPk) const
{
    QHash<QString, qint64> keys;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name, pk FROM election_options WHERE election_pk = ?"));
    query.addBindValue(electionPk);
    if (query.exec()) {
        while (query.next())
            keys.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return keys;
}

QList<PollingStation> ExitPollRepository::stations(qint64 electionPk) const
{
    QList<PollingStation> all;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + StationColumns +
                  QStringLiteral(" FROM stations WHERE election_pk = ? AND deleted_at IS NULL"));
    query.addBindValue(electionPk);
    if (!query.exec())
        return all;
    while (query.next())
        all.append(readStation(query));
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(all.begin(), all.end(), [&collator](const PollingStation &a, const PollingStation &b) {
        return collator.compare(a.code, b.code) < 0;
    });
    return all;
}

std::optional<PollingStation> ExitPollRepository::findStation(qint64 electionPk, const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + StationColumns +
                  QStringLiteral(" FROM stations WHERE election_pk = ? AND code = ?"));
    query.addBindValue(electionPk);
    query.addBindValue(code.trimmed());
    if (query.exec() && query.next())
        return readStation(query);
    return std::nullopt;
}

Result<PollingStation> ExitPollRepository::ensureStation(qint64 electionPk, const QString &code, const QString &city,
                                                         const QString &country, std::optional<qint64> registeredVoters)
{
    using R = Result<PollingStation>;
    const QString cleanCode = code.trimmed();
    if (cleanCode.isEmpty())
        return R::failure(tr("A polling station needs its number (station_code)."));
    QString countryCode;
    if (!country.trimmed().isEmpty()) {
        countryCode = countries::codeFromText(country);
        if (countryCode.isEmpty())
            return R::failure(tr("“%1” is not a country Supolka knows.").arg(country.trimmed()));
    }
    const QString now = nowTimestamp();
    QSqlQuery query(m_database.connection());
    if (std::optional<PollingStation> existing = findStation(electionPk, cleanCode)) {
        const QString newCity = city.simplified().isEmpty() ? existing->city : city.simplified();
        const QString newCountry = countryCode.isEmpty() ? existing->country : countryCode;
        const std::optional<qint64> newRegistered = registeredVoters ? registeredVoters : existing->registeredVoters;
        // A station deleted here (by a bundle, say) that a file names again is back: its numbers must show.
        if (newCity == existing->city && newCountry == existing->country &&
            newRegistered == existing->registeredVoters && existing->deletedAt.isEmpty())
            return *existing;
        query.prepare(QStringLiteral("UPDATE stations SET city = ?, country = ?, registered_voters = ?, "
                                     "updated_at = ?, deleted_at = NULL WHERE pk = ?"));
        query.addBindValue(newCity.isNull() ? QStringLiteral("") : newCity);
        query.addBindValue(newCountry.isNull() ? QStringLiteral("") : newCountry);
        query.addBindValue(countOrNull(newRegistered));
        query.addBindValue(now);
        query.addBindValue(existing->pk);
    } else {
        query.prepare(QStringLiteral("INSERT INTO stations (id, election_pk, code, city, country, registered_voters, "
                                     "created_at, updated_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(newRowId());
        query.addBindValue(electionPk);
        query.addBindValue(cleanCode);
        query.addBindValue(city.simplified().isNull() ? QStringLiteral("") : city.simplified());
        query.addBindValue(countryCode.isNull() ? QStringLiteral("") : countryCode);
        query.addBindValue(countOrNull(registeredVoters));
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(m_database.chapterCode());
    }
    if (!query.exec())
        return R::failure(tr("Could not save the polling station: %1").arg(query.lastError().text()));
    return *findStation(electionPk, cleanCode);
}

Result<qint64> ExitPollRepository::addAnswer(qint64 stationPk, const QString &shift, qint64 optionKey, int delta)
{
    QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return Result<qint64>::failure(tr("Could not save the answer: %1").arg(savepoint.error()));
    const qint64 current = tallies(stationPk, shift).value(optionKey);
    const qint64 next = std::max<qint64>(0, current + delta);
    if (Status status = setShiftCount(stationPk, shift, optionKey, next); !status)
        return Result<qint64>::failure(status.error());
    if (!savepoint.release())
        return Result<qint64>::failure(tr("Could not save the answer: %1").arg(savepoint.error()));
    return next;
}

Status ExitPollRepository::setShiftCount(qint64 stationPk, const QString &shift, qint64 optionKey, qint64 count)
{
    if (count < 0)
        return Status::failure(tr("A count cannot be negative."));
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO exitpoll_tallies (station_pk, shift, option_pk, count, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (station_pk, shift, option_pk) DO UPDATE SET "
                                 "count = excluded.count, updated_at = excluded.updated_at"));
    query.addBindValue(stationPk);
    query.addBindValue(shift.trimmed().isNull() ? QStringLiteral("") : shift.trimmed());
    query.addBindValue(optionKey);
    query.addBindValue(count);
    query.addBindValue(nowTimestamp());
    if (!query.exec())
        return Status::failure(tr("Could not save the count: %1").arg(query.lastError().text()));
    return {};
}

Status ExitPollRepository::setShiftCounts(qint64 stationPk, const QString &shift,
                                          const QHash<qint64, std::optional<qint64>> &counts)
{
    QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return Status::failure(tr("Could not save the counts: %1").arg(savepoint.error()));
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM exitpoll_tallies WHERE station_pk = ? AND shift = ? AND option_pk = ?"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value()) {
            if (Status status = setShiftCount(stationPk, shift, it.key(), *it.value()); !status)
                return status;
            continue;
        }
        forget.addBindValue(stationPk);
        forget.addBindValue(shift.trimmed().isNull() ? QStringLiteral("") : shift.trimmed());
        forget.addBindValue(it.key());
        if (!forget.exec())
            return Status::failure(tr("Could not save the counts: %1").arg(forget.lastError().text()));
    }
    if (!savepoint.release())
        return Status::failure(tr("Could not save the counts: %1").arg(savepoint.error()));
    return {};
}

QHash<qint64, qint64> ExitPollRepository::tallies(qint64 stationPk, const QString &shift, bool allShifts) const
{
    QHash<qint64, qint64> counts;
    QSqlQuery query(m_database.connection());
    if (allShifts) {
        query.prepare(QStringLiteral("SELECT option_pk, sum(count) FROM exitpoll_tallies WHERE station_pk = ? "
                                     "GROUP BY option_pk"));
        query.addBindValue(stationPk);
    } else {
        query.prepare(
            QStringLiteral("SELECT option_pk, count FROM exitpoll_tallies WHERE station_pk = ? AND shift = ?"));
        query.addBindValue(stationPk);
        query.addBindValue(shift.trimmed().isNull() ? QStringLiteral("") : shift.trimmed());
    }
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return counts;
}

QStringList ExitPollRepository::shifts(qint64 stationPk) const
{
    QStringList names;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT shift FROM exitpoll_tallies WHERE station_pk = ? ORDER BY shift"));
    query.addBindValue(stationPk);
    if (query.exec()) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

Status ExitPollRepository::setOfficial(qint64 stationPk, std::optional<qint64> registeredVoters,
                                       std::optional<qint64> ballotsCast, std::optional<qint64> spoiled,
                                       const QHash<qint64, std::optional<qint64>> &votes)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery protocol(db);
    protocol.prepare(QStringLiteral(
        "INSERT INTO official_protocols (station_pk, registered_voters, ballots_cast, spoiled, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (station_pk) DO UPDATE SET "
        "registered_voters = coalesce(excluded.registered_voters, registered_voters), "
        "ballots_cast = coalesce(excluded.ballots_cast, ballots_cast), "
        "spoiled = coalesce(excluded.spoiled, spoiled), updated_at = excluded.updated_at"));
    protocol.addBindValue(stationPk);
    protocol.addBindValue(countOrNull(registeredVoters));
    protocol.addBindValue(countOrNull(ballotsCast));
    protocol.addBindValue(countOrNull(spoiled));
    protocol.addBindValue(nowTimestamp());
    if (!protocol.exec())
        return Status::failure(tr("Could not save the protocol: %1").arg(protocol.lastError().text()));
    QSqlQuery vote(db);
    vote.prepare(QStringLiteral("INSERT INTO official_votes (station_pk, option_pk, votes) VALUES (?, ?, ?) "
                                "ON CONFLICT (station_pk, option_pk) DO UPDATE SET votes = "
                                "coalesce(excluded.votes, votes)"));
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        vote.addBindValue(stationPk);
        vote.addBindValue(it.key());
        vote.addBindValue(countOrNull(it.value()));
        if (!vote.exec())
            return Status::failure(tr("Could not save the protocol: %1").arg(vote.lastError().text()));
    }
    return {};
}

Status ExitPollRepository::setVerified(qint64 stationPk, std::optional<qint64> observedVoters,
                                       const QHash<qint64, std::optional<qint64>> &ballots)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery counts(db);
    counts.prepare(
        QStringLiteral("INSERT INTO verified_counts (station_pk, observed_voters, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (station_pk) DO UPDATE SET observed_voters = "
                       "coalesce(excluded.observed_voters, observed_voters), updated_at = excluded.updated_at"));
    counts.addBindValue(stationPk);
    counts.addBindValue(countOrNull(observedVoters));
    counts.addBindValue(nowTimestamp());
    if (!counts.exec())
        return Status::failure(tr("Could not save the verified counts: %1").arg(counts.lastError().text()));
    QSqlQuery ballot(db);
    ballot.prepare(QStringLiteral("INSERT INTO verified_votes (station_pk, option_pk, ballots) VALUES (?, ?, ?) "
                                  "ON CONFLICT (station_pk, option_pk) DO UPDATE SET ballots = "
                                  "coalesce(excluded.ballots, ballots)"));
    for (auto it = ballots.cbegin(); it != ballots.cend(); ++it) {
        ballot.addBindValue(stationPk);
        ballot.addBindValue(it.key());
        ballot.addBindValue(countOrNull(it.value()));
        if (!ballot.exec())
            return Status::failure(tr("Could not save the verified counts: %1").arg(ballot.lastError().text()));
    }
    return {};
}

ElectionData ExitPollRepository::load(qint64 electionPk) const
{
    ElectionData data;
    QSqlDatabase db = m_database.connection();
    QHash<qint64, QString> optionNames;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT e.name, o.pk, o.name FROM elections e LEFT JOIN election_options o ON "
                                     "o.election_pk = e.pk WHERE e.pk = ? ORDER BY o.position"));
        query.addBindValue(electionPk);
        if (query.exec()) {
            while (query.next()) {
                data.name = query.value(0).toString();
                if (!query.value(1).isNull()) {
                    optionNames.insert(query.value(1).toLongLong(), query.value(2).toString());
                    data.options.append(query.value(2).toString());
                }
            }
        }
    }
    QHash<qint64, qsizetype> place;
    for (const PollingStation &station : stations(electionPk)) {
        StationData s;
        s.code = station.code;
        s.city = station.city;
        s.country = station.country;
        s.registeredVoters = station.registeredVoters;
        place.insert(station.pk, data.stations.size());
        data.stations.append(s);
    }
    auto each = [&](const QString &sql, const std::function<void(StationData &, const QSqlQuery &)> &take) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(electionPk);
        if (!query.exec())
            return;
        while (query.next()) {
            const auto it = place.constFind(query.value(0).toLongLong());
            if (it != place.cend())
                take(data.stations[it.value()], query);
        }
    };
    // A count is known for the day only when every shift the station has gives it.
    each(QStringLiteral("SELECT t.station_pk, t.option_pk, sum(t.count), count(*), (SELECT count(DISTINCT x.shift) "
                        "FROM exitpoll_tallies x WHERE x.station_pk = t.station_pk) FROM exitpoll_tallies t JOIN "
                        "stations s ON s.pk = t.station_pk WHERE s.election_pk = ? GROUP BY t.station_pk, t.option_pk"),
         [&](StationData &s, const QSqlQuery &q) {
             s.hasExitPoll = true;
             const qint64 option = q.value(1).toLongLong();
             const bool known = q.value(3).toLongLong() == q.value(4).toLongLong();
             if (option == Refused) {
                 if (known)
                     s.refused = q.value(2).toLongLong();
             } else if (optionNames.contains(option)) {
                 if (known)
                     s.exitPoll.insert(optionNames.value(option), q.value(2).toLongLong());
                 else
                     s.exitPollUnknown.append(optionNames.value(option));
             }
         });
    // An option no shift gives at all is just as unknown.
    for (StationData &station : data.stations) {
        if (!station.hasExitPoll)
            continue;
        for (const QString &option : std::as_const(data.options)) {
            if (!station.exitPoll.contains(option) && !station.exitPollUnknown.contains(option))
                station.exitPollUnknown.append(option);
        }
    }
    each(QStringLiteral("SELECT p.station_pk, p.registered_voters, p.ballots_cast, p.spoiled FROM official_protocols p "
                        "JOIN stations s ON s.pk = p.station_pk WHERE s.election_pk = ?"),
         [](StationData &s, const QSqlQuery &q) {
             s.hasProtocol = true;
             s.officialRegistered = optionalCount(q.value(1));
             s.ballotsCast = optionalCount(q.value(2));
             s.spoiled = optionalCount(q.value(3));
         });
    each(QStringLiteral("SELECT v.station_pk, v.option_pk, v.votes FROM official_votes v JOIN stations s ON "
                        "s.pk = v.station_pk WHERE s.election_pk = ?"),
         [&](StationData &s, const QSqlQuery &q) {
             s.officialVotes.insert(optionNames.value(q.value(1).toLongLong()), optionalCount(q.value(2)));
         });
    each(QStringLiteral("SELECT c.station_pk, c.observed_voters FROM verified_counts c JOIN stations s ON "
                        "s.pk = c.station_pk WHERE s.election_pk = ?"),
         [](StationData &s, const QSqlQuery &q) {
             s.hasVerified = true;
             s.observedVoters = optionalCount(q.value(1));
         });
    each(QStringLiteral("SELECT v.station_pk, v.option_pk, v.ballots FROM verified_votes v JOIN stations s ON "
                        "s.pk = v.station_pk WHERE s.election_pk = ?"),
         [&](StationData &s, const QSqlQuery &q) {
             s.verifiedBallots.insert(optionNames.value(q.value(1).toLongLong()), optionalCount(q.value(2)));
         });
    return data;
}

} // namespace supolka
