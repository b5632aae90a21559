#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/core/result.h"

namespace supolka {

// The kinds of rows a bundle carries, each as one canonical CSV (docs/bundles.md), in the order they are merged:
// what a row refers to comes before it.
enum class SyncKind {
    Elections,
    Stations,
    ExitPoll,
    Official,
    Verified,
    Members,
    Events,
    Registrations,
    Cases,
    Notes,
    Payments
};

// One row as it travels: the kind's columns in order, as text (empty = unknown or none).
struct SyncRow
{
    qint64 pk = 0; // the local key; 0 when it is not stored here
    QStringList values;
};

// What every kind of row is: names, columns, and how a row's identity, timestamps and text are read.
class SyncKinds final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::SyncKinds)

public:
    static QList<SyncKind> all();
    static QString name(SyncKind kind);     // "members"
    static QString fileName(SyncKind kind); // "members.csv"
    static std::optional<SyncKind> fromName(const QString &name);
    // The kind's people-facing name, translated.
    static QString title(SyncKind kind);

    // The CSV header of the kind.
    static QStringList columns(SyncKind kind);
    static int column(SyncKind kind, const QString &name); // -1 when the kind has no such column

    // Exit-poll counts: keyed by their station (and shift and option), no tombstones, origin or redaction.
    static bool isCount(SyncKind kind);
    // Kinds whose rows may leave with less in them (a `redacted` column).
    static bool isRedactable(SyncKind kind);

    // The identity of a row within its kind: its id, or for counts the station id (and shift and option).
    static QString key(SyncKind kind, const QStringList &values);
    static QString updatedAt(SyncKind kind, const QStringList &values);
    static QString deletedAt(SyncKind kind, const QStringList &values); // empty for a live row and for counts
    static QString origin(SyncKind kind, const QStringList &values);    // empty for counts
    static bool isRedacted(SyncKind kind, const QStringList &values);

    // The text two rows are compared by, and its SHA-256 (lower-case hex), as kept in the sync state.
    static QString canonicalText(const QStringList &values);
    static QString hash(const QStringList &values);

    // The kind's CSV (header and rows) as bytes: RFC 4180, UTF-8 without BOM, CRLF, formulas neutralized.
    // Columns of later bundle formats, read as empty from a file of format 1 (which lacks them).
    static QStringList addedSinceFirstFormat();
    static QByteArray encode(SyncKind kind, const QList<QStringList> &rows);
    static QByteArray encodeTable(const QStringList &header, const QList<QStringList> &rows);
    // Reads a CSV of a bundle: the header must be `header`, every record as long. Fails with what is wrong and where.
    static Result<QList<QStringList>> decode(const QString &fileName, const QStringList &header,
                                             const QByteArray &data);
};

} // namespace supolka
