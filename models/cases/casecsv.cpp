#include "models/cases/casecsv.h"

#include <functional>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include "models/cases/caserepository.h"
#include "models/core/money.h"
#include "models/core/timestamps.h"
#include "models/csv/csvreader.h"
#include "models/csv/csvvalues.h"
#include "models/csv/csvwriter.h"
#include "models/db/database.h"
#include "models/import/importjob.h"
#include "models/members/memberrepository.h"
#include "models/text/countries.h"

namespace supolka {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString statusText(const std::optional<CaseStatus> &status)
{
    return status ? caseStatusKey(*status) : QString();
}

// Where each of `columns` is in `header` (-1 when it is not there). Header cells are compared trimmed and in
// lower case.
QList<int> positions(const QStringList &header, const QStringList &columns)
{
    QStringList cleaned;
    for (const QString &cell : header)
        cleaned.append(cell.trimmed().toLower());
    QList<int> where;
    for (const QString &column : columns)
        where.append(int(cleaned.indexOf(column)));
    return where;
}

// Cells of one row by canonical column name.
class Row final
{
public:
    Row(const QStringList &columns, const QList<int> &where, const QStringList &fields)
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int at = where.at(i);
            m_where.insert(columns.at(i), at);
            if (at >= 0 && at < fields.size())
                m_cells.insert(columns.at(i), restoreFormula(fields.at(at)));
        }
    }

    // The file's column of a canonical one, -1 when the file has none.
    int columnOf(const QString &column) const { return m_where.value(column, -1); }

    QString operator[](const QString &column) const { return m_cells.value(column).trimmed(); }
    QString raw(const QString &column) const { return m_cells.value(column); }

private:
    QHash<QString, QString> m_cells;
    QHash<QString, int> m_where;
};

// The code that makes a sensitive case's pseudonym ("3F9A12C0").
QString pseudonymCode(const QString &caseId)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(QByteArray("supolka-case:") + caseId.toUtf8()), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(8).toUpper());
}

// Whether `name` is the pseudonym `aidCase` is exported under, in whatever language the export was made.
bool isPseudonymOf(const QString &name, const AidCase &aidCase)
{
    return name == CaseCsv::pseudonym(aidCase) ||
           (name.contains(QLatin1Char(' ')) && name.section(QLatin1Char(' '), -1) == pseudonymCode(aidCase.id));
}

// A deterministic id for something a form export holds once (a KoBoToolbox submission's notes).
QString derivedId(const QString &base, const QString &what)
{
    static const QUuid space(QStringLiteral("{4f6b1c2e-8a3d-4e4b-9a57-2b8f0d3c6e11}"));
    return QUuid::createUuidV5(space, base + QLatin1Char('/') + what).toString(QUuid::WithoutBraces);
}

struct KoboColumns
{
    int id = -1;
    int submitted = -1;
    int start = -1;
    int name = -1;
    QList<int> contacts;
    int city = -1;
    int country = -1;
    int languages = -1;
    int needs = -1;
    QList<QPair<QString, int>> needFlags; // need key and its 0/1 column, in column order
    int priority = -1;
    int summary = -1;
    int notes = -1;
    int due = -1;
    int sensitive = -1;
};

// A need as forms and files name it: the keys and KoBoToolbox's usual choice names.
QString needFromText(const QString &option)
{
    const QString o = option.trimmed().toLower();
    if (caseneeds::isKnown(o))
        return o;
    if (o == QLatin1String("visa") || o == QLatin1String("asylum") || o == QLatin1String("documents_visa_asylum"))
        return QStringLiteral("documents");
    if (o == QLatin1String("psychological_support") || o == QLatin1String("psychology"))
        return QStringLiteral("psychological");
    if (o == QLatin1String("money") || o == QLatin1String("finance"))
        return QStringLiteral("financial");
    if (o == QLatin1String("work") || o == QLatin1String("job"))
        return QStringLiteral("employment");
    if (o == QLatin1String("health"))
        return QStringLiteral("medical");
    return {};
}

