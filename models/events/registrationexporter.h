#pragma once

#include <QCoreApplication>

#include "models/core/result.h"
#include "models/csv/csvformat.h"

namespace supolka {

class Database;

// Writes one event's registrations and check-ins in the canonical columns (registrationFields(),
// docs/csv-formats.md), deleted ones too so that a delete travels, in a form RegistrationImporter takes back:
// how the laptops at one door merge.
class RegistrationExporter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::RegistrationExporter)

public:
    // Atomic: the whole new file or the old one. Returns how many registrations were written.
    static Result<int> exportFile(Database &database, qint64 eventPk, const QString &path, CsvProfile profile);
};

} // namespace supolka
