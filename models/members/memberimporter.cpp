#include "models/members/memberimporter.h"

#include <deque>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include "models/core/timestamps.h"
#include "models/csv/csvreader.h"
#include "models/csv/csvvalues.h"
#include "models/csv/csvwriter.h"
#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/import/importjob.h"
#include "models/members/memberbulkinserter.h"
#include "models/members/memberrepository.h"
#include "models/text/countries.h"
#include "models/text/namekey.h"

namespace supolka {

namespace {

// One record turned into a member, or the reasons it cannot be one.
// A set of canonical field names as bits: a row's set is filled for every row of a large file, so it must not
// allocate.
class FieldSet final
{
public:
    void insert(const QString &field)
    {
        if (const int bit = bitOf(field); bit >= 0)
            m_bits |= quint64(1) << bit;
    }
    bool contains(const QString &field) const
    {
        const int bit = bitOf(field);
        return bit >= 0 && (m_bits & (quint64(1) << bit)) != 0;
    }

private:
    static int bitOf(const QString &field)
    {
        static const QHash<QString, int> bits = [] {
            QStringList fields = memberFields();
            fields << QStringLiteral("full_name") << QStringLiteral("submitted_at");
            QHash<QString, int> byName;
            for (int i = 0; i < fields.size() && i < 64; ++i)
                byName.insert(fields.at(i), i);
            return byName;
        }();
        return bits.value(field, -1);
    }

    quint64 m_bits = 0;
};

// A field the row had but that could not be taken as it is: kept as typed (phone, e-mail) or left empty (a date
// that cannot be read), and reported as a warning; the member is marked for attention on that field.
struct FieldProblem
{
    QString field;
    QString message;
};

struct ParsedRow
{
    Member member;
    QString rejection;             // why the row cannot be a member; empty = it can
    QList<FieldProblem> warnings;  // the row is imported all the same
    MemberLookup::Keys keys;       // how the member is looked up
    FieldSet present;              // the fields whose cells were not empty
    QString newId;                 // the id the member gets when it has none and is new
    membersql::EncodedRow encoded; // the member as a new row (id, times and origin set), for the bulk path
};

QStringList splitList(const QString &text)
{
    QStringList items;
    const QList<QStringView> parts = QStringView(text).split(u';');
    for (QStringView part : parts) {
        // Google Forms joins checkbox answers with ", "; either separator is taken.
        for (QStringView item : part.split(u',')) {
            const QString trimmed = item.trimmed().toString();
            if (!trimmed.isEmpty() && !items.contains(trimmed))
                items.append(trimmed);
        }
    }
    return items;
}

bool isPatronymic(const QString &word)
{
    static const QStringList endings{QStringLiteral("вич"),   QStringLiteral("вна"),  QStringLiteral("віч"),
                                     QStringLiteral("ична"),  QStringLiteral("ічна"), QStringLiteral("ovich"),
                                     QStringLiteral("evich"), QStringLiteral("ovna"), QStringLiteral("evna"),
                                     QStringLiteral("avich"), QStringLiteral("avna")};
    const QString lower = word.toLower();
    return std::any_of(endings.cbegin(), endings.cend(), [&](const QString &e) { return lower.endsWith(e); });
}

// "Alena Kavalenka" -> first, last; "Каваленка Алена Іванаўна" -> last, first, middle.
void splitFullName(const QString &fullName, Member &member)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    if (words.size() == 1) {
        member.lastName = words.first();
    } else if (words.size() == 3 && isPatronymic(words.at(2))) {
        member.lastName = words.at(0);
        member.firstName = words.at(1);
        member.middleName = words.at(2);
    } else {
        member.firstName = words.first();
        member.lastName = words.mid(1).join(QLatin1Char(' '));
    }
}

class RowParser final
{
public:
    RowParser(const ColumnMapping &mapping, const QString &defaultRegion)
        : m_mapping(mapping)
        , m_defaultRegion(defaultRegion)
    {
        for (int column = 0; column < mapping.fields.size(); ++column) {
            if (!mapping.fields.at(column).isEmpty())
                m_columns.insert(mapping.fields.at(column), column);
        }
    }

