#include "models/text/searchquery.h"

#include <algorithm>

#include <QRegularExpression>

#include "models/members/phonenormalizer.h"
#include "models/text/givennames.h"
#include "models/text/namekey.h"

namespace supolka::search {

QString digitsOf(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    }
    return digits;
}

// The smallest string greater than every string that starts with `prefix`.
QString upperBound(const QString &prefix)
{
    QString bound = prefix;
    bound.back() = QChar(char16_t(bound.back().unicode() + 1));
    return bound;
}

void QueryWord::add(const QString &prefix, const QString &whole)
{
    if (prefix.isEmpty() || prefixes.contains(prefix))
        return;
    prefixes.append(prefix);
    exact.append(whole);
}

void QueryWord::addAlternative(const QString &whole)
{
    if (!whole.isEmpty() && !exact.contains(whole) && !alternatives.contains(whole))
        alternatives.append(whole);
}

QStringList QueryWord::scanForms(bool whole) const
{
    QStringList forms;
    for (const QString &form : whole ? exact + alternatives : prefixes) {
        if (form.isEmpty() || forms.contains(form))
            continue;
        const bool inside = !whole && std::any_of(prefixes.cbegin(), prefixes.cend(), [&form](const QString &other) {
            return !other.isEmpty() && other != form && form.startsWith(other);
        });
        if (!inside)
            forms.append(form);
    }
    return forms;
}

namespace {

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isPhoneLike(const QString &token)
{
    int digits = 0;
    for (const QChar c : token) {
        if (c.isDigit())
            ++digits;
        else if (!QStringLiteral("+-()./").contains(c))
            return false;
    }
    return digits > 0;
}

// The word without an ending Lithuanian or Czech adds to a foreign name, when a stem of five letters or more is left.
QString hostCountryStem(const QString &word)
{
    static const QStringList endings{QStringLiteral("ius"), QStringLiteral("as"), QStringLiteral("is"),
                                     QStringLiteral("us"),  QStringLiteral("ys"), QStringLiteral("ová")};
    for (const QString &ending : endings) {
        if (word.endsWith(ending) && word.size() - ending.size() >= 5)
            return word.left(word.size() - ending.size());
    }
    return QString();
}

} // namespace

QList<QueryWord> parseQuery(const QString &text)
{
    QList<QueryWord> words;
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return words;

    // A phone number is often typed with spaces ("+375 29 123"): take it whole.
    QString joined = simplified;
    joined.remove(QLatin1Char(' '));
    if (isPhoneLike(joined)) {
        QueryWord word;
        const QString digits = digitsOf(joined);
        word.add(digits, digits);
        QString national = digits;
        while (national.startsWith(QLatin1Char('0')))
            national.remove(0, 1);
        word.add(national, national);
        if (!word.prefixes.isEmpty())
            words.append(word);
        return words;
    }

    for (const QString &token : simplified.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString lower = token.toLower();
        if (lower.contains(QLatin1Char('@')) || lower.contains(QLatin1Char('.')) || lower.contains(QLatin1Char('_'))) {
            QueryWord word;
            word.add(lower, lower);
            if (!lower.contains(QLatin1Char('@')))
                word.add(namekey::prefixKey(lower), namekey::wordKey(lower));
            if (!word.prefixes.isEmpty())
                words.append(word);
            continue;
        }
        static const QRegularExpression parts(QStringLiteral("[^\\w'’ʼ`]+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        for (const QString &part : lower.split(parts, Qt::SkipEmptyParts)) {
            QueryWord word;
            if (isPhoneLike(part)) {
                // Digits only: their name-key form would fold "600" into "60" and find every number with 60.
                word.add(digitsOf(part), digitsOf(part));
            } else {
                const QString key = namekey::wordKey(part);
                word.typed = part.toCaseFolded();
                word.add(namekey::prefixKey(part), key);
                // Lithuanian adds endings to foreign names (Cichanouskis, Pratasevičius), Czech to women's surnames
                // (Sabalenková): the stem is searched as a start too.
                if (const QString stem = hostCountryStem(part); !stem.isEmpty())
                    word.add(namekey::prefixKey(stem), namekey::wordKey(stem));
                if (isAscii(part))
                    word.add(part, part); // the start of an e-mail address
                // A given name typed whole finds every form of it: Анна finds Ганна and Hanna, Саша Аляксандр.
                for (const QString &other : givennames::otherFormKeys(key))
                    word.addAlternative(other);
                word.diminutives = givennames::diminutiveKeys(key);
            }
            if (!word.prefixes.isEmpty())
                words.append(word);
        }
    }
    // Nobody types more than a few words to find a person; a pasted paragraph would only make the query long.
    constexpr qsizetype MaxWords = 8;
    if (words.size() > MaxWords)
        words.resize(MaxWords);
    return words;
}

bool matches(const QList<QueryWord> &words, const QString &allKeys)
{
    const QChar space = QLatin1Char(' ');
    return std::all_of(words.cbegin(), words.cend(), [&](const QueryWord &word) {
        return std::any_of(word.prefixes.cbegin(), word.prefixes.cend(),
                           [&](const QString &prefix) { return allKeys.contains(space + prefix); }) ||
               std::any_of(word.alternatives.cbegin(), word.alternatives.cend(),
                           [&](const QString &other) { return allKeys.contains(space + other + space); });
    });
}

QString allKeysText(const QStringList &keys)
{
    const QString space = QStringLiteral(" ");
    return space + keys.join(space) + space;
}

QStringList personKeys(const QString &firstName, const QString &middleName, const QString &lastName,
                       const QString &email, const QString &phone)
{
    QStringList keys = namekey::textKeys(firstName);
    keys += namekey::textKeys(middleName);
    keys += namekey::textKeys(lastName);
    const QString mail = email.trimmed().toLower();
    if (!mail.isEmpty())
        keys.append(mail);
    const QString digits = digitsOf(phone);
    if (!digits.isEmpty()) {
        keys.append(digits);
        const QString national = PhoneNormalizer::nationalDigits(phone);
        if (!national.isEmpty())
            keys.append(national);
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace supolka::search
