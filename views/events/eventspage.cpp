#include "views/events/eventspage.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QChartView>
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
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/events/eventstatistics.h"
#include "models/events/eventtablemodel.h"
#include "models/events/registrationexporter.h"
#include "models/events/registrationimporter.h"
#include "models/events/registrationtablemodel.h"
#include "models/text/keyfilterproxy.h"
#include "views/common/charts.h"
#include "views/common/dialogs.h"
#include "views/common/icons.h"
#include "views/common/importdialog.h"
#include "views/common/messagebar.h"
#include "views/common/searchfield.h"
#include "views/common/tables.h"
#include "views/events/addguestcommand.h"
#include "views/events/cancelregistrationscommand.h"
#include "views/events/eventcharts.h"
#include "views/events/eventeditor.h"
#include "views/events/eventsfirstrun.h"
#include "views/events/guestdialog.h"
#include "views/events/removeeventcommand.h"
#include "views/events/saveeventcommand.h"
#include "views/events/ticketprinter.h"
#include "views/members/memberlabels.h"
#include "views/settings/settings.h"

namespace supolka {

namespace {

QString folderOr(const QString &folder)
{
    return folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
}

// A file name from an event's title: without the characters that some systems refuse.
QString fileNameFrom(QString text)
{
    for (const QChar c : {QLatin1Char('/'), QLatin1Char('\\'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                          QLatin1Char('"'), QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('|')})
        text.replace(c, QLatin1Char('_'));
    return text.simplified();
}

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    return table;
}

QLineEdit *makeFilter(QWidget *parent, const QString &name)
{
    return makeSearchField(parent, name, 240);
}

} // namespace

EventsPage::EventsPage(Database &database, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_undoStack(undoStack ? undoStack : new QUndoStack(this))
    , m_repository(std::make_unique<EventRepository>(database))
{
    setObjectName(QStringLiteral("eventsPage"));
    m_eventModel = new EventTableModel(*m_repository, this);
    m_eventProxy = new KeyFilterProxy(EventTableModel::SearchKeysRole, EventTableModel::RawValueRole,
                                      EventTableModel::PkRole, this);
    m_eventProxy->setSourceModel(m_eventModel);
    m_registrationModel = new RegistrationTableModel(*m_repository, this);
    createActions();
    build();
    connect(m_registrationModel, &RegistrationTableModel::readFailed, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });
    retranslate();
    if (m_eventProxy->rowCount() > 0)
        m_eventsTable->selectRow(0);
    currentEventChanged();
    refreshCharts();
}

EventsPage::~EventsPage() = default;

void EventsPage::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newEventAction"));
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    connect(m_newAction, &QAction::triggered, this, &EventsPage::newEvent);

    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("editEventAction"));
    connect(m_editAction, &QAction::triggered, this, &EventsPage::editSelected);

    m_deleteAction = new QAction(this);
    m_deleteAction->setObjectName(QStringLiteral("deleteEventAction"));
    m_deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    connect(m_deleteAction, &QAction::triggered, this, &EventsPage::deleteSelected);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findEventAction"));
    connect(m_findAction, &QAction::triggered, this, &EventsPage::focusFilter);

    m_checkInAction = new QAction(this);
    m_checkInAction->setObjectName(QStringLiteral("checkInModeAction"));
    connect(m_checkInAction, &QAction::triggered, this, [this] {
        if (const qint64 pk = currentEventPk(); pk != 0)
            emit checkInRequested(pk);
    });
}