    ParsedRow parse(const CsvRecord &record) const
    {
        // The job leaves out records it cannot read and those with the wrong cell count.
        ParsedRow row;
        Member &m = row.member;
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            const QString cell = record.fields.at(it.value()).trimmed();
            if (cell.isEmpty())
                continue;
            row.present.insert(it.key());
            // Damage is a guess: the cell is kept as it is, and the person is marked for a look.
            if (const QString damage = CsvValues::excelDamage(it.key(), cell); !damage.isEmpty())
                warn(row, it.key(), damage);
        }

        m.id = text(record, QStringLiteral("id"));
        m.firstName = text(record, QStringLiteral("first_name"));
        m.middleName = text(record, QStringLiteral("middle_name"));
        m.lastName = text(record, QStringLiteral("last_name"));
        if (m.firstName.isEmpty() && m.lastName.isEmpty())
            splitFullName(text(record, QStringLiteral("full_name")), m);
        m.email = text(record, QStringLiteral("email"));
        m.phone = text(record, QStringLiteral("phone"));
        m.city = text(record, QStringLiteral("city"));
        const QString country = text(record, QStringLiteral("country"));
        if (!country.isEmpty()) {
            m.country = countries::codeFromText(country);
            if (m.country.isEmpty())
                warn(
                    row, QStringLiteral("country"),
                    MemberImporter::tr("“%1” is not a country Supolka knows; the country was left empty").arg(country));
        }
        for (const QString &language : splitList(text(record, QStringLiteral("languages")))) {
            const QString code = countries::languageCodeFromText(language);
            if (code.isEmpty())
                warn(row, QStringLiteral("languages"),
                     MemberImporter::tr("“%1” is not a language Supolka knows; it was left out").arg(language));
            else if (!m.languages.contains(code))
                m.languages.append(code);
        }
        m.skills = splitList(text(record, QStringLiteral("skills")));
        m.groups = splitList(text(record, QStringLiteral("groups")));
        m.consent = splitList(text(record, QStringLiteral("consent")));
        m.notes = text(record, QStringLiteral("notes"));
        m.origin = text(record, QStringLiteral("origin"));
        m.createdAt = timestamp(record, QStringLiteral("created_at"), row);
        m.updatedAt = timestamp(record, QStringLiteral("updated_at"), row);
        m.consentAt = timestamp(record, QStringLiteral("consent_at"), row);
        if (m.consentAt.isEmpty() && !m.consent.isEmpty())
            m.consentAt = timestamp(record, QStringLiteral("submitted_at"), row);

        const QString status = text(record, QStringLiteral("status"));
        if (!status.isEmpty()) {
            if (const auto parsed = memberStatusFromKey(status.toLower()))
                m.status = *parsed;
            else
                warn(row, QStringLiteral("status"),
                     MemberImporter::tr("“%1” is not a status (active, inactive or pending); the member was taken as "
                                        "active")
                         .arg(status));
        }
        m.birthDate = date(record, QStringLiteral("birth_date"), row);
        m.joinedOn = date(record, QStringLiteral("joined_on"), row);
        if (!m.joinedOn.isValid() && m_columns.contains(QStringLiteral("submitted_at")))
            m.joinedOn = date(record, QStringLiteral("submitted_at"), row);
        const QString share = text(record, QStringLiteral("consent_share"));
        if (!share.isEmpty()) {
            const Result<bool> parsed = CsvValues::parseBool(share);
            if (parsed)
                m.consentShare = parsed.value();
            else
                warn(row, QStringLiteral("consent_share"),
                     MemberImporter::tr("%1; sharing with the secretariat was taken as not agreed")
                         .arg(asClause(parsed.error())));
        }

        if (m.firstName.isEmpty() && m.lastName.isEmpty() && m.email.isEmpty() && m.phone.isEmpty()) {
            row.rejection = MemberImporter::tr("the row has no name, e-mail address or phone number");
            return row;
        }
        const QList<FieldError> errors = MemberRepository::normalizeAndValidate(m, m_defaultRegion);
        for (const FieldError &error : errors)
            keepOrDrop(row, error);
        return row;
    }

private:
    QString text(const CsvRecord &record, const QString &field) const
    {
        const auto it = m_columns.constFind(field);
        return it == m_columns.cend() ? QString() : restoreFormula(record.fields.at(it.value()).trimmed());
    }

