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

Result<ImportReport> ExitPollImporter::importFile(Database &database, ExitPollKind kind, const QString &path,
                                                  const QString &electionName, bool dryRun)
{
    using R = Result<ImportReport>;
    if (electionName.simplified().isEmpty())
        return R::failure(tr("Name the election the file belongs to (--election NAME)."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    CsvReader reader(&file);
    CsvRecord header;
    if (!reader.readRecord(header)) {
        if (reader.failed())
            return R::failure(tr("Line %1, column %2: %3")
                                  .arg(reader.error().line)
                                  .arg(reader.error().column)
                                  .arg(reader.error().message));
        return R::failure(tr("%1 is empty: there is not even a header line.").arg(QDir::toNativeSeparators(path)));
    }
    if (header.hasProblem())
        return R::failure(tr("The header line cannot be read: %1").arg(header.problem.message));
    QList<Column> columns;
    for (const QString &cell : header.fields)
        columns.append(columnOf(cell, kind));
    if (!columns.contains(Column::Code))
        return R::failure(tr("%1 has no station_code column: every row must say which polling station it is.")
                              .arg(QFileInfo(path).fileName()));
    if (kind != ExitPollKind::Stations && !columns.contains(Column::Option))
        return R::failure(
            tr("%1 has no column for any option (a candidate, “against all”, ...).").arg(QFileInfo(path).fileName()));
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readRecord(record))
        records.append(record);
    if (reader.failed())
        return R::failure(tr("Line %1, column %2: %3. Nothing was imported.")
                              .arg(reader.error().line)
                              .arg(reader.error().column)
                              .arg(reader.error().message));

    ImportReport report;
    report.kind = kindKey(kind);
    report.format = reader.format();
    report.header = header.fields;
    report.read = int(records.size());
    report.dryRun = dryRun;

    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Could not start writing to the database: %1").arg(db.lastError().text()));
    ExitPollRepository repository(database);
    const Result<Election> election = repository.ensureElection(electionName);
    if (!election)
        return R::failure(election.error());
    QHash<int, qint64> optionKeyOfColumn;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i) != Column::Option)
            continue;
        const Result<qint64> key = repository.ensureOption(election->pk, header.fields.at(i));
        if (!key)
            return R::failure(key.error());
        optionKeyOfColumn.insert(i, key.value());
    }

    for (const CsvRecord &row : std::as_const(records)) {
        if (row.hasProblem()) {
            report.errors.append(ImportProblem::ofRow(row.line, row.problem.message, row.fields));
            continue;
        }
        QStringList problems;
        // A row with more or fewer cells than the header has its counts under the wrong options.
        if (row.fields.size() != header.fields.size()) {
            report.errors.append(
                ImportProblem::ofRow(row.line,
                                     tr("the row has %1 cells where the header has %2; a comma or semicolon inside a "
                                        "cell needs quotes")
                                         .arg(row.fields.size())
                                         .arg(header.fields.size()),
                                     row.fields));
            continue;
        }
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
                problems.append(tr("column “%1”: “%2” is not a count").arg(header.fields.at(i), cell(i)));
                return std::nullopt;
            }
            return text.toLongLong();
        };
        QString code, city, country, shift;
        std::optional<qint64> registered, cast, spoiled, observed, refused;
        QHash<qint64, std::optional<qint64>> counts;
        for (int i = 0; i < columns.size(); ++i) {
            switch (columns.at(i)) {
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
                counts.insert(optionKeyOfColumn.value(i), countAt(i));
                break;
            case Column::Ignored:
                break;
            }
        }
        if (code.isEmpty())
            problems.append(tr("the row has no station_code"));
        if (!problems.isEmpty()) {
            report.errors.append(ImportProblem::ofRow(row.line, problems.join(QStringLiteral("; ")), row.fields));
            continue;
        }
        const std::optional<PollingStation> before = repository.findStation(election->pk, code);
        const Result<PollingStation> station = repository.ensureStation(
            election->pk, code, city, country, kind == ExitPollKind::Stations ? registered : std::nullopt);
        if (!station) {
            report.errors.append(ImportProblem::ofRow(row.line, station.error(), row.fields));
            continue;
        }
        Status written;
        bool changed = !before;
        if (kind == ExitPollKind::ExitPoll) {
            const QHash<qint64, qint64> old = repository.tallies(station->pk, shift);
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
                    written = repository.setShiftCount(station->pk, shift, it.key(), it.value());
                }
            }
        } else if (kind == ExitPollKind::Official) {
            const std::optional<StationData> old = snapshot(repository, election->pk, code);
            written = repository.setOfficial(station->pk, registered, cast, spoiled, counts);
            const std::optional<StationData> now = snapshot(repository, election->pk, code);
            changed = changed || !old || !now || old->hasProtocol != now->hasProtocol ||
                      old->ballotsCast != now->ballotsCast || old->spoiled != now->spoiled ||
                      old->officialRegistered != now->officialRegistered || old->officialVotes != now->officialVotes;
        } else if (kind == ExitPollKind::Verified) {
            const std::optional<StationData> old = snapshot(repository, election->pk, code);
            written = repository.setVerified(station->pk, observed, counts);
            const std::optional<StationData> now = snapshot(repository, election->pk, code);
            changed = changed || !old || !now || old->hasVerified != now->hasVerified ||
                      old->observedVoters != now->observedVoters || old->verifiedBallots != now->verifiedBallots;
        } else {
            changed = changed || before->city != station->city || before->country != station->country ||
                      before->registeredVoters != station->registeredVoters;
        }
        if (!written)
            return R::failure(tr("Line %1: %2. Nothing was imported.").arg(row.line).arg(written.error()));
        if (!before)
            ++report.imported;
        else if (changed)
            ++report.updated;
        else
            ++report.unchanged;
    }
    report.rejected = int(report.errors.size());
    if (!dryRun && !transaction.commit())
        return R::failure(tr("Could not save the import: %1. Nothing was imported.").arg(db.lastError().text()));
    return report;
}

} // namespace supolka
