#include <memory>
#include <set>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

#include "models/csv/csvreader.h"
#include "models/demo/demodata.h"
#include "models/demo/demoexitpoll.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/exitpoll/stationtablemodel.h"
#include "tests/views/viewfixture.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/exitpoll/exitpollcharts.h"
#include "views/exitpoll/exitpollpage.h"
#include "views/exitpoll/exitpollreportwriter.h"
#include "views/exitpoll/stationsheet.h"

namespace supolka::test {

namespace {

const QList<ExitPollFlag::Kind> AllKinds{
    ExitPollFlag::Kind::OfficialOutsideCi, ExitPollFlag::Kind::VerifiedExceedsOfficial,
    ExitPollFlag::Kind::TurnoutExceedsObserved, ExitPollFlag::Kind::ProtocolSumMismatch};

template <typename T> T *seriesNamed(QChart *chart, const QString &name)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == name)
            return qobject_cast<T *>(series);
    }
    return nullptr;
}

} // namespace

class ExitPollPageView : public ViewTest
{
protected:
    std::unique_ptr<ExitPollPage> openPage()
    {
        auto page = std::make_unique<ExitPollPage>(m_db.get(), &m_undoStack);
        page->resize(1400, 900);
        page->show();
        return page;
    }

    std::shared_ptr<const ExitPollAnalysis> demoAnalysis()
    {
        ExitPollRepository repository(m_db.get());
        const std::optional<Election> election = repository.findElection(DemoExitPoll::electionName());
        EXPECT_TRUE(election.has_value());
        return std::make_shared<ExitPollAnalysis>(repository.load(election ? election->pk : 0));
    }

    QString tempFile(const QString &name) const { return m_db.folder() + QLatin1Char('/') + name; }

    QUndoStack m_undoStack;
};

TEST_F(ExitPollPageView, AFreshDatabaseOffersTheDemoElection)
{
    auto page = openPage();
    EXPECT_TRUE(find<QLabel>(page.get(), QStringLiteral("exitPollEmpty"))->isVisible());
    EXPECT_FALSE(page->exportTableAction()->isEnabled());
    QTest::mouseClick(find<QPushButton>(page.get(), QStringLiteral("loadDemoElectionButton")), Qt::LeftButton);
    auto *table = find<QTableView>(page.get(), QStringLiteral("stationsTable"));
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 44);
    EXPECT_EQ(page->electionName(), DemoExitPoll::electionName());
    EXPECT_EQ(page->messageBar()->kind(), MessageBar::Kind::Positive);
}

// Demo data loaded elsewhere (File > Load demo data): the page shows its election without being told which.
TEST_F(ExitPollPageView, DemoDataLoadedElsewhereIsShownWithoutPickingTheElection)
{
    auto page = openPage();
    ASSERT_TRUE(page->electionName().isEmpty());
    ASSERT_TRUE(DemoData::load(m_db.get()));
    page->reload();
    EXPECT_EQ(page->electionName(), DemoExitPoll::electionName());
    EXPECT_FALSE(find<QLabel>(page.get(), QStringLiteral("exitPollEmpty"))->isVisible());
    EXPECT_EQ(find<QTableView>(page.get(), QStringLiteral("stationsTable"))->model()->rowCount(), 44);
}

// At a laptop's width every station number on the chart's axis is whole ("118", not "1…").
TEST_F(ExitPollPageView, StationNumbersOnTheChartAreWholeAtALaptopsWidth)
{
    ASSERT_TRUE(DemoData::load(m_db.get()));
    auto page = openPage();
    page->resize(840, 660);
    QCoreApplication::processEvents();
    QStringList texts;
    for (QGraphicsItem *item : page->stationChart()->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts.append(text->toPlainText());
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("118")) && texts.contains(QStringLiteral("75")))
        << texts.join(QLatin1Char('|')).toStdString();
}

TEST_F(ExitPollPageView, TheTableShowsEveryStationAndTheFilterTheFlaggedOnes)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    const auto analysis = demoAnalysis();
    auto page = openPage();
    auto *table = find<QTableView>(page.get(), QStringLiteral("stationsTable"));
    ASSERT_EQ(table->model()->rowCount(), 44);
    EXPECT_TRUE(find<QLabel>(page.get(), QStringLiteral("exitPollSummary"))
                    ->text()
                    .contains(QString::number(analysis->totals().flaggedStations)));

    find<QCheckBox>(page.get(), QStringLiteral("flaggedOnlyCheckBox"))->click();
    const int flagged = analysis->totals().flaggedStations;
    ASSERT_GT(flagged, 0);
    ASSERT_EQ(table->model()->rowCount(), flagged);
    for (int row = 0; row < flagged; ++row)
        EXPECT_TRUE(table->model()->index(row, 0).data(StationTableModel::FlaggedRole).toBool());
    find<QCheckBox>(page.get(), QStringLiteral("flaggedOnlyCheckBox"))->click();
    EXPECT_EQ(table->model()->rowCount(), 44);
}

