#include "models/sync/chapterreport.h"

#include <QBuffer>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/sync/syncstate.h"

namespace supolka {

namespace {

QString share(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

QStringList ChapterReport::csvHeader()
{
    return {QStringLiteral("section"), QStringLiteral("chapter"), QStringLiteral("item"),
            QStringLiteral("detail"),  QStringLiteral("measure"), QStringLiteral("value")};
}

QString ChapterReport::sectionTitle(const QString &section)
{
    if (section == QLatin1String("members_joined"))
        return tr("Members who joined");
    if (section == QLatin1String("members_left"))
        return tr("Members who left");
    if (section == QLatin1String("events"))
        return tr("Events and attendance");
    if (section == QLatin1String("cases_opened"))
        return tr("Aid cases opened");
    if (section == QLatin1String("cases_closed"))
        return tr("Aid cases closed");
    if (section == QLatin1String("payments"))
        return tr("Payments");
    if (section == QLatin1String("exitpoll"))
        return tr("Exit polls");
    if (section == QLatin1String("reported"))
        return tr("Counts chapters reported");
    return section;
}

Result<ChapterReport> ChapterReport::compute(Database &database, const QDate &from, const QDate &to)
{
    using R = Result<ChapterReport>;
    if (!from.isValid() || !to.isValid())
        return R::failure(tr("The report needs a first and a last day."));
    if (to < from)
        return R::failure(tr("The report's last day (%1) is before its first (%2).").arg(isoDate(to), isoDate(from)));
    if (Status whole = database.quickCheck(); !whole)
        return R::failure(whole.error());
    ChapterReport report;
    report.m_from = from;
    report.m_to = to;
    report.m_chapterCode = database.chapterCode();
    report.m_chapterName = SyncState(database).chapterName();
    const QString first = isoDate(from);
    const QString last = isoDate(to);
    QSqlDatabase db = database.connection();
    auto add = [&report](const QString &section, const QString &chapter, const QString &item, const QString &detail,
                         const QString &measure, const QString &value) {
        report.m_lines.append({section, chapter, item, detail, measure, value});
    };
    auto run = [&](const QString &sql, const QVariantList &values, auto &&each) -> Status {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Status::failure(tr("Could not make the report: %1").arg(query.lastError().text()));
        while (query.next())
            each(query);
        return {};
    };

    // Members by country: joined (on their joining day, else when they were recorded) and left (deleted).
    Status status = run(QStringLiteral("SELECT origin, country, count(*) FROM members "
                                       "WHERE coalesce(joined_on, substr(created_at, 1, 10)) BETWEEN ? AND ? "
                                       "GROUP BY origin, country ORDER BY origin, count(*) DESC, country"),
                        {first, last}, [&](const QSqlQuery &q) {
                            add(QStringLiteral("members_joined"), q.value(0).toString(), q.value(1).toString(), {},
                                QStringLiteral("members"), q.value(2).toString());
                        });
    if (status)
        status = run(QStringLiteral("SELECT origin, country, count(*) FROM members "
                                    "WHERE substr(deleted_at, 1, 10) BETWEEN ? AND ? "
                                    "GROUP BY origin, country ORDER BY origin, count(*) DESC, country"),
                     {first, last}, [&](const QSqlQuery &q) {
                         add(QStringLiteral("members_left"), q.value(0).toString(), q.value(1).toString(), {},
                             QStringLiteral("members"), q.value(2).toString());
                     });
    if (!status)
        return R::failure(status.error());

    // Events that started in the range, with their attendance.
    QList<QPair<qint64, QStringList>> events;
    status = run(QStringLiteral("SELECT pk, origin, title, substr(starts_at, 1, 10) FROM events "
                                "WHERE deleted_at IS NULL AND substr(starts_at, 1, 10) BETWEEN ? AND ? "
                                "ORDER BY origin, starts_at, title"),
                 {first, last}, [&](const QSqlQuery &q) {
                     events.append({q.value(0).toLongLong(),
                                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}});
                 });
    if (!status)
        return R::failure(status.error());
    const EventRepository eventRepository(database);
    for (const auto &[pk, e] : std::as_const(events)) {
        const EventCounts counts = eventRepository.counts(pk);
        const QList<QPair<QString, int>> measures{{QStringLiteral("registered"), counts.registered},
                                                  {QStringLiteral("cancelled"), counts.cancelled},
                                                  {QStringLiteral("checked_in"), counts.checkedIn},
                                                  {QStringLiteral("walk_ins"), counts.walkIns}};
        for (const auto &[measure, value] : measures)
            add(QStringLiteral("events"), e.at(0), e.at(1), e.at(2), measure, QString::number(value));
    }

    // Cases by need: opened in the range, and closed (resolved or closed) in it.
    auto countNeeds = [&](const QString &section, const QString &sql) {
        QMap<QPair<QString, QString>, int> byNeed;
        const Status counted = run(sql, {first, last}, [&](const QSqlQuery &q) {
            for (const QString &need : q.value(1).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts))
                ++byNeed[{q.value(0).toString(), need}];
        });
        for (auto it = byNeed.cbegin(); it != byNeed.cend(); ++it)
            add(section, it.key().first, it.key().second, {}, QStringLiteral("cases"), QString::number(it.value()));
        return counted;
    };
    status = countNeeds(QStringLiteral("cases_opened"),
                        QStringLiteral("SELECT origin, needs FROM cases WHERE deleted_at IS NULL AND opened_on "
                                       "BETWEEN ? AND ?"));
    if (status)
        status = countNeeds(QStringLiteral("cases_closed"),
                            QStringLiteral("SELECT c.origin, c.needs FROM cases c WHERE c.deleted_at IS NULL AND "
                                           "EXISTS (SELECT 1 FROM case_notes n WHERE n.case_pk = c.pk AND n.kind = "
                                           "'status' AND n.to_status IN ('resolved', 'closed') AND n.deleted_at IS "
                                           "NULL AND substr(n.at, 1, 10) BETWEEN ? AND ?)"));
    if (status)
        status = run(QStringLiteral("SELECT p.origin, p.currency, count(*), sum(p.amount_minor) FROM case_payments p "
                                    "JOIN cases c ON c.pk = p.case_pk WHERE p.deleted_at IS NULL AND "
                                    "c.deleted_at IS NULL AND p.paid_on BETWEEN ? AND ? "
                                    "GROUP BY p.origin, p.currency ORDER BY p.origin, p.currency"),
                     {first, last}, [&](const QSqlQuery &q) {
                         add(QStringLiteral("payments"), q.value(0).toString(), q.value(1).toString(), {},
                             QStringLiteral("payments"), q.value(2).toString());
                         add(QStringLiteral("payments"), q.value(0).toString(), q.value(1).toString(), {},
                             QStringLiteral("amount_minor"), q.value(3).toString());
                     });
    if (!status)
        return R::failure(status.error());

