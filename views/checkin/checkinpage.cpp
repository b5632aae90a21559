#include "views/checkin/checkinpage.h"

#include <algorithm>

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/core/shownformats.h"
#include "models/db/database.h"
#include "models/events/checkinresultsmodel.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "views/checkin/checkincommand.h"
#include "views/checkin/checkinresultdelegate.h"
#include "views/checkin/walkincommand.h"
#include "views/checkin/walkindialog.h"
#include "views/common/icons.h"
#include "views/common/messagebar.h"
#include "views/common/operatorname.h"
#include "views/common/theme.h"

namespace supolka {

namespace {

// Enough for the door: a longer list means the person should type more.
constexpr int ResultLimit = 20;
// Typing pauses shorter than this run one search, not one per letter; a scanner's whole code is one search.
constexpr int SearchDelayMs = 40;

const QKeySequence WalkInKey(Qt::Key_F2);
const QKeySequence FullScreenKey(Qt::Key_F11);

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

// Today's events (and those still running) first, then the coming ones from the nearest, then the past ones from the
// latest: the door almost always wants the first.
QList<Event> doorOrder(QList<Event> events)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = QDate::currentDate();
    auto rank = [&](const Event &event) {
        const bool running = event.startsAt <= now && event.endsAt.isValid() && event.endsAt >= now;
        if (running || event.startsAt.toLocalTime().date() == today)
            return 0;
        return event.startsAt > now ? 1 : 2;
    };
    std::stable_sort(events.begin(), events.end(), [&](const Event &a, const Event &b) {
        const int rankA = rank(a);
        const int rankB = rank(b);
        if (rankA != rankB)
            return rankA < rankB;
        return rankA == 2 ? a.startsAt > b.startsAt : a.startsAt < b.startsAt;
    });
    return events;
}

QString statusKindKey(CheckInPage::StatusKind kind)
{
    switch (kind) {
    case CheckInPage::StatusKind::CheckedIn:
        return QStringLiteral("checked_in");
    case CheckInPage::StatusKind::AlreadyCheckedIn:
        return QStringLiteral("already_checked_in");
    case CheckInPage::StatusKind::Refused:
        return QStringLiteral("refused");
    case CheckInPage::StatusKind::NotFound:
        return QStringLiteral("not_found");
    case CheckInPage::StatusKind::Information:
        return QStringLiteral("information");
    case CheckInPage::StatusKind::Ready:
        break;
    }
    return QStringLiteral("ready");
}

QString panelStyle(CheckInPage::StatusKind kind)
{
    Theme::Colours scheme;
    switch (kind) {
    case CheckInPage::StatusKind::CheckedIn:
        scheme = Theme::colours(Theme::Signal::Positive);
        break;
    case CheckInPage::StatusKind::AlreadyCheckedIn:
    case CheckInPage::StatusKind::NotFound:
        scheme = Theme::colours(Theme::Signal::Warning);
        break;
    case CheckInPage::StatusKind::Refused:
        scheme = Theme::colours(Theme::Signal::Error);
        break;
    case CheckInPage::StatusKind::Ready:
    case CheckInPage::StatusKind::Information:
        return QStringLiteral("QFrame#statusPanel { border: 2px solid palette(mid); border-radius: 8px; }");
    }
    return QStringLiteral("QFrame#statusPanel { background: %1; border: 3px solid %2; border-radius: 8px; } "
                          "QFrame#statusPanel QLabel { color: %3; background: transparent; border: none; }")
        .arg(scheme.background.name(), scheme.border.name(), scheme.text.name());
}

} // namespace

CheckInPage::CheckInPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(std::make_unique<EventRepository>(database))
    , m_members(std::make_unique<MemberRepository>(database))
{
    setObjectName(QStringLiteral("checkInPage"));
    m_model = new CheckInResultsModel(this);
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("checkInUndoStack"));
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CheckInPage::runSearch);
    build();
    retranslate();
    reloadEvents();
}

CheckInPage::~CheckInPage()
{
    // The undo history is cleared as the page's children go; the page must not hear of it by then.
    disconnect(m_undoStack, nullptr, this, nullptr);
}