KoboColumns koboColumns(const QStringList &header)
{
    KoboColumns k;
    for (int i = 0; i < header.size(); ++i) {
        const QString full = header.at(i).trimmed().toLower();
        const QString leaf = full.section(QLatin1Char('/'), -1);
        const QString parent = full.contains(QLatin1Char('/')) ? full.section(QLatin1Char('/'), -2, -2) : QString();
        if (full == QLatin1String("_uuid"))
            k.id = i;
        else if (full == QLatin1String("_submission_time"))
            k.submitted = i;
        else if (full == QLatin1String("start"))
            k.start = i;
        else if (parent == QLatin1String("needs") || parent == QLatin1String("need")) {
            if (const QString need = needFromText(leaf); !need.isEmpty())
                k.needFlags.append({need, i});
        } else if (leaf == QLatin1String("applicant_name") || leaf == QLatin1String("full_name") ||
                   leaf == QLatin1String("person_name") || leaf == QLatin1String("name"))
            k.name = i;
        else if (leaf == QLatin1String("phone") || leaf == QLatin1String("email") || leaf == QLatin1String("contact") ||
                 leaf == QLatin1String("messenger") || leaf == QLatin1String("telegram"))
            k.contacts.append(i);
        else if (leaf == QLatin1String("city"))
            k.city = i;
        else if (leaf == QLatin1String("country"))
            k.country = i;
        else if (leaf == QLatin1String("languages") || leaf == QLatin1String("language"))
            k.languages = i;
        else if (leaf == QLatin1String("needs") || leaf == QLatin1String("need"))
            k.needs = i;
        else if (leaf == QLatin1String("priority") || leaf == QLatin1String("urgency"))
            k.priority = i;
        else if (leaf == QLatin1String("summary") || leaf == QLatin1String("description") ||
                 leaf == QLatin1String("situation") || leaf == QLatin1String("request"))
            k.summary = i;
        else if (leaf == QLatin1String("notes") || leaf == QLatin1String("note") || leaf == QLatin1String("comment"))
            k.notes = i;
        else if (leaf == QLatin1String("due") || leaf == QLatin1String("due_date") || leaf == QLatin1String("due_on"))
            k.due = i;
        else if (leaf == QLatin1String("sensitive") || leaf == QLatin1String("confidential"))
            k.sensitive = i;
    }
    return k;
}

bool isKoboHeader(const QStringList &header)
{
    for (const QString &cell : header) {
        const QString c = cell.trimmed().toLower();
        if (c == QLatin1String("_uuid") || c == QLatin1String("_submission_time"))
            return true;
    }
    return false;
}

// Case, note or payment rows of one file, parsed and checked, ready to be written.
struct Incoming
{
    qint64 line = 0;
    QStringList fields;
    AidCase aidCase;
    QList<CaseNote> notes;
    CasePayment payment;
    // Problems with one field the case is imported with: the column (-1 when none) and why.
    QList<QPair<int, QString>> warnings;
};

// What a case with no summary is filed under: its needs, and the start of the intake's notes.
QString summaryFrom(const QStringList &needs, const QString &notes)
{
    QStringList names;
    for (const QString &need : needs)
        names.append(caseneeds::name(need));
    QString summary = names.join(QStringLiteral(", "));
    if (!summary.isEmpty())
        summary[0] = summary.at(0).toUpper();
    QString start = notes.section(QLatin1Char('\n'), 0, 0).simplified();
    constexpr int Longest = 80;
    if (start.size() > Longest)
        start = start.left(Longest).trimmed() + QChar(0x2026);
    if (start.isEmpty())
        return summary;
    return summary.isEmpty() ? start : summary + QStringLiteral(": ") + start;
}

class Importer final : public ImportArea
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CaseCsv)

public:
    Importer(Database &database, CaseCsvKind kind)
        : m_database(database)
        , m_kind(kind)
        , m_memberByUuid(MemberRepository(database).pksById())
    {}

    Status checkHeader(ImportReport &report, const ImportOptions &options) override;
    Status begin(ImportRun &) override { return {}; }
    Status addRows(QList<CsvRecord> rows, ImportRun &run) override;
    Status finish(ImportRun &) override { return {}; }

private:
    std::optional<Incoming> parseCase(const Row &row, QStringList &problems) const;
    std::optional<Incoming> parseKobo(const KoboColumns &k, const QStringList &fields, QStringList &problems) const;
    std::optional<Incoming> parseNote(const Row &row, QStringList &problems) const;
    std::optional<Incoming> parsePayment(const Row &row, QStringList &problems) const;
    // Settles what a case can be imported with despite a problem (an unknown need, priority, country or language,
    // no summary, dates that cannot both be true), each as a warning at the column `columnOf` names; what is left
    // of the checks goes to `problems`.
    void settleCase(Incoming &in, const std::function<int(const QString &)> &columnOf, const QString &notes,
                    QStringList &problems) const;
    // Writes one parsed row; counts it in `report`. False with `error` on a database failure.
    bool write(const Incoming &incoming, ImportReport &report, QString &error);
    qint64 casePkOf(const QString &caseId) const;

    Database &m_database;
    CaseCsvKind m_kind;
    QHash<QString, qint64> m_memberByUuid;
    bool m_kobo = false;
    QStringList m_columns;
    QList<int> m_where;
    KoboColumns m_koboWhere;
};