    QDate date(const CsvRecord &record, const QString &field, ParsedRow &row) const
    {
        const QString value = text(record, field);
        if (value.isEmpty())
            return {};
        const Result<QDate> parsed = CsvValues::parseDate(value, m_mapping.source);
        if (!parsed) {
            warn(row, field, MemberImporter::tr("%1; the date was left empty").arg(asClause(parsed.error())));
            return {};
        }
        return parsed.value();
    }

    QString timestamp(const CsvRecord &record, const QString &field, ParsedRow &row) const
    {
        const QString value = text(record, field);
        if (value.isEmpty())
            return {};
        const QDateTime when = parseTimestamp(value);
        if (when.isValid())
            return isoTimestamp(when);
        const Result<QDate> day = CsvValues::parseDate(value, m_mapping.source);
        if (day)
            return isoTimestamp(day.value().startOfDay(Qt::UTC));
        warn(row, field, MemberImporter::tr("%1; it was left empty").arg(asClause(day.error())));
        return {};
    }

public:
    // The file's column of a field (0-based), -1 when it has none.
    int columnOf(const QString &field) const
    {
        // A name split from a full name is that column's.
        int column = m_columns.value(field, -1);
        if (column < 0 && (field == u"first_name" || field == u"middle_name" || field == u"last_name"))
            column = m_columns.value(QStringLiteral("full_name"), -1);
        if (column < 0 && field == u"joined_on")
            column = m_columns.value(QStringLiteral("submitted_at"), -1);
        return column;
    }

private:
    static void warn(ParsedRow &row, const QString &field, const QString &message)
    {
        row.warnings.append({field, message});
        // Times of the row's own bookkeeping need no look at the person.
        if (field == u"created_at" || field == u"updated_at")
            return;
        // A form's submission time stands in for the joining date.
        const QString marked = field == u"submitted_at" ? QStringLiteral("joined_on") : field;
        if (!row.member.attention.contains(marked))
            row.member.attention.append(marked);
    }

    // What the member's own checks found wrong with a field: a phone or e-mail address is kept as typed (and is
    // then never used to match), a date that cannot be true is left empty.
    static void keepOrDrop(ParsedRow &row, const FieldError &error)
    {
        Member &m = row.member;
        if (error.field == u"phone") {
            // Excel's damage to the number says all there is to say about it.
            const bool said = std::any_of(row.warnings.cbegin(), row.warnings.cend(),
                                          [](const FieldProblem &problem) { return problem.field == u"phone"; });
            if (said)
                return;
            warn(
                row, error.field,
                MemberImporter::tr("%1; the number was kept as typed, marked unverified").arg(asClause(error.message)));
            return;
        }
        if (error.field == u"email") {
            warn(row, error.field,
                 MemberImporter::tr("%1; the address was kept as typed, marked unverified")
                     .arg(asClause(error.message)));
            return;
        }
        if (error.field == u"birth_date")
            m.birthDate = {};
        else if (error.field == u"joined_on")
            m.joinedOn = {};
        else if (error.field == u"consent_at")
            m.consentAt.clear();
        else if (error.field == u"country")
            m.country.clear();
        else if (error.field == u"languages")
            m.languages.clear();
        warn(row, error.field, MemberImporter::tr("%1; it was left empty").arg(asClause(error.message)));
    }

    const ColumnMapping &m_mapping;
    QString m_defaultRegion;
    QHash<QString, int> m_columns;
};