void EventsPage::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("eventsMessageBar"));

    m_firstRun = new EventsFirstRun(this);
    connect(m_firstRun, &EventsFirstRun::newEventRequested, this, &EventsPage::newEvent);

    m_content = new QWidget(this);
    auto makeButton = [](QWidget *parent, const QString &name, QAction *action) {
        auto *button = new QPushButton(parent);
        button->setObjectName(name);
        button->setIcon(action->icon());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        return button;
    };

    // The events.
    auto *eventsPanel = new QWidget(m_content);
    m_eventFilter = makeFilter(eventsPanel, QStringLiteral("eventFilterEdit"));
    connect(m_eventFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventProxy->setFilterText(text);
        updateState();
    });
    connect(m_eventFilter, &QLineEdit::returnPressed, this, [this] {
        if (m_eventProxy->rowCount() == 0)
            return;
        m_eventsTable->setFocus();
        m_eventsTable->selectRow(0);
    });
    m_newButton = makeButton(eventsPanel, QStringLiteral("newEventButton"), m_newAction);
    m_editButton = makeButton(eventsPanel, QStringLiteral("editEventButton"), m_editAction);
    m_deleteButton = makeButton(eventsPanel, QStringLiteral("deleteEventButton"), m_deleteAction);
    m_eventsTable = makeTable(eventsPanel, QStringLiteral("eventsTable"), m_eventProxy);
    m_eventsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventsTable->sortByColumn(EventTableModel::StartsAt, Qt::DescendingOrder);
    m_eventsTable->horizontalHeader()->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    const QList<QPair<int, int>> eventWidths = {{EventTableModel::Kind, 110},      {EventTableModel::StartsAt, 150},
                                                {EventTableModel::City, 110},      {EventTableModel::Country, 120},
                                                {EventTableModel::Registered, 95}, {EventTableModel::CheckedIn, 95}};
    setColumnWidths(m_eventsTable, eventWidths);
    // Delete removes the event only where the events table has the focus.
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_eventsTable->addAction(m_deleteAction);
    connect(m_eventsTable, &QTableView::activated, this, &EventsPage::editSelected);
    connect(m_eventsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsPage::currentEventChanged);
    m_eventsStatus = new QLabel(eventsPanel);
    m_eventsStatus->setObjectName(QStringLiteral("eventsStatusLabel"));

    auto *eventsBar = new QHBoxLayout;
    eventsBar->addWidget(m_eventFilter, 2);
    eventsBar->addStretch(1);
    eventsBar->addWidget(m_newButton);
    eventsBar->addWidget(m_editButton);
    eventsBar->addWidget(m_deleteButton);
    auto *eventsLayout = new QVBoxLayout(eventsPanel);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addLayout(eventsBar);
    eventsLayout->addWidget(m_eventsTable, 1);
    eventsLayout->addWidget(m_eventsStatus);

    // The selected event's registrations.
    m_registrationsTab = new QWidget(m_content);
    m_registrationFilter = makeFilter(m_registrationsTab, QStringLiteral("registrationFilterEdit"));
    connect(m_registrationFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_registrationModel->setSearchText(text);
        updateState();
    });
    auto makePlainButton = [this](const QString &name, auto slot) {
        auto *button = new QPushButton(m_registrationsTab);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_addGuestButton = makePlainButton(QStringLiteral("addGuestButton"), &EventsPage::addGuest);
    m_cancelRegistrationButton =
        makePlainButton(QStringLiteral("cancelRegistrationButton"), &EventsPage::cancelSelectedRegistrations);
    m_printTicketsButton = makePlainButton(QStringLiteral("printTicketsButton"), &EventsPage::printTickets);
    m_printBadgesButton = makePlainButton(QStringLiteral("printBadgesButton"), &EventsPage::printBadges);
    // One button with a menu, so that the row fits a laptop's screen in every language.
    m_listsButton = new QPushButton(m_registrationsTab);
    m_listsButton->setObjectName(QStringLiteral("listsButton"));
    m_listsButton->setMenu(new QMenu(m_listsButton));
    m_importListAction = m_listsButton->menu()->addAction(QString(), this, &EventsPage::importRegistrations);
    m_importListAction->setObjectName(QStringLiteral("importRegistrationsAction"));
    m_exportListAction = m_listsButton->menu()->addAction(QString(), this, &EventsPage::exportRegistrations);
    m_exportListAction->setObjectName(QStringLiteral("exportRegistrationsAction"));
    m_listsButton->menu()->addSeparator();
    m_ticketsPdfAction = m_listsButton->menu()->addAction(
        QString(), this, [this] { print(TicketPrinter::Sheet::Tickets, PrintTo::Pdf); });
    m_ticketsPdfAction->setObjectName(QStringLiteral("ticketsPdfAction"));
    m_badgesPdfAction = m_listsButton->menu()->addAction(QString(), this,
                                                         [this] { print(TicketPrinter::Sheet::Badges, PrintTo::Pdf); });
    m_badgesPdfAction->setObjectName(QStringLiteral("badgesPdfAction"));
    m_checkInButton = new QPushButton(m_registrationsTab);
    m_checkInButton->setObjectName(QStringLiteral("checkInModeButton"));
    connect(m_checkInButton, &QPushButton::clicked, m_checkInAction, &QAction::trigger);
    m_registrationsTable = makeTable(m_registrationsTab, QStringLiteral("registrationsTable"), m_registrationModel);
    m_registrationsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_registrationsTable->sortByColumn(RegistrationTableModel::Name, Qt::AscendingOrder);
    // The name is what people look for: it gets its room first, the e-mail takes what is left.
    m_registrationsTable->horizontalHeader()->setSectionResizeMode(RegistrationTableModel::Email, QHeaderView::Stretch);
    const QList<QPair<int, int>> registrationWidths = {
        {RegistrationTableModel::Name, 220},        {RegistrationTableModel::Phone, 120},
        {RegistrationTableModel::Kind, 100},        {RegistrationTableModel::Status, 100},
        {RegistrationTableModel::TicketCode, 95},   {RegistrationTableModel::CheckedInAt, 120},
        {RegistrationTableModel::CheckedInBy, 120}, {RegistrationTableModel::WalkIn, 70}};
    setColumnWidths(m_registrationsTable, registrationWidths);
    connect(m_registrationsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EventsPage::updateState);
    m_registrationsStatus = new QLabel(m_registrationsTab);
    m_registrationsStatus->setObjectName(QStringLiteral("registrationsStatusLabel"));

    // Two rows, so that nothing overlaps at a small laptop's width in any language: finding people and the door
    // above, what is done to the chosen ones below.
    auto *registrationsBar = new QHBoxLayout;
    registrationsBar->addWidget(m_registrationFilter, 1);
    registrationsBar->addWidget(m_listsButton);
    registrationsBar->addWidget(m_checkInButton);
    auto *registrationActions = new QHBoxLayout;
    registrationActions->addWidget(m_addGuestButton);
    registrationActions->addWidget(m_cancelRegistrationButton);
    registrationActions->addStretch(1);
    registrationActions->addWidget(m_printTicketsButton);
    registrationActions->addWidget(m_printBadgesButton);
    auto *registrationsLayout = new QVBoxLayout(m_registrationsTab);
    registrationsLayout->addLayout(registrationsBar);
    registrationsLayout->addLayout(registrationActions);
    registrationsLayout->addWidget(m_registrationsTable, 1);
    registrationsLayout->addWidget(m_registrationsStatus);

    // The charts.
    m_chartsTab = new QWidget(m_content);
    m_checkInView = Charts::makeView(m_chartsTab, QStringLiteral("checkInChart"));
    m_attendanceView = Charts::makeView(m_chartsTab, QStringLiteral("attendanceChart"));
    auto *chartsLayout = new QHBoxLayout(m_chartsTab);
    chartsLayout->addWidget(m_checkInView, 1);
    chartsLayout->addWidget(m_attendanceView, 1);

    m_details = new QTabWidget(m_content);
    m_details->setObjectName(QStringLiteral("eventDetailsTabs"));
    m_details->addTab(m_registrationsTab, QString());
    m_details->addTab(m_chartsTab, QString());

    m_splitter = new QSplitter(Qt::Vertical, m_content);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(eventsPanel);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_splitter);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_firstRun);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
}

