#pragma once

#include <QStringList>

namespace supolka::givennames {

// The forms of given names Belarusians go by (models/text/givennames.txt): Ганна, Анна, Hanna; Аляксандр,
// Александр, Aliaksandr and Алесь, Саша. Everything is in name-key form (namekey::wordKey).

// The keys of every other form of the names `wordKey` is a form of (both ways: a full name gives its
// diminutives, a diminutive its full names); empty when it is no given name Supolka knows.
QStringList otherFormKeys(const QString &wordKey);

// Of those, the keys that are only ever diminutives (marked ~ in the table): ranked after the full forms.
QStringList diminutiveKeys(const QString &wordKey);

// How many names the table holds (lines), for tests.
int nameCount();

} // namespace supolka::givennames
