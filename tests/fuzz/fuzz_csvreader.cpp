// libFuzzer target: any bytes through the CSV reader, with encoding detection, as an import reads a file. Built by
// the `fuzz` preset (Clang, AddressSanitizer and UndefinedBehaviorSanitizer); `.ci/run` runs it for 60 seconds.
#include <cstddef>
#include <cstdint>

#include <QBuffer>
#include <QByteArray>

#include "models/csv/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const supolka::Result<supolka::CsvTable> table = supolka::readCsvDevice(&buffer);
    if (table) {
        // Every record's problem, if any, points into the record.
        for (const supolka::CsvRecord &record : table->records) {
            if (record.hasProblem() && (record.problem.column < 0 || record.problem.line < 1))
                __builtin_trap();
        }
    }
    return 0;
}