// Which fields of a stored member a row may overwrite: those it has a cell for that is not empty. An empty cell
// says nothing is known, so it never clears what is stored (nor turns an inactive member active again).
void applyImported(Member &stored, const Member &incoming, const FieldSet &present)
{
    auto take = [&](const char *field, auto Member::*member) {
        if (present.contains(QLatin1String(field)))
            stored.*member = incoming.*member;
    };
    if (present.contains(QStringLiteral("full_name")) && !present.contains(QStringLiteral("first_name")) &&
        !present.contains(QStringLiteral("last_name"))) {
        stored.firstName = incoming.firstName;
        stored.middleName = incoming.middleName;
        stored.lastName = incoming.lastName;
    }
    take("first_name", &Member::firstName);
    take("middle_name", &Member::middleName);
    take("last_name", &Member::lastName);
    take("birth_date", &Member::birthDate);
    take("email", &Member::email);
    take("phone", &Member::phone);
    take("city", &Member::city);
    take("country", &Member::country);
    take("languages", &Member::languages);
    take("skills", &Member::skills);
    take("groups", &Member::groups);
    take("status", &Member::status);
    take("joined_on", &Member::joinedOn);
    take("consent", &Member::consent);
    take("consent_at", &Member::consentAt);
    take("consent_share", &Member::consentShare);
    take("notes", &Member::notes);
    // A form's submission time stands in for the joining date and the consent time, but never moves them later.
    if (!present.contains(QStringLiteral("joined_on")) && !stored.joinedOn.isValid())
        stored.joinedOn = incoming.joinedOn;
    if (!present.contains(QStringLiteral("consent_at")) && stored.consentAt.isEmpty())
        stored.consentAt = incoming.consentAt;
    // A field the row brings again loses its mark, unless the row's value needs a look too.
    const bool names = present.contains(QStringLiteral("full_name"));
    stored.attention.removeIf([&](const QString &field) {
        const bool name = field == u"first_name" || field == u"middle_name" || field == u"last_name";
        return present.contains(field) || (name && names) ||
               (field == u"joined_on" && present.contains(QStringLiteral("submitted_at")));
    });
    for (const QString &field : incoming.attention) {
        if (!stored.attention.contains(field))
            stored.attention.append(field);
    }
    std::sort(stored.attention.begin(), stored.attention.end());
}

// What says that a stored member and a row are two people although a key of theirs agrees.
enum class Conflict { None, Email, BirthDate, Name };

// Two names agree when the words of one (in key form, so in any script) are all among the other's: a middle name
// or a second surname one of them leaves out does not make two people.
bool namesAgree(const QString &storedKey, const QString &incomingKey)
{
    if (storedKey.isEmpty() || incomingKey.isEmpty())
        return true;
    const QStringList a = storedKey.split(QLatin1Char(' ')); // sorted, as personKey() makes them
    const QStringList b = incomingKey.split(QLatin1Char(' '));
    return std::includes(a.cbegin(), a.cend(), b.cbegin(), b.cend()) ||
           std::includes(b.cbegin(), b.cend(), a.cbegin(), a.cend());
}

Conflict conflictBetween(const Member &stored, const Member &incoming, const MemberLookup::Keys &incomingKeys)
{
    const bool storedEmail = !stored.email.isEmpty() && !stored.needsAttention(QStringLiteral("email"));
    if (storedEmail && !incomingKeys.email.isEmpty() && stored.email.toLower() != incomingKeys.email)
        return Conflict::Email;
    if (stored.birthDate.isValid() && incoming.birthDate.isValid() && stored.birthDate != incoming.birthDate)
        return Conflict::BirthDate;
    if (!namesAgree(namekey::personKey(stored.firstName, stored.middleName, stored.lastName), incomingKeys.personKey))
        return Conflict::Name;
    return Conflict::None;
}

QString nameOf(const Member &member)
{
    const QString name = member.displayName();
    return name.isEmpty() ? member.email : name;
}

QString duplicateReason(const QString &basis, Conflict conflict, const Member &stored)
{
    const QString name = nameOf(stored);
    if (basis == u"email") {
        return conflict == Conflict::BirthDate
                   ? MemberImporter::tr("has the e-mail address of %1, but another birth date").arg(name)
                   : MemberImporter::tr("has the e-mail address of %1, but another name").arg(name);
    }
    if (basis == u"name_birth")
        return MemberImporter::tr("has the name and birth date of %1, but another e-mail address").arg(name);
    if (basis == u"phone")
        return MemberImporter::tr("has the phone number of %1").arg(name);
    return MemberImporter::tr("has the name of %1").arg(name);
}

// How a row stands to the members stored (and those the import has added so far).
struct Match
{
    qint64 pk = 0;          // the member the row updates; 0 = none
    Member stored;          // that member as stored
    qint64 sameAs = 0;      // a member the row only repeats: nothing would change
    qint64 duplicateOf = 0; // the row is a new person who looks like this member
    QString duplicateName;
    QString reason; // translated; empty = no look-alike
    QString basis;
    bool failed = false; // a candidate could not be read back
};

