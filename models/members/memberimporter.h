#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/core/result.h"
#include "models/csv/csvformat.h"
#include "models/csv/headermapping.h"

namespace supolka {

class Database;

// A row that was not imported: the file line it starts on, why, and the row as read (to save for fixing).
struct RejectedRow
{
    qint64 line = 0;
    QString message;
    QStringList fields;
};

struct ImportReport
{
    QString kind;
    CsvFormat format;
    QStringList header;
    ColumnMapping mapping;
    int read = 0;
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    QList<RejectedRow> errors;
    bool dryRun = false;
};

struct ImportOptions
{
    CsvFormat format;                     // set fields override detection
    std::optional<ColumnMapping> mapping; // overrides the header mapping
    bool dryRun = false;                  // validate and count, write nothing
    QString defaultRegion;                // for phones without a country code; else the row's country
    // Called now and then with bytes read and the total; returning false cancels (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Imports members from a CSV file. Valid rows go in one transaction; rejected rows are listed with line and
// reason. A row is matched to a stored member by id, then e-mail, then phone, then name (any script) plus birth
// date: matched and equal counts as unchanged, matched and different as updated. Re-importing a file changes
// nothing. Phone numbers are normalized on all cores while rows are written.
class MemberImporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberImporter)

public:
    // A failure (file unreadable, undecodable, unterminated quote, cancelled, database error) changes nothing.
    static Result<ImportReport> importFile(Database &database, const QString &path, const ImportOptions &options);

    // Writes the rejected rows as a CSV (the file's header plus a `line` and an `error` column) to fix and
    // import again.
    static Status writeRejected(const ImportReport &report, const QString &path);
};

// Writes every member (not deleted) in the canonical columns; returns how many.
class MemberExporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberExporter)

public:
    static Result<int> exportFile(Database &database, const QString &path, CsvProfile profile);
};

} // namespace supolka