void EventsPage::retranslate()
{
    m_newAction->setText(tr("&New event…"));
    m_editAction->setText(tr("&Edit event…"));
    m_deleteAction->setText(tr("&Delete event"));
    m_findAction->setText(tr("&Find event"));
    m_checkInAction->setText(tr("&Check-in mode"));

    m_newButton->setText(tr("New…"));
    m_newButton->setToolTip(tr("Create an event"));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit the selected event (Enter or double-click)"));
    m_deleteButton->setText(tr("Delete"));
    m_deleteButton->setToolTip(tr("Delete the selected event with its registrations (Del); Undo brings it back"));
    m_eventFilter->setPlaceholderText(tr("Title, city, country, kind"));
    m_eventFilter->setAccessibleName(tr("Filter events"));
    m_registrationFilter->setPlaceholderText(tr("Filter: names in any script, e-mail, phone, ticket"));
    m_registrationFilter->setAccessibleName(tr("Filter registrations"));
    m_addGuestButton->setText(tr("Add guest…"));
    m_addGuestButton->setToolTip(tr("Register someone who is not a member"));
    m_cancelRegistrationButton->setText(tr("Cancel registration"));
    m_cancelRegistrationButton->setToolTip(
        tr("Cancel the selected registrations: their tickets are refused at the door; Undo takes it back"));
    m_printTicketsButton->setText(tr("Print tickets…"));
    m_printTicketsButton->setToolTip(tr("One A6 page per person with the ticket code and its QR code"));
    m_printBadgesButton->setText(tr("Print badges…"));
    m_printBadgesButton->setToolTip(
        tr("A4 sheets of %n name badges with QR codes and cut lines", nullptr, TicketPrinter::BadgesPerPage));
    m_ticketsPdfAction->setText(tr("Save tickets as PDF…"));
    m_badgesPdfAction->setText(tr("Save badges as PDF…"));
    m_checkInButton->setText(tr("Check-in mode"));
    m_checkInButton->setToolTip(tr("Check people in at the door of this event"));
    m_listsButton->setText(tr("List", "import and export of an attendee list"));
    m_importListAction->setText(tr("Import list…"));
    m_importListAction->setToolTip(tr("Take an attendee list into this event: an Eventbrite attendee report, a pretix "
                                      "check-in list, a Google Forms sheet, or another laptop's export"));
    m_exportListAction->setText(tr("Export…"));
    m_exportListAction->setToolTip(tr("Write this event's registrations and check-ins, for another laptop at the "
                                      "door to import and merge"));
    m_listsButton->setToolTip(m_importListAction->toolTip());
    m_details->setTabText(m_details->indexOf(m_chartsTab), tr("Charts"));

    emit m_eventModel->headerDataChanged(Qt::Horizontal, 0, EventTableModel::ColumnCount - 1);
    emit m_registrationModel->headerDataChanged(Qt::Horizontal, 0, RegistrationTableModel::ColumnCount - 1);
    // Names sort by the alphabet of the language shown.
    if (m_registrationModel->eventPk() != 0 && m_registrationModel->language() != QLocale().language())
        m_registrationModel->reload();
    m_eventsTable->viewport()->update();
    m_registrationsTable->viewport()->update();
    updateState();
    refreshCharts();
}

