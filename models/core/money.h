#pragma once

#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace supolka {

// Money as an integer of minor units (cents, grosze) and an ISO 4217 code; never a floating-point number.
namespace money {

// Digits after the decimal point of a currency: 2 for most, 0 for JPY, KRW, ...; 3 for BHD, KWD, ...
int minorDigits(const QString &currency);

bool isCurrencyCode(const QString &code); // three ASCII capitals

// "1 234,50 EUR" in the locale's digits and separators (the code, not a symbol, so no currency is mistaken).
QString format(qint64 minorUnits, const QString &currency, const QLocale &locale = QLocale());

// Reads an amount as people type it ("12,50", "12.5", "1 234,50", "1,234.50", "-3") into minor units of the
// currency. Refuses more decimals than the currency has and anything that is not a number.
std::optional<qint64> parse(const QString &text, const QString &currency);

} // namespace money
} // namespace supolka
