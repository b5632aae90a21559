#include "models/events/event.h"

#include <array>
#include <utility>

namespace supolka {

namespace {

constexpr std::array<std::pair<EventKind, const char *>, 5> KindKeys{{
    {EventKind::Rally, "rally"},
    {EventKind::Meetup, "meetup"},
    {EventKind::Conference, "conference"},
    {EventKind::Fundraiser, "fundraiser"},
    {EventKind::Other, "other"},
}};

} // namespace

QString eventKindKey(EventKind kind)
{
    for (const auto &[value, key] : KindKeys) {
        if (value == kind)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("other");
}

std::optional<EventKind> eventKindFromKey(const QString &key)
{
    const QString folded = key.trimmed().toLower();
    for (const auto &[value, name] : KindKeys) {
        if (folded == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool Event::sameContent(const Event &other) const
{
    return title == other.title && kind == other.kind && startsAt == other.startsAt && endsAt == other.endsAt &&
           venue == other.venue && city == other.city && country == other.country && capacity == other.capacity &&
           notes == other.notes && workGroup == other.workGroup;
}

} // namespace supolka
