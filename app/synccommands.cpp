// The command line of the exchange with the secretariat: sync bundles, the chapter's name, GDPR erasure and the
// chapter report.

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include "app/commandline.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/members/memberrepository.h"
#include "models/sync/chapterreport.h"
#include "models/sync/syncexporter.h"
#include "models/sync/syncimporter.h"
#include "models/sync/synckinds.h"
#include "models/sync/syncstate.h"
#include "views/sync/chapterreportpdf.h"

namespace supolka {

namespace {

QJsonObject rowObject(SyncKind kind, const QStringList &values)
{
    QJsonObject object;
    const QStringList columns = SyncKinds::columns(kind);
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), values.value(i));
    return object;
}

QJsonObject conflictObject(const SyncConflict &c)
{
    QJsonObject object{{QStringLiteral("conflict"), c.pk},
                       {QStringLiteral("kind"), SyncKinds::name(c.kind)},
                       {QStringLiteral("id"), c.id},
                       {QStringLiteral("peer"), c.peer},
                       {QStringLiteral("detected_at"), c.detectedAt},
                       {QStringLiteral("mine"), rowObject(c.kind, c.mine)},
                       {QStringLiteral("theirs"), rowObject(c.kind, c.theirs)}};
    if (!c.resolvedAt.isEmpty()) {
        object.insert(QStringLiteral("resolved_at"), c.resolvedAt);
        object.insert(QStringLiteral("resolution"), c.resolution);
    }
    return object;
}

// Where two versions of a conflicting row differ: "city: Kaunas / Gdańsk".
QStringList differences(const SyncConflict &c)
{
    QStringList lines;
    const QStringList columns = SyncKinds::columns(c.kind);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (c.mine.value(i) != c.theirs.value(i) && columns.at(i) != QLatin1String("updated_at"))
            lines.append(QStringLiteral("%1: %2 / %3").arg(columns.at(i), c.mine.value(i), c.theirs.value(i)));
    }
    return lines;
}

// A day given on the command line: ISO or dd.mm.yyyy.
QDate dayOf(const QString &text)
{
    QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid())
        day = QDate::fromString(text.trimmed(), QStringLiteral("dd.MM.yyyy"));
    return day;
}

} // namespace

int CommandRunner::sync()
{
    const QString what = m_commandLine.words.value(1);
    if (what == QLatin1String("export"))
        return syncExport();
    if (what == QLatin1String("import"))
        return syncImport();
    if (what == QLatin1String("conflicts"))
        return syncConflicts();
    if (what == QLatin1String("resolve"))
        return syncResolve();
    if (what == QLatin1String("history"))
        return syncHistory();
    return usage(tr("sync takes export, import, conflicts, resolve or history: supolka sync export FILE"));
}

int CommandRunner::syncExport()
{
    if (m_commandLine.words.size() != 3)
        return usage(tr("sync export takes the bundle to write: supolka sync export FILE --to CODE [--profile full|"
                        "pseudonymized|aggregate] [--since-last CODE]"));
    const QString profileName = m_commandLine.profile.isEmpty() ? QStringLiteral("full") : m_commandLine.profile;
    const std::optional<SyncProfile> profile = syncProfileFromKey(profileName);
    if (!profile)
        return usage(tr("The bundle profile is full, pseudonymized or aggregate, not “%1”.").arg(profileName));
    if (!m_commandLine.sinceLast.isEmpty() && !m_commandLine.recipient.isEmpty() &&
        m_commandLine.sinceLast != m_commandLine.recipient)
        return usage(tr("--since-last and --recipient name two different recipients."));
    const QString sealFor = m_commandLine.to.trimmed();
    if (!sealFor.isEmpty() && m_commandLine.unsealed)
        return usage(tr("--to seals the bundle and --unsealed does not: choose one."));
    const QString named = m_commandLine.sinceLast.isEmpty() ? m_commandLine.recipient : m_commandLine.sinceLast;
    if (!sealFor.isEmpty() && !named.isEmpty() && named.compare(sealFor, Qt::CaseInsensitive) != 0)
        return usage(tr("--to and --since-last or --recipient name two different recipients."));
    if (sealFor.isEmpty() && !m_commandLine.unsealed && !SyncExporter::mayBePlain(*profile))
        return usage(tr("Say whom to seal the bundle for: --to CODE, one of your contacts (supolka contacts). To "
                        "write a plain bundle that anyone who gets it can read, add --unsealed."));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        SyncExportOptions options;
        options.profile = *profile;
        options.recipient = named.isEmpty() ? sealFor : named;
        options.sinceLast = !m_commandLine.sinceLast.isEmpty();
        options.sealFor = sealFor;
        const QString path = m_commandLine.words.at(2);
        const Result<SyncExportSummary> written = SyncExporter::exportFile(database, path, options);
        if (!written)
            return fail(written.error());
        if (m_commandLine.json) {
            QJsonObject files;
            for (const auto &[name, rows] : written->files)
                files.insert(name, double(rows));
            printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("chapter"), database.chapterCode()},
                       {QStringLiteral("profile"), written->profile},
                       {QStringLiteral("recipient"), written->recipient},
                       {QStringLiteral("since"), written->since},
                       {QStringLiteral("created_at"), written->createdAt},
                       {QStringLiteral("rows"), double(written->rows)},
                       {QStringLiteral("sealed_for"), written->sealedFor},
                       {QStringLiteral("sequence"), double(written->sequence)},
                       {QStringLiteral("files"), files}});
        } else {
            say(written->since.isEmpty() ? tr("Wrote %1 (%2): %n rows.", nullptr, int(written->rows))
                                               .arg(QDir::toNativeSeparators(path), written->profile)
                                         : tr("Wrote %1 (%2): %n rows changed since %3.", nullptr, int(written->rows))
                                               .arg(QDir::toNativeSeparators(path), written->profile, written->since));
        }
        if (!written->sealedFor.isEmpty())
            say(tr("Sealed for %1 (their bundle number %2): only they and this database can open it.")
                    .arg(written->sealedFor)
                    .arg(written->sequence));
        else if (!SyncExporter::mayBePlain(*profile))
            say(tr("Warning: this bundle is not sealed. Anyone who gets it can read the names and contacts in it, and "
                   "nobody can tell it came from you."));
        return Success;
    });
}