QChart *EventsPage::checkInChart() const
{
    return m_checkInView->chart();
}

QChart *EventsPage::attendanceChart() const
{
    return m_attendanceView->chart();
}

qint64 EventsPage::currentEventPk() const
{
    const Event *event = currentEvent();
    return event ? event->pk : 0;
}

const Event *EventsPage::currentEvent() const
{
    if (!m_eventsTable || !m_eventsTable->selectionModel())
        return nullptr;
    const QModelIndexList rows = m_eventsTable->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    const QModelIndex source = m_eventProxy->mapToSource(rows.first());
    return source.isValid() ? &m_eventModel->eventAt(source) : nullptr;
}

QList<Registration> EventsPage::selectedRegistrations() const
{
    QList<Registration> chosen;
    if (!m_registrationsTable->selectionModel())
        return chosen;
    QModelIndexList rows = m_registrationsTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        if (std::optional<Registration> registration = m_registrationModel->registrationAt(index))
            chosen.append(std::move(*registration));
    return chosen;
}

QStringList EventsPage::groupsInUse() const
{
    QStringList groups;
    for (int row = 0; row < m_eventModel->rowCount(); ++row) {
        const QString group = m_eventModel->eventAt(row).workGroup;
        if (!group.isEmpty() && !groups.contains(group, Qt::CaseInsensitive))
            groups.append(group);
    }
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

void EventsPage::updateState()
{
    const int total = m_eventModel->rowCount();
    const int shown = m_eventProxy->rowCount();
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget *>(m_firstRun) : m_content);
    const QLocale locale;
    m_eventsStatus->setText(shown == total ? tr("Events: %1").arg(locale.toString(total))
                                           : tr("Shown: %1 of %2").arg(locale.toString(shown), locale.toString(total)));

    const Event *event = currentEvent();
    const bool one = event != nullptr;
    m_editAction->setEnabled(one);
    m_deleteAction->setEnabled(one);
    m_checkInAction->setEnabled(one);
    m_editButton->setEnabled(one);
    m_deleteButton->setEnabled(one);
    m_addGuestButton->setEnabled(one);
    m_checkInButton->setEnabled(one);
    m_listsButton->setEnabled(one);
    const QList<Registration> selected = one ? selectedRegistrations() : QList<Registration>();
    const bool anyToCancel =
        std::any_of(selected.cbegin(), selected.cend(), [](const Registration &r) { return !r.isCancelled(); });
    m_cancelRegistrationButton->setEnabled(anyToCancel);
    const bool anyone = one && m_registrationModel->totalCount() > 0;
    m_printTicketsButton->setEnabled(anyone);
    m_printBadgesButton->setEnabled(anyone);

    m_details->setTabText(m_details->indexOf(m_registrationsTab),
                          tr("Registrations (%1)").arg(locale.toString(m_registrationModel->totalCount())));
    if (!one) {
        m_registrationsStatus->setText(tr("Select an event to see who registered."));
        return;
    }
    const int row = m_eventModel->rowOfPk(event->pk);
    const EventCounts counts = row >= 0 ? m_eventModel->summaryAt(row).counts : EventCounts();
    QString line =
        event->capacity > 0
            ? tr("Registered: %1 of %2").arg(locale.toString(counts.registered), locale.toString(event->capacity))
            : tr("Registered: %1").arg(locale.toString(counts.registered));
    line += QStringLiteral(" · ") + tr("Checked in: %1").arg(locale.toString(counts.checkedIn));
    if (counts.walkIns > 0)
        line += QStringLiteral(" · ") + tr("Walk-ins: %1").arg(locale.toString(counts.walkIns));
    if (counts.cancelled > 0)
        line += QStringLiteral(" · ") + tr("Cancelled: %1").arg(locale.toString(counts.cancelled));
    const int shownRegistrations = m_registrationModel->rowCount();
    if (shownRegistrations != m_registrationModel->totalCount())
        line += QStringLiteral(" · ") +
                tr("Shown: %1 of %2")
                    .arg(locale.toString(shownRegistrations), locale.toString(m_registrationModel->totalCount()));
    if (m_registrationModel->searchCapped())
        line += QStringLiteral(" · ") + tr("the search stops at %1 registrations: type more to narrow it")
                                            .arg(locale.toString(m_registrationModel->searchLimit()));
    m_registrationsStatus->setText(line);
}

