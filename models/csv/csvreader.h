#pragma once

#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>

#include "models/core/result.h"
#include "models/csv/csvformat.h"

namespace supolka {

// A streaming RFC 4180 reader that also takes what real files hold (see DESIGN "CSV"): BOM, UTF-8, UTF-16LE/BE,
// Windows-1251 (decoded without ICU too), comma / semicolon / tab (detected from whole records), quoted delimiters
// and line breaks, CRLF / LF / CR, no final newline, lines of delimiters alone (blank).
// The encoding is decided by evidence: bytes whose multi-byte sequences are mostly valid UTF-8 are UTF-8 with
// damage; Windows-1251 only when they are not UTF-8 at all. A record holding bytes that cannot be decoded (or a
// U+FFFD of the file's own) carries that problem with line and column (CsvRecord::problem), and reading goes on.
// An unterminated quote stops the reader with an issue that says line and column.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    // `forced` fields that are set override detection. The device must be open for reading.
    explicit CsvReader(QIODevice *device, const CsvFormat &forced = {});
    ~CsvReader();

    // The format as detected. A file that is plain ASCII at the start reads as UTF-8 until its first other byte,
    // which may turn it into Windows-1251: ask again after reading.
    const CsvFormat &format() const;

    // Reads the next record; false at the end of the input or after a fatal error (see failed()).
    bool readRecord(CsvRecord &record);
    bool failed() const;
    // The fatal issue, when failed().
    const CsvIssue &error() const;
    // Bytes consumed so far, for progress.
    qint64 bytesRead() const;

private:
    class Private;
    Private *d;
};

// Windows-1251 decoded with Supolka's own table, the same on every Qt build (with or without ICU). Empty when a
// byte has no character in the code page (0x98).
std::optional<QString> decodeWindows1251(QByteArrayView bytes);

// Reads a whole file: header (first record), records, and per-record issues (wrong field count).
// Fails only when the file cannot be opened; a decoding/quoting error ends up in table.failed and table.issues.
// A 0-byte file is no failure: it reads as no header and no records. Issue columns are 1-based field numbers.
Result<CsvTable> readCsvFile(const QString &path, const CsvFormat &forced = {});
Result<CsvTable> readCsvDevice(QIODevice *device, const CsvFormat &forced = {});

} // namespace supolka