int CommandRunner::syncImport()
{
    if (m_commandLine.words.size() != 3)
        return usage(tr("sync import takes the bundle to read: supolka sync import FILE"));
    const QString path = m_commandLine.words.at(2);
    if (!QFileInfo::exists(path))
        return fail(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        SyncImportOptions options;
        options.dryRun = m_commandLine.dryRun;
        options.acceptUnsealed = m_commandLine.unsealed;
        const Result<SyncImportResult> imported = SyncImporter::importFile(database, path, options);
        if (!imported)
            return fail(imported.error());
        const SyncImportResult &r = imported.value();
        // The conflicts as they stand after the import, with the numbers `sync resolve` takes.
        QList<SyncConflict> open;
        if (!r.dryRun) {
            for (const SyncConflict &c : SyncState(database).conflicts()) {
                if (std::any_of(r.conflicts.cbegin(), r.conflicts.cend(),
                                [&c](const SyncConflict &found) { return found.kind == c.kind && found.id == c.id; }))
                    open.append(c);
            }
        } else {
            open = r.conflicts;
        }
        if (m_commandLine.json) {
            QJsonArray conflicts;
            for (const SyncConflict &c : std::as_const(open))
                conflicts.append(conflictObject(c));
            printJson({{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("chapter"),
                        QJsonObject{{QStringLiteral("code"), r.chapterCode}, {QStringLiteral("name"), r.chapterName}}},
                       {QStringLiteral("profile"), r.profile},
                       {QStringLiteral("created_at"), r.createdAt},
                       {QStringLiteral("dry_run"), r.dryRun},
                       {QStringLiteral("sealed"), r.sealed},
                       {QStringLiteral("sequence"), double(r.sequence)},
                       {QStringLiteral("added"), r.added},
                       {QStringLiteral("updated"), r.updated},
                       {QStringLiteral("deleted"), r.deleted},
                       {QStringLiteral("unchanged"), r.unchanged},
                       {QStringLiteral("aggregates"), r.aggregates},
                       {QStringLiteral("conflicts"), conflicts}});
        } else {
            if (r.sealed)
                say(tr("Sealed for this database and signed by %1, whose fingerprint you checked (their bundle number "
                       "%2).")
                        .arg(r.chapterCode)
                        .arg(r.sequence));
            else
                say(tr("Warning: this bundle was not sealed; nothing shows who made it."));
            if (!r.sealed && !r.recipient.isEmpty() &&
                r.recipient.compare(database.chapterCode(), Qt::CaseInsensitive) != 0)
                say(tr("This bundle was made for %1, not for this chapter (%2).")
                        .arg(r.recipient, database.chapterCode()));
            say(tr("From %1: %2 added, %3 updated, %4 deleted, %5 unchanged, %6 conflicts.%7")
                    .arg(r.chapterName.isEmpty() ? r.chapterCode : r.chapterName)
                    .arg(r.added)
                    .arg(r.updated)
                    .arg(r.deleted)
                    .arg(r.unchanged)
                    .arg(open.size())
                    .arg(r.dryRun ? tr(" (dry run: nothing was changed)") : QString()));
            for (const SyncConflict &c : std::as_const(open)) {
                say(tr("Conflict %1: %2 %3 changed here and at %4; this chapter's version was kept.")
                        .arg(c.pk)
                        .arg(SyncKinds::title(c.kind), c.id, c.peer));
                for (const QString &line : differences(c))
                    say(QStringLiteral("  ") + line);
            }
            if (!open.isEmpty() && !r.dryRun)
                say(tr("Choose with: supolka sync resolve CONFLICT mine|theirs"));
        }
        return open.isEmpty() ? Success : SomeRejected;
    });
}

