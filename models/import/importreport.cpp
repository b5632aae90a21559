#include "models/import/importreport.h"

#include <algorithm>

#include <QSet>

#include "models/csv/csvwriter.h"

namespace supolka {

ImportProblem ImportProblem::ofRow(qint64 line, const QString &message, const QStringList &fields)
{
    ImportProblem problem;
    problem.line = line;
    problem.message = message;
    problem.fields = fields;
    return problem;
}

QString ImportProblem::text() const
{
    if (columnName.isEmpty())
        return message;
    return ImportProblems::tr("%1: %2", "a column's header, then what is wrong in it").arg(columnName, message);
}

QString asClause(const QString &message)
{
    return message.endsWith(QLatin1Char('.')) ? message.chopped(1) : message;
}

int ImportReport::rowsWithWarnings() const
{
    QSet<qint64> lines;
    for (const ImportProblem &warning : warnings)
        lines.insert(warning.line);
    return int(lines.size());
}

Status ImportProblems::writeCsv(const ImportReport &report, const QString &path)
{
    // Every cell of a row as it was read, those beyond the header too (a shifted row), so that nothing is lost when
    // the file is corrected and imported again.
    qsizetype cells = report.header.size();
    for (const QList<ImportProblem> *list : {&report.errors, &report.warnings}) {
        for (const ImportProblem &problem : *list)
            cells = std::max(cells, problem.fields.size());
    }
    QStringList header = report.header;
    for (qsizetype extra = 1; header.size() < cells; ++extra)
        header << tr("extra %1", "a column of the problems file for cells beyond the header").arg(extra);
    header << tr("line", "column of the problems file") << tr("column", "column of the problems file")
           << tr("problem", "column of the problems file") << tr("error", "column of the problems file");
    QList<QStringList> rows;
    rows.reserve(report.errors.size() + report.warnings.size());
    auto add = [&](const ImportProblem &problem, const QString &kind) {
        QStringList fields = problem.fields;
        while (fields.size() < cells)
            fields.append(QString());
        rows.append(fields << QString::number(problem.line) << problem.columnName << kind << problem.message);
    };
    for (const ImportProblem &problem : report.errors)
        add(problem, tr("rejected", "a row that was not imported"));
    for (const ImportProblem &problem : report.warnings)
        add(problem, tr("warning", "a row imported with a problem in a field"));
    return writeCsvFile(path, header, rows, CsvProfile::Excel);
}

} // namespace supolka
