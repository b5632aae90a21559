// What users feel at 100,000 members, and at a million: importing a CSV (against the sqlite3 shell's .import of the
// same file, timed in the same run), type-ahead search, start-up to a usable window, the reports and the dashboard's
// statistics.
#include <benchmark/benchmark.h>

#include <atomic>
#include <thread>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include "models/cases/caserepository.h"
#include "models/cases/casetablemodel.h"
#include "models/db/database.h"
#include "models/events/eventstatistics.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "models/members/memberstatistics.h"
#include "models/members/membertablemodel.h"
#include "models/members/phonenormalizer.h"
#include "tests/benchmarks/benchdata.h"

using namespace supolka;

namespace {

constexpr int Rows = 100000;

// Seconds the sqlite3 shell takes to .import the file into a new database: the baseline.
double sqliteShellSeconds(const QString &csv)
{
    const QString db = QDir(bench::scratchFolder()).filePath(QStringLiteral("shell.db"));
    bench::removeDatabase(db);
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral(SQLITE3_SHELL), {db, QStringLiteral(".import --csv %1 members").arg(csv)});
    shell.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (shell.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", shell.readAllStandardError().constData());
    return seconds;
}

void BM_ImportMembers(benchmark::State &state)
{
    const bool withPhones = state.range(0) != 0;
    const QString csv = bench::membersCsv(Rows, withPhones);
    const QString dbPath = QDir(bench::scratchFolder()).filePath(QStringLiteral("import.db"));
    double ours = 0;
    double baseline = 0;
    for (auto _ : state) {
        state.PauseTiming();
        bench::removeDatabase(dbPath);
        baseline += sqliteShellSeconds(csv);
        auto database = Database::open(dbPath);
        if (!database) {
            state.SkipWithError(qPrintable(database.error()));
            break;
        }
        QElapsedTimer timer;
        state.ResumeTiming();
        timer.start();
        const Result<ImportReport> report = MemberImporter::importFile(*database.value(), csv, {});
        ours += timer.nsecsElapsed() / 1e9;
        if (!report || report->imported != Rows) {
            state.SkipWithError(report ? "rows were rejected" : qPrintable(report.error()));
            break;
        }
    }
    state.counters["rows_per_s"] = double(Rows) * double(state.iterations()) / std::max(ours, 1e-9);
    state.counters["sqlite3_shell_ms"] = baseline * 1000.0 / double(state.iterations());
    state.counters["ratio_to_sqlite3"] = ours / std::max(baseline, 1e-9);
}
BENCHMARK(BM_ImportMembers)
    ->ArgName("phones")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The same import through `supolka import members`, process start included.
void BM_CliImportMembers(benchmark::State &state)
{
    const bool withPhones = state.range(0) != 0;
    const QString csv = bench::membersCsv(Rows, withPhones);
    const QString dbPath = QDir(bench::scratchFolder()).filePath(QStringLiteral("cli.db"));
    double ours = 0;
    double baseline = 0;
    for (auto _ : state) {
        state.PauseTiming();
        bench::removeDatabase(dbPath);
        baseline += sqliteShellSeconds(csv);
        QProcess process;
        QElapsedTimer timer;
        state.ResumeTiming();
        timer.start();
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE), {QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                                                           QStringLiteral("members"), csv, QStringLiteral("--json")});
        process.waitForFinished(-1);
        ours += timer.nsecsElapsed() / 1e9;
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (process.exitCode() != 0 || json.value(QStringLiteral("imported")).toInt() != Rows) {
            state.SkipWithError("supolka import members failed");
            break;
        }
    }
    state.counters["sqlite3_shell_ms"] = baseline * 1000.0 / double(state.iterations());
    state.counters["ratio_to_sqlite3"] = ours / std::max(baseline, 1e-9);
}
BENCHMARK(BM_CliImportMembers)
    ->ArgName("phones")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Type-ahead: what a chapter lead types, letter by letter, in Latin and in Cyrillic.
