#include <gtest/gtest.h>

#include "models/csv/csvreader.h"
#include "models/csv/csvvalues.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

CsvTable fixture(const QString &name)
{
    auto table = readCsvFile(test::dataPath(QStringLiteral("csv/") + name));
    EXPECT_TRUE(table.ok());
    return table.ok() ? table.value() : CsvTable{};
}

QDate date(const QString &text, CsvSource source = CsvSource::Unknown)
{
    const auto parsed = CsvValues::parseDate(text, source);
    EXPECT_TRUE(parsed.ok()) << text.toStdString() << ": " << parsed.error().toStdString();
    return parsed.ok() ? parsed.value() : QDate();
}

QString dateError(const QString &text, CsvSource source = CsvSource::Unknown)
{
    const auto parsed = CsvValues::parseDate(text, source);
    EXPECT_FALSE(parsed.ok()) << text.toStdString();
    return parsed.ok() ? QString() : parsed.error();
}

} // namespace

TEST(CsvValues, IsoDatesAndDateTimes)
{
    EXPECT_EQ(date(QStringLiteral("2024-03-01")), QDate(2024, 3, 1));
    EXPECT_EQ(date(QStringLiteral(" 2024-03-01 ")), QDate(2024, 3, 1));
    EXPECT_EQ(date(QStringLiteral("2021-05-05T04:43:00.000+03:00")), QDate(2021, 5, 5));
    EXPECT_EQ(date(QStringLiteral("2021-05-05T01:50:30")), QDate(2021, 5, 5));
    EXPECT_EQ(date(QStringLiteral("2021-05-05T01:50:30Z")), QDate(2021, 5, 5));
    EXPECT_EQ(date(QStringLiteral("2021-05-05 18:03:00")), QDate(2021, 5, 5));
    EXPECT_EQ(date(QStringLiteral("2021-05-05T23:59")), QDate(2021, 5, 5));
}

TEST(CsvValues, DottedDates)
{
    EXPECT_EQ(date(QStringLiteral("05.03.1985")), QDate(1985, 3, 5));
    EXPECT_EQ(date(QStringLiteral("5.3.1985")), QDate(1985, 3, 5));
    EXPECT_EQ(date(QStringLiteral("29.02.2020")), QDate(2020, 2, 29));
    EXPECT_EQ(date(QStringLiteral("01.09.2020 12:30")), QDate(2020, 9, 1));
}

TEST(CsvValues, EmptyIsUnknownNotAnError)
{
    const auto parsed = CsvValues::parseDate(QStringLiteral("  "), CsvSource::Unknown);
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed.value().isValid());
}

TEST(CsvValues, ImpossibleDatesAreErrors)
{
    EXPECT_TRUE(dateError(QStringLiteral("31.02.2020")).contains(QStringLiteral("31.02.2020")));
    dateError(QStringLiteral("29.02.2021"));
    dateError(QStringLiteral("2021-13-01"));
    dateError(QStringLiteral("2021-04-31"));
    dateError(QStringLiteral("2021-04-30T25:00"));
    dateError(QStringLiteral("2/30/2021"), CsvSource::GoogleForms);
}

TEST(CsvValues, SlashDatesOnlyFromProgramsThatWriteThem)
{
    const QString error = dateError(QStringLiteral("03/04/2021"));
    EXPECT_TRUE(error.contains(QStringLiteral("03/04/2021")));
    EXPECT_TRUE(error.contains(QStringLiteral("ambiguous")));
    EXPECT_TRUE(error.contains(QStringLiteral("dd.mm.yyyy")));
    dateError(QStringLiteral("03/04/2021"), CsvSource::CiviCrm);
    dateError(QStringLiteral("03/04/2021"), CsvSource::Canonical);

    EXPECT_EQ(date(QStringLiteral("03/04/2021"), CsvSource::GoogleForms), QDate(2021, 3, 4));
    EXPECT_EQ(date(QStringLiteral("3/14/2021 10:05:33"), CsvSource::GoogleForms), QDate(2021, 3, 14));
    EXPECT_EQ(date(QStringLiteral("3/5/21 18:02"), CsvSource::Eventbrite), QDate(2021, 3, 5));
    EXPECT_EQ(date(QStringLiteral("12/31/1999 11:59 PM"), CsvSource::Eventbrite), QDate(1999, 12, 31));
    // ISO and dotted dates are read from those programs too.
    EXPECT_EQ(date(QStringLiteral("2021-03-04"), CsvSource::GoogleForms), QDate(2021, 3, 4));
}

TEST(CsvValues, OtherTextIsNotADate)
{
    EXPECT_TRUE(dateError(QStringLiteral("March 4")).contains(QStringLiteral("March 4")));
    dateError(QStringLiteral("04.03.21"));
    dateError(QStringLiteral("2021/03/04"));
    dateError(QStringLiteral("20210304"));
}

TEST(CsvValues, DatesFromTheFixtures)
{
    const CsvTable google = fixture(QStringLiteral("google_forms.csv"));
    ASSERT_EQ(google.records.size(), 2);
    EXPECT_EQ(date(google.records[0].fields[0], CsvSource::GoogleForms), QDate(2021, 3, 14));
    EXPECT_EQ(date(google.records[0].fields[4], CsvSource::GoogleForms), QDate(1962, 9, 25));
    EXPECT_EQ(date(google.records[1].fields[4], CsvSource::GoogleForms), QDate(1990, 12, 1));

    const CsvTable eventbrite = fixture(QStringLiteral("eventbrite.csv"));
    ASSERT_EQ(eventbrite.records.size(), 2);
    EXPECT_EQ(date(eventbrite.records[1].fields[1], CsvSource::Eventbrite), QDate(2021, 3, 6));

    const CsvTable excel = fixture(QStringLiteral("excel_ru_cp1251.csv"));
    ASSERT_EQ(excel.records.size(), 3);
    EXPECT_EQ(date(excel.records[0].fields[4]), QDate(1985, 3, 5));
    EXPECT_EQ(date(excel.records[1].fields[9]), QDate(2020, 9, 1));

    const CsvTable kobo = fixture(QStringLiteral("kobo.csv"));
    ASSERT_EQ(kobo.records.size(), 2);
    EXPECT_EQ(date(kobo.records[0].fields[0], CsvSource::KoboToolbox), QDate(2021, 5, 5));
    EXPECT_EQ(date(kobo.records[1].fields[10], CsvSource::KoboToolbox), QDate(2021, 5, 6));
}

