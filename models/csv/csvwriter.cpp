#include "models/csv/csvwriter.h"

#include <algorithm>

#include <QDir>

#include "models/io/atomicfile.h"

namespace supolka {

namespace {

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r')
            return true;
    }
    return false;
}

void appendCell(QString &line, const QString &cell)
{
    if (!needsQuotes(cell)) {
        line += cell;
        return;
    }
    line += QLatin1Char('"');
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

bool startsLikeAFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString neutralizeFormula(const QString &cell)
{
    if (startsLikeAFormula(cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString restoreFormula(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && startsLikeAFormula(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

CsvWriter::CsvWriter(QIODevice *device, CsvProfile profile)
    : m_device(device)
{
    if (!m_device || !m_device->isWritable()) {
        m_ok = false;
        return;
    }
    if (profile == CsvProfile::Excel)
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_ok)
        return;
    QString line;
    line.reserve(fields.size() * 16);
    // Empty cells alone would be a blank line (or a line of delimiters alone), which readers skip: the first is
    // quoted.
    if (!fields.isEmpty() && std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.isEmpty(); }))
        line += QLatin1String("\"\"");
    bool first = true;
    for (const QString &field : fields) {
        if (!first)
            line += QLatin1Char(',');
        first = false;
        appendCell(line, neutralizeFormula(field));
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    m_ok = m_device->write(bytes) == bytes.size();
}

bool CsvWriter::ok() const
{
    return m_ok;
}

Status writeCsvFile(const QString &path, const QStringList &header, const QList<QStringList> &rows, CsvProfile profile)
{
    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return opened;
    CsvWriter writer(&file, profile);
    writer.writeRecord(header);
    for (const QStringList &row : rows) {
        if (!writer.ok())
            break;
        writer.writeRecord(row);
    }
    // A write that failed is kept by the file and reported by its commit, which then leaves the old file alone.
    return file.commit();
}

} // namespace supolka
