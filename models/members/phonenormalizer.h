#pragma once

#include <QCoreApplication>
#include <QString>

#include "models/core/result.h"

namespace supolka {

// Phone numbers through libphonenumber: "+375 29 123-45-67", "8 029 1234567" (with region BY) -> "+375291234567".
// Thread-safe: the import spreads this work over the cores.
class PhoneNormalizer final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::PhoneNormalizer)

public:
    // E.164, or an error saying why the text is not a valid number. `defaultRegion` (ISO alpha-2) is used when
    // the number has no country code; empty text is an error too (callers skip empty cells).
    static Result<QString> normalize(const QString &text, const QString &defaultRegion);
    // The same through libphonenumber's full parser every time, without the quick path normalize() takes for plain
    // international numbers; the two must always agree.
    static Result<QString> normalizeWithFullParse(const QString &text, const QString &defaultRegion);
    // For display: international format ("+375 29 123-45-67").
    static QString formatInternational(const QString &e164);
    // The national significant number of an E.164 number ("+375291234567" -> "291234567"), for search keys;
    // empty when it cannot be parsed.
    static QString nationalDigits(const QString &e164);
};

} // namespace supolka
