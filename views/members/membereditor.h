#pragma once

#include <optional>

#include <QDialog>
#include <QHash>

#include "models/members/member.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace supolka {

class CountryComboBox;
class MemberRepository;
class MessageBar;
class TagLineEdit;
struct FieldError;

// Adds or edits one member. Save checks the fields (and, for a new person, whether they are already known) and
// writes through the repository; the dialog closes only when that worked.
class MemberEditor final : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { Added, Updated, Merged };

    // `member.pk == 0` adds a new person. Skills and groups in use feed the tag completion.
    MemberEditor(MemberRepository &repository, const Member &member, const QStringList &skillsInUse,
                 const QStringList &groupsInUse, QWidget *parent = nullptr);
    ~MemberEditor() override;

    bool isNew() const { return m_original.pk == 0; }
    // After saved() with Outcome::Merged: the stored person as they were before the new details went in.
    const std::optional<Member> &mergedBefore() const { return m_mergedBefore; }

signals:
    void saved(const supolka::Member &member, supolka::MemberEditor::Outcome outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<Member> m_mergedBefore;

    void build();
    void retranslate();
    void load(const Member &member);
    // Marks the fields an import left to look at (Member::attention).
    void showAttention(const Member &member);
    // The member as the fields say; date fields that cannot be read are reported in `errors`.
    Member collect(QList<FieldError> &errors) const;
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void save();
    void consentToggled();

    MemberRepository &m_repository;
    Member m_original;

    MessageBar *m_messageBar = nullptr;
    QGroupBox *m_personBox = nullptr;
    QGroupBox *m_chapterBox = nullptr;
    QGroupBox *m_consentBox = nullptr;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_middleName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_city = nullptr;
    CountryComboBox *m_country = nullptr;
    TagLineEdit *m_languages = nullptr;
    TagLineEdit *m_skills = nullptr;
    TagLineEdit *m_groups = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_joinedOn = nullptr;
    QCheckBox *m_consentContact = nullptr;
    QCheckBox *m_consentNewsletter = nullptr;
    QCheckBox *m_consentPhotos = nullptr;
    QLineEdit *m_consentAt = nullptr;
    QCheckBox *m_consentShare = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, QWidget *> m_fieldWidgets;
};

} // namespace supolka
