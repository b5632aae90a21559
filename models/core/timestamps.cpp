#include "models/core/timestamps.h"

#include <QUuid>

namespace supolka {

QString isoTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString nowTimestamp()
{
    return isoTimestamp(QDateTime::currentDateTimeUtc());
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when.toUTC();
}

QString newRowId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace supolka
