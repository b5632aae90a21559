#include "views/checkin/walkindialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "views/common/messagebar.h"
#include "views/common/theme.h"
#include "views/members/memberlabels.h"

namespace supolka {

namespace {

const QString contactKey = QStringLiteral("contact");
const QString photosKey = QStringLiteral("photos");

const QString errorStyle = QStringLiteral("border: 2px solid #d93025; border-radius: 3px;");

bool looksLikePhone(const QString &text)
{
    const qsizetype digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const bool onlyPhoneCharacters = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() || c.isSpace() || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('(') ||
               c == QLatin1Char(')');
    });
    return digits >= 5 && onlyPhoneCharacters;
}

} // namespace

WalkInDialog::WalkInDialog(Database &database, const Event &event, const QString &station, const QString &typed,
                           QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_event(event)
    , m_station(station)
{
    setObjectName(QStringLiteral("walkInDialog"));
    build();
    retranslate();
    prefill(typed);
    fitHeight();
}

WalkInDialog::~WalkInDialog() = default;

void WalkInDialog::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("walkInMessageBar"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("walkInIntroLabel"));
    m_intro->setWordWrap(true);

    m_form = new QFormLayout;
    auto addField = [this](const QString &field, const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name + QStringLiteral("Edit"));
        auto *error = new QLabel(this);
        error->setObjectName(name + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(Theme::errorTextStyle());
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_form->addRow(label, edit);
        m_form->addRow(QString(), error);
        m_form->setRowVisible(error, false);
        m_labels.insert(field, label);
        m_fields.insert(field, edit);
        m_errorLabels.insert(field, error);
        return edit;
    };
    m_firstName = addField(QStringLiteral("first_name"), QStringLiteral("firstName"));
    m_lastName = addField(QStringLiteral("last_name"), QStringLiteral("lastName"));
    m_email = addField(QStringLiteral("email"), QStringLiteral("email"));
    m_phone = addField(QStringLiteral("phone"), QStringLiteral("phone"));

    m_consentContact = new QCheckBox(this);
    m_consentContact->setObjectName(QStringLiteral("consentContactCheck"));
    m_consentPhotos = new QCheckBox(this);
    m_consentPhotos->setObjectName(QStringLiteral("consentPhotosCheck"));
    m_consentText = new QLabel(this);
    m_consentText->setObjectName(QStringLiteral("consentTextLabel"));
    m_consentText->setWordWrap(true);
    m_makeMember = new QCheckBox(this);
    m_makeMember->setObjectName(QStringLiteral("makeMemberCheck"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &WalkInDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_consentContact);
    layout->addWidget(m_consentPhotos);
    layout->addWidget(m_consentText);
    layout->addWidget(m_makeMember);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void WalkInDialog::fitHeight()
{
    // The wrapped texts need more height than the layout's minimum at this width; grow to fit them, never shrink.
    const int width = std::max(this->width(), 520);
    resize(width, std::max({height(), sizeHint().height(), heightForWidth(width)}));
}

void WalkInDialog::retranslate()
{
    setWindowTitle(tr("Walk-in"));
    m_intro->setText(tr("Register someone who is not on the list of “%1” and check them in now.").arg(m_event.title));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(MemberLabels::field(it.key()) + QLatin1Char(':'));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_phone->setPlaceholderText(tr("+48 512 345 678"));
    m_consentContact->setText(tr("They agree that the chapter may contact them (e-mail, phone)"));
    m_consentPhotos->setText(tr("They agree that photos of them at events may be published"));
    m_consentText->setText(
        tr("Ask before ticking: contact means the chapter may write to or call them about its work and events; "
           "photos means pictures taken at events where they can be recognized may appear on the chapter's pages. "
           "Their data stays with the chapter and is not passed on without asking. Either can be withdrawn at any "
           "time."));
    m_makeMember->setText(tr("Also make them a member of the chapter"));
    m_save->setText(tr("&Save and check in"));
    m_save->setToolTip(tr("Register and check them in (Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without registering anyone (Esc)"));
}

void WalkInDialog::prefill(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.contains(QLatin1Char('@'))) {
        m_email->setText(text);
        m_firstName->setFocus();
        return;
    }
    if (looksLikePhone(text)) {
        m_phone->setText(text);
        m_firstName->setFocus();
        return;
    }
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1) {
        m_firstName->setText(words.first());
    } else if (words.size() > 1) {
        m_firstName->setText(words.mid(0, words.size() - 1).join(QLatin1Char(' ')));
        m_lastName->setText(words.last());
    }
    if (m_firstName->text().isEmpty())
        m_firstName->setFocus();
    else if (m_lastName->text().isEmpty())
        m_lastName->setFocus();
    else
        m_email->setFocus();
}

WalkIn WalkInDialog::walkIn() const
{
    WalkIn person;
    person.firstName = m_firstName->text();
    person.lastName = m_lastName->text();
    person.email = m_email->text();
    person.phone = m_phone->text();
    if (m_consentContact->isChecked())
        person.consent.append(contactKey);
    if (m_consentPhotos->isChecked())
        person.consent.append(photosKey);
    person.makeMember = m_makeMember->isChecked();
    return person;
}

void WalkInDialog::clearErrors()
{
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setStyleSheet(QString());
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        m_form->setRowVisible(label, false);
    }
    m_messageBar->hideMessage();
}

bool WalkInDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList elsewhere;
    QLineEdit *first = nullptr;
    for (const FieldError &error : errors) {
        QLineEdit *edit = m_fields.value(error.field);
        QLabel *label = m_errorLabels.value(error.field);
        if (!edit || !label) {
            elsewhere.append(error.message);
            continue;
        }
        edit->setStyleSheet(errorStyle);
        label->setText(label->text().isEmpty() ? error.message : label->text() + QLatin1Char('\n') + error.message);
        m_form->setRowVisible(label, true);
        if (!first)
            first = edit;
    }
    if (!elsewhere.isEmpty())
        m_messageBar->showMessage(tr("Not saved: %1").arg(elsewhere.join(QLatin1Char('\n'))), MessageBar::Kind::Error);
    if (first)
        first->setFocus();
    fitHeight();
    return !errors.isEmpty();
}

void WalkInDialog::save()
{
    clearErrors();
    const WalkIn person = walkIn();
    QList<FieldError> errors;
    if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty())
        errors.append({QStringLiteral("first_name"), tr("Type the walk-in's name.")});
    // The same checks the repository makes, first, so that each problem shows next to its field.
    Member member;
    member.firstName = person.firstName;
    member.lastName = person.lastName;
    member.email = person.email;
    member.phone = person.phone;
    for (const FieldError &error : MemberRepository::normalizeAndValidate(member, m_event.country)) {
        if (error.field != QLatin1String("last_name") || errors.isEmpty())
            errors.append(error);
    }
    if (showErrors(errors))
        return;

    const QString started = nowTimestamp();
    EventRepository events(m_database);
    const Result<Registration> registered = events.walkIn(m_event.pk, person, m_station);
    if (!registered) {
        m_messageBar->showMessage(tr("Not saved: %1").arg(registered.error()), MessageBar::Kind::Error);
        return;
    }
    qint64 newMemberPk = 0;
    if (person.makeMember && registered->memberPk != 0) {
        // A member record made by this walk-in (not one found by the e-mail or phone) is part of what undo takes back.
        const std::optional<Member> made = MemberRepository(m_database).find(registered->memberPk);
        if (made && made->createdAt >= started)
            newMemberPk = made->pk;
    }
    emit walkedIn(registered.value(), newMemberPk);
    accept();
}

void WalkInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