TEST_F(ExitPollPageView, TheStationChartHighlightsFlaggedStations)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    const auto analysis = demoAnalysis();
    auto page = openPage();
    const QString option = page->option();
    ASSERT_FALSE(option.isEmpty());
    QChart *chart = page->stationChart();
    EXPECT_NE(seriesNamed<QAreaSeries>(chart, ExitPollCharts::flaggedBandName()), nullptr);

    int official = 0;
    int flaggedOfficial = 0;
    int intervals = 0;
    for (const StationAnalysis &station : analysis->stations()) {
        const OptionShare share = station.shares.value(option);
        if (share.official)
            ++(station.flags.isEmpty() ? official : flaggedOfficial);
        if (share.ciLow)
            ++intervals;
    }
    auto *officialPoints = seriesNamed<QScatterSeries>(chart, ExitPollCharts::officialPointsName());
    auto *flaggedPoints = seriesNamed<QScatterSeries>(chart, ExitPollCharts::flaggedOfficialPointsName());
    ASSERT_NE(officialPoints, nullptr);
    ASSERT_NE(flaggedPoints, nullptr);
    EXPECT_EQ(officialPoints->count(), official);
    EXPECT_EQ(flaggedPoints->count(), flaggedOfficial);
    EXPECT_EQ(flaggedPoints->color(), ExitPollCharts::flaggedColor());

    int red = 0;
    int drawn = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() != ExitPollCharts::intervalName())
            continue;
        ++drawn;
        red += static_cast<QLineSeries *>(series)->pen().color() == ExitPollCharts::flaggedColor() ? 1 : 0;
    }
    EXPECT_EQ(drawn, intervals) << "one whisker per station with an exit poll";
    EXPECT_GT(red, 0);
    EXPECT_LT(red, drawn);

    // The overall chart: the exit poll and the official totals, each saying how many stations it rests on.
    ASSERT_EQ(page->totalsChart()->series().size(), 1);
    auto *bars = qobject_cast<QHorizontalBarSeries *>(page->totalsChart()->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2);
    const QBarSet *exitPollSet = bars->barSets().at(1); // drawn above the official result
    const QBarSet *officialSet = bars->barSets().at(0);
    EXPECT_TRUE(exitPollSet->label().startsWith(QStringLiteral("Exit poll")));
    EXPECT_TRUE(exitPollSet->label().contains(QString::number(analysis->totals().exitPollStations)));
    EXPECT_TRUE(officialSet->label().contains(QString::number(analysis->totals().officialStations)));
    EXPECT_EQ(exitPollSet->count(), analysis->data().options.size());
    // The first option at the top, where a horizontal chart's last category is drawn.
    auto *optionAxis = qobject_cast<QBarCategoryAxis *>(page->totalsChart()->axes(Qt::Vertical).first());
    ASSERT_NE(optionAxis, nullptr);
    EXPECT_EQ(optionAxis->categories().last(), analysis->data().options.first());

    // Another option: the chart and the table follow.
    auto *options = find<QComboBox>(page.get(), QStringLiteral("optionCombo"));
    const QString other = analysis->data().options.at(1);
    options->setCurrentIndex(options->findText(other));
    EXPECT_EQ(page->option(), other);
    EXPECT_TRUE(chart->title().contains(other));
    auto *table = find<QTableView>(page.get(), QStringLiteral("stationsTable"));
    EXPECT_TRUE(
        table->model()->headerData(StationTableModel::OfficialShare, Qt::Horizontal).toString().contains(other));
}

TEST_F(ExitPollPageView, SelectingAFlaggedStationExplainsItsFlags)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    auto page = openPage();
    auto *table = find<QTableView>(page.get(), QStringLiteral("stationsTable"));
    auto *explanation = find<QTextBrowser>(page.get(), QStringLiteral("flagExplanation"));
    find<QCheckBox>(page.get(), QStringLiteral("flaggedOnlyCheckBox"))->click();
    ASSERT_GT(table->model()->rowCount(), 0);
    table->selectRow(0);
    const QString code = table->model()->index(0, 0).data(StationTableModel::StationCodeRole).toString();

    const auto analysis = demoAnalysis();
    const StationAnalysis *station = nullptr;
    for (const StationAnalysis &s : analysis->stations()) {
        if (s.station.code == code)
            station = &s;
    }
    ASSERT_NE(station, nullptr);
    ASSERT_FALSE(station->flags.isEmpty());
    const QString shown = explanation->toPlainText();
    EXPECT_TRUE(shown.contains(code));
    for (const ExitPollFlag &flag : station->flags) {
        EXPECT_TRUE(shown.contains(flag.detail)) << flag.detail.toStdString();
        EXPECT_TRUE(shown.contains(flagKindExplanation(flag.kind))) << flagKindKey(flag.kind).toStdString();
        EXPECT_TRUE(shown.contains(StationTableModel::flagKindTitle(flag.kind)));
    }

    // A station without flags says so, and what it lacks.
    find<QCheckBox>(page.get(), QStringLiteral("flaggedOnlyCheckBox"))->click();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (!table->model()->index(row, 0).data(StationTableModel::FlaggedRole).toBool()) {
            table->selectRow(row);
            break;
        }
    }
    EXPECT_FALSE(explanation->toPlainText().contains(flagKindExplanation(ExitPollFlag::Kind::OfficialOutsideCi)));
}

