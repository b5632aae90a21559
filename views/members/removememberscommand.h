#pragma once

#include <functional>

#include <QList>
#include <QUndoCommand>

namespace supolka {

class MemberRepository;

// Deletes members (tombstones) and brings them back on undo.
class RemoveMembersCommand final : public QUndoCommand
{
public:
    // `changed` runs after every redo/undo with the members touched; `failed` with a message when the repository
    // refused.
    RemoveMembersCommand(MemberRepository &repository, QList<qint64> pks, const QString &text,
                         std::function<void(const QList<qint64> &removed, const QList<qint64> &restored)> changed,
                         std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    MemberRepository &m_repository;
    QList<qint64> m_pks;
    std::function<void(const QList<qint64> &, const QList<qint64> &)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
