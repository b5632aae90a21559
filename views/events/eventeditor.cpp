#include "views/events/eventeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "models/core/shownformats.h"
#include "models/events/eventrepository.h"
#include "models/events/eventtablemodel.h"
#include "views/common/countrycombobox.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/common/theme.h"

namespace supolka {

namespace {

const QStringList Fields{QStringLiteral("title"),   QStringLiteral("kind"),     QStringLiteral("starts_at"),
                         QStringLiteral("ends_at"), QStringLiteral("venue"),    QStringLiteral("city"),
                         QStringLiteral("country"), QStringLiteral("capacity"), QStringLiteral("work_group"),
                         QStringLiteral("notes")};

// A new event: a week from today at 18:00, local time.
QDateTime defaultStart()
{
    return QDateTime(QDate::currentDate().addDays(7), QTime(18, 0));
}

} // namespace

EventEditor::EventEditor(EventRepository &repository, const Event &event, const QStringList &groupsInUse,
                         QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_original(event)
{
    setObjectName(QStringLiteral("eventEditor"));
    build(groupsInUse);
    retranslate();
    load(event);
    m_title->setFocus();
}

EventEditor::~EventEditor() = default;

QString EventEditor::fieldLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("kind"))
        return tr("Kind", "of event");
    if (field == QLatin1String("starts_at"))
        return tr("Starts");
    if (field == QLatin1String("ends_at"))
        return tr("Ends");
    if (field == QLatin1String("venue"))
        return tr("Venue");
    if (field == QLatin1String("city"))
        return tr("City");
    if (field == QLatin1String("country"))
        return tr("Country");
    if (field == QLatin1String("capacity"))
        return tr("Capacity");
    if (field == QLatin1String("work_group"))
        return tr("Working group");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    return field;
}

void EventEditor::build(const QStringList &groupsInUse)
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("editorMessageBar"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const EventKind kind :
         {EventKind::Meetup, EventKind::Rally, EventKind::Conference, EventKind::Fundraiser, EventKind::Other})
        m_kind->addItem(QString(), eventKindKey(kind));
    m_startsAt = new QDateTimeEdit(this);
    m_startsAt->setObjectName(QStringLiteral("startsAtEdit"));
    m_startsAt->setCalendarPopup(true);
    m_hasEnd = new QCheckBox(this);
    m_hasEnd->setObjectName(QStringLiteral("hasEndCheck"));
    m_endsAt = new QDateTimeEdit(this);
    m_endsAt->setObjectName(QStringLiteral("endsAtEdit"));
    m_endsAt->setCalendarPopup(true);
    m_venue = new QLineEdit(this);
    m_venue->setObjectName(QStringLiteral("venueEdit"));
    m_city = new QLineEdit(this);
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 1000000);
    m_capacity->setGroupSeparatorShown(true);
    m_workGroup = new QLineEdit(this);
    m_workGroup->setObjectName(QStringLiteral("workGroupEdit"));
    auto *completer = new QCompleter(groupsInUse, m_workGroup);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_workGroup->setCompleter(completer);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);

    auto *endRow = new QWidget(this);
    auto *endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_hasEnd);
    endLayout->addWidget(m_endsAt, 1);
    connect(m_hasEnd, &QCheckBox::toggled, m_endsAt, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_endsAt->dateTime() < m_startsAt->dateTime())
            m_endsAt->setDateTime(m_startsAt->dateTime().addSecs(2 * 3600));
    });

    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("title"), m_title},          {QStringLiteral("kind"), m_kind},
        {QStringLiteral("starts_at"), m_startsAt},   {QStringLiteral("ends_at"), m_endsAt},
        {QStringLiteral("venue"), m_venue},          {QStringLiteral("city"), m_city},
        {QStringLiteral("country"), m_country},      {QStringLiteral("capacity"), m_capacity},
        {QStringLiteral("work_group"), m_workGroup}, {QStringLiteral("notes"), m_notes}};
    m_fieldWidgets = widgets;

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const QString &field : Fields) {
        QWidget *widget = widgets.value(field);
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        m_labels.insert(field, label);
        m_form->addRow(label, field == QLatin1String("ends_at") ? endRow : widget);
        // What is wrong with the field, right under it; hidden while nothing is.
        auto *error = new QLabel(this);
        error->setObjectName(field + QStringLiteral("Error"));
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, Theme::colours(Theme::Signal::Error).text);
        error->setPalette(palette);
        m_errorLabels.insert(field, error);
        m_form->addRow(QString(), error);
        m_form->setRowVisible(error, false);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &EventEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_buttons);
    Dialogs::fitToScreen(this, QSize(560, 600));
}

