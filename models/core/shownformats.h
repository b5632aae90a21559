#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

namespace supolka::shown {

// Dates and times as the window and its files show them: in the UI language's way, always with a four-digit year
// and never with seconds. An English UI takes the order of day and month from the system's region, as chapters in
// Warsaw or Vilnius read it ("07.12.2026"); with no region it writes the month's name ("7 Dec 2026"), which nobody
// misreads. `ui` is the UI language's locale, `region` the system's.
QString dateFormat(const QLocale &ui = QLocale(), const QLocale &region = QLocale::system());
QString timeFormat(const QLocale &ui = QLocale(), const QLocale &region = QLocale::system());
QString dateTimeFormat(const QLocale &ui = QLocale(), const QLocale &region = QLocale::system());

QString date(const QDate &date);
QString time(const QTime &time);
// In local time.
QString dateTime(const QDateTime &when);

} // namespace supolka::shown
