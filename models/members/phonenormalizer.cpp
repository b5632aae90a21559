#include "models/members/phonenormalizer.h"

#include <set>
#include <string>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

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

} // namespace

Result<QString> PhoneNormalizer::normalize(const QString &text, const QString &defaultRegion)
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
