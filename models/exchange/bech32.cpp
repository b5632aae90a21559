#include "models/exchange/bech32.h"

#include <array>
#include <cctype>
#include <cstdint>

namespace supolka::bech32 {

namespace {

constexpr char Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

std::uint32_t polymod(const std::vector<unsigned char> &values)
{
    constexpr std::array<std::uint32_t, 5> Generator{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t checksum = 1;
    for (const unsigned char value : values) {
        const std::uint32_t top = checksum >> 25;
        checksum = (checksum & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= Generator[size_t(i)];
        }
    }
    return checksum;
}

std::vector<unsigned char> expand(const std::string &hrp)
{
    std::vector<unsigned char> out;
    for (const char c : hrp)
        out.push_back(static_cast<unsigned char>(c) >> 5);
    out.push_back(0);
    for (const char c : hrp)
        out.push_back(static_cast<unsigned char>(c) & 31);
    return out;
}

// Regroups bits: 8 to 5 with padding, or 5 to 8 refusing any padding that is not zeros.
std::optional<std::vector<unsigned char>> regroup(const std::vector<unsigned char> &in, int from, int to, bool pad)
{
    std::uint32_t accumulator = 0;
    int bits = 0;
    std::vector<unsigned char> out;
    const std::uint32_t mask = (1u << to) - 1;
    for (const unsigned char value : in) {
        if (value >> from)
            return std::nullopt;
        accumulator = accumulator << from | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push_back(static_cast<unsigned char>((accumulator >> bits) & mask));
        }
    }
    if (pad) {
        if (bits > 0)
            out.push_back(static_cast<unsigned char>((accumulator << (to - bits)) & mask));
    } else if (bits >= from || ((accumulator << (to - bits)) & mask) != 0) {
        return std::nullopt;
    }
    return out;
}

} // namespace

std::string encode(const std::string &humanReadablePart, const std::vector<unsigned char> &data)
{
    const std::vector<unsigned char> symbols = *regroup(data, 8, 5, true);
    std::vector<unsigned char> values = expand(humanReadablePart);
    values.insert(values.end(), symbols.begin(), symbols.end());
    values.insert(values.end(), 6, 0);
    const std::uint32_t checksum = polymod(values) ^ 1;
    std::string out = humanReadablePart + '1';
    for (const unsigned char symbol : symbols)
        out += Charset[symbol];
    for (int i = 0; i < 6; ++i)
        out += Charset[(checksum >> (5 * (5 - i))) & 31];
    return out;
}

std::optional<Decoded> decode(const std::string &text)
{
    bool lower = false;
    bool upper = false;
    for (const char c : text) {
        if (c < 33 || c > 126)
            return std::nullopt;
        lower = lower || std::islower(static_cast<unsigned char>(c));
        upper = upper || std::isupper(static_cast<unsigned char>(c));
    }
    if (lower && upper)
        return std::nullopt;
    std::string folded;
    for (const char c : text)
        folded += char(std::tolower(static_cast<unsigned char>(c)));
    const size_t separator = folded.rfind('1');
    if (separator == std::string::npos || separator == 0 || separator + 7 > folded.size())
        return std::nullopt;
    Decoded decoded;
    decoded.humanReadablePart = folded.substr(0, separator);
    std::vector<unsigned char> symbols;
    for (size_t i = separator + 1; i < folded.size(); ++i) {
        const char *found = std::char_traits<char>::find(Charset, 32, folded[i]);
        if (!found)
            return std::nullopt;
        symbols.push_back(static_cast<unsigned char>(found - Charset));
    }
    std::vector<unsigned char> values = expand(decoded.humanReadablePart);
    values.insert(values.end(), symbols.begin(), symbols.end());
    if (polymod(values) != 1)
        return std::nullopt;
    symbols.resize(symbols.size() - 6);
    auto data = regroup(symbols, 5, 8, false);
    if (!data)
        return std::nullopt;
    decoded.data = std::move(*data);
    return decoded;
}

} // namespace supolka::bech32
