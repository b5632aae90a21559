#include "models/exitpoll/exitpollimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>

#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"
#include "models/db/database.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/import/importjob.h"

namespace supolka {

namespace {

enum class Column { Ignored, Code, City, Country, Shift, Registered, BallotsCast, Spoiled, Observed, Refused, Option };

QString folded(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("[\\s_\\-.]+")), QStringLiteral("_"));
    return key;
}

Column columnOf(const QString &header, ExitPollKind kind)
{
    const QString key = folded(header);
    // A spreadsheet that ends its rows with a delimiter leaves a column without a name: nothing to read there.
    if (key.isEmpty())
        return Column::Ignored;
    static const QStringList code{QStringLiteral("station_code"), QStringLiteral("station"),
                                  QStringLiteral("code"),         QStringLiteral("station_no"),
                                  QStringLiteral("участак"),      QStringLiteral("участок"),
                                  QStringLiteral("№_участка"),    QStringLiteral("нумар_участка")};
    if (code.contains(key))
        return Column::Code;
    if (key == QLatin1String("city") || key == QLatin1String("горад") || key == QLatin1String("город"))
        return Column::City;
    if (key == QLatin1String("country") || key == QLatin1String("краіна") || key == QLatin1String("страна"))
        return Column::Country;
    if (key == QLatin1String("shift") || key == QLatin1String("змена") || key == QLatin1String("смена"))
        return kind == ExitPollKind::ExitPoll ? Column::Shift : Column::Ignored;
    if (key == QLatin1String("registered_voters") || key == QLatin1String("registered"))
        return Column::Registered;
    if (key == QLatin1String("ballots_cast") || key == QLatin1String("turnout"))
        return kind == ExitPollKind::Official ? Column::BallotsCast : Column::Ignored;
    if (key == QLatin1String("spoiled") || key == QLatin1String("spoiled_ballots"))
        return kind == ExitPollKind::Official ? Column::Spoiled : Column::Ignored;
    if (key == QLatin1String("observed_voters"))
        return kind == ExitPollKind::Verified ? Column::Observed : Column::Ignored;
    if (key == QLatin1String("refused"))
        return kind == ExitPollKind::ExitPoll ? Column::Refused : Column::Ignored;
    if (key == QLatin1String("notes") || key == QLatin1String("comment") || key == QLatin1String("observer"))
        return Column::Ignored;
    return kind == ExitPollKind::Stations ? Column::Ignored : Column::Option;
}

// What is stored about one station, to tell a changed row from an unchanged one.
std::optional<StationData> snapshot(const ExitPollRepository &repository, qint64 electionPk, const QString &code)
{
    for (const StationData &station : repository.load(electionPk).stations) {
        if (station.code == code)
            return station;
    }
    return std::nullopt;
}

} // namespace

QString ExitPollImporter::kindKey(ExitPollKind kind)
{
    switch (kind) {
    case ExitPollKind::Stations:
        return QStringLiteral("stations");
    case ExitPollKind::ExitPoll:
        return QStringLiteral("exitpoll");
    case ExitPollKind::Official:
        return QStringLiteral("official");
    case ExitPollKind::Verified:
        return QStringLiteral("verified");
    }
    return {};
}

namespace {

// The exit-poll files' part of an import: the columns of the header, and one station per row.
class ExitPollArea final : public ImportArea
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExitPollImporter)

public:
    ExitPollArea(ExitPollKind kind, const QString &electionName)
        : m_kind(kind)
        , m_electionName(electionName)
    {}

    Status checkHeader(ImportReport &report, const ImportOptions &) override
    {
        m_header = report.header;
        for (const QString &cell : m_header)
            m_columns.append(columnOf(cell, m_kind));
        if (!m_columns.contains(Column::Code))
            return Status::failure(tr("%1 has no station_code column: every row must say which polling station it is.")
                                       .arg(report.source));
        if (m_kind != ExitPollKind::Stations && !m_columns.contains(Column::Option))
            return Status::failure(
                tr("%1 has no column for any option (a candidate, “against all”, ...).").arg(report.source));
        return {};
    }

    Status begin(ImportRun &run) override
    {
        m_repository.emplace(run.database());
        const Result<Election> election = m_repository->ensureElection(m_electionName);
        if (!election)
            return Status::failure(election.error());
        m_electionPk = election->pk;
        for (int i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i) != Column::Option)
                continue;
            const Result<qint64> key = m_repository->ensureOption(m_electionPk, m_header.at(i));
            if (!key)
                return Status::failure(key.error());
            m_optionKeyOfColumn.insert(i, key.value());
        }
        return {};
    }

    Status addRows(QList<CsvRecord> rows, ImportRun &run) override
    {
        for (const CsvRecord &row : std::as_const(rows)) {
            if (Status status = addRow(row, run); !status)
                return status;
        }
        return {};
    }

    Status finish(ImportRun &) override { return {}; }

