#pragma once

#include <memory>

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include "models/core/result.h"

namespace supolka {

class ExitPollAnalysis;

// The exit-poll report as a PDF for the secretariat and the press: the election, the totals with how many stations
// each rests on, the charts, the table of stations with their flags, what each flag rests on, and how to read the
// flags.
class ExitPollReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExitPollReportWriter)

public:
    struct Chart
    {
        QString caption;
        QImage image;
    };

    // The report as HTML, with the charts as images named chart0, chart1, ... (QTextDocument resources).
    static QString html(const std::shared_ptr<const ExitPollAnalysis> &analysis, const QString &option,
                        const QList<Chart> &charts);
    // Writes the PDF to `path` atomically: either the whole new file or the old one stays.
    static Status write(const QString &path, const std::shared_ptr<const ExitPollAnalysis> &analysis,
                        const QString &option, const QList<Chart> &charts);
};

} // namespace supolka
