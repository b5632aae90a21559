#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace supolka {

// How a CSV file is (or should be) encoded and split.
struct CsvFormat
{
    // "UTF-8", "UTF-16LE", "UTF-16BE" or "Windows-1251"; empty when it is to be detected.
    QString encoding;
    bool bom = false;
    // ',', ';' or '\t'; a null QChar when it is to be detected.
    QChar delimiter;
};

// A problem found while reading, with where it is: 1-based line of the file, 1-based column (0 = whole record).
struct CsvIssue
{
    qint64 line = 0;
    int column = 0;
    QString message; // translated
};

// One record as read: its fields and the file line it starts on. A record with bytes that could not be decoded
// (or a character a program lost before, U+FFFD) carries the problem, with its line and first column; such fields
// hold U+FFFD where the bytes were.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
    CsvIssue problem;

    bool hasProblem() const { return problem.line > 0; }
};

// A whole file read at once (preview, small imports).
struct CsvTable
{
    CsvFormat format;
    QStringList header;
    QList<CsvRecord> records;
    // Non-fatal problems (a record with the wrong number of fields) and, when `failed`, the fatal one last.
    QList<CsvIssue> issues;
    bool failed = false;
};

// The export profiles: plain UTF-8 for other programs, or UTF-8 with a BOM that Excel reads as UTF-8.
enum class CsvProfile { Plain, Excel };

} // namespace supolka
