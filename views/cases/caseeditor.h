#pragma once

#include <memory>

#include <QDialog>
#include <QHash>

#include "models/cases/aidcase.h"
#include "models/members/member.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QWidget;

namespace supolka {

class CaseRepository;
class CountryComboBox;
class Database;
class MemberPicker;
class MemberRepository;
class MessageBar;
class TagLineEdit;
struct FieldError;

// One aid case: who is helped and what they need (saved with Save), and what happens to it — status steps,
// the volunteer, the timeline and the payments — each written to the database at once and kept in the timeline.
// A new case gets those once it is saved; the dialog stays open after saving.
class CaseEditor final : public QDialog
{
    Q_OBJECT

public:
    // `aidCase.pk == 0` opens a new case.
    CaseEditor(Database &database, const AidCase &aidCase, QWidget *parent = nullptr);
    ~CaseEditor() override;

    bool isNew() const { return m_case.pk == 0; }
    const AidCase &currentCase() const { return m_case; }
    MessageBar *messageBar() const { return m_messageBar; }
    // Whether the fields say something else than what is stored.
    bool hasUnsavedChanges() const;

    // The name written as "who" in the timeline: the one set in the timeline tab, else the computer account's.
    static QString author();

    // Asks before closing when there are unsaved changes.
    void reject() override;

public slots:
    bool save();
    // Moves the case to `to`, asking for a reason (optional) or, when closing, the outcome (required). A step the
    // workflow does not allow is left to the repository, whose refusal shows in the message bar.
    void changeStatus(supolka::CaseStatus to);
    void suggestVolunteers();
    void assignSuggested();
    void assignTo(qint64 memberPk);
    void addNote();
    void addPayment();
    void removeSelectedPayment();

signals:
    // The case was stored from the fields (`added` for a new one).
    void caseSaved(const supolka::AidCase &aidCase, bool added);
    // The status, volunteer, timeline or payments of a stored case changed.
    void caseChanged(qint64 pk);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    QWidget *buildDetails();
    QWidget *buildProgressTab();
    QWidget *buildTimelineTab();
    QWidget *buildPaymentsTab();
    QWidget *withError(QWidget *field, const QString &key);
    void retranslate();
    void load(const AidCase &aidCase);
    // The case as the fields say; dates that cannot be read are reported in `errors`.
    AidCase collect(QList<FieldError> &errors) const;
    void showFieldErrors(const QList<FieldError> &errors);
    void clearFieldErrors();
    void showFieldError(const QString &key, const QString &message);
    static QString fieldLabel(const QString &key);
    // Takes what the repository changed (status, outcome, volunteer) without touching fields being edited.
    void adopt(const AidCase &stored);
    void linkMember(const Member &member);
    void unlinkMember();
    void updateState();
    void refreshStatus();
    void refreshVolunteer();
    void refreshTimeline();
    QString assigneeName(const QString &noteBody) const; // for the timeline; empty when not known
    void refreshPayments();
    QString stepText(CaseStatus from, CaseStatus to) const;

    Database &m_database;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<MemberRepository> m_members;
    AidCase m_case;
    AidCase m_snapshot; // the fields as they were after the last load, to tell unsaved changes
    qint64 m_memberPk = 0;

    MessageBar *m_messageBar = nullptr;
    QGroupBox *m_personBox = nullptr;
    QGroupBox *m_requestBox = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    MemberPicker *m_memberSearch = nullptr;
    QLabel *m_memberLink = nullptr;
    QPushButton *m_unlinkMember = nullptr;
    QLineEdit *m_personName = nullptr;
    QLineEdit *m_personContact = nullptr;
    QLineEdit *m_personCity = nullptr;
    CountryComboBox *m_personCountry = nullptr;
    TagLineEdit *m_personLanguages = nullptr;
    QWidget *m_needsBox = nullptr;
    QHash<QString, QCheckBox *> m_needChecks;
    QComboBox *m_priority = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_openedOn = nullptr;
    QLineEdit *m_dueOn = nullptr;
    QCheckBox *m_sensitive = nullptr;
    QLabel *m_sensitiveHint = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_tabsHint = nullptr;
    QWidget *m_progressTab = nullptr;
    QWidget *m_timelineTab = nullptr;
    QWidget *m_paymentsTab = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QWidget *m_statusButtons = nullptr;
    QGroupBox *m_statusBox = nullptr;
    QGroupBox *m_volunteerBox = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    MemberPicker *m_assigneeSearch = nullptr;
    QPushButton *m_unassign = nullptr;
    QPushButton *m_suggest = nullptr;
    QTreeWidget *m_suggestions = nullptr;
    QLabel *m_suggestionsHint = nullptr;
    QPushButton *m_assign = nullptr;

    QListWidget *m_timeline = nullptr;
    QComboBox *m_noteKind = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;
    QLabel *m_noteError = nullptr;
    QLabel *m_authorLabel = nullptr;
    QLineEdit *m_authorEdit = nullptr;

    QTreeWidget *m_payments = nullptr;
    QLineEdit *m_paymentDate = nullptr;
    QLineEdit *m_paymentAmount = nullptr;
    QComboBox *m_paymentCurrency = nullptr;
    QLineEdit *m_paymentPurpose = nullptr;
    QPushButton *m_addPayment = nullptr;
    QPushButton *m_removePayment = nullptr;
    QLabel *m_paymentError = nullptr;
    QLabel *m_paymentTotals = nullptr;
    QHash<QString, QLabel *> m_paymentLabels;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace supolka
