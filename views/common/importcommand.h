#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "models/import/importreport.h"
#include "views/common/recordedcommand.h"

namespace supolka {

// An import as one step of the undo stack: its first redo() runs the import, which records how to put every
// changed row back; undo() and redo() play that record (RecordedCommand), whichever area it was. An import that
// fails or changes nothing leaves no step behind.
class ImportCommand final : public RecordedCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ImportCommand)

public:
    using Run = std::function<Result<ImportReport>(const ImportOptions &options)>;
    // What the import ended in, for the dialog that pushed the step (the step may be gone by then).
    using Outcome = std::shared_ptr<std::optional<Result<ImportReport>>>;

    ImportCommand(Database &database, Run run, ImportOptions options, Outcome outcome, Changed changed, Failed failed);

    // "Import of members.csv: 197 new, 3 updated".
    static QString describe(const ImportReport &report);

protected:
    Result<QStringList> firstRun() override;

private:
    Run m_run;
    ImportOptions m_options;
    Outcome m_outcome;
};

} // namespace supolka