// A stored member is updated only when a strong key agrees (the id; the e-mail address; the name with the birth
// date) and nothing disagrees (another e-mail, another birth date, a name that is not the same in any script).
// A phone or a name alone never updates anyone: such a row is a new person, listed as a possible duplicate,
// unless it would change nothing about the member it looks like (a list imported twice).
template <typename Find>
Match matchStored(const MemberLookup &lookup, const MemberLookup::Candidates &candidates, const Member &incoming,
                  const MemberLookup::Keys &keys, const FieldSet &present, Find find)
{
    Match match;
    auto fetch = [&](qint64 pk) {
        std::optional<Member> stored = find(pk);
        match.failed = !stored;
        return stored;
    };
    if (candidates.byId != 0) {
        std::optional<Member> stored = fetch(candidates.byId);
        if (stored) {
            match.pk = candidates.byId;
            match.stored = std::move(*stored);
        }
        return match;
    }
    auto lookAlike = [&](qint64 pk, const QString &basis, Conflict conflict, const Member &stored) {
        if (!match.reason.isEmpty())
            return;
        match.duplicateOf = pk;
        match.duplicateName = nameOf(stored);
        match.basis = basis;
        match.reason = duplicateReason(basis, conflict, stored);
    };
    const std::pair<qint64, QString> strong[] = {{candidates.byEmail, QStringLiteral("email")},
                                                 {candidates.byNameAndBirth, QStringLiteral("name_birth")}};
    for (const auto &[pk, basis] : strong) {
        if (pk == 0)
            continue;
        std::optional<Member> stored = fetch(pk);
        if (!stored)
            return match;
        const Conflict conflict = conflictBetween(*stored, incoming, keys);
        if (conflict == Conflict::None) {
            match.pk = pk;
            match.stored = std::move(*stored);
            return match;
        }
        lookAlike(pk, basis, conflict, *stored);
    }
    const std::pair<qint64, QString> weak[] = {{candidates.byPhone, QStringLiteral("phone")},
                                               {candidates.byNameAndCity, QStringLiteral("name_city")}};
    const MemberLookup::Facts facts = MemberLookup::factsOf(incoming, keys);
    for (const auto &[pk, basis] : weak) {
        if (pk == 0)
            continue;
        // People who share a common name and a city but whose e-mail addresses or birth dates differ are two
        // people, not look-alikes; a shared phone is listed whatever else differs (a family's one number).
        if (basis == u"name_city" && MemberLookup::disagree(lookup.factsOf(pk), facts))
            continue;
        std::optional<Member> stored = fetch(pk);
        if (!stored)
            return match;
        Member merged = *stored;
        applyImported(merged, incoming, present);
        if (merged.sameContent(*stored)) {
            match = {};
            match.sameAs = pk;
            return match;
        }
        lookAlike(pk, basis, Conflict::None, *stored);
    }
    return match;
}

// The members' part of an import: the header, and the rows parsed on the pool's threads (phones are the costly part)
// while the job reads on and this thread writes the rows before them. Only a few chunks of the file are held at a
// time: every member written is read back from the table when a later row matches it, and a dry run writes as an
// import does, into the transaction the job rolls back.
class MemberArea final : public ImportArea
{
public:
    ~MemberArea() override { cancelPending(); }

    // Chunks parsed ahead of the one being written: enough to keep the pool busy while this thread writes.
    static constexpr size_t ChunksAhead = 2;

    Status checkHeader(ImportReport &report, const ImportOptions &options) override
    {
        if (!options.mapping)
            report.mapping = mapMemberHeader(report.header);
        const ColumnMapping &mapping = report.mapping;
        const bool hasName = mapping.has(QStringLiteral("first_name")) || mapping.has(QStringLiteral("last_name")) ||
                             mapping.has(QStringLiteral("full_name")) || mapping.has(QStringLiteral("email")) ||
                             mapping.has(QStringLiteral("phone"));
        if (!hasName)
            return Status::failure(MemberImporter::tr("No column of %1 holds a name, an e-mail address or a phone "
                                                      "number. Check the header line or choose the columns by hand.")
                                       .arg(report.source));
        return {};
    }

    Status begin(ImportRun &run) override
    {
        Database &database = run.database();
        const ImportReport &report = run.report();
        m_parser.emplace(report.mapping, run.options().defaultRegion);
        m_now = nowTimestamp();
        m_origin = database.chapterCode();
        m_lookup = MemberLookup::load(database);
        m_writer.emplace(database);
        // Into an empty table rows are written as they come, without indexes, and their values are encoded on the
        // pool too; the search keys and the indexes follow at the end (see MemberBulkInserter).
        if (MemberBulkInserter::canInsertFresh(database)) {
            m_bulk.emplace(database);
            m_fresh = m_bulk->isAvailable();
            if (m_fresh) {
                if (Status status = m_bulk->begin(); !status)
                    return status;
            }
        }
        return {};
    }

