#include "models/members/member.h"

namespace supolka {

QString memberStatusKey(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active:
        return QStringLiteral("active");
    case MemberStatus::Inactive:
        return QStringLiteral("inactive");
    case MemberStatus::Pending:
        return QStringLiteral("pending");
    }
    return QStringLiteral("active");
}

std::optional<MemberStatus> memberStatusFromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    if (folded == QStringLiteral("active"))
        return MemberStatus::Active;
    if (folded == QStringLiteral("inactive"))
        return MemberStatus::Inactive;
    if (folded == QStringLiteral("pending"))
        return MemberStatus::Pending;
    return std::nullopt;
}

QString Member::displayName() const
{
    QStringList parts;
    for (const QString *part : {&firstName, &middleName, &lastName}) {
        const QString trimmed = part->trimmed();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts.join(QLatin1Char(' '));
}

bool Member::sameContent(const Member &other) const
{
    return firstName == other.firstName && middleName == other.middleName && lastName == other.lastName &&
           birthDate == other.birthDate && email == other.email && phone == other.phone && city == other.city &&
           country == other.country && languages == other.languages && skills == other.skills &&
           groups == other.groups && status == other.status && joinedOn == other.joinedOn && consent == other.consent &&
           consentAt == other.consentAt && consentShare == other.consentShare && notes == other.notes &&
           attention == other.attention;
}

} // namespace supolka
