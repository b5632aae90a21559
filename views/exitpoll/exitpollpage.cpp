#include "views/exitpoll/exitpollpage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/csv/csvwriter.h"
#include "models/demo/demoexitpoll.h"
#include "models/exitpoll/exitpollanalysis.h"
#include "models/exitpoll/exitpollrepository.h"
#include "models/exitpoll/stationfilterproxy.h"
#include "models/exitpoll/stationtablemodel.h"
#include "models/text/countries.h"
#include "views/common/dialogs.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/common/tables.h"
#include "views/common/theme.h"
#include "views/common/uilanguage.h"
#include "views/exitpoll/exitpollcharts.h"
#include "views/exitpoll/exitpollreportwriter.h"
#include "views/exitpoll/flaggedrowdelegate.h"
#include "views/exitpoll/stationsheet.h"
#include "views/settings/settings.h"

#include "models/io/atomicfile.h"
#include "views/common/charts.h"

namespace supolka {

namespace {

// Rejected rows quoted in the message bar; the rest are in the dialog.

QString ensureSuffix(QString path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

QString folderOr(const QString &folder)
{
    return folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
}

QString safeFileName(QString name)
{
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        name.replace(c, QLatin1Char('_'));
    return name.simplified();
}

} // namespace

ExitPollPage::ExitPollPage(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_repository(std::make_unique<ExitPollRepository>(database))
{
    setObjectName(QStringLiteral("exitPollPage"));
    m_model = new StationTableModel(this);
    m_proxy = new StationFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    createActions();
    build();
    retranslate();

    QString name = settings::exitPollElection.value();
    if (name.isEmpty() || !m_repository->findElection(name)) {
        const QList<Election> all = m_repository->elections();
        name = all.isEmpty() ? QString() : all.constFirst().name;
    }
    chooseElection(name);
}

StationSheet *ExitPollPage::stationSheet() const
{
    return m_sheet;
}

ExitPollPage::~ExitPollPage()
{
    // The sheet is a child window: it must not call back into a page that is going away.
    if (m_sheet) {
        m_sheet->disconnect(this);
        delete m_sheet;
    }
    // Nor the election's field, which loses the focus (and says its editing finished) as the children go.
    m_electionCombo->lineEdit()->disconnect(this);
}

void ExitPollPage::createActions()
{
    auto makeImport = [this](const QString &name, ExitPollKind kind) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, kind] { importKind(kind); });
        return action;
    };
    m_importStationsAction = makeImport(QStringLiteral("importStationsAction"), ExitPollKind::Stations);
    m_importExitPollAction = makeImport(QStringLiteral("importExitPollAction"), ExitPollKind::ExitPoll);
    m_importOfficialAction = makeImport(QStringLiteral("importOfficialAction"), ExitPollKind::Official);
    m_importVerifiedAction = makeImport(QStringLiteral("importVerifiedAction"), ExitPollKind::Verified);

    m_exportChartAction = new QAction(this);
    m_exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    connect(m_exportChartAction, &QAction::triggered, this, &ExitPollPage::exportChart);
    m_exportTableAction = new QAction(this);
    m_exportTableAction->setObjectName(QStringLiteral("exportTableAction"));
    connect(m_exportTableAction, &QAction::triggered, this, &ExitPollPage::exportTable);
    m_reportAction = new QAction(this);
    m_reportAction->setObjectName(QStringLiteral("pdfReportAction"));
    connect(m_reportAction, &QAction::triggered, this, &ExitPollPage::exportReport);
    m_stationSheetAction = new QAction(this);
    m_stationSheetAction->setObjectName(QStringLiteral("stationSheetAction"));
    connect(m_stationSheetAction, &QAction::triggered, this, &ExitPollPage::openStationSheet);
}

