#include <gtest/gtest.h>

#include "models/text/countries.h"

using namespace supolka;

namespace {

QString code(const char16_t *text)
{
    return countries::codeFromText(QString::fromUtf16(text));
}

QString language(const char16_t *text)
{
    return countries::languageCodeFromText(QString::fromUtf16(text));
}

} // namespace

TEST(Countries, CodesInAnyCase)
{
    EXPECT_EQ(code(u"PL"), QStringLiteral("PL"));
    EXPECT_EQ(code(u"pl"), QStringLiteral("PL"));
    EXPECT_EQ(code(u" lt "), QStringLiteral("LT"));
    EXPECT_EQ(code(u"UK"), QStringLiteral("GB"));
    EXPECT_TRUE(code(u"ZZ").isEmpty());
    EXPECT_TRUE(code(u"").isEmpty());
    EXPECT_TRUE(code(u"Atlantis").isEmpty());
}

TEST(Countries, NamesInBelarusianRussianAndEnglish)
{
    EXPECT_EQ(code(u"Poland"), QStringLiteral("PL"));
    EXPECT_EQ(code(u"Польша"), QStringLiteral("PL"));
    EXPECT_EQ(code(u"Польшча"), QStringLiteral("PL"));
    EXPECT_EQ(code(u"ПОЛЬША"), QStringLiteral("PL"));
    EXPECT_EQ(code(u"Lithuania"), QStringLiteral("LT"));
    EXPECT_EQ(code(u"Литва"), QStringLiteral("LT"));
    EXPECT_EQ(code(u"Літва"), QStringLiteral("LT"));
    EXPECT_EQ(code(u"Германия"), QStringLiteral("DE"));
    EXPECT_EQ(code(u"Нямеччына"), QStringLiteral("DE"));
    EXPECT_EQ(code(u"Вялікабрытанія"), QStringLiteral("GB"));
    EXPECT_EQ(code(u"Great Britain"), QStringLiteral("GB"));
    EXPECT_EQ(code(u"ЗША"), QStringLiteral("US"));
    EXPECT_EQ(code(u"США"), QStringLiteral("US"));
    EXPECT_EQ(code(u"U.S.A."), QStringLiteral("US"));
    EXPECT_EQ(code(u"Белоруссия"), QStringLiteral("BY"));
    EXPECT_EQ(code(u"Беларусь"), QStringLiteral("BY"));
    EXPECT_EQ(code(u"Ізраіль"), QStringLiteral("IL"));
    EXPECT_EQ(code(u"Аўстралія"), QStringLiteral("AU"));
    EXPECT_EQ(code(u"Канада"), QStringLiteral("CA"));
    EXPECT_EQ(code(u"Сан-Марино"), QStringLiteral("SM"));
    EXPECT_EQ(code(u"Кыргызстан"), QStringLiteral("KG"));
    EXPECT_EQ(code(u"Узбекістан"), QStringLiteral("UZ"));
}

TEST(Countries, NativeNamesOfNeighbours)
{
    EXPECT_EQ(code(u"Polska"), QStringLiteral("PL"));
    EXPECT_EQ(code(u"Lietuva"), QStringLiteral("LT"));
    EXPECT_EQ(code(u"Latvija"), QStringLiteral("LV"));
    EXPECT_EQ(code(u"Eesti"), QStringLiteral("EE"));
    EXPECT_EQ(code(u"Deutschland"), QStringLiteral("DE"));
    EXPECT_EQ(code(u"Česko"), QStringLiteral("CZ"));
    EXPECT_EQ(code(u"Česká republika"), QStringLiteral("CZ"));
    EXPECT_EQ(code(u"Cesko"), QStringLiteral("CZ"));
    EXPECT_EQ(code(u"Україна"), QStringLiteral("UA"));
    EXPECT_EQ(code(u"Sverige"), QStringLiteral("SE"));
    EXPECT_EQ(code(u"Suomi"), QStringLiteral("FI"));
    EXPECT_EQ(code(u"Österreich"), QStringLiteral("AT"));
    EXPECT_EQ(code(u"საქართველო"), QStringLiteral("GE"));
}

TEST(Countries, EveryEuropeanAndFormerSovietCountryHasThreeNames)
{
    const char *required[] = {"AL", "AD", "AM", "AT", "AZ", "BY", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
                              "FR", "GE", "DE", "GR", "HU", "IS", "IE", "IT", "KZ", "XK", "LV", "LI", "LT", "LU", "MT",
                              "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "RU", "SM", "RS", "SK", "SI", "ES",
                              "SE", "CH", "TR", "UA", "GB", "VA", "KG", "TJ", "TM", "UZ", "US", "CA", "IL", "AU"};
    for (const char *c : required) {
        const QString iso = QString::fromLatin1(c);
        EXPECT_TRUE(countries::isKnownCode(iso)) << c;
        const QString be = countries::name(iso, QStringLiteral("be"));
        const QString ru = countries::name(iso, QStringLiteral("ru"));
        const QString en = countries::name(iso, QStringLiteral("en"));
        EXPECT_NE(be, iso) << c;
        EXPECT_NE(ru, iso) << c;
        EXPECT_NE(en, iso) << c;
        EXPECT_NE(be, en) << c;
        // Each name leads back to the code.
        EXPECT_EQ(countries::codeFromText(be), iso) << c;
        EXPECT_EQ(countries::codeFromText(ru), iso) << c;
        EXPECT_EQ(countries::codeFromText(en), iso) << c;
    }
}

