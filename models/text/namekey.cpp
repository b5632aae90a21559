#include "models/text/namekey.h"

#include <algorithm>
#include <iterator>

#include <QHash>

namespace supolka::namekey {

namespace {

bool isApostrophe(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case u'`':
    case u'\u2019': // ’
    case u'\u2018': // ‘
    case u'\u02BC': // ʼ
    case u'\u00B4': // ´
        return true;
    default:
        return false;
    }
}

// Step 1: one lower-case letter of any script into plain Latin. Cyrillic follows the passport spelling with its
// digraphs (х -> kh, ц -> ts), so that a Cyrillic name and its transliteration meet in the same string; the
// 2007 national romanization's letters with marks become the same digraphs (č -> ch, ŭ -> w).

// U+0430 а ... U+045F џ; nullptr = dropped.
const char *const CyrillicLetters[] = {
    "a", "b",  "v",  "g", "d",  "e",  "zh", "z",  "i",  "i",    "k",     "l", "m",     "n", "o",  "p",   // а..п
    "r", "s",  "t",  "u", "f",  "kh", "ts", "ch", "sh", "shch", nullptr, "y", nullptr, "e", "iu", "ia",  // р..я
    "e", "io", "dj", "g", "ie", "s",  "i",  "i",  "j",  "l",    "n",     "c", "k",     "i", "w",  "dzh", // ѐ..џ
};
static_assert(std::size(CyrillicLetters) == 0x30);

struct Letter
{
    char16_t from;
    const char *to;
};

const Letter LatinLetters[] = {
    {u'č', "ch"}, {u'š', "sh"}, {u'ž', "zh"}, {u'ż', "zh"}, {u'ŭ', "w"}, {u'ł', "l"},
    {u'ß', "ss"}, {u'æ', "ae"}, {u'ø', "o"},  {u'đ', "d"},  {u'ґ', "g"},
};

void appendPlain(QChar c, QString &out)
{
    const char16_t u = c.unicode();
    if (u >= 0x430 && u < 0x460) {
        if (const char *plain = CyrillicLetters[u - 0x430])
            out += QLatin1String(plain);
        return;
    }
    if (u < 0x80) {
        if (c.isLetterOrNumber())
            out += c;
        return;
    }
    if (isApostrophe(c) || c.isMark())
        return;
    for (const Letter &letter : LatinLetters) {
        if (letter.from == u) {
            out += QLatin1String(letter.to);
            return;
        }
    }
    // Other Latin letters with marks (ć, ń, ĺ, ö, ü, ...) lose their marks; letters of other scripts stay.
    const QString decomposed = c.decomposition();
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80 && decomposed.at(0).isLetter()) {
        out += decomposed.at(0).toLower();
        return;
    }
    if (c.isLetterOrNumber())
        out += c;
}

QString plainLatin(QStringView word)
{
    QString out;
    out.reserve(word.size() + 4);
    for (const QChar c : word)
        appendPlain(c.toLower(), out);
    return out;
}

struct Group
{
    QLatin1String from;
    QChar to;
};

// Longest first: at each position the first group that matches is taken.
const Group Groups[] = {
    {QLatin1String("shch"), QLatin1Char('s')}, {QLatin1String("szcz"), QLatin1Char('s')},
    {QLatin1String("tsch"), QLatin1Char('h')}, // German Ч: Protassewitsch
    {QLatin1String("sch"), QLatin1Char('s')},  {QLatin1String("sh"), QLatin1Char('s')},
    {QLatin1String("sz"), QLatin1Char('s')},   {QLatin1String("zh"), QLatin1Char('z')},
    {QLatin1String("kh"), QLatin1Char('h')},   {QLatin1String("ch"), QLatin1Char('h')},
    {QLatin1String("cz"), QLatin1Char('h')},   {QLatin1String("ts"), QLatin1Char('t')},
    {QLatin1String("tz"), QLatin1Char('t')},   {QLatin1String("dz"), QLatin1Char('d')},
};

// Ends of plain text that may still grow into a group with another meaning: "k" of "kh", "c" of "ch", "sc" of
// "sch". (A lone s, z, t or d keeps its key inside its groups, so those need not be cut.)
const QLatin1String UnfinishedEnds[] = {
    QLatin1String("szc"), QLatin1String("shc"), QLatin1String("sc"), QLatin1String("c"), QLatin1String("k"),
};

