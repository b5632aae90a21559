#pragma once

#include <QDateTime>
#include <QString>

namespace supolka {

// Timestamps stored in the database and in CSV: UTC, ISO 8601 with milliseconds ("2026-11-28T03:01:20.123Z").
QString isoTimestamp(const QDateTime &when);
QString nowTimestamp();
QDateTime parseTimestamp(const QString &text);

// A new row id: a UUID without braces.
QString newRowId();

// "2024-02-29"; an invalid date gives an empty string. Much cheaper than QDate::toString(Qt::ISODate).
QString isoDate(const QDate &date);

} // namespace supolka
