#include "models/sync/synckinds.h"

#include <QBuffer>
#include <QCryptographicHash>

#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"

namespace supolka {

namespace {

QStringList withSync(QStringList columns, bool redactable)
{
    columns += {QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("deleted_at"),
                QStringLiteral("origin")};
    if (redactable)
        columns.append(QStringLiteral("redacted"));
    return columns;
}

} // namespace

QList<SyncKind> SyncKinds::all()
{
    static const QList<SyncKind> kinds{SyncKind::Elections, SyncKind::Stations,      SyncKind::ExitPoll,
                                       SyncKind::Official,  SyncKind::Verified,      SyncKind::Members,
                                       SyncKind::Events,    SyncKind::Registrations, SyncKind::Cases,
                                       SyncKind::Notes,     SyncKind::Payments};
    return kinds;
}

QString SyncKinds::name(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Elections:
        return QStringLiteral("elections");
    case SyncKind::Stations:
        return QStringLiteral("stations");
    case SyncKind::ExitPoll:
        return QStringLiteral("exitpoll");
    case SyncKind::Official:
        return QStringLiteral("official");
    case SyncKind::Verified:
        return QStringLiteral("verified");
    case SyncKind::Members:
        return QStringLiteral("members");
    case SyncKind::Events:
        return QStringLiteral("events");
    case SyncKind::Registrations:
        return QStringLiteral("registrations");
    case SyncKind::Cases:
        return QStringLiteral("cases");
    case SyncKind::Notes:
        return QStringLiteral("notes");
    case SyncKind::Payments:
        return QStringLiteral("payments");
    }
    return {};
}

QString SyncKinds::fileName(SyncKind kind)
{
    return SyncKinds::name(kind) + QStringLiteral(".csv");
}

