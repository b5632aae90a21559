#include "views/members/membereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "models/text/countries.h"
#include "views/common/countrycombobox.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/common/taglineedit.h"
#include "views/common/uilanguage.h"
#include "views/members/memberlabels.h"

namespace supolka {

namespace {

const QString contactKey = QStringLiteral("contact");
const QString newsletterKey = QStringLiteral("newsletter");
const QString photosKey = QStringLiteral("photos");

QString isoTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDate timestampDate(const QString &timestamp)
{
    QDateTime time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(timestamp, Qt::ISODate);
    if (time.isValid())
        return time.toLocalTime().date();
    return QDate::fromString(timestamp.left(10), Qt::ISODate);
}

} // namespace

MemberEditor::MemberEditor(MemberRepository &repository, const Member &member, const QStringList &skillsInUse,
                           const QStringList &groupsInUse, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_original(member)
{
    setObjectName(QStringLiteral("memberEditor"));
    build();
    m_skills->setSuggestions(skillsInUse);
    m_groups->setSuggestions(groupsInUse);
    QStringList languageNames;
    const QList<QString> codes = countries::allLanguageCodes();
    for (const QString &code : codes)
        languageNames.append(countries::languageName(code, uiLanguage()));
    m_languages->setSuggestions(languageNames);
    retranslate();
    load(member);
    showAttention(member);
    m_firstName->setFocus();
}

void MemberEditor::showAttention(const Member &member)
{
    if (member.attention.isEmpty())
        return;
    for (const QString &field : member.attention) {
        QWidget *widget = m_fieldWidgets.value(field == u"full_name" ? QStringLiteral("last_name") : field);
        if (!widget)
            continue;
        widget->setStyleSheet(QStringLiteral("border: 2px solid #e37400; border-radius: 3px;"));
        widget->setToolTip(MemberTableModel::attentionText({field}));
    }
    m_messageBar->showMessage(tr("An import kept something of this person that needs a look: %1. Check it and save; "
                                 "saving clears the mark.")
                                  .arg(MemberTableModel::attentionText(member.attention)),
                              MessageBar::Kind::Warning);
}

MemberEditor::~MemberEditor() = default;

void MemberEditor::build()
{
    auto makeLine = [this](const QString &name, const QString &field) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_fieldWidgets.insert(field, edit);
        return edit;
    };
    auto makeTags = [this](const QString &name, const QString &field) {
        auto *edit = new TagLineEdit(this);
        edit->setObjectName(name);
        m_fieldWidgets.insert(field, edit);
        return edit;
    };
    auto addRow = [this](QFormLayout *form, const QString &field, QWidget *widget) {
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        m_labels.insert(field, label);
        form->addRow(label, widget);
    };

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("editorMessageBar"));

