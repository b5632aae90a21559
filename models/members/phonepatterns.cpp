#include "models/members/phonepatterns.h"

#include <list>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#ifdef SUPOLKA_PHONE_METADATA
#include <phonenumbers/phonemetadata.pb.h>

// The metadata libphonenumber is built with (its metadata.h, which the package does not install).
namespace i18n::phonenumbers {
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers
#endif

namespace supolka {

#ifdef SUPOLKA_PHONE_METADATA

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

// The metadata of every calling code, its regions in libphonenumber's order (the main country first).
struct Metadata
{
    PhoneMetadataCollection collection;
    std::map<int, std::vector<const PhoneMetadata *>> byCode;
};

const Metadata *metadata()
{
    static const std::unique_ptr<const Metadata> loaded = []() -> std::unique_ptr<const Metadata> {
        auto data = std::make_unique<Metadata>();
        if (!data->collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()))
            return nullptr;
        std::map<std::string, const PhoneMetadata *> byRegion;
        std::map<int, const PhoneMetadata *> nonGeographic;
        for (int i = 0; i < data->collection.metadata_size(); ++i) {
            const PhoneMetadata &region = data->collection.metadata(i);
            if (region.id() == "001")
                nonGeographic[region.country_code()] = &region;
            else
                byRegion[region.id()] = &region;
        }
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        std::set<int> codes;
        util->GetSupportedCallingCodes(&codes);
        for (const int code : codes) {
            std::list<std::string> regions;
            util->GetRegionCodesForCountryCallingCode(code, &regions);
            std::vector<const PhoneMetadata *> list;
            for (const std::string &region : regions) {
                const PhoneMetadata *found = nullptr;
                if (region == "001") {
                    const auto it = nonGeographic.find(code);
                    found = it == nonGeographic.end() ? nullptr : it->second;
                } else {
                    const auto it = byRegion.find(region);
                    found = it == byRegion.end() ? nullptr : it->second;
                }
                if (!found || found->country_code() != code)
                    return nullptr; // not the metadata this library was built with: ask the library instead
                list.push_back(found);
            }
            data->byCode.emplace(code, std::move(list));
        }
        return data;
    }();
    return loaded.get();
}

// Patterns compiled once per thread: a QRegularExpression is not to be shared between threads that match at once.
class Matcher
{
public:
    // libphonenumber's RegExp::FullMatch.
    bool fullMatch(const std::string &pattern, const QString &digits)
    {
        return compiled(pattern, true).match(digits).hasMatch();
    }
    // libphonenumber's RegExp::Consume: a match at the start.
    bool matchesStart(const std::string &pattern, const QString &digits)
    {
        return compiled(pattern, false).match(digits).hasMatch();
    }

private:
    const QRegularExpression &compiled(const std::string &pattern, bool whole)
    {
        auto &cache = whole ? m_whole : m_start;
        auto it = cache.find(&pattern);
        if (it == cache.end()) {
            const QString text = QString::fromStdString(pattern);
            QRegularExpression expression(whole ? QRegularExpression::anchoredPattern(text)
                                                : QStringLiteral("\\A(?:") + text + QLatin1Char(')'));
            expression.optimize();
            it = cache.emplace(&pattern, std::move(expression)).first;
        }
        return it->second;
    }

    // Keyed by the pattern's place in the metadata, which lives as long as the program.
    std::unordered_map<const std::string *, QRegularExpression> m_whole;
    std::unordered_map<const std::string *, QRegularExpression> m_start;
};

Matcher &matcher()
{
    thread_local Matcher perThread;
    return perThread;
}

// libphonenumber's IsNumberMatchingDesc.
bool matchesDesc(const PhoneNumberDesc &desc, const QString &digits)
{
    if (desc.possible_length_size() > 0) {
        bool possible = false;
        for (int i = 0; i < desc.possible_length_size() && !possible; ++i)
            possible = desc.possible_length(i) == digits.size();
        if (!possible)
            return false;
    }
    if (desc.national_number_pattern().empty())
        return false;
    return matcher().fullMatch(desc.national_number_pattern(), digits);
}

// libphonenumber's GetNumberTypeHelper(...) != UNKNOWN.
bool hasType(const PhoneMetadata &region, const QString &digits)
{
    if (!matchesDesc(region.general_desc(), digits))
        return false;
    for (const PhoneNumberDesc *desc :
         {&region.premium_rate(), &region.toll_free(), &region.shared_cost(), &region.voip(), &region.personal_number(),
          &region.pager(), &region.uan(), &region.voicemail(), &region.fixed_line()}) {
        if (matchesDesc(*desc, digits))
            return true;
    }
    return !region.same_mobile_and_fixed_line_pattern() && matchesDesc(region.mobile(), digits);
}

} // namespace

bool PhonePatterns::isAvailable()
{
    return metadata() != nullptr;
}

std::optional<bool> PhonePatterns::isValid(int callingCode, const QString &nationalDigits)
{
    const Metadata *data = metadata();
    if (!data || nationalDigits.isEmpty() || nationalDigits.startsWith(QLatin1Char('0')))
        return std::nullopt;
    const auto found = data->byCode.find(callingCode);
    if (found == data->byCode.end() || found->second.empty())
        return false;
    const std::vector<const PhoneMetadata *> &regions = found->second;
    // libphonenumber's GetRegionCodeForNumber, then IsValidNumberForRegion.
    const PhoneMetadata *chosen = nullptr;
    if (regions.size() == 1) {
        chosen = regions.front();
    } else {
        for (const PhoneMetadata *region : regions) {
            if (region->has_leading_digits()) {
                if (matcher().matchesStart(region->leading_digits(), nationalDigits)) {
                    chosen = region;
                    break;
                }
            } else if (hasType(*region, nationalDigits)) {
                chosen = region;
                break;
            }
        }
    }
    return chosen && hasType(*chosen, nationalDigits);
}

#else

bool PhonePatterns::isAvailable()
{
    return false;
}

std::optional<bool> PhonePatterns::isValid(int, const QString &)
{
    return std::nullopt;
}

#endif

} // namespace supolka
