#include "models/members/phonenormalizer.h"

#include <list>
#include <map>
#include <optional>
#include <set>
#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include "models/members/phonepatterns.h"

namespace supolka {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// libphonenumber's utility is a process-wide singleton whose const methods (Parse, IsValidNumber, Format) may be
// called from many threads at once: its regular-expression cache is guarded by a mutex.
const PhoneNumberUtil &util()
{
    static const PhoneNumberUtil *const instance = PhoneNumberUtil::GetInstance();
    return *instance;
}

QString regionOf(const PhoneNumber &number)
{
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return QString::fromStdString(region);
}

// "3,75291E+11": what a spreadsheet makes of a long number typed into a cell.
bool looksLikeSpreadsheetNumber(const QString &text)
{
    enum { Whole, Fraction, Exponent } part = Whole;
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            ++digits;
        } else if (part == Whole && digits > 0 && (c == QLatin1Char(',') || c == QLatin1Char('.'))) {
            part = Fraction;
            digits = 0;
        } else if (part == Fraction && digits > 0 && (c == QLatin1Char('E') || c == QLatin1Char('e')) &&
                   i + 1 < text.size() && text.at(i + 1) == QLatin1Char('+')) {
            part = Exponent;
            digits = 0;
            ++i;
        } else {
            return false;
        }
    }
    return part == Exponent && digits > 0;
}

// For each country calling code, the digits a national number may not start with on the quick path: 0 (a trunk
// prefix or a leading zero that libphonenumber keeps apart) and the first digit of each of its regions' national
// prefixes (8 in Belarus and Russia, 1 in North America, ...), which the full parser may strip.
const std::map<int, std::set<char>> &quickPathCodes()
{
    static const std::map<int, std::set<char>> codes = [] {
        std::map<int, std::set<char>> byCode;
        std::set<int> supported;
        util().GetSupportedCallingCodes(&supported);
        for (const int code : supported) {
            // Argentina, Brazil, Mexico and Colombia rewrite national numbers (mobile prefixes, carrier codes)
            // in ways that depend on more than the first digit: they always take the full parser.
            if (code == 54 || code == 55 || code == 52 || code == 57)
                continue;
            std::set<char> refused{'0'};
            std::list<std::string> regions;
            util().GetRegionCodesForCountryCallingCode(code, &regions);
            for (const std::string &region : regions) {
                std::string prefix;
                util().GetNddPrefixForRegion(region, true, &prefix);
                if (!prefix.empty())
                    refused.insert(prefix.front());
            }
            byCode.emplace(code, std::move(refused));
        }
        return byCode;
    }();
    return codes;
}

bool validByLibrary(int code, const std::string &national)
{
    PhoneNumber number;
    number.set_country_code(code);
    number.set_national_number(std::stoull(national));
    return util().IsValidNumber(number);
}

// The common case of a list, an international number with the usual separators ("+48 600 123 456",
// "+375 (29) 123-45-67"), checked without the full parser: about a third of the cost. Anything else, and any number
// this does not find valid, goes through Parse, which also says what is wrong.
std::optional<QString> quickE164(const QString &text)
{
    constexpr qsizetype MaxDigits = 15; // E.164
    if (!text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    char digits[MaxDigits + 1];
    qsizetype count = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9') {
            if (count == MaxDigits)
                return std::nullopt;
            digits[count++] = char(c);
        } else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')') {
            return std::nullopt;
        }
    }
    const auto &codes = quickPathCodes();
    int code = 0;
    for (qsizetype length = 1; length <= 3 && length < count; ++length) {
        code = code * 10 + (digits[length - 1] - '0');
        const auto found = codes.find(code);
        if (found == codes.end())
            continue;
        if (found->second.count(digits[length]) > 0)
            return std::nullopt;
        // libphonenumber's verdict, from its own metadata but without its locks where this build can read them.
        const std::optional<bool> valid =
            PhonePatterns::isValid(code, QString::fromLatin1(digits + length, count - length));
        if (valid ? !*valid : !validByLibrary(code, std::string(digits + length, size_t(count - length))))
            return std::nullopt;
        return QLatin1Char('+') + QLatin1String(digits, count);
    }
    return std::nullopt;
}

} // namespace

Result<QString> PhoneNormalizer::normalize(const QString &text, const QString &defaultRegion)
{
    if (std::optional<QString> quick = quickE164(text.trimmed()))
        return Result<QString>(std::move(*quick));
    return normalizeWithFullParse(text, defaultRegion);
}

Result<QString> PhoneNormalizer::normalizeWithFullParse(const QString &text, const QString &defaultRegion)
{
    using R = Result<QString>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("The phone number is empty."));
    if (looksLikeSpreadsheetNumber(trimmed)) {
        return R::failure(tr("The phone number “%1” was turned into a number by a spreadsheet and lost its last "
                             "digits. Format the column as text and enter it again.")
                              .arg(trimmed));
    }

    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error =
        util().Parse(trimmed.toStdString(), region.empty() ? std::string("ZZ") : region, &number);
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        if (region.empty() && !trimmed.startsWith(QLatin1Char('+')) && !trimmed.startsWith(QStringLiteral("00")))
            return R::failure(tr("The phone number “%1” has no country code: write it with + and the country code "
                                 "(+375 ...) or give the member's country.")
                                  .arg(trimmed));
        return R::failure(tr("The phone number “%1” starts with an unknown country code.").arg(trimmed));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return R::failure(tr("“%1” is not a phone number.").arg(trimmed));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return R::failure(tr("The phone number “%1” is too short.").arg(trimmed));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return R::failure(tr("The phone number “%1” is too long.").arg(trimmed));
    }

    if (!util().IsValidNumber(number)) {
        switch (util().IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return R::failure(tr("The phone number “%1” starts with an unknown country code.").arg(trimmed));
        case PhoneNumberUtil::TOO_SHORT:
            return R::failure(
                tr("The phone number “%1” has too few digits for a number in %2.").arg(trimmed, regionOf(number)));
        case PhoneNumberUtil::TOO_LONG:
            return R::failure(
                tr("The phone number “%1” has too many digits for a number in %2.").arg(trimmed, regionOf(number)));
        case PhoneNumberUtil::INVALID_LENGTH:
            return R::failure(tr("The phone number “%1” has the wrong number of digits for a number in %2.")
                                  .arg(trimmed, regionOf(number)));
        default:
            break;
        }
        const QString where = regionOf(number);
        if (where.isEmpty() || where == QStringLiteral("ZZ"))
            return R::failure(tr("The phone number “%1” is not a valid number.").arg(trimmed));
        return R::failure(tr("The phone number “%1” is not a valid number in %2: check the area or operator code.")
                              .arg(trimmed, where));
    }

    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return R(QString::fromStdString(e164));
}

QString PhoneNormalizer::formatInternational(const QString &e164)
{
    if (e164.isEmpty())
        return {};
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNormalizer::nationalDigits(const QString &e164)
{
    // Country calling codes are prefix-free, so the first one to match is the code; this avoids a full parse for
    // every search key written during an import.
    static const std::set<int> callingCodes = [] {
        std::set<int> codes;
        util().GetSupportedCallingCodes(&codes);
        return codes;
    }();
    if (!e164.startsWith(QLatin1Char('+')))
        return {};
    int code = 0;
    for (qsizetype i = 1; i < e164.size() && i <= 3; ++i) {
        const QChar c = e164.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        code = code * 10 + (c.unicode() - u'0');
        if (callingCodes.count(code) > 0)
            return e164.mid(i + 1);
    }
    return {};
}

} // namespace supolka
