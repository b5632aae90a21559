// libFuzzer target: any bytes opened as a sealed bundle: the age header and its stanzas, the STREAM chunks, and
// the zip inside. The identity is a throwaway one made for the fuzzer (tests/data/fuzz/sealed/identity.txt), to
// which the seed is sealed, so that mutations of the seed reach past the header.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "models/exchange/age.h"
#include "models/sync/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::optional<supolka::age::Identity> identity = supolka::age::Identity::parse(
        QStringLiteral("AGE-SECRET-KEY-1C628V85MD0UQFWSA4LLAU4Z55XWPE930H3TL2753NQX3TND4J55QX6WP0R"));
    if (!identity)
        __builtin_trap();
    const QByteArray file = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const supolka::Result<QByteArray> opened = supolka::age::Codec::decrypt(file, *identity);
    if (!opened)
        return 0;
    // Whatever opens is what was sealed: sealing it again and opening gives the same bytes.
    const supolka::Result<QByteArray> again = supolka::age::Codec::encrypt(opened.value(), {identity->recipient()});
    if (!again || supolka::age::Codec::decrypt(again.value(), *identity).value_or({}) != opened.value())
        __builtin_trap();
    const supolka::Result<supolka::Bundle> bundle = supolka::Bundle::fromBytes(opened.value(), QStringLiteral("input"));
    (void)bundle;
    return 0;
}
