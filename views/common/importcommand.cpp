#include "views/common/importcommand.h"

#include <utility>

#include "models/db/changelog.h"

namespace supolka {

ImportCommand::ImportCommand(Database &database, Run run, ImportOptions options, Outcome outcome, Changed changed,
                             Failed failed)
    : m_database(database)
    , m_run(std::move(run))
    , m_options(std::move(options))
    , m_outcome(std::move(outcome))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

QString ImportCommand::describe(const ImportReport &report)
{
    return tr("Import of %1: %2 new, %3 updated").arg(report.source).arg(report.imported).arg(report.updated);
}

void ImportCommand::redo()
{
    if (!m_ran) {
        m_ran = true;
        ImportOptions options = m_options;
        options.recordUndo = !options.dryRun;
        Result<ImportReport> result = m_run(options);
        const bool changedRows = result && !result->undo.isEmpty();
        if (changedRows) {
            m_backward = std::move(result->undo);
            result->undo.clear();
            setText(describe(result.value()));
        }
        setObsolete(!changedRows);
        m_applied = changedRows;
        *m_outcome = std::move(result);
        if (changedRows && m_changed)
            m_changed();
        return;
    }
    if (m_applied)
        return;
    Result<QStringList> backward = ChangeLog::playBack(m_database, m_forward);
    if (!backward) {
        if (m_failed)
            m_failed(tr("The import could not be done again: %1").arg(backward.error()));
        return;
    }
    m_backward = std::move(backward.value());
    m_forward.clear();
    m_applied = true;
    if (m_changed)
        m_changed();
}

void ImportCommand::undo()
{
    if (!m_applied)
        return;
    Result<QStringList> forward = ChangeLog::playBack(m_database, m_backward);
    if (!forward) {
        if (m_failed)
            m_failed(tr("The import could not be undone: %1").arg(forward.error()));
        return;
    }
    m_forward = std::move(forward.value());
    m_backward.clear();
    m_applied = false;
    if (m_changed)
        m_changed();
}

} // namespace supolka
