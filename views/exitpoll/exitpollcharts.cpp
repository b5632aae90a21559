#include "views/exitpoll/exitpollcharts.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/optiontotals.h"
#include "models/exitpoll/stationtablemodel.h"
#include "views/common/charts.h"

namespace supolka {

namespace {

// Half the width of a whisker's caps, in stations.
constexpr double CapHalfWidth = 0.18;

QValueAxis *shareAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setMinorTickCount(1);
    axis->setLabelFormat(QStringLiteral("%.0f%"));
    return axis;
}

double percent(double share)
{
    return std::round(share * 1000.0) / 10.0;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

QScatterSeries *points(const QString &name, const QString &label, QScatterSeries::MarkerShape shape, const QColor &fill,
                       const QColor &border, double size)
{
    auto *series = new QScatterSeries;
    series->setObjectName(name);
    series->setName(label);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(fill);
    series->setBorderColor(border);
    return series;
}

QString countRange(const QList<int> &counts)
{
    if (counts.isEmpty())
        return QString();
    const auto [low, high] = std::minmax_element(counts.cbegin(), counts.cend());
    const QLocale locale;
    return *low == *high ? locale.toString(*low) : locale.toString(*low) + QChar(0x2013) + locale.toString(*high);
}

} // namespace

QColor ExitPollCharts::exitPollColor()
{
    return QColor(0x1a, 0x73, 0xe8);
}

QColor ExitPollCharts::flaggedColor()
{
    return QColor(0xd9, 0x30, 0x25);
}

void ExitPollCharts::fill(Kind kind, QChart *chart, const ExitPollAnalysis *analysis, const QString &option)
{
    if (kind == Kind::Stations)
        fillStations(chart, analysis, option);
    else
        fillTotals(chart, analysis);
}

void ExitPollCharts::fillStations(QChart *chart, const ExitPollAnalysis *analysis, const QString &option)
{
    Charts::reset(chart);
    if (!analysis || analysis->stations().isEmpty() || option.isEmpty())
        return;
    // By number, as the table sorts them.
    QList<const StationAnalysis *> stations;
    for (const StationAnalysis &station : analysis->stations())
        stations.append(&station);
    std::stable_sort(stations.begin(), stations.end(), [](const StationAnalysis *a, const StationAnalysis *b) {
        return StationTableModel::codeSortKey(a->station.code) < StationTableModel::codeSortKey(b->station.code);
    });
    const int count = int(stations.size());
    chart->setTitle(tr("%1 at each station: the exit poll with its 95% interval, and the official result").arg(option));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    auto *x = new QCategoryAxis;
    x->setStartValue(-0.5);
    for (int i = 0; i < count; ++i)
        x->append(stations.at(i)->station.code, i + 0.5);
    x->setRange(-0.5, count - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setGridLineVisible(false);
    // Qt Charts cuts a label to "…" when it is wider than its category: many stations get a smaller type, turned
    // upright and never cut, which keeps a station number ("118") whole at a laptop's width.
    if (count > 12) {
        QFont small = x->labelsFont();
        small.setPointSizeF(std::max(5.0, small.pointSizeF() * 0.8));
        x->setLabelsFont(small);
        x->setLabelsAngle(-90);
        x->setTruncateLabels(false);
    }
    x->setTitleText(tr("Polling station"));
    chart->addAxis(x, Qt::AlignBottom);
    QValueAxis *y = shareAxis();
    y->setTitleText(tr("Share"));
    chart->addAxis(y, Qt::AlignLeft);

    // A red band behind each flagged station: one step line over all stations, filled down to the axis.
    bool anyFlagged = false;
    auto *bandTop = new QLineSeries;
    bandTop->append(-0.5, 0);
    for (int i = 0; i < count; ++i) {
        const double height = stations.at(i)->flags.isEmpty() ? 0 : 100;
        anyFlagged = anyFlagged || height > 0;
        bandTop->append(i - 0.5, height);
        bandTop->append(i + 0.5, height);
    }
    bandTop->append(count - 0.5, 0);
    if (anyFlagged) {
        auto *band = new QAreaSeries(bandTop);
        bandTop->setParent(band);
        band->setObjectName(flaggedBandName());
        band->setName(tr("Flagged station"));
        QColor tint = flaggedColor();
        tint.setAlpha(40);
        band->setBrush(tint);
        band->setPen(Qt::NoPen);
        attach(chart, band, x, y);
    } else {
        delete bandTop;
    }

    QScatterSeries *exitPoll = points(exitPollPointsName(), tr("Exit poll, with its 95% interval"),
                                      QScatterSeries::MarkerShapeCircle, exitPollColor(), exitPollColor(), 9);
    // The official result in the chart's own ink: near black on a light chart, near white on a dark one.
    const QColor ink = Charts::textColour(chart);
    QScatterSeries *official =
        points(officialPointsName(), tr("Official"), QScatterSeries::MarkerShapeRectangle, ink, ink, 9);
    QScatterSeries *flaggedOfficial =
        points(flaggedOfficialPointsName(), tr("Official, flagged station"), QScatterSeries::MarkerShapeRectangle,
               flaggedColor(), flaggedColor().darker(150), 11);

    for (int i = 0; i < count; ++i) {
        const StationAnalysis &station = *stations.at(i);
        const bool flagged = !station.flags.isEmpty();
        const OptionShare share = station.shares.value(option);
        if (share.ciLow && share.ciHigh) {
            const double low = *share.ciLow * 100.0;
            const double high = *share.ciHigh * 100.0;
            auto *interval = new QLineSeries;
            interval->setObjectName(intervalName());
            interval->setName(station.station.code);
            interval->append({{i - CapHalfWidth, low},
                              {i + CapHalfWidth, low},
                              {double(i), low},
                              {double(i), high},
                              {i - CapHalfWidth, high},
                              {i + CapHalfWidth, high}});
            QPen pen(flagged ? flaggedColor() : exitPollColor());
            pen.setWidthF(2.0);
            interval->setPen(pen);
            attach(chart, interval, x, y);
            hideFromLegend(chart, interval);
        }
        if (share.exitPoll)
            exitPoll->append(i, *share.exitPoll * 100.0);
        if (share.official)
            (flagged ? flaggedOfficial : official)->append(i, *share.official * 100.0);
    }
    for (QScatterSeries *series : {exitPoll, official, flaggedOfficial}) {
        if (series->count() == 0) {
            delete series;
            continue;
        }
        attach(chart, series, x, y);
    }
}

void ExitPollCharts::fillTotals(QChart *chart, const ExitPollAnalysis *analysis)
{
    Charts::reset(chart);
    if (!analysis || analysis->data().options.isEmpty())
        return;
    const QList<OptionTotals> totals = OptionTotals::compute(*analysis);
    const ElectionTotals &all = analysis->totals();
    const QLocale locale;
    chart->setTitle(tr("All stations: the exit poll pooled, and the official totals"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    // The options from the top down, their names whole on the left; what each set rests on in the legend.
    QStringList categories;
    QList<int> officialStations;
    const bool anyOfficial =
        std::any_of(totals.cbegin(), totals.cend(), [](const OptionTotals &t) { return t.officialShare.has_value(); });
    auto *exitPoll =
        new QBarSet(tr("Exit poll: %1 respondents named an option, pooled over %n station(s)", "", all.exitPollStations)
                        .arg(locale.toString(all.named)));
    exitPoll->setColor(ExitPollCharts::exitPollColor());
    // The labels stand beside the bars, on the chart's background: the theme's white would not show.
    exitPoll->setLabelColor(Charts::textColour(chart));
    auto *official = new QBarSet(QString());
    official->setColor(Charts::textColour(chart));
    official->setLabelColor(Charts::textColour(chart));
    for (auto t = totals.crbegin(); t != totals.crend(); ++t) {
        exitPoll->append(t->exitPollShare ? percent(*t->exitPollShare) : 0.0);
        official->append(t->officialShare ? percent(*t->officialShare) : 0.0);
        if (t->officialShare)
            officialStations.append(t->officialStations);
        // A bar of no length must not read as zero: the category says what is unknown.
        QString category = Charts::wrappedLabel(t->option);
        if (all.exitPollStations > 0 && !t->exitPollShare)
            category += QStringLiteral("<br>") + tr("exit poll unknown");
        if (!t->officialShare && anyOfficial)
            category += QStringLiteral("<br>") + tr("official unknown");
        categories.append(category);
    }
    official->setLabel(tr("Official: %1 ballots cast, over %2 protocols")
                           .arg(locale.toString(all.ballotsCast), countRange(officialStations)));

    auto *series = new QHorizontalBarSeries;
    // The exit poll first, above the official result of each option.
    if (anyOfficial)
        series->append(official);
    else
        delete official;
    if (all.exitPollStations > 0)
        series->append(exitPoll);
    else
        delete exitPoll;
    if (series->count() == 0) {
        delete series;
        chart->setTitle(tr("No exit poll and no official results yet"));
        return;
    }

    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    QValueAxis *x = shareAxis();
    x->setTitleText(tr("Share of the vote"));
    chart->addAxis(x, Qt::AlignBottom);
    attach(chart, series, x, y);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsVisible(true);
}

QSize ExitPollCharts::exportSize(Kind kind)
{
    return kind == Kind::Stations ? QSize(1800, 900) : QSize(1200, 800);
}

QImage ExitPollCharts::render(Kind kind, const ExitPollAnalysis &analysis, const QString &option, const QSize &size)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    Charts::markForPaper(chart);
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size);
    view.show();
    // The chart lays itself out through posted events, and places bar labels only once it has its size.
    QCoreApplication::sendPostedEvents();
    fill(kind, chart, &analysis, option);
    QCoreApplication::sendPostedEvents();
    QImage image = view.grab().toImage();
    view.hide();
    return image;
}

} // namespace supolka