TEST(CsvValues, Booleans)
{
    for (const char16_t *yes : {u"1", u"true", u"TRUE", u"Yes", u"y", u"Да", u"так", u"x", u"X", u" yes "}) {
        const auto parsed = CsvValues::parseBool(QString::fromUtf16(yes));
        ASSERT_TRUE(parsed.ok()) << QString::fromUtf16(yes).toStdString();
        EXPECT_TRUE(parsed.value()) << QString::fromUtf16(yes).toStdString();
    }
    for (const char16_t *no : {u"0", u"false", u"No", u"N", u"нет", u"НЕ", u"", u"  "}) {
        const auto parsed = CsvValues::parseBool(QString::fromUtf16(no));
        ASSERT_TRUE(parsed.ok()) << QString::fromUtf16(no).toStdString();
        EXPECT_FALSE(parsed.value()) << QString::fromUtf16(no).toStdString();
    }
    for (const char16_t *other : {u"maybe", u"2", u"yes!", u"ага"}) {
        const auto parsed = CsvValues::parseBool(QString::fromUtf16(other));
        ASSERT_FALSE(parsed.ok()) << QString::fromUtf16(other).toStdString();
        EXPECT_TRUE(parsed.error().contains(QString::fromUtf16(other)));
    }

    const CsvTable excel = fixture(QStringLiteral("excel_ru_cp1251.csv"));
    ASSERT_EQ(excel.records.size(), 3);
    EXPECT_TRUE(CsvValues::parseBool(excel.records[0].fields[12]).value());  // "да"
    EXPECT_FALSE(CsvValues::parseBool(excel.records[1].fields[12]).value()); // "нет"
    EXPECT_TRUE(CsvValues::parseBool(excel.records[2].fields[12]).value());  // "так"
    const CsvTable civi = fixture(QStringLiteral("civicrm.csv"));
    ASSERT_EQ(civi.records.size(), 2);
    EXPECT_TRUE(CsvValues::parseBool(civi.records[0].fields[18]).value());  // Do Not Phone "1"
    EXPECT_FALSE(CsvValues::parseBool(civi.records[0].fields[17]).value()); // Do Not Email empty
}

TEST(CsvValues, ExcelTurnedThePhoneIntoANumber)
{
    const CsvTable excel = fixture(QStringLiteral("excel_ru_cp1251.csv"));
    ASSERT_EQ(excel.records.size(), 3);
    const QString damage = CsvValues::excelDamage(QStringLiteral("phone"), excel.records[0].fields[7]);
    EXPECT_TRUE(damage.contains(QStringLiteral("3,75291E+11"))) << damage.toStdString();
    EXPECT_TRUE(damage.contains(QStringLiteral("Excel")));
    EXPECT_FALSE(CsvValues::excelDamage(QStringLiteral("phone"), QStringLiteral("3.75291E+11")).isEmpty());
    EXPECT_FALSE(CsvValues::excelDamage(QStringLiteral("phone"), QStringLiteral("3.75291e11")).isEmpty());
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("phone"), excel.records[1].fields[7]).isEmpty());
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("phone"), QStringLiteral("+375 29 123-45-67")).isEmpty());
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("notes"), QStringLiteral("3,75291E+11")).isEmpty());
}

TEST(CsvValues, QuestionMarkInsideANameWord)
{
    const CsvTable excel = fixture(QStringLiteral("excel_ru_cp1251.csv"));
    ASSERT_EQ(excel.records.size(), 3);
    const QString damage = CsvValues::excelDamage(QStringLiteral("last_name"), excel.records[1].fields[1]);
    EXPECT_TRUE(damage.contains(QStringLiteral("Cichano?skaja"))) << damage.toStdString();
    for (const char *field : {"first_name", "middle_name", "full_name", "city"})
        EXPECT_FALSE(CsvValues::excelDamage(QString::fromUtf8(field), QStringLiteral("Mi?sk")).isEmpty()) << field;
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("last_name"), excel.records[0].fields[1]).isEmpty());
    // A letter lost at the start of a word ("Łukasz" in Windows-1251) counts too.
    EXPECT_FALSE(CsvValues::excelDamage(QStringLiteral("first_name"), QStringLiteral("?ukasz")).isEmpty());
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("full_name"), QStringLiteral("?")).isEmpty());
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("notes"), QStringLiteral("Why?Because")).isEmpty());
    // A link pasted into a cell is no damage.
    EXPECT_TRUE(
        CsvValues::excelDamage(QStringLiteral("city"), QStringLiteral("https://maps.example.org/place?name=Minsk"))
            .isEmpty());
    EXPECT_TRUE(
        CsvValues::excelDamage(QStringLiteral("full_name"), QStringLiteral("t.me/joinchat?invite=AbCd")).isEmpty());
    EXPECT_TRUE(CsvValues::excelDamage(QStringLiteral("last_name"), QStringLiteral("www.example.org/a?b")).isEmpty());
}