qint64 Importer::casePkOf(const QString &caseId) const
{
    return CaseRepository(m_database).casePkOf(caseId);
}

std::optional<Incoming> Importer::parseCase(const Row &row, QStringList &problems) const
{
    Incoming in;
    AidCase &c = in.aidCase;
    c.id = row[QStringLiteral("id")];
    c.number = row[QStringLiteral("number")];
    if (const QString memberId = row[QStringLiteral("member_id")]; !memberId.isEmpty())
        c.memberPk = m_memberByUuid.value(memberId);
    c.personName = row[QStringLiteral("person_name")];
    c.personContact = row[QStringLiteral("person_contact")];
    c.personCity = row[QStringLiteral("person_city")];
    c.personCountry = row[QStringLiteral("person_country")];
    c.personLanguages = row[QStringLiteral("person_languages")].split(QLatin1Char(';'), Qt::SkipEmptyParts);
    c.needs = row[QStringLiteral("needs")].split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (const QString priority = row[QStringLiteral("priority")]; !priority.isEmpty()) {
        if (const auto value = casePriorityFromText(priority))
            c.priority = *value;
        else
            in.warnings.append(
                {row.columnOf(QStringLiteral("priority")),
                 tr("“%1” is not a priority (low, normal, high, urgent); the case was taken as normal").arg(priority)});
    }
    c.summary = row.raw(QStringLiteral("summary")).trimmed();
    for (const auto &[column, target] :
         {std::pair{QStringLiteral("opened_on"), &c.openedOn}, std::pair{QStringLiteral("due_on"), &c.dueOn}}) {
        const Result<QDate> date = CsvValues::parseDate(row[column], CsvSource::Canonical);
        if (date)
            *target = date.value();
        else
            problems.append(QStringLiteral("%1: %2").arg(column, date.error()));
    }
    if (const QString status = row[QStringLiteral("status")]; !status.isEmpty()) {
        if (const auto value = caseStatusFromKey(status))
            c.status = *value;
        else
            problems.append(tr("“%1” is not a case status").arg(status));
    }
    c.outcome = row.raw(QStringLiteral("outcome")).trimmed();
    if (const QString assigneeId = row[QStringLiteral("assignee_id")]; !assigneeId.isEmpty())
        c.assigneePk = m_memberByUuid.value(assigneeId);
    if (const QString sensitive = row[QStringLiteral("sensitive")]; !sensitive.isEmpty()) {
        const Result<bool> value = CsvValues::parseBool(sensitive);
        if (value)
            c.sensitive = value.value();
        else
            problems.append(value.error());
    }
    c.createdAt = row[QStringLiteral("created_at")];
    c.updatedAt = row[QStringLiteral("updated_at")];
    c.deletedAt = row[QStringLiteral("deleted_at")];
    c.origin = row[QStringLiteral("origin")];
    for (const QString *stamp : {&c.createdAt, &c.updatedAt, &c.deletedAt}) {
        if (!stamp->isEmpty() && !parseTimestamp(*stamp).isValid())
            problems.append(tr("“%1” is not a date and time").arg(*stamp));
    }
    if (!c.openedOn.isValid())
        c.openedOn = QDate::currentDate();
    settleCase(
        in, [&row](const QString &field) { return row.columnOf(field); }, QString(), problems);
    if (!problems.isEmpty())
        return std::nullopt;
    return in;
}

void Importer::settleCase(Incoming &in, const std::function<int(const QString &)> &columnOf, const QString &notes,
                          QStringList &problems) const
{
    AidCase &c = in.aidCase;
    auto warn = [&](const QString &field, const QString &message) {
        in.warnings.append({columnOf(field), message});
    };
    QStringList needs;
    for (const QString &text : std::as_const(c.needs)) {
        const QString need = needFromText(text);
        if (need.isEmpty())
            warn(QStringLiteral("needs"), tr("“%1” is not a need Supolka knows; it was left out").arg(text.trimmed()));
        else if (!needs.contains(need))
            needs.append(need);
    }
    if (needs.isEmpty()) {
        needs.append(QStringLiteral("other"));
        warn(QStringLiteral("needs"), tr("the row names no need Supolka knows; the case was filed under “other”"));
    }
    c.needs = needs;
    if (c.summary.trimmed().isEmpty())
        c.summary = summaryFrom(c.needs, notes);
    if (const QString country = c.personCountry.trimmed(); !country.isEmpty() && !countries::isKnownCode(country)) {
        c.personCountry = countries::codeFromText(country);
        if (c.personCountry.isEmpty())
            warn(QStringLiteral("person_country"),
                 tr("“%1” is not a country Supolka knows; the country was left empty").arg(country));
    }
    QStringList languages;
    for (const QString &language : std::as_const(c.personLanguages)) {
        const QString code = countries::isKnownLanguage(language.trimmed().toLower())
                                 ? language.trimmed().toLower()
                                 : countries::languageCodeFromText(language);
        if (code.isEmpty())
            warn(QStringLiteral("person_languages"),
                 tr("“%1” is not a language Supolka knows; it was left out").arg(language.trimmed()));
        else if (!languages.contains(code))
            languages.append(code);
    }
    c.personLanguages = languages;
    const QDate today = QDate::currentDate();
    if (c.openedOn.isValid() && c.openedOn > today) {
        warn(QStringLiteral("opened_on"), tr("the case would be opened in the future (%1); it was opened today")
                                              .arg(c.openedOn.toString(Qt::ISODate)));
        c.openedOn = today;
    }
    if (c.dueOn.isValid() && c.openedOn.isValid() && c.dueOn < c.openedOn) {
        warn(QStringLiteral("due_on"),
             tr("the due date %1 is before the case was opened; it was left empty").arg(c.dueOn.toString(Qt::ISODate)));
        c.dueOn = {};
    }
    for (const FieldError &error : CaseRepository::normalizeAndValidate(c))
        problems.append(error.message);
}

