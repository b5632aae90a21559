#include "models/sync/syncstate.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/db/savepoint.h"

namespace supolka {

namespace {

const QString KeyName = QStringLiteral("sync_key");
const QString ChapterNameKey = QStringLiteral("chapter_name");
constexpr int KeyBytes = 32;

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &text)
{
    QStringList values;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        values.append(value.toString());
    return values;
}

SyncConflict readConflict(const QSqlQuery &query)
{
    SyncConflict c;
    c.pk = query.value(0).toLongLong();
    c.kind = SyncKinds::fromName(query.value(1).toString()).value_or(SyncKind::Members);
    c.id = query.value(2).toString();
    c.peer = query.value(3).toString();
    c.mine = fromJsonArray(query.value(4).toString());
    c.theirs = fromJsonArray(query.value(5).toString());
    c.detectedAt = query.value(6).toString();
    c.resolvedAt = query.value(7).toString();
    c.resolution = query.value(8).toString();
    return c;
}

const QString ConflictColumns = QStringLiteral(
    "pk, kind, row_id, peer, local_row, remote_row, detected_at, resolved_at, resolution FROM sync_conflicts");

} // namespace

SyncState::SyncState(Database &database)
    : m_database(database)
{}

Result<QByteArray> SyncState::key()
{
    const QString stored = m_database.metaValue(KeyName);
    QByteArray key = QByteArray::fromHex(stored.toLatin1());
    if (key.size() == KeyBytes)
        return key;
    key.resize(KeyBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), KeyBytes / 4);
    if (Status status = m_database.setMetaValue(KeyName, QString::fromLatin1(key.toHex())); !status)
        return Result<QByteArray>::failure(tr("Could not keep the pseudonymization key: %1").arg(status.error()));
    return key;
}

Result<QByteArray> SyncState::existingKeyOrThrowaway() const
{
    QByteArray key = QByteArray::fromHex(m_database.metaValue(KeyName).toLatin1());
    if (key.size() == KeyBytes)
        return key;
    key.resize(KeyBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), KeyBytes / 4);
    return key;
}

QString SyncState::chapterName() const
{
    return m_database.metaValue(ChapterNameKey);
}

bool SyncState::isChapterCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return shape.match(code).hasMatch();
}

bool SyncState::isChapterName(const QString &name)
{
    return name.size() <= 200 &&
           std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

Status SyncState::setChapter(const QString &code, const QString &name)
{
    const QString clean = code.trimmed();
    if (!isChapterCode(clean))
        return Status::failure(tr("“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or "
                                  "underscores, such as PL-WAW.")
                                   .arg(code));
    const QString old = m_database.chapterCode();
    QSqlDatabase db = m_database.connection();
    Savepoint savepoint(db);
    if (!savepoint.isActive())
        return Status::failure(tr("Could not name the chapter: %1").arg(savepoint.error()));
    if (old != clean) {
        for (const char *table :
             {"members", "events", "registrations", "cases", "case_notes", "case_payments", "elections", "stations"}) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE %1 SET origin = ? WHERE origin = ?").arg(QLatin1String(table)));
            query.addBindValue(clean);
            query.addBindValue(old);
            if (!query.exec())
                return Status::failure(tr("Could not name the chapter: %1").arg(query.lastError().text()));
        }
        if (Status status = m_database.setChapterCode(clean); !status)
            return status;
    }
    if (!name.isNull()) {
        if (Status status = m_database.setMetaValue(ChapterNameKey, name.simplified()); !status)
            return status;
    }
    if (!savepoint.release())
        return Status::failure(tr("Could not name the chapter: %1").arg(savepoint.error()));
    return {};
}

QHash<QString, SyncBase> SyncState::bases(const QString &peer, SyncKind kind) const
{
    QHash<QString, SyncBase> found;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, hash, updated_at FROM sync_state WHERE peer = ? AND kind = ?"));
    query.addBindValue(peer);
    query.addBindValue(SyncKinds::name(kind));
    if (query.exec()) {
        while (query.next())
            found.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    }
    return found;
}

Status SyncState::setBase(const QString &peer, SyncKind kind, const QString &id, const QStringList &values)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state (peer, kind, id, hash, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(peer);
    query.addBindValue(SyncKinds::name(kind));
    query.addBindValue(id);
    query.addBindValue(SyncKinds::hash(values));
    query.addBindValue(SyncKinds::updatedAt(kind, values));
    if (!query.exec())
        return Status::failure(tr("Could not record the exchange: %1").arg(query.lastError().text()));
    return {};
}

QHash<QString, QString> SyncState::touched(SyncKind kind) const
{
    QHash<QString, QString> found;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at FROM sync_touched WHERE kind = ?"));
    query.addBindValue(SyncKinds::name(kind));
    if (query.exec()) {
        while (query.next())
            found.insert(query.value(0).toString(), query.value(1).toString());
    }
    return found;
}

Status SyncState::touch(SyncKind kind, const QString &id, const QString &at)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_touched (kind, id, at) VALUES (?, ?, ?)"));
    query.addBindValue(SyncKinds::name(kind));
    query.addBindValue(id);
    query.addBindValue(at);
    if (!query.exec())
        return Status::failure(tr("Could not record the exchange: %1").arg(query.lastError().text()));
    return {};
}

