#include "models/core/shownformats.h"

#include <QRegularExpression>

namespace supolka::shown {

namespace {

// "yy" as a year of four digits; "yyyy" stays.
QString withFullYear(QString format)
{
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    return format.replace(shortYear, QStringLiteral("yyyy"));
}

QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

// Whether the UI's own format is not to be used: English, whose default (American) order misleads Europe.
bool takesRegion(const QLocale &ui, const QLocale &region)
{
    return ui.language() == QLocale::English && region.language() != QLocale::C &&
           region.territory() != QLocale::AnyTerritory;
}

} // namespace

QString dateFormat(const QLocale &ui, const QLocale &region)
{
    if (ui.language() == QLocale::English) {
        if (!takesRegion(ui, region))
            return QStringLiteral("d MMM yyyy");
        return withFullYear(region.dateFormat(QLocale::ShortFormat));
    }
    return withFullYear(ui.dateFormat(QLocale::ShortFormat));
}

QString timeFormat(const QLocale &ui, const QLocale &region)
{
    if (ui.language() == QLocale::English && !takesRegion(ui, region))
        return QStringLiteral("HH:mm");
    return withoutSeconds((takesRegion(ui, region) ? region : ui).timeFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const QLocale &ui, const QLocale &region)
{
    return dateFormat(ui, region) + QLatin1Char(' ') + timeFormat(ui, region);
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString time(const QTime &time)
{
    return time.isValid() ? QLocale().toString(time, timeFormat()) : QString();
}

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), dateTimeFormat()) : QString();
}

} // namespace supolka::shown