int CommandRunner::syncConflicts()
{
    if (m_commandLine.words.size() != 2)
        return usage(tr("sync conflicts takes no arguments."));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const QList<SyncConflict> open = SyncState(database).conflicts();
        if (m_commandLine.json) {
            QJsonArray list;
            for (const SyncConflict &c : open)
                list.append(conflictObject(c));
            printJson({{QStringLiteral("conflicts"), list}});
        } else {
            QTextStream out(stdout);
            for (const SyncConflict &c : open) {
                out << c.pk << '\t' << SyncKinds::name(c.kind) << '\t' << c.id << '\t' << c.peer << '\n';
                for (const QString &line : differences(c))
                    out << "  " << line << '\n';
            }
            out.flush();
            if (open.isEmpty())
                say(tr("No conflicts are waiting."));
        }
        return Success;
    });
}

int CommandRunner::syncResolve()
{
    const QString choice = m_commandLine.words.value(3);
    bool numeric = false;
    const qint64 pk = m_commandLine.words.value(2).toLongLong(&numeric);
    if (m_commandLine.words.size() != 4 || !numeric ||
        (choice != QLatin1String("mine") && choice != QLatin1String("theirs")))
        return usage(tr("sync resolve takes a conflict's number and mine or theirs: supolka sync resolve 3 theirs"));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const Status resolved = SyncImporter::resolve(
            database, pk, choice == QLatin1String("mine") ? SyncImporter::Choice::Mine : SyncImporter::Choice::Theirs);
        if (!resolved)
            return fail(resolved.error());
        if (m_commandLine.json)
            printJson({{QStringLiteral("resolved"), pk}, {QStringLiteral("kept"), choice}});
        else
            say(choice == QLatin1String("mine") ? tr("Conflict %1: this chapter's version was kept.").arg(pk)
                                                : tr("Conflict %1: the other version was taken.").arg(pk));
        return Success;
    });
}

int CommandRunner::syncHistory()
{
    if (m_commandLine.words.size() != 2)
        return usage(tr("sync history takes no arguments."));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const QList<SyncHistoryEntry> history = SyncState(database).history();
        if (m_commandLine.json) {
            QJsonArray list;
            for (const SyncHistoryEntry &e : history)
                list.append(QJsonObject{{QStringLiteral("direction"), e.direction},
                                        {QStringLiteral("peer"), e.peer},
                                        {QStringLiteral("peer_name"), e.peerName},
                                        {QStringLiteral("file"), e.fileName},
                                        {QStringLiteral("profile"), e.profile},
                                        {QStringLiteral("at"), e.at},
                                        {QStringLiteral("bundle_created_at"), e.bundleCreatedAt},
                                        {QStringLiteral("since"), e.since},
                                        {QStringLiteral("rows"), double(e.rows)},
                                        {QStringLiteral("added"), e.added},
                                        {QStringLiteral("updated"), e.updated},
                                        {QStringLiteral("deleted"), e.deleted},
                                        {QStringLiteral("unchanged"), e.unchanged},
                                        {QStringLiteral("conflicts"), e.conflicts}});
            printJson({{QStringLiteral("history"), list}});
        } else {
            QTextStream out(stdout);
            for (const SyncHistoryEntry &e : history)
                out << e.at << '\t' << e.direction << '\t' << (e.peer.isEmpty() ? QStringLiteral("-") : e.peer) << '\t'
                    << e.fileName << '\t' << e.profile << '\t' << e.rows << '\n';
        }
        return Success;
    });
}