void BM_SearchMembers(benchmark::State &state)
{
    const int rows = int(state.range(0));
    const QString path = bench::membersDatabase(rows);
    state.counters["db_MB"] = bench::fileMegabytes(path);
    state.counters["search_index_MB"] =
        bench::tableMegabytes(path, {QStringLiteral("member_search"), QStringLiteral("member_keys")});
    auto database = Database::open(path);
    if (!database) {
        state.SkipWithError(qPrintable(database.error()));
        return;
    }
    const MemberRepository repository(*database.value());
    const QStringList queries{
        QStringLiteral("Ts"),          QStringLiteral("Tsikh"),       QStringLiteral("Tsikhanou"),
        QStringLiteral("Ціх"),         QStringLiteral("Ціханоў"),     QStringLiteral("Тихановская"),
        QStringLiteral("kav"),         QStringLiteral("Kavalenka"),   QStringLiteral("Кавал"),
        QStringLiteral("Sviatlana K"), QStringLiteral("Светлана Ти"), QStringLiteral("zhuk"),
        QStringLiteral("Marozau"),     QStringLiteral("Морозов"),     QStringLiteral("member4242"),
        QStringLiteral("Lebiadz")};
    qint64 found = 0;
    int next = 0;
    for (auto _ : state) {
        const QList<qint64> hits = repository.search(queries.at(next), 50);
        found += hits.size();
        next = (next + 1) % queries.size();
        benchmark::DoNotOptimize(hits.data());
    }
    if (found == 0)
        state.SkipWithError("the queries found nobody");
    state.counters["hits_per_query"] = double(found) / double(state.iterations());

    // The slowest query of the list, each run a few times apart from the loop above.
    double slowestMs = 0;
    for (const QString &query : queries) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i)
            benchmark::DoNotOptimize(repository.search(query, 50).size());
        const double ms = timer.nsecsElapsed() / 5e6;
        if (qEnvironmentVariableIsSet("SUPOLKA_BENCH_QUERIES"))
            std::fprintf(stderr, "%8.3f ms  %s\n", ms, query.toUtf8().constData());
        slowestMs = std::max(slowestMs, ms);
    }
    state.counters["slowest_query_ms"] = slowestMs;
}
BENCHMARK(BM_SearchMembers)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);