TEST_F(ExitPollPageView, ExportsTheChartAsPng)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    auto page = openPage();
    const QString path = tempFile(QStringLiteral("chart"));
    m_files << path;
    page->exportChartAction()->trigger();
    ASSERT_EQ(m_fileRequests.size(), 1);
    EXPECT_EQ(m_fileRequests.first().mode, Dialogs::FileRequest::Mode::Save);
    EXPECT_EQ(page->messageBar()->kind(), MessageBar::Kind::Positive) << page->messageBar()->text().toStdString();

    QImage image(path + QStringLiteral(".png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), ExitPollCharts::exportSize(ExitPollCharts::Kind::Stations));
    // Drawn, not blank: many colours, among them the red of the flagged stations.
    std::set<QRgb> colours;
    int red = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor pixel = image.pixelColor(x, y);
            colours.insert(pixel.rgb());
            red += pixel.red() > 180 && pixel.green() < 90 && pixel.blue() < 90 ? 1 : 0;
        }
    }
    EXPECT_GT(colours.size(), 20U);
    EXPECT_GT(red, 10);
}

TEST_F(ExitPollPageView, ExportsTheTableAsCsvWithUnknownCellsEmpty)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    const auto analysis = demoAnalysis();
    auto page = openPage();
    const QString path = tempFile(QStringLiteral("stations.csv"));
    m_files << path;
    page->exportTableAction()->trigger();
    EXPECT_EQ(page->messageBar()->kind(), MessageBar::Kind::Positive) << page->messageBar()->text().toStdString();

    const Result<CsvTable> table = readCsvFile(path);
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    ASSERT_FALSE(table->failed);
    EXPECT_EQ(table->header, StationTableModel::exportHeader());
    ASSERT_EQ(table->records.size(), 44);
    const int code = int(table->header.indexOf(QStringLiteral("station_code")));
    const int respondents = int(table->header.indexOf(QStringLiteral("respondents")));
    const int official = int(table->header.indexOf(QStringLiteral("official_share")));
    const int ballots = int(table->header.indexOf(QStringLiteral("ballots_cast")));
    int unknownOfficial = 0;
    int unknownPoll = 0;
    for (const CsvRecord &record : table->records) {
        const StationAnalysis *station = nullptr;
        for (const StationAnalysis &s : analysis->stations()) {
            if (s.station.code == record.fields.at(code))
                station = &s;
        }
        ASSERT_NE(station, nullptr) << record.fields.at(code).toStdString();
        if (!station->station.hasProtocol) {
            ++unknownOfficial;
            EXPECT_TRUE(record.fields.at(official).isEmpty()) << "station " << station->station.code.toStdString();
            EXPECT_TRUE(record.fields.at(ballots).isEmpty()) << "station " << station->station.code.toStdString();
        } else {
            EXPECT_EQ(record.fields.at(ballots), QString::number(*station->station.ballotsCast));
        }
        if (!station->station.hasExitPoll) {
            ++unknownPoll;
            EXPECT_TRUE(record.fields.at(respondents).isEmpty());
        } else {
            EXPECT_EQ(record.fields.at(respondents), QString::number(station->respondents));
        }
    }
    EXPECT_GT(unknownOfficial, 0) << "the demo leaves protocols out";
    EXPECT_GT(unknownPoll, 0) << "the demo has stations without volunteers";
}