void ExitPollPage::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("exitPollMessageBar"));

    m_electionLabel = new QLabel(this);
    m_electionCombo = new QComboBox(this);
    m_electionCombo->setObjectName(QStringLiteral("electionCombo"));
    m_electionCombo->setEditable(true);
    m_electionCombo->setInsertPolicy(QComboBox::NoInsert);
    m_electionCombo->setMinimumContentsLength(14);
    m_electionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_electionLabel->setBuddy(m_electionCombo);
    connect(m_electionCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_electionCombo->itemText(index);
        if (name != m_electionName || !m_election)
            chooseElection(name);
    });
    connect(m_electionCombo->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString name = m_electionCombo->currentText().simplified();
        if (name != m_electionName)
            chooseElection(name);
    });

    m_optionLabel = new QLabel(this);
    m_optionCombo = new QComboBox(this);
    m_optionCombo->setObjectName(QStringLiteral("optionCombo"));
    m_optionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_optionLabel->setBuddy(m_optionCombo);
    connect(m_optionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_optionCombo->currentIndex() >= 0)
            chooseOption(m_optionCombo->currentText());
    });

    auto *importMenu = new QMenu(this);
    importMenu->addAction(m_importStationsAction);
    importMenu->addAction(m_importExitPollAction);
    importMenu->addAction(m_importOfficialAction);
    importMenu->addAction(m_importVerifiedAction);
    m_importButton = new QToolButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setMenu(importMenu);
    m_importButton->setPopupMode(QToolButton::InstantPopup);
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportChartAction);
    exportMenu->addAction(m_exportTableAction);
    exportMenu->addAction(m_reportAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_sheetButton = new QPushButton(this);
    m_sheetButton->setObjectName(QStringLiteral("stationSheetButton"));
    connect(m_sheetButton, &QPushButton::clicked, m_stationSheetAction, &QAction::trigger);

    auto *top = new QHBoxLayout;
    top->addWidget(m_electionLabel);
    top->addWidget(m_electionCombo, 2);
    top->addSpacing(12);
    top->addWidget(m_optionLabel);
    top->addWidget(m_optionCombo, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exitPollSummary"));
    m_summary->setWordWrap(true);

    // No data yet: what to do first.
    m_emptyPage = new QWidget(this);
    m_emptyText = new QLabel(m_emptyPage);
    m_emptyText->setObjectName(QStringLiteral("exitPollEmpty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_demoButton = new QPushButton(m_emptyPage);
    m_demoButton->setObjectName(QStringLiteral("loadDemoElectionButton"));
    connect(m_demoButton, &QPushButton::clicked, this, &ExitPollPage::loadDemoElection);
    m_emptyImportButton = new QPushButton(m_emptyPage);
    m_emptyImportButton->setObjectName(QStringLiteral("importStationsButton"));
    connect(m_emptyImportButton, &QPushButton::clicked, m_importStationsAction, &QAction::trigger);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyImportButton);
    emptyButtons->addWidget(m_demoButton);
    emptyButtons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);

    m_content = new QWidget(this);
    m_chartTabs = new QTabWidget(m_content);
    m_chartTabs->setObjectName(QStringLiteral("chartTabs"));
    m_stationChartView = Charts::makeView(m_chartTabs, QStringLiteral("stationChartView"), 240, Charts::Legend::Shown);
    m_totalsChartView = Charts::makeView(m_chartTabs, QStringLiteral("totalsChartView"), 240, Charts::Legend::Shown);
    m_chartTabs->addTab(m_stationChartView, QString());
    m_chartTabs->addTab(m_totalsChartView, QString());

    m_flaggedOnly = new QCheckBox(m_content);
    m_flaggedOnly->setObjectName(QStringLiteral("flaggedOnlyCheckBox"));
    connect(m_flaggedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFlaggedOnly(on);
        updateState();
        updateExplanation();
    });
    m_search = new QLineEdit(m_content);
    m_search->setObjectName(QStringLiteral("stationSearchEdit"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateState();
        updateExplanation();
    });
    m_tableStatus = new QLabel(m_content);
    m_tableStatus->setObjectName(QStringLiteral("stationsStatusLabel"));

    m_table = new QTableView(m_content);
    m_table->setObjectName(QStringLiteral("stationsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FlaggedRowDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StationTableModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(StationTableModel::Flags, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    const QList<QPair<int, int>> widths = {
        {StationTableModel::Code, 70},           {StationTableModel::City, 120},
        {StationTableModel::Country, 120},       {StationTableModel::Respondents, 100},
        {StationTableModel::ExitPollShare, 190}, {StationTableModel::OfficialShare, 130},
        {StationTableModel::BallotsCast, 100}};
    setColumnWidths(m_table, widths);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExitPollPage::updateExplanation);

    m_explanation = new QTextBrowser(m_content);
    m_explanation->setObjectName(QStringLiteral("flagExplanation"));
    m_explanation->setOpenLinks(false);
    m_explanation->setMinimumWidth(260);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_flaggedOnly);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_tableStatus);
    auto *tableSide = new QWidget(m_content);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);

    auto *lower = new QSplitter(Qt::Horizontal, m_content);
    lower->addWidget(tableSide);
    lower->addWidget(m_explanation);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->setObjectName(QStringLiteral("exitPollSplitter"));
    split->addWidget(m_chartTabs);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(split, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    // The election and the option in the first row, with room for a long election's name; the summary and what
    // can be done with the election in the second.
    auto *second = new QHBoxLayout;
    second->addWidget(m_summary, 1);
    second->addWidget(m_importButton, 0, Qt::AlignTop);
    second->addWidget(m_exportButton, 0, Qt::AlignTop);
    second->addWidget(m_sheetButton, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_stack, 1);
}

