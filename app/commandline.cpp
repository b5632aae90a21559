#include "app/commandline.h"

#include <algorithm>
#include <cstdio>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>
#include <QUuid>

#include "models/core/timestamps.h"
#include "models/csv/csvreader.h"
#include "models/db/database.h"
#include "models/db/storagefaults.h"
#include "models/demo/demodata.h"
#include "models/events/eventjson.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationexporter.h"
#include "models/events/registrationimporter.h"
#include "models/events/ticketcode.h"
#include "models/events/typedcheckin.h"
#include "models/members/memberimporter.h"
#include "models/members/memberjson.h"
#include "models/members/memberrepository.h"
#include "models/members/memberstatistics.h"
#include "models/members/phonenormalizer.h"
#include "models/text/namekey.h"
#include "views/common/operatorname.h"
#include "views/common/theme.h"

namespace supolka {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return QStringLiteral("\\t");
    return QString(delimiter);
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    auto valueOf = [&](int &i, const QString &option) {
        if (i + 1 >= arguments.size()) {
            result.usageError = CommandRunner::tr("%1 needs a value.").arg(option);
            return QString();
        }
        return arguments.at(++i);
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db"))
            result.databasePath = valueOf(i, argument);
        else if (argument == QLatin1String("--lang"))
            result.language = valueOf(i, argument);
        else if (argument == QLatin1String("--errors"))
            result.errorsPath = valueOf(i, argument);
        else if (argument == QLatin1String("--profile"))
            result.profile = valueOf(i, argument);
        else if (argument == QLatin1String("--event"))
            result.event = valueOf(i, argument);
        else if (argument == QLatin1String("--election"))
            result.election = valueOf(i, argument);
        else if (argument == QLatin1String("--since-last"))
            result.sinceLast = valueOf(i, argument);
        else if (argument == QLatin1String("--recipient"))
            result.recipient = valueOf(i, argument);
        else if (argument == QLatin1String("--from"))
            result.from = valueOf(i, argument);
        else if (argument == QLatin1String("--to"))
            result.to = valueOf(i, argument);
        else if (argument == QLatin1String("--signing-key"))
            result.signingKey = valueOf(i, argument);
        else if (argument == QLatin1String("--fingerprint"))
            result.fingerprint = valueOf(i, argument);
        else if (argument == QLatin1String("--passphrase-file"))
            result.passphraseFile = valueOf(i, argument);
        else if (argument == QLatin1String("--new-passphrase-file"))
            result.newPassphraseFile = valueOf(i, argument);
        else if (argument == QLatin1String("--pdf"))
            result.pdfPath = valueOf(i, argument);
        else if (argument == QLatin1String("--theme"))
            result.theme = valueOf(i, argument);
        else if (argument == QLatin1String("--screenshots"))
            result.screenshotsPath = valueOf(i, argument);
        else if (argument == QLatin1String("--csv"))
            result.csvPath = valueOf(i, argument);
        else if (argument == QLatin1String("--json"))
            result.json = true;
        else if (argument == QLatin1String("--dry-run"))
            result.dryRun = true;
        else if (argument == QLatin1String("--unsealed"))
            result.unsealed = true;
        else if (argument == QLatin1String("--version") || argument == QLatin1String("-v"))
            result.showVersion = true;
        else if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            result.showHelp = true;
        else if (argument.startsWith(QLatin1String("--")) && argument.size() > 2)
            result.usageError = CommandRunner::tr("Unknown option %1.").arg(argument);
        else
            result.words.append(argument);
        if (!result.usageError.isEmpty())
            break;
    }
    if (result.usageError.isEmpty() && !result.theme.isEmpty() && !Theme::fromName(result.theme))
        result.usageError =
            CommandRunner::tr("The look “%1” is unknown; choose light, dark or system.").arg(result.theme);
    return result;
}

bool CommandLine::wantsPainting() const
{
    return usageError.isEmpty() && !showHelp && !showVersion && words.value(0) == QLatin1String("report") &&
           words.value(1) == QLatin1String("chapter") && !pdfPath.isEmpty();
}

CommandRunner::CommandRunner(const CommandLine &commandLine)
    : m_commandLine(commandLine)
{}

