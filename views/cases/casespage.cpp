#include "views/cases/casespage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/cases/caselist.h"
#include "models/cases/caserepository.h"
#include "models/cases/casetablemodel.h"
#include "models/cases/caseworkflow.h"
#include "views/cases/casecharts.h"
#include "views/cases/caseeditor.h"
#include "views/cases/caserowdelegate.h"
#include "views/cases/removecasescommand.h"
#include "views/common/dialogs.h"
#include "views/common/icons.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/common/searchfield.h"
#include "views/common/tables.h"
#include "views/settings/settings.h"

namespace supolka {

namespace {

const QString OpenKey = QStringLiteral("open");

} // namespace

CasesPage::CasesPage(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
    , m_repository(std::make_unique<CaseRepository>(database))
{
    setObjectName(QStringLiteral("casesPage"));
    m_model = new CaseTableModel(*m_repository, this);
    connect(m_model, &CaseTableModel::readFailed, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });
    createActions();
    build();
    retranslate();
    afterChange();
    updateOverdueBanner(true);
}

CasesPage::~CasesPage() = default;

void CasesPage::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newCaseAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(m_newAction, &QAction::triggered, this, &CasesPage::newCase);
    addAction(m_newAction);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openCaseAction"));
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &CasesPage::openSelected);

    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(QStringLiteral("deleteCaseAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_deleteAction, &QAction::triggered, this, &CasesPage::deleteSelected);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findCaseAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &CasesPage::focusSearch);
    addAction(m_findAction);
}

void CasesPage::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("casesMessageBar"));
    m_overdueBanner = new MessageBar(this);
    m_overdueBanner->setObjectName(QStringLiteral("overdueBanner"));

    m_listTab = new QWidget(this);
    m_listTab->setObjectName(QStringLiteral("casesListTab"));
    m_search = makeSearchField(m_listTab, QStringLiteral("caseSearchEdit"), 220);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateState();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus();
        m_table->selectRow(0);
    });

    auto makeFilter = [this](const QString &name) {
        auto *combo = new QComboBox(m_listTab);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilters);
        return combo;
    };
    m_statusFilter = makeFilter(QStringLiteral("caseStatusFilter"));
    m_needFilter = makeFilter(QStringLiteral("caseNeedFilter"));
    m_assigneeFilter = makeFilter(QStringLiteral("caseAssigneeFilter"));
    m_overdueOnly = new QCheckBox(m_listTab);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheckBox"));
    connect(m_overdueOnly, &QCheckBox::toggled, this, &CasesPage::applyFilters);
    m_showSensitive = new QCheckBox(m_listTab);
    m_showSensitive->setObjectName(QStringLiteral("showSensitiveCheckBox"));
    m_showSensitive->setChecked(false);
    connect(m_showSensitive, &QCheckBox::toggled, this, [this](bool show) {
        m_model->setIncludeSensitive(show);
        afterChange();
        updateOverdueBanner(false);
    });
    m_sensitiveHidden = new QLabel(m_listTab);
    m_sensitiveHidden->setObjectName(QStringLiteral("sensitiveHiddenLabel"));
    m_sensitiveHidden->setWordWrap(true);

    auto makeButton = [this](const QString &name, QAction *action) {
        auto *button = new QPushButton(m_listTab);
        button->setObjectName(name);
        button->setIcon(action->icon());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };
    m_newButton = makeButton(QStringLiteral("newCaseButton"), m_newAction);
    m_openButton = makeButton(QStringLiteral("openCaseButton"), m_openAction);
    m_deleteButton = makeButton(QStringLiteral("deleteCaseButton"), m_deleteAction);
    // Import and export, one menu entry per kind; cases first (notes and payments need their cases).
    m_importButton = new QPushButton(m_listTab);
    m_importButton->setObjectName(QStringLiteral("importCasesButton"));
    m_importButton->setMenu(new QMenu(m_importButton));
    m_exportButton = new QPushButton(m_listTab);
    m_exportButton->setObjectName(QStringLiteral("exportCasesButton"));
    m_exportButton->setMenu(new QMenu(m_exportButton));
    for (const CaseCsvKind kind : {CaseCsvKind::Cases, CaseCsvKind::Notes, CaseCsvKind::Payments}) {
        QAction *importEntry = m_importButton->menu()->addAction(QString());
        importEntry->setData(int(kind));
        connect(importEntry, &QAction::triggered, this, [this, kind] { importKind(kind); });
        QAction *exportEntry = m_exportButton->menu()->addAction(QString());
        exportEntry->setData(int(kind));
        connect(exportEntry, &QAction::triggered, this, [this, kind] { exportKind(kind); });
    }

    m_empty = new QLabel(m_listTab);
    m_empty->setObjectName(QStringLiteral("casesEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_table = new QTableView(m_listTab);
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new CaseRowDelegate(m_table));
    // The model is in this order already (newest first): enabling sorting asks for it again, which costs nothing.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(CaseTableModel::Needs, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths = {{CaseTableModel::Number, 80},    {CaseTableModel::Person, 170},
                                           {CaseTableModel::Priority, 80},  {CaseTableModel::Status, 100},
                                           {CaseTableModel::Assignee, 150}, {CaseTableModel::OpenedOn, 95},
                                           {CaseTableModel::DueOn, 95},     {CaseTableModel::Paid, 150}};
    setColumnWidths(m_table, widths);
    m_table->addAction(m_deleteAction);
    connect(m_table, &QTableView::activated, this, &CasesPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CasesPage::updateState);

    m_statusLine = new QLabel(m_listTab);
    m_statusLine->setObjectName(QStringLiteral("casesStatusLabel"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_needFilter);
    filters->addWidget(m_assigneeFilter);

    // The check boxes in a row of their own, so that the filters keep their texts whole at a laptop's width.
    auto *sensitiveRow = new QHBoxLayout;
    sensitiveRow->addWidget(m_overdueOnly);
    sensitiveRow->addWidget(m_showSensitive);
    sensitiveRow->addWidget(m_sensitiveHidden, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);

    auto *listLayout = new QVBoxLayout(m_listTab);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addLayout(sensitiveRow);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_statusLine);

    m_charts = new CaseCharts(m_database, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("casesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_listTab, QString());
    m_tabs->addTab(m_charts, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overdueBanner);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
}

void CasesPage::retranslate()
{
    m_newAction->setText(tr("&New case…"));
    m_newAction->setToolTip(
        tr("Open a new aid case (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_openAction->setText(tr("&Open case…"));
    m_openAction->setToolTip(tr("Open the chosen case (Enter)"));
    m_deleteAction->setText(tr("&Delete case"));
    m_deleteAction->setToolTip(tr("Delete the chosen cases (%1); can be undone")
                                   .arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText)));
    m_findAction->setText(tr("&Find case"));
    m_newButton->setText(tr("New case"));
    m_newButton->setToolTip(m_newAction->toolTip());
    m_openButton->setText(tr("Open"));
    m_openButton->setToolTip(m_openAction->toolTip());
    m_deleteButton->setText(tr("Delete"));
    m_importButton->setText(tr("Import"));
    m_exportButton->setText(tr("Export"));
    const QStringList importTexts{tr("Cases (also a KoBoToolbox intake export)…"), tr("Notes…"), tr("Payments…")};
    const QStringList exportTexts{tr("Cases…"), tr("Notes…"), tr("Payments…")};
    for (int i = 0; i < 3; ++i) {
        m_importButton->menu()->actions().at(i)->setText(importTexts.at(i));
        m_exportButton->menu()->actions().at(i)->setText(exportTexts.at(i));
    }
    m_exportButton->setToolTip(tr("Sensitive cases are written with a pseudonym, without name or contact"));
    m_deleteButton->setToolTip(m_deleteAction->toolTip());
    m_search->setPlaceholderText(tr("Number, name, contact, city"));
    m_overdueOnly->setText(tr("Overdue only"));
    m_showSensitive->setText(tr("Show sensitive cases"));
    m_showSensitive->setToolTip(tr("Sensitive cases name people at risk; show them only where nobody looks over "
                                   "your shoulder."));
    m_sensitiveHidden->setText(tr("Sensitive cases are hidden."));
    m_empty->setText(tr("No aid cases here yet. Press “New case” (%1) when somebody asks for help.")
                         .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_tabs->setTabText(m_tabs->indexOf(m_listTab), tr("Cases"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Charts"));
    fillStatusFilter();
    fillNeedFilter();
    refreshAssigneeFilter();
    updateState();
}

void CasesPage::fillStatusFilter()
{
    const QString current = m_statusFilter->currentData().toString();
    const QSignalBlocker blocker(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any status"), QString());
    m_statusFilter->addItem(tr("Open cases"), OpenKey);
    for (const CaseStatus status :
         {CaseStatus::New, CaseStatus::InProgress, CaseStatus::Waiting, CaseStatus::Resolved, CaseStatus::Closed})
        m_statusFilter->addItem(CaseWorkflow::statusName(status), caseStatusKey(status));
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(current)));
}

void CasesPage::fillNeedFilter()
{
    const QString current = m_needFilter->currentData().toString();
    const QSignalBlocker blocker(m_needFilter);
    m_needFilter->clear();
    m_needFilter->addItem(tr("Any need"), QString());
    for (const QString &need : caseneeds::keys())
        m_needFilter->addItem(caseneeds::name(need), need);
    m_needFilter->setCurrentIndex(std::max(0, m_needFilter->findData(current)));
}

void CasesPage::refreshAssigneeFilter()
{
    const qint64 current =
        m_assigneeFilter->count() > 0 ? m_assigneeFilter->currentData().toLongLong() : CaseTableModel::AnyAssignee;
    Result<QList<QPair<qint64, QString>>> read = CaseList::assignees(m_database, m_model->includesSensitive());
    if (!read)
        m_messageBar->showMessage(read.error(), MessageBar::Kind::Error);
    QList<QPair<qint64, QString>> volunteers = read ? std::move(read).value() : QList<QPair<qint64, QString>>();
    QCollator collator{QLocale()};
    std::sort(volunteers.begin(), volunteers.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    const QSignalBlocker blocker(m_assigneeFilter);
    m_assigneeFilter->clear();
    m_assigneeFilter->addItem(tr("Any volunteer"), CaseTableModel::AnyAssignee);
    m_assigneeFilter->addItem(tr("Nobody assigned"), CaseTableModel::NoAssignee);
    for (const auto &[pk, name] : std::as_const(volunteers))
        m_assigneeFilter->addItem(name, pk);
    const int index = m_assigneeFilter->findData(current);
    m_assigneeFilter->setCurrentIndex(std::max(0, index));
    if (index < 0)
        applyFilters(); // the chosen volunteer holds no case any more
}

void CasesPage::applyFilters()
{
    const QString status = m_statusFilter->currentData().toString();
    m_model->setOpenOnly(status == OpenKey);
    m_model->setStatusFilter(status == OpenKey ? std::nullopt : caseStatusFromKey(status));
    m_model->setNeedFilter(m_needFilter->currentData().toString());
    m_model->setAssigneeFilter(m_assigneeFilter->count() > 0 ? m_assigneeFilter->currentData().toLongLong()
                                                             : CaseTableModel::AnyAssignee);
    m_model->setOverdueOnly(m_overdueOnly->isChecked());
    updateState();
}

void CasesPage::updateState()
{
    if (!m_statusLine)
        return;
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    const QLocale locale;
    QString line = shown == total ? tr("Cases: %1").arg(locale.toString(total))
                                  : tr("Shown: %1 of %2").arg(locale.toString(shown), locale.toString(total));
    const QList<qint64> selected = selectedPks();
    if (selected.size() > 1)
        line += QStringLiteral(" · ") + tr("Selected: %1").arg(locale.toString(selected.size()));
    m_statusLine->setText(line);
    m_sensitiveHidden->setVisible(!m_showSensitive->isChecked());
    m_empty->setVisible(total == 0);
    m_openAction->setEnabled(selected.size() == 1);
    m_openButton->setEnabled(selected.size() == 1);
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_deleteButton->setEnabled(!selected.isEmpty());
}

void CasesPage::afterChange()
{
    refreshAssigneeFilter();
    updateState();
    m_charts->invalidate();
    emit casesChanged();
}

void CasesPage::importKind(CaseCsvKind kind)
{
    Dialogs::FileRequest request;
    request.caption = tr("Import aid cases, notes or payments");
    request.path = settings::lastImportFolder.value();
    request.filters = {tr("CSV files (*.csv *.txt)"), tr("All files (*)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    settings::lastImportFolder.setValue(QFileInfo(answer.path).absolutePath());
    ImportTarget target;
    const QStringList titles{tr("Import aid cases"), tr("Import case notes"), tr("Import case payments")};
    target.title = titles.at(int(kind));
    target.fileCaption = request.caption;
    target.progressText = tr("Importing…");
    target.run = [&database = m_database, kind](const QString &path, const ImportOptions &options) {
        return CaseCsv::importFile(database, kind, path, options);
    };
    const QPointer<CasesPage> page(this);
    target.changed = [page] {
        if (!page)
            return;
        page->reload();
        emit page->casesChanged();
    };
    target.failed = [page](const QString &message) {
        if (page)
            page->m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    auto *dialog = new ImportDialog(m_database, target, m_undoStack, this);
    dialog->setObjectName(QStringLiteral("casesImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->openFile(answer.path);
}

void CasesPage::exportKind(CaseCsvKind kind)
{
    const QStringList names{tr("aid cases.csv"), tr("case notes.csv"), tr("case payments.csv")};
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Export aid cases, notes or payments");
    request.path = QDir(settings::lastImportFolder.value()).filePath(names.at(int(kind)));
    request.filters = {tr("CSV files (*.csv)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const Result<int> written = CaseCsv::exportFile(m_database, kind, answer.path);
    if (!written) {
        m_messageBar->showMessage(written.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(
        tr("Wrote %n rows to %1; sensitive cases carry a pseudonym, not a name.", nullptr, written.value())
            .arg(QDir::toNativeSeparators(answer.path)),
        MessageBar::Kind::Positive);
}

void CasesPage::reload()
{
    m_model->setToday(QDate::currentDate());
    m_model->reload();
    afterChange();
    updateOverdueBanner(false);
}

void CasesPage::updateOverdueBanner(bool showAgain)
{
    const Result<CaseList::OverdueCount> late = CaseList::overdue(m_database, QDate::currentDate());
    if (!late)
        m_messageBar->showMessage(late.error(), MessageBar::Kind::Error);
    if (!late || late->all == 0) {
        m_overdueBanner->hideMessage();
        return;
    }
    if (!showAgain && m_overdueBanner->isHidden())
        return;
    QString text = tr("%n case(s) past the due date.", nullptr, late->all);
    if (!m_showSensitive->isChecked() && late->sensitive > 0)
        text += QLatin1Char(' ') +
                tr("%n of them sensitive: tick “Show sensitive cases” to see them.", nullptr, late->sensitive);
    m_overdueBanner->showMessage(text, MessageBar::Kind::Warning, tr("Show them"), [this] { showOverdue(); });
}

void CasesPage::showOverdue()
{
    m_tabs->setCurrentWidget(m_listTab);
    {
        const QSignalBlocker blocker(m_statusFilter);
        m_statusFilter->setCurrentIndex(0);
    }
    if (m_overdueOnly->isChecked())
        applyFilters();
    else
        m_overdueOnly->setChecked(true);
    m_table->setFocus();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QList<qint64> CasesPage::selectedPks() const
{
    QList<qint64> pks;
    if (!m_table || !m_table->selectionModel())
        return pks;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        pks.append(m_model->pkAt(index.row()));
    return pks;
}

void CasesPage::selectPk(qint64 pk)
{
    const int row = m_model->rowOfPk(pk);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void CasesPage::focusSearch()
{
    m_tabs->setCurrentWidget(m_listTab);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

CaseEditor *CasesPage::editor() const
{
    return findChild<CaseEditor *>(QString(), Qt::FindDirectChildrenOnly);
}

void CasesPage::showCase(qint64 pk)
{
    m_model->reload();
    afterChange();
    updateOverdueBanner(false);
    selectPk(pk);
}

void CasesPage::openEditor(const AidCase &aidCase)
{
    if (CaseEditor *open = editor(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *editor = new CaseEditor(m_database, aidCase, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &CaseEditor::caseSaved, this, [this](const AidCase &saved, bool added) {
        showCase(saved.pk);
        if (saved.sensitive && !m_showSensitive->isChecked())
            m_messageBar->showMessage(tr("Case %1 is sensitive, so the list does not show it; tick “Show sensitive "
                                         "cases” to see it.")
                                          .arg(saved.number),
                                      MessageBar::Kind::Information);
        else if (added)
            m_messageBar->showMessage(tr("Opened case %1.").arg(saved.number), MessageBar::Kind::Positive);
    });
    connect(editor, &CaseEditor::caseChanged, this, &CasesPage::showCase);
    editor->open();
}

void CasesPage::newCase()
{
    m_tabs->setCurrentWidget(m_listTab);
    AidCase fresh;
    fresh.openedOn = QDate::currentDate();
    openEditor(fresh);
}

void CasesPage::openSelected()
{
    const QList<qint64> pks = selectedPks();
    if (pks.size() != 1)
        return;
    const std::optional<AidCase> stored = m_repository->find(pks.first());
    if (!stored || stored->isDeleted()) {
        m_messageBar->showMessage(tr("This case no longer exists."), MessageBar::Kind::Error);
        reload();
        return;
    }
    openEditor(*stored);
}

void CasesPage::deleteSelected()
{
    const QList<qint64> pks = selectedPks();
    if (pks.isEmpty())
        return;
    const std::optional<AidCase> first = m_repository->find(pks.first());
    const QString number = first ? first->number : QString();
    const bool single = pks.size() == 1;
    const QString text =
        single ? tr("Delete case %1").arg(number) : tr("Delete cases (%1)").arg(QLocale().toString(pks.size()));
    auto changed = [this](const QList<qint64> &, const QList<qint64> &restored) {
        m_model->reload();
        afterChange();
        updateOverdueBanner(false);
        for (const qint64 pk : restored)
            selectPk(pk);
    };
    auto failed = [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Kind::Error);
    };
    m_undoStack->push(new RemoveCasesCommand(*m_repository, pks, text, changed, failed));
    const QString done =
        single ? tr("Deleted case %1.").arg(number) : tr("Deleted cases: %1.").arg(QLocale().toString(pks.size()));
    m_messageBar->showMessage(done, MessageBar::Kind::Information, tr("Undo"), [this] { m_undoStack->undo(); });
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload();
        afterChange();
        updateOverdueBanner(false);
    }
    QWidget::changeEvent(event);
}

} // namespace supolka
