#pragma once

#include <functional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "models/core/result.h"

namespace supolka {

class Database;

// A step of the undo stack for work that touches many rows in several tables (an import, a merge of two
// members): its first redo() does the work while a ChangeLog records how to put every row back; undo() and
// redo() play that record. Work that fails, or changes nothing, leaves no step behind.
class RecordedCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::RecordedCommand)

public:
    using Work = std::function<Status()>;
    // Called after the data changed (the work, an undo, a redo), so that pages reload.
    using Changed = std::function<void()>;
    // Called with a message when the work, an undo or a redo could not be done (nothing was changed then).
    using Failed = std::function<void(const QString &)>;

    // `work` runs inside one transaction while the record is made.
    RecordedCommand(Database &database, const QString &text, Work work, Changed changed, Failed failed);

    void undo() override;
    void redo() override;

protected:
    // For work that makes its record itself (an import, in its own transaction).
    RecordedCommand(Database &database, Changed changed, Failed failed);
    // Does the work once; the statements that put every changed row back (empty: nothing changed), or why not.
    virtual Result<QStringList> firstRun();
    void fail(const QString &message) const;

private:
    Database &m_database;
    Work m_work;
    Changed m_changed;
    Failed m_failed;
    bool m_ran = false;
    bool m_applied = false; // the work's rows are in the database (an undo or redo that failed changed nothing)
    QStringList m_backward; // puts the rows back as before the work
    QStringList m_forward;  // brings the work back
};

} // namespace supolka