std::optional<Incoming> Importer::parseKobo(const KoboColumns &k, const QStringList &fields,
                                            QStringList &problems) const
{
    auto cell = [&fields](int at) {
        return at >= 0 && at < fields.size() ? fields.at(at).trimmed() : QString();
    };
    Incoming in;
    AidCase &c = in.aidCase;
    const QString uuid = cell(k.id).toLower();
    if (QUuid(uuid).isNull())
        problems.append(tr("the submission has no _uuid"));
    c.id = uuid;
    c.personName = cell(k.name);
    QStringList contacts;
    for (const int at : k.contacts) {
        if (const QString value = cell(at); !value.isEmpty())
            contacts.append(value);
    }
    c.personContact = contacts.join(QStringLiteral(", "));
    c.personCity = cell(k.city);
    c.personCountry = cell(k.country);
    c.personLanguages = cell(k.languages).split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    // KoBo gives a select_multiple answer as its choices separated by spaces, and often one 0/1 column per choice.
    c.needs = cell(k.needs).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &[need, column] : k.needFlags) {
        const Result<bool> chosen = CsvValues::parseBool(cell(column));
        if (chosen && chosen.value() && !c.needs.contains(need))
            c.needs.append(need);
    }
    if (const QString priority = cell(k.priority); !priority.isEmpty()) {
        if (const auto value = casePriorityFromText(priority))
            c.priority = *value;
        else
            in.warnings.append(
                {k.priority,
                 tr("“%1” is not a priority (low, normal, high, urgent); the case was taken as normal").arg(priority)});
    }
    c.summary = k.summary >= 0 && k.summary < fields.size() ? fields.at(k.summary).trimmed() : QString();
    // The day the form was started where it was filled in (start has the place's offset); else the day it
    // reached the server (UTC).
    const QString started = cell(k.start).isEmpty() ? cell(k.submitted) : cell(k.start);
    const Result<QDate> opened = CsvValues::parseDate(started, CsvSource::KoboToolbox);
    if (opened)
        c.openedOn = opened->isValid() ? opened.value() : QDate::currentDate();
    else
        problems.append(opened.error());
    const Result<QDate> due = CsvValues::parseDate(cell(k.due), CsvSource::KoboToolbox);
    if (due)
        c.dueOn = due.value();
    else
        problems.append(due.error());
    if (const QString sensitive = cell(k.sensitive); !sensitive.isEmpty()) {
        const Result<bool> value = CsvValues::parseBool(sensitive);
        if (value)
            c.sensitive = value.value();
        else
            problems.append(value.error());
    }
    const QDateTime submitted = parseTimestamp(cell(k.submitted));
    c.createdAt = submitted.isValid() ? isoTimestamp(submitted) : QString();
    c.updatedAt = c.createdAt;
    c.origin = m_database.chapterCode();
    const QString note = k.notes >= 0 && k.notes < fields.size() ? fields.at(k.notes).trimmed() : QString();
    const QHash<QString, int> koboColumn{{QStringLiteral("needs"), k.needs >= 0 ? k.needs
                                                                   : k.needFlags.isEmpty()
                                                                       ? -1
                                                                       : k.needFlags.first().second},
                                         {QStringLiteral("person_country"), k.country},
                                         {QStringLiteral("person_languages"), k.languages},
                                         {QStringLiteral("opened_on"), k.start >= 0 ? k.start : k.submitted},
                                         {QStringLiteral("due_on"), k.due},
                                         {QStringLiteral("summary"), k.summary}};
    settleCase(
        in, [&koboColumn](const QString &field) { return koboColumn.value(field, -1); }, note, problems);
    if (!note.isEmpty()) {
        CaseNote entry;
        entry.id = derivedId(uuid, QStringLiteral("notes"));
        entry.kind = CaseNote::Kind::Note;
        entry.body = note;
        entry.author = QStringLiteral("KoBoToolbox");
        entry.at = c.createdAt;
        in.notes.append(entry);
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return in;
}

