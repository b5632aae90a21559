#include "app/commandline.h"

#include <cstdio>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include "models/csv/csvreader.h"
#include "models/db/database.h"
#include "models/demo/demodata.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "models/members/memberstatistics.h"

namespace supolka {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return QStringLiteral("\\t");
    return QString(delimiter);
}

QJsonObject countsObject(const QList<QPair<QString, int>> &counts)
{
    QJsonObject object;
    for (const auto &[key, count] : counts)
        object.insert(key, count);
    return object;
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
        else if (argument == QLatin1String("--json"))
            result.json = true;
        else if (argument == QLatin1String("--dry-run"))
            result.dryRun = true;
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
    return result;
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
              "  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]\n"
              "  supolka [--db FILE] search TEXT [--json]          members matching TEXT in any script\n"
              "  supolka [--db FILE] report members [--json]       counts by country, status and skill\n"
              "  supolka [--db FILE] demo                          load the demo data set\n"
              "\n"
              "Options:\n"
              "  --db FILE      the database file (default: %1)\n"
              "  --lang CODE    be, ru or en (default: the system's language)\n"
              "  --json         print one JSON object on standard output\n"
              "  --dry-run      check the file and count, but change nothing\n"
              "  --errors OUT   write the rejected rows, with line and reason, to OUT\n"
              "  --profile P    plain (UTF-8) or excel (UTF-8 with a BOM)\n"
              "\n"
              "Exit codes: 0 success, 1 done but some rows rejected, 2 usage error, 3 failure (nothing changed).\n")
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

int CommandRunner::fail(const QString &message)
{
    say(message);
    if (m_commandLine.json)
        printJson({{QStringLiteral("error"), message}});
    return Failure;
}

int CommandRunner::run()
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
    if (command == QLatin1String("preview"))
        return preview();
    if (command == QLatin1String("import"))
        return importKind();
    if (command == QLatin1String("export"))
        return exportKind();
    if (command == QLatin1String("search"))
        return search();
    if (command == QLatin1String("report"))
        return report();
    if (command == QLatin1String("demo"))
        return demo();
    return usage(tr("Unknown command “%1”.").arg(command));
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
    if (kind != QLatin1String("members"))
        return usage(tr("Supolka cannot import “%1” yet; it knows: members.").arg(kind));
    const QString path = m_commandLine.words.at(2);
    if (!QFileInfo::exists(path))
        return fail(tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));

    auto database = Database::open(m_commandLine.databasePath);
    if (!database)
        return fail(database.error());
    ImportOptions options;
    options.dryRun = m_commandLine.dryRun;
    const Result<ImportReport> imported = MemberImporter::importFile(*database.value(), path, options);
    if (!imported)
        return fail(imported.error());
    const ImportReport &report = imported.value();
    // Written even when nothing was rejected (then with the header only), so that an older file of the same
    // name is never taken for this run's.
    QString errorsFileProblem;
    if (!m_commandLine.errorsPath.isEmpty()) {
        if (Status status = MemberImporter::writeRejected(report, m_commandLine.errorsPath); !status) {
            errorsFileProblem = tr("The rejected rows could not be saved: %1").arg(status.error());
            say(errorsFileProblem);
        }
    }
    if (m_commandLine.json) {
        QJsonArray errors;
        for (const RejectedRow &row : report.errors)
            errors.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("message"), row.message}});
        QJsonObject json{{QStringLiteral("kind"), report.kind},
                         {QStringLiteral("dry_run"), report.dryRun},
                         {QStringLiteral("encoding"), report.format.encoding},
                         {QStringLiteral("delimiter"), QString(report.format.delimiter)},
                         {QStringLiteral("read"), report.read},
                         {QStringLiteral("imported"), report.imported},
                         {QStringLiteral("updated"), report.updated},
                         {QStringLiteral("unchanged"), report.unchanged},
                         {QStringLiteral("rejected"), report.rejected},
                         {QStringLiteral("errors"), errors}};
        if (!errorsFileProblem.isEmpty())
            json.insert(QStringLiteral("errors_file_error"), errorsFileProblem);
        printJson(json);
    } else {
        for (const RejectedRow &row : report.errors)
            say(tr("Line %1: %2").arg(row.line).arg(row.message));
        say(tr("Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.%6")
                .arg(report.read)
                .arg(report.imported)
                .arg(report.updated)
                .arg(report.unchanged)
                .arg(report.rejected)
                .arg(report.dryRun ? tr(" (dry run: nothing was changed)") : QString()));
    }
    return report.rejected > 0 ? SomeRejected : Success;
}

