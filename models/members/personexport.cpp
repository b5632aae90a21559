#include "models/members/personexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "models/core/timestamps.h"

#include "models/io/atomicfile.h"

namespace supolka {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The canonical member columns, in order, with the person's values.
QList<QPair<QString, QString>> canonicalRow(const Member &member)
{
    return {
        {QStringLiteral("id"), member.id},
        {QStringLiteral("first_name"), member.firstName},
        {QStringLiteral("middle_name"), member.middleName},
        {QStringLiteral("last_name"), member.lastName},
        {QStringLiteral("birth_date"), dateText(member.birthDate)},
        {QStringLiteral("email"), member.email},
        {QStringLiteral("phone"), member.phone},
        {QStringLiteral("city"), member.city},
        {QStringLiteral("country"), member.country},
        {QStringLiteral("languages"), member.languages.join(QLatin1Char(';'))},
        {QStringLiteral("skills"), member.skills.join(QLatin1Char(';'))},
        {QStringLiteral("groups"), member.groups.join(QLatin1Char(';'))},
        {QStringLiteral("status"), memberStatusKey(member.status)},
        {QStringLiteral("joined_on"), dateText(member.joinedOn)},
        {QStringLiteral("consent"), member.consent.join(QLatin1Char(';'))},
        {QStringLiteral("consent_at"), member.consentAt},
        {QStringLiteral("consent_share"), member.consentShare ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("notes"), member.notes},
        {QStringLiteral("created_at"), member.createdAt},
        {QStringLiteral("updated_at"), member.updatedAt},
        {QStringLiteral("deleted_at"), member.deletedAt},
        {QStringLiteral("origin"), member.origin},
    };
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe; a phone number (+375...) stays as it is.
QString neutralized(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    bool risky = first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
                 first == QLatin1Char('\r');
    if (first == QLatin1Char('+') || first == QLatin1Char('-')) {
        for (qsizetype i = 1; i < cell.size(); ++i) {
            const QChar c = cell.at(i);
            if (!c.isDigit() && c != QLatin1Char(' ')) {
                risky = true;
                break;
            }
        }
    }
    return risky ? QLatin1Char('\'') + cell : cell;
}

QString csvCell(const QString &value)
{
    QString cell = neutralized(value);
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r'))) {
        QString quoted = cell;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return cell;
}

QByteArray toCsv(const Member &member)
{
    QStringList header;
    QStringList values;
    for (const QPair<QString, QString> &column : canonicalRow(member)) {
        header.append(column.first);
        values.append(csvCell(column.second));
    }
    const QString crlf = QStringLiteral("\r\n");
    return (header.join(QLatin1Char(',')) + crlf + values.join(QLatin1Char(',')) + crlf).toUtf8();
}

} // namespace

QJsonObject PersonExport::toJson(const Member &member)
{
    QJsonObject person;
    person.insert(QStringLiteral("id"), member.id);
    person.insert(QStringLiteral("first_name"), member.firstName);
    person.insert(QStringLiteral("middle_name"), member.middleName);
    person.insert(QStringLiteral("last_name"), member.lastName);
    person.insert(QStringLiteral("birth_date"), dateOrNull(member.birthDate));
    person.insert(QStringLiteral("email"), textOrNull(member.email));
    person.insert(QStringLiteral("phone"), textOrNull(member.phone));
    person.insert(QStringLiteral("city"), member.city);
    person.insert(QStringLiteral("country"), member.country);
    person.insert(QStringLiteral("languages"), QJsonArray::fromStringList(member.languages));
    person.insert(QStringLiteral("skills"), QJsonArray::fromStringList(member.skills));
    person.insert(QStringLiteral("groups"), QJsonArray::fromStringList(member.groups));
    person.insert(QStringLiteral("status"), memberStatusKey(member.status));
    person.insert(QStringLiteral("joined_on"), dateOrNull(member.joinedOn));
    person.insert(QStringLiteral("consent"), QJsonArray::fromStringList(member.consent));
    person.insert(QStringLiteral("consent_at"), textOrNull(member.consentAt));
    person.insert(QStringLiteral("consent_share"), member.consentShare);
    person.insert(QStringLiteral("notes"), member.notes);
    person.insert(QStringLiteral("created_at"), member.createdAt);
    person.insert(QStringLiteral("updated_at"), member.updatedAt);
    person.insert(QStringLiteral("deleted_at"), textOrNull(member.deletedAt));
    person.insert(QStringLiteral("origin"), member.origin);

    QJsonObject document;
    document.insert(QStringLiteral("format"), QStringLiteral("supolka-person"));
    document.insert(QStringLiteral("version"), 1);
    document.insert(QStringLiteral("exported_at"), nowTimestamp());
    document.insert(QStringLiteral("member"), person);
    return document;
}

Status PersonExport::write(const Member &member, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QStringLiteral("json"))
        bytes = QJsonDocument(toJson(member)).toJson(QJsonDocument::Indented);
    else if (suffix == QStringLiteral("csv"))
        bytes = toCsv(member);
    else
        return Status::failure(tr("Choose a file name ending in .json or .csv for the export of one person."));

    AtomicFile file(path);
    if (Status opened = file.begin(); !opened)
        return opened;
    file.write(bytes);
    return file.commit();
}

} // namespace supolka