std::optional<Incoming> Importer::parseNote(const Row &row, QStringList &problems) const
{
    Incoming in;
    CaseNote &n = in.notes.emplaceBack();
    n.id = row[QStringLiteral("id")];
    n.casePk = casePkOf(row[QStringLiteral("case_id")]);
    if (n.casePk == 0)
        problems.append(
            tr("there is no case with the id “%1”; import the cases first").arg(row[QStringLiteral("case_id")]));
    const auto kind = caseNoteKindFromKey(row[QStringLiteral("kind")].isEmpty() ? QStringLiteral("note")
                                                                                : row[QStringLiteral("kind")]);
    if (!kind)
        problems.append(tr("“%1” is not a kind of note (note, call, meeting, status, assignment)")
                            .arg(row[QStringLiteral("kind")]));
    n.kind = kind.value_or(CaseNote::Kind::Note);
    n.body = row.raw(QStringLiteral("body")).trimmed();
    n.fromStatus = caseStatusFromKey(row[QStringLiteral("from_status")]);
    n.toStatus = caseStatusFromKey(row[QStringLiteral("to_status")]);
    n.author = row[QStringLiteral("author")];
    n.at = row[QStringLiteral("at")];
    if (!parseTimestamp(n.at).isValid())
        problems.append(tr("“%1” is not a date and time").arg(n.at));
    else
        n.at = isoTimestamp(parseTimestamp(n.at));
    n.createdAt = row[QStringLiteral("created_at")];
    n.updatedAt = row[QStringLiteral("updated_at")];
    n.deletedAt = row[QStringLiteral("deleted_at")];
    n.origin = row[QStringLiteral("origin")];
    if (n.body.isEmpty() && n.kind != CaseNote::Kind::StatusChange && n.kind != CaseNote::Kind::Assignment)
        problems.append(tr("the note is empty"));
    if (!problems.isEmpty())
        return std::nullopt;
    return in;
}

std::optional<Incoming> Importer::parsePayment(const Row &row, QStringList &problems) const
{
    Incoming in;
    CasePayment &p = in.payment;
    p.id = row[QStringLiteral("id")];
    p.casePk = casePkOf(row[QStringLiteral("case_id")]);
    if (p.casePk == 0)
        problems.append(
            tr("there is no case with the id “%1”; import the cases first").arg(row[QStringLiteral("case_id")]));
    const Result<QDate> paid = CsvValues::parseDate(row[QStringLiteral("paid_on")], CsvSource::Canonical);
    if (paid && paid->isValid())
        p.paidOn = paid.value();
    else
        problems.append(paid ? tr("the payment has no date") : paid.error());
    p.currency = row[QStringLiteral("currency")].toUpper();
    if (!money::isCurrencyCode(p.currency))
        problems.append(tr("“%1” is not a currency code (ISO 4217, such as EUR or PLN)").arg(p.currency));
    // Minor units are whole numbers; "12.50" in amount_minor is a mistake, not 12.
    const QString amount = row[QStringLiteral("amount_minor")];
    static const QRegularExpression wholeNumber(QStringLiteral("^-?\\d{1,15}$"));
    if (!wholeNumber.match(amount).hasMatch())
        problems.append(tr("“%1” is not a whole number of minor units (cents)").arg(amount));
    else if (amount.toLongLong() <= 0)
        problems.append(tr("a payment needs an amount above zero, not %1").arg(amount));
    else
        p.amountMinor = amount.toLongLong();
    p.purpose = row.raw(QStringLiteral("purpose")).trimmed();
    p.createdAt = row[QStringLiteral("created_at")];
    p.updatedAt = row[QStringLiteral("updated_at")];
    p.deletedAt = row[QStringLiteral("deleted_at")];
    p.origin = row[QStringLiteral("origin")];
    if (!problems.isEmpty())
        return std::nullopt;
    return in;
}

