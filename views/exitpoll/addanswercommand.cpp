#include "views/exitpoll/addanswercommand.h"

#include "models/exitpoll/exitpollrepository.h"

namespace supolka {

AddAnswerCommand::AddAnswerCommand(ExitPollRepository &repository, Answer answer, Changed changed, Failed failed)
    : m_repository(repository)
    , m_answer(std::move(answer))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{
    setText(tr("Answer “%1” at station %2").arg(m_answer.optionName, m_answer.stationCode));
}

void AddAnswerCommand::redo()
{
    const QHash<qint64, qint64> before = m_repository.tallies(m_answer.stationPk, m_answer.shift);
    m_wasKnown = before.contains(m_answer.optionKey);
    m_opensShift = before.isEmpty();
    const Result<qint64> added = m_repository.addAnswer(m_answer.stationPk, m_answer.shift, m_answer.optionKey, 1);
    if (!added) {
        // Not counted: nothing to undo, and the stack drops the command.
        setObsolete(true);
        if (m_failed)
            m_failed(added.error());
        return;
    }
    // The first answer of a shift opens its sheet: every other option has had no answer yet, which is a known 0,
    // not an unknown count.
    if (m_opensShift) {
        QHash<qint64, std::optional<qint64>> zeros;
        for (const qint64 key : std::as_const(m_answer.sheetKeys)) {
            if (key != m_answer.optionKey)
                zeros.insert(key, 0);
        }
        if (Status status = m_repository.setShiftCounts(m_answer.stationPk, m_answer.shift, zeros); !status && m_failed)
            m_failed(status.error());
    }
    if (m_changed)
        m_changed();
}

void AddAnswerCommand::undo()
{
    const Result<qint64> taken = m_repository.addAnswer(m_answer.stationPk, m_answer.shift, m_answer.optionKey, -1);
    Status status = taken ? Status() : Status::failure(taken.error());
    if (taken && m_opensShift) {
        // Taking back a shift's first answer closes its sheet again: no counts at all, as before.
        QHash<qint64, std::optional<qint64>> none;
        for (const qint64 key : std::as_const(m_answer.sheetKeys))
            none.insert(key, std::nullopt);
        none.insert(m_answer.optionKey, std::nullopt);
        status = m_repository.setShiftCounts(m_answer.stationPk, m_answer.shift, none);
    } else if (taken && taken.value() == 0 && !m_wasKnown) {
        status = m_repository.setShiftCounts(m_answer.stationPk, m_answer.shift, {{m_answer.optionKey, std::nullopt}});
    }
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed();
}

} // namespace supolka