    // Exit polls: per chapter the stations and respondents it gathered; over all, each option's shares.
    ExitPollRepository polls(database);
    for (const Election &election : polls.elections()) {
        if (!election.deletedAt.isEmpty())
            continue;
        if (election.heldOn.isValid() && (election.heldOn < from || election.heldOn > to))
            continue;
        QHash<QString, QString> originOfStation;
        status = run(QStringLiteral("SELECT code, origin FROM stations WHERE election_pk = ? AND deleted_at IS NULL"),
                     {election.pk},
                     [&](const QSqlQuery &q) { originOfStation.insert(q.value(0).toString(), q.value(1).toString()); });
        if (!status)
            return R::failure(status.error());
        const ExitPollAnalysis analysis(polls.load(election.pk));
        QMap<QString, QList<qint64>> perChapter; // stations, respondents, flagged
        for (const StationAnalysis &station : analysis.stations()) {
            QList<qint64> &numbers = perChapter[originOfStation.value(station.station.code)];
            numbers.resize(3);
            numbers[0] += 1;
            numbers[1] += station.respondents;
            numbers[2] += station.flags.isEmpty() ? 0 : 1;
        }
        for (auto it = perChapter.cbegin(); it != perChapter.cend(); ++it) {
            add(QStringLiteral("exitpoll"), it.key(), election.name, {}, QStringLiteral("stations"),
                QString::number(it.value().at(0)));
            add(QStringLiteral("exitpoll"), it.key(), election.name, {}, QStringLiteral("respondents"),
                QString::number(it.value().at(1)));
            add(QStringLiteral("exitpoll"), it.key(), election.name, {}, QStringLiteral("flagged_stations"),
                QString::number(it.value().at(2)));
        }
        const ElectionTotals &totals = analysis.totals();
        for (const QString &option : analysis.data().options) {
            if (totals.exitPollShares.contains(option))
                add(QStringLiteral("exitpoll"), {}, election.name, option, QStringLiteral("exitpoll_share"),
                    share(totals.exitPollShares.value(option)));
            if (totals.officialVotes.contains(option) && totals.ballotsCast > 0)
                add(QStringLiteral("exitpoll"), {}, election.name, option, QStringLiteral("official_share"),
                    share(double(totals.officialVotes.value(option)) / double(totals.ballotsCast)));
        }
    }

