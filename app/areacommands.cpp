// The command line of the aid-cases and exit-poll areas: import, export and report.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include "app/commandline.h"
#include "models/cases/casecsv.h"
#include "models/cases/caserepository.h"
#include "models/cases/casestatistics.h"
#include "models/core/money.h"
#include "models/db/database.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollimporter.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/exitpoll/optiontotals.h"

namespace supolka {

namespace {

CaseCsvKind caseKindOf(const QString &kind)
{
    if (kind == QLatin1String("notes"))
        return CaseCsvKind::Notes;
    if (kind == QLatin1String("payments"))
        return CaseCsvKind::Payments;
    return CaseCsvKind::Cases;
}

ExitPollKind exitPollKindOf(const QString &kind)
{
    if (kind == QLatin1String("exitpoll"))
        return ExitPollKind::ExitPoll;
    if (kind == QLatin1String("official"))
        return ExitPollKind::Official;
    if (kind == QLatin1String("verified"))
        return ExitPollKind::Verified;
    return ExitPollKind::Stations;
}

QString percentOrUnknown(const std::optional<double> &share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}

} // namespace

int CommandRunner::importCases(const QString &kind, const QString &path)
{
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        ImportOptions options;
        options.dryRun = m_commandLine.dryRun;
        const Result<ImportReport> imported = CaseCsv::importFile(database, caseKindOf(kind), path, options);
        if (!imported)
            return fail(imported.error());
        return finishImport(imported.value(), {});
    });
}

int CommandRunner::exportCases(const QString &kind, const QString &path, CsvProfile profile)
{
    return onDatabase(Access::whole(), [&](Database &database) -> int {
        const Result<int> exported = CaseCsv::exportFile(database, caseKindOf(kind), path, profile);
        if (!exported)
            return fail(exported.error());
        if (m_commandLine.json)
            printJson({{QStringLiteral("kind"), kind},
                       {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("exported"), exported.value()}});
        else
            say(tr("Wrote %n rows of %1 to %2.", nullptr, exported.value()).arg(kind, QDir::toNativeSeparators(path)));
        return Success;
    });
}

int CommandRunner::reportCases()
{
    return onDatabase(
        Access::report({QStringLiteral("cases"), QStringLiteral("case_notes"), QStringLiteral("case_payments")}),
        [&](Database &database) -> int {
            const Result<CaseStatistics> counted = CaseStatistics::compute(database);
            if (!counted)
                return fail(counted.error());
            const QJsonObject json = counted->toJson();
            if (m_commandLine.json) {
                printJson(json);
                return Success;
            }
            QTextStream out(stdout);
            out << tr("Aid cases: %1, of them overdue: %2").arg(counted->cases).arg(counted->overdueCases.size())
                << '\n';
            const QJsonObject byStatus = json.value(QStringLiteral("by_status")).toObject();
            for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it)
                out << "  " << it.key() << '\t' << it.value().toInt() << '\n';
            for (auto it = counted->paid.cbegin(); it != counted->paid.cend(); ++it)
                out << tr("Paid: %1").arg(money::format(it.value(), it.key())) << '\n';
            return Success;
        });
}

int CommandRunner::importExitPoll(const QString &kind, const QString &path)
{
    if (m_commandLine.election.trimmed().isEmpty())
        return usage(tr("import %1 needs the election: supolka import %1 FILE --election NAME").arg(kind));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        ImportOptions options;
        options.dryRun = m_commandLine.dryRun;
        const Result<ImportReport> imported =
            ExitPollImporter::importFile(database, exitPollKindOf(kind), path, m_commandLine.election, options);
        if (!imported)
            return fail(imported.error());
        return finishImport(imported.value(), {{QStringLiteral("election"), m_commandLine.election.simplified()}});
    });
}

int CommandRunner::reportExitPoll()
{
    if (m_commandLine.election.trimmed().isEmpty())
        return usage(tr("report exitpoll needs the election: supolka report exitpoll --election NAME"));
    return onDatabase(
        Access::report({QStringLiteral("elections"), QStringLiteral("election_options"), QStringLiteral("stations"),
                        QStringLiteral("exitpoll_tallies"), QStringLiteral("official_protocols"),
                        QStringLiteral("official_votes"), QStringLiteral("verified_counts"),
                        QStringLiteral("verified_votes")}),
        [&](Database &database) -> int {
            ExitPollRepository repository(database);
            const std::optional<Election> election = repository.findElection(m_commandLine.election);
            if (!election)
                return fail(tr("There is no election “%1”.").arg(m_commandLine.election.simplified()));
            const ExitPollAnalysis analysis(repository.load(election->pk));
            if (m_commandLine.json) {
                printJson(analysis.toJson());
                return Success;
            }
            QTextStream out(stdout);
            const ElectionTotals &t = analysis.totals();
            out << election->name << '\n';
            out << tr("Exit poll at %n station(s), %1 respondents.", nullptr, t.exitPollStations).arg(t.respondents)
                << '\n';
            out << tr("Official protocols of %n station(s).", nullptr, t.officialStations) << '\n';
            // Each official share over the stations whose protocol gives both the option's votes and the ballots cast.
            for (const OptionTotals &option : OptionTotals::compute(analysis)) {
                out << "  " << option.option << '\t'
                    << tr("exit poll %1, official %2")
                           .arg(percentOrUnknown(option.exitPollShare), percentOrUnknown(option.officialShare))
                    << '\n';
            }
            out << tr("Flagged stations: %1").arg(t.flaggedStations) << '\n';
            for (const StationAnalysis &station : analysis.stations()) {
                for (const ExitPollFlag &flag : station.flags)
                    out << "  " << station.station.code << ' ' << station.station.city << ": " << flag.detail << '\n';
            }
            return Success;
        });
}

} // namespace supolka