int CommandRunner::exportKind()
{
    if (m_commandLine.words.size() != 3)
        return usage(tr("export takes a kind and a file: supolka export members FILE"));
    const QString kind = m_commandLine.words.at(1);
    if (kind != QLatin1String("members"))
        return usage(tr("Supolka cannot export “%1” yet; it knows: members.").arg(kind));
    CsvProfile profile = CsvProfile::Plain;
    if (m_commandLine.profile == QLatin1String("excel"))
        profile = CsvProfile::Excel;
    else if (!m_commandLine.profile.isEmpty() && m_commandLine.profile != QLatin1String("plain"))
        return usage(tr("The export profile is plain or excel, not “%1”.").arg(m_commandLine.profile));

    auto database = Database::open(m_commandLine.databasePath);
    if (!database)
        return fail(database.error());
    const QString path = m_commandLine.words.at(2);
    const Result<int> exported = MemberExporter::exportFile(*database.value(), path, profile);
    if (!exported)
        return fail(exported.error());
    if (m_commandLine.json)
        printJson({{QStringLiteral("kind"), kind},
                   {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                   {QStringLiteral("exported"), exported.value()}});
    else
        say(tr("Wrote %1 members to %2.").arg(exported.value()).arg(QDir::toNativeSeparators(path)));
    return Success;
}

int CommandRunner::search()
{
    if (m_commandLine.words.size() < 2)
        return usage(tr("search takes the text to look for: supolka search TEXT"));
    auto database = Database::open(m_commandLine.databasePath);
    if (!database)
        return fail(database.error());
    const QString text = m_commandLine.words.mid(1).join(QLatin1Char(' '));
    const QList<Member> members = MemberRepository(*database.value()).searchMembers(text, 50);
    if (m_commandLine.json) {
        QJsonArray results;
        for (const Member &m : members)
            results.append(QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("name"), m.displayName()},
                                       {QStringLiteral("first_name"), m.firstName},
                                       {QStringLiteral("last_name"), m.lastName},
                                       {QStringLiteral("email"), m.email},
                                       {QStringLiteral("phone"), m.phone},
                                       {QStringLiteral("city"), m.city},
                                       {QStringLiteral("country"), m.country}});
        printJson({{QStringLiteral("results"), results}});
    } else {
        QTextStream out(stdout);
        for (const Member &m : members)
            out << m.displayName() << '\t' << m.email << '\t' << m.phone << '\t' << m.city << '\n';
        if (members.isEmpty())
            say(tr("Nobody matches “%1”.").arg(text));
    }
    return Success;
}

int CommandRunner::report()
{
    if (m_commandLine.words.size() != 2)
        return usage(tr("report takes a kind: supolka report members"));
    const QString kind = m_commandLine.words.at(1);
    if (kind != QLatin1String("members"))
        return usage(tr("Supolka cannot report on “%1” yet; it knows: members.").arg(kind));
    auto database = Database::open(m_commandLine.databasePath);
    if (!database)
        return fail(database.error());
    const MemberStatistics statistics = MemberStatistics::compute(*database.value());
    if (m_commandLine.json) {
        printJson({{QStringLiteral("members"), statistics.members},
                   {QStringLiteral("by_country"), countsObject(statistics.byCountry)},
                   {QStringLiteral("by_status"), countsObject(statistics.byStatus)},
                   {QStringLiteral("by_skill"), countsObject(statistics.bySkill)}});
    } else {
        QTextStream out(stdout);
        out << tr("Members: %1").arg(statistics.members) << '\n';
        for (const auto &[country, count] : statistics.byCountry)
            out << "  " << (country.isEmpty() ? tr("(unknown)") : country) << '\t' << count << '\n';
    }
    return Success;
}

int CommandRunner::demo()
{
    if (m_commandLine.words.size() != 1)
        return usage(tr("demo takes no arguments."));
    auto database = Database::open(m_commandLine.databasePath);
    if (!database)
        return fail(database.error());
    const Result<DemoData::Summary> loaded = DemoData::load(*database.value());
    if (!loaded)
        return fail(loaded.error());
    if (m_commandLine.json)
        printJson({{QStringLiteral("members"), loaded->members}});
    else
        say(tr("Loaded the demo data: %1 members.").arg(loaded->members));
    return Success;
}

} // namespace supolka