    m_firstName = makeLine(QStringLiteral("firstNameEdit"), QStringLiteral("first_name"));
    m_middleName = makeLine(QStringLiteral("middleNameEdit"), QStringLiteral("middle_name"));
    m_lastName = makeLine(QStringLiteral("lastNameEdit"), QStringLiteral("last_name"));
    m_birthDate = makeLine(QStringLiteral("birthDateEdit"), QStringLiteral("birth_date"));
    m_email = makeLine(QStringLiteral("emailEdit"), QStringLiteral("email"));
    m_phone = makeLine(QStringLiteral("phoneEdit"), QStringLiteral("phone"));
    m_city = makeLine(QStringLiteral("cityEdit"), QStringLiteral("city"));
    m_country = new CountryComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_fieldWidgets.insert(QStringLiteral("country"), m_country);
    m_languages = makeTags(QStringLiteral("languagesEdit"), QStringLiteral("languages"));
    m_skills = makeTags(QStringLiteral("skillsEdit"), QStringLiteral("skills"));
    m_groups = makeTags(QStringLiteral("groupsEdit"), QStringLiteral("groups"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_fieldWidgets.insert(QStringLiteral("status"), m_status);
    for (const MemberStatus status : {MemberStatus::Active, MemberStatus::Inactive, MemberStatus::Pending})
        m_status->addItem(QString(), memberStatusKey(status));
    m_joinedOn = makeLine(QStringLiteral("joinedDateEdit"), QStringLiteral("joined_on"));

    m_consentContact = new QCheckBox(this);
    m_consentContact->setObjectName(QStringLiteral("consentContactCheck"));
    m_consentNewsletter = new QCheckBox(this);
    m_consentNewsletter->setObjectName(QStringLiteral("consentNewsletterCheck"));
    m_consentPhotos = new QCheckBox(this);
    m_consentPhotos->setObjectName(QStringLiteral("consentPhotosCheck"));
    m_consentAt = makeLine(QStringLiteral("consentDateEdit"), QStringLiteral("consent_at"));
    m_consentShare = new QCheckBox(this);
    m_consentShare->setObjectName(QStringLiteral("consentShareCheck"));
    m_fieldWidgets.insert(QStringLiteral("consent_share"), m_consentShare);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_fieldWidgets.insert(QStringLiteral("notes"), m_notes);

    m_personBox = new QGroupBox(this);
    auto *personForm = new QFormLayout(m_personBox);
    personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(personForm, QStringLiteral("first_name"), m_firstName);
    addRow(personForm, QStringLiteral("middle_name"), m_middleName);
    addRow(personForm, QStringLiteral("last_name"), m_lastName);
    addRow(personForm, QStringLiteral("birth_date"), m_birthDate);
    addRow(personForm, QStringLiteral("email"), m_email);
    addRow(personForm, QStringLiteral("phone"), m_phone);
    addRow(personForm, QStringLiteral("city"), m_city);
    addRow(personForm, QStringLiteral("country"), m_country);
    addRow(personForm, QStringLiteral("languages"), m_languages);

    m_chapterBox = new QGroupBox(this);
    auto *chapterForm = new QFormLayout(m_chapterBox);
    chapterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(chapterForm, QStringLiteral("skills"), m_skills);
    addRow(chapterForm, QStringLiteral("groups"), m_groups);
    addRow(chapterForm, QStringLiteral("status"), m_status);
    addRow(chapterForm, QStringLiteral("joined_on"), m_joinedOn);
    addRow(chapterForm, QStringLiteral("notes"), m_notes);

    m_consentBox = new QGroupBox(this);
    m_consentBox->setObjectName(QStringLiteral("consentBox"));
    auto *consentLayout = new QVBoxLayout(m_consentBox);
    consentLayout->addWidget(m_consentContact);
    consentLayout->addWidget(m_consentNewsletter);
    consentLayout->addWidget(m_consentPhotos);
    auto *consentForm = new QFormLayout;
    addRow(consentForm, QStringLiteral("consent_at"), m_consentAt);
    consentLayout->addLayout(consentForm);
    consentLayout->addWidget(m_consentShare);
    m_fieldWidgets.insert(QStringLiteral("consent"), m_consentBox);

    auto *right = new QVBoxLayout;
    right->addWidget(m_chapterBox, 1);
    right->addWidget(m_consentBox);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_personBox, 1);
    columns->addLayout(right, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &MemberEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    for (QCheckBox *box : {m_consentContact, m_consentNewsletter, m_consentPhotos})
        connect(box, &QCheckBox::toggled, this, &MemberEditor::consentToggled);

    Dialogs::fitToScreen(this, QSize(860, 520));
}

void MemberEditor::retranslate()
{
    setWindowTitle(isNew() ? tr("New member") : tr("Edit member"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(MemberLabels::field(it.key()) + QLatin1Char(':'));
    m_labels.value(QStringLiteral("consent_at"))->setText(tr("Given on:"));
    m_personBox->setTitle(tr("Person"));
    m_chapterBox->setTitle(tr("In the chapter"));
    m_consentBox->setTitle(tr("Consent"));
    m_consentContact->setText(MemberLabels::consent(contactKey));
    m_consentNewsletter->setText(MemberLabels::consent(newsletterKey));
    m_consentPhotos->setText(MemberLabels::consent(photosKey));
    m_consentShare->setText(tr("Agreed to sharing their data with the secretariat"));
    const QString dateHint = MemberLabels::dateFormatHint();
    for (QLineEdit *edit : {m_birthDate, m_joinedOn, m_consentAt})
        edit->setPlaceholderText(dateHint);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_phone->setPlaceholderText(tr("+48 512 345 678"));
    m_languages->setPlaceholderText(tr("Belarusian, Polish"));
    m_skills->setPlaceholderText(tr("lawyer, translator"));
    m_groups->setPlaceholderText(tr("media, legal aid"));
    for (int i = 0; i < m_status->count(); ++i) {
        if (const auto status = memberStatusFromKey(m_status->itemData(i).toString()))
            m_status->setItemText(i, MemberLabels::status(*status));
    }
    m_save->setText(tr("&Save"));
    m_save->setShortcut(QKeySequence::Save); // after the text, which sets Alt+S
    m_save->setToolTip(
        tr("Save (%1 or Enter)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void MemberEditor::load(const Member &member)
{
    m_firstName->setText(member.firstName);
    m_middleName->setText(member.middleName);
    m_lastName->setText(member.lastName);
    m_birthDate->setText(MemberLabels::dateText(member.birthDate));
    m_email->setText(member.email);
    m_phone->setText(member.phone);
    m_city->setText(member.city);
    m_country->setCode(member.country);
    QStringList languageNames;
    for (const QString &code : member.languages)
        languageNames.append(countries::isKnownLanguage(code) ? countries::languageName(code, uiLanguage()) : code);
    m_languages->setTags(languageNames);
    m_skills->setTags(member.skills);
    m_groups->setTags(member.groups);
    m_status->setCurrentIndex(std::max(0, m_status->findData(memberStatusKey(member.status))));
    m_joinedOn->setText(
        MemberLabels::dateText(isNew() && !member.joinedOn.isValid() ? QDate::currentDate() : member.joinedOn));
    const QSignalBlocker contact(m_consentContact);
    const QSignalBlocker newsletter(m_consentNewsletter);
    const QSignalBlocker photos(m_consentPhotos);
    m_consentContact->setChecked(member.consent.contains(contactKey));
    m_consentNewsletter->setChecked(member.consent.contains(newsletterKey));
    m_consentPhotos->setChecked(member.consent.contains(photosKey));
    m_consentAt->setText(MemberLabels::dateText(timestampDate(member.consentAt)));
    m_consentShare->setChecked(member.consentShare);
    m_notes->setPlainText(member.notes);
}

Member MemberEditor::collect(QList<FieldError> &errors) const
{
    Member member = m_original;
    member.firstName = m_firstName->text();
    member.middleName = m_middleName->text();
    member.lastName = m_lastName->text();
    member.email = m_email->text();
    member.phone = m_phone->text();
    member.city = m_city->text();
    member.country = m_country->code();
    member.languages.clear();
    for (const QString &tag : m_languages->tags()) {
        const QString code = countries::languageCodeFromText(tag);
        member.languages.append(code.isEmpty() ? tag : code);
    }
    member.skills = m_skills->tags();
    member.groups = m_groups->tags();
    member.status = memberStatusFromKey(m_status->currentData().toString()).value_or(MemberStatus::Active);
    member.notes = m_notes->toPlainText();
    member.consentShare = m_consentShare->isChecked();

    auto readDate = [&](QLineEdit *edit, const QString &field) {
        bool ok = false;
        const QDate date = MemberLabels::dateFromText(edit->text(), &ok);
        if (!ok)
            errors.append({field, tr("“%1” is not a date; write it like %2.")
                                      .arg(edit->text().trimmed(), MemberLabels::dateFormatHint())});
        return date;
    };
    member.birthDate = readDate(m_birthDate, QStringLiteral("birth_date"));
    member.joinedOn = readDate(m_joinedOn, QStringLiteral("joined_on"));

    QStringList consent;
    for (const QString &key : m_original.consent) {
        if (key != contactKey && key != newsletterKey && key != photosKey)
            consent.append(key);
    }
    if (m_consentContact->isChecked())
        consent.append(contactKey);
    if (m_consentNewsletter->isChecked())
        consent.append(newsletterKey);
    if (m_consentPhotos->isChecked())
        consent.append(photosKey);
    member.consent = consent;

    const QDate consentDate = readDate(m_consentAt, QStringLiteral("consent_at"));
    if (!consentDate.isValid())
        member.consentAt.clear();
    else if (consentDate == timestampDate(m_original.consentAt))
        member.consentAt = m_original.consentAt;
    else if (consentDate == QDate::currentDate())
        member.consentAt = isoTimestamp(QDateTime::currentDateTime());
    else
        member.consentAt = isoTimestamp(consentDate.startOfDay(Qt::UTC));
    // Every field is checked before the editor saves: what an import marked for a look has had it.
    member.attention.clear();
    return member;
}

void MemberEditor::consentToggled()
{
    const bool any = m_consentContact->isChecked() || m_consentNewsletter->isChecked() || m_consentPhotos->isChecked();
    if (any && m_consentAt->text().trimmed().isEmpty())
        m_consentAt->setText(MemberLabels::dateText(QDate::currentDate()));
}

void MemberEditor::clearErrors()
{
    for (QWidget *widget : std::as_const(m_fieldWidgets)) {
        widget->setStyleSheet(QString());
        widget->setToolTip(QString());
    }
    m_messageBar->hideMessage();
}

void MemberEditor::showErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldError &error : errors) {
        lines.append(tr("%1: %2").arg(MemberLabels::field(error.field), error.message));
        QWidget *widget = m_fieldWidgets.value(error.field);
        if (!widget)
            continue;
        widget->setStyleSheet(QStringLiteral("border: 2px solid #d93025; border-radius: 3px;"));
        widget->setToolTip(error.message);
        if (!first)
            first = widget;
    }
    m_messageBar->showMessage(tr("Not saved. Please correct this:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                              MessageBar::Kind::Error);
    if (first)
        first->setFocus();
}

void MemberEditor::save()
{
    clearErrors();
    QList<FieldError> errors;
    Member member = collect(errors);
    errors += MemberRepository::normalizeAndValidate(member);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }

    if (!isNew()) {
        const Result<Member> updated = m_repository.update(member);
        if (!updated) {
            m_messageBar->showMessage(tr("Not saved: %1").arg(updated.error()), MessageBar::Kind::Error);
            return;
        }
        emit saved(updated.value(), Outcome::Updated);
        accept();
        return;
    }

    const QList<DuplicateMatch> duplicates = m_repository.findDuplicates(member);
    if (!duplicates.isEmpty()) {
        auto shortReason = [](DuplicateMatch::Reason reason) {
            switch (reason) {
            case DuplicateMatch::Reason::Email:
                return tr("same e-mail");
            case DuplicateMatch::Reason::Phone:
                return tr("same phone");
            case DuplicateMatch::Reason::NameAndBirthDate:
                return tr("same name and birth date");
            }
            return QString();
        };
        const DuplicateMatch &match = duplicates.first();
        QStringList reasons;
        for (const DuplicateMatch &duplicate : duplicates)
            reasons.append(duplicate.explanation());
        reasons.removeDuplicates();
        Dialogs::Decision decision;
        decision.title = tr("Already known?");
        decision.text = tr("%1 may already be in the chapter.").arg(member.displayName());
        decision.details = reasons.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("Merging adds what is new to the stored person and keeps one record.");
        decision.choices = {tr("Merge into %1 (%2)").arg(match.existing.displayName(), shortReason(match.reason)),
                            tr("Save as a new person"), tr("Cancel")};
        decision.defaultChoice = 0;
        decision.cancelChoice = 2;
        const int answer = Dialogs::decide(this, decision);
        if (answer == 0) {
            const Result<Member> merged = m_repository.mergeInto(match.existing.pk, member);
            if (!merged) {
                m_messageBar->showMessage(tr("Not merged: %1").arg(merged.error()), MessageBar::Kind::Error);
                return;
            }
            m_mergedBefore = match.existing;
            emit saved(merged.value(), Outcome::Merged);
            accept();
            return;
        }
        if (answer != 1)
            return;
    }

    const Result<Member> added = m_repository.add(member);
    if (!added) {
        m_messageBar->showMessage(tr("Not saved: %1").arg(added.error()), MessageBar::Kind::Error);
        return;
    }
    emit saved(added.value(), Outcome::Added);
    accept();
}

void MemberEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
