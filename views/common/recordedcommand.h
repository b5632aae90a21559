#pragma once

#include <functional>

#include <QCoreApplication>
#include <QUndoCommand>

#include "models/core/result.h"

namespace supolka {

class Database;

// A step of the undo stack for work that touches many rows in several tables (a merge of two members): its
// first redo() does the work while a ChangeLog records how to put every row back; undo() and redo() play that
// record. Work that fails leaves no step behind.
class RecordedCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::RecordedCommand)

public:
    using Work = std::function<Status()>;
    using Changed = std::function<void()>;
    using Failed = std::function<void(const QString &)>;

    RecordedCommand(Database &database, const QString &text, Work work, Changed changed, Failed failed);

    void undo() override;
    void redo() override;

private:
    Database &m_database;
    Work m_work;
    Changed m_changed;
    Failed m_failed;
    bool m_ran = false;
    bool m_applied = false;
    QStringList m_backward;
    QStringList m_forward;
};

} // namespace supolka
