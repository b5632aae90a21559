#pragma once

#include <functional>
#include <optional>

#include <QUndoCommand>

#include "models/members/member.h"

namespace supolka {

class MemberRepository;

// A member added, edited or merged through the editor. The editor has already written the change when the command
// is pushed, so the first redo does nothing; undo puts back what was there before.
class SaveMemberCommand final : public QUndoCommand
{
public:
    // `before` empty = the member was added. `changed` runs with the member as it now is, or with its pk alone
    // when it is gone (an undone add); `failed` with a message when the repository refused.
    SaveMemberCommand(MemberRepository &repository, std::optional<Member> before, Member after, const QString &text,
                      std::function<void(const std::optional<Member> &now, qint64 pk)> changed,
                      std::function<void(const QString &)> failed);

    void redo() override;
    void undo() override;

private:
    void write(const Member &member);

    MemberRepository &m_repository;
    std::optional<Member> m_before;
    Member m_after;
    bool m_firstRedo = true;
    std::function<void(const std::optional<Member> &, qint64)> m_changed;
    std::function<void(const QString &)> m_failed;
};

} // namespace supolka
