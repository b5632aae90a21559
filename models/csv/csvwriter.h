#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include "models/core/result.h"
#include "models/csv/csvformat.h"

namespace supolka {

// RFC 4180 writer: UTF-8 (with a BOM for the Excel profile), CRLF, quotes only where needed, and cells a
// spreadsheet would run as a formula neutralized.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CsvWriter)

public:
    CsvWriter(QIODevice *device, CsvProfile profile);
    void writeRecord(const QStringList &fields);
    bool ok() const;

private:
    QIODevice *m_device;
    bool m_ok = true;
};

// A cell that starts with =, +, -, @, tab or CR gets a leading apostrophe.
QString neutralizeFormula(const QString &cell);
// The reverse, for reading back what Supolka wrote: an apostrophe before one of those characters is taken off.
QString restoreFormula(const QString &cell);

// Writes header + rows to `path` atomically (QSaveFile): either the whole new file or the old one stays.
Status writeCsvFile(const QString &path, const QStringList &header, const QList<QStringList> &rows, CsvProfile profile);

} // namespace supolka
