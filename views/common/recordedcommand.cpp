#include "views/common/recordedcommand.h"

#include <utility>

#include <QSqlError>

#include "models/db/changelog.h"
#include "models/db/database.h"

namespace supolka {

RecordedCommand::RecordedCommand(Database &database, const QString &text, Work work, Changed changed, Failed failed)
    : m_database(database)
    , m_work(std::move(work))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
    setText(text);
}

RecordedCommand::RecordedCommand(Database &database, Changed changed, Failed failed)
    : m_database(database)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void RecordedCommand::fail(const QString &message) const
{
    if (m_failed)
        m_failed(message);
}

Result<QStringList> RecordedCommand::firstRun()
{
    using R = Result<QStringList>;
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Could not start writing to the database: %1").arg(transaction.error()));
    ChangeLog log(m_database);
    if (Status status = log.start(); !status)
        return R::failure(status.error());
    if (Status status = m_work(); !status)
        return R::failure(status.error());
    Result<QStringList> backward = log.stop();
    if (!backward)
        return backward;
    if (!transaction.commit())
        return R::failure(tr("Could not save the change: %1").arg(transaction.error()));
    return backward;
}

void RecordedCommand::redo()
{
    if (!m_ran) {
        m_ran = true;
        Result<QStringList> backward = firstRun();
        m_applied = backward && !backward->isEmpty();
        setObsolete(!m_applied);
        if (!backward) {
            fail(backward.error());
            return;
        }
        m_backward = std::move(backward.value());
        if (m_applied && m_changed)
            m_changed();
        return;
    }
    if (m_applied)
        return;
    Result<QStringList> backward = ChangeLog::playBack(m_database, m_forward);
    if (!backward) {
        fail(tr("“%1” could not be done again: %2").arg(text(), backward.error()));
        return;
    }
    m_backward = std::move(backward.value());
    m_forward.clear();
    m_applied = true;
    if (m_changed)
        m_changed();
}

void RecordedCommand::undo()
{
    if (!m_applied)
        return;
    Result<QStringList> forward = ChangeLog::playBack(m_database, m_backward);
    if (!forward) {
        fail(tr("“%1” could not be undone: %2").arg(text(), forward.error()));
        return;
    }
    m_forward = std::move(forward.value());
    m_backward.clear();
    m_applied = false;
    if (m_changed)
        m_changed();
}

} // namespace supolka
