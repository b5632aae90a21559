#include "views/events/guestdialog.h"

#include <tuple>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/common/theme.h"

namespace supolka {

GuestDialog::GuestDialog(EventRepository &repository, const Event &event, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_event(event)
{
    setObjectName(QStringLiteral("guestDialog"));
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("guestMessageBar"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    auto makeLine = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = makeLine(QStringLiteral("guestNameEdit"));
    m_email = makeLine(QStringLiteral("guestEmailEdit"));
    m_phone = makeLine(QStringLiteral("guestPhoneEdit"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_emailLabel = new QLabel(this);
    m_emailLabel->setBuddy(m_email);
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setBuddy(m_phone);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::tuple<QString, QLabel *, QLineEdit *>> rows{{QStringLiteral("name"), m_nameLabel, m_name},
                                                                 {QStringLiteral("email"), m_emailLabel, m_email},
                                                                 {QStringLiteral("phone"), m_phoneLabel, m_phone}};
    for (const auto &[field, label, edit] : rows) {
        m_form->addRow(label, edit);
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
    connect(m_save, &QPushButton::clicked, this, &GuestDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslate();
    Dialogs::fitToScreen(this, QSize(460, 260));
    m_name->setFocus();
}

GuestDialog::~GuestDialog() = default;

void GuestDialog::retranslate()
{
    setWindowTitle(tr("Add guest"));
    m_intro->setText(
        tr("Register someone who is not a member for “%1”. They get a ticket code of their own.").arg(m_event.title));
    m_nameLabel->setText(tr("Name:"));
    m_emailLabel->setText(tr("E-mail:"));
    m_phoneLabel->setText(tr("Phone:"));
    m_name->setPlaceholderText(tr("As they write it, in any script"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_phone->setPlaceholderText(tr("+48 512 345 678"));
    m_save->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void GuestDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &error : errors) {
        lines.append(error.message);
        if (QLabel *label = m_errorLabels.value(error.field)) {
            label->setText(error.message);
            m_form->setRowVisible(label, true);
        }
    }
    m_messageBar->showMessage(tr("Not saved. Please correct this:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                              MessageBar::Kind::Error);
    if (errors.constFirst().field == QLatin1String("email"))
        m_email->setFocus();
    else if (errors.constFirst().field == QLatin1String("phone"))
        m_phone->setFocus();
    else
        m_name->setFocus();
}

void GuestDialog::save()
{
    for (QLabel *error : std::as_const(m_errorLabels))
        m_form->setRowVisible(error, false);
    m_messageBar->hideMessage();

    QList<FieldError> errors;
    if (m_name->text().simplified().isEmpty())
        errors.append({QStringLiteral("name"), tr("Type the guest's name.")});
    // The members' rules for e-mail addresses and phone numbers, with the phone read in the event's country.
    Member contact;
    contact.firstName = m_name->text();
    contact.email = m_email->text();
    contact.phone = m_phone->text();
    for (const FieldError &error : MemberRepository::normalizeAndValidate(contact, m_event.country)) {
        if (error.field == QLatin1String("email") || error.field == QLatin1String("phone"))
            errors.append(error);
    }
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    Registration registration;
    registration.eventPk = m_event.pk;
    registration.guestName = m_name->text().simplified();
    registration.guestEmail = contact.email;
    registration.guestPhone = contact.phone;
    const Result<Registration> stored = m_repository.addRegistration(registration);
    if (!stored) {
        m_messageBar->showMessage(tr("Not saved: %1").arg(stored.error()), MessageBar::Kind::Error);
        return;
    }
    emit added(stored.value());
    accept();
}

void GuestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
