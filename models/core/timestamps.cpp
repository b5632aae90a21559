#include "models/core/timestamps.h"

#include <array>

#include <QRandomGenerator>
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
    // A bare date is midnight UTC, and a time without an offset is UTC too: the same text gives the same
    // timestamp on every laptop, whatever its time zone.
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? day.startOfDay(Qt::UTC) : QDateTime();
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    return when.toUTC();
}

QString newRowId()
{
    // A random (version 4) UUID. Ids must be unique, not secret: a per-thread generator seeded once from the
    // system's entropy is as unique as QUuid::createUuid() and does not ask the CPU for entropy per id, which
    // an import of 100,000 rows would feel.
    thread_local QRandomGenerator64 generator = [] {
        // A full seed: a single 32-bit seed would let two processes share a sequence of ids far too often.
        std::array<quint32, 16> seed;
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        return QRandomGenerator64(seed.data(), qsizetype(seed.size()));
    }();
    const quint64 high = (generator.generate64() & ~quint64(0xF000)) | quint64(0x4000);
    const quint64 low = (generator.generate64() & ~(quint64(0xC) << 60)) | (quint64(0x8) << 60);
    auto byte = [low](int i) {
        return uchar(low >> (56 - 8 * i));
    };
    const QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort(high), byte(0), byte(1), byte(2), byte(3), byte(4),
                     byte(5), byte(6), byte(7));
    return uuid.toString(QUuid::WithoutBraces);
}

QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[10];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace supolka