void ExitPollPage::retranslate()
{
    m_importStationsAction->setText(tr("&Station list…"));
    m_importStationsAction->setToolTip(tr("Stations with their number, city, country and registered voters"));
    m_importExitPollAction->setText(tr("&Exit-poll answers…"));
    m_importExitPollAction->setToolTip(tr("Answers per station (and shift), one column per option"));
    m_importOfficialAction->setText(tr("&Official protocols…"));
    m_importOfficialAction->setToolTip(tr("The published results per station: ballots cast, spoiled, votes"));
    m_importVerifiedAction->setText(tr("Observers' &verified counts…"));
    m_importVerifiedAction->setToolTip(tr("Voters counted at the door and ballots seen, per station"));
    m_exportChartAction->setText(tr("Export chart as &PNG…"));
    m_exportTableAction->setText(tr("Export table as &CSV…"));
    m_reportAction->setText(tr("PDF &report…"));
    m_stationSheetAction->setText(tr("&Station sheet…"));

    m_electionLabel->setText(tr("&Election:"));
    m_electionCombo->lineEdit()->setPlaceholderText(tr("Name of the election"));
    m_electionCombo->setToolTip(tr("Choose an election, or type the name of a new one and import its files"));
    m_optionLabel->setText(tr("&Option:"));
    m_optionCombo->setToolTip(tr("The option compared at each station, in the chart and the table"));
    m_importButton->setText(tr("&Import"));
    m_importButton->setToolTip(tr("Import a station list, exit-poll answers, official protocols or observers' counts "
                                  "(CSV, one row per station)"));
    m_exportButton->setText(tr("E&xport"));
    m_sheetButton->setText(m_stationSheetAction->text());
    m_sheetButton->setToolTip(tr("Count exit-poll answers at the door, one key per answer, in a window of its own"));
    m_demoButton->setText(tr("Load the demo election"));
    m_emptyImportButton->setText(tr("Import a station list…"));
    m_chartTabs->setTabText(0, tr("By station"));
    m_chartTabs->setTabText(1, tr("Overall"));
    m_flaggedOnly->setText(tr("&Flagged stations only"));
    m_search->setPlaceholderText(tr("Station number, city or country"));

    m_model->retranslate();
    refreshCharts();
    updateSummary();
    updateState();
    updateExplanation();
}

QAction *ExitPollPage::importAction(ExitPollKind kind) const
{
    switch (kind) {
    case ExitPollKind::Stations:
        return m_importStationsAction;
    case ExitPollKind::ExitPoll:
        return m_importExitPollAction;
    case ExitPollKind::Official:
        return m_importOfficialAction;
    case ExitPollKind::Verified:
        return m_importVerifiedAction;
    }
    return nullptr;
}

QString ExitPollPage::kindText(ExitPollKind kind) const
{
    switch (kind) {
    case ExitPollKind::Stations:
        return tr("the station list");
    case ExitPollKind::ExitPoll:
        return tr("exit-poll answers");
    case ExitPollKind::Official:
        return tr("official protocols");
    case ExitPollKind::Verified:
        return tr("observers' verified counts");
    }
    return {};
}

QString ExitPollPage::electionName() const
{
    return m_electionName;
}

QString ExitPollPage::option() const
{
    return m_model->option();
}