bool Importer::write(const Incoming &incoming, ImportReport &report, QString &error)
{
    const QString now = nowTimestamp();
    CaseRepository repository(m_database);
    using Table = CaseRepository::Table;
    auto done = [&error](const Status &status) {
        if (!status)
            error = status.error();
        return status.ok();
    };
    // Newer than what is stored: compared as instants, so that offsets and precision do not matter.
    auto isNewer = [](const QString &incomingStamp, const QString &stored) {
        return parseTimestamp(incomingStamp) > parseTimestamp(stored);
    };

    if (m_kind == CaseCsvKind::Payments) {
        CasePayment p = incoming.payment;
        if (p.id.isEmpty())
            p.id = newRowId();
        if (p.createdAt.isEmpty())
            p.createdAt = now;
        const bool unstamped = p.updatedAt.isEmpty();
        if (unstamped)
            p.updatedAt = p.createdAt;
        if (p.origin.isEmpty())
            p.origin = m_database.chapterCode();
        const std::optional<QString> stored = repository.storedUpdatedAt(Table::Payments, p.id);
        if (stored && (unstamped || !isNewer(p.updatedAt, *stored))) {
            ++report.unchanged;
            return true;
        }
        if (const std::optional<QString> purpose =
                stored ? repository.storedSensitiveText(Table::Payments, p.id) : std::nullopt)
            p.purpose = *purpose;
        if (!done(repository.putPayment(p)))
            return false;
        ++(stored ? report.updated : report.imported);
        return true;
    }

    if (m_kind == CaseCsvKind::Cases) {
        AidCase c = incoming.aidCase;
        // A row without an id is the case with its number, so that importing the file again adds nothing.
        if (c.id.isEmpty() && !c.number.isEmpty()) {
            if (const std::optional<AidCase> numbered = repository.findByNumber(c.number))
                c.id = numbered->id;
        }
        if (c.id.isEmpty())
            c.id = newRowId();
        const bool unstamped = c.updatedAt.isEmpty();
        if (c.createdAt.isEmpty())
            c.createdAt = now;
        if (unstamped)
            c.updatedAt = c.createdAt;
        if (c.origin.isEmpty())
            c.origin = m_database.chapterCode();
        const std::optional<QString> stored = repository.storedUpdatedAt(Table::Cases, c.id);
        bool changed = false;
        // A row without updated_at never replaces a stored one: it cannot be newer than the edits made here.
        if (!stored || (!unstamped && isNewer(c.updatedAt, *stored))) {
            const std::optional<AidCase> here = stored ? repository.findById(c.id) : std::nullopt;
            // An import never makes a case less sensitive; a file without the flag keeps the stored one.
            if (here)
                c.sensitive = c.sensitive || here->sensitive;
            // A sensitive case comes back from an export under its pseudonym, without contact, member or the
            // name in its summary and outcome: what is stored here of the person stays.
            if (here && c.sensitive && isPseudonymOf(c.personName, *here)) {
                c.personName = here->personName;
                c.personContact = here->personContact;
                c.personCity = here->personCity;
                c.personCountry = here->personCountry;
                c.personLanguages = here->personLanguages;
                c.memberPk = here->memberPk;
                c.summary = here->summary;
                c.outcome = here->outcome;
            }
            // Keep the file's number unless another case here has it.
            if (const std::optional<AidCase> holder = repository.findByNumber(c.number);
                c.number.isEmpty() || (holder && holder->id != c.id))
                c.number = stored ? repository.findById(c.id)->number : repository.nextNumber(c.openedOn);
            if (!done(repository.putCase(c)))
                return false;
            changed = true;
            ++(stored ? report.updated : report.imported);
        }
        if (!changed)
            ++report.unchanged;
        const qint64 casePk = incoming.notes.isEmpty() ? 0 : repository.casePkOf(c.id);
        for (CaseNote note : incoming.notes) {
            note.casePk = casePk;
            note.createdAt = note.createdAt.isEmpty() ? now : note.createdAt;
            note.updatedAt = note.updatedAt.isEmpty() ? note.createdAt : note.updatedAt;
            note.at = note.at.isEmpty() ? now : note.at;
            note.origin = note.origin.isEmpty() ? m_database.chapterCode() : note.origin;
            if (!done(repository.putNote(note, false)))
                return false;
        }
        return true;
    }

    CaseNote n = incoming.notes.first();
    if (n.id.isEmpty())
        n.id = newRowId();
    if (n.createdAt.isEmpty())
        n.createdAt = now;
    const bool unstamped = n.updatedAt.isEmpty();
    if (unstamped)
        n.updatedAt = n.createdAt;
    if (n.origin.isEmpty())
        n.origin = m_database.chapterCode();
    const std::optional<QString> stored = repository.storedUpdatedAt(Table::Notes, n.id);
    if (stored && (unstamped || !isNewer(n.updatedAt, *stored))) {
        ++report.unchanged;
        return true;
    }
    if (const std::optional<QString> body = stored ? repository.storedSensitiveText(Table::Notes, n.id) : std::nullopt)
        n.body = *body;
    if (!done(repository.putNote(n, true)))
        return false;
    ++(stored ? report.updated : report.imported);
    return true;
}