void CheckInPage::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("checkInMessageBar"));

    m_eventLabel = new QLabel(this);
    m_eventCombo = new QComboBox(this);
    m_eventCombo->setObjectName(QStringLiteral("eventCombo"));
    m_eventCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_eventCombo->setMinimumContentsLength(30);
    m_eventLabel->setBuddy(m_eventCombo);
    connect(m_eventCombo, &QComboBox::currentIndexChanged, this, &CheckInPage::activateEvent);

    m_fullScreenButton = new QPushButton(this);
    m_fullScreenButton->setObjectName(QStringLiteral("fullScreenButton"));
    m_fullScreenButton->setCheckable(true);
    m_fullScreenButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    connect(m_fullScreenButton, &QPushButton::toggled, this, &CheckInPage::fullScreenRequested);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setFont(scaled(font(), 1.8));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::search(), QLineEdit::LeadingPosition);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInPage::scheduleSearch);

    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new CheckInResultDelegate(m_results));
    m_results->setFont(scaled(font(), 1.3));
    // The keyboard stays in the search field: ↑/↓ there move the choice here.
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 12);
    // Status and time always in view at a laptop's width: the name and the e-mail share what is left (the name
    // is never squeezed below a readable width, even before anyone is typed), the short columns fit their text.
    QHeaderView *resultColumns = m_results->horizontalHeader();
    resultColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    resultColumns->setSectionResizeMode(CheckInResultsModel::Name, QHeaderView::Stretch);
    resultColumns->setSectionResizeMode(CheckInResultsModel::Email, QHeaderView::Stretch);
    resultColumns->setMinimumSectionSize(m_results->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 4);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->horizontalHeader()->setHighlightSections(false);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            checkIn(m_model->registrationAt(index.row()));
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CheckInPage::updateResultsHint);

    m_resultsHint = new QLabel(this);
    m_resultsHint->setObjectName(QStringLiteral("resultsHintLabel"));
    m_resultsHint->setFont(scaled(font(), 1.15));
    m_resultsHint->setWordWrap(true);

    m_statusPanel = new QFrame(this);
    m_statusPanel->setObjectName(QStringLiteral("statusPanel"));
    m_statusPanel->setFrameShape(QFrame::StyledPanel);
    m_statusPanel->setMinimumHeight(180);
    m_statusLabel = new QLabel(m_statusPanel);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setFont(scaled(font(), 2.4, true));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setAlignment(Qt::AlignCenter);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusDetail = new QLabel(m_statusPanel);
    m_statusDetail->setObjectName(QStringLiteral("statusDetailLabel"));
    m_statusDetail->setFont(scaled(font(), 1.3));
    m_statusDetail->setWordWrap(true);
    m_statusDetail->setAlignment(Qt::AlignCenter);
    m_statusDetail->setTextFormat(Qt::PlainText);
    auto *panelLayout = new QVBoxLayout(m_statusPanel);
    panelLayout->addStretch(1);
    panelLayout->addWidget(m_statusLabel);
    panelLayout->addWidget(m_statusDetail);
    panelLayout->addStretch(1);

    auto makeCounter = [this](const QString &name, QLabel *&number, QLabel *&caption) {
        number = new QLabel(this);
        number->setObjectName(name);
        number->setFont(scaled(font(), 2.6, true));
        number->setAlignment(Qt::AlignCenter);
        caption = new QLabel(this);
        caption->setObjectName(name + QStringLiteral("Caption"));
        caption->setFont(scaled(font(), 1.1));
        caption->setAlignment(Qt::AlignCenter);
    };
    makeCounter(QStringLiteral("checkedInCounter"), m_checkedInCounter, m_checkedInCaption);
    makeCounter(QStringLiteral("registeredCounter"), m_registeredCounter, m_registeredCaption);
    makeCounter(QStringLiteral("walkInCounter"), m_walkInCounter, m_walkInCaption);
    auto *counters = new QGridLayout;
    counters->addWidget(m_checkedInCounter, 0, 0);
    counters->addWidget(m_registeredCounter, 0, 1);
    counters->addWidget(m_walkInCounter, 0, 2);
    counters->addWidget(m_checkedInCaption, 1, 0);
    counters->addWidget(m_registeredCaption, 1, 1);
    counters->addWidget(m_walkInCaption, 1, 2);

    auto makeButton = [this](const QString &name, QStyle::StandardPixmap icon) {
        auto *button = new QPushButton(this);
        button->setObjectName(name);
        button->setIcon(style()->standardIcon(icon));
        button->setFont(scaled(font(), 1.15));
        button->setAutoDefault(false);
        return button;
    };
    m_checkInButton = makeButton(QStringLiteral("checkInButton"), QStyle::SP_DialogApplyButton);
    m_walkInButton = makeButton(QStringLiteral("walkInButton"), QStyle::SP_FileDialogNewFolder);
    m_undoButton = makeButton(QStringLiteral("undoButton"), QStyle::SP_ArrowBack);
    connect(m_checkInButton, &QPushButton::clicked, this, &CheckInPage::checkInChosen);
    connect(m_walkInButton, &QPushButton::clicked, this, &CheckInPage::openWalkIn);
    connect(m_undoButton, &QPushButton::clicked, this, &CheckInPage::undoLastCheckIn);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &CheckInPage::updateUndoButton);
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &CheckInPage::updateUndoButton);

    m_keysHint = new QLabel(this);
    m_keysHint->setObjectName(QStringLiteral("keysHintLabel"));
    m_keysHint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_eventLabel);
    top->addWidget(m_eventCombo, 1);
    top->addWidget(m_fullScreenButton);

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_results, 1);
    left->addWidget(m_resultsHint);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkInButton);
    buttons->addWidget(m_walkInButton);
    buttons->addWidget(m_undoButton);

    auto *right = new QVBoxLayout;
    right->addWidget(m_statusPanel, 1);
    right->addLayout(counters);
    right->addLayout(buttons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_keysHint);

    for (QWidget *widget : std::initializer_list<QWidget *>{m_search, m_eventCombo, m_fullScreenButton, m_results,
                                                            m_checkInButton, m_walkInButton, m_undoButton})
        widget->installEventFilter(this);
    setFocusProxy(m_search);
}