TEST(Countries, NamesAndFallbacks)
{
    EXPECT_EQ(countries::name(QStringLiteral("LT"), QStringLiteral("be")), QStringLiteral("Літва"));
    EXPECT_EQ(countries::name(QStringLiteral("lt"), QStringLiteral("ru")), QStringLiteral("Литва"));
    EXPECT_EQ(countries::name(QStringLiteral("LT"), QStringLiteral("en")), QStringLiteral("Lithuania"));
    EXPECT_EQ(countries::name(QStringLiteral("LT"), QStringLiteral("pl")), QStringLiteral("Lithuania"));
    EXPECT_EQ(countries::name(QStringLiteral("ZZ"), QStringLiteral("be")), QStringLiteral("ZZ"));

    // Countries beyond the table come from QLocale, with English names everywhere.
    EXPECT_TRUE(countries::isKnownCode(QStringLiteral("JP")));
    EXPECT_EQ(countries::name(QStringLiteral("JP"), QStringLiteral("be")), QStringLiteral("Japan"));
    EXPECT_EQ(code(u"Japan"), QStringLiteral("JP"));
    EXPECT_EQ(code(u"brazil"), QStringLiteral("BR"));
    EXPECT_FALSE(countries::isKnownCode(QStringLiteral("EU")));

    const QList<QString> all = countries::allCodes();
    EXPECT_GT(all.size(), 240);
    EXPECT_TRUE(std::is_sorted(all.cbegin(), all.cend()));
    EXPECT_TRUE(all.contains(QStringLiteral("BY")));
    for (const QString &c : all)
        EXPECT_EQ(c.size(), 2) << c.toStdString();
}

TEST(Countries, LanguageCodes)
{
    const char *required[] = {"be", "ru", "uk", "pl", "lt", "lv", "et", "en", "de", "fr", "es",
                              "it", "cs", "sk", "sv", "fi", "no", "da", "nl", "he", "ka"};
    for (const char *c : required) {
        const QString iso = QString::fromLatin1(c);
        EXPECT_TRUE(countries::isKnownLanguage(iso)) << c;
        const QString be = countries::languageName(iso, QStringLiteral("be"));
        const QString ru = countries::languageName(iso, QStringLiteral("ru"));
        const QString en = countries::languageName(iso, QStringLiteral("en"));
        EXPECT_NE(be, en) << c;
        EXPECT_NE(ru, en) << c;
        EXPECT_EQ(countries::languageCodeFromText(be), iso) << c;
        EXPECT_EQ(countries::languageCodeFromText(ru), iso) << c;
        EXPECT_EQ(countries::languageCodeFromText(en), iso) << c;
    }
    EXPECT_EQ(countries::languageName(QStringLiteral("be"), QStringLiteral("be")), QStringLiteral("беларуская"));
    EXPECT_EQ(countries::languageName(QStringLiteral("BE"), QStringLiteral("ru")), QStringLiteral("белорусский"));
    EXPECT_EQ(countries::languageName(QStringLiteral("be"), QStringLiteral("en")), QStringLiteral("Belarusian"));
    EXPECT_EQ(countries::languageName(QStringLiteral("xx"), QStringLiteral("en")), QStringLiteral("xx"));

    EXPECT_EQ(language(u"PL"), QStringLiteral("pl"));
    EXPECT_EQ(language(u"be_BY"), QStringLiteral("be"));
    EXPECT_EQ(language(u"Белорусский язык"), QStringLiteral("be"));
    EXPECT_EQ(language(u"беларуская мова"), QStringLiteral("be"));
    EXPECT_EQ(language(u"Polski"), QStringLiteral("pl"));
    EXPECT_EQ(language(u"Deutsch"), QStringLiteral("de"));
    EXPECT_EQ(language(u"English language"), QStringLiteral("en"));
    EXPECT_EQ(language(u"Українська"), QStringLiteral("uk"));
    EXPECT_EQ(language(u"Иврит"), QStringLiteral("he"));
    EXPECT_TRUE(language(u"Klingon").isEmpty());
    EXPECT_TRUE(language(u"").isEmpty());

    const QList<QString> all = countries::allLanguageCodes();
    EXPECT_TRUE(std::is_sorted(all.cbegin(), all.cend()));
    EXPECT_TRUE(all.contains(QStringLiteral("ka")));
}
