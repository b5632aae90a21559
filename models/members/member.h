#pragma once

#include <optional>

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace supolka {

enum class MemberStatus { Active, Inactive, Pending };

QString memberStatusKey(MemberStatus status); // "active", "inactive", "pending"
std::optional<MemberStatus> memberStatusFromKey(const QString &key);

// One person of the chapter. Lists are kept in the order people gave them.
struct Member
{
    qint64 pk = 0; // local key; 0 = not stored yet
    QString id;    // UUID, travels between chapters
    QString firstName;
    QString middleName;
    QString lastName;
    QDate birthDate;
    QString email; // lower-case; empty = unknown
    QString phone; // E.164 ("+375291234567"); empty = unknown
    QString city;
    QString country;       // ISO 3166-1 alpha-2, upper-case; empty = unknown
    QStringList languages; // ISO 639-1 codes ("be", "ru", "pl")
    QStringList skills;    // tags ("lawyer", "doctor", ...)
    QStringList groups;    // working groups / projects
    MemberStatus status = MemberStatus::Active;
    QDate joinedOn;
    QStringList consent;       // what they agreed to ("contact", "newsletter", "photos", ...)
    QString consentAt;         // ISO timestamp of the consent; empty = none recorded
    bool consentShare = false; // agreed to sharing with the secretariat
    QString notes;
    QString createdAt;
    QString updatedAt;
    QString deletedAt; // set = deleted (a tombstone)
    QString origin;    // chapter code that created the row
    // Fields that need a person's look (canonical names, "phone", "birth_date", ...): kept as typed but not
    // verified, or left empty because the text could not be read. An import sets them; saving the member in
    // the editor, where every field is checked, clears them.
    QStringList attention;
    QString mergedInto; // a tombstone of a member merged into another: that member's id

    QString displayName() const; // "First Middle Last", trimmed
    bool isDeleted() const { return !deletedAt.isEmpty(); }
    bool needsAttention(const QString &field) const { return attention.contains(field); }
    // Same personal data (everything but pk and the sync columns).
    bool sameContent(const Member &other) const;
};

} // namespace supolka

Q_DECLARE_METATYPE(supolka::Member)
