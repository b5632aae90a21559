#include "models/members/membersearchindex.h"

#include <QSqlError>

#include "models/members/member.h"
#include "models/members/memberrepository.h"
#include "models/members/membersql.h"
#include "models/text/searchquery.h"

namespace supolka {

namespace {

Status indexFailure(const QSqlQuery &query)
{
    return Status::failure(MemberRepository::tr("Could not update the search index: %1").arg(query.lastError().text()));
}

} // namespace

MemberSearchIndex::Entry MemberSearchIndex::entryOf(const Member &member)
{
    Entry entry;
    // A key never holds a space: all_keys is split on them to find the key rows again.
    for (const QString &key : MemberRepository::searchKeys(member)) {
        if (key.contains(QLatin1Char(' ')))
            entry.keys += key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else
            entry.keys.append(key);
    }
    entry.keys.removeDuplicates();
    entry.sortKey = membersql::sortKey(member);
    entry.allKeys = search::allKeysText(entry.keys);
    return entry;
}

MemberSearchIndex::MemberSearchIndex(const QSqlDatabase &db)
    : m_selectKeys(db)
    , m_deleteToken(db)
    , m_deleteEntry(db)
    , m_insertToken(db)
    , m_insertEntry(db)
{
    m_selectKeys.setForwardOnly(true);
    const bool prepared =
        m_selectKeys.prepare(QStringLiteral("SELECT all_keys FROM member_keys WHERE member_pk = ?")) &&
        m_deleteToken.prepare(QStringLiteral("DELETE FROM member_search WHERE token = ? AND member_pk = ?")) &&
        m_deleteEntry.prepare(QStringLiteral("DELETE FROM member_keys WHERE member_pk = ?")) &&
        m_insertToken.prepare(QStringLiteral("INSERT OR IGNORE INTO member_search (token, member_pk) VALUES (?, ?)")) &&
        m_insertEntry.prepare(
            QStringLiteral("INSERT OR REPLACE INTO member_keys (member_pk, sort_key, all_keys) VALUES (?, ?, ?)"));
    if (!prepared)
        m_error = MemberRepository::tr("Could not update the search index: %1").arg(db.lastError().text());
}

Status MemberSearchIndex::remove(qint64 pk)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    // The member's keys are listed in their all_keys, so each key row is found by its primary key.
    m_selectKeys.bindValue(0, pk);
    if (!m_selectKeys.exec())
        return indexFailure(m_selectKeys);
    QStringList keys;
    while (m_selectKeys.next())
        keys += m_selectKeys.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_selectKeys.finish();
    for (const QString &key : std::as_const(keys)) {
        m_deleteToken.bindValue(0, key);
        m_deleteToken.bindValue(1, pk);
        if (!m_deleteToken.exec())
            return indexFailure(m_deleteToken);
    }
    m_deleteEntry.bindValue(0, pk);
    if (!m_deleteEntry.exec())
        return indexFailure(m_deleteEntry);
    return {};
}

Status MemberSearchIndex::add(const Member &member)
{
    if (!m_error.isEmpty())
        return Status::failure(m_error);
    if (member.isDeleted())
        return {};
    const Entry entry = entryOf(member);
    m_insertEntry.bindValue(0, member.pk);
    m_insertEntry.bindValue(1, entry.sortKey);
    m_insertEntry.bindValue(2, entry.allKeys);
    if (!m_insertEntry.exec())
        return indexFailure(m_insertEntry);
    for (const QString &key : entry.keys) {
        m_insertToken.bindValue(0, key);
        m_insertToken.bindValue(1, member.pk);
        if (!m_insertToken.exec())
            return indexFailure(m_insertToken);
    }
    return {};
}

Status MemberSearchIndex::replace(const Member &member)
{
    if (Status removed = remove(member.pk); !removed)
        return removed;
    return add(member);
}

} // namespace supolka
