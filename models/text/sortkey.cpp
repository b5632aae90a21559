#include "models/text/sortkey.h"

#include <array>

namespace supolka::sortkey {

namespace {

// The bytes keys are made of; everything below LatinFirst and from OtherScript on is not a letter of either script.
constexpr char Separator = 0x21;  // a space, a hyphen, a dot: anything that is not a letter, digit or apostrophe
constexpr char DigitZero = 0x22;  // '0' .. '9' -> 0x22 .. 0x2b
constexpr char LatinFirst = 0x30; // 'a' .. 'z' -> 0x30 .. 0x49
constexpr char CyrillicFirst = 0x50;
constexpr char OtherScript = 0x7e; // followed by the letter's own UTF-8

// The Cyrillic letters of Belarusian, Russian and Ukrainian in alphabetical order (lower case).
constexpr std::array<char16_t, 38> Cyrillic = {
    u'а', u'б', u'в', u'г', u'ґ', u'д', u'е', u'ё', u'є', u'ж', u'з', u'и', u'і', u'ї', u'й', u'к', u'л', u'м', u'н',
    u'о', u'п', u'р', u'с', u'т', u'у', u'ў', u'ф', u'х', u'ц', u'ч', u'ш', u'щ', u'ъ', u'ы', u'ь', u'э', u'ю', u'я'};
static_assert(CyrillicFirst + int(Cyrillic.size()) < OtherScript);

int cyrillicIndex(char16_t c)
{
    for (size_t i = 0; i < Cyrillic.size(); ++i) {
        if (Cyrillic[i] == c)
            return int(i);
    }
    return -1;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u02bc' || c == U'`';
}

// Latin letters that do not decompose into a base letter and marks.
const char *latinSpelling(char32_t c)
{
    switch (c) {
    case U'ł':
        return "l";
    case U'ß':
        return "ss";
    case U'ø':
        return "o";
    case U'đ':
        return "d";
    case U'æ':
        return "ae";
    case U'œ':
        return "oe";
    case U'ı':
        return "i";
    case U'þ':
        return "th";
    case U'ð':
        return "d";
    default:
        return nullptr;
    }
}

void appendLetter(QByteArray &key, char32_t c)
{
    if (c >= U'a' && c <= U'z') {
        key.append(char(LatinFirst + int(c - U'a')));
        return;
    }
    if (c >= U'0' && c <= U'9') {
        key.append(char(DigitZero + int(c - U'0')));
        return;
    }
    if (const char *spelling = latinSpelling(c)) {
        for (const char *p = spelling; *p; ++p)
            key.append(char(LatinFirst + (*p - 'a')));
        return;
    }
    if (c <= 0xffff) {
        if (const int index = cyrillicIndex(char16_t(c)); index >= 0) {
            key.append(char(CyrillicFirst + index));
            return;
        }
    }
    key.append(OtherScript);
    key.append(QString::fromUcs4(&c, 1).toUtf8());
}

} // namespace

QByteArray of(QStringView text)
{
    QByteArray key;
    key.reserve(text.size());
    // The letters of these alphabets that Unicode writes as a base letter and a mark are letters of their own here.
    const QString folded = text.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    bool pendingSeparator = false;
    for (const char32_t letter : folded.toUcs4()) {
        if (isApostrophe(letter))
            continue;
        if (letter <= 0xffff && cyrillicIndex(char16_t(letter)) >= 0) {
            if (pendingSeparator && !key.isEmpty())
                key.append(Separator);
            pendingSeparator = false;
            appendLetter(key, letter);
            continue;
        }
        // Accents go: š as s, ŭ as u, é as e.
        const QString decomposed = QString::fromUcs4(&letter, 1).normalized(QString::NormalizationForm_D);
        for (const char32_t c : decomposed.toUcs4()) {
            const QChar::Category category = QChar::category(c);
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue;
            if (!QChar::isLetterOrNumber(c)) {
                pendingSeparator = true;
                continue;
            }
            if (pendingSeparator && !key.isEmpty())
                key.append(Separator);
            pendingSeparator = false;
            appendLetter(key, QChar::toCaseFolded(c));
        }
    }
    return key;
}

QList<Range> orderFor(QLocale::Language language)
{
    const QByteArray latin(1, LatinFirst);
    const QByteArray cyrillic(1, CyrillicFirst);
    const QByteArray other(1, OtherScript);
    if (language == QLocale::Belarusian || language == QLocale::Russian || language == QLocale::Ukrainian)
        return {{{}, latin}, {cyrillic, other}, {latin, cyrillic}, {other, {}}};
    return {{{}, {}}};
}

QList<SqlRange> sqlRanges(const QString &column, QLocale::Language language)
{
    QList<SqlRange> parts;
    for (const Range &range : orderFor(language)) {
        SqlRange part;
        QStringList bounds;
        if (!range.from.isEmpty()) {
            bounds.append(column + QStringLiteral(" >= ?"));
            part.values.append(QString::fromLatin1(range.from));
        }
        if (!range.to.isEmpty()) {
            bounds.append(column + QStringLiteral(" < ?"));
            part.values.append(QString::fromLatin1(range.to));
        }
        part.condition = bounds.join(QStringLiteral(" AND "));
        parts.append(part);
    }
    return parts;
}

} // namespace supolka::sortkey
