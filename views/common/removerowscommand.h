#pragma once

#include <functional>

#include <QList>
#include <QUndoCommand>

#include "models/core/result.h"

namespace supolka {

// Deletes rows through a repository's remove(pk) (a tombstone) and brings them back with restore(pk) on undo.
// `changed` runs after every redo/undo with the rows touched; `failed` with a message when the repository refused.
template <typename Repository> class RemoveRowsCommand final : public QUndoCommand
{
public:
    using Changed = std::function<void(const QList<qint64> &removed, const QList<qint64> &restored)>;
    using Failed = std::function<void(const QString &)>;

    RemoveRowsCommand(Repository &repository, QList<qint64> pks, const QString &text, Changed changed, Failed failed)
        : QUndoCommand(text)
        , m_repository(repository)
        , m_pks(std::move(pks))
        , m_changed(std::move(changed))
        , m_failed(std::move(failed))
    {}

    void redo() override
    {
        const QList<qint64> done = apply([this](qint64 pk) { return m_repository.remove(pk); });
        if (m_changed)
            m_changed(done, {});
    }

    void undo() override
    {
        const QList<qint64> done = apply([this](qint64 pk) { return m_repository.restore(pk); });
        if (m_changed)
            m_changed({}, done);
    }

private:
    template <typename Step> QList<qint64> apply(Step step)
    {
        QList<qint64> done;
        for (const qint64 pk : std::as_const(m_pks)) {
            const Status status = step(pk);
            if (status)
                done.append(pk);
            else if (m_failed)
                m_failed(status.error());
        }
        return done;
    }

    Repository &m_repository;
    QList<qint64> m_pks;
    Changed m_changed;
    Failed m_failed;
};

} // namespace supolka
