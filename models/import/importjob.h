#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/core/result.h"
#include "models/csv/csvformat.h"
#include "models/import/importreport.h"

namespace supolka {

class Database;
class ImportRun;

// What one area (members, registrations, cases, the exit-poll files) brings to an import: how its header reads,
// and how its rows are parsed, matched and written through its own repository. Everything else is the job's.
class ImportArea
{
public:
    virtual ~ImportArea() = default;

    // Checks the header before a row is read: fills report.mapping where the area maps columns, or says why the
    // file cannot be of this kind.
    virtual Status checkHeader(ImportReport &report, const ImportOptions &options) = 0;
    // Inside the job's transaction, before the first rows.
    virtual Status begin(ImportRun &run) = 0;
    // The next rows of the file, in order: only records that can be read and have the header's cell count. An area
    // may write them now or keep them for finish(). A failure ends the import and nothing is written.
    virtual Status addRows(QList<CsvRecord> rows, ImportRun &run) = 0;
    // After the last rows, still inside the transaction.
    virtual Status finish(ImportRun &run) = 0;
};

// What the job hands an area while it runs: the options and the database, and the report to count into.
class ImportRun final
{
    Q_DISABLE_COPY_MOVE(ImportRun)

public:
    ImportRun(Database &database, const ImportOptions &options, ImportReport &report);

    Database &database() const { return m_database; }
    const ImportOptions &options() const { return m_options; }
    bool dryRun() const { return m_options.dryRun; }
    ImportReport &report() const { return m_report; }
    // The file's size in bytes, for an area that reserves room for what it reads.
    qint64 fileSize() const { return m_fileSize; }

    // A row left out, and why; `column` (0-based) when one cell is at fault.
    void reject(const CsvRecord &row, const QString &message, int column = -1);
    // A row imported with a problem in one field.
    void warn(const CsvRecord &row, int column, const QString &message);
    void countImported() { ++m_report.imported; }
    void countUpdated() { ++m_report.updated; }
    void countUnchanged() { ++m_report.unchanged; }

    // Work an area does in finish(), as a fraction; false when the user cancelled (the area then fails).
    bool progress(qint64 done, qint64 total);
    bool cancelled() const { return m_cancelled; }

private:
    friend class ImportJob;
    ImportProblem problem(const CsvRecord &row, int column, const QString &message) const;

    Database &m_database;
    const ImportOptions &m_options;
    ImportReport &m_report;
    bool m_cancelled = false;
    qint64 m_fileSize = 0;
};

// One import of one file into one area, the same for every area: the reader (encoding and delimiter by evidence,
// damaged lines left out with line and column), the header, rows with the wrong cell count left out, progress and
// cancel, one transaction (rolled back on any failure, on cancel and on a dry run) and the report.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ImportJob)

public:
    // Rows are handed to the area this many at a time.
    static constexpr int ChunkSize = 4000;

    static Result<ImportReport> run(Database &database, const QString &path, const QString &kind, ImportArea &area,
                                    const ImportOptions &options);
};

} // namespace supolka
