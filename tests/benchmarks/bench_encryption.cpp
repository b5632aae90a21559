// What encryption at rest costs: the same work on a plaintext and on an encrypted database, in the same run,
// alternately, and the ratio. The keys of these databases are derived at libsodium's minimum cost, so that the
// figures are the page encryption's alone; BM_Unlock measures the real key derivation.
#include <benchmark/benchmark.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include "models/db/database.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "models/security/databasekey.h"
#include "tests/benchmarks/benchdata.h"

using namespace supolka;

namespace {

constexpr int Rows = 100000;
const QString Passphrase = QStringLiteral("Жыве Беларусь");

SecretBytes secret()
{
    QString text = Passphrase;
    return SecretBytes::fromText(text);
}

// The benchmark members database, and an encrypted copy of it.
QString encryptedMembersDatabase(int rows)
{
    const QString path = QDir(bench::scratchFolder()).filePath(QStringLiteral("members-%1-encrypted.db").arg(rows));
    if (QFile::exists(path))
        return path;
    databasekey::useMinimumCostForTests();
    if (!QFile::copy(bench::membersDatabase(rows), path))
        qFatal("Could not copy the benchmark database");
    const SecretBytes next = secret();
    if (const Status encrypted = Database::protect(path, nullptr, next); !encrypted)
        qFatal("Could not encrypt the benchmark database: %s", qPrintable(encrypted.error()));
    return path;
}

// Importing 100,000 members into a new database, plaintext and encrypted in turn.
void BM_EncryptedImport(benchmark::State &state)
{
    databasekey::useMinimumCostForTests();
    const QString csv = bench::membersCsv(Rows, false);
    const QString plainPath = QDir(bench::scratchFolder()).filePath(QStringLiteral("import-plain.db"));
    const QString encryptedPath = QDir(bench::scratchFolder()).filePath(QStringLiteral("import-encrypted.db"));
    const SecretBytes passphrase = secret();
    double plain = 0;
    double encrypted = 0;
    for (auto _ : state) {
        for (const bool encrypt : {false, true}) {
            const QString &path = encrypt ? encryptedPath : plainPath;
            bench::removeDatabase(path);
            auto database = Database::open(path, encrypt ? &passphrase : nullptr);
            if (!database) {
                state.SkipWithError(qPrintable(database.error()));
                return;
            }
            QElapsedTimer timer;
            timer.start();
            const Result<ImportReport> report = MemberImporter::importFile(*database.value(), csv, {});
            (encrypt ? encrypted : plain) += timer.nsecsElapsed() / 1e9;
            if (!report || report->imported != Rows) {
                state.SkipWithError("the import failed");
                return;
            }
        }
    }
    const double n = double(state.iterations());
    state.counters["plain_ms"] = plain * 1000.0 / n;
    state.counters["encrypted_ms"] = encrypted * 1000.0 / n;
    state.counters["ratio"] = encrypted / std::max(plain, 1e-9);
}
BENCHMARK(BM_EncryptedImport)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// Type-ahead search at 100,000 members, with a cold page cache each round (the database opened again).
void BM_EncryptedSearch(benchmark::State &state)
{
    const QString plainPath = bench::membersDatabase(Rows);
    const QString encryptedPath = encryptedMembersDatabase(Rows);
    const SecretBytes passphrase = secret();
    const QStringList queries{QStringLiteral("Ts"),      QStringLiteral("Tsikhanou"), QStringLiteral("Ціханоў"),
                              QStringLiteral("Кавал"),   QStringLiteral("Kavalenka"), QStringLiteral("Sviatlana K"),
                              QStringLiteral("Морозов"), QStringLiteral("zhuk")};
    double plain = 0;
    double encrypted = 0;
    for (auto _ : state) {
        for (const bool encrypt : {false, true}) {
            state.PauseTiming();
            auto database = Database::open(encrypt ? encryptedPath : plainPath, encrypt ? &passphrase : nullptr);
            state.ResumeTiming();
            if (!database) {
                state.SkipWithError(qPrintable(database.error()));
                return;
            }
            const MemberRepository repository(*database.value());
            QElapsedTimer timer;
            timer.start();
            for (const QString &query : queries)
                benchmark::DoNotOptimize(repository.search(query, 50).size());
            (encrypt ? encrypted : plain) += timer.nsecsElapsed() / 1e9;
        }
    }
    const double n = double(state.iterations()) * double(queries.size());
    state.counters["plain_ms_per_query"] = plain * 1000.0 / n;
    state.counters["encrypted_ms_per_query"] = encrypted * 1000.0 / n;
    state.counters["ratio"] = encrypted / std::max(plain, 1e-9);
}
BENCHMARK(BM_EncryptedSearch)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// Start-up to a usable window at 100,000 members, plaintext and encrypted (the passphrase from a file).
void BM_EncryptedStartup(benchmark::State &state)
{
    const QString plainPath = bench::membersDatabase(Rows);
    const QString encryptedPath = encryptedMembersDatabase(Rows);
    const QString passphraseFile = QDir(bench::scratchFolder()).filePath(QStringLiteral("passphrase.txt"));
    {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("Could not write the passphrase file");
        file.write(Passphrase.toUtf8() + '\n');
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SUPOLKA_MEASURE_STARTUP"), QStringLiteral("1"));
    double plain = 0;
    double encrypted = 0;
    for (auto _ : state) {
        for (const bool encrypt : {false, true}) {
            QStringList arguments{QStringLiteral("--db"), encrypt ? encryptedPath : plainPath, QStringLiteral("--lang"),
                                  QStringLiteral("en")};
            if (encrypt)
                arguments << QStringLiteral("--passphrase-file") << passphraseFile;
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(SUPOLKA_EXECUTABLE), arguments);
            process.waitForFinished(-1);
            const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
            if (!json.contains(QStringLiteral("ready_ms"))) {
                state.SkipWithError("supolka did not report its start-up");
                return;
            }
            (encrypt ? encrypted : plain) += json.value(QStringLiteral("ready_ms")).toDouble();
        }
    }
    const double n = double(state.iterations());
    state.counters["plain_ready_ms"] = plain / n;
    state.counters["encrypted_ready_ms"] = encrypted / n;
    state.counters["ratio"] = encrypted / std::max(plain, 1e-9);
}
BENCHMARK(BM_EncryptedStartup)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// Unlocking at the cost a new database gets on this machine: the calibration, then one key derivation.
void BM_Unlock(benchmark::State &state)
{
    databasekey::useMinimumCostForTests(false);
    const SecretBytes passphrase = secret();
    pagecipher::KeyParameters parameters;
    for (auto _ : state) {
        state.PauseTiming();
        parameters = databasekey::newParameters();
        state.ResumeTiming();
        benchmark::DoNotOptimize(databasekey::derive(passphrase, parameters).get());
    }
    state.counters["passes"] = parameters.opsLimit;
    state.counters["memory_MiB"] = double(parameters.memLimitKiB) / 1024.0;
}
BENCHMARK(BM_Unlock)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
