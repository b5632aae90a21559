#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

namespace supolka {

class ExitPollRepository;

// A paper sheet's totals typed in for one shift: they replace what the shift had (the same sheet twice is counted
// once); the undo brings back what was there, unknown where nothing was.
class SetShiftCountsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SetShiftCountsCommand)

public:
    using Changed = std::function<void()>;
    using Failed = std::function<void(const QString &message)>;

    SetShiftCountsCommand(ExitPollRepository &repository, qint64 stationPk, const QString &stationCode,
                          const QString &shift, const QHash<qint64, qint64> &counts, Changed changed, Failed failed);

    void redo() override;
    void undo() override;

private:
    ExitPollRepository &m_repository;
    qint64 m_stationPk;
    QString m_shift;
    QHash<qint64, std::optional<qint64>> m_after;
    QHash<qint64, std::optional<qint64>> m_before;
    Changed m_changed;
    Failed m_failed;
};

} // namespace supolka
