#include "models/core/money.h"

#include <limits>

namespace supolka::money {

int minorDigits(const QString &currency)
{
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("ISK"),
                                  QStringLiteral("CLP"), QStringLiteral("VND"), QStringLiteral("UGX"),
                                  QStringLiteral("XAF"), QStringLiteral("XOF")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                   QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD"),
                                   QStringLiteral("IQD")};
    const QString code = currency.trimmed().toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

bool isCurrencyCode(const QString &code)
{
    if (code.size() != 3)
        return false;
    for (const QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

QString format(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const bool negative = minorUnits < 0;
    // The magnitude as unsigned, so that the smallest qint64 has one too.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0) {
        text += locale.decimalPoint();
        QString fraction = QString::number(magnitude % quint64(scale));
        text += QString(digits - fraction.size(), QLatin1Char('0')) + fraction;
    }
    if (negative)
        text.prepend(locale.negativeSign());
    return text + QLatin1Char(' ') + currency;
}

std::optional<qint64> parse(const QString &text, const QString &currency)
{
    QString cleaned;
    for (const QChar c : text.trimmed()) {
        // Group separators people type: spaces (also no-break ones) and apostrophes.
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\''))
            continue;
        cleaned += c;
    }
    bool negative = false;
    if (cleaned.startsWith(QLatin1Char('-')) || cleaned.startsWith(QChar(0x2212))) {
        negative = true;
        cleaned.remove(0, 1);
    }
    if (cleaned.isEmpty())
        return std::nullopt;
    // The last '.' or ',' is the decimal point when at most the currency's digits follow it and it is the only
    // one of its kind or the other kind comes before it (1,234.50 / 1.234,50); otherwise separators group.
    const int digits = minorDigits(currency);
    const qsizetype lastDot = cleaned.lastIndexOf(QLatin1Char('.'));
    const qsizetype lastComma = cleaned.lastIndexOf(QLatin1Char(','));
    const qsizetype last = std::max(lastDot, lastComma);
    QString whole = cleaned;
    QString fraction;
    if (last >= 0) {
        const QChar mark = cleaned.at(last);
        const qsizetype after = cleaned.size() - last - 1;
        const bool onlyOne = cleaned.count(mark) == 1;
        const bool grouping = after == 3 && onlyOne && (mark == QLatin1Char(',') ? lastDot < 0 : lastComma < 0) &&
                              digits != 3 && last > 0;
        if (!grouping) {
            if (!onlyOne)
                return std::nullopt;
            whole = cleaned.left(last);
            fraction = cleaned.mid(last + 1);
        }
        const QChar other = mark == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        whole.remove(other);
        if (grouping)
            whole.remove(mark);
    }
    if (fraction.size() > digits)
        return std::nullopt;
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    auto addDigits = [&value](const QString &part) {
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
                return false;
            value = value * 10 + (c.unicode() - '0');
        }
        return true;
    };
    if (!addDigits(whole))
        return std::nullopt;
    if (!addDigits(fraction + QString(digits - fraction.size(), QLatin1Char('0'))))
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace supolka::money
