#pragma once

#include <optional>
#include <string>
#include <vector>

namespace supolka::bech32 {

// Bech32 (BIP 173), as age writes its keys: "age1…" recipients and "AGE-SECRET-KEY-1…" identities. Data is
// bytes, regrouped into 5-bit symbols. No length limit (age's identities exceed BIP 173's 90 characters).
std::string encode(const std::string &humanReadablePart, const std::vector<unsigned char> &data);

struct Decoded
{
    std::string humanReadablePart; // in lower case
    std::vector<unsigned char> data;
};
// Accepts all lower or all upper case; nullopt on a bad character, mixed case, a bad checksum or padding.
std::optional<Decoded> decode(const std::string &text);

} // namespace supolka::bech32
