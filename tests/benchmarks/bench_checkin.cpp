// The door at a big event: type-ahead over 100,000 registrants (members and guests, names in Belarusian and Russian
// Cyrillic and in Latin) as the person at the door types, letter by letter, and as a scanner sends a ticket code.
#include <algorithm>
#include <cstdio>

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QSqlQuery>

#include "models/db/database.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationtablemodel.h"
#include "models/events/ticketcode.h"
#include "tests/benchmarks/benchdata.h"

using namespace supolka;

namespace {

// Every start of `word` from `from` letters on: what the search field holds while it is typed.
QStringList typing(const QString &word, int from = 1)
{
    QStringList prefixes;
    for (qsizetype length = from; length <= word.size(); ++length)
        prefixes.append(word.left(length));
    return prefixes;
}

void BM_CheckinSearch(benchmark::State &state)
{
    const int registrants = int(state.range(0));
    const QString path = bench::checkinDatabase(registrants);
    state.counters["db_MB"] = bench::fileMegabytes(path);
    state.counters["door_index_MB"] =
        bench::tableMegabytes(path, {QStringLiteral("registration_search"), QStringLiteral("registration_keys")});
    auto database = Database::open(path);
    if (!database) {
        state.SkipWithError(qPrintable(database.error()));
        return;
    }
    const EventRepository repository(*database.value());
    const Result<Event> event = repository.findEventByIdOrTitle(QStringLiteral("Door benchmark"));
    if (!event) {
        state.SkipWithError(qPrintable(event.error()));
        return;
    }

    QStringList tickets;
    QSqlQuery codes(database.value()->connection());
    codes.prepare(QStringLiteral("SELECT ticket_code FROM registrations WHERE event_pk = ? AND pk % 9973 = 17"));
    codes.addBindValue(event->pk);
    if (codes.exec()) {
        while (codes.next() && tickets.size() < 4)
            tickets.append(codes.value(0).toString());
    }
    codes.finish();
    if (tickets.isEmpty()) {
        state.SkipWithError("no ticket codes");
        return;
    }

    QStringList queries;
    queries << typing(QStringLiteral("Tsikhanouskaya")) << typing(QStringLiteral("Ціханоўская"))
            << typing(QStringLiteral("Тихановская")) << typing(QStringLiteral("Kavalenka"))
            << typing(QStringLiteral("Каваленка")) << typing(QStringLiteral("Siarhei Marozau"), 8)
            << typing(QStringLiteral("Вольга Казл"), 7) << typing(QStringLiteral("member4242@"))
            << typing(QStringLiteral("guest77777@"), 3) << typing(QStringLiteral("+48 600 077 777"), 3);
    for (const QString &code : std::as_const(tickets)) {
        queries << ticketcode::display(code) << code.toLower(); // a scanner: the whole code at once
    }

    qint64 found = 0;
    qint64 ticketMisses = 0;
    int next = 0;
    for (auto _ : state) {
        const QString &query = queries.at(next);
        const QList<Registration> hits = repository.search(event->pk, query);
        found += hits.size();
        if (query.size() >= ticketcode::Length && !ticketcode::normalize(query).isEmpty() &&
            tickets.contains(ticketcode::normalize(query)) && hits.size() != 1)
            ++ticketMisses;
        next = (next + 1) % int(queries.size());
        benchmark::DoNotOptimize(hits.data());
    }
    if (found == 0)
        state.SkipWithError("the queries found nobody");
    if (ticketMisses > 0)
        state.SkipWithError("a whole ticket code did not find exactly one registration");
    state.counters["queries"] = double(queries.size());
    state.counters["hits_per_query"] = double(found) / double(state.iterations());

    // The slowest query of the list, each run a few times apart from the loop above.
    double slowestMs = 0;
    for (const QString &query : std::as_const(queries)) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i)
            benchmark::DoNotOptimize(repository.search(event->pk, query).size());
        const double ms = timer.nsecsElapsed() / 5e6;
        if (qEnvironmentVariableIsSet("SUPOLKA_BENCH_QUERIES"))
            std::fprintf(stderr, "%8.3f ms  %s\n", ms, query.toUtf8().constData());
        slowestMs = std::max(slowestMs, ms);
    }
    state.counters["slowest_query_ms"] = slowestMs;
}
BENCHMARK(BM_CheckinSearch)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMicrosecond);

// The registrations list of one event with 100,000 registrants, as the events page shows it (RegistrationTableModel,
// windowed): opening the event until the first screen is there, a screen at 50 places, sorting by each column both
// ways, and three searches typed into it.
void BM_RegistrationsList(benchmark::State &state)
{
    const QString path = bench::checkinDatabase(int(state.range(0)));
    auto database = Database::open(path);
    if (!database) {
        state.SkipWithError(qPrintable(database.error()));
        return;
    }
    EventRepository repository(*database.value());
    const Result<Event> event = repository.findEventByIdOrTitle(QStringLiteral("Door benchmark"));
    if (!event) {
        state.SkipWithError(qPrintable(event.error()));
        return;
    }
    double openMs = 0, screenMs = 0, filterMs = 0, filterMaxMs = 0;
    int screens = 0, filters = 0;
    bench::SortTimes sorted;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        RegistrationTableModel model(repository);
        model.sort(RegistrationTableModel::Name);
        model.setEventPk(event->pk);
        bench::readScreen(model, 0);
        openMs += bench::elapsedMs(timer);
        // A screen anywhere: what scrolling costs.
        for (int i = 0; i < 50; ++i) {
            timer.restart();
            bench::readScreen(model, int((qint64(i) * 7919 * 131) % qMax(1, model.rowCount())));
            screenMs += bench::elapsedMs(timer);
            ++screens;
        }
        sorted.sortEveryColumn(model);
        // Searches: a surname in another script, a given name's start, a ticket code's start.
        for (const QString &text : {QStringLiteral("Ціх"), QStringLiteral("Ale"), QStringLiteral("K7")}) {
            timer.restart();
            model.setSearchText(text);
            bench::readScreen(model, 0);
            const double ms = bench::elapsedMs(timer);
            filterMs += ms;
            filterMaxMs = std::max(filterMaxMs, ms);
            ++filters;
            model.setSearchText({});
        }
        if (model.rowCount() != state.range(0)) {
            state.SkipWithError("the list lost registrations");
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
}
BENCHMARK(BM_RegistrationsList)->Arg(100000)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