    // What chapters that send only counts reported (their latest aggregate bundle).
    const auto reported = SyncState(database).aggregates();
    QStringList reporters = reported.keys();
    reporters.sort();
    for (const QString &origin : std::as_const(reporters)) {
        const QHash<QString, QByteArray> files = reported.value(origin);
        QStringList names = files.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            // A count table: its key columns, then the counts.
            static const QHash<QString, int> keyColumns{{QStringLiteral("attendance.csv"), 3},
                                                        {QStringLiteral("cases_by_need.csv"), 2}};
            QByteArray data = files.value(name);
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            const Result<CsvTable> table = readCsvDevice(&buffer);
            if (!table || table->failed)
                continue;
            const int keys = keyColumns.value(name, 1);
            for (const CsvRecord &record : table->records) {
                // An event is told by its title and day, not by its id.
                const QStringList key =
                    name == QLatin1String("attendance.csv") ? record.fields.mid(1, 2) : record.fields.mid(0, keys);
                for (int i = keys; i < table->header.size(); ++i)
                    add(QStringLiteral("reported"), origin, name.chopped(4), key.join(QStringLiteral(" / ")),
                        table->header.at(i), restoreFormula(record.fields.value(i)));
            }
        }
    }

    QSet<QString> seen;
    for (const ChapterReportLine &line : std::as_const(report.m_lines)) {
        if (!line.chapter.isEmpty() && !seen.contains(line.chapter)) {
            seen.insert(line.chapter);
            report.m_chapters.append(line.chapter);
        }
    }
    report.m_chapters.sort();
    return report;
}

QList<QPair<QString, qint64>> ChapterReport::totals(const QString &section, const QString &measure) const
{
    QList<QPair<QString, qint64>> sums;
    for (const ChapterReportLine &line : m_lines) {
        if (line.section != section || line.measure != measure)
            continue;
        const QString item = line.detail.isEmpty() || section != QLatin1String("events")
                                 ? line.item
                                 : line.item + QStringLiteral(" (") + line.detail + QLatin1Char(')');
        auto it = std::find_if(sums.begin(), sums.end(), [&item](const auto &pair) { return pair.first == item; });
        if (it == sums.end())
            sums.append({item, line.value.toLongLong()});
        else
            it->second += line.value.toLongLong();
    }
    return sums;
}

QList<QPair<QString, qint64>> ChapterReport::byChapter(const QString &section, const QString &measure) const
{
    QList<QPair<QString, qint64>> sums;
    for (const QString &chapter : m_chapters) {
        qint64 sum = 0;
        bool any = false;
        for (const ChapterReportLine &line : m_lines) {
            if (line.section == section && line.measure == measure && line.chapter == chapter) {
                sum += line.value.toLongLong();
                any = true;
            }
        }
        if (any)
            sums.append({chapter, sum});
    }
    return sums;
}

Status ChapterReport::writeCsv(const QString &path) const
{
    QList<QStringList> rows;
    rows.reserve(m_lines.size());
    for (const ChapterReportLine &line : m_lines)
        rows.append({line.section, line.chapter, line.item, line.detail, line.measure, line.value});
    return writeCsvFile(path, csvHeader(), rows, CsvProfile::Excel);
}

} // namespace supolka
