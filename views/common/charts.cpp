#include "views/common/charts.h"

#include "views/common/theme.h"

#include <algorithm>

#include <QChart>
#include <QChartView>
#include <QColor>
#include <QDate>
#include <QLocale>
#include <QValueAxis>

namespace supolka {

namespace {
const char *const ForPaper = "supolkaForPaper";
}

QChartView *Charts::makeView(QWidget *parent, const QString &objectName, int minimumHeight, Legend legend)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    reset(chart);
    if (legend == Legend::Hidden)
        chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

void Charts::reset(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    // On screen the chart follows the light or dark palette; a chart made for a file or paper stays light.
    const QChart::ChartTheme theme =
        Theme::isDark() && !chart->property(ForPaper).toBool() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
}

void Charts::markForPaper(QChart *chart)
{
    chart->setProperty(ForPaper, true);
}

QColor Charts::textColour(const QChart *chart)
{
    return chart->titleBrush().color();
}

QString Charts::monthLabel(const QDate &month)
{
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
           QString::number(month.year());
}

QString Charts::wrappedLabel(const QString &name, int lineLength)
{
    QStringList lines;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= lineLength)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QValueAxis *Charts::countAxis(int maximum)
{
    const int top = std::max(1, maximum);
    int step = 1;
    for (int magnitude = 1;; magnitude *= 10) {
        if (top <= 5 * magnitude) {
            step = magnitude;
            break;
        }
        if (top <= 10 * magnitude) {
            step = 2 * magnitude;
            break;
        }
        if (top <= 25 * magnitude) {
            step = 5 * magnitude;
            break;
        }
    }
    const int ticks = (top + step - 1) / step;
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
    return axis;
}

} // namespace supolka