QString CommandRunner::helpText()
{
    return tr("Usage:\n"
              "  supolka [--db FILE] [--lang CODE]                 start the window\n"
              "  supolka --version | --help\n"
              "  supolka [--db FILE] preview FILE [--json]         how a CSV file reads\n"
              "  supolka [--db FILE] import members FILE [--dry-run] [--errors OUT] [--json]\n"
              "  supolka [--db FILE] import registrations FILE --event TITLE [--dry-run] [--errors OUT] [--json]\n"
              "                                                    an attendee list (Supolka, Eventbrite, pretix,\n"
              "                                                    Google Forms) into the event, made on first use\n"
              "  supolka [--db FILE] import cases|notes|payments FILE [--dry-run] [--errors OUT] [--json]\n"
              "                                                    aid cases (also KoBoToolbox intake exports),\n"
              "                                                    their timeline notes and payments\n"
              "  supolka [--db FILE] import stations|exitpoll|official|verified FILE --election NAME\n"
              "                     [--dry-run] [--errors OUT] [--json]\n"
              "                                                    wide exit-poll files, one row per polling station\n"
              "  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]\n"
              "  supolka [--db FILE] export registrations FILE --event TITLE [--profile plain|excel] [--json]\n"
              "                                                    the event's registrations and check-ins\n"
              "  supolka [--db FILE] export cases|notes|payments FILE [--profile plain|excel] [--json]\n"
              "                                                    sensitive cases without name or contact\n"
              "  supolka [--db FILE] search TEXT [--json]          members matching TEXT in any script\n"
              "  supolka [--db FILE] checkin EVENT TEXT [--json]   check in the one registrant matching TEXT\n"
              "                                                    (EVENT: the event's id or unique title)\n"
              "  supolka [--db FILE] report members [--json]       counts by country, status and skill\n"
              "  supolka [--db FILE] report events [--json]        registered, cancelled, checked in, walk-ins\n"
              "  supolka [--db FILE] report cases [--json]         by status and need, overdue, paid per currency\n"
              "  supolka [--db FILE] report exitpoll --election NAME [--json]\n"
              "                                                    exit poll against official results, with flags\n"
              "  supolka [--db FILE] report chapter --from DATE --to DATE [--pdf FILE] [--csv FILE] [--json]\n"
              "                                                    the report for the secretariat, cut by chapter\n"
              "  supolka [--db FILE] demo                          load the demo data set\n"
              "  supolka [--db FILE] chapter [CODE [NAME]]         show or set this chapter's code and name\n"
              "  supolka [--db FILE] erase member ID|EMAIL         GDPR erasure; it travels with the next bundle\n"
              "  supolka [--db FILE] sync export FILE --to CODE [--profile full|pseudonymized|aggregate]\n"
              "                     [--since-last CODE] [--json]\n"
              "                                                    a bundle sealed for a contact: the secretariat\n"
              "                                                    or a chapter\n"
              "  supolka [--db FILE] sync export FILE --unsealed [--recipient CODE] [--profile …]\n"
              "                                                    a plain bundle anyone who gets it can read\n"
              "  supolka [--db FILE] sync import FILE [--dry-run] [--unsealed] [--json]\n"
              "                                                    merge a bundle: added, updated, deleted,\n"
              "                                                    unchanged, conflicts\n"
              "  supolka [--db FILE] sync conflicts [--json]       rows changed on both sides, to choose\n"
              "  supolka [--db FILE] sync resolve CONFLICT mine|theirs\n"
              "  supolka [--db FILE] sync history [--json]         bundles sent and received\n"
              "  supolka [--db FILE] encrypt --new-passphrase-file FILE\n"
              "                                                    encrypt a plaintext database\n"
              "  supolka [--db FILE] passphrase --passphrase-file OLD --new-passphrase-file NEW\n"
              "                                                    change the passphrase (a new key)\n"
              "  supolka [--db FILE] backup FILE                   a consistent copy, encrypted like the database\n"
              "  supolka [--db FILE] keys [--json] | keys export FILE | keys export-identity FILE\n"
              "                                                    this database's public keys and fingerprint\n"
              "  supolka [--db FILE] contacts [--json]             other chapters' keys; contacts add CODE NAME\n"
              "                     --recipient age1… --signing-key RW…; contacts check CODE --fingerprint \"…\";\n"
              "                     contacts remove CODE\n"
              "\n"
              "Options:\n"
              "  --db FILE      the database file (default: %1)\n"
              "  --lang CODE    be, ru or en (default: the system's language)\n"
              "  --theme T      the window: light, dark or system (default: as last chosen in View ▸ Look)\n"
              "  --screenshots DIR  the window: pictures of every page and the main dialogs into DIR, then quit\n"
              "  --passphrase-file FILE  the passphrase of an encrypted database, on the first line of FILE\n"
              "                 (- reads it from standard input); a new database made with it is encrypted\n"
              "  --json         print one JSON object on standard output\n"
              "  --dry-run      check the file and count, but change nothing\n"
              "  --errors OUT   write the rejected rows, with line and reason, to OUT\n"
              "  --profile P    export: plain (UTF-8) or excel (UTF-8 with a BOM);\n"
              "                 sync export: full, pseudonymized or aggregate (default full)\n"
              "  --since-last R only what changed since the last bundle for R (the recipient's chapter code)\n"
              "  --recipient R  the chapter code the bundle is for, recorded to tell conflicts later\n"
              "  --to CODE      sync export: the contact to seal the bundle for\n"
              "  --unsealed     sync export: write a plain bundle (only aggregate goes plain without it);\n"
              "                 sync import: take a plain bundle that says it comes from a contact\n"
              "  --from DATE, --to DATE  the period of report chapter (2026-01-31 or 31.01.2026)\n"
              "  --pdf FILE, --csv FILE  where report chapter writes\n"
              "  --event TITLE  the event of import/export registrations: its title or id\n"
              "  --election NAME the election of the exit-poll commands (made on first import)\n"
              "\n"
              "Exit codes: 0 success, 1 done but some rows rejected (sync import: conflicts are waiting),\n"
              "2 usage error, 3 failure (nothing changed).\n"
              "checkin: 0 checked in, 1 already checked in or cancelled, 3 nobody or several match.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

void CommandRunner::say(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

void CommandRunner::printJson(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CommandRunner::usage(const QString &message)
{
    say(message);
    say(tr("Run “supolka --help” to see the commands."));
    return UsageError;
}

Result<const SecretBytes *> CommandRunner::passphrase() const
{
    using R = Result<const SecretBytes *>;
    if (m_commandLine.passphraseFile.isEmpty())
        return R(nullptr);
    if (!m_passphrase) {
        Result<SecretBytes> read = SecretBytes::fromFile(m_commandLine.passphraseFile);
        if (!read)
            return R::failure(read.error());
        m_passphrase = std::move(read.value());
    }
    return R(&*m_passphrase);
}

Result<std::unique_ptr<Database>> CommandRunner::openDatabase() const
{
    const Result<const SecretBytes *> secret = passphrase();
    if (!secret)
        return Result<std::unique_ptr<Database>>::failure(secret.error());
    return Database::open(m_commandLine.databasePath, secret.value());
}

Result<std::unique_ptr<Database>> CommandRunner::openWhole() const
{
    auto database = openDatabase();
    if (!database)
        return database;
    // What an export writes must be all there is: a damaged file would read as fewer people.
    if (Status whole = database.value()->quickCheck(); !whole)
        return Result<std::unique_ptr<Database>>::failure(whole.error());
    return database;
}

Result<std::unique_ptr<Database>> CommandRunner::openForReport(const QStringList &tables) const
{
    auto database = openDatabase();
    if (!database || tables.isEmpty())
        return database;
    if (Status whole = database.value()->quickCheck(tables); !whole)
        return Result<std::unique_ptr<Database>>::failure(whole.error());
    return database;
}

int CommandRunner::fail(const QString &message)
{
    say(message);
    if (m_commandLine.json)
        printJson({{QStringLiteral("error"), message}});
    return Failure;
}

int CommandRunner::run()
{
    // A read that failed on a damaged page or a failing disk fails the command, even where the code that read
    // carried on with what it got.
    const quint64 faultsBefore = StorageFaults::count();
    const int exitCode = runCommand();
    const Status whole = StorageFaults::since(faultsBefore, Database::resolvePath(m_commandLine.databasePath));
    if (whole)
        return exitCode;
    if (exitCode == Success || exitCode == SomeRejected)
        return fail(whole.error());
    // A read that failed on the damage said so in SQLite's words: say also what that means and what to do.
    if (exitCode == Failure)
        say(whole.error());
    return exitCode;
}

int CommandRunner::runCommand()
{
    if (!m_commandLine.usageError.isEmpty())
        return usage(m_commandLine.usageError);
    if (m_commandLine.showHelp) {
        QTextStream(stdout) << helpText();
        return Success;
    }
    if (m_commandLine.showVersion) {
        QTextStream(stdout) << "supolka " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QString command = m_commandLine.words.value(0);
    if (needsExistingDatabase() && !m_commandLine.databasePath.isEmpty() &&
        !QFileInfo::exists(m_commandLine.databasePath)) {
        return fail(tr("There is no database at %1. Check the path given with --db.")
                        .arg(QDir::toNativeSeparators(m_commandLine.databasePath)));
    }
    // An empty file where the database was is data lost (a full disk, a failed copy), not a new database.
    if (needsExistingDatabase()) {
        const QFileInfo file(Database::resolvePath(m_commandLine.databasePath));
        if (file.exists() && file.isFile() && file.size() == 0)
            return fail(tr("%1 is empty (0 bytes): the chapter's data is not in it. Restore the database from a "
                           "backup; Supolka left the file as it is.")
                            .arg(QDir::toNativeSeparators(file.absoluteFilePath())));
    }
    if (changesDatabase()) {
        const QString path = Database::resolvePath(m_commandLine.databasePath);
        if (Database::opensReadOnly(path))
            return fail(Database::readOnlyRefusal(path));
    }
    if (command == QLatin1String("preview"))
        return preview();
    if (command == QLatin1String("import"))
        return importKind();
    if (command == QLatin1String("export"))
        return exportKind();
    if (command == QLatin1String("search"))
        return search();
    if (command == QLatin1String("checkin"))
        return checkin();
    if (command == QLatin1String("report"))
        return report();
    if (command == QLatin1String("demo"))
        return demo();
    if (command == QLatin1String("sync"))
        return sync();
    if (command == QLatin1String("chapter"))
        return chapter();
    if (command == QLatin1String("erase"))
        return erase();
    if (command == QLatin1String("encrypt"))
        return encrypt();
    if (command == QLatin1String("passphrase"))
        return changePassphrase();
    if (command == QLatin1String("backup"))
        return backup();
    if (command == QLatin1String("keys"))
        return keys();
    if (command == QLatin1String("contacts"))
        return contacts();
    return usage(tr("Unknown command “%1”.").arg(command));
}

bool CommandRunner::needsExistingDatabase() const
{
    // Commands that read, or change what must already be there, never make a new, empty database: at a mistyped
    // --db they would leave one behind and report that it holds nobody.
    const QString command = m_commandLine.words.value(0);
    const QString what = m_commandLine.words.value(1);
    if (command == QLatin1String("sync")) {
        return what == QLatin1String("export") || what == QLatin1String("conflicts") ||
               what == QLatin1String("resolve") || what == QLatin1String("history");
    }
    if (command == QLatin1String("chapter"))
        return m_commandLine.words.size() == 1;
    return command == QLatin1String("export") || command == QLatin1String("search") ||
           command == QLatin1String("report") || command == QLatin1String("checkin") ||
           command == QLatin1String("erase") || command == QLatin1String("encrypt") ||
           command == QLatin1String("passphrase") || command == QLatin1String("backup") ||
           command == QLatin1String("keys") || command == QLatin1String("contacts");
}

bool CommandRunner::changesDatabase() const
{
    const QString command = m_commandLine.words.value(0);
    const QString what = m_commandLine.words.value(1);
    if (command == QLatin1String("sync")) {
        // A bundle sent is recorded, so that the next one can carry only what changed since.
        return what == QLatin1String("export") || what == QLatin1String("resolve") || what == QLatin1String("import");
    }
    if (command == QLatin1String("chapter"))
        return m_commandLine.words.size() > 1;
    if (command == QLatin1String("contacts"))
        return !what.isEmpty();
    // A dry run writes too, in a transaction it then rolls back.
    return command == QLatin1String("import") || command == QLatin1String("checkin") ||
           command == QLatin1String("demo") || command == QLatin1String("erase") ||
           command == QLatin1String("encrypt") || command == QLatin1String("passphrase");
}

int CommandRunner::preview()
{
    if (m_commandLine.words.size() != 2)
        return usage(tr("preview takes one file: supolka preview FILE"));
    const QString path = m_commandLine.words.at(1);
    const Result<CsvTable> table = readCsvFile(path);
    if (!table)
        return fail(table.error());
    const CsvTable &t = table.value();
    const ColumnMapping mapping = mapMemberHeader(t.header);
    if (m_commandLine.json) {
        QJsonArray rows;
        for (const CsvRecord &record : t.records)
            rows.append(QJsonArray::fromStringList(record.fields));
        QJsonArray issues;
        for (const CsvIssue &issue : t.issues)
            issues.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                      {QStringLiteral("column"), issue.column},
                                      {QStringLiteral("message"), issue.message}});
        printJson({{QStringLiteral("encoding"), t.format.encoding},
                   {QStringLiteral("bom"), t.format.bom},
                   {QStringLiteral("delimiter"), QString(t.format.delimiter)},
                   {QStringLiteral("source"), csvSourceName(mapping.source)},
                   {QStringLiteral("header"), QJsonArray::fromStringList(t.header)},
                   {QStringLiteral("mapping"), QJsonArray::fromStringList(mapping.fields)},
                   {QStringLiteral("rows"), rows},
                   {QStringLiteral("issues"), issues},
                   {QStringLiteral("failed"), t.failed}});
    } else {
        QTextStream out(stdout);
        out << tr("Encoding: %1%2").arg(t.format.encoding, t.format.bom ? tr(" (with BOM)") : QString()) << '\n'
            << tr("Delimiter: %1").arg(delimiterName(t.format.delimiter)) << '\n'
            << tr("Written by: %1").arg(csvSourceName(mapping.source)) << '\n'
            << tr("Rows: %1").arg(t.records.size()) << '\n';
        for (int column = 0; column < t.header.size(); ++column)
            out << "  " << t.header.at(column) << " -> "
                << (mapping.fields.value(column).isEmpty() ? tr("(ignored)") : mapping.fields.value(column)) << '\n';
        for (const CsvIssue &issue : t.issues)
            out << tr("Line %1: %2").arg(issue.line).arg(issue.message) << '\n';
    }
    return t.failed ? Failure : Success;
}

int CommandRunner::importKind()
{
    if (m_commandLine.words.size() != 3)
        return usage(tr("import takes a kind and a file: supolka import members FILE"));
    const QString kind = m_commandLine.words.at(1);
    const bool registrations = kind == QLatin1String("registrations");
    static const QStringList caseKinds{QStringLiteral("cases"), QStringLiteral("notes"), QStringLiteral("payments")};
    static const QStringList exitPollKinds{QStringLiteral("stations"), QStringLiteral("exitpoll"),
                                           QStringLiteral("official"), QStringLiteral("verified")};
    if (caseKinds.contains(kind) || exitPollKinds.contains(kind)) {
        const QString path = m_commandLine.words.at(2);
        if (!QFileInfo::exists(path))
            return fail(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
        return caseKinds.contains(kind) ? importCases(kind, path) : importExitPoll(kind, path);
    }
    if (kind != QLatin1String("members") && !registrations)
        return usage(tr("Supolka cannot import “%1”; it knows: members, registrations, cases, notes, payments, "
                        "stations, exitpoll, official, verified.")
                         .arg(kind));
    if (registrations && m_commandLine.event.trimmed().isEmpty())
        return usage(tr("import registrations needs the event: supolka import registrations FILE --event TITLE"));
    const QString path = m_commandLine.words.at(2);
    if (!QFileInfo::exists(path))
        return fail(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    if (registrations)
        return importRegistrations(path);

    return onDatabase(Access::plain(), [&](Database &database) -> int {
        ImportOptions options;
        options.dryRun = m_commandLine.dryRun;
        const Result<ImportReport> imported = MemberImporter::importFile(database, path, options);
        if (!imported)
            return fail(imported.error());
        return finishImport(imported.value(), {});
    });
}

int CommandRunner::importRegistrations(const QString &path)
{
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const EventRepository events(database);
        const QString title = m_commandLine.event.simplified();
        Event event;
        if (const Result<Event> found = events.findEventByIdOrTitle(title)) {
            event = found.value();
        } else {
            const QList<Event> all = events.events();
            const bool taken = std::any_of(all.cbegin(), all.cend(), [&title](const Event &e) {
                return e.title.toCaseFolded() == title.toCaseFolded();
            });
            if (taken)
                return fail(found.error());
            // An id names an event that is there: one deleted or unknown is not made anew under its id as a title.
            if (const QUuid id = QUuid::fromString(title); !id.isNull()) {
                const std::optional<Event> deleted = events.findEventById(id.toString(QUuid::WithoutBraces));
                return fail(deleted
                                ? tr("The event %1 (“%2”) was deleted; restore it first.").arg(title, deleted->title)
                                : tr("There is no event with the id %1.").arg(title));
            }
            // Made on first use: titled as asked, starting today.
            event.title = title;
            event.kind = EventKind::Other;
            event.startsAt = QDate::currentDate().startOfDay().toUTC();
        }
        const bool creating = event.pk == 0;
        ImportOptions options;
        options.dryRun = m_commandLine.dryRun;
        const Result<ImportReport> imported = RegistrationImporter::importFile(database, event, path, options);
        if (!imported)
            return fail(imported.error());
        // An export of an event this database has under another title went into that event, not a new one.
        const bool made = creating && !m_commandLine.dryRun && event.title == title;
        if (made && !m_commandLine.json)
            say(tr("Made the event “%1”.").arg(event.title));
        else if (creating && !m_commandLine.dryRun && !m_commandLine.json)
            say(tr("The file belongs to the event “%1”; its registrations went there.").arg(event.title));
        return finishImport(imported.value(), {{QStringLiteral("event"), eventjson::event(event)},
                                               {QStringLiteral("event_created"), made}});
    });
}

int CommandRunner::finishImport(const ImportReport &report, const QJsonObject &extra)
{
    // Written even when nothing was rejected (then with the header only), so that an older file of the same
    // name is never taken for this run's.
    QString errorsFileProblem;
    if (!m_commandLine.errorsPath.isEmpty()) {
        if (Status status = ImportProblems::writeCsv(report, m_commandLine.errorsPath); !status) {
            errorsFileProblem = tr("The rejected rows could not be saved: %1").arg(status.error());
            say(errorsFileProblem);
        }
    }
    if (m_commandLine.json) {
        auto problems = [](const QList<ImportProblem> &list) {
            QJsonArray array;
            for (const ImportProblem &problem : list) {
                QJsonObject object{{QStringLiteral("line"), problem.line},
                                   {QStringLiteral("message"), problem.message}};
                if (problem.column >= 0) {
                    object.insert(QStringLiteral("column"), problem.column + 1);
                    object.insert(QStringLiteral("column_name"), problem.columnName);
                }
                array.append(object);
            }
            return array;
        };
        QJsonArray duplicates;
        for (const PossibleDuplicate &duplicate : report.duplicates) {
            QJsonObject object{{QStringLiteral("line"), duplicate.line},
                               {QStringLiteral("name"), duplicate.importedName},
                               {QStringLiteral("looks_like"), duplicate.storedName},
                               {QStringLiteral("basis"), duplicate.basis},
                               {QStringLiteral("message"), duplicate.reason}};
            if (duplicate.storedPk > 0)
                object.insert(QStringLiteral("looks_like_pk"), duplicate.storedPk);
            if (duplicate.importedPk > 0)
                object.insert(QStringLiteral("pk"), duplicate.importedPk);
            duplicates.append(object);
        }
        QJsonObject json{{QStringLiteral("kind"), report.kind},
                         {QStringLiteral("dry_run"), report.dryRun},
                         {QStringLiteral("encoding"), report.format.encoding},
                         {QStringLiteral("delimiter"), QString(report.format.delimiter)},
                         {QStringLiteral("read"), report.read},
                         {QStringLiteral("imported"), report.imported},
                         {QStringLiteral("updated"), report.updated},
                         {QStringLiteral("unchanged"), report.unchanged},
                         {QStringLiteral("rejected"), report.rejected},
                         {QStringLiteral("errors"), problems(report.errors)},
                         {QStringLiteral("warnings"), problems(report.warnings)},
                         {QStringLiteral("possible_duplicates"), duplicates}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        if (!errorsFileProblem.isEmpty())
            json.insert(QStringLiteral("errors_file_error"), errorsFileProblem);
        printJson(json);
    } else {
        // A long list is cut: --errors FILE (or --json) keeps every line of it.
        constexpr int Shown = 50;
        auto more = [this](qsizetype all) {
            if (all > Shown)
                say(tr("… and %1 more; --errors FILE saves them all.").arg(all - Shown));
        };
        for (const ImportProblem &row : report.errors.mid(0, Shown))
            say(tr("Line %1: %2").arg(row.line).arg(row.text()));
        more(report.errors.size());
        for (const ImportProblem &row : report.warnings.mid(0, Shown))
            say(tr("Line %1 (imported): %2").arg(row.line).arg(row.text()));
        more(report.warnings.size());
        for (const PossibleDuplicate &duplicate : report.duplicates.mid(0, Shown))
            say(tr("Line %1: %2 %3; kept as a new person, listed as a possible duplicate.")
                    .arg(duplicate.line)
                    .arg(duplicate.importedName, duplicate.reason));
        if (report.duplicates.size() > Shown)
            say(tr("… and %1 more possible duplicates; --json lists them all.").arg(report.duplicates.size() - Shown));
        say(tr("Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.%6")
                .arg(report.read)
                .arg(report.imported)
                .arg(report.updated)
                .arg(report.unchanged)
                .arg(report.rejected)
                .arg(report.dryRun ? tr(" (dry run: nothing was changed)") : QString()));
    }
    // The import is stored, but the file the user asked for is not there: that must not look like success.
    if (!errorsFileProblem.isEmpty())
        return Failure;
    return report.rejected > 0 ? SomeRejected : Success;
}

int CommandRunner::exportKind()
{
    if (m_commandLine.words.size() != 3)
        return usage(tr("export takes a kind and a file: supolka export members FILE"));
    const QString kind = m_commandLine.words.at(1);
    const bool registrations = kind == QLatin1String("registrations");
    const bool cases =
        kind == QLatin1String("cases") || kind == QLatin1String("notes") || kind == QLatin1String("payments");
    if (kind != QLatin1String("members") && !registrations && !cases)
        return usage(
            tr("Supolka cannot export “%1”; it knows: members, registrations, cases, notes, payments.").arg(kind));
    if (registrations && m_commandLine.event.trimmed().isEmpty())
        return usage(tr("export registrations needs the event: supolka export registrations FILE --event TITLE"));
    CsvProfile profile = CsvProfile::Plain;
    if (m_commandLine.profile == QLatin1String("excel"))
        profile = CsvProfile::Excel;
    else if (!m_commandLine.profile.isEmpty() && m_commandLine.profile != QLatin1String("plain"))
        return usage(tr("The export profile is plain or excel, not “%1”.").arg(m_commandLine.profile));
    if (registrations)
        return exportRegistrations(m_commandLine.words.at(2), profile);
    if (cases)
        return exportCases(kind, m_commandLine.words.at(2), profile);

    return onDatabase(Access::whole(), [&](Database &database) -> int {
        const QString path = m_commandLine.words.at(2);
        const Result<int> exported = MemberExporter::exportFile(database, path, profile);
        if (!exported)
            return fail(exported.error());
        if (m_commandLine.json)
            printJson({{QStringLiteral("kind"), kind},
                       {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("exported"), exported.value()}});
        else
            say(tr("Wrote %1 members to %2.").arg(exported.value()).arg(QDir::toNativeSeparators(path)));
        return Success;
    });
}

int CommandRunner::exportRegistrations(const QString &path, CsvProfile profile)
{
    return onDatabase(Access::whole(), [&](Database &database) -> int {
        const Result<Event> event = EventRepository(database).findEventByIdOrTitle(m_commandLine.event.simplified());
        if (!event)
            return fail(event.error());
        const Result<int> exported = RegistrationExporter::exportFile(database, event->pk, path, profile);
        if (!exported)
            return fail(exported.error());
        if (m_commandLine.json)
            printJson({{QStringLiteral("kind"), QStringLiteral("registrations")},
                       {QStringLiteral("event"), eventjson::event(event.value())},
                       {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                       {QStringLiteral("exported"), exported.value()}});
        else
            say(tr("Wrote %n registrations of “%1” to %2.", nullptr, exported.value())
                    .arg(event->title, QDir::toNativeSeparators(path)));
        return Success;
    });
}

int CommandRunner::search()
{
    if (m_commandLine.words.size() < 2)
        return usage(tr("search takes the text to look for: supolka search TEXT"));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const QString text = m_commandLine.words.mid(1).join(QLatin1Char(' '));
        const Result<QList<Member>> found = MemberRepository(database).searchMembers(text, 50);
        if (!found)
            return fail(found.error());
        const QList<Member> &members = found.value();
        if (m_commandLine.json) {
            QJsonArray results;
            for (const Member &m : members)
                results.append(memberjson::searchHit(m));
            printJson({{QStringLiteral("results"), results}});
        } else {
            QTextStream out(stdout);
            for (const Member &m : members)
                out << m.displayName() << '\t' << m.email << '\t' << m.phone << '\t' << m.city << '\n';
            if (members.isEmpty())
                say(tr("Nobody matches “%1”.").arg(text));
        }
        return Success;
    });
}

int CommandRunner::checkin()
{
    if (m_commandLine.words.size() < 3)
        return usage(tr("checkin takes an event and the text to look for: supolka checkin EVENT TEXT"));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        EventRepository events(database);
        const Result<Event> event = events.findEventByIdOrTitle(m_commandLine.words.at(1));
        if (!event)
            return fail(event.error());
        const QString text = m_commandLine.words.mid(2).join(QLatin1Char(' '));
        const Result<TypedCheckIn> done = TypedCheckIn::run(events, event.value(), text, OperatorName::atTheDoor());
        if (!done)
            return fail(done.error());
        using Outcome = TypedCheckIn::Outcome;
        const int exitCode = done->outcome == Outcome::CheckedIn ? Success
                             : done->outcome == Outcome::AlreadyCheckedIn || done->outcome == Outcome::Cancelled
                                 ? SomeRejected
                                 : Failure;
        const std::optional<Registration> &chosen = done->registration;
        const QList<Registration> &candidates = done->candidates;
        if (m_commandLine.json) {
            QJsonArray others;
            for (const Registration &r : std::as_const(candidates))
                others.append(eventjson::registration(r));
            printJson(
                {{QStringLiteral("status"), TypedCheckIn::outcomeKey(done->outcome)},
                 {QStringLiteral("event"), eventjson::event(event.value())},
                 {QStringLiteral("registration"), chosen ? QJsonValue(eventjson::registration(*chosen)) : QJsonValue()},
                 {QStringLiteral("candidates"), others},
                 {QStringLiteral("message"), done->message}});
        } else {
            QTextStream out(stdout);
            for (const Registration &r : std::as_const(candidates))
                out << r.name << '\t' << r.email << '\t' << ticketcode::display(r.ticketCode) << '\t'
                    << registrationStatusKey(r.status) << '\n';
            out.flush();
            say(done->message);
        }
        return exitCode;
    });
}

int CommandRunner::report()
{
    if (m_commandLine.words.size() != 2)
        return usage(tr("report takes a kind: supolka report members"));
    const QString kind = m_commandLine.words.at(1);
    if (kind == QLatin1String("chapter"))
        return reportChapter();
    if (kind == QLatin1String("events"))
        return reportEvents();
    if (kind == QLatin1String("cases"))
        return reportCases();
    if (kind == QLatin1String("exitpoll"))
        return reportExitPoll();
    if (kind != QLatin1String("members"))
        return usage(
            tr("Supolka cannot report on “%1”; it knows: members, events, cases, exitpoll, chapter.").arg(kind));
    // The statistics read every row of the members table and check the rows they read against its index of ids.
    return onDatabase(Access::report({}), [&](Database &database) -> int {
        const Result<MemberStatistics> counted = MemberStatistics::compute(database);
        if (!counted)
            return fail(counted.error());
        const MemberStatistics &statistics = counted.value();
        if (m_commandLine.json) {
            QJsonObject json = memberjson::statistics(statistics);
            json.insert(QStringLiteral("encrypted"), database.isEncrypted());
            printJson(json);
        } else {
            QTextStream out(stdout);
            out << tr("Members: %1").arg(statistics.members) << '\n';
            for (const auto &[country, count] : statistics.byCountry)
                out << "  " << (country.isEmpty() ? tr("(unknown)") : country) << '\t' << count << '\n';
        }
        return Success;
    });
}

int CommandRunner::reportEvents()
{
    return onDatabase(
        Access::report({QStringLiteral("events"), QStringLiteral("registrations")}), [&](Database &database) -> int {
            const QList<EventSummary> summaries = EventRepository(database).summaries();
            if (m_commandLine.json) {
                QJsonArray list;
                for (const EventSummary &summary : summaries)
                    list.append(eventjson::summary(summary));
                printJson({{QStringLiteral("events"), list}});
            } else {
                QTextStream out(stdout);
                out << tr("Events: %1").arg(summaries.size()) << '\n';
                for (const EventSummary &summary : summaries) {
                    const Event &e = summary.event;
                    out << "  " << QLocale().toString(e.startsAt.toLocalTime().date(), QLocale::ShortFormat) << '\t'
                        << e.title << '\t'
                        << tr("%1 registered, %2 cancelled, %3 checked in, %4 walk-ins")
                               .arg(summary.counts.registered)
                               .arg(summary.counts.cancelled)
                               .arg(summary.counts.checkedIn)
                               .arg(summary.counts.walkIns)
                        << '\n';
                }
            }
            return Success;
        });
}

int CommandRunner::demo()
{
    if (m_commandLine.words.size() != 1)
        return usage(tr("demo takes no arguments."));
    return onDatabase(Access::plain(), [&](Database &database) -> int {
        const Result<DemoData::Summary> loaded = DemoData::load(database);
        if (!loaded)
            return fail(loaded.error());
        if (m_commandLine.json)
            printJson({{QStringLiteral("members"), loaded->members},
                       {QStringLiteral("events"), loaded->events},
                       {QStringLiteral("registrations"), loaded->registrations},
                       {QStringLiteral("cases"), loaded->cases},
                       {QStringLiteral("stations"), loaded->stations}});
        else
            say(tr("Loaded the demo data: %1 members, %2 events with %3 registrations, %4 aid cases, an election with "
                   "%5 polling stations.")
                    .arg(loaded->members)
                    .arg(loaded->events)
                    .arg(loaded->registrations)
                    .arg(loaded->cases)
                    .arg(loaded->stations));
        return Success;
    });
}

} // namespace supolka
