#pragma once

class QChart;
class QColor;
class QDate;
class QChartView;
class QString;
class QValueAxis;
class QWidget;

namespace supolka {

// What every chart of the GUI shares: a view without animation (and by default without legend), numbers written
// in the UI language like the tables beside them ("90,0 %" in Belarusian), and whole-number count axes.
class Charts final
{
public:
    enum class Legend { Hidden, Shown };
    static QChartView *makeView(QWidget *parent, const QString &objectName, int minimumHeight = 260,
                                Legend legend = Legend::Hidden);
    // Removes the chart's series, axes and title, so that it can be filled anew, in the UI language and the light
    // or dark look as they are now.
    static void reset(QChart *chart);
    // A chart rendered to an image or paper: light whatever the screen's look.
    static void markForPaper(QChart *chart);
    // The colour of the chart's own texts (dark on a light chart, light on a dark one), for labels beside bars.
    static QColor textColour(const QChart *chart);
    // A count axis from 0 with whole-number ticks: steps of 1, 2, 5, 10, 20, 50, ... and at most about six ticks.
    static QValueAxis *countAxis(int maximum);
    // A month on a time axis, in the UI language with the year whole: "May 2026", "травень 2026", "май 2026" (the
    // standalone form, not the genitive "мая").
    static QString monthLabel(const QDate &month);
    // A category's name for an axis beside the bars: escaped for the chart's rich text, and broken between words
    // into lines of about `lineLength` characters, so that a long name ("documents, visa, asylum") is read whole
    // without taking half the chart's width.
    static QString wrappedLabel(const QString &name, int lineLength = 16);
};

} // namespace supolka
