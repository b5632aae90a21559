#include "views/members/savemembercommand.h"

#include "models/members/memberrepository.h"

namespace supolka {

SaveMemberCommand::SaveMemberCommand(MemberRepository &repository, std::optional<Member> before, Member after,
                                     const QString &text,
                                     std::function<void(const std::optional<Member> &, qint64)> changed,
                                     std::function<void(const QString &)> failed)
    : QUndoCommand(text)
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void SaveMemberCommand::write(const Member &member)
{
    // The stored row may have moved on (updated_at); write the content over what is there now.
    Member target = member;
    if (const std::optional<Member> stored = m_repository.find(member.pk)) {
        target.updatedAt = stored->updatedAt;
        target.deletedAt = stored->deletedAt;
    }
    const Result<Member> saved = m_repository.update(target);
    if (!saved) {
        if (m_failed)
            m_failed(saved.error());
        return;
    }
    if (m_changed)
        m_changed(saved.value(), saved->pk);
}

void SaveMemberCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (m_before) {
        write(m_after);
        return;
    }
    const Status restored = m_repository.restore(m_after.pk);
    if (!restored) {
        if (m_failed)
            m_failed(restored.error());
        return;
    }
    if (m_changed)
        m_changed(m_repository.find(m_after.pk), m_after.pk);
}

void SaveMemberCommand::undo()
{
    if (m_before) {
        write(*m_before);
        return;
    }
    const Status removed = m_repository.remove(m_after.pk);
    if (!removed) {
        if (m_failed)
            m_failed(removed.error());
        return;
    }
    if (m_changed)
        m_changed(std::nullopt, m_after.pk);
}

} // namespace supolka
