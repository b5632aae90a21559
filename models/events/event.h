#pragma once

#include <optional>

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace supolka {

enum class EventKind { Rally, Meetup, Conference, Fundraiser, Other };
QString eventKindKey(EventKind kind); // "rally", "meetup", "conference", "fundraiser", "other"
std::optional<EventKind> eventKindFromKey(const QString &key);

// A rally, meetup, conference or fundraiser of the chapter.
struct Event
{
    qint64 pk = 0; // local key; 0 = not stored yet
    QString id;    // UUID, travels between chapters and laptops
    QString title;
    EventKind kind = EventKind::Meetup;
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC; invalid = not given
    QString venue;
    QString city;
    QString country;  // ISO 3166-1 alpha-2; empty = unknown
    int capacity = 0; // 0 = no limit given
    QString notes;
    QString workGroup; // the working group that runs it; empty = the chapter
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;

    bool isDeleted() const { return !deletedAt.isEmpty(); }
    bool sameContent(const Event &other) const;
};

} // namespace supolka

Q_DECLARE_METATYPE(supolka::Event)