    Status addRows(QList<CsvRecord> rows, ImportRun &run) override
    {
        if (!m_reserved && !rows.isEmpty()) {
            // Room for as many members as the file seems to hold, judged by its first rows, so that the look-ups
            // are not rehashed over and over.
            qint64 characters = 0;
            for (const CsvRecord &row : std::as_const(rows)) {
                for (const QString &field : row.fields)
                    characters += field.size() + 1;
            }
            const qint64 perRow = qMax<qint64>(1, characters / rows.size());
            const qint64 expected = qMin<qint64>(run.fileSize() / perRow + 1, 10'000'000);
            m_lookup.reserve(qsizetype(expected));
            m_reserved = true;
        }
        // The rows are parsed on the pool while the job reads on; the oldest chunk is written once enough are
        // parsed ahead, and then let go.
        m_pending.push_back({std::move(rows), {}});
        m_pending.back().parsed = parseChunk(m_pending.back().records);
        while (m_pending.size() > ChunksAhead) {
            if (Status status = writeChunk(run); !status)
                return status;
        }
        return {};
    }

    Status finish(ImportRun &run) override
    {
        while (!m_pending.empty()) {
            if (Status status = writeChunk(run); !status)
                return status;
        }
        if (run.dryRun())
            return {}; // the job rolls the rows back: neither their search keys nor the indexes are needed
        // The look-ups are done with; the bulk path's indexes and search keys need the room.
        m_lookup = {};
        if (m_fresh) {
            if (Status status = m_bulk->finish(); !status)
                return status;
        }
        QList<MemberRepository::DuplicateNote> notes;
        notes.reserve(run.report().duplicates.size());
        for (const PossibleDuplicate &duplicate : std::as_const(run.report().duplicates))
            notes.append({duplicate.importedPk, duplicate.storedPk, duplicate.basis});
        return MemberRepository(run.database()).notePossibleDuplicates(notes, m_now);
    }

private:
    // A chunk of the file's records and, once the pool is done, the rows parsed from them.
    struct PendingChunk
    {
        QList<CsvRecord> records;
        QFuture<QList<ParsedRow>> parsed;
    };

    // A row that becomes a new member keeps the id, times and origin given here.
    QFuture<QList<ParsedRow>> parseChunk(const QList<CsvRecord> &source)
    {
        const RowParser &parser = *m_parser;
        return QtConcurrent::run([&source, &parser, now = m_now, origin = m_origin, fresh = m_fresh] {
            QList<ParsedRow> rows;
            rows.reserve(source.size());
            for (const CsvRecord &record : source) {
                rows.append(parser.parse(record));
                ParsedRow &row = rows.last();
                if (!row.rejection.isEmpty())
                    continue;
                Member &member = row.member;
                if (member.origin.isEmpty())
                    member.origin = origin;
                if (member.createdAt.isEmpty())
                    member.createdAt = now;
                if (member.updatedAt.isEmpty())
                    member.updatedAt = member.createdAt;
                row.keys = MemberLookup::keysOf(member);
                // The id stays empty on the member itself: a row without one is matched differently.
                if (member.id.isEmpty())
                    row.newId = newRowId();
                if (fresh) {
                    Member asStored = member;
                    if (asStored.id.isEmpty())
                        asStored.id = row.newId;
                    row.encoded = membersql::encodeRow(asStored, row.keys.personKey);
                }
            }
            return rows;
        });
    }

    // Whatever way the import ends, no task may still read the records.
    void cancelPending()
    {
        for (PendingChunk &chunk : m_pending)
            chunk.parsed.cancel();
        for (PendingChunk &chunk : m_pending)
            chunk.parsed.waitForFinished();
    }

    // The stored member a pk stands for, as the table holds it now (the bulk path writes what it keeps waiting
    // first).
    std::optional<Member> storedMember(qint64 pk)
    {
        if (m_fresh && !m_bulk->flush())
            return std::nullopt;
        return m_writer->find(pk);
    }

