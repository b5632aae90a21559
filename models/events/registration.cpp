#include "models/events/registration.h"

namespace supolka {

QString registrationStatusKey(RegistrationStatus status)
{
    return status == RegistrationStatus::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("registered");
}

std::optional<RegistrationStatus> registrationStatusFromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    if (folded == QStringLiteral("registered"))
        return RegistrationStatus::Registered;
    if (folded == QStringLiteral("cancelled") || folded == QStringLiteral("canceled"))
        return RegistrationStatus::Cancelled;
    return std::nullopt;
}

} // namespace supolka
