#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "models/cases/aidcase.h"
#include "models/core/result.h"
#include "models/csv/csvformat.h"
#include "models/import/importreport.h"

namespace supolka {

class Database;

// The three kinds of the aid-cases area that travel as CSV.
enum class CaseCsvKind { Cases, Notes, Payments };

// CSV exchange of aid cases, their timeline notes and their payments, in the canonical columns of
// docs/csv-formats.md; cases also from KoBoToolbox intake forms.
//
// A sensitive case never leaves with the person's name or contact: its export carries a pseudonym ("Person
// 3F9A12C0", the same for the same case every time) instead of the name, no contact, city or member link, and the
// name and contact are blotted out of its summary, outcome and notes.
class CaseCsv final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CaseCsv)

public:
    static QStringList columns(CaseCsvKind kind);

    // Writes every case (notes, payments) not deleted, sensitive ones pseudonymized; returns how many rows.
    static Result<int> exportFile(Database &database, CaseCsvKind kind, const QString &path,
                                  CsvProfile profile = CsvProfile::Plain);

    // Imports one kind from the canonical columns (cases also from a KoBoToolbox export). Rows are matched by id:
    // new ones are added, a row with a newer updated_at replaces the stored one, others are unchanged; so
    // re-importing a file changes nothing. Notes and payments need their case (case_id) to be there. Valid rows
    // go in one transaction; a failure writes nothing.
    static Result<ImportReport> importFile(Database &database, CaseCsvKind kind, const QString &path,
                                           const ImportOptions &options = {});

    // The pseudonym a sensitive case is exported under.
    static QString pseudonym(const AidCase &aidCase);
    // `text` with the person's name words and contact replaced by the pseudonym.
    static QString blotOut(const QString &text, const AidCase &aidCase);
};

} // namespace supolka
