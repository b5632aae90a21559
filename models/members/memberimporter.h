#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "models/core/result.h"
#include "models/csv/csvformat.h"
#include "models/csv/headermapping.h"
#include "models/import/importreport.h"

namespace supolka {

class Database;

// Imports members from a CSV file, in one transaction. A row is left out only when it cannot be a person (no name,
// e-mail or phone; shifted cells); a problem with one field is a warning, and the member is marked for attention
// on that field (a phone or e-mail kept as typed, a date left empty). A stored member is updated only when the id,
// the e-mail address or the name (any script) with the birth date agrees and nothing disagrees; a row that shares
// only a phone or a name with someone is a new person, listed as a possible duplicate, unless it would change
// nothing. Re-importing a file changes nothing. Phone numbers are normalized on all cores while rows are written.
class MemberImporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberImporter)

public:
    // A failure (file unreadable, undecodable, unterminated quote, cancelled, database error) changes nothing.
    static Result<ImportReport> importFile(Database &database, const QString &path, const ImportOptions &options);
};

// Writes every member (not deleted) in the canonical columns; returns how many.
class MemberExporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::MemberExporter)

public:
    static Result<int> exportFile(Database &database, const QString &path, CsvProfile profile);
};

} // namespace supolka
