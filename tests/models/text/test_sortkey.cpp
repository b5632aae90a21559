#include <gtest/gtest.h>

#include <algorithm>

#include "models/text/sortkey.h"

using namespace supolka;

namespace {

QStringList sorted(QStringList names)
{
    std::stable_sort(names.begin(), names.end(),
                     [](const QString &a, const QString &b) { return sortkey::of(a) < sortkey::of(b); });
    return names;
}

// Sorts as a list would be shown in `language`: the ranges in their order, each sorted by key.
QStringList sortedFor(QLocale::Language language, const QStringList &names)
{
    QStringList result;
    for (const sortkey::Range &range : sortkey::orderFor(language)) {
        QStringList part;
        for (const QString &name : names) {
            const QByteArray key = sortkey::of(name);
            if (key >= range.from && (range.to.isEmpty() || key < range.to))
                part.append(name);
        }
        result += sorted(part);
    }
    return result;
}

} // namespace

TEST(SortKey, IgnoresCaseAndAccentsAndApostrophes)
{
    EXPECT_EQ(sortkey::of(u"Kazlou"), sortkey::of(u"kazlou"));
    EXPECT_EQ(sortkey::of(u"Šuk"), sortkey::of(u"suk"));
    EXPECT_EQ(sortkey::of(u"Łukašenka"), sortkey::of(u"lukasenka"));
    EXPECT_EQ(sortkey::of(u"O'Brien"), sortkey::of(u"OBrien"));
    EXPECT_EQ(sortkey::of(u"Straße"), sortkey::of(u"strasse"));
    EXPECT_EQ(sortkey::of(u"ЦІХАНОЎСКАЯ"), sortkey::of(u"ціханоўская"));
    // ё written as е and a combining diaeresis is the letter ё.
    EXPECT_EQ(sortkey::of(u"Алёна"), sortkey::of(QString::fromUtf16(u"Але\u0308на")));
    EXPECT_TRUE(sortkey::of(u"").isEmpty());
    EXPECT_TRUE(sortkey::of(u" - ").isEmpty());
}

TEST(SortKey, KeysAreValidUtf8ThatSqliteComparesAsBytes)
{
    for (const char16_t *name : {u"Ціханоўская", u"Kowalski", u"Γεώργιος", u"李", u"Анна-Мария 2"}) {
        const QByteArray key = sortkey::of(name);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_EQ(QString::fromUtf8(key).toUtf8(), key) << QString::fromUtf16(name).toStdString();
        EXPECT_FALSE(key.contains('\0'));
    }
}

TEST(SortKey, FollowsTheAlphabets)
{
    EXPECT_EQ(sorted({u"zhuk"_qs, u"Bahdanovich"_qs, u"kazlou"_qs, u"Ałeś"_qs, u"Adam"_qs}),
              (QStringList{u"Adam"_qs, u"Ałeś"_qs, u"Bahdanovich"_qs, u"kazlou"_qs, u"zhuk"_qs}));
    // Belarusian: і after и, ў after у, ё after е; Ukrainian ґ after г and є after ё.
    EXPECT_EQ(sorted({u"Ўладзь"_qs, u"Уладзь"_qs, u"Фама"_qs, u"Іван"_qs, u"Ира"_qs, u"Йосіф"_qs}),
              (QStringList{u"Ира"_qs, u"Іван"_qs, u"Йосіф"_qs, u"Уладзь"_qs, u"Ўладзь"_qs, u"Фама"_qs}));
    EXPECT_EQ(sorted({u"Ёж"_qs, u"Жук"_qs, u"Еўка"_qs, u"Ґанак"_qs, u"Гай"_qs, u"Дуб"_qs}),
              (QStringList{u"Гай"_qs, u"Ґанак"_qs, u"Дуб"_qs, u"Еўка"_qs, u"Ёж"_qs, u"Жук"_qs}));
    EXPECT_EQ(sorted({u"Яна"_qs, u"Эла"_qs, u"Юля"_qs, u"Ъ"_qs, u"Ыы"_qs, u"Ь"_qs}),
              (QStringList{u"Ъ"_qs, u"Ыы"_qs, u"Ь"_qs, u"Эла"_qs, u"Юля"_qs, u"Яна"_qs}));
    // A space before letters: the two-word name first; digits before letters.
    EXPECT_EQ(sorted({u"Annabel"_qs, u"Anna Maria"_qs, u"Anna"_qs, u"2nd"_qs}),
              (QStringList{u"2nd"_qs, u"Anna"_qs, u"Anna Maria"_qs, u"Annabel"_qs}));
}

TEST(SortKey, ScriptsComeInTheOrderOfTheLanguage)
{
    const QStringList names{u"Ціханоўская"_qs, u"Bialiatski"_qs, u""_qs,  u"Γεώργιος"_qs,
                            u"Алесь"_qs,       u"Kavalenka"_qs,  u"42"_qs};
    EXPECT_EQ(sortedFor(QLocale::English, names), (QStringList{u""_qs, u"42"_qs, u"Bialiatski"_qs, u"Kavalenka"_qs,
                                                               u"Алесь"_qs, u"Ціханоўская"_qs, u"Γεώργιος"_qs}));
    const QStringList cyrillicFirst{u""_qs,           u"42"_qs,        u"Алесь"_qs,   u"Ціханоўская"_qs,
                                    u"Bialiatski"_qs, u"Kavalenka"_qs, u"Γεώργιος"_qs};
    EXPECT_EQ(sortedFor(QLocale::Belarusian, names), cyrillicFirst);
    EXPECT_EQ(sortedFor(QLocale::Russian, names), cyrillicFirst);
}