void EventsPage::currentEventChanged()
{
    const qint64 pk = currentEventPk();
    if (pk != m_shownEventPk) {
        m_shownEventPk = pk;
        m_registrationModel->setEventPk(pk);
        EventCharts::showCheckIns(checkInChart(), EventStatistics::checkInsOverTime(m_database, pk));
    }
    updateState();
}

void EventsPage::refreshCharts()
{
    EventCharts::showCheckIns(checkInChart(), EventStatistics::checkInsOverTime(m_database, currentEventPk()));
    EventCharts::showAttendance(attendanceChart(), EventStatistics::attendanceByMonth(m_database));
}

void EventsPage::reload()
{
    const qint64 selected = currentEventPk();
    m_eventModel->reload();
    m_registrationModel->reload();
    if (selected != 0)
        selectEvent(selected);
    if (currentEventPk() == 0 && m_eventProxy->rowCount() > 0)
        m_eventsTable->selectRow(0);
    currentEventChanged();
    refreshCharts();
}

void EventsPage::selectEvent(qint64 pk)
{
    const int row = m_eventModel->rowOfPk(pk);
    if (row < 0)
        return;
    const QModelIndex index = m_eventProxy->mapFromSource(m_eventModel->index(row, 0));
    if (!index.isValid())
        return;
    m_eventsTable->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_eventsTable->scrollTo(index);
}

