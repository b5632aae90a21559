#pragma once

#include <optional>

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace supolka {

enum class RegistrationStatus { Registered, Cancelled };
QString registrationStatusKey(RegistrationStatus status); // "registered", "cancelled"
std::optional<RegistrationStatus> registrationStatusFromKey(const QString &key);

// One person's place at an event: a member (memberPk set) or a guest who is not a member (name and contact kept
// here). A ticket code is printed on the ticket and badge; checkedInAt/checkedInBy say when and where they came.
struct Registration
{
    qint64 pk = 0;
    QString id; // UUID
    qint64 eventPk = 0;
    qint64 memberPk = 0; // 0 = a guest
    // A guest's own data. For a member these stay empty: the member's record is the one place of their data.
    QString guestName;
    QString guestEmail;
    QString guestPhone; // E.164 when it could be normalized, else as given
    RegistrationStatus status = RegistrationStatus::Registered;
    QString ticketCode;  // TicketCode alphabet, stored without the dash
    QString checkedInAt; // UTC ISO timestamp; empty = not checked in
    QString checkedInBy; // the operator and laptop that checked them in
    bool walkIn = false; // registered at the door
    QStringList consent; // what a walk-in guest agreed to
    QString consentAt;
    QString externalRef; // the attendee's key in the list it came from ("eventbrite:1234567-1"), for re-imports
    QString createdAt;
    QString updatedAt;
    QString deletedAt;
    QString origin;

    // Read along with the row, not stored with it: the member's or the guest's name and contact.
    QString name;
    QString email;
    QString phone;
    QString memberId;
    QStringList nameParts; // a member's first, middle and last name as stored; empty for a guest

    bool isGuest() const { return memberPk == 0; }
    bool isCheckedIn() const { return !checkedInAt.isEmpty(); }
    bool isCancelled() const { return status == RegistrationStatus::Cancelled; }
    bool isDeleted() const { return !deletedAt.isEmpty(); }
};

} // namespace supolka

Q_DECLARE_METATYPE(supolka::Registration)
