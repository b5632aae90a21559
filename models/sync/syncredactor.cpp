#include "models/sync/syncredactor.h"

#include <QMessageAuthenticationCode>
#include <QUuid>

#include "models/cases/casecsv.h"
#include "models/events/ticketcode.h"

namespace supolka {

namespace {

int col(SyncKind kind, const char *name)
{
    return SyncKinds::column(kind, QLatin1String(name));
}

QString value(SyncKind kind, const QStringList &values, const char *name)
{
    return values.value(col(kind, name));
}

void clear(SyncKind kind, QStringList &values, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        values[col(kind, name)] = QString();
}

void set(SyncKind kind, QStringList &values, const char *name, const QString &text)
{
    values[col(kind, name)] = text;
}

QString joinName(const QStringList &values)
{
    QStringList parts;
    for (const char *name : {"first_name", "middle_name", "last_name"}) {
        const QString part = value(SyncKind::Members, values, name).trimmed();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

SyncRedactor::SyncRedactor(SyncProfile profile, QByteArray key)
    : m_profile(profile)
    , m_key(std::move(key))
{}

void SyncRedactor::learnMembers(const QList<SyncRow> &members)
{
    constexpr SyncKind kind = SyncKind::Members;
    for (const SyncRow &row : members) {
        const QStringList &v = row.values;
        MemberFacts facts;
        facts.shared = value(kind, v, "consent_share") == QLatin1String("1");
        facts.name = joinName(v);
        facts.erased = !SyncKinds::deletedAt(kind, v).isEmpty() && facts.name.isEmpty() &&
                       value(kind, v, "email").isEmpty() && value(kind, v, "phone").isEmpty();
        facts.redacted = SyncKinds::isRedacted(kind, v);
        m_members.insert(v.value(0), facts);
    }
}

void SyncRedactor::learnCases(const QList<SyncRow> &cases)
{
    constexpr SyncKind kind = SyncKind::Cases;
    for (const SyncRow &row : cases) {
        const QStringList &v = row.values;
        CaseFacts facts;
        facts.sensitive = value(kind, v, "sensitive") == QLatin1String("1");
        facts.redacted = SyncKinds::isRedacted(kind, v);
        facts.personName = value(kind, v, "person_name");
        facts.personContact = value(kind, v, "person_contact");
        facts.memberName = m_members.value(value(kind, v, "member_id")).name;
        m_cases.insert(v.value(0), facts);
    }
}

QByteArray SyncRedactor::mac(const QString &text) const
{
    return QMessageAuthenticationCode::hash(text.toUtf8(), m_key, QCryptographicHash::Sha256);
}

QString SyncRedactor::pseudonymId(SyncKind kind, const QString &id) const
{
    if (id.isEmpty())
        return id;
    QByteArray bytes = mac(SyncKinds::name(kind) + QLatin1Char(':') + id).left(16);
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x80); // version 8: made by the application's own rule
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80); // the RFC 4122 variant
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
           hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString SyncRedactor::alias(const QString &caseId) const
{
    return QLatin1Char('#') + QString::fromLatin1(mac(QStringLiteral("alias:") + caseId).toHex().left(8).toUpper());
}

QString SyncRedactor::pseudonymTicket(const QString &registrationId) const
{
    const QString letters = ticketcode::alphabet();
    const QByteArray bytes = mac(QStringLiteral("ticket:") + registrationId);
    QString code;
    for (int i = 0; i < ticketcode::Length; ++i)
        code.append(letters.at(int(uchar(bytes.at(i))) % int(letters.size())));
    return code;
}

bool SyncRedactor::memberLeavesAsItIs(const QString &id) const
{
    const auto found = m_members.constFind(id);
    if (found == m_members.cend())
        return false;
    if (found->redacted)
        return true;
    return m_profile == SyncProfile::Full && (found->shared || found->erased);
}

QString SyncRedactor::memberId(const QString &id) const
{
    if (id.isEmpty() || memberLeavesAsItIs(id))
        return id;
    return pseudonymId(SyncKind::Members, id);
}

QString SyncRedactor::caseId(const QString &id) const
{
    if (id.isEmpty() || m_profile == SyncProfile::Full || m_cases.value(id).redacted)
        return id;
    return pseudonymId(SyncKind::Cases, id);
}

QString SyncRedactor::blot(const QString &text, const QString &id) const
{
    const CaseFacts facts = m_cases.value(id);
    AidCase aidCase;
    aidCase.id = id;
    aidCase.personName = facts.personName;
    aidCase.personContact = facts.personContact;
    aidCase.memberName = facts.memberName;
    // CaseCsv's alias is in the user's language; a bundle's must not depend on it.
    return CaseCsv::blotOut(text, aidCase).replace(CaseCsv::pseudonym(aidCase), alias(id));
}

QStringList SyncRedactor::scrubMember(QStringList values) const
{
    clear(SyncKind::Members, values,
          {"first_name", "middle_name", "last_name", "birth_date", "email", "phone", "city", "consent_at", "notes"});
    return values;
}

QList<QStringList> SyncRedactor::redact(SyncKind kind, const QStringList &values) const
{
    if (!SyncKinds::isRedactable(kind))
        return {values};
    const bool pseudonymized = m_profile == SyncProfile::Pseudonymized;
    const bool already = SyncKinds::isRedacted(kind, values);
    const QString id = values.value(0);
    QStringList out = values;
    QList<QStringList> extra;
    switch (kind) {
    case SyncKind::Members: {
        set(kind, out, "merged_into", memberId(value(kind, values, "merged_into")));
        if (!memberLeavesAsItIs(id)) {
            out = scrubMember(out);
            out[0] = memberId(id);
        } else if (pseudonymized) {
            out = scrubMember(out);
        }
        // An erased member leaves under its own id, and its pseudonym's copy goes with the erasure too.
        if (m_profile == SyncProfile::Full && !already && m_members.value(id).erased) {
            QStringList copy = scrubMember(values);
            copy[0] = pseudonymId(kind, id);
            set(kind, copy, "redacted", QStringLiteral("1"));
            extra.append(copy);
        }
        break;
    }
    case SyncKind::Events:
        if (pseudonymized)
            clear(kind, out, {"notes"});
        break;
    case SyncKind::Registrations: {
        const QString member = value(kind, values, "member_id");
        set(kind, out, "member_id", memberId(member));
        const bool memberShown = !member.isEmpty() && memberLeavesAsItIs(member) && !m_members.value(member).erased;
        if (!memberShown)
            clear(kind, out, {"guest_name", "guest_email", "guest_phone", "external_ref"});
        if (pseudonymized) {
            clear(kind, out, {"guest_name", "guest_email", "guest_phone", "external_ref", "checked_in_by"});
            if (!already) {
                out[0] = pseudonymId(kind, id);
                set(kind, out, "ticket_code", pseudonymTicket(id));
            }
        }
        break;
    }
    case SyncKind::Cases: {
        set(kind, out, "member_id", memberId(value(kind, values, "member_id")));
        set(kind, out, "assignee_id", memberId(value(kind, values, "assignee_id")));
        const bool sensitive = m_cases.value(id).sensitive;
        if (pseudonymized) {
            clear(kind, out, {"person_contact", "person_city", "summary", "outcome"});
            if (!already) {
                set(kind, out, "person_name", alias(id));
                out[0] = caseId(id);
            } else if (!value(kind, values, "person_name").startsWith(QLatin1Char('#'))) {
                clear(kind, out, {"person_name"});
            }
        } else if (sensitive && !already) {
            set(kind, out, "person_name", alias(id));
            clear(kind, out, {"person_contact", "person_city", "member_id"});
            set(kind, out, "summary", blot(value(kind, values, "summary"), id));
            set(kind, out, "outcome", blot(value(kind, values, "outcome"), id));
        }
        break;
    }
    case SyncKind::Notes:
    case SyncKind::Payments: {
        const QString caseOf = value(kind, values, "case_id");
        const char *text = kind == SyncKind::Notes ? "body" : "purpose";
        // An assignment names the volunteer by member id, which leaves as the member's row does.
        if (kind == SyncKind::Notes && value(kind, values, "kind") == QLatin1String("assignment") &&
            !QUuid::fromString(value(kind, values, "body")).isNull())
            set(kind, out, "body", memberId(value(kind, values, "body")));
        if (pseudonymized) {
            clear(kind, out, {text});
            if (kind == SyncKind::Notes)
                clear(kind, out, {"author"});
            if (!already) {
                out[0] = pseudonymId(kind, id);
                set(kind, out, "case_id", caseId(caseOf));
            }
        } else if (m_cases.value(caseOf).sensitive && !already) {
            set(kind, out, text, blot(value(kind, out, text), caseOf));
        }
        break;
    }
    default:
        break;
    }
    const bool redacted = already || pseudonymized || out != values;
    set(kind, out, "redacted", redacted ? QStringLiteral("1") : QStringLiteral("0"));
    QList<QStringList> rows{out};
    rows += extra;
    return rows;
}

} // namespace supolka
