#include "views/common/importcommand.h"

#include <utility>

namespace supolka {

ImportCommand::ImportCommand(Database &database, Run run, ImportOptions options, Outcome outcome, Changed changed,
                             Failed failed)
    : RecordedCommand(database, std::move(changed), std::move(failed))
    , m_run(std::move(run))
    , m_options(std::move(options))
    , m_outcome(std::move(outcome))
{}

QString ImportCommand::describe(const ImportReport &report)
{
    return tr("Import of %1: %2 new, %3 updated").arg(report.source).arg(report.imported).arg(report.updated);
}

Result<QStringList> ImportCommand::firstRun()
{
    ImportOptions options = m_options;
    options.recordUndo = !options.dryRun;
    Result<ImportReport> result = m_run(options);
    QStringList backward;
    if (result) {
        backward = std::move(result->undo);
        result->undo.clear();
        if (!backward.isEmpty())
            setText(describe(result.value()));
    }
    // The dialog shows what went wrong: the step has nothing to say of it.
    *m_outcome = std::move(result);
    return backward;
}

} // namespace supolka
