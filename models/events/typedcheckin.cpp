#include "models/events/typedcheckin.h"

#include "models/events/eventrepository.h"
#include "models/members/phonenormalizer.h"
#include "models/text/namekey.h"

namespace supolka {

QString TypedCheckIn::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotFound:
        return QStringLiteral("not_found");
    case Outcome::Ambiguous:
        return QStringLiteral("ambiguous");
    case Outcome::CheckedIn:
        return QStringLiteral("checked_in");
    case Outcome::AlreadyCheckedIn:
        return QStringLiteral("already_checked_in");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Result<TypedCheckIn> TypedCheckIn::run(EventRepository &events, const Event &event, const QString &text,
                                       const QString &station)
{
    TypedCheckIn done;
    const QList<Registration> found = events.search(event.pk, text);
    if (found.isEmpty()) {
        done.outcome = Outcome::NotFound;
        done.message = tr("Nobody registered for “%1” matches “%2”.").arg(event.title, text);
        return done;
    }
    const std::optional<Registration> chosen =
        found.size() == 1 ? std::optional<Registration>(found.first()) : exactMatch(found, text, event.country);
    if (!chosen) {
        done.outcome = Outcome::Ambiguous;
        done.candidates = found;
        done.message =
            tr("%n registrants match “%1”; type more of the name, or the ticket code.", nullptr, int(found.size()))
                .arg(text);
        return done;
    }
    const CheckInResult result = events.checkIn(chosen->pk, station);
    switch (result.outcome) {
    case CheckInOutcome::CheckedIn:
        done.outcome = Outcome::CheckedIn;
        break;
    case CheckInOutcome::AlreadyCheckedIn:
        done.outcome = Outcome::AlreadyCheckedIn;
        break;
    case CheckInOutcome::Cancelled:
        done.outcome = Outcome::Cancelled;
        break;
    case CheckInOutcome::NotFound:
        return Result<TypedCheckIn>::failure(result.message);
    }
    done.registration = result.registration;
    done.message = result.message;
    return done;
}

std::optional<Registration> TypedCheckIn::exactMatch(const QList<Registration> &found, const QString &text,
                                                     const QString &region)
{
    const QString nameKey = namekey::personKey(text, QString(), QString());
    const QString email = text.trimmed().toLower();
    const Result<QString> phone = PhoneNormalizer::normalize(text, region);
    std::optional<Registration> only;
    for (const Registration &r : found) {
        const bool exact = (!nameKey.isEmpty() && namekey::personKey(r.name, QString(), QString()) == nameKey) ||
                           (!r.email.isEmpty() && r.email == email) || (phone && r.phone == phone.value());
        if (!exact)
            continue;
        if (only)
            return std::nullopt;
        only = r;
    }
    return only;
}

} // namespace supolka
