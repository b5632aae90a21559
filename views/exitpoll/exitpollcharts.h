#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QChart;

namespace supolka {

class ExitPollAnalysis;

// The exit-poll charts, filled into a QChart on screen or drawn into an image for a file or a report.
//
// Per station: for one option, the exit-poll share with its 95% interval (a whisker) beside the official share
// (a square), flagged stations on a red band with their marks in red. Overall: per option, the pooled exit-poll
// share beside the official share, each saying on how many stations it rests.
class ExitPollCharts final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ExitPollCharts)

public:
    enum class Kind { Stations, Totals };

    // Object names of the series, for tests and for people reading the code.
    static QString flaggedBandName() { return QStringLiteral("flaggedBand"); }
    static QString exitPollPointsName() { return QStringLiteral("exitPollPoints"); }
    static QString officialPointsName() { return QStringLiteral("officialPoints"); }
    static QString flaggedOfficialPointsName() { return QStringLiteral("flaggedOfficialPoints"); }
    static QString intervalName() { return QStringLiteral("interval"); }

    static QColor exitPollColor();
    static QColor flaggedColor();

    // Replaces what `chart` shows. A null analysis leaves it empty.
    static void fillStations(QChart *chart, const ExitPollAnalysis *analysis, const QString &option);
    static void fillTotals(QChart *chart, const ExitPollAnalysis *analysis);
    static void fill(Kind kind, QChart *chart, const ExitPollAnalysis *analysis, const QString &option);

    // The chart drawn into an image of `size` pixels, apart from whatever is on screen.
    static QImage render(Kind kind, const ExitPollAnalysis &analysis, const QString &option, const QSize &size);
    // The size that suits the chart in files and reports.
    static QSize exportSize(Kind kind);
};

} // namespace supolka