void CheckInPage::retranslate()
{
    m_eventLabel->setText(tr("&Event:"));
    m_eventCombo->setToolTip(tr("The event people are checked in to: today's and coming ones first"));
    m_fullScreenButton->setText(tr("Full screen"));
    m_fullScreenButton->setToolTip(
        tr("Let the door fill the screen (%1); Esc in the empty search field leaves it").arg(keyText(FullScreenKey)));
    m_search->setPlaceholderText(tr("Name, e-mail, phone or ticket code"));
    m_search->setAccessibleName(tr("Find the person to check in"));
    m_results->setAccessibleName(tr("People who match"));
    m_checkedInCaption->setText(tr("checked in", "counter at the door"));
    m_registeredCaption->setText(tr("registered", "counter at the door"));
    m_walkInCaption->setText(tr("walk-ins", "counter at the door"));
    m_checkInButton->setText(tr("Check in"));
    m_checkInButton->setToolTip(tr("Check in the chosen person (Enter)"));
    m_walkInButton->setText(tr("Walk-in…"));
    m_walkInButton->setToolTip(tr("Register and check in someone who is not on the list (%1 or %2)")
                                   .arg(keyText(WalkInKey), keyText(QKeySequence(QKeySequence::New))));
    m_undoButton->setText(tr("Undo"));
    m_keysHint->setText(
        tr("Enter: check in · ↑/↓: choose · %1: walk-in · %2: undo · Esc: clear · %3: full screen")
            .arg(keyText(WalkInKey), keyText(QKeySequence(QKeySequence::Undo)), keyText(FullScreenKey)));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, CheckInResultsModel::ColumnCount - 1);
    m_results->viewport()->update();
    updateResultsHint();
    updateUndoButton();
    if (m_statusKind == StatusKind::Ready)
        showReady();
}

void CheckInPage::setStation(const QString &station)
{
    m_station = station.trimmed(); // empty: who is at this computer, as it is at each check-in
}

void CheckInPage::reloadEvents()
{
    const qint64 keep = m_eventPk;
    const QList<Event> events = doorOrder(m_repository->events());
    {
        const QSignalBlocker blocker(m_eventCombo);
        m_eventCombo->clear();
        for (const Event &event : events) {
            m_eventCombo->addItem(
                tr("%1 — %2", "event title — when it starts").arg(event.title, shown::dateTime(event.startsAt)),
                event.pk);
        }
        const int index = m_eventCombo->findData(keep);
        m_eventCombo->setCurrentIndex(index >= 0 ? index : (m_eventCombo->count() > 0 ? 0 : -1));
    }
    activateEvent(m_eventCombo->currentIndex());
}

void CheckInPage::setEvent(qint64 eventPk)
{
    int index = m_eventCombo->findData(eventPk);
    if (index < 0) {
        reloadEvents();
        index = m_eventCombo->findData(eventPk);
    }
    if (index >= 0)
        m_eventCombo->setCurrentIndex(index);
}

