// Dates as people read them: a four-digit year in every language, and in English the order of the region, so that
// an English UI in Warsaw never shows 12/7/26 for the 7th of December.
#include <gtest/gtest.h>

#include "models/core/shownformats.h"

using namespace supolka;

namespace {

const QDate Day(2026, 12, 7);
const QTime Evening(18, 5, 42);

QString dateIn(const QLocale &ui, const QLocale &region)
{
    return ui.toString(Day, shown::dateFormat(ui, region));
}

} // namespace

TEST(ShownFormats, FourDigitYearsInEveryLanguage)
{
    const QLocale belarusian(QLocale::Belarusian, QLocale::Belarus);
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    EXPECT_EQ(dateIn(belarusian, QLocale::c()), QStringLiteral("7.12.2026"));
    EXPECT_EQ(dateIn(russian, QLocale::c()), QStringLiteral("07.12.2026"));
    for (const QLocale &ui : {belarusian, russian, QLocale(QLocale::English, QLocale::UnitedStates)}) {
        for (const QLocale &region : {QLocale::c(), QLocale(QLocale::Polish, QLocale::Poland),
                                      QLocale(QLocale::English, QLocale::UnitedStates)}) {
            EXPECT_TRUE(dateIn(ui, region).contains(QStringLiteral("2026")))
                << ui.name().toStdString() << " in " << region.name().toStdString();
            EXPECT_FALSE(ui.toString(Evening, shown::timeFormat(ui, region)).contains(QStringLiteral("42")))
                << "no seconds";
        }
    }
}

TEST(ShownFormats, EnglishTakesTheRegionsOrderOfDayAndMonth)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(dateIn(english, QLocale(QLocale::Polish, QLocale::Poland)), QStringLiteral("7.12.2026"));
    EXPECT_EQ(dateIn(english, QLocale(QLocale::Lithuanian, QLocale::Lithuania)), QStringLiteral("2026-12-07"));
    EXPECT_EQ(dateIn(english, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("07.12.2026"));
    EXPECT_EQ(dateIn(english, QLocale(QLocale::English, QLocale::UnitedKingdom)), QStringLiteral("07/12/2026"));
    // An American region keeps its own order, with the whole year.
    EXPECT_EQ(dateIn(english, english), QStringLiteral("12/7/2026"));
    // No region (the C locale of a server, or of CI): the month by name, which nobody misreads.
    EXPECT_EQ(dateIn(english, QLocale::c()), QStringLiteral("7 Dec 2026"));
    EXPECT_EQ(english.toString(Evening, shown::timeFormat(english, QLocale(QLocale::Polish, QLocale::Poland))),
              QStringLiteral("18:05"));
    EXPECT_EQ(english.toString(Evening, shown::timeFormat(english, QLocale::c())), QStringLiteral("18:05"));
}