Status Importer::checkHeader(ImportReport &report, const ImportOptions &)
{
    const QStringList &header = report.header;
    m_kobo = m_kind == CaseCsvKind::Cases && isKoboHeader(header);
    m_columns = CaseCsv::columns(m_kind);
    m_where = positions(header, m_columns);
    m_koboWhere = koboColumns(header);
    if (m_kobo) {
        report.mapping.source = CsvSource::KoboToolbox;
        return {};
    }
    // The columns a kind cannot do without.
    QStringList required{QStringLiteral("id")};
    if (m_kind == CaseCsvKind::Cases)
        required = {QStringLiteral("needs")}; // a case with no summary is filed under its needs
    else if (m_kind == CaseCsvKind::Notes)
        required = {QStringLiteral("case_id"), QStringLiteral("at")};
    else
        required = {QStringLiteral("case_id"), QStringLiteral("amount_minor"), QStringLiteral("currency")};
    QStringList missing;
    for (const QString &column : std::as_const(required)) {
        if (m_where.at(m_columns.indexOf(column)) < 0)
            missing.append(column);
    }
    if (!missing.isEmpty())
        return Status::failure(tr("%1 lacks the column(s) %2 of the %3 format (see docs/csv-formats.md).")
                                   .arg(report.source, missing.join(QStringLiteral(", ")), report.kind));
    return {};
}

Status Importer::addRows(QList<CsvRecord> rows, ImportRun &run)
{
    for (const CsvRecord &source : std::as_const(rows)) {
        QStringList problems;
        std::optional<Incoming> incoming;
        if (m_kobo) {
            incoming = parseKobo(m_koboWhere, source.fields, problems);
        } else {
            const Row row(m_columns, m_where, source.fields);
            incoming = m_kind == CaseCsvKind::Cases   ? parseCase(row, problems)
                       : m_kind == CaseCsvKind::Notes ? parseNote(row, problems)
                                                      : parsePayment(row, problems);
        }
        if (!incoming) {
            run.reject(source, problems.join(QStringLiteral("; ")));
            continue;
        }
        for (const auto &[column, message] : std::as_const(incoming->warnings))
            run.warn(source, column, message);
        QString error;
        if (!write(*incoming, run.report(), error))
            return Status::failure(tr("Line %1: %2").arg(source.line).arg(error));
    }
    return {};
}

} // namespace

QStringList CaseCsv::columns(CaseCsvKind kind)
{
    switch (kind) {
    case CaseCsvKind::Cases:
        return {QStringLiteral("id"),
                QStringLiteral("number"),
                QStringLiteral("member_id"),
                QStringLiteral("person_name"),
                QStringLiteral("person_contact"),
                QStringLiteral("person_city"),
                QStringLiteral("person_country"),
                QStringLiteral("person_languages"),
                QStringLiteral("needs"),
                QStringLiteral("priority"),
                QStringLiteral("summary"),
                QStringLiteral("opened_on"),
                QStringLiteral("due_on"),
                QStringLiteral("status"),
                QStringLiteral("outcome"),
                QStringLiteral("assignee_id"),
                QStringLiteral("sensitive"),
                QStringLiteral("created_at"),
                QStringLiteral("updated_at"),
                QStringLiteral("deleted_at"),
                QStringLiteral("origin")};
    case CaseCsvKind::Notes:
        return {QStringLiteral("id"),         QStringLiteral("case_id"),     QStringLiteral("kind"),
                QStringLiteral("body"),       QStringLiteral("from_status"), QStringLiteral("to_status"),
                QStringLiteral("author"),     QStringLiteral("at"),          QStringLiteral("created_at"),
                QStringLiteral("updated_at"), QStringLiteral("deleted_at"),  QStringLiteral("origin")};
    case CaseCsvKind::Payments:
        return {QStringLiteral("id"),           QStringLiteral("case_id"),    QStringLiteral("paid_on"),
                QStringLiteral("amount_minor"), QStringLiteral("currency"),   QStringLiteral("purpose"),
                QStringLiteral("created_at"),   QStringLiteral("updated_at"), QStringLiteral("deleted_at"),
                QStringLiteral("origin")};
    }
    return {};
}

QString CaseCsv::pseudonym(const AidCase &aidCase)
{
    return tr("Person %1", "pseudonym of a sensitive case").arg(pseudonymCode(aidCase.id));
}

