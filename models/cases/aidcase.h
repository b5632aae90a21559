#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace supolka {

// Where a case stands. The allowed steps between them are in CaseWorkflow.
enum class CaseStatus { New, InProgress, Waiting, Resolved, Closed };
QString caseStatusKey(CaseStatus status); // "new", "in_progress", "waiting", "resolved", "closed"
std::optional<CaseStatus> caseStatusFromKey(const QString &key);

enum class CasePriority { Low, Normal, High, Urgent };
QString casePriorityKey(CasePriority priority); // "low", "normal", "high", "urgent"
std::optional<CasePriority> casePriorityFromKey(const QString &key);
// A priority as forms and spreadsheets write it: the keys, and the usual words in English, Russian and Belarusian
// and KoBoToolbox's choices ("medium", "средний", "сярэдні" -> normal; "critical", "срочно" -> urgent).
std::optional<CasePriority> casePriorityFromText(const QString &text);

// What a person needs help with; a case has one or more. Keys are stored, names are shown.
namespace caseneeds {
// "housing", "food", "legal", "documents", "medical", "psychological", "financial", "employment", "other"
QStringList keys();
bool isKnown(const QString &key);
QString name(const QString &key); // translated
} // namespace caseneeds

// A request for help: the person helped, what they need, who takes care of it and how far it got.
struct AidCase
{
    Q_DECLARE_TR_FUNCTIONS(supolka::AidCase)

public:
    qint64 pk = 0;
    QString id;     // UUID
    QString number; // said on the phone: "26-0042" (year and a running number)
    // The person helped: a member (memberPk) or somebody who is not one (name and contact kept here).
    qint64 memberPk = 0;
    QString personName;
    QString personContact; // e-mail, phone or messenger handle, as given
    QString personCity;
    QString personCountry;       // ISO 3166-1 alpha-2
    QStringList personLanguages; // ISO 639-1, for matching volunteers
    QStringList needs;           // caseneeds keys
    CasePriority priority = CasePriority::Normal;
    QString summary;
    QDate openedOn;
    QDate dueOn; // invalid = no due date
    CaseStatus status = CaseStatus::New;
    QString outcome;        // what came of it, asked for on closing
    qint64 assigneePk = 0;  // the member (volunteer) responsible; 0 = nobody yet
    bool sensitive = false; // hidden from the default list; never exported with name or contact
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;

    // Read along with the row: the member's name when the person is a member, the assignee's name.
    QString memberName;
    QString assigneeName;

    QString displayName() const { return memberPk != 0 && !memberName.isEmpty() ? memberName : personName; }
    bool isOpen() const { return status != CaseStatus::Resolved && status != CaseStatus::Closed; }
    bool isOverdue(const QDate &today) const { return isOpen() && dueOn.isValid() && dueOn < today; }
    bool isDeleted() const { return !deletedAt.isEmpty(); }
};

} // namespace supolka

Q_DECLARE_METATYPE(supolka::AidCase)