void EventsPage::focusFilter()
{
    if (m_eventModel->rowCount() == 0)
        return;
    m_eventFilter->setFocus(Qt::ShortcutFocusReason);
    m_eventFilter->selectAll();
}

void EventsPage::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
}

void EventsPage::eventTouched(qint64 pk)
{
    m_eventModel->refresh(pk);
    if (pk == m_shownEventPk)
        m_registrationModel->reload();
    if (currentEventPk() == 0 && m_eventProxy->rowCount() > 0)
        m_eventsTable->selectRow(0);
    currentEventChanged();
    refreshCharts();
    emit eventsChanged();
}

void EventsPage::registrationsTouched(const QList<qint64> &pks)
{
    for (const qint64 pk : pks)
        m_registrationModel->refresh(pk);
    if (m_shownEventPk > 0)
        m_eventModel->refresh(m_shownEventPk);
    updateState();
    refreshCharts();
    emit eventsChanged();
}

void EventsPage::newEvent()
{
    auto *editor = new EventEditor(*m_repository, Event(), groupsInUse(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &EventEditor::saved, this, [this](const Event &event) {
        m_undoStack->push(new SaveEventCommand(
            *m_repository, std::nullopt, event, tr("Add event %1").arg(event.title),
            [this](qint64 pk) { eventTouched(pk); }, [this](const QString &message) { showError(message); }));
        eventTouched(event.pk);
        selectEvent(event.pk);
        m_messageBar->showMessage(tr("Added the event “%1”.").arg(event.title), MessageBar::Kind::Positive);
    });
    editor->open();
}

void EventsPage::editSelected()
{
    const Event *current = currentEvent();
    if (!current)
        return;
    const Event before = *current;
    auto *editor = new EventEditor(*m_repository, before, groupsInUse(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &EventEditor::saved, this, [this, before](const Event &saved) {
        if (!before.sameContent(saved)) {
            m_undoStack->push(new SaveEventCommand(
                *m_repository, before, saved, tr("Edit event %1").arg(saved.title),
                [this](qint64 pk) { eventTouched(pk); }, [this](const QString &message) { showError(message); }));
        }
        eventTouched(saved.pk);
        selectEvent(saved.pk);
        m_messageBar->showMessage(tr("Saved the event “%1”.").arg(saved.title), MessageBar::Kind::Positive);
    });
    editor->open();
}

void EventsPage::deleteSelected()
{
    const Event *current = currentEvent();
    if (!current)
        return;
    const Event event = *current;
    m_undoStack->push(new RemoveEventCommand(
        *m_repository, event.pk, tr("Delete event %1").arg(event.title),
        [this](qint64 pk) {
            eventTouched(pk);
            if (m_eventModel->rowOfPk(pk) >= 0)
                selectEvent(pk);
        },
        [this](const QString &message) { showError(message); }));
    m_messageBar->showMessage(tr("Deleted the event “%1”.").arg(event.title), MessageBar::Kind::Information, tr("Undo"),
                              [this] { m_undoStack->undo(); });
}

void EventsPage::importRegistrations()
{
    const Event *current = currentEvent();
    if (!current)
        return;
    Dialogs::FileRequest request;
    request.caption = tr("Import an attendee list into “%1”").arg(current->title);
    request.path = settings::lastImportFolder.value();
    request.filters = {tr("CSV files (*.csv *.txt)"), tr("All files (*)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    settings::lastImportFolder.setValue(QFileInfo(answer.path).absolutePath());
    ImportTarget target;
    target.title = tr("Import registrations into “%1”").arg(current->title);
    target.fileCaption = request.caption;
    target.progressText = tr("Importing registrations…");
    target.mapHeader = &mapRegistrationHeader;
    // An attendee list's own columns, and the parts of a name and the time stamp a form has.
    target.fields = registrationFields();
    for (const QString &field : {QStringLiteral("first_name"), QStringLiteral("middle_name"),
                                 QStringLiteral("last_name"), QStringLiteral("submitted_at")})
        target.fields.append(field);
    target.fieldName = [](const QString &field) {
        static const QHash<QString, const char *> own{
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Name")},
            {QStringLiteral("event_id"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Event (id)")},
            {QStringLiteral("member_id"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Member (id)")},
            {QStringLiteral("status"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Registration status")},
            {QStringLiteral("ticket_code"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Ticket code")},
            {QStringLiteral("checked_in_at"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Checked in at")},
            {QStringLiteral("checked_in_by"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Checked in by")},
            {QStringLiteral("walk_in"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Walk-in")},
            {QStringLiteral("external_ref"), QT_TRANSLATE_NOOP("supolka::EventsPage", "Order or ticket number")},
        };
        if (const auto it = own.constFind(field); it != own.cend())
            return tr(it.value());
        return MemberLabels::field(field);
    };
    const Event event = *current;
    target.run = [&database = m_database, event](const QString &path, const ImportOptions &options) {
        Event into = event;
        return RegistrationImporter::importFile(database, into, path, options);
    };
    const QPointer<EventsPage> page(this);
    target.changed = [page, pk = event.pk] {
        if (!page)
            return;
        page->reload();
        page->selectEvent(pk);
        emit page->eventsChanged();
    };
    target.failed = [page](const QString &message) {
        if (page)
            page->showError(message);
    };
    auto *dialog = new ImportDialog(m_database, target, m_undoStack, this);
    dialog->setObjectName(QStringLiteral("registrationsImportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->openFile(answer.path);
}

void EventsPage::exportRegistrations()
{
    const Event *current = currentEvent();
    if (!current)
        return;
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Export the registrations of “%1”").arg(current->title);
    request.path = QDir(settings::lastImportFolder.value()).filePath(current->title + QStringLiteral(".csv"));
    request.filters = {tr("CSV files (*.csv)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const Result<int> written =
        RegistrationExporter::exportFile(m_database, current->pk, answer.path, CsvProfile::Plain);
    if (!written) {
        showError(written.error());
        return;
    }
    m_messageBar->showSaved(
        tr("Wrote %n registrations to %1: import that file on the other laptop to merge.", nullptr, written.value())
            .arg(QDir::toNativeSeparators(answer.path)),
        answer.path);
}

void EventsPage::addGuest()
{
    const Event *current = currentEvent();
    if (!current)
        return;
    auto *dialog = new GuestDialog(*m_repository, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GuestDialog::added, this, [this](const Registration &registration) {
        m_undoStack->push(new AddGuestCommand(
            *m_repository, registration.pk, tr("Add guest %1").arg(registration.name),
            [this](qint64 pk) { registrationsTouched({pk}); }, [this](const QString &message) { showError(message); }));
        registrationsTouched({registration.pk});
        m_messageBar->showMessage(
            tr("Registered %1; ticket %2.").arg(registration.name, TicketPrinter::qrText(registration)),
            MessageBar::Kind::Positive);
    });
    dialog->open();
}

void EventsPage::cancelSelectedRegistrations()
{
    QList<qint64> pks;
    QString name;
    for (const Registration &r : selectedRegistrations()) {
        if (r.isCancelled())
            continue;
        pks.append(r.pk);
        name = r.name;
    }
    if (pks.isEmpty())
        return;
    const QString text = pks.size() == 1 ? tr("Cancel the registration of %1").arg(name)
                                         : tr("Cancel %n registrations", nullptr, int(pks.size()));
    m_undoStack->push(new CancelRegistrationsCommand(
        *m_repository, pks, text, [this](const QList<qint64> &touched) { registrationsTouched(touched); },
        [this](const QString &message) { showError(message); }));
    const QString done = pks.size() == 1 ? tr("Cancelled the registration of %1.").arg(name)
                                         : tr("Cancelled %n registrations.", nullptr, int(pks.size()));
    m_messageBar->showMessage(done, MessageBar::Kind::Information, tr("Undo"), [this] { m_undoStack->undo(); });
}

void EventsPage::printTickets()
{
    print(TicketPrinter::Sheet::Tickets, PrintTo::Printer);
}

void EventsPage::printBadges()
{
    print(TicketPrinter::Sheet::Badges, PrintTo::Printer);
}

void EventsPage::print(TicketPrinter::Sheet sheet, PrintTo to)
{
    const Event *current = currentEvent();
    if (!current)
        return;
    const Event event = *current;
    const bool badges = sheet == TicketPrinter::Sheet::Badges;
    // Cancelled tickets are refused at the door: they are not printed.
    const auto valid = [](QList<Registration> list) {
        list.erase(std::remove_if(list.begin(), list.end(), [](const Registration &r) { return r.isCancelled(); }),
                   list.end());
        return list;
    };
    QList<Registration> everyone = valid(m_repository->registrations(event.pk));
    QList<Registration> chosen = valid(selectedRegistrations());
    if (everyone.isEmpty()) {
        m_messageBar->showMessage(tr("Nobody is registered for “%1” yet.").arg(event.title), MessageBar::Kind::Warning);
        return;
    }
    if (!chosen.isEmpty() && chosen.size() < everyone.size()) {
        Dialogs::Decision decision;
        decision.title = badges ? tr("Print badges") : tr("Print tickets");
        decision.text = badges ? tr("Print badges for the people selected, or for everyone registered?")
                               : tr("Print tickets for the people selected, or for everyone registered?");
        decision.choices = {tr("Selected (%1)").arg(QLocale().toString(chosen.size())),
                            tr("Everyone (%1)").arg(QLocale().toString(everyone.size())), tr("Cancel")};
        decision.defaultChoice = 0;
        decision.cancelChoice = 2;
        const int answer = Dialogs::decide(this, decision);
        if (answer == 2 || answer < 0)
            return;
        if (answer == 1)
            chosen = everyone;
    } else {
        chosen = everyone;
    }
    const int count = int(chosen.size());
    // A file with the sheets: named, with the way to its folder.
    const auto announceFile = [this, badges, count](const QString &file) {
        const QString where = QDir::toNativeSeparators(file);
        m_messageBar->showSaved(badges ? tr("Badges for %n people are in %1.", nullptr, count).arg(where)
                                       : tr("Tickets for %n people are in %1.", nullptr, count).arg(where),
                                file);
    };

    if (to == PrintTo::Printer) {
        QPrinter printer(QPrinter::HighResolution);
        TicketPrinter::prepare(printer, sheet, event);
        if (!Dialogs::choosePrinter(this, printer,
                                    badges ? tr("Print badges for “%1”").arg(event.title)
                                           : tr("Print tickets for “%1”").arg(event.title)))
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status printed = TicketPrinter::print(printer, sheet, event, chosen);
        QApplication::restoreOverrideCursor();
        if (!printed) {
            showError((badges ? tr("The badges were not printed: %1") : tr("The tickets were not printed: %1"))
                          .arg(printed.error()));
            return;
        }
        // Printed into a file from the dialog: the file is named, like a saved one.
        if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
            announceFile(printer.outputFileName());
            return;
        }
        m_messageBar->showMessage(
            badges ? tr("Sent badges for %n people to %1.", nullptr, count).arg(printer.printerName())
                   : tr("Sent tickets for %n people to %1.", nullptr, count).arg(printer.printerName()),
            MessageBar::Kind::Positive);
        return;
    }

    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption =
        badges ? tr("Save the badges for “%1”").arg(event.title) : tr("Save the tickets for “%1”").arg(event.title);
    const QString suggested = fileNameFrom(event.title + QStringLiteral(" – ") +
                                           (badges ? tr("badges", "file name") : tr("tickets", "file name")));
    request.path = QDir(folderOr(settings::lastExportFolder.value())).filePath(suggested + QStringLiteral(".pdf"));
    request.filters = {tr("PDF (*.pdf)")};
    request.selectedFilter = request.filters.first();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    QString path = answer.path;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    settings::lastExportFolder.setValue(QFileInfo(path).absolutePath());

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written =
        badges ? TicketPrinter::writeBadges(event, chosen, path) : TicketPrinter::writeTickets(event, chosen, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError((badges ? tr("The badges were not written: %1") : tr("The tickets were not written: %1"))
                      .arg(written.error()));
        return;
    }
    announceFile(path);
}

void EventsPage::showEvent(QShowEvent *event)
{
    // Check-ins at the door and imports change the counts while the page is hidden.
    reload();
    QWidget::showEvent(event);
}

void EventsPage::changeEvent(QEvent *event)
{
    // A new language, or a switch between light and dark: the texts and the charts are made again.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka
