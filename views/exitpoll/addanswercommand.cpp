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
    m_wasKnown = m_repository.tallies(m_answer.stationPk, m_answer.shift).contains(m_answer.optionKey);
    const Result<qint64> added = m_repository.addAnswer(m_answer.stationPk, m_answer.shift, m_answer.optionKey, 1);
    if (!added) {
        // Not counted: nothing to undo, and the stack drops the command.
        setObsolete(true);
        if (m_failed)
            m_failed(added.error());
        return;
    }
    if (m_changed)
        m_changed();
}

void AddAnswerCommand::undo()
{
    const Result<qint64> taken = m_repository.addAnswer(m_answer.stationPk, m_answer.shift, m_answer.optionKey, -1);
    Status status = taken ? Status() : Status::failure(taken.error());
    if (taken && taken.value() == 0 && !m_wasKnown)
        status = m_repository.setShiftCounts(m_answer.stationPk, m_answer.shift, {{m_answer.optionKey, std::nullopt}});
    if (!status && m_failed)
        m_failed(status.error());
    if (m_changed)
        m_changed();
}

} // namespace supolka
