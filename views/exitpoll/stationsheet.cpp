#include "views/exitpoll/stationsheet.h"

#include <algorithm>
#include <limits>

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/exitpoll/exitpollrepository.h"
#include "models/exitpoll/stationtablemodel.h"
#include "models/text/countries.h"
#include "views/common/messagebar.h"
#include "views/common/uilanguage.h"
#include "views/exitpoll/addanswercommand.h"
#include "views/exitpoll/setshiftcountscommand.h"

namespace supolka {

namespace {

constexpr int MaxHotkey = 9;

// Sets `widget`'s font to `base` times `factor`. Explicit, not inherited: the answer pad's style sheet would
// otherwise hand its children the application's font.
void scaleFont(QWidget *widget, const QFont &base, double factor, bool bold = false)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(int(font.pixelSize() * factor));
    font.setBold(bold);
    widget->setFont(font);
}

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace

StationSheet::StationSheet(Database &database, qint64 electionPk, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(std::make_unique<ExitPollRepository>(database))
    , m_electionPk(electionPk)
{
    setObjectName(QStringLiteral("stationSheet"));
    m_undoStack = new QUndoStack(this);
    for (const Election &election : m_repository->elections()) {
        if (election.pk != electionPk)
            continue;
        m_electionName = election.name;
        const QHash<QString, qint64> keys = m_repository->optionKeys(electionPk);
        for (int i = 0; i < election.options.size(); ++i) {
            OptionRow row;
            row.key = keys.value(election.options.at(i));
            row.name = election.options.at(i);
            row.hotkey = i < MaxHotkey ? i + 1 : -1;
            m_rows.append(row);
        }
    }
    OptionRow refused;
    refused.key = ExitPollRepository::Refused;
    refused.hotkey = 0;
    m_rows.append(refused);

    build();
    retranslate();
    refresh(true);
}

StationSheet::~StationSheet() = default;

void StationSheet::build()
{
    scaleFont(this, font(), 1.5);
    const QFont base = font();

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("stationSheetMessageBar"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stationSheetTitle"));
    scaleFont(m_title, base, 1.3, true);
    m_title->setWordWrap(true);

    m_stationLabel = new QLabel(this);
    m_stationCombo = new QComboBox(this);
    m_stationCombo->setObjectName(QStringLiteral("stationCombo"));
    m_stationLabel->setBuddy(m_stationCombo);
    connect(m_stationCombo, &QComboBox::currentIndexChanged, this, [this] { refresh(true); });
    connect(m_stationCombo, &QComboBox::activated, this, [this] {
        if (mode() == Mode::Answers)
            focusAnswers();
    });

    m_shiftLabel = new QLabel(this);
    m_shiftEdit = new QLineEdit(this);
    m_shiftEdit->setObjectName(QStringLiteral("shiftEdit"));
    m_shiftEdit->setText(tr("morning", "shift of the election day"));
    m_shiftLabel->setBuddy(m_shiftEdit);
    m_shiftNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_shiftNames, m_shiftEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_shiftEdit->setCompleter(completer);
    connect(m_shiftEdit, &QLineEdit::editingFinished, this, [this] { refresh(true); });
    connect(m_shiftEdit, &QLineEdit::returnPressed, this, [this] {
        if (mode() == Mode::Answers)
            focusAnswers();
    });

    auto *choice = new QHBoxLayout;
    choice->addWidget(m_stationLabel);
    choice->addWidget(m_stationCombo, 2);
    choice->addSpacing(24);
    choice->addWidget(m_shiftLabel);
    choice->addWidget(m_shiftEdit, 1);

    // One key per answer.
    auto *answersPage = new QWidget(this);
    m_answersHint = new QLabel(answersPage);
    m_answersHint->setObjectName(QStringLiteral("answersHint"));
    m_answersHint->setWordWrap(true);
    m_pad = new QFrame(answersPage);
    m_pad->setObjectName(QStringLiteral("answerPad"));
    m_pad->setFocusPolicy(Qt::StrongFocus);
    m_pad->setFrameShape(QFrame::StyledPanel);
    m_pad->setStyleSheet(QStringLiteral("QFrame#answerPad { border: 2px solid palette(mid); border-radius: 6px; }"
                                        "QFrame#answerPad:focus { border: 3px solid #1a73e8; }"));
    auto *grid = new QGridLayout(m_pad);
    grid->setHorizontalSpacing(24);
    m_countHeader = new QLabel(m_pad);
    m_shareHeader = new QLabel(m_pad);
    scaleFont(m_countHeader, base, 0.8);
    scaleFont(m_shareHeader, base, 0.8);
    grid->addWidget(m_countHeader, 0, 2, Qt::AlignRight);
    grid->addWidget(m_shareHeader, 0, 3, Qt::AlignRight);
    for (int i = 0; i < m_rows.size(); ++i) {
        OptionRow &row = m_rows[i];
        const QString suffix = row.hotkey >= 0 ? QString::number(row.hotkey) : QStringLiteral("option%1").arg(i + 1);
        row.keyLabel = new QLabel(row.hotkey >= 0 ? QString::number(row.hotkey) : QString(), m_pad);
        row.keyLabel->setObjectName(QStringLiteral("keyLabel_") + suffix);
        row.keyLabel->setAlignment(Qt::AlignCenter);
        row.keyLabel->setFrameShape(row.hotkey >= 0 ? QFrame::Box : QFrame::NoFrame);
        scaleFont(row.keyLabel, base, 1.4, true);
        row.keyLabel->setMinimumWidth(row.keyLabel->fontMetrics().height() * 2);
        row.nameLabel = new QLabel(m_pad);
        row.nameLabel->setObjectName(QStringLiteral("optionLabel_") + suffix);
        scaleFont(row.nameLabel, base, 1.2);
        row.countLabel = new QLabel(m_pad);
        row.countLabel->setObjectName(QStringLiteral("countLabel_") + suffix);
        row.countLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        scaleFont(row.countLabel, base, 1.4, true);
        row.shareLabel = new QLabel(m_pad);
        row.shareLabel->setObjectName(QStringLiteral("shareLabel_") + suffix);
        row.shareLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        scaleFont(row.shareLabel, base, 1.2);
        grid->addWidget(row.keyLabel, i + 1, 0);
        grid->addWidget(row.nameLabel, i + 1, 1);
        grid->addWidget(row.countLabel, i + 1, 2);
        grid->addWidget(row.shareLabel, i + 1, 3);
    }
    grid->setColumnStretch(1, 1);
    m_respondents = new QLabel(answersPage);
    m_respondents->setObjectName(QStringLiteral("respondentsLabel"));
    m_respondents->setWordWrap(true);
    m_lastAnswer = new QLabel(answersPage);
    m_lastAnswer->setObjectName(QStringLiteral("lastAnswerLabel"));
    m_undoButton = new QPushButton(answersPage);
    m_undoButton->setObjectName(QStringLiteral("undoAnswerButton"));
    m_undoButton->setEnabled(false);
    m_undoButton->setFocusPolicy(Qt::NoFocus);
    connect(m_undoButton, &QPushButton::clicked, this, &StationSheet::undoLastAnswer);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    auto *answersFooter = new QHBoxLayout;
    answersFooter->addWidget(m_lastAnswer, 1);
    answersFooter->addWidget(m_undoButton);
    auto *answersLayout = new QVBoxLayout(answersPage);
    answersLayout->addWidget(m_answersHint);
    answersLayout->addWidget(m_pad);
    answersLayout->addWidget(m_respondents);
    answersLayout->addLayout(answersFooter);
    answersLayout->addStretch(1);

    // The totals of a paper sheet.
    auto *countsPage = new QWidget(this);
    m_countsHint = new QLabel(countsPage);
    m_countsHint->setObjectName(QStringLiteral("countsHint"));
    m_countsHint->setWordWrap(true);
    auto *form = new QFormLayout;
    for (int i = 0; i < m_rows.size(); ++i) {
        OptionRow &row = m_rows[i];
        const QString suffix = row.hotkey >= 0 ? QString::number(row.hotkey) : QStringLiteral("option%1").arg(i + 1);
        row.countsNameLabel = new QLabel(countsPage);
        row.countEdit = new QLineEdit(countsPage);
        row.countEdit->setObjectName(QStringLiteral("countEdit_") + suffix);
        row.countEdit->setValidator(new QIntValidator(0, 100000000, row.countEdit));
        row.countEdit->setAlignment(Qt::AlignRight);
        row.countsNameLabel->setBuddy(row.countEdit);
        connect(row.countEdit, &QLineEdit::returnPressed, this, &StationSheet::saveCounts);
        form->addRow(row.countsNameLabel, row.countEdit);
    }
    m_saveCountsButton = new QPushButton(countsPage);
    m_saveCountsButton->setObjectName(QStringLiteral("saveCountsButton"));
    connect(m_saveCountsButton, &QPushButton::clicked, this, &StationSheet::saveCounts);
    auto *countsLayout = new QVBoxLayout(countsPage);
    countsLayout->addWidget(m_countsHint);
    countsLayout->addLayout(form);
    countsLayout->addWidget(m_saveCountsButton, 0, Qt::AlignLeft);
    countsLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sheetModeTabs"));
    m_tabs->addTab(answersPage, QString());
    m_tabs->addTab(countsPage, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        refresh(true);
        if (mode() == Mode::Answers)
            focusAnswers();
    });

    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeSheetButton"));
    m_closeButton->setFocusPolicy(Qt::NoFocus);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addLayout(choice);
    layout->addWidget(m_tabs, 1);
}

void StationSheet::retranslate()
{
    setWindowTitle(tr("Station sheet: %1").arg(m_electionName));
    m_title->setText(tr("Exit poll at the door: %1").arg(m_electionName));
    m_stationLabel->setText(tr("&Station:"));
    m_shiftLabel->setText(tr("S&hift:"));
    m_shiftEdit->setPlaceholderText(tr("for example “morning”"));
    m_shiftEdit->setToolTip(tr("Each volunteer's turn at the door has a name; counts are kept per shift"));
    m_tabs->setTabText(0, tr("&One key per answer"));
    m_tabs->setTabText(1, tr("&Counts of a paper sheet"));
    const int options = int(m_rows.size()) - 1;
    const QString keys = options <= 0 ? QString()
                         : options == 1
                             ? QStringLiteral("1")
                             : QStringLiteral("1") + QChar(0x2013) + QString::number(std::min(options, MaxHotkey));
    m_answersHint->setText(tr("Click here or press Enter in the shift field, then press the key of each answer: %1 "
                              "for the options, 0 for someone who would not answer. Holding a key counts it once. "
                              "Ctrl+Z takes the last answer back.")
                               .arg(keys));
    m_countHeader->setText(tr("Answers"));
    m_shareHeader->setText(tr("Share"));
    m_shareHeader->setToolTip(
        tr("Of the respondents who named an option; for refusals, of all respondents of the shift"));
    m_undoButton->setText(
        tr("&Undo last answer (%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_countsHint->setText(tr("Type the totals of a paper sheet for this shift. They replace what the shift had, so a "
                             "sheet typed twice is counted once. A field left empty is unknown and keeps what the "
                             "shift had."));
    m_saveCountsButton->setText(tr("&Save counts for this shift"));
    m_closeButton->setText(tr("Close"));
    for (OptionRow &row : m_rows) {
        row.nameLabel->setText(optionText(row));
        row.countsNameLabel->setText(
            row.hotkey >= 0 ? QString::number(row.hotkey) + QStringLiteral("  ") + optionText(row) : optionText(row));
    }
    loadStations();
    refresh(false);
}

QString StationSheet::optionText(const OptionRow &row) const
{
    return row.key == ExitPollRepository::Refused ? tr("Refused to answer") : row.name;
}

void StationSheet::loadStations()
{
    const QString current = stationCode();
    m_stations = m_repository->stations(m_electionPk);
    const QSignalBlocker blocker(m_stationCombo);
    m_stationCombo->clear();
    for (const PollingStation &station : std::as_const(m_stations)) {
        QString text = station.code;
        if (!station.city.isEmpty())
            text += QStringLiteral(" — ") + station.city;
        if (!station.country.isEmpty())
            text += QStringLiteral(" (") + countries::name(station.country, uiLanguage()) + QLatin1Char(')');
        m_stationCombo->addItem(text, station.code);
    }
    const int index = m_stationCombo->findData(current);
    m_stationCombo->setCurrentIndex(index >= 0 ? index : (m_stationCombo->count() > 0 ? 0 : -1));
}

std::optional<PollingStation> StationSheet::currentStation() const
{
    const QString code = stationCode();
    for (const PollingStation &station : m_stations) {
        if (station.code == code)
            return station;
    }
    return std::nullopt;
}

void StationSheet::setStation(const QString &code)
{
    const int index = m_stationCombo->findData(code);
    if (index >= 0)
        m_stationCombo->setCurrentIndex(index);
}

QString StationSheet::stationCode() const
{
    return m_stationCombo ? m_stationCombo->currentData().toString() : QString();
}

void StationSheet::setShift(const QString &shift)
{
    m_shiftEdit->setText(shift);
    refresh(true);
}

QString StationSheet::shift() const
{
    return m_shiftEdit->text().simplified();
}

void StationSheet::setMode(Mode mode)
{
    m_tabs->setCurrentIndex(mode == Mode::Answers ? 0 : 1);
}

StationSheet::Mode StationSheet::mode() const
{
    return m_tabs->currentIndex() == 1 ? Mode::Counts : Mode::Answers;
}

void StationSheet::focusAnswers()
{
    setMode(Mode::Answers);
    m_pad->setFocus(Qt::OtherFocusReason);
}

void StationSheet::refresh(bool fillEdits)
{
    const std::optional<PollingStation> station = currentStation();
    const QString shiftName = shift();
    const QHash<qint64, qint64> counts =
        station ? m_repository->tallies(station->pk, shiftName) : QHash<qint64, qint64>();
    if (station)
        m_shiftNames->setStringList(m_repository->shifts(station->pk));

    // As in the analysis: a shift without any answer is unknown; once it has answers, an option without any has
    // none.
    const bool known = !counts.isEmpty();
    qint64 named = 0;
    for (const OptionRow &row : std::as_const(m_rows)) {
        if (row.key != ExitPollRepository::Refused)
            named += counts.value(row.key);
    }
    const qint64 refused = counts.value(ExitPollRepository::Refused);
    const qint64 respondents = named + refused;
    const QString unknown = StationTableModel::unknownText();
    for (OptionRow &row : m_rows) {
        const qint64 count = counts.value(row.key);
        row.countLabel->setText(known ? countText(count) : unknown);
        const qint64 base = row.key == ExitPollRepository::Refused ? respondents : named;
        row.shareLabel->setText(known && base > 0 ? StationTableModel::percentText(double(count) / double(base))
                                                  : unknown);
        if (fillEdits)
            row.countEdit->setText(counts.contains(row.key) ? QString::number(counts.value(row.key)) : QString());
    }
    if (!station) {
        m_respondents->setText(tr("Choose the polling station."));
        return;
    }
    const QHash<qint64, qint64> day = m_repository->tallies(station->pk, QString(), true);
    qint64 dayTotal = 0;
    for (auto it = day.cbegin(); it != day.cend(); ++it)
        dayTotal += it.value();
    const QString shiftText = known ? tr("%n respondent(s) in this shift, of whom %1 named an option.", "",
                                         int(std::min<qint64>(respondents, std::numeric_limits<int>::max())))
                                          .arg(countText(named))
                                    : tr("No answers in this shift yet.");
    const QString dayText = day.isEmpty() ? tr("Whole day at this station: no answers yet.")
                                          : tr("Whole day at this station: %1 respondents.").arg(countText(dayTotal));
    m_respondents->setText(shiftText + QLatin1Char(' ') + dayText);
}

bool StationSheet::readyToCount()
{
    if (!currentStation()) {
        showError(tr("Choose the polling station first."));
        m_stationCombo->setFocus();
        return false;
    }
    if (shift().isEmpty()) {
        showError(tr("Type the name of the shift first, for example “morning”."));
        m_shiftEdit->setFocus();
        return false;
    }
    return true;
}

void StationSheet::countAnswer(int key)
{
    const OptionRow *chosen = nullptr;
    for (const OptionRow &row : std::as_const(m_rows)) {
        if (row.hotkey == key)
            chosen = &row;
    }
    if (!chosen) {
        showError(tr("No option has the key %1.").arg(key));
        return;
    }
    if (!readyToCount())
        return;
    const PollingStation station = *currentStation();
    AddAnswerCommand::Answer answer;
    answer.stationPk = station.pk;
    answer.stationCode = station.code;
    answer.shift = shift();
    answer.optionKey = chosen->key;
    answer.optionName = optionText(*chosen);
    for (const OptionRow &row : std::as_const(m_rows))
        answer.sheetKeys.append(row.key);
    const int before = m_undoStack->count();
    m_undoStack->push(new AddAnswerCommand(
        *m_repository, answer, [this] { changed(); }, [this](const QString &message) { showError(message); }));
    if (m_undoStack->count() > before) {
        m_messageBar->hideMessage();
        m_lastAnswer->setText(tr("Counted: %1").arg(answer.optionName));
    }
}

void StationSheet::undoLastAnswer()
{
    if (!m_undoStack->canUndo())
        return;
    const QString text = m_undoStack->undoText();
    m_undoStack->undo();
    m_lastAnswer->setText(tr("Taken back: %1").arg(text));
}

void StationSheet::saveCounts()
{
    if (!readyToCount())
        return;
    const PollingStation station = *currentStation();
    QHash<qint64, qint64> counts;
    const QLocale locale;
    for (const OptionRow &row : std::as_const(m_rows)) {
        const QString text = row.countEdit->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        qint64 value = locale.toLongLong(text, &ok);
        if (!ok)
            value = text.toLongLong(&ok);
        if (!ok || value < 0) {
            showError(tr("“%1” is not a count for %2.").arg(text, optionText(row)));
            row.countEdit->setFocus();
            return;
        }
        counts.insert(row.key, value);
    }
    if (counts.isEmpty()) {
        showError(tr("Type at least one count from the sheet."));
        return;
    }
    const int before = m_undoStack->count();
    m_undoStack->push(new SetShiftCountsCommand(
        *m_repository, station.pk, station.code, shift(), counts, [this] { changed(); },
        [this](const QString &message) { showError(message); }));
    if (m_undoStack->count() > before)
        m_messageBar->showMessage(tr("Saved the counts of shift “%1” at station %2. They replace what the shift had.")
                                      .arg(shift(), station.code),
                                  MessageBar::Kind::Positive);
}

void StationSheet::changed()
{
    refresh(mode() == Mode::Counts);
    emit answersChanged();
}

void StationSheet::showError(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
}

void StationSheet::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        event->accept();
        if (!event->isAutoRepeat())
            undoLastAnswer();
        return;
    }
    const int key = event->key();
    const bool digit = key >= Qt::Key_0 && key <= Qt::Key_9;
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (digit && plain && mode() == Mode::Answers) {
        event->accept();
        // Holding a key down must not count one answer many times.
        if (!event->isAutoRepeat())
            countAnswer(key - Qt::Key_0);
        return;
    }
    QWidget::keyPressEvent(event);
}

void StationSheet::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace supolka
