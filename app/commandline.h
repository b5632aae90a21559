#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "models/core/result.h"
#include "models/csv/csvformat.h"
#include "models/db/database.h"
#include "models/security/databasekey.h"

namespace supolka {

struct ImportReport;

// What the command line asked for: global options, then a command and its words.
struct CommandLine
{
    QString databasePath;
    QString language;
    bool json = false;
    bool dryRun = false;
    bool showVersion = false;
    bool showHelp = false;
    QString errorsPath;
    QString profile;
    QString event;       // --event: the event of `import/export registrations`
    QString election;    // --election: the election of the exit-poll commands
    QString sinceLast;   // --since-last: sync export only what changed since the last bundle for this recipient
    QString recipient;   // --recipient: who a sync bundle is for; for `contacts add`, their age1… key
    QString signingKey;  // --signing-key: `contacts add`, their RW… key
    QString fingerprint; // --fingerprint: `contacts check`, the digits read out
    QString from;        // --from, --to: the period of `report chapter`; --to: whom `sync export` seals for
    QString to;
    bool unsealed = false;     // --unsealed: a plain bundle (sync export), or take one from a contact (sync import)
    QString passphraseFile;    // --passphrase-file: the database's passphrase (first line; "-" for standard input)
    QString newPassphraseFile; // --new-passphrase-file: `encrypt` and `passphrase`
    QString pdfPath;           // --pdf, --csv: where `report chapter` writes
    QString csvPath;
    QString theme;           // --theme: the window's look, light, dark or system (remembered otherwise)
    QString screenshotsPath; // --screenshots: the window pictures each page into this folder, then quits
    QStringList words;       // the command and its arguments
    QString usageError;

    bool wantsGui() const { return words.isEmpty() && !showVersion && !showHelp && usageError.isEmpty(); }
    // A headless command that paints (the PDF of `report chapter`) needs a QGuiApplication.
    bool wantsPainting() const;

    static CommandLine parse(const QStringList &arguments);
};

// The headless commands of DESIGN's "Command line". Exit codes: 0 success, 1 done but some rows rejected,
// 2 usage error, 3 failure (nothing changed).
class CommandRunner final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CommandRunner)

public:
    enum ExitCode { Success = 0, SomeRejected = 1, UsageError = 2, Failure = 3 };

    explicit CommandRunner(const CommandLine &commandLine);
    int run();

    static QString helpText();

private:
    int runCommand();
    int usage(const QString &message);
    int fail(const QString &message);
    // How a command opens the database.
    struct Access
    {
        enum class Kind { Plain, Whole, Report };
        Kind kind = Kind::Plain;
        QStringList tables; // Report: the tables it reads

        // As it is: a command that reads or changes a few rows.
        static Access plain() { return {}; }
        // A command that passes the data on (an export): a damaged file is refused (openWhole()).
        static Access whole() { return {Kind::Whole, {}}; }
        // A report on `tables` (openForReport()).
        static Access report(const QStringList &tables) { return {Kind::Report, tables}; }
    };
    // Opens the database as `access` says and runs `command` on it, or fails the command with why it could not.
    template <typename Command> int onDatabase(const Access &access, Command command)
    {
        auto database = access.kind == Access::Kind::Whole    ? openWhole()
                        : access.kind == Access::Kind::Report ? openForReport(access.tables)
                                                              : openDatabase();
        if (!database)
            return fail(database.error());
        return command(*database.value());
    }
    // Opens the database for a command that passes its data on (an export): a damaged file is refused.
    Result<std::unique_ptr<Database>> openWhole() const;
    // Opens the database for a report on `tables`: quick_check runs on those tables and their indexes alone, so
    // that a million members do not slow a report on events. A report whose own reads check what they read (the
    // members' statistics) names none. A read that meets a damaged page still fails the command (StorageFaults).
    Result<std::unique_ptr<Database>> openForReport(const QStringList &tables) const;
    // Opens the database with the passphrase of --passphrase-file, when given (read once).
    Result<std::unique_ptr<Database>> openDatabase() const;
    Result<const SecretBytes *> passphrase() const;
    // Whether the command is one that must not make a new database where --db names none.
    bool needsExistingDatabase() const;
    // Whether the command writes to the database, and so cannot run on one open for reading only.
    bool changesDatabase() const;
    void printJson(const QJsonObject &object);
    void say(const QString &message);

    int preview();
    int importKind();
    int importRegistrations(const QString &path);
    int finishImport(const ImportReport &report, const QJsonObject &extra);
    int exportKind();
    int exportRegistrations(const QString &path, CsvProfile profile);
    int search();
    int checkin();
    int report();
    int reportEvents();
    // Aid cases and exit polls (areacommands.cpp).
    int importCases(const QString &kind, const QString &path);
    int exportCases(const QString &kind, const QString &path, CsvProfile profile);
    int reportCases();
    int importExitPoll(const QString &kind, const QString &path);
    int reportExitPoll();
    int demo();
    // Bundles, erasure and the chapter report (synccommands.cpp).
    int sync();
    int syncExport();
    int syncImport();
    int syncConflicts();
    int syncResolve();
    int syncHistory();
    int chapter();
    int erase();
    int reportChapter();
    // Encryption at rest (securitycommands.cpp).
    int encrypt();
    int changePassphrase();
    int backup();
    // Keys and contacts of sealed exchange (exchangecommands.cpp).
    int keys();
    int contacts();

    const CommandLine &m_commandLine;
    mutable std::optional<SecretBytes> m_passphrase;
};

} // namespace supolka