QString CaseCsv::blotOut(const QString &text, const AidCase &aidCase)
{
    if (text.isEmpty())
        return text;
    QString blotted = text;
    const QString alias = pseudonym(aidCase);
    QStringList secrets;
    for (const QString &name : {aidCase.personName, aidCase.memberName}) {
        if (!name.trimmed().isEmpty())
            secrets.append(name.trimmed());
        for (const QString &word : name.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)) {
            if (word.size() >= 2)
                secrets.append(word);
        }
    }
    for (const QString &contact :
         aidCase.personContact.split(QRegularExpression(QStringLiteral("\\s*[,;]\\s*")), Qt::SkipEmptyParts)) {
        secrets.append(contact.trimmed());
    }
    // Longest first, so that a whole name goes before its words.
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(secrets))
        blotted.replace(secret, alias, Qt::CaseInsensitive);
    // A phone number written another way ("+48 600-100-200") is caught by its digits.
    QString contactDigits;
    for (const QChar c : aidCase.personContact) {
        if (c.isDigit())
            contactDigits += c;
    }
    if (contactDigits.size() >= 6) {
        static const QRegularExpression phoneLike(QStringLiteral("\\+?[\\d][\\d\\s().-]{5,}\\d"));
        QString result;
        qsizetype last = 0;
        for (auto it = phoneLike.globalMatch(blotted); it.hasNext();) {
            const auto match = it.next();
            QString digits;
            for (const QChar c : match.captured())
                if (c.isDigit())
                    digits += c;
            if (digits.size() >= 6 &&
                (contactDigits.endsWith(digits.right(9)) || digits.endsWith(contactDigits.right(9)))) {
                result += blotted.mid(last, match.capturedStart() - last) + alias;
                last = match.capturedEnd();
            }
        }
        blotted = result + blotted.mid(last);
    }
    return blotted;
}

Result<int> CaseCsv::exportFile(Database &database, CaseCsvKind kind, const QString &path, CsvProfile profile)
{
    CaseRepository repository(database);
    CaseFilter everything;
    everything.includeSensitive = true;
    const QList<AidCase> cases = repository.cases(everything);
    // A read that failed must not pass for an empty list and replace a good file with a header.
    if (repository.countLive() != cases.size())
        return Result<int>::failure(tr("Could not read every aid case from the database; nothing was written."));
    const QHash<qint64, QString> members = MemberRepository(database).idsByPk();
    QList<QStringList> rows;
    for (const AidCase &c : cases) {
        if (kind == CaseCsvKind::Cases) {
            const bool hide = c.sensitive;
            rows.append({c.id,
                         c.number,
                         hide ? QString() : members.value(c.memberPk),
                         hide ? pseudonym(c) : c.personName,
                         hide ? QString() : c.personContact,
                         hide ? QString() : c.personCity,
                         c.personCountry,
                         c.personLanguages.join(QLatin1Char(';')),
                         c.needs.join(QLatin1Char(';')),
                         casePriorityKey(c.priority),
                         hide ? blotOut(c.summary, c) : c.summary,
                         dateText(c.openedOn),
                         dateText(c.dueOn),
                         caseStatusKey(c.status),
                         hide ? blotOut(c.outcome, c) : c.outcome,
                         members.value(c.assigneePk),
                         c.sensitive ? QStringLiteral("1") : QStringLiteral("0"),
                         c.createdAt,
                         c.updatedAt,
                         c.deletedAt,
                         c.origin});
        } else if (kind == CaseCsvKind::Notes) {
            for (const CaseNote &n : repository.timeline(c.pk)) {
                rows.append({n.id, c.id, caseNoteKindKey(n.kind), c.sensitive ? blotOut(n.body, c) : n.body,
                             statusText(n.fromStatus), statusText(n.toStatus), n.author, n.at, n.createdAt, n.updatedAt,
                             n.deletedAt, n.origin});
            }
        } else {
            for (const CasePayment &p : repository.payments(c.pk)) {
                rows.append({p.id, c.id, dateText(p.paidOn), QString::number(p.amountMinor), p.currency,
                             c.sensitive ? blotOut(p.purpose, c) : p.purpose, p.createdAt, p.updatedAt, p.deletedAt,
                             p.origin});
            }
        }
    }
    if (Status written = writeCsvFile(path, columns(kind), rows, profile); !written)
        return Result<int>::failure(written.error());
    return int(rows.size());
}

Result<ImportReport> CaseCsv::importFile(Database &database, CaseCsvKind kind, const QString &path,
                                         const ImportOptions &options)
{
    Importer area(database, kind);
    const QString key = kind == CaseCsvKind::Cases   ? QStringLiteral("cases")
                        : kind == CaseCsvKind::Notes ? QStringLiteral("notes")
                                                     : QStringLiteral("payments");
    return ImportJob::run(database, path, key, area, options);
}

} // namespace supolka