// What a phone number costs to check: national numbers ("8 029 ...", with the region) through libphonenumber's full
// parser, and international ones ("+48 601 ...") through the quick path, on one thread and on two at once.
void BM_NormalizePhones(benchmark::State &state)
{
    const bool international = state.range(0) != 0;
    const int threads = int(state.range(1));
    constexpr int Count = 20000;
    QStringList numbers;
    for (int i = 0; i < Count; ++i) {
        if (!international)
            numbers.append(QStringLiteral("8 029 %1").arg(1000000 + i));
        else if (i % 3 == 0)
            numbers.append(QStringLiteral("+48 6%1 %2 %3")
                               .arg(i % 90 + 10)
                               .arg(i / 1000 % 1000, 3, 10, QLatin1Char('0'))
                               .arg(i % 1000, 3, 10, QLatin1Char('0')));
        else if (i % 3 == 1)
            numbers.append(QStringLiteral("+370 6%1").arg(1000000 + i));
        else
            numbers.append(QStringLiteral("+49 151 %1").arg(20000000 + i));
    }
    const QString region = international ? QString() : QStringLiteral("BY");
    double seconds = 0;
    for (auto _ : state) {
        std::atomic<int> valid{0};
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> workers;
        workers.reserve(size_t(threads));
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (int i = t; i < Count; i += threads) {
                    if (PhoneNormalizer::normalize(numbers.at(i), region))
                        ++valid;
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        seconds += timer.nsecsElapsed() / 1e9;
        if (valid != Count) {
            state.SkipWithError("a number was not valid");
            break;
        }
    }
    state.counters["us_per_number"] = seconds * 1e6 / (double(Count) * double(state.iterations()));
}
BENCHMARK(BM_NormalizePhones)
    ->ArgNames({"international", "threads"})
    ->Args({0, 1})
    ->Args({0, 2})
    ->Args({1, 1})
    ->Args({1, 2})
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Start-up to a usable window (the members page filled) on a database of 100,000 members, and the peak memory.
void BM_Startup(benchmark::State &state)
{
    const QString db = bench::membersDatabase(int(state.range(0)));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("SUPOLKA_MEASURE_STARTUP"), QStringLiteral("1"));
    double peakKb = 0;
    double readyMs = 0;
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                      {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")});
        process.waitForFinished(-1);
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (process.exitCode() != 0 || !json.contains(QStringLiteral("ready_ms"))) {
            state.SkipWithError("supolka did not report its start-up");
            break;
        }
        readyMs += json.value(QStringLiteral("ready_ms")).toDouble();
        peakKb = std::max(peakKb, json.value(QStringLiteral("peak_rss_kb")).toDouble());
    }
    state.counters["ready_ms"] = readyMs / double(state.iterations());
    state.counters["peak_rss_mb"] = peakKb / 1024.0;
}
BENCHMARK(BM_Startup)->Arg(100000)->Arg(1000000)->Iterations(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// The peak memory `supolka` said on standard error (SUPOLKA_MEASURE_PEAK), in megabytes; 0 when it said none.
double peakMegabytesSaid(const QByteArray &standardError)
{
    const qsizetype at = standardError.lastIndexOf("peak_rss_kb: ");
    if (at < 0)
        return 0;
    return standardError.mid(at + 13).split('\n').value(0).trimmed().toDouble() / 1024.0;
}

// `supolka import members` of 100,000 and of 1,000,000 rows: time per row (which should not grow with the file) and
// the peak memory of the process, as it says it (SUPOLKA_MEASURE_PEAK).
void BM_CliImportMembersAtScale(benchmark::State &state)
{
    const int rows = int(state.range(0));
    const QString csv = bench::membersCsv(rows, false);
    const QString dbPath = QDir(bench::scratchFolder()).filePath(QStringLiteral("scale.db"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SUPOLKA_MEASURE_PEAK"), QStringLiteral("1"));
    double seconds = 0;
    double peak = 0;
    for (auto _ : state) {
        state.PauseTiming();
        bench::removeDatabase(dbPath);
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        state.ResumeTiming();
        timer.start();
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE), {QStringLiteral("--db"), dbPath, QStringLiteral("import"),
                                                           QStringLiteral("members"), csv, QStringLiteral("--json")});
        process.waitForFinished(-1);
        seconds += timer.nsecsElapsed() / 1e9;
        peak = std::max(peak, peakMegabytesSaid(process.readAllStandardError()));
        const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (process.exitCode() != 0 || json.value(QStringLiteral("imported")).toInt() != rows) {
            state.SkipWithError("supolka import members failed");
            break;
        }
    }
    state.counters["us_per_row"] = seconds * 1e6 / double(rows) / double(state.iterations());
    state.counters["peak_rss_mb"] = peak;
}
BENCHMARK(BM_CliImportMembersAtScale)
    ->Arg(100000)
    ->Arg(1000000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// The members list at 100,000 and 1,000,000 members, as the window uses it (MemberTableModel): opening it in the
// default order, a screen of rows (40 rows, every column) at random places as a scroll bar is dragged, sorting by each
// column both ways, and each filter. Every figure is the time until the rows are there to be painted.
void BM_MembersList(benchmark::State &state)
{
    const QString path = bench::membersDatabase(int(state.range(0)));
    auto database = Database::open(path);
    if (!database) {
        state.SkipWithError("could not open the benchmark database");
        return;
    }
    MemberRepository repository(*database.value());
    double openMs = 0, screenMs = 0, filterMs = 0, filterMaxMs = 0;
    int screens = 0, filters = 0;
    bench::SortTimes sorted;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        MemberTableModel model(repository);
        bench::readScreen(model, 0);
        openMs += bench::elapsedMs(timer);

        quint32 seed = 12345;
        for (int i = 0; i < 50; ++i) {
            seed = seed * 1664525u + 1013904223u;
            timer.restart();
            bench::readScreen(model, int(seed % quint32(std::max(1, model.rowCount() - 40))));
            screenMs += bench::elapsedMs(timer);
            ++screens;
        }
        sorted.sortEveryColumn(model);
        model.sort(MemberTableModel::LastName, Qt::AscendingOrder);
        const auto filter = [&](auto apply, auto clear) {
            timer.restart();
            apply();
            bench::readScreen(model, 0);
            const double ms = bench::elapsedMs(timer);
            filterMs += ms;
            filterMaxMs = std::max(filterMaxMs, ms);
            ++filters;
            clear();
        };
        filter([&] { model.setStatusFilter(MemberStatus::Inactive); }, [&] { model.setStatusFilter(std::nullopt); });
        filter([&] { model.setStatusFilter(MemberStatus::Active); }, [&] { model.setStatusFilter(std::nullopt); });
        filter([&] { model.setCountryFilter(QStringLiteral("PL")); }, [&] { model.setCountryFilter({}); });
        filter([&] { model.setSkillFilter(QStringLiteral("lawyer")); }, [&] { model.setSkillFilter({}); });
        filter([&] { model.setSearchText(QStringLiteral("Ціх")); }, [&] { model.setSearchText({}); });
        if (model.rowCount() != state.range(0)) {
            state.SkipWithError("the list lost members");
            break;
        }
    }
    const double runs = double(state.iterations());
    state.counters["open_ms"] = openMs / runs;
    state.counters["screen_ms"] = screenMs / std::max(1, screens);
    state.counters["sort_ms"] = sorted.averageMs();
    state.counters["sort_max_ms"] = sorted.slowestMs;
    state.counters["filter_ms"] = filterMs / std::max(1, filters);
    state.counters["filter_max_ms"] = filterMaxMs;
    state.SetLabel(QStringLiteral("slowest sort: %1").arg(sorted.slowestColumn).toStdString());
}
BENCHMARK(BM_MembersList)->Arg(100000)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// The cases list with 100,000 cases, as the cases page shows it: opening it until the first screen is there, a screen
// at 50 random places as a scroll bar is dragged, sorting by each column both ways, a search typed into it and a
// filter by status; and the memory the list itself holds (the heap it gives back when it goes, not SQLite's page
// cache, which stays with the connection).
void BM_CasesList(benchmark::State &state)
{
    const QString path = bench::casesDatabase(int(state.range(0)));
    auto database = Database::open(path);
    if (!database) {
        state.SkipWithError(qPrintable(database.error()));
        return;
    }
    CaseRepository repository(*database.value());
    double openMs = 0, screenMs = 0, searchMs = 0, filterMs = 0, listMb = 0;
    int screens = 0;
    bench::SortTimes sorted;
    for (auto _ : state) {
        double heldMb = 0;
        {
            QElapsedTimer timer;
            timer.start();
            CaseTableModel model(repository);
            bench::readScreen(model, 0);
            openMs += bench::elapsedMs(timer);
            quint32 seed = 12345;
            for (int i = 0; i < 50; ++i) {
                seed = seed * 1664525u + 1013904223u;
                timer.restart();
                bench::readScreen(model, int(seed % quint32(std::max(1, model.rowCount() - 40))));
                screenMs += bench::elapsedMs(timer);
                ++screens;
            }
            sorted.sortEveryColumn(model);
            timer.restart();
            model.setSearchText(QStringLiteral("Ціх"));
            bench::readScreen(model, 0);
            searchMs += bench::elapsedMs(timer);
            model.setSearchText({});
            timer.restart();
            model.setStatusFilter(CaseStatus::New);
            bench::readScreen(model, 0);
            filterMs += bench::elapsedMs(timer);
            model.setStatusFilter(std::nullopt);
            if (model.rowCount() != state.range(0)) {
                state.SkipWithError("the list lost cases");
                break;
            }
            heldMb = bench::heapMegabytes();
        }
        listMb = std::max(listMb, heldMb - bench::heapMegabytes());
    }
    const double runs = double(state.iterations());
    state.counters["open_ms"] = openMs / runs;
    state.counters["screen_ms"] = screenMs / std::max(1, screens);
    state.counters["sort_ms"] = sorted.averageMs();
    state.counters["sort_max_ms"] = sorted.slowestMs;
    state.counters["search_ms"] = searchMs / runs;
    state.counters["filter_ms"] = filterMs / runs;
    state.counters["list_mb"] = listMb;
    state.SetLabel(QStringLiteral("slowest sort: %1").arg(sorted.slowestColumn).toStdString());
}
BENCHMARK(BM_CasesList)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// `supolka report members --json` on 100,000 and 1,000,000 members, process start included.
void BM_CliReportMembers(benchmark::State &state)
{
    const QString db = bench::membersDatabase(int(state.range(0)));
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE), {QStringLiteral("--db"), db, QStringLiteral("report"),
                                                           QStringLiteral("members"), QStringLiteral("--json")});
        process.waitForFinished(-1);
        if (process.exitCode() != 0) {
            state.SkipWithError("supolka report members failed");
            break;
        }
    }
}
BENCHMARK(BM_CliReportMembers)->Arg(100000)->Arg(1000000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// `supolka report KIND --json` on the demo data set's events and cases beside 100,000 and 1,000,000 members, process
// start included: what the members cost a report that does not read them.
void runReport(benchmark::State &state, const QString &kind)
{
    const QString db = bench::reportsDatabase(int(state.range(0)));
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE),
                      {QStringLiteral("--db"), db, QStringLiteral("report"), kind, QStringLiteral("--json")});
        process.waitForFinished(-1);
        if (process.exitCode() != 0) {
            state.SkipWithError("supolka report failed");
            break;
        }
    }
}

void BM_CliReportEvents(benchmark::State &state)
{
    runReport(state, QStringLiteral("events"));
}
BENCHMARK(BM_CliReportEvents)->Arg(100000)->Arg(1000000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CliReportCases(benchmark::State &state)
{
    runReport(state, QStringLiteral("cases"));
}
BENCHMARK(BM_CliReportCases)->Arg(100000)->Arg(1000000)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the dashboard reads from models/ when it is shown: the members' statistics and attendance per month.
void BM_DashboardStatistics(benchmark::State &state)
{
    auto database = Database::open(bench::reportsDatabase(int(state.range(0))));
    if (!database) {
        state.SkipWithError(qPrintable(database.error()));
        return;
    }
    for (auto _ : state) {
        const Result<MemberStatistics> members = MemberStatistics::compute(*database.value());
        if (!members) {
            state.SkipWithError(qPrintable(members.error()));
            break;
        }
        benchmark::DoNotOptimize(EventStatistics::attendanceByMonth(*database.value()));
    }
}
BENCHMARK(BM_DashboardStatistics)->Arg(100000)->Arg(1000000)->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace
