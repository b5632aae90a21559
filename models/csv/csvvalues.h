#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "models/core/result.h"
#include "models/csv/headermapping.h"

namespace supolka {

// Parsing of cell values as spreadsheets write them.
class CsvValues final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CsvValues)

public:
    // ISO (2024-03-01, also with a time part) and dd.mm.yyyy always; M/D/YYYY (and M/D/YY with a time) only
    // when the source is known to write it (Google Forms, Eventbrite). Empty text gives an invalid QDate.
    // Anything else, or an impossible date, is an error saying what was found.
    static Result<QDate> parseDate(const QString &text, CsvSource source);

    // yes/no as people write them: 1/0, true/false, yes/no, да/нет, так/не, x; empty gives false.
    static Result<bool> parseBool(const QString &text);

    // Damage Excel does to a cell, described for the user, or an empty string:
    // a phone turned into a number ("3,75291E+11"), or "?" where a character could not be saved.
    static QString excelDamage(const QString &field, const QString &text);
};

} // namespace supolka
