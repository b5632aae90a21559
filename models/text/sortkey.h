#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace supolka {

// Keys that put names in alphabetical order when compared byte by byte, so that SQLite can sort a million members
// through an index instead of a collator. One byte a letter, case and accents ignored: Latin letters in the order of
// the English alphabet (ł as l, ß as ss), Cyrillic ones in the order of the Belarusian, Russian and Ukrainian
// alphabets together (... е ё є ж з и і ї й ..., у ў ф ...). Digits come before letters, and a space or a hyphen
// before both, so that "Anna Maria" precedes "Annabel". Letters of other scripts follow Cyrillic, in code order.
// Keys are stored: a change to how they are made needs a schema upgrade that writes them again.
namespace sortkey {

// The key of a text: ASCII and the UTF-8 of letters of other scripts, valid UTF-8, empty for no letters or digits.
QByteArray of(QStringView text);

// A range of keys, [from, to): an empty `to` is open.
struct Range
{
    QByteArray from;
    QByteArray to;
};

// The ranges of keys in the order people of `language` expect: everything starting with a Latin letter before
// Cyrillic in English, Cyrillic first in Belarusian and Russian (as their collations do). Keys starting with
// neither (empty, digits, other scripts) keep their place: first, and last.
QList<Range> orderFor(QLocale::Language language);

// orderFor() as conditions on a column of stored keys, with the values to bind: reading an index range by range in
// this order gives the rows in the order of `language`. A condition is empty for a range open at both ends.
struct SqlRange
{
    QString condition;
    QStringList values;
};
QList<SqlRange> sqlRanges(const QString &column, QLocale::Language language);

} // namespace sortkey
} // namespace supolka