void EventEditor::retranslate()
{
    setWindowTitle(isNew() ? tr("New event") : tr("Edit event"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(fieldLabel(it.key()) + QLatin1Char(':'));
    for (int i = 0; i < m_kind->count(); ++i) {
        if (const auto kind = eventKindFromKey(m_kind->itemData(i).toString()))
            m_kind->setItemText(i, EventTableModel::kindText(*kind));
    }
    const QString format = shown::dateTimeFormat();
    m_startsAt->setDisplayFormat(format);
    m_endsAt->setDisplayFormat(format);
    m_hasEnd->setText(tr("Given"));
    m_hasEnd->setToolTip(tr("Leave unticked when the end is open"));
    m_capacity->setSpecialValueText(tr("No limit"));
    m_title->setPlaceholderText(tr("Freedom Day rally"));
    m_venue->setPlaceholderText(tr("Hall, address"));
    m_workGroup->setPlaceholderText(tr("The chapter"));
    m_save->setText(tr("&Save"));
    m_save->setShortcut(QKeySequence::Save); // after the text, which sets Alt+S
    m_save->setToolTip(
        tr("Save (%1 or Enter)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void EventEditor::load(const Event &event)
{
    m_title->setText(event.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(eventKindKey(event.kind))));
    const QDateTime start = event.startsAt.isValid() ? event.startsAt.toLocalTime() : defaultStart();
    m_startsAt->setDateTime(start);
    m_hasEnd->setChecked(event.endsAt.isValid());
    m_endsAt->setDateTime(event.endsAt.isValid() ? event.endsAt.toLocalTime() : start.addSecs(2 * 3600));
    m_endsAt->setEnabled(event.endsAt.isValid());
    m_venue->setText(event.venue);
    m_city->setText(event.city);
    m_country->setCode(event.country);
    m_capacity->setValue(event.capacity);
    m_workGroup->setText(event.workGroup);
    m_notes->setPlainText(event.notes);
}

Event EventEditor::collect() const
{
    Event event = m_original;
    event.title = m_title->text();
    event.kind = eventKindFromKey(m_kind->currentData().toString()).value_or(EventKind::Meetup);
    event.startsAt = m_startsAt->dateTime();
    event.endsAt = m_hasEnd->isChecked() ? m_endsAt->dateTime() : QDateTime();
    event.venue = m_venue->text();
    event.city = m_city->text();
    event.country = m_country->code();
    event.capacity = m_capacity->value();
    event.workGroup = m_workGroup->text();
    event.notes = m_notes->toPlainText();
    return event;
}

void EventEditor::clearErrors()
{
    for (QLabel *error : std::as_const(m_errorLabels)) {
        error->clear();
        m_form->setRowVisible(error, false);
    }
    for (QWidget *widget : std::as_const(m_fieldWidgets))
        widget->setToolTip(QString());
    m_messageBar->hideMessage();
}

void EventEditor::showErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        lines.append(tr("%1: %2").arg(fieldLabel(error.field), error.message));
        if (QLabel *label = m_errorLabels.value(error.field)) {
            label->setText(label->text().isEmpty() ? error.message : label->text() + QLatin1Char('\n') + error.message);
            m_form->setRowVisible(label, true);
        }
        if (QWidget *widget = m_fieldWidgets.value(error.field)) {
            widget->setToolTip(error.message);
            if (!first)
                first = widget;
        }
    }
    m_messageBar->showMessage(tr("Not saved. Please correct this:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                              MessageBar::Kind::Error);
    if (first)
        first->setFocus();
}

void EventEditor::save()
{
    clearErrors();
    Event event = collect();
    if (const QList<FieldError> errors = EventRepository::normalizeAndValidate(event); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    const Result<Event> stored = isNew() ? m_repository.addEvent(event) : m_repository.updateEvent(event);
    if (!stored) {
        m_messageBar->showMessage(tr("Not saved: %1").arg(stored.error()), MessageBar::Kind::Error);
        return;
    }
    emit saved(stored.value());
    accept();
}

void EventEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
