#include "models/import/importjob.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include "models/csv/csvreader.h"
#include "models/db/changelog.h"
#include "models/db/database.h"

namespace supolka {

namespace {

// Reading the file (with what areas write as it comes) is this much of the work; finish() does the rest.
constexpr qint64 ReadShare = 900;
constexpr qint64 ProgressScale = 1000;

} // namespace

ImportRun::ImportRun(Database &database, const ImportOptions &options, ImportReport &report)
    : m_database(database)
    , m_options(options)
    , m_report(report)
{}

ImportProblem ImportRun::problem(const CsvRecord &row, int column, const QString &message) const
{
    ImportProblem problem = ImportProblem::ofRow(row.line, message, row.fields);
    if (column >= 0 && column < m_report.header.size()) {
        problem.column = column;
        problem.columnName = m_report.header.at(column);
    }
    return problem;
}

void ImportRun::reject(const CsvRecord &row, const QString &message, int column)
{
    m_report.errors.append(problem(row, column, message));
}

void ImportRun::warn(const CsvRecord &row, int column, const QString &message)
{
    m_report.warnings.append(problem(row, column, message));
}

bool ImportRun::progress(qint64 done, qint64 total)
{
    if (!m_options.progress)
        return true;
    const qint64 rest = total > 0 ? (ProgressScale - ReadShare) * qBound<qint64>(0, done, total) / total : 0;
    if (!m_options.progress(ReadShare + rest, ProgressScale))
        m_cancelled = true;
    return !m_cancelled;
}

Result<ImportReport> ImportJob::run(Database &database, const QString &path, const QString &kind, ImportArea &area,
                                    const ImportOptions &options)
{
    using R = Result<ImportReport>;
    const QString cancelled = tr("The import was cancelled; nothing was changed.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 totalBytes = qMax<qint64>(1, file.size());

    ImportReport report;
    report.kind = kind;
    report.source = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;
    CsvReader reader(&file, options.format);
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
    report.header = header.fields;
    report.format = reader.format();
    if (options.mapping)
        report.mapping = *options.mapping;
    if (Status status = area.checkHeader(report, options); !status)
        return R::failure(status.error());
    if (!report.mapping.fields.isEmpty() && report.mapping.fields.size() != report.header.size())
        return R::failure(tr("The column mapping has %1 entries but the file has %2 columns.")
                              .arg(report.mapping.fields.size())
                              .arg(report.header.size()));

    QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Could not start writing to the database: %1").arg(transaction.error()));
    ImportRun run(database, options, report);
    run.m_fileSize = file.size();
    auto failed = [](QString message) {
        while (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        return R::failure(tr("%1. Nothing was imported.").arg(message));
    };
    std::optional<ChangeLog> changes;
    if (options.recordUndo && !options.dryRun) {
        changes.emplace(database);
        if (Status status = changes->start(); !status)
            return failed(status.error());
    }
    if (Status status = area.begin(run); !status)
        return failed(status.error());

    QList<CsvRecord> rows;
    rows.reserve(ChunkSize);
    auto handOver = [&]() -> Status {
        Status status = area.addRows(std::exchange(rows, {}), run);
        rows.reserve(ChunkSize);
        return status;
    };
    CsvRecord record;
    while (reader.readRecord(record)) {
        ++report.read;
        if (record.hasProblem()) {
            run.reject(record, record.problem.message, record.problem.column - 1);
            continue;
        }
        if (record.fields.size() != report.header.size()) {
            run.reject(record, tr("the row has %1 cells where the header has %2; a comma or semicolon inside a cell "
                                  "needs quotes")
                                   .arg(record.fields.size())
                                   .arg(report.header.size()));
            continue;
        }
        rows.append(std::move(record));
        if (rows.size() == ChunkSize) {
            if (Status status = handOver(); !status)
                return failed(status.error());
            if (options.progress && !options.progress(reader.bytesRead() * ReadShare / totalBytes, ProgressScale))
                return R::failure(cancelled);
        }
    }
    if (reader.failed())
        return R::failure(tr("Line %1, column %2: %3. Nothing was imported.")
                              .arg(reader.error().line)
                              .arg(reader.error().column)
                              .arg(reader.error().message));
    report.format = reader.format(); // an ASCII start may have left the encoding to later bytes
    if (!rows.isEmpty()) {
        if (Status status = handOver(); !status)
            return failed(status.error());
    }
    if (options.progress && !options.progress(ReadShare, ProgressScale))
        return R::failure(cancelled);
    if (Status status = area.finish(run); !status)
        return run.cancelled() ? R::failure(cancelled) : failed(status.error());
    if (options.progress && !options.progress(ProgressScale, ProgressScale))
        return R::failure(cancelled);
    // Areas that keep rows for the end report theirs late: the user reads them in the file's order.
    const auto byLine = [](const ImportProblem &a, const ImportProblem &b) {
        return a.line < b.line;
    };
    std::stable_sort(report.errors.begin(), report.errors.end(), byLine);
    std::stable_sort(report.warnings.begin(), report.warnings.end(), byLine);
    report.rejected = int(report.errors.size());
    if (options.dryRun)
        return report; // the transaction rolls back
    if (changes) {
        Result<QStringList> undo = changes->stop();
        if (!undo)
            return failed(undo.error());
        report.undo = std::move(undo.value());
    }
    if (!transaction.commit())
        return R::failure(tr("Could not save the import: %1. Nothing was imported.").arg(transaction.error()));
    return report;
}

} // namespace supolka
