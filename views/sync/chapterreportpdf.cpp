#include "views/sync/chapterreportpdf.h"

#include <algorithm>

#include <QDir>
#include <QFont>
#include <QFontMetrics>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include "models/core/timestamps.h"
#include "models/sync/chapterreport.h"

#include "models/core/shownformats.h"
#include "models/io/atomicfile.h"

namespace supolka {

namespace {

// What each section charts: the measure summed over chapters, by item.
const QList<QPair<QString, QString>> ChartedMeasures{
    {QStringLiteral("members_joined"), QStringLiteral("members")},
    {QStringLiteral("members_left"), QStringLiteral("members")},
    {QStringLiteral("events"), QStringLiteral("checked_in")},
    {QStringLiteral("cases_opened"), QStringLiteral("cases")},
    {QStringLiteral("cases_closed"), QStringLiteral("cases")},
    {QStringLiteral("payments"), QStringLiteral("amount_minor")},
    {QStringLiteral("exitpoll"), QStringLiteral("respondents")},
};

QString cell(const QString &text)
{
    return QStringLiteral("<td>") + text.toHtmlEscaped() + QStringLiteral("</td>");
}

} // namespace

QImage ChapterReportPdf::barChart(const QList<QPair<QString, qint64>> &values, int width)
{
    constexpr int BarHeight = 36;
    constexpr int Gap = 10;
    const int height = int(values.size()) * (BarHeight + Gap) + Gap;
    QImage image(width, std::max(height, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    if (values.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int labelWidth = width / 3;
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("0000000000"));
    const int barSpace = width - labelWidth - numberWidth - 3 * Gap;
    qint64 largest = 1;
    for (const auto &[label, value] : values)
        largest = std::max(largest, value);
    int y = Gap;
    const QLocale locale;
    for (const auto &[label, value] : values) {
        const QRect labelRect(Gap, y, labelWidth - Gap, BarHeight);
        painter.setPen(Qt::black);
        painter.drawText(
            labelRect, Qt::AlignVCenter | Qt::AlignRight,
            metrics.elidedText(label.isEmpty() ? tr("(unknown)") : label, Qt::ElideRight, labelRect.width()));
        const int length = int(double(std::max<qint64>(value, 0)) / double(largest) * barSpace);
        painter.fillRect(QRect(labelWidth + Gap, y + 4, std::max(length, 2), BarHeight - 8), QColor(0xb0, 0x1e, 0x23));
        painter.drawText(QRect(labelWidth + 2 * Gap + length, y, numberWidth, BarHeight), Qt::AlignVCenter,
                         locale.toString(value));
        y += BarHeight + Gap;
    }
    return image;
}

Status ChapterReportPdf::write(const ChapterReport &report, const QString &path)
{
    const QLocale locale;
    QTextDocument document;
    QString html = QStringLiteral("<html><body style=\"font-family: sans-serif;\">");
    const QString chapter = report.chapterName().isEmpty()
                                ? report.chapterCode()
                                : tr("%1 (%2)").arg(report.chapterName(), report.chapterCode());
    html += QStringLiteral("<h1>") + tr("Chapter report: %1").arg(chapter).toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p>") +
            tr("From %1 to %2. Made on %3.")
                .arg(locale.toString(report.from(), QLocale::LongFormat),
                     locale.toString(report.to(), QLocale::LongFormat), shown::dateTime(QDateTime::currentDateTime()))
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    if (report.chapters().size() > 1)
        html += QStringLiteral("<p>") +
                tr("Across %n chapters: %1.", nullptr, int(report.chapters().size()))
                    .arg(report.chapters().join(QStringLiteral(", ")))
                    .toHtmlEscaped() +
                QStringLiteral("</p>");

    QStringList sections;
    for (const ChapterReportLine &line : report.lines()) {
        if (!sections.contains(line.section))
            sections.append(line.section);
    }
    if (sections.isEmpty())
        html += QStringLiteral("<p>") + tr("Nothing happened in this period.").toHtmlEscaped() + QStringLiteral("</p>");
    int chartNumber = 0;
    for (const QString &section : std::as_const(sections)) {
        html += QStringLiteral("<h2>") + ChapterReport::sectionTitle(section).toHtmlEscaped() + QStringLiteral("</h2>");
        const auto charted = std::find_if(ChartedMeasures.cbegin(), ChartedMeasures.cend(),
                                          [&section](const auto &pair) { return pair.first == section; });
        if (charted != ChartedMeasures.cend()) {
            const QList<QPair<QString, qint64>> totals = report.totals(section, charted->second);
            if (!totals.isEmpty()) {
                const QUrl name(QStringLiteral("chart://%1").arg(++chartNumber));
                const QImage chart = barChart(totals, 1200);
                document.addResource(QTextDocument::ImageResource, name, chart);
                html += QStringLiteral("<p><img src=\"%1\" width=\"600\" height=\"%2\"></p>")
                            .arg(name.toString())
                            .arg(chart.height() * 600 / chart.width());
            }
        }
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
        for (const QString &title : {tr("Chapter"), tr("What"), tr("Detail"), tr("Measure"), tr("Value")})
            html += QStringLiteral("<th>") + title.toHtmlEscaped() + QStringLiteral("</th>");
        html += QStringLiteral("</tr>");
        for (const ChapterReportLine &line : report.lines()) {
            if (line.section != section)
                continue;
            html += QStringLiteral("<tr>") + cell(line.chapter.isEmpty() ? tr("all") : line.chapter) +
                    cell(line.item.isEmpty() ? tr("(unknown)") : line.item) + cell(line.detail) + cell(line.measure) +
                    cell(line.value) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);

    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(tr("Chapter report: %1").arg(chapter));
        writer.setCreator(QStringLiteral("Supolka"));
        QFont font = document.defaultFont();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.print(&writer);
    }
    return file.commit();
}

} // namespace supolka