    // The candidates of a row, with the member of its id made sure of: a hash of an id that only looks like
    // another's (see MemberLookup) gives way to the table's own answer.
    MemberLookup::Candidates candidatesOf(const Member &incoming, const MemberLookup::Keys &keys)
    {
        MemberLookup::Candidates candidates = m_lookup.candidates(incoming, keys);
        if (candidates.byId != 0) {
            const std::optional<Member> stored = storedMember(candidates.byId);
            if (stored && stored->id != incoming.id)
                candidates.byId = m_writer->pkOfId(incoming.id);
        }
        return candidates;
    }

    Status writeChunk(ImportRun &run)
    {
        PendingChunk &chunk = m_pending.front();
        QList<ParsedRow> rows = chunk.parsed.takeResult();
        const QList<CsvRecord> records = std::move(chunk.records);
        m_pending.pop_front();
        auto failAt = [](qint64 line, const QString &message) {
            return Status::failure(MemberImporter::tr("Line %1: %2").arg(line).arg(message));
        };
        m_chunkFirstPk = m_lastAddedPk + 1;
        for (int i = 0; i < rows.size(); ++i) {
            const CsvRecord &source = records.at(i);
            ParsedRow &row = rows[i];
            if (!row.rejection.isEmpty()) {
                run.reject(source, row.rejection);
                continue;
            }
            if (m_lookup.deletedIds.contains(row.member.id)) {
                run.reject(source, MemberImporter::tr("this person was deleted or erased in this database; the row "
                                                      "would bring them back, so it was left out"));
                continue;
            }
            for (const FieldProblem &problem : std::as_const(row.warnings))
                run.warn(source, m_parser->columnOf(problem.field), problem.message);

            Member incoming = std::move(row.member);
            const Match match = matchStored(m_lookup, candidatesOf(incoming, row.keys), incoming, row.keys, row.present,
                                            [this](qint64 pk) { return storedMember(pk); });
            if (match.failed)
                return failAt(source.line, MemberImporter::tr("the matching member disappeared while importing"));
            if (match.sameAs != 0) {
                run.countUnchanged();
                continue;
            }
            if (match.pk == 0) {
                if (Status status = addNew(incoming, row, match, source, run); !status)
                    return failAt(source.line, status.error());
                continue;
            }

            const Member &stored = match.stored;
            Member merged = stored;
            applyImported(merged, incoming, row.present);
            if (merged.sameContent(stored)) {
                run.countUnchanged();
                continue;
            }
            merged.updatedAt = m_now;
            if (m_fresh) {
                if (Status status = m_bulk->replace(merged); !status)
                    return failAt(source.line, status.error());
                // A member added in this chunk has its search keys worked out with the chunk's, as it is now.
                if (!run.dryRun() && merged.pk >= m_chunkFirstPk)
                    m_chunkAdded[merged.pk - m_chunkFirstPk] = merged;
            } else if (Status status = m_writer->update(merged); !status) {
                return failAt(source.line, status.error());
            } else if (merged.firstName != stored.firstName || merged.middleName != stored.middleName ||
                       merged.lastName != stored.lastName || merged.email != stored.email ||
                       merged.phone != stored.phone) {
                // Their registrations are found at the door, and sorted in the list, by what they are called now.
                if (Status keys = EventRepository(run.database()).refreshMemberKeys(merged.pk); !keys)
                    return failAt(source.line, keys.error());
            }
            m_lookup.insert(merged);
            run.countUpdated();
        }
        // The rows of the chunk are about to go: what the bulk path keeps of them is written now, and the search
        // keys of the chunk's new members are worked out on the pool while the next chunks are written.
        if (m_fresh && !records.isEmpty()) {
            if (Status status = m_bulk->flush(); !status)
                return failAt(records.constLast().line, status.error());
            if (run.dryRun())
                m_chunkAdded.clear();
            else if (Status status = m_bulk->prepareKeys(std::exchange(m_chunkAdded, {})); !status)
                return failAt(records.constLast().line, status.error());
        }
        return {};
    }

