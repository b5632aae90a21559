#pragma once

class QChart;
class QChartView;
class QString;
class QValueAxis;
class QWidget;

namespace supolka {

// What every chart of the GUI shares: a view without animation or legend, and whole-number count axes.
class Charts final
{
public:
    static QChartView *makeView(QWidget *parent, const QString &objectName);
    // Removes the chart's series and axes, so that it can be filled anew.
    static void reset(QChart *chart);
    // A count axis from 0 with whole-number ticks: steps of 1, 2, 5, 10, 20, 50, ... and at most about six ticks.
    static QValueAxis *countAxis(int maximum);
};

} // namespace supolka
