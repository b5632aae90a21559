#pragma once

#include <QString>
#include <QStringList>

namespace supolka {

// Cross-script name keys. Belarusian and Russian Cyrillic, passport (ICAO) Latin, Latin from Russian and the
// national 2007 romanization of one name all reduce to the same key, so that they find each other
// (Ціханоўская, Тихановская, Tsikhanouskaya, Tikhanovskaya, Cichanoŭskaja), and so do the spellings of host
// countries (Polish cz, sz, ł, w; German tsch, sch, w, j; Lithuanian č, š, ž) and the vowels Belarusian and
// Russian write apart (Чарачэнь, Черечень). Case, diacritics, apostrophes (' and ’) are ignored; ya/ia/ja and y/i
// are alike. Keys are stored: a change to how they are made needs a schema upgrade that writes them again.
namespace namekey {

// The key of one word ("Ціханоўская" -> the same string as for "Tikhanovskaya"). Empty for no letters.
QString wordKey(QStringView word);

// The keys of every word in `text` (split at anything that is not a letter, digit or apostrophe).
QStringList textKeys(QStringView text);

// The key to use for a prefix of a word someone is still typing: like wordKey, but cut back so that a
// half-typed letter group ("Tsik" of "Tsikh") still matches.
QString prefixKey(QStringView partialWord);

// One key for a whole person's name, word keys sorted and joined by spaces: for duplicate detection.
QString personKey(const QString &firstName, const QString &middleName, const QString &lastName);

} // namespace namekey
} // namespace supolka
