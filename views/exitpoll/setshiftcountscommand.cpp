#include "views/exitpoll/setshiftcountscommand.h"

#include "models/exitpoll/exitpollrepository.h"

namespace supolka {

SetShiftCountsCommand::SetShiftCountsCommand(ExitPollRepository &repository, qint64 stationPk,
                                             const QString &stationCode, const QString &shift,
                                             const QHash<qint64, qint64> &counts, Changed changed, Failed failed)
    : m_repository(repository)
    , m_stationPk(stationPk)
    , m_shift(shift)
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_after.insert(it.key(), it.value());
    setText(tr("Counts of shift “%1” at station %2").arg(shift, stationCode));
}

void SetShiftCountsCommand::redo()
{
    const QHash<qint64, qint64> now = m_repository.tallies(m_stationPk, m_shift);
    m_before.clear();
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        m_before.insert(it.key(), now.contains(it.key()) ? std::optional<qint64>(now.value(it.key())) : std::nullopt);
    const Status status = m_repository.setShiftCounts(m_stationPk, m_shift, m_after);
    if (!status) {
        setObsolete(true);
        if (m_failed)
            m_failed(status.error());
        return;
    }
    if (m_changed)
        m_changed();
}

void SetShiftCountsCommand::undo()
{
    const Status status = m_repository.setShiftCounts(m_stationPk, m_shift, m_before);
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed();
}

} // namespace supolka
