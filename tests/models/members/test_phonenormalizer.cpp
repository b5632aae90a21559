#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <list>
#include <random>
#include <set>
#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include "models/members/phonenormalizer.h"
#include "models/members/phonepatterns.h"

using namespace supolka;

namespace {

QString normalized(const char *text, const char *region)
{
    const Result<QString> result = PhoneNormalizer::normalize(QString::fromUtf8(text), QString::fromUtf8(region));
    EXPECT_TRUE(result.ok()) << text << ": " << result.error().toStdString();
    return result ? result.value() : QString();
}

QString errorOf(const char *text, const char *region)
{
    const Result<QString> result = PhoneNormalizer::normalize(QString::fromUtf8(text), QString::fromUtf8(region));
    EXPECT_FALSE(result.ok()) << text;
    return result.error();
}

} // namespace

TEST(PhoneNormalizer, InternationalNumbersOfSeveralCountries)
{
    EXPECT_EQ(normalized("+375 29 123-45-67", ""), QStringLiteral("+375291234567"));
    EXPECT_EQ(normalized("+48 601 234 567", "BY"), QStringLiteral("+48601234567"));
    EXPECT_EQ(normalized("+370 612 34567", ""), QStringLiteral("+37061234567"));
    EXPECT_EQ(normalized("+49 30 12345678", ""), QStringLiteral("+493012345678"));
    EXPECT_EQ(normalized("+1 (201) 555-0123", ""), QStringLiteral("+12015550123"));
    EXPECT_EQ(normalized("00375291234567", "PL"), QStringLiteral("+375291234567"));
}

TEST(PhoneNormalizer, NationalFormatsUseTheRegion)
{
    EXPECT_EQ(normalized("8 029 1234567", "BY"), QStringLiteral("+375291234567"));
    EXPECT_EQ(normalized("601-234-567", "PL"), QStringLiteral("+48601234567"));
    EXPECT_EQ(normalized("8 612 34567", "LT"), QStringLiteral("+37061234567"));
    EXPECT_EQ(normalized("030 12345678", "de"), QStringLiteral("+493012345678"));
    EXPECT_EQ(normalized("(201) 555-0123", "US"), QStringLiteral("+12015550123"));
}

TEST(PhoneNormalizer, GarbageSaysWhy)
{
    EXPECT_TRUE(errorOf("", "BY").contains(QStringLiteral("empty")));
    EXPECT_TRUE(errorOf("call me", "BY").contains(QStringLiteral("not a phone number")));
    EXPECT_TRUE(errorOf("+375 29 12", "").contains(QStringLiteral("digits")));
    EXPECT_TRUE(errorOf("+375 29 123 45 67 89 01", "").contains(QStringLiteral("digits")));
    EXPECT_TRUE(errorOf("+999 123 456 789", "").contains(QStringLiteral("unknown country code")));
    EXPECT_TRUE(errorOf("601234567", "").contains(QStringLiteral("no country code")));
    EXPECT_TRUE(errorOf("3,75291E+11", "BY").contains(QStringLiteral("spreadsheet")));
    EXPECT_TRUE(errorOf("4.86012e+10", "").contains(QStringLiteral("spreadsheet")));
    EXPECT_FALSE(errorOf("E+375", "BY").contains(QStringLiteral("spreadsheet")));
}

TEST(PhoneNormalizer, FormatsForDisplayAndSearch)
{
    EXPECT_EQ(PhoneNormalizer::formatInternational(QStringLiteral("+375291234567")),
              QStringLiteral("+375 29 123-45-67"));
    EXPECT_EQ(PhoneNormalizer::nationalDigits(QStringLiteral("+375291234567")), QStringLiteral("291234567"));
    EXPECT_TRUE(PhoneNormalizer::formatInternational(QString()).isEmpty());
}

TEST(PhoneNormalizer, CostPerNumber)
{
    constexpr int Count = 5000;
    int valid = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < Count; ++i) {
        const QString text = QStringLiteral("8 029 %1").arg(1000000 + i);
        if (PhoneNormalizer::normalize(text, QStringLiteral("BY")))
            ++valid;
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(valid, Count);
    std::printf("phone normalization: %.2f us per number (one thread)\n",
                double(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) / 1000.0 / Count);
}

TEST(PhoneNormalizer, SafeFromManyThreadsAtOnce)
{
    const std::vector<std::pair<const char *, const char *>> cases{
        {"8 029 1234567", "+375291234567"}, {"601-234-567", "+48601234567"}, {"8 612 34567", "+37061234567"}};
    const std::vector<const char *> regions{"BY", "PL", "LT"};
    std::atomic<int> wrong{0};
    std::atomic<qint64> nanoseconds{0};
    constexpr int PerThread = 2000;
    const unsigned threadCount = std::max(4u, std::thread::hardware_concurrency());
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            const auto start = std::chrono::steady_clock::now();
            for (int i = 0; i < PerThread; ++i) {
                const size_t which = (t + size_t(i)) % cases.size();
                const Result<QString> result = PhoneNormalizer::normalize(QString::fromUtf8(cases[which].first),
                                                                          QString::fromUtf8(regions[which]));
                if (!result || result.value() != QString::fromUtf8(cases[which].second))
                    ++wrong;
            }
            nanoseconds +=
                std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start).count();
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(wrong.load(), 0);
    std::printf("phone normalization: %.2f us per number (per thread, %u threads)\n",
                double(nanoseconds.load()) / 1000.0 / (PerThread * threadCount), threadCount);
}

