#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "models/core/result.h"
#include "models/import/importreport.h"

namespace supolka {

class Database;

// An import as one step of the undo stack. Its first redo() runs the import (recording how to put every changed
// row back); undo() puts the rows back as they were and redo() brings the import back, whichever area it was. An
// import that fails or changes nothing leaves no step behind.
class ImportCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ImportCommand)

public:
    using Run = std::function<Result<ImportReport>(const ImportOptions &options)>;
    // What the import ended in, for the dialog that pushed the step (the step may be gone by then).
    using Outcome = std::shared_ptr<std::optional<Result<ImportReport>>>;
    // Called after the data changed (the import, an undo, a redo), so that pages reload.
    using Changed = std::function<void()>;
    // Called with a message when an undo or redo could not be done (nothing was changed then).
    using Failed = std::function<void(const QString &)>;

    ImportCommand(Database &database, Run run, ImportOptions options, Outcome outcome, Changed changed, Failed failed);

    void undo() override;
    void redo() override;

    // "Import of members.csv: 197 new, 3 updated".
    static QString describe(const ImportReport &report);

private:
    Database &m_database;
    Run m_run;
    ImportOptions m_options;
    Outcome m_outcome;
    Changed m_changed;
    Failed m_failed;
    bool m_ran = false;
    bool m_applied = false; // the import's rows are in the database (an undo or redo that failed changed nothing)
    QStringList m_backward; // puts the rows back as before the import
    QStringList m_forward;  // brings the import back
};

} // namespace supolka
