#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>

#include "models/core/result.h"

namespace supolka {

class ChapterReport;

// The chapter report as a PDF: a title page with the period and the chapters, then each section with a bar chart
// and its table. Needs a QGuiApplication (fonts); the command line makes one for it.
class ChapterReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ChapterReportPdf)

public:
    // Written atomically: the whole new file or the old one.
    static Status write(const ChapterReport &report, const QString &path);

    // A horizontal bar chart of labelled values, as the PDF shows it.
    static QImage barChart(const QList<QPair<QString, qint64>> &values, int width);
};

} // namespace supolka
