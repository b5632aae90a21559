#pragma once

#include <functional>

#include <QCoreApplication>
#include <QUndoCommand>

namespace supolka {

class ExitPollRepository;

// One answer at the door, counted for an option (or as refused) in a station's shift; the undo takes it back. Undoing
// the shift's first answer for the option leaves the count unknown again, not zero.
class AddAnswerCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::AddAnswerCommand)

public:
    struct Answer
    {
        qint64 stationPk = 0;
        QString stationCode;
        QString shift;
        qint64 optionKey = 0;
        QString optionName;      // as people read it ("Refused" for ExitPollRepository::Refused)
        QList<qint64> sheetKeys; // every option of the sheet and Refused: a shift's sheet counts them all from zero
    };
    using Changed = std::function<void()>;
    using Failed = std::function<void(const QString &message)>;

    AddAnswerCommand(ExitPollRepository &repository, Answer answer, Changed changed, Failed failed);

    void redo() override;
    void undo() override;

private:
    ExitPollRepository &m_repository;
    Answer m_answer;
    Changed m_changed;
    Failed m_failed;
    bool m_wasKnown = true;
    bool m_opensShift = false;
};

} // namespace supolka
