// libFuzzer target: any bytes read as a sync bundle (a zip with a manifest). Built by the `fuzz` preset (Clang,
// AddressSanitizer and UndefinedBehaviorSanitizer); `.ci/run` runs it for 60 seconds.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "models/sync/bundle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("input.supolka"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const supolka::Result<supolka::Bundle> bundle = supolka::Bundle::read(path);
    // A bundle that reads holds what its manifest lists, checksums and all.
    if (bundle) {
        for (const supolka::BundleFile &f : bundle->manifest().files) {
            if (supolka::Bundle::sha256(bundle->file(f.name)) != f.sha256)
                __builtin_trap();
        }
    }
    return 0;
}
