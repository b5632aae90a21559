#include "views/exitpoll/exitpollreportwriter.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/optiontotals.h"
#include "models/exitpoll/stationfilterproxy.h"
#include "models/exitpoll/stationtablemodel.h"
#include "models/text/countries.h"
#include "views/common/uilanguage.h"

#include "models/io/atomicfile.h"

namespace supolka {

namespace {

// Width of a chart on a landscape A4 page within the 2 cm margins QTextDocument::print() keeps, in the document's
// pixels (1/96 inch).
constexpr int ChartWidth = 940;
constexpr int ChartHeight = 470;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString element(const char *tag, const QString &text, const QString &attributes = QString())
{
    const QString name = QLatin1String(tag);
    return QLatin1Char('<') + name + (attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes) +
           QLatin1Char('>') + text + QStringLiteral("</") + name + QLatin1Char('>');
}

QString shareOrUnknown(const std::optional<double> &share)
{
    return share ? StationTableModel::percentText(*share) : StationTableModel::unknownText();
}

const QList<ExitPollFlag::Kind> AllKinds{
    ExitPollFlag::Kind::OfficialOutsideCi, ExitPollFlag::Kind::VerifiedExceedsOfficial,
    ExitPollFlag::Kind::TurnoutExceedsObserved, ExitPollFlag::Kind::ProtocolSumMismatch};

} // namespace

QString ExitPollReportWriter::html(const std::shared_ptr<const ExitPollAnalysis> &analysis, const QString &option,
                                   const QList<Chart> &charts)
{
    const ExitPollAnalysis &a = *analysis;
    const ElectionTotals &t = a.totals();
    const QLocale locale;
    StationTableModel model;
    model.setAnalysis(analysis);
    model.setOption(option);
    StationFilterProxy sorted;
    sorted.setSourceModel(&model);
    sorted.sort(StationTableModel::Code, Qt::AscendingOrder);

    QString out =
        QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                       "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 14px; } h3 { font-size: 10pt; }"
                       "table { border-collapse: collapse; } th { background-color: #e8eaed; text-align: left; }"
                       "td, th { padding: 2px 4px; } td.number { text-align: right; white-space: nowrap; }"
                       "tr.flagged { background-color: #fce8e6; } table.stations { font-size: 8pt; }"
                       ".caption { color: #5f6368; } .unknown { color: #5f6368; }"
                       "</style></head><body>");
    out += element("h1", esc(tr("Exit poll report")));
    out +=
        element("p", esc(tr("Election: %1").arg(a.data().name)) + QStringLiteral("<br>") +
                         esc(tr("Option compared at each station: %1").arg(model.option())) + QStringLiteral("<br>") +
                         esc(tr("Made on %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat))));

    out += element("h2", esc(tr("Totals")));
    QStringList facts;
    facts.append(tr("Polling stations: %1; flagged: %2.")
                     .arg(locale.toString(a.stations().size()), locale.toString(t.flaggedStations)));
    facts.append(tr("Exit poll: %1 respondents at %n station(s), of whom %2 named an option.", "", t.exitPollStations)
                     .arg(locale.toString(t.respondents), locale.toString(t.named)));
    facts.append(tr("Official protocols published: %n.", "", t.officialStations));
    facts.append(
        tr("Ballots cast: %1, over %n station(s).", "", t.ballotsCastStations).arg(locale.toString(t.ballotsCast)));
    facts.append(tr("Registered voters: %1, over %n station(s).", "", t.registeredStations)
                     .arg(locale.toString(t.registeredVoters)));
    QString factList;
    for (const QString &fact : std::as_const(facts))
        factList += element("li", esc(fact));
    out += element("ul", factList);

    QString totalsTable = element("tr", element("th", esc(tr("Option"))) + element("th", esc(tr("Exit poll, pooled"))) +
                                            element("th", esc(tr("Stations"))) + element("th", esc(tr("Official"))) +
                                            element("th", esc(tr("Stations"))));
    for (const OptionTotals &total : OptionTotals::compute(a)) {
        const QString number = QStringLiteral("class=\"number\"");
        totalsTable += element(
            "tr", element("td", esc(total.option)) + element("td", esc(shareOrUnknown(total.exitPollShare)), number) +
                      element("td", esc(locale.toString(total.exitPollShare ? total.exitPollStations : 0)), number) +
                      element("td", esc(shareOrUnknown(total.officialShare)), number) +
                      element("td", esc(locale.toString(total.officialStations)), number));
    }
    out += element("table", totalsTable, QStringLiteral("border=\"1\" cellspacing=\"0\""));
    out += element("p",
                   esc(tr("The official share of an option is its votes over the ballots cast, at the stations "
                          "whose protocol gives both numbers.")),
                   QStringLiteral("class=\"caption\""));

    if (!charts.isEmpty()) {
        out += element("h2", esc(tr("Charts")));
        for (int i = 0; i < charts.size(); ++i) {
            const Chart &chart = charts.at(i);
            if (chart.image.isNull() || chart.image.width() == 0 || chart.image.height() == 0)
                continue;
            // As wide as the page allows, and low enough to leave room for its caption.
            const int width = std::min(ChartWidth, ChartHeight * chart.image.width() / chart.image.height());
            const int height = width * chart.image.height() / chart.image.width();
            out += element("p", QStringLiteral("<img src=\"chart%1\" width=\"%2\" height=\"%3\">")
                                    .arg(QString::number(i), QString::number(width), QString::number(height)));
            out += element("p", esc(chart.caption), QStringLiteral("class=\"caption\""));
        }
    }

    out += element("h2", esc(tr("Stations")));
    QString header;
    for (int column = 0; column < StationTableModel::ColumnCount; ++column)
        header += element("th", esc(model.headerData(column, Qt::Horizontal).toString()));
    QString rows = element("tr", header);
    for (int row = 0; row < sorted.rowCount(); ++row) {
        QString cells;
        for (int column = 0; column < StationTableModel::ColumnCount; ++column) {
            const QModelIndex index = sorted.index(row, column);
            const bool right = (index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight) != 0;
            cells +=
                element("td", esc(index.data().toString()), right ? QStringLiteral("class=\"number\"") : QString());
        }
        const bool flagged = sorted.index(row, 0).data(StationTableModel::FlaggedRole).toBool();
        rows += element("tr", cells, flagged ? QStringLiteral("class=\"flagged\"") : QString());
    }
    out += element("table", rows, QStringLiteral("class=\"stations\" border=\"1\" cellspacing=\"0\" width=\"100%\""));
    out += element("p",
                   esc(tr("A number that is not known is shown as “%1” and is never counted as zero.")
                           .arg(StationTableModel::unknownText())),
                   QStringLiteral("class=\"caption\""));

    out += element("h2", esc(tr("What each flag rests on")));
    if (t.flaggedStations == 0)
        out += element("p", esc(tr("No station is flagged.")));
    for (const StationAnalysis &station : a.stations()) {
        if (station.flags.isEmpty())
            continue;
        const StationData &s = station.station;
        const QString place =
            s.country.isEmpty() ? s.city : tr("%1, %2").arg(s.city, countries::name(s.country, uiLanguage()));
        out += element("h3",
                       esc(place.isEmpty() ? tr("Station %1").arg(s.code) : tr("Station %1: %2").arg(s.code, place)));
        QString items;
        for (const ExitPollFlag &flag : station.flags) {
            const QString title =
                StationTableModel::flagKindTitle(flag.kind) +
                (flag.option.isEmpty() ? QString() : QStringLiteral(" (") + flag.option + QLatin1Char(')'));
            items += element("li", element("b", esc(title)) + esc(QStringLiteral(": ") + flag.detail));
        }
        out += element("ul", items);
    }

    out += element("h2", esc(tr("How to read the flags")));
    for (const ExitPollFlag::Kind kind : AllKinds) {
        out += element("h3", esc(StationTableModel::flagKindTitle(kind)));
        out += element("p", esc(flagKindExplanation(kind)));
    }
    out += QStringLiteral("</body></html>");
    return out;
}

Status ExitPollReportWriter::write(const QString &path, const std::shared_ptr<const ExitPollAnalysis> &analysis,
                                   const QString &option, const QList<Chart> &charts)
{
    if (!analysis)
        return Status::failure(tr("There is nothing to report yet."));
    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return opened;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Exit poll report: %1").arg(analysis->data().name));
        pdf.setCreator(QStringLiteral("Supolka"));
        pdf.setResolution(300);
        // Landscape, for the chart of every station and the table's columns; QTextDocument::print() keeps 2 cm
        // margins of its own.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0),
                                      QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        for (int i = 0; i < charts.size(); ++i)
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(i)),
                                 charts.at(i).image);
        document.setHtml(html(analysis, option, charts));
        document.print(&pdf);
    }
    return file.commit();
}

} // namespace supolka