TEST_F(ExitPollPageView, WritesAPdfReportWithTheFlagsExplained)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    const auto analysis = demoAnalysis();
    auto page = openPage();
    const QString path = tempFile(QStringLiteral("report.pdf"));
    m_files << path;
    page->reportAction()->trigger();
    EXPECT_EQ(page->messageBar()->kind(), MessageBar::Kind::Positive) << page->messageBar()->text().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const qsizetype pages = QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
    EXPECT_GE(pages, 3) << "charts, the table of 44 stations and the explanations do not fit on two pages";
    EXPECT_EQ(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Subtype\\s*/Image"))), 2)
        << "both charts";

    // What the PDF holds (its text is compressed): every flag's explanation and every flagged station's details.
    const QString html = ExitPollReportWriter::html(analysis, page->option(), {});
    for (const ExitPollFlag::Kind kind : AllKinds)
        EXPECT_TRUE(html.contains(flagKindExplanation(kind).toHtmlEscaped())) << flagKindKey(kind).toStdString();
    for (const StationAnalysis &station : analysis->stations()) {
        for (const ExitPollFlag &flag : station.flags)
            EXPECT_TRUE(html.contains(flag.detail.toHtmlEscaped())) << flag.detail.toStdString();
    }
    EXPECT_TRUE(html.contains(analysis->data().name.toHtmlEscaped()));
}

TEST_F(ExitPollPageView, ImportsTheFourKindsAndListsRejectedRows)
{
    auto page = openPage();
    auto *election = find<QComboBox>(page.get(), QStringLiteral("electionCombo"));
    election->setEditText(QStringLiteral("Presidential election 2020"));

    // Each file opens the one import dialog; its Import button imports.
    auto importThrough = [&](ExitPollKind kind, const QString &file) {
        m_files << dataPath(QStringLiteral("exitpoll/") + file);
        page->importAction(kind)->trigger();
        auto *dialog = find<ImportDialog>(page.get(), QStringLiteral("exitPollImportDialog"));
        dialog->setObjectName(QString()); // the next import opens a dialog of its own
        QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("importButton")), Qt::LeftButton);
        return dialog;
    };
    ImportDialog *stations = importThrough(ExitPollKind::Stations, QStringLiteral("stations.csv"));
    ASSERT_EQ(m_fileRequests.size(), 1);
    EXPECT_EQ(m_fileRequests.first().mode, Dialogs::FileRequest::Mode::Open);
    EXPECT_EQ(stations->report().imported, 3);
    EXPECT_TRUE(stations->report().errors.isEmpty());
    EXPECT_EQ(page->electionName(), QStringLiteral("Presidential election 2020"));
    stations->close();

    ImportDialog *exitPoll = importThrough(ExitPollKind::ExitPoll, QStringLiteral("exitpoll.csv"));
    auto *rejected = find<QTableWidget>(exitPoll, QStringLiteral("rejectedTable"));
    ASSERT_EQ(rejected->rowCount(), 1);
    EXPECT_EQ(rejected->item(0, 0)->text(), QStringLiteral("6"));
    EXPECT_EQ(rejected->item(0, 2)->text(), QStringLiteral("not imported"));
    EXPECT_TRUE(rejected->item(0, 3)->text().contains(QStringLiteral("12a")));
    exitPoll->close();

    importThrough(ExitPollKind::Official, QStringLiteral("official.csv"))->close();
    ImportDialog *verified = importThrough(ExitPollKind::Verified, QStringLiteral("verified.csv"));
    EXPECT_TRUE(verified->report().errors.isEmpty());
    verified->close();

    auto *table = find<QTableView>(page.get(), QStringLiteral("stationsTable"));
    EXPECT_EQ(table->model()->rowCount(), 5);
    find<QCheckBox>(page.get(), QStringLiteral("flaggedOnlyCheckBox"))->click();
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("75"));
}

TEST_F(ExitPollPageView, ImportingWithoutAnElectionNameAsksForOne)
{
    auto page = openPage();
    page->importAction(ExitPollKind::Stations)->trigger();
    EXPECT_TRUE(m_fileRequests.isEmpty());
    EXPECT_EQ(page->messageBar()->kind(), MessageBar::Kind::Warning);
}

TEST_F(ExitPollPageView, OpensTheStationSheetOnTheSelectedStation)
{
    ASSERT_TRUE(DemoExitPoll::load(m_db.get()).ok());
    auto page = openPage();
    auto *table = find<QTableView>(page.get(), QStringLiteral("stationsTable"));
    table->selectRow(3);
    const QString code = table->model()->index(3, 0).data(StationTableModel::StationCodeRole).toString();
    QTest::mouseClick(find<QPushButton>(page.get(), QStringLiteral("stationSheetButton")), Qt::LeftButton);
    StationSheet *sheet = page->stationSheet();
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(sheet->isVisible());
    EXPECT_TRUE(sheet->isWindow());
    EXPECT_EQ(sheet->stationCode(), code);

    // Answers counted on the sheet show on the page once the sheet is closed.
    const QString before = table->model()->index(3, StationTableModel::Respondents).data().toString();
    sheet->setShift(QStringLiteral("evening"));
    sheet->countAnswer(1);
    sheet->close();
    flushDeletes();
    EXPECT_EQ(page->stationSheet(), nullptr);
    EXPECT_NE(table->model()->index(3, StationTableModel::Respondents).data().toString(), before);
}

} // namespace supolka::test
