#pragma once

#include <optional>

#include <QString>

namespace supolka {

// libphonenumber's own answer to "is this a valid number?" (IsValidNumber) for a number given as its country
// calling code and national digits, worked out from the library's own metadata with the same rules, but through
// PCRE2 instead of ICU and without the library's locks: libphonenumber takes a lock for every pattern it looks up,
// so that however many threads ask, its checks run one at a time. An import of 100,000 phone numbers feels that.
class PhonePatterns final
{
public:
    // nullopt when the metadata cannot be read in this build (the caller then asks libphonenumber), and for
    // numbers the rules here do not cover (a national number starting with 0).
    static std::optional<bool> isValid(int callingCode, const QString &nationalDigits);
    // Whether this build reads the metadata at all.
    static bool isAvailable();
};

} // namespace supolka
