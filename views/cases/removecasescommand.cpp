#include "views/cases/removecasescommand.h"

#include "models/cases/caserepository.h"

namespace supolka {

RemoveCasesCommand::RemoveCasesCommand(CaseRepository &repository, QList<qint64> pks, const QString &text,
                                       std::function<void(const QList<qint64> &, const QList<qint64> &)> changed,
                                       std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_pks(std::move(pks))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void RemoveCasesCommand::redo()
{
    QList<qint64> done;
    for (const qint64 pk : std::as_const(m_pks)) {
        const Status status = m_repository.remove(pk);
        if (status)
            done.append(pk);
        else if (m_failed)
            m_failed(status.error());
    }
    if (m_changed)
        m_changed(done, {});
}

void RemoveCasesCommand::undo()
{
    QList<qint64> done;
    for (const qint64 pk : std::as_const(m_pks)) {
        const Status status = m_repository.restore(pk);
        if (status)
            done.append(pk);
        else if (m_failed)
            m_failed(status.error());
    }
    if (m_changed)
        m_changed({}, done);
}

} // namespace supolka