    Status addNew(Member &incoming, ParsedRow &row, const Match &match, const CsvRecord &source, ImportRun &run)
    {
        ImportReport &report = run.report();
        if (!match.reason.isEmpty()) {
            PossibleDuplicate duplicate;
            duplicate.line = source.line;
            // A dry run names no member it added itself: they are never written.
            const bool storedBefore = match.duplicateOf <= m_lookup.lastStoredPk;
            duplicate.storedPk = run.dryRun() && !storedBefore ? 0 : match.duplicateOf;
            duplicate.storedName = match.duplicateName;
            duplicate.importedName = incoming.displayName();
            duplicate.reason = match.reason;
            duplicate.basis = match.basis;
            report.duplicates.append(duplicate);
        }
        if (m_fresh) {
            incoming.pk = ++m_lastAddedPk;
            if (Status status = m_bulk->insert(incoming.pk, row.encoded); !status)
                return status;
            // Looked up before it gets the id made for it: a later row can match only an id from the file.
            m_lookup.insert(incoming, row.keys);
            if (incoming.id.isEmpty())
                incoming.id = row.newId;
            if (!match.reason.isEmpty() && !run.dryRun())
                report.duplicates.last().importedPk = incoming.pk;
            if (!run.dryRun())
                m_chunkAdded.append(std::move(incoming));
        } else {
            if (incoming.id.isEmpty())
                incoming.id = row.newId;
            if (Status status = m_writer->insert(incoming); !status)
                return status;
            m_lookup.insert(incoming, row.keys);
            if (!match.reason.isEmpty() && !run.dryRun())
                report.duplicates.last().importedPk = incoming.pk;
        }
        run.countImported();
        return {};
    }

    std::optional<RowParser> m_parser;
    QString m_now;
    QString m_origin;
    MemberLookup m_lookup;
    bool m_reserved = false;
    std::optional<MemberBulkWriter> m_writer;
    std::optional<MemberBulkInserter> m_bulk;
    bool m_fresh = false;
    std::deque<PendingChunk> m_pending; // a deque keeps each chunk's records in place while the pool reads them
    // The bulk path: the pk of the last member added, and the members added in the chunk being written, from
    // m_chunkFirstPk on, whose search keys are worked out when the chunk is done.
    qint64 m_lastAddedPk = 0;
    qint64 m_chunkFirstPk = 1;
    QList<Member> m_chunkAdded;
};

} // namespace

Result<ImportReport> MemberImporter::importFile(Database &database, const QString &path, const ImportOptions &options)
{
    MemberArea area;
    return ImportJob::run(database, path, QStringLiteral("members"), area, options);
}

Result<int> MemberExporter::exportFile(Database &database, const QString &path, CsvProfile profile)
{
    const MemberRepository repository(database);
    const QList<Member> members = repository.all();
    // A read that stopped early (a damaged page, an I/O error) must not pass for the whole list.
    if (members.size() != repository.count())
        return Result<int>::failure(tr("Could not read every member from the database (%1 of %2); nothing was written.")
                                        .arg(members.size())
                                        .arg(repository.count()));
    QList<QStringList> rows;
    rows.reserve(members.size());
    const QString dateFormat = QStringLiteral("yyyy-MM-dd");
    const QString listSeparator = QStringLiteral(";");
    const QStringList fields = memberFields();
    for (const Member &m : members) {
        const QHash<QString, QString> values{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("first_name"), m.firstName},
            {QStringLiteral("middle_name"), m.middleName},
            {QStringLiteral("last_name"), m.lastName},
            {QStringLiteral("birth_date"), m.birthDate.toString(dateFormat)},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("city"), m.city},
            {QStringLiteral("country"), m.country},
            {QStringLiteral("languages"), m.languages.join(listSeparator)},
            {QStringLiteral("skills"), m.skills.join(listSeparator)},
            {QStringLiteral("groups"), m.groups.join(listSeparator)},
            {QStringLiteral("status"), memberStatusKey(m.status)},
            {QStringLiteral("joined_on"), m.joinedOn.toString(dateFormat)},
            {QStringLiteral("consent"), m.consent.join(listSeparator)},
            {QStringLiteral("consent_at"), m.consentAt},
            {QStringLiteral("consent_share"), m.consentShare ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("notes"), m.notes},
            {QStringLiteral("created_at"), m.createdAt},
            {QStringLiteral("updated_at"), m.updatedAt},
            {QStringLiteral("deleted_at"), m.deletedAt},
            {QStringLiteral("origin"), m.origin},
        };
        QStringList row;
        row.reserve(fields.size());
        for (const QString &field : fields)
            row.append(values.value(field));
        rows.append(row);
    }
    if (Status status = writeCsvFile(path, memberFields(), rows, profile); !status)
        return Result<int>::failure(status.error());
    return int(members.size());
}

} // namespace supolka