QList<SyncConflict> SyncState::conflicts(bool openOnly) const
{
    QList<SyncConflict> found;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT ") + ConflictColumns +
                   (openOnly ? QStringLiteral(" WHERE resolved_at IS NULL") : QString()) +
                   QStringLiteral(" ORDER BY pk"))) {
        while (query.next())
            found.append(readConflict(query));
    }
    return found;
}

std::optional<SyncConflict> SyncState::conflict(qint64 pk) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + ConflictColumns + QStringLiteral(" WHERE pk = ?"));
    query.addBindValue(pk);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readConflict(query);
}

Status SyncState::recordConflict(const SyncConflict &conflict)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (kind, row_id, peer, local_row, remote_row, detected_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, row_id) WHERE resolved_at IS NULL DO UPDATE SET peer = excluded.peer, "
        "local_row = excluded.local_row, remote_row = excluded.remote_row "
        "WHERE peer <> excluded.peer OR local_row <> excluded.local_row OR remote_row <> excluded.remote_row"));
    query.addBindValue(SyncKinds::name(conflict.kind));
    query.addBindValue(conflict.id);
    query.addBindValue(conflict.peer);
    query.addBindValue(jsonArray(conflict.mine));
    query.addBindValue(jsonArray(conflict.theirs));
    query.addBindValue(conflict.detectedAt);
    if (!query.exec())
        return Status::failure(tr("Could not record the conflict: %1").arg(query.lastError().text()));
    return {};
}

Status SyncState::markResolved(qint64 pk, const QString &resolution)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE pk = ? AND resolved_at IS NULL"));
    query.addBindValue(nowTimestamp());
    query.addBindValue(resolution);
    query.addBindValue(pk);
    if (!query.exec())
        return Status::failure(tr("Could not resolve the conflict: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("This conflict was resolved already."));
    return {};
}

QList<SyncHistoryEntry> SyncState::history() const
{
    QList<SyncHistoryEntry> entries;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT pk, direction, peer, peer_name, file_name, profile, at, bundle_created_at, "
                                   "since, rows, added, updated, deleted, unchanged, conflicts FROM sync_history "
                                   "ORDER BY at DESC, pk DESC")))
        return entries;
    while (query.next()) {
        SyncHistoryEntry e;
        int i = 0;
        e.pk = query.value(i++).toLongLong();
        e.direction = query.value(i++).toString();
        e.peer = query.value(i++).toString();
        e.peerName = query.value(i++).toString();
        e.fileName = query.value(i++).toString();
        e.profile = query.value(i++).toString();
        e.at = query.value(i++).toString();
        e.bundleCreatedAt = query.value(i++).toString();
        e.since = query.value(i++).toString();
        e.rows = query.value(i++).toLongLong();
        e.added = query.value(i++).toInt();
        e.updated = query.value(i++).toInt();
        e.deleted = query.value(i++).toInt();
        e.unchanged = query.value(i++).toInt();
        e.conflicts = query.value(i++).toInt();
        entries.append(e);
    }
    return entries;
}

Status SyncState::addHistory(const SyncHistoryEntry &e)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_history (direction, peer, peer_name, file_name, profile, at, bundle_created_at, since, rows, "
        "added, updated, deleted, unchanged, conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    query.addBindValue(e.direction);
    query.addBindValue(text(e.peer));
    query.addBindValue(text(e.peerName));
    query.addBindValue(text(e.fileName));
    query.addBindValue(text(e.profile));
    query.addBindValue(e.at);
    query.addBindValue(text(e.bundleCreatedAt));
    query.addBindValue(e.since.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(e.since));
    query.addBindValue(e.rows);
    query.addBindValue(e.added);
    query.addBindValue(e.updated);
    query.addBindValue(e.deleted);
    query.addBindValue(e.unchanged);
    query.addBindValue(e.conflicts);
    if (!query.exec())
        return Status::failure(tr("Could not record the bundle in the history: %1").arg(query.lastError().text()));
    return {};
}

QString SyncState::lastSent(const QString &recipient, const QString &profile) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT max(bundle_created_at) FROM sync_history WHERE direction = 'sent' AND "
                                 "peer = ? AND profile = ?"));
    query.addBindValue(recipient);
    query.addBindValue(profile);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status SyncState::storeAggregate(const QString &origin, const QString &name, const QByteArray &csv,
                                 const QString &bundleCreatedAt)
{
    QSqlQuery query(m_database.connection());
    // Only a newer report of the same chapter replaces the one kept.
    query.prepare(QStringLiteral(
        "INSERT INTO sync_aggregates (origin, name, csv, bundle_created_at, received_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (origin, name) DO UPDATE SET csv = excluded.csv, bundle_created_at = excluded.bundle_created_at, "
        "received_at = excluded.received_at WHERE excluded.bundle_created_at > bundle_created_at"));
    query.addBindValue(origin);
    query.addBindValue(name);
    query.addBindValue(QString::fromUtf8(csv));
    query.addBindValue(bundleCreatedAt);
    query.addBindValue(nowTimestamp());
    if (!query.exec())
        return Status::failure(tr("Could not keep the counts of %1: %2").arg(origin, query.lastError().text()));
    return {};
}

QHash<QString, QHash<QString, QByteArray>> SyncState::aggregates() const
{
    QHash<QString, QHash<QString, QByteArray>> found;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT origin, name, csv FROM sync_aggregates"))) {
        while (query.next())
            found[query.value(0).toString()].insert(query.value(1).toString(), query.value(2).toString().toUtf8());
    }
    return found;
}

} // namespace supolka