QChart *ExitPollPage::stationChart() const
{
    return m_stationChartView->chart();
}

QChart *ExitPollPage::totalsChart() const
{
    return m_totalsChartView->chart();
}

void ExitPollPage::chooseElection(const QString &name)
{
    m_electionName = name.simplified();
    reload();
}

void ExitPollPage::reload()
{
    const QString selected = selectedStationCode();
    m_dirty = false;
    m_election = m_electionName.isEmpty() ? std::nullopt : m_repository->findElection(m_electionName);
    // None chosen yet (a new database, or demo data just loaded): the newest election there is.
    if (!m_election && m_electionName.isEmpty()) {
        const QList<Election> elections = m_repository->elections();
        if (!elections.isEmpty())
            m_election = elections.constFirst(); // newest first
    }
    if (m_election) {
        m_electionName = m_election->name;
        settings::exitPollElection.setValue(m_electionName);
        m_analysis = std::make_shared<ExitPollAnalysis>(m_repository->load(m_election->pk));
    } else {
        m_analysis.reset();
    }
    refreshElections();
    m_model->setAnalysis(m_analysis);
    refreshOptions();
    refreshCharts();
    updateSummary();
    updateState();
    selectStation(selected);
    updateExplanation();
}

void ExitPollPage::refreshElections()
{
    const QSignalBlocker blocker(m_electionCombo);
    m_electionCombo->clear();
    for (const Election &election : m_repository->elections())
        m_electionCombo->addItem(election.name);
    const int index = m_electionCombo->findText(m_electionName, Qt::MatchFixedString);
    if (index >= 0)
        m_electionCombo->setCurrentIndex(index);
    else
        m_electionCombo->setEditText(m_electionName);
}

void ExitPollPage::refreshOptions()
{
    const QStringList options = m_analysis ? m_analysis->data().options : QStringList();
    QString wanted = m_model->option();
    if (!options.contains(wanted))
        wanted = settings::exitPollOption.value();
    if (!options.contains(wanted))
        wanted = options.isEmpty() ? QString() : options.constFirst();
    {
        const QSignalBlocker blocker(m_optionCombo);
        m_optionCombo->clear();
        m_optionCombo->addItems(options);
        m_optionCombo->setCurrentIndex(int(options.indexOf(wanted)));
    }
    m_model->setOption(wanted);
}

void ExitPollPage::chooseOption(const QString &option)
{
    m_model->setOption(option);
    if (m_optionCombo->currentText() != m_model->option()) {
        const QSignalBlocker blocker(m_optionCombo);
        m_optionCombo->setCurrentIndex(m_optionCombo->findText(m_model->option()));
    }
    if (!m_model->option().isEmpty())
        settings::exitPollOption.setValue(m_model->option());
    ExitPollCharts::fillStations(stationChart(), m_analysis.get(), m_model->option());
}

void ExitPollPage::refreshCharts()
{
    ExitPollCharts::fillStations(stationChart(), m_analysis.get(), m_model->option());
    ExitPollCharts::fillTotals(totalsChart(), m_analysis.get());
}

void ExitPollPage::updateSummary()
{
    if (!m_analysis) {
        m_summary->clear();
        m_summary->hide();
        return;
    }
    const ElectionTotals &t = m_analysis->totals();
    const QLocale locale;
    m_summary->setText(
        tr("Stations: %1. Exit poll at %2 of them, %3 respondents. Protocols published: %4. "
           "Observers' counts: %5. Flagged stations: %6.")
            .arg(locale.toString(m_analysis->stations().size()), locale.toString(t.exitPollStations),
                 locale.toString(t.respondents), locale.toString(t.officialStations),
                 locale.toString(std::count_if(m_analysis->stations().cbegin(), m_analysis->stations().cend(),
                                               [](const StationAnalysis &s) { return s.station.hasVerified; })),
                 locale.toString(t.flaggedStations)));
    m_summary->show();
}