void CheckInPage::activateEvent(int comboIndex)
{
    const qint64 pk = comboIndex >= 0 ? m_eventCombo->itemData(comboIndex).toLongLong() : 0;
    const bool changed = pk != m_eventPk;
    m_eventPk = pk;
    const bool ready = pk != 0;
    m_search->setEnabled(ready);
    m_checkInButton->setEnabled(ready);
    m_walkInButton->setEnabled(ready);
    if (changed) {
        // The door's history belongs to one event.
        m_undoStack->clear();
        m_search->clear();
        m_messageBar->hideMessage();
        showReady();
        warnIfNotToday();
    }
    refresh();
}

void CheckInPage::warnIfNotToday()
{
    const std::optional<Event> event = m_eventPk ? m_repository->findEvent(m_eventPk) : std::nullopt;
    if (!event || !event->startsAt.isValid())
        return;
    // The door is for the event happening now: one that starts tomorrow or later, or ended before yesterday, is
    // most likely the wrong one in the list.
    const QDate today = QDate::currentDate();
    const QDate starts = event->startsAt.toLocalTime().date();
    const QDate ends = event->endsAt.isValid() ? event->endsAt.toLocalTime().date() : starts;
    if (starts > today)
        m_messageBar->showMessage(tr("“%1” starts on %2, in %n day(s): check that it is the event at the door.",
                                     nullptr, int(today.daysTo(starts)))
                                      .arg(event->title, shown::date(starts)),
                                  MessageBar::Kind::Warning);
    else if (ends.addDays(1) < today)
        m_messageBar->showMessage(tr("“%1” was on %2, %n day(s) ago: check that it is the event at the door.", nullptr,
                                     int(ends.daysTo(today)))
                                      .arg(event->title, shown::date(ends)),
                                  MessageBar::Kind::Warning);
}

void CheckInPage::refresh()
{
    runSearch();
    updateCounters();
    updateUndoButton();
}

void CheckInPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CheckInPage::isDoorShortcut(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo) || event->matches(QKeySequence::New) ||
        event->matches(QKeySequence::Find))
        return true;
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    return plain && (event->key() == Qt::Key_F2 || event->key() == Qt::Key_F11);
}

bool CheckInPage::handleDoorShortcut(const QKeyEvent *event)
{
    if (!isDoorShortcut(event))
        return false;
    if (event->matches(QKeySequence::Undo))
        undoLastCheckIn();
    else if (event->matches(QKeySequence::Redo))
        redoCheckIn();
    else if (event->matches(QKeySequence::New) || event->key() == Qt::Key_F2)
        openWalkIn();
    else if (event->matches(QKeySequence::Find))
        focusSearch();
    else if (event->key() == Qt::Key_F11)
        m_fullScreenButton->toggle();
    return true;
}

bool CheckInPage::handleSearchKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        checkInChosen();
        return true;
    case Qt::Key_Up:
        moveChoice(-1);
        return true;
    case Qt::Key_Down:
        moveChoice(1);
        return true;
    case Qt::Key_PageUp:
        moveChoice(-5);
        return true;
    case Qt::Key_PageDown:
        moveChoice(5);
        return true;
    case Qt::Key_Escape:
        if (!m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (m_fullScreenButton->isChecked()) {
            m_fullScreenButton->setChecked(false);
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool CheckInPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Taken before the window's shortcuts (and the search field's own undo): at the door these keys mean the
        // door's actions.
        if (isDoorShortcut(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && handleSearchKey(key))
            return true;
        if (handleDoorShortcut(key))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool CheckInPage::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isDoorShortcut(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CheckInPage::keyPressEvent(QKeyEvent *event)
{
    if (handleDoorShortcut(event))
        return;
    QWidget::keyPressEvent(event);
}

QString CheckInPage::doorName()
{
    return OperatorName::atTheDoor();
}

void CheckInPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // "Checked in by" names a person, not a computer: asked the first time the door opens.
    if (OperatorName::current().isEmpty() && !m_askedForName) {
        m_askedForName = true;
        // Once the door is on screen, so that the question is asked over it.
        QTimer::singleShot(0, this, [page = QPointer<CheckInPage>(this)] {
            if (!page || !page->isVisible() || !OperatorName::current().isEmpty())
                return;
            OperatorName::ask(page); // the page may be gone when the question returns (the database locked)
        });
    }
    m_search->setFocus(Qt::OtherFocusReason);
}

void CheckInPage::scheduleSearch()
{
    if (m_search->text().trimmed().isEmpty()) {
        runSearch();
        return;
    }
    m_searchTimer->start();
}

void CheckInPage::flushSearch()
{
    if (m_searchTimer->isActive())
        runSearch();
}

void CheckInPage::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text();
    if (m_eventPk == 0 || text.trimmed().isEmpty()) {
        m_model->clear();
    } else {
        m_model->setResults(m_repository->search(m_eventPk, text, ResultLimit));
        if (m_model->rowCount() > 0)
            m_results->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                                   QItemSelectionModel::Rows);
    }
    updateResultsHint();
}