std::optional<SyncKind> SyncKinds::fromName(const QString &text)
{
    for (SyncKind kind : all()) {
        if (name(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QString SyncKinds::title(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Elections:
        return tr("Elections");
    case SyncKind::Stations:
        return tr("Polling stations");
    case SyncKind::ExitPoll:
        return tr("Exit-poll counts");
    case SyncKind::Official:
        return tr("Official results");
    case SyncKind::Verified:
        return tr("Observers' counts");
    case SyncKind::Members:
        return tr("Members");
    case SyncKind::Events:
        return tr("Events");
    case SyncKind::Registrations:
        return tr("Registrations");
    case SyncKind::Cases:
        return tr("Aid cases");
    case SyncKind::Notes:
        return tr("Case notes");
    case SyncKind::Payments:
        return tr("Payments");
    }
    return {};
}

QStringList SyncKinds::columns(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Elections:
        return withSync(
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("held_on"), QStringLiteral("options")},
            false);
    case SyncKind::Stations:
        return withSync({QStringLiteral("id"), QStringLiteral("election_id"), QStringLiteral("code"),
                         QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("registered_voters")},
                        false);
    case SyncKind::ExitPoll:
        return {QStringLiteral("station_id"), QStringLiteral("shift"), QStringLiteral("option"),
                QStringLiteral("count"), QStringLiteral("updated_at")};
    case SyncKind::Official:
        return {QStringLiteral("station_id"),   QStringLiteral("registered_voters"),
                QStringLiteral("ballots_cast"), QStringLiteral("spoiled"),
                QStringLiteral("votes"),        QStringLiteral("updated_at")};
    case SyncKind::Verified:
        return {QStringLiteral("station_id"), QStringLiteral("observed_voters"), QStringLiteral("ballots"),
                QStringLiteral("updated_at")};
    case SyncKind::Members:
        return withSync({QStringLiteral("id"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
                         QStringLiteral("last_name"), QStringLiteral("birth_date"), QStringLiteral("email"),
                         QStringLiteral("phone"), QStringLiteral("city"), QStringLiteral("country"),
                         QStringLiteral("languages"), QStringLiteral("skills"), QStringLiteral("groups"),
                         QStringLiteral("status"), QStringLiteral("joined_on"), QStringLiteral("consent"),
                         QStringLiteral("consent_at"), QStringLiteral("consent_share"), QStringLiteral("notes"),
                         QStringLiteral("merged_into")},
                        true);
    case SyncKind::Events:
        return withSync({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("kind"),
                         QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("venue"),
                         QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("capacity"),
                         QStringLiteral("notes"), QStringLiteral("work_group")},
                        true);
    case SyncKind::Registrations:
        return withSync({QStringLiteral("id"), QStringLiteral("event_id"), QStringLiteral("member_id"),
                         QStringLiteral("guest_name"), QStringLiteral("guest_email"), QStringLiteral("guest_phone"),
                         QStringLiteral("status"), QStringLiteral("ticket_code"), QStringLiteral("checked_in_at"),
                         QStringLiteral("checked_in_by"), QStringLiteral("walk_in"), QStringLiteral("consent"),
                         QStringLiteral("consent_at"), QStringLiteral("external_ref")},
                        true);
    case SyncKind::Cases:
        return withSync({QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("member_id"),
                         QStringLiteral("person_name"), QStringLiteral("person_contact"), QStringLiteral("person_city"),
                         QStringLiteral("person_country"), QStringLiteral("person_languages"), QStringLiteral("needs"),
                         QStringLiteral("priority"), QStringLiteral("summary"), QStringLiteral("opened_on"),
                         QStringLiteral("due_on"), QStringLiteral("status"), QStringLiteral("outcome"),
                         QStringLiteral("assignee_id"), QStringLiteral("sensitive")},
                        true);
    case SyncKind::Notes:
        return withSync({QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("kind"),
                         QStringLiteral("body"), QStringLiteral("from_status"), QStringLiteral("to_status"),
                         QStringLiteral("author"), QStringLiteral("at")},
                        true);
    case SyncKind::Payments:
        return withSync({QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("paid_on"),
                         QStringLiteral("amount_minor"), QStringLiteral("currency"), QStringLiteral("purpose")},
                        true);
    }
    return {};
}

int SyncKinds::column(SyncKind kind, const QString &columnName)
{
    // Asked for row after row: the headers are made once.
    static const QList<QStringList> headers = [] {
        QList<QStringList> list;
        for (SyncKind k : all())
            list.append(columns(k));
        return list;
    }();
    const qsizetype index = all().indexOf(kind);
    return index < 0 ? -1 : int(headers.at(index).indexOf(columnName));
}

bool SyncKinds::isCount(SyncKind kind)
{
    return kind == SyncKind::ExitPoll || kind == SyncKind::Official || kind == SyncKind::Verified;
}

bool SyncKinds::isRedactable(SyncKind kind)
{
    return kind == SyncKind::Members || kind == SyncKind::Events || kind == SyncKind::Registrations ||
           kind == SyncKind::Cases || kind == SyncKind::Notes || kind == SyncKind::Payments;
}

QString SyncKinds::key(SyncKind kind, const QStringList &values)
{
    if (kind == SyncKind::ExitPoll)
        return values.value(0) + QLatin1Char('/') + values.value(1) + QLatin1Char('/') + values.value(2);
    return values.value(0);
}

QString SyncKinds::updatedAt(SyncKind kind, const QStringList &values)
{
    return values.value(column(kind, QStringLiteral("updated_at")));
}

QString SyncKinds::deletedAt(SyncKind kind, const QStringList &values)
{
    const int at = column(kind, QStringLiteral("deleted_at"));
    return at < 0 ? QString() : values.value(at);
}

QString SyncKinds::origin(SyncKind kind, const QStringList &values)
{
    const int at = column(kind, QStringLiteral("origin"));
    return at < 0 ? QString() : values.value(at);
}

bool SyncKinds::isRedacted(SyncKind kind, const QStringList &values)
{
    const int at = column(kind, QStringLiteral("redacted"));
    return at >= 0 && values.value(at) == QLatin1String("1");
}

QString SyncKinds::canonicalText(const QStringList &values)
{
    return values.join(QChar(0x1f));
}

QString SyncKinds::hash(const QStringList &values)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText(values).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QByteArray SyncKinds::encodeTable(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, CsvProfile::Plain);
    writer.writeRecord(header);
    for (const QStringList &row : rows)
        writer.writeRecord(row);
    buffer.close();
    return data;
}

QStringList SyncKinds::addedSinceFirstFormat()
{
    // Format 2: a member merged into another names the one kept.
    return {QStringLiteral("merged_into")};
}

QByteArray SyncKinds::encode(SyncKind kind, const QList<QStringList> &rows)
{
    return SyncKinds::encodeTable(columns(kind), rows);
}

Result<QList<QStringList>> SyncKinds::decode(const QString &fileName, const QStringList &header, const QByteArray &data)
{
    using R = Result<QList<QStringList>>;
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.encoding = QStringLiteral("UTF-8");
    format.delimiter = QLatin1Char(',');
    CsvReader reader(&buffer, format);
    CsvRecord record;
    if (!reader.readRecord(record))
        return reader.failed() ? R::failure(tr("%1 cannot be read: %2").arg(fileName, reader.error().message))
                               : R::failure(tr("%1 is empty; it should start with its header.").arg(fileName));
    if (record.hasProblem())
        return R::failure(tr("%1 cannot be read: %2").arg(fileName, record.problem.message));
    // A file of an earlier format lacks the columns added since; they are read as empty.
    QList<int> missing;
    if (record.fields != header) {
        QStringList older = header;
        for (const QString &added : addedSinceFirstFormat()) {
            if (const qsizetype at = older.indexOf(added); at >= 0) {
                missing.append(int(at));
                older.removeAt(at);
            }
        }
        if (missing.isEmpty() || record.fields != older)
            return R::failure(tr("%1 does not have the columns of this bundle format (%2).")
                                  .arg(fileName, header.join(QStringLiteral(", "))));
    }
    const qsizetype expected = header.size() - missing.size();
    QList<QStringList> rows;
    while (reader.readRecord(record)) {
        if (record.hasProblem())
            return R::failure(tr("Line %1 of %2: %3").arg(record.line).arg(fileName, record.problem.message));
        if (record.fields.size() != expected)
            return R::failure(tr("Line %1 of %2 has %3 fields instead of %4.")
                                  .arg(record.line)
                                  .arg(fileName)
                                  .arg(record.fields.size())
                                  .arg(expected));
        QStringList values;
        values.reserve(header.size());
        for (const QString &field : std::as_const(record.fields))
            values.append(restoreFormula(field));
        for (const int at : std::as_const(missing))
            values.insert(at, QString());
        rows.append(values);
    }
    if (reader.failed())
        return R::failure(
            tr("%1 cannot be read at line %2: %3").arg(fileName).arg(reader.error().line).arg(reader.error().message));
    return rows;
}

} // namespace supolka