bool isConsonant(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z') && c != QLatin1Char('a') && c != QLatin1Char('i') &&
           c != QLatin1Char('u');
}

// Step 2: the coarse key of plain Latin text. Groups become one letter, then letters that spellings swap for one
// another become one (y, j -> i; w -> v; o -> a; g -> h; c -> t; e -> ia), "au" becomes "av" (ў written as u),
// and doubled letters collapse. Last, "ia" after a consonant becomes "a": Belarusian writes the unstressed vowels
// as they sound (akanne), Russian as the word's root has them, so that Чарачэнь and Черечень, Сяргей and Сергей,
// Лукашэнка and Лукашенко meet (and the soft sign's traces in Latin, Siarhiej and Sergei, go with it).
QString reduce(const QString &plain)
{
    QString grouped;
    grouped.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size();) {
        bool matched = false;
        const char16_t first = plain.at(i).unicode();
        const bool mayStartGroup =
            first == u's' || first == u'z' || first == u'k' || first == u'c' || first == u't' || first == u'd';
        for (const Group &group : Groups) {
            if (!mayStartGroup)
                break;
            if (QStringView(plain).mid(i).startsWith(group.from)) {
                grouped += group.to;
                i += group.from.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            grouped += plain.at(i++);
    }

    QString letters;
    letters.reserve(grouped.size() + 4);
    for (const QChar c : std::as_const(grouped)) {
        switch (c.unicode()) {
        case u'y':
        case u'j':
            letters += QLatin1Char('i');
            break;
        case u'w':
            letters += QLatin1Char('v');
            break;
        case u'o':
            letters += QLatin1Char('a');
            break;
        case u'g':
            letters += QLatin1Char('h');
            break;
        case u'c':
            letters += QLatin1Char('t');
            break;
        case u'q':
            letters += QLatin1Char('k');
            break;
        case u'x':
            letters += QLatin1String("ks");
            break;
        case u'e':
            letters += QLatin1String("ia");
            break;
        default:
            letters += c;
            break;
        }
    }

    QString key;
    key.reserve(letters.size());
    for (qsizetype i = 0; i < letters.size(); ++i) {
        QChar c = letters.at(i);
        if (c == QLatin1Char('u') && i > 0 && letters.at(i - 1) == QLatin1Char('a'))
            c = QLatin1Char('v');
        if (!key.isEmpty() && key.back() == c)
            continue;
        key += c;
    }

    QString folded;
    folded.reserve(key.size());
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('i') && i > 0 && i + 1 < key.size() && key.at(i + 1) == QLatin1Char('a') &&
            isConsonant(key.at(i - 1)))
            continue;
        if (!folded.isEmpty() && folded.back() == c)
            continue;
        folded += c;
    }
    return folded;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || isApostrophe(c);
}

} // namespace

QString wordKey(QStringView word)
{
    // Names repeat (a chapter has many Alenas and Kavalenkas), and an import asks for each word's key several
    // times: remember recent answers, per thread.
    thread_local QHash<QString, QString> recent;
    const QString text = word.toString();
    if (const auto it = recent.constFind(text); it != recent.cend())
        return it.value();
    QString key = reduce(plainLatin(word));
    if (recent.size() >= 65536)
        recent.clear();
    recent.insert(text, key);
    return key;
}

QStringList textKeys(QStringView text)
{
    QStringList keys;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordChar(text.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            const QString key = wordKey(text.mid(start, i - start));
            if (!key.isEmpty())
                keys.append(key);
            start = -1;
        }
    }
    return keys;
}

QString prefixKey(QStringView partialWord)
{
    const QString plain = plainLatin(partialWord);
    QString key = reduce(plain);
    for (const QLatin1String &end : UnfinishedEnds) {
        if (plain.endsWith(end) && plain.size() > end.size()) {
            key = reduce(plain.left(plain.size() - end.size()));
            break;
        }
    }
    // An i after a consonant may be the start of "ia", which the whole word's key folds away: "Mari" of Maria.
    if (key.size() > 1 && key.back() == QLatin1Char('i') && isConsonant(key.at(key.size() - 2)))
        key.chop(1);
    return key;
}

QString personKey(const QString &firstName, const QString &middleName, const QString &lastName)
{
    QStringList keys = textKeys(firstName);
    keys += textKeys(middleName);
    keys += textKeys(lastName);
    std::sort(keys.begin(), keys.end());
    return keys.join(QLatin1Char(' '));
}

} // namespace supolka::namekey