int CheckInPage::chosenRow() const
{
    if (m_model->rowCount() == 0)
        return -1;
    const QModelIndex current = m_results->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : 0;
}

void CheckInPage::moveChoice(int delta)
{
    flushSearch();
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(chosenRow() + delta, 0, rows - 1);
    const QModelIndex index = m_model->index(row, 0);
    m_results->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_results->scrollTo(index);
}

void CheckInPage::updateResultsHint()
{
    const int rows = m_model->rowCount();
    if (m_search->text().trimmed().isEmpty() || m_eventPk == 0) {
        m_resultsHint->clear();
    } else if (m_searchTimer->isActive()) {
        // A search is on its way; the hint would speak of the text before.
    } else if (rows == 0) {
        m_resultsHint->setText(
            tr("Nobody on the list matches. %1 registers them as a walk-in.").arg(keyText(WalkInKey)));
    } else if (rows == 1) {
        m_resultsHint->setText(tr("Enter checks in %1.").arg(m_model->registrationAt(0).name));
    } else {
        const int row = std::max(0, chosenRow());
        m_resultsHint->setText(tr("%n people match: ↑/↓ choose, Enter checks in %1.", nullptr, rows)
                                   .arg(m_model->registrationAt(row).name));
    }
}

void CheckInPage::checkInChosen()
{
    flushSearch();
    if (m_eventPk == 0)
        return;
    const QString typed = m_search->text().simplified();
    if (typed.isEmpty())
        return;
    const int row = chosenRow();
    if (row < 0) {
        showStatus(StatusKind::NotFound, tr("Nobody on the list matches “%1”.").arg(typed),
                   tr("Check the spelling, or try the e-mail, phone or ticket code. %1 registers them as a walk-in.")
                       .arg(keyText(WalkInKey)));
        // The next letters or the next scan replace what is there.
        m_search->selectAll();
        m_search->setFocus();
        return;
    }
    checkIn(m_model->registrationAt(row));
}

void CheckInPage::checkIn(const Registration &chosen)
{
    const CheckInResult result = m_repository->checkIn(chosen.pk, station());
    switch (result.outcome) {
    case CheckInOutcome::CheckedIn: {
        Registration before = result.registration;
        before.checkedInAt.clear();
        before.checkedInBy.clear();
        m_undoStack->push(new CheckInCommand(
            *m_repository, before, result.registration,
            [this](const Registration &, const QString &message) { commandDone(message); },
            [this](const QString &message) { commandFailed(message); }));
        showStatus(StatusKind::CheckedIn, result.registration.name,
                   tr("Checked in · ticket %1").arg(ticketcode::display(result.registration.ticketCode)));
        break;
    }
    case CheckInOutcome::AlreadyCheckedIn:
        showStatus(StatusKind::AlreadyCheckedIn, result.message,
                   tr("This ticket has been used. Let them in only if you are sure it was not someone else."));
        break;
    case CheckInOutcome::Cancelled:
        showStatus(StatusKind::Refused, result.message, tr("Ask them to see the organisers."));
        break;
    case CheckInOutcome::NotFound:
        showStatus(StatusKind::Refused, result.message);
        break;
    }
    readyForNext();
}

void CheckInPage::readyForNext()
{
    m_search->clear();
    m_search->setFocus(Qt::OtherFocusReason);
    updateCounters();
    emit registrationsChanged(m_eventPk);
}

void CheckInPage::commandDone(const QString &message)
{
    showStatus(StatusKind::Information, message);
    runSearch();
    updateCounters();
    emit registrationsChanged(m_eventPk);
}

void CheckInPage::commandFailed(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
    runSearch();
    updateCounters();
}

void CheckInPage::undoLastCheckIn()
{
    if (!m_undoStack->canUndo()) {
        showStatus(StatusKind::Information, tr("There is no check-in to take back."));
        return;
    }
    m_undoStack->undo();
    m_search->setFocus(Qt::OtherFocusReason);
}

