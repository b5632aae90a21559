#pragma once

#include <QList>
#include <QString>

namespace supolka {

// ISO 3166-1 alpha-2 countries and ISO 639-1 languages with their names in Belarusian, Russian and English.
namespace countries {

// The code for what people write in a "country" cell: a code ("PL", "pl"), or a name in English, Russian or
// Belarusian, any case ("Poland", "Польша", "Польшча", "Polska"). Empty when not recognised.
QString codeFromText(const QString &text);
bool isKnownCode(const QString &code);
// The country's name in `language` ("be", "ru", "en"; others fall back to English); the code itself if unknown.
QString name(const QString &code, const QString &language);
// Every known code, for pickers.
QList<QString> allCodes();

// Language codes ("be", "ru", "pl") and their names, same rules as above.
QString languageCodeFromText(const QString &text);
bool isKnownLanguage(const QString &code);
QString languageName(const QString &code, const QString &language);
QList<QString> allLanguageCodes();

} // namespace countries
} // namespace supolka