private:
    Status addRow(const CsvRecord &row, ImportRun &run)
    {
        QStringList problems;
        auto cell = [&row](int i) {
            return i < row.fields.size() ? restoreFormula(row.fields.at(i)).trimmed() : QString();
        };
        // A count: empty is unknown; otherwise a whole number, spaces between thousands allowed.
        auto countAt = [&](int i) -> std::optional<qint64> {
            QString text = cell(i);
            text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
            if (text.isEmpty())
                return std::nullopt;
            static const QRegularExpression whole(QStringLiteral("^\\d{1,12}$"));
            if (!whole.match(text).hasMatch()) {
                problems.append(tr("column “%1”: “%2” is not a count").arg(m_header.at(i), cell(i)));
                return std::nullopt;
            }
            return text.toLongLong();
        };
        QString code, city, country, shift;
        std::optional<qint64> registered, cast, spoiled, observed, refused;
        QHash<qint64, std::optional<qint64>> counts;
        for (int i = 0; i < m_columns.size(); ++i) {
            switch (m_columns.at(i)) {
            case Column::Code:
                code = cell(i);
                break;
            case Column::City:
                city = cell(i);
                break;
            case Column::Country:
                country = cell(i);
                break;
            case Column::Shift:
                shift = cell(i);
                break;
            case Column::Registered:
                registered = countAt(i);
                break;
            case Column::BallotsCast:
                cast = countAt(i);
                break;
            case Column::Spoiled:
                spoiled = countAt(i);
                break;
            case Column::Observed:
                observed = countAt(i);
                break;
            case Column::Refused:
                refused = countAt(i);
                break;
            case Column::Option:
                counts.insert(m_optionKeyOfColumn.value(i), countAt(i));
                break;
            case Column::Ignored:
                break;
            }
        }
        if (code.isEmpty())
            problems.append(tr("the row has no station_code"));
        if (!problems.isEmpty()) {
            run.reject(row, problems.join(QStringLiteral("; ")));
            return {};
        }
        const std::optional<PollingStation> before = m_repository->findStation(m_electionPk, code);
        const Result<PollingStation> station = m_repository->ensureStation(
            m_electionPk, code, city, country, m_kind == ExitPollKind::Stations ? registered : std::nullopt);
        if (!station) {
            run.reject(row, station.error());
            return {};
        }
        Status written;
        bool changed = !before;
        if (m_kind == ExitPollKind::ExitPoll) {
            const QHash<qint64, qint64> old = m_repository->tallies(station->pk, shift);
            QHash<qint64, qint64> incoming;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value())
                    incoming.insert(it.key(), *it.value());
            }
            if (refused)
                incoming.insert(ExitPollRepository::Refused, *refused);
            for (auto it = incoming.cbegin(); it != incoming.cend() && written; ++it) {
                if (old.value(it.key(), -1) != it.value()) {
                    changed = true;
                    written = m_repository->setShiftCount(station->pk, shift, it.key(), it.value());
                }
            }
        } else if (m_kind == ExitPollKind::Official) {
            const std::optional<StationData> old = snapshot(*m_repository, m_electionPk, code);
            written = m_repository->setOfficial(station->pk, registered, cast, spoiled, counts);
            const std::optional<StationData> now = snapshot(*m_repository, m_electionPk, code);
            changed = changed || !old || !now || old->hasProtocol != now->hasProtocol ||
                      old->ballotsCast != now->ballotsCast || old->spoiled != now->spoiled ||
                      old->officialRegistered != now->officialRegistered || old->officialVotes != now->officialVotes;
        } else if (m_kind == ExitPollKind::Verified) {
            const std::optional<StationData> old = snapshot(*m_repository, m_electionPk, code);
            written = m_repository->setVerified(station->pk, observed, counts);
            const std::optional<StationData> now = snapshot(*m_repository, m_electionPk, code);
            changed = changed || !old || !now || old->hasVerified != now->hasVerified ||
                      old->observedVoters != now->observedVoters || old->verifiedBallots != now->verifiedBallots;
        } else {
            changed = changed || before->city != station->city || before->country != station->country ||
                      before->registeredVoters != station->registeredVoters;
        }
        if (!written)
            return Status::failure(tr("Line %1: %2").arg(row.line).arg(written.error()));
        if (!before)
            run.countImported();
        else if (changed)
            run.countUpdated();
        else
            run.countUnchanged();
        return {};
    }

    ExitPollKind m_kind;
    QString m_electionName;
    QStringList m_header;
    QList<Column> m_columns;
    std::optional<ExitPollRepository> m_repository;
    qint64 m_electionPk = 0;
    QHash<int, qint64> m_optionKeyOfColumn;
};

} // namespace

Result<ImportReport> ExitPollImporter::importFile(Database &database, ExitPollKind kind, const QString &path,
                                                  const QString &electionName, const ImportOptions &options)
{
    if (electionName.simplified().isEmpty())
        return Result<ImportReport>::failure(tr("Name the election the file belongs to (--election NAME)."));
    ExitPollArea area(kind, electionName);
    return ImportJob::run(database, path, kindKey(kind), area, options);
}

} // namespace supolka
