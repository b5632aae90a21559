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

// One problem with one row of a file: where it is (the line the row starts on and, when one cell is at fault,
// its column) and why, in the user's language. The row as read goes with it, to save for fixing.
struct ImportProblem
{
    qint64 line = 0;
    int column = -1;    // 0-based column of the file; -1 = the row as a whole
    QString columnName; // that column's header text
    QString message;
    QStringList fields;

    // A problem with the row as a whole.
    static ImportProblem ofRow(qint64 line, const QString &message, const QStringList &fields);

    // "Phone: … is not a number" when a column is known, else the message alone.
    QString text() const;
};

// A row that was not imported at all.
using RejectedRow = ImportProblem;

// A row that was imported as a new record although a stored one shares something with it (a phone, a name, an
// e-mail with a different name): the user decides whether they are one person.
struct PossibleDuplicate
{
    qint64 line = 0;
    qint64 storedPk = 0;
    qint64 importedPk = 0; // 0 on a dry run
    QString storedName;
    QString importedName;
    QString reason; // translated: what they share, and what disagrees
    QString basis;  // what they share: "phone", "name_city", "email" or "name_birth"
};

// What an import did or, on a dry run, would do.
struct ImportReport
{
    QString kind;
    QString source; // the file's name, for messages ("members.csv")
    CsvFormat format;
    QStringList header;
    ColumnMapping mapping;
    int read = 0;
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    QList<ImportProblem> errors;   // rows left out
    QList<ImportProblem> warnings; // rows imported with a problem in a field
    QList<PossibleDuplicate> duplicates;
    bool dryRun = false;
    // With ImportOptions::recordUndo: the statements that put back every row the import changed (ChangeLog).
    QStringList undo;

    // The rows with a warning, each counted once.
    int rowsWithWarnings() const;
};

struct ImportOptions
{
    CsvFormat format;                     // set fields override detection
    std::optional<ColumnMapping> mapping; // overrides the header mapping
    bool dryRun = false;                  // validate and count, write nothing
    bool recordUndo = false;              // keep in the report how to put every changed row back
    QString defaultRegion;                // for phones without a country code; else the row's country
    // Called now and then with work done and the total; returning false cancels (nothing is written).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// A message that ends a sentence, made into a clause that a warning goes on from ("…; it was left empty").
QString asClause(const QString &message);

class ImportProblems final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ImportProblems)

public:
    // Writes the rejected rows and then the rows with warnings as a CSV: the file's header plus `line`,
    // `column`, `problem` (rejected or warning) and `error` columns, to fix and import again. Every cell of a row
    // is kept: cells beyond the header go under "extra 1", "extra 2", ...
    static Status writeCsv(const ImportReport &report, const QString &path);
};

} // namespace supolka