void ExitPollPage::updateState()
{
    const bool hasData = m_analysis && !m_analysis->stations().isEmpty();
    m_stack->setCurrentWidget(hasData ? m_content : m_emptyPage);
    if (m_electionName.isEmpty())
        m_emptyText->setText(tr("No election yet. Type the election's name above, then import its station list, "
                                "exit-poll answers, official protocols and observers' counts (Import), or load the "
                                "demo election to see how it works."));
    else
        m_emptyText->setText(tr("No data for “%1” yet. Import its station list, exit-poll answers, official protocols "
                                "or observers' counts (Import): the election is created with its first file.")
                                 .arg(m_electionName));
    m_exportChartAction->setEnabled(hasData);
    m_exportTableAction->setEnabled(hasData);
    m_reportAction->setEnabled(hasData);
    m_exportButton->setEnabled(hasData);
    m_stationSheetAction->setEnabled(m_election.has_value());
    m_sheetButton->setEnabled(m_election.has_value());

    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_tableStatus->setText(shown == total ? tr("Stations: %1").arg(locale.toString(total))
                                          : tr("Shown: %1 of %2").arg(locale.toString(shown), locale.toString(total)));
}

QString ExitPollPage::selectedStationCode() const
{
    if (!m_table || !m_table->selectionModel())
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    return rows.constFirst().data(StationTableModel::StationCodeRole).toString();
}

