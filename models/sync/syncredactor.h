#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include "models/sync/synckinds.h"
#include "models/sync/syncprofile.h"

namespace supolka {

// Turns the rows of this database into the rows a bundle of a profile carries (docs/bundles.md, "Profiles"):
// - full: members who agreed to sharing with the secretariat as they are; the others pseudonymized (a keyed-hash
//   id, no name, birth date, contact, city or notes), guests without name or contact, sensitive cases under an
//   alias with their name and contact blotted out of every text;
// - pseudonymized: no names, contacts or free text at all, and the ids of members, registrations, cases, notes
//   and payments (and every reference to them) replaced by keyed hashes;
// - events and exit-poll rows are not about people and keep their ids.
// Every row that leaves with less in it than it has here is marked `redacted`, so that it never takes the place of
// the full row anywhere; a row that came redacted leaves as it is (only scrubbed further).
// Pseudonyms are HMAC-SHA256 with the chapter's key: the same row has the same pseudonym in every bundle.
class SyncRedactor final
{
public:
    SyncRedactor(SyncProfile profile, QByteArray key);

    // What rows refer to, to be learnt before redact(): every member and case (SyncStore::load order).
    void learnMembers(const QList<SyncRow> &members);
    void learnCases(const QList<SyncRow> &cases);

    // The rows that leave for `values`: usually one; an erased member leaves as itself and as its pseudonym, so
    // that the erasure reaches every copy.
    QList<QStringList> redact(SyncKind kind, const QStringList &values) const;

    // The keyed-hash id of a row (a UUID of version 8).
    QString pseudonymId(SyncKind kind, const QString &id) const;
    // The alias a sensitive case's person goes under: "#3F9A12C0".
    QString alias(const QString &caseId) const;
    // A ticket code made from the keyed hash of a registration.
    QString pseudonymTicket(const QString &registrationId) const;

private:
    struct MemberFacts
    {
        bool shared = false; // agreed to sharing with the secretariat
        bool erased = false;
        bool redacted = false;
        QString name;
    };
    struct CaseFacts
    {
        bool sensitive = false;
        bool redacted = false;
        QString personName;
        QString personContact;
        QString memberName;
    };

    QByteArray mac(const QString &text) const;
    bool memberLeavesAsItIs(const QString &id) const;
    QString memberId(const QString &id) const; // the id a member's row leaves under
    QString caseId(const QString &id) const;
    QString blot(const QString &text, const QString &caseId) const;
    QStringList scrubMember(QStringList values) const;

    SyncProfile m_profile;
    QByteArray m_key;
    QHash<QString, MemberFacts> m_members;
    QHash<QString, CaseFacts> m_cases;
};

} // namespace supolka