namespace {

// normalize() takes a quick path for plain international numbers; it must give what the full parser gives.
void expectSameAsFullParse(const QString &text, int &quickValid)
{
    const Result<QString> quick = PhoneNormalizer::normalize(text, QString());
    const Result<QString> full = PhoneNormalizer::normalizeWithFullParse(text, QString());
    ASSERT_EQ(bool(quick), bool(full)) << text.toStdString();
    if (quick) {
        EXPECT_EQ(quick.value().toStdString(), full.value().toStdString()) << text.toStdString();
        ++quickValid;
    } else {
        EXPECT_EQ(quick.error().toStdString(), full.error().toStdString()) << text.toStdString();
    }
}

} // namespace

TEST(PhoneNormalizer, QuickPathAgreesWithTheFullParserOnEveryRegionsExamples)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    ASSERT_GT(regions.size(), 200u);
    int valid = 0;
    for (const std::string &region : regions) {
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                                PhoneNumberUtil::VOIP, PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::UAN}) {
            PhoneNumber example;
            if (!util->GetExampleNumberForType(region, type, &example))
                continue;
            for (const auto format : {PhoneNumberUtil::INTERNATIONAL, PhoneNumberUtil::E164}) {
                std::string text;
                util->Format(example, format, &text);
                expectSameAsFullParse(QString::fromStdString(text), valid);
            }
        }
    }
    EXPECT_GT(valid, 500);
}

TEST(PhoneNormalizer, QuickPathAgreesWithTheFullParserOnRandomNumbers)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    std::set<int> codes;
    PhoneNumberUtil::GetInstance()->GetSupportedCallingCodes(&codes);
    std::mt19937 random(20201);
    const char separators[] = {' ', '-', '.', ' '};
    int valid = 0;
    for (const int code : codes) {
        for (int i = 0; i < 150; ++i) {
            // National numbers of 4 to 13 digits, written with spaces, dashes, dots or brackets here and there.
            const int length = 4 + int(random() % 10);
            QString text = QStringLiteral("+%1").arg(code);
            for (int d = 0; d < length; ++d) {
                if (random() % 4 == 0)
                    text += QLatin1Char(separators[random() % 4]);
                text += QChar(u'0' + char16_t(random() % 10));
            }
            if (i % 10 == 0)
                text.insert(text.indexOf(QLatin1Char(' ')) + 1, QLatin1Char('(')).append(QLatin1Char(')'));
            expectSameAsFullParse(text, valid);
        }
    }
    // Enough of them are real numbers for the agreement to mean something.
    EXPECT_GT(valid, 1000);
}

TEST(PhoneNormalizer, QuickPathLeavesNationalPrefixesToTheFullParser)
{
    // "+375 8 029 ..." and "+48 0 601 ..." carry a national prefix libphonenumber may strip; "+1 1 ..." likewise.
    int valid = 0;
    for (const char *text : {"+375 8029 1234567", "+375 80 29 123 45 67", "+48 0601 234 567", "+44 (0)20 7946 0018",
                             "+7 8 812 123-45-67", "+1 1 202 555 0143", "+39 06 6982 1234", "+52 1 55 1234 5678",
                             "+54 9 11 2345 6789", "+55 11 91234 5678", "+370 8 612 34567"})
        expectSameAsFullParse(QString::fromLatin1(text), valid);
}

// The pattern check gives libphonenumber's own verdict, number for number: every region's example numbers of every
// type, and random national numbers of every calling code.
TEST(PhonePatterns, AgreeWithLibphonenumberOnEveryCallingCode)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
#ifdef SUPOLKA_PHONE_METADATA
    ASSERT_TRUE(PhonePatterns::isAvailable());
#endif
    if (!PhonePatterns::isAvailable())
        GTEST_SKIP() << "this build asks libphonenumber itself";
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    int checked = 0;
    int valid = 0;
    auto compare = [&](int code, const std::string &national) {
        PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(std::stoull(national));
        const std::optional<bool> ours = PhonePatterns::isValid(code, QString::fromStdString(national));
        ASSERT_TRUE(ours.has_value()) << "+" << code << " " << national;
        EXPECT_EQ(*ours, util->IsValidNumber(number)) << "+" << code << " " << national;
        ++checked;
        valid += *ours ? 1 : 0;
    };
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string &region : regions) {
        for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::TOLL_FREE,
                                PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
                                PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::UAN,
                                PhoneNumberUtil::VOICEMAIL}) {
            PhoneNumber example;
            if (!util->GetExampleNumberForType(region, type, &example) || example.italian_leading_zero())
                continue;
            compare(example.country_code(), std::to_string(example.national_number()));
        }
    }
    std::set<int> codes;
    util->GetSupportedCallingCodes(&codes);
    std::mt19937 random(375);
    for (const int code : codes) {
        for (int i = 0; i < 400; ++i) {
            std::string national(size_t(4 + random() % 10), '0');
            for (char &digit : national)
                digit = char('0' + random() % 10);
            national[0] = char('1' + random() % 9);
            compare(code, national);
        }
    }
    EXPECT_GT(checked, 80000);
    EXPECT_GT(valid, 3000);
    // A national number with a leading zero is left to libphonenumber.
    EXPECT_FALSE(PhonePatterns::isValid(39, QStringLiteral("0669821234")).has_value());
}