void ExitPollPage::selectStation(const QString &code)
{
    if (code.isEmpty())
        return;
    const int row = m_model->rowOfCode(code);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ExitPollPage::updateExplanation()
{
    const QString code = selectedStationCode();
    const int row = code.isEmpty() ? -1 : m_model->rowOfCode(code);
    if (row < 0) {
        m_explanation->setHtml(
            QStringLiteral("<p>") +
            tr("Select a station to see what each of its flags rests on and how to read it.").toHtmlEscaped() +
            QStringLiteral("</p><p>") +
            tr("A number that is not known is shown as “%1” and never counted as zero.")
                .arg(StationTableModel::unknownText())
                .toHtmlEscaped() +
            QStringLiteral("</p>"));
        return;
    }
    const StationAnalysis &station = m_model->stationAt(row);
    const StationData &s = station.station;
    QString place = s.city;
    if (!s.country.isEmpty())
        place = place.isEmpty() ? countries::name(s.country, uiLanguage())
                                : tr("%1, %2").arg(s.city, countries::name(s.country, uiLanguage()));
    QString html =
        QStringLiteral("<h3>") +
        (place.isEmpty() ? tr("Station %1").arg(s.code) : tr("Station %1: %2").arg(s.code, place)).toHtmlEscaped() +
        QStringLiteral("</h3>");
    if (station.flags.isEmpty()) {
        html += QStringLiteral("<p>") +
                tr("No flag: nothing known about this station contradicts its exit poll.").toHtmlEscaped() +
                QStringLiteral("</p>");
        QStringList missing;
        if (!s.hasExitPoll)
            missing.append(tr("There is no exit poll from this station."));
        if (!s.hasProtocol)
            missing.append(tr("Its protocol has not been published (or not imported)."));
        if (!s.hasVerified)
            missing.append(tr("No observers' count is known for it."));
        if (!missing.isEmpty()) {
            html += QStringLiteral("<p>") + tr("Checks need numbers on both sides:").toHtmlEscaped() +
                    QStringLiteral("</p><ul>");
            for (const QString &line : std::as_const(missing))
                html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
        }
        m_explanation->setHtml(html);
        return;
    }
    // Per kind: what each flag of that kind rests on, then how to read the kind.
    QList<ExitPollFlag::Kind> kinds;
    for (const ExitPollFlag &flag : station.flags) {
        if (!kinds.contains(flag.kind))
            kinds.append(flag.kind);
    }
    for (const ExitPollFlag::Kind kind : std::as_const(kinds)) {
        html += QStringLiteral("<h4 style=\"color: %1\">").arg(Theme::colours(Theme::Signal::Error).text.name()) +
                StationTableModel::flagKindTitle(kind).toHtmlEscaped() + QStringLiteral("</h4><ul>");
        for (const ExitPollFlag &flag : station.flags) {
            if (flag.kind != kind)
                continue;
            html += QStringLiteral("<li>");
            if (!flag.option.isEmpty())
                html += QStringLiteral("<b>") + flag.option.toHtmlEscaped() + QStringLiteral("</b>: ");
            html += flag.detail.toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul><p><i>") + flagKindExplanation(kind).toHtmlEscaped() + QStringLiteral("</i></p>");
    }
    m_explanation->setHtml(html);
}

QString ExitPollPage::askSavePath(const QString &caption, const QString &fileName, const QStringList &filters,
                                  QString *selectedFilter)
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = caption;
    request.path = QDir(folderOr(settings::lastExportFolder.value())).filePath(safeFileName(fileName));
    request.filters = filters;
    request.selectedFilter = selectedFilter && !selectedFilter->isEmpty() ? *selectedFilter : filters.value(0);
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return {};
    if (selectedFilter)
        *selectedFilter = answer.selectedFilter;
    settings::lastExportFolder.setValue(QFileInfo(answer.path).absolutePath());
    return answer.path;
}

void ExitPollPage::importKind(ExitPollKind kind)
{
    const QString typed = m_electionCombo->currentText().simplified();
    if (!typed.isEmpty() && typed != m_electionName)
        chooseElection(typed);
    if (m_electionName.isEmpty()) {
        m_messageBar->showMessage(tr("Type the name of the election first, for example “Presidential election 2020”: "
                                     "the file is imported into it."),
                                  MessageBar::Kind::Warning);
        m_electionCombo->setFocus();
        return;
    }
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Open;
    request.caption = tr("Import %1 into “%2”").arg(kindText(kind), m_electionName);
    request.path = folderOr(settings::lastImportFolder.value());
    request.filters = {tr("CSV files (*.csv *.tsv *.txt)"), tr("All files (*)")};
    request.selectedFilter = request.filters.constFirst();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    importFile(kind, answer.path);
}

void ExitPollPage::importFile(ExitPollKind kind, const QString &path)
{
    if (m_electionName.isEmpty()) {
        m_messageBar->showMessage(tr("Type the name of the election first: the file is imported into it."),
                                  MessageBar::Kind::Warning);
        return;
    }
    settings::lastImportFolder.setValue(QFileInfo(path).absolutePath());
    ImportTarget target;
    target.title = tr("Import %1 into “%2”").arg(kindText(kind), m_electionName);
    target.fileCaption = target.title;
    target.progressText = tr("Importing %1…").arg(kindText(kind));
    target.run = [&database = m_database, kind, election = m_electionName](const QString &file,
                                                                           const ImportOptions &options) {
        return ExitPollImporter::importFile(database, kind, file, election, options);
    };
    const QPointer<ExitPollPage> page(this);
    target.changed = [page] {
        if (!page)
            return;
        page->reload();
        emit page->exitPollChanged();
    };
    target.failed = [page](const QString &message) {
        if (page)
            page->m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    auto *dialog = new ImportDialog(m_database, target, m_undoStack, this);
    dialog->setObjectName(QStringLiteral("exitPollImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->openFile(path);
}

void ExitPollPage::loadDemoElection()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> loaded = DemoExitPoll::load(m_database);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_messageBar->showMessage(tr("The demo election was not loaded: %1").arg(loaded.error()),
                                  MessageBar::Kind::Error);
        return;
    }
    chooseElection(DemoExitPoll::electionName());
    if (loaded.value() == 0) {
        m_messageBar->showMessage(tr("The demo election is already loaded."), MessageBar::Kind::Information);
        return;
    }
    m_messageBar->showMessage(
        tr("Loaded the demo election with %1 made-up polling stations.").arg(QLocale().toString(loaded.value())),
        MessageBar::Kind::Positive);
    emit exitPollChanged();
}

void ExitPollPage::exportChart()
{
    if (!m_analysis)
        return;
    const bool stations = m_chartTabs->currentIndex() == 0;
    const ExitPollCharts::Kind kind = stations ? ExitPollCharts::Kind::Stations : ExitPollCharts::Kind::Totals;
    const QString suffix = stations ? tr("by station") : tr("overall");
    QString path =
        askSavePath(tr("Export chart as PNG"), m_electionName + QStringLiteral(" - ") + suffix + QStringLiteral(".png"),
                    {tr("PNG image (*.png)")});
    if (path.isEmpty())
        return;
    path = ensureSuffix(path, QStringLiteral("png"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QImage image = ExitPollCharts::render(kind, *m_analysis, m_model->option(), ExitPollCharts::exportSize(kind));
    AtomicFile file(path);
    Status written = file.begin();
    if (written) {
        image.save(&file, "PNG");
        written = file.commit();
    }
    QApplication::restoreOverrideCursor();
    if (!written) {
        m_messageBar->showMessage(written.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void ExitPollPage::exportTable()
{
    if (!m_analysis)
        return;
    const QString excelFilter = tr("CSV for Excel (*.csv)");
    const QString plainFilter = tr("CSV, plain UTF-8 (*.csv)");
    QString filter = settings::exportProfile.value() == QLatin1String("plain") ? plainFilter : excelFilter;
    QString path = askSavePath(tr("Export the stations table"),
                               m_electionName + QStringLiteral(" - ") + tr("stations") + QStringLiteral(".csv"),
                               {excelFilter, plainFilter}, &filter);
    if (path.isEmpty())
        return;
    path = ensureSuffix(path, QStringLiteral("csv"));
    const bool excel = filter != plainFilter;
    settings::exportProfile.setValue(excel ? QStringLiteral("excel") : QStringLiteral("plain"));
    // The rows as the table shows them: in its order, through its filter.
    QList<QStringList> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_model->exportRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const Status status =
        writeCsvFile(path, StationTableModel::exportHeader(), rows, excel ? CsvProfile::Excel : CsvProfile::Plain);
    if (!status) {
        m_messageBar->showMessage(tr("The table was not exported: %1").arg(status.error()), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(
        tr("Exported %n station(s) to %1.", "", int(rows.size())).arg(QDir::toNativeSeparators(path)), path);
}

void ExitPollPage::exportReport()
{
    if (!m_analysis)
        return;
    QString path = askSavePath(tr("PDF report"), m_electionName + QStringLiteral(".pdf"), {tr("PDF (*.pdf)")});
    if (path.isEmpty())
        return;
    path = ensureSuffix(path, QStringLiteral("pdf"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString option = m_model->option();
    QList<ExitPollReportWriter::Chart> charts;
    charts.append({tr("%1 at each station: the dot is the exit-poll share with its 95% interval, the square the "
                      "official share; flagged stations on red.")
                       .arg(option),
                   ExitPollCharts::render(ExitPollCharts::Kind::Stations, *m_analysis, option,
                                          ExitPollCharts::exportSize(ExitPollCharts::Kind::Stations))});
    charts.append({tr("All stations: the exit poll pooled over the stations with answers, the official share over "
                      "the protocols that give it."),
                   ExitPollCharts::render(ExitPollCharts::Kind::Totals, *m_analysis, option,
                                          ExitPollCharts::exportSize(ExitPollCharts::Kind::Totals))});
    const Status status = ExitPollReportWriter::write(path, m_analysis, option, charts);
    QApplication::restoreOverrideCursor();
    if (!status) {
        m_messageBar->showMessage(tr("The report was not written: %1").arg(status.error()), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(tr("Wrote the report to %1.").arg(QDir::toNativeSeparators(path)), path);
}

void ExitPollPage::openStationSheet()
{
    if (!m_election) {
        m_messageBar->showMessage(tr("Choose or import an election first: the sheet counts answers for its options "
                                     "at its stations."),
                                  MessageBar::Kind::Warning);
        return;
    }
    if (m_sheet) {
        m_sheet->raise();
        m_sheet->activateWindow();
        return;
    }
    auto *sheet = new StationSheet(m_database, m_election->pk, this);
    sheet->setWindowFlag(Qt::Window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    const QString code = selectedStationCode();
    if (!code.isEmpty())
        sheet->setStation(code);
    connect(sheet, &StationSheet::answersChanged, this, [this] { m_dirty = true; });
    connect(sheet, &QObject::destroyed, this, [this] {
        if (m_dirty)
            reload();
    });
    m_sheet = sheet;
    // On the window's screen (a window of its own would open on the main screen), filling it.
    sheet->setScreen(window()->screen());
    sheet->move(window()->screen()->availableGeometry().topLeft());
    Dialogs::fitToScreen(sheet, QSize(1100, 800));
    sheet->showMaximized();
    sheet->activateWindow();
    sheet->focusAnswers();
}

void ExitPollPage::changeEvent(QEvent *event)
{
    // A new language, or a switch between light and dark: the texts and the charts are made again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    // Back from the station sheet's window: show what was counted there.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_dirty)
        reload();
    QWidget::changeEvent(event);
}

} // namespace supolka