void CheckInPage::redoCheckIn()
{
    if (m_undoStack->canRedo())
        m_undoStack->redo();
}

void CheckInPage::openWalkIn()
{
    if (m_eventPk == 0)
        return;
    flushSearch();
    const std::optional<Event> event = m_repository->findEvent(m_eventPk);
    if (!event || event->isDeleted()) {
        m_messageBar->showMessage(tr("This event no longer exists."), MessageBar::Kind::Error);
        reloadEvents();
        return;
    }
    auto *dialog = new WalkInDialog(m_database, *event, station(), m_search->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WalkInDialog::walkedIn, this, &CheckInPage::walkedIn);
    connect(dialog, &QDialog::finished, this, [this] { m_search->setFocus(Qt::OtherFocusReason); });
    dialog->open();
}

void CheckInPage::walkedIn(const Registration &registration, qint64 newMemberPk)
{
    auto failed = [this](const QString &message) {
        commandFailed(message);
    };
    if (!registration.walkIn) {
        // They were on the list after all (found by their e-mail or phone): their registration is checked in.
        Registration before = registration;
        before.checkedInAt.clear();
        before.checkedInBy.clear();
        m_undoStack->push(new CheckInCommand(
            *m_repository, before, registration,
            [this](const Registration &, const QString &message) { commandDone(message); }, failed));
        showStatus(StatusKind::CheckedIn, registration.name,
                   tr("Was on the list after all: checked in on their registration."));
    } else {
        m_undoStack->push(new WalkInCommand(
            *m_repository, *m_members, registration, newMemberPk,
            [this, newMemberPk](const Registration &, const QString &message) {
                commandDone(message);
                if (newMemberPk != 0)
                    emit membersChanged();
            },
            failed));
        showStatus(StatusKind::CheckedIn, registration.name,
                   newMemberPk != 0 ? tr("Walk-in: registered, checked in and now a member of the chapter.")
                                    : tr("Walk-in: registered and checked in."));
    }
    readyForNext();
    if (newMemberPk != 0)
        emit membersChanged();
}

void CheckInPage::setFullScreen(bool on)
{
    const QSignalBlocker blocker(m_fullScreenButton);
    m_fullScreenButton->setChecked(on);
}

void CheckInPage::showStatus(StatusKind kind, const QString &text, const QString &detail)
{
    m_statusKind = kind;
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("statusKind", statusKindKey(kind));
    m_statusDetail->setText(detail);
    m_statusDetail->setVisible(!detail.isEmpty());
    m_statusPanel->setStyleSheet(panelStyle(kind));
}

void CheckInPage::showReady()
{
    if (m_eventPk == 0)
        showStatus(StatusKind::Ready, tr("There is no event to check in to yet."),
                   tr("Add the event on the Events page first; its registrations can be imported there."));
    else
        showStatus(StatusKind::Ready, tr("Ready"), tr("Type a name, e-mail, phone or ticket code, or scan a ticket."));
}

void CheckInPage::updateCounters()
{
    const EventCounts counts = m_eventPk != 0 ? m_repository->counts(m_eventPk) : EventCounts();
    const QLocale locale;
    m_checkedInCounter->setText(locale.toString(counts.checkedIn));
    m_registeredCounter->setText(locale.toString(counts.registered));
    m_walkInCounter->setText(locale.toString(counts.walkIns));
    m_checkedInCounter->setToolTip(tr("%1 of %2 registered people have come in")
                                       .arg(locale.toString(counts.checkedIn), locale.toString(counts.registered)));
    m_registeredCounter->setToolTip(
        tr("%n registered (walk-ins included, cancelled ones not)", nullptr, counts.registered));
    m_walkInCounter->setToolTip(tr("%n registered at the door", nullptr, counts.walkIns));
}

void CheckInPage::updateUndoButton()
{
    const bool can = m_undoStack->canUndo();
    m_undoButton->setEnabled(can);
    const QString key = keyText(QKeySequence(QKeySequence::Undo));
    m_undoButton->setToolTip(can ? tr("Take back: %1 (%2)").arg(m_undoStack->undoText(), key)
                                 : tr("Takes back the last check-in (%1)").arg(key));
}

void CheckInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_eventCombo)
            reloadEvents();
    }
    QWidget::changeEvent(event);
}

} // namespace supolka