int CommandRunner::chapter()
{
    if (m_commandLine.words.size() > 3)
        return usage(tr("chapter takes a code and a name: supolka chapter PL-WAW \"Warszawa\""));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        SyncState state(database);
        if (m_commandLine.words.size() >= 2) {
            const QString name = m_commandLine.words.size() == 3 ? m_commandLine.words.at(2) : QString();
            if (Status status = state.setChapter(m_commandLine.words.at(1), name); !status)
                return fail(status.error());
        }
        if (m_commandLine.json)
            printJson(
                {{QStringLiteral("code"), database.chapterCode()}, {QStringLiteral("name"), state.chapterName()}});
        else
            QTextStream(stdout) << database.chapterCode() << '\t' << state.chapterName() << Qt::endl;
        return Success;
    });
}

int CommandRunner::erase()
{
    if (m_commandLine.words.size() != 3 || m_commandLine.words.at(1) != QLatin1String("member"))
        return usage(tr("erase takes a member's id or e-mail address: supolka erase member ID|EMAIL"));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        MemberRepository members(database);
        const QString who = m_commandLine.words.at(2).trimmed();
        std::optional<Member> member = members.findById(who);
        if (!member && who.contains(QLatin1Char('@'))) {
            QList<Member> same;
            const Result<QList<Member>> found = members.searchMembers(who, 50);
            if (!found)
                return fail(found.error());
            for (const Member &m : found.value()) {
                if (m.email == who.toLower())
                    same.append(m);
            }
            if (same.size() > 1)
                return fail(tr("%n members have the e-mail address %1; erase one by its id.", nullptr, int(same.size()))
                                .arg(who));
            if (!same.isEmpty())
                member = same.first();
        }
        if (!member)
            return fail(tr("No member has the id or e-mail address “%1”.").arg(who));
        if (Status status = members.erase(member->pk); !status)
            return fail(status.error());
        if (m_commandLine.json)
            printJson({{QStringLiteral("erased"), QJsonObject{{QStringLiteral("id"), member->id}}}});
        else
            say(tr("Erased member %1: nothing about them is left but the id, which carries the erasure to the other "
                   "chapters with the next bundle.")
                    .arg(member->id));
        return Success;
    });
}

int CommandRunner::reportChapter()
{
    const QDate from = dayOf(m_commandLine.from);
    const QDate to = dayOf(m_commandLine.to);
    if (!from.isValid() || !to.isValid())
        return usage(tr("report chapter needs the period: supolka report chapter --from 2026-01-01 --to 2026-06-30 "
                        "--pdf REPORT.pdf --csv REPORT.csv"));
    if (m_commandLine.pdfPath.isEmpty() && m_commandLine.csvPath.isEmpty() && !m_commandLine.json)
        return usage(tr("report chapter writes --pdf FILE, --csv FILE or both (or prints --json)."));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const Result<ChapterReport> report = ChapterReport::compute(database, from, to);
        if (!report)
            return fail(report.error());
        if (!m_commandLine.csvPath.isEmpty()) {
            if (Status status = report->writeCsv(m_commandLine.csvPath); !status)
                return fail(status.error());
        }
        if (!m_commandLine.pdfPath.isEmpty()) {
            if (Status status = ChapterReportPdf::write(report.value(), m_commandLine.pdfPath); !status)
                return fail(status.error());
        }
        if (m_commandLine.json) {
            QJsonArray lines;
            for (const ChapterReportLine &line : report->lines())
                lines.append(QJsonObject{{QStringLiteral("section"), line.section},
                                         {QStringLiteral("chapter"), line.chapter},
                                         {QStringLiteral("item"), line.item},
                                         {QStringLiteral("detail"), line.detail},
                                         {QStringLiteral("measure"), line.measure},
                                         {QStringLiteral("value"), line.value}});
            QJsonObject json{{QStringLiteral("from"), isoDate(from)},
                             {QStringLiteral("to"), isoDate(to)},
                             {QStringLiteral("chapter"), report->chapterCode()},
                             {QStringLiteral("chapters"), QJsonArray::fromStringList(report->chapters())},
                             {QStringLiteral("lines"), lines}};
            if (!m_commandLine.csvPath.isEmpty())
                json.insert(QStringLiteral("csv"), QFileInfo(m_commandLine.csvPath).absoluteFilePath());
            if (!m_commandLine.pdfPath.isEmpty())
                json.insert(QStringLiteral("pdf"), QFileInfo(m_commandLine.pdfPath).absoluteFilePath());
            printJson(json);
        } else {
            say(tr("The report from %1 to %2 covers %n chapters.", nullptr, int(report->chapters().size()))
                    .arg(isoDate(from), isoDate(to)));
        }
        return Success;
    });
}

} // namespace supolka
