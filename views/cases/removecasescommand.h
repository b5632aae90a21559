#pragma once

#include <functional>

#include <QList>
#include <QUndoCommand>

namespace supolka {

class CaseRepository;

// Deletes aid cases (tombstones) and brings them back on undo.
class RemoveCasesCommand final : public QUndoCommand
{
public:
    // `changed` runs after every redo/undo with the cases touched; `failed` with a message when the repository
    // refused.
    RemoveCasesCommand(CaseRepository &repository, QList<qint64> pks, const QString &text,
                       std::function<void(const QList<qint64> &removed, const QList<qint64> &restored)> changed,
                       std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    CaseRepository &m_repository;
    QList<qint64> m_pks;
    std::function<void(const QList<qint64> &, const QList<qint64> &)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
