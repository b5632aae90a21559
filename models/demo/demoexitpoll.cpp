#include "models/demo/demoexitpoll.h"

#include <array>
#include <random>

#include <QSqlError>

#include "models/db/database.h"
#include "models/db/savepoint.h"
#include "models/exitpoll/exitpollrepository.h"

namespace supolka {

namespace {

struct DemoStation
{
    const char *city;
    const char *country;
    int registered;
    int supportPercent; // share of the exit poll's answers for Tsikhanouskaya
};

// Stations 75-118 in the order of their numbers.
constexpr std::array<DemoStation, 44> Stations{{
    {"Warszawa", "PL", 2400, 90},  {"Białystok", "PL", 900, 88},
    {"Gdańsk", "PL", 700, 89},     {"Vilnius", "LT", 2900, 91},
    {"Riga", "LV", 1300, 84},      {"Daugavpils", "LV", 600, 78},
    {"Tallinn", "EE", 500, 86},    {"Berlin", "DE", 1400, 92},
    {"München", "DE", 800, 90},    {"Praha", "CZ", 1200, 91},
    {"London", "GB", 1500, 93},    {"Paris", "FR", 900, 92},
    {"Bruxelles", "BE", 500, 90},  {"Den Haag", "NL", 600, 91},
    {"Wien", "AT", 700, 90},       {"Roma", "IT", 800, 85},
    {"Madrid", "ES", 400, 89},     {"Stockholm", "SE", 500, 93},
    {"Helsinki", "FI", 300, 91},   {"Kyiv", "UA", 1800, 87},
    {"Moskva", "RU", 3000, 68},    {"Sankt-Peterburg", "RU", 1600, 72},
    {"Tbilisi", "GE", 600, 88},    {"Tel Aviv", "IL", 900, 80},
    {"Washington", "US", 700, 94}, {"New York", "US", 1100, 93},
    {"Ottawa", "CA", 400, 92},     {"Beijing", "CN", 500, 75},
    {"Bern", "CH", 300, 92},       {"Oslo", "NO", 300, 91},
    {"København", "DK", 300, 90},  {"Budapest", "HU", 300, 86},
    {"Bratislava", "SK", 300, 87}, {"Sofia", "BG", 300, 84},
    {"Bucureşti", "RO", 300, 85},  {"Ankara", "TR", 400, 80},
    {"Baku", "AZ", 300, 70},       {"Yerevan", "AM", 300, 74},
    {"Chişinău", "MD", 400, 79},   {"Astana", "KZ", 600, 71},
    {"Tashkent", "UZ", 300, 69},   {"Abu Dhabi", "AE", 400, 83},
    {"Tokyo", "JP", 300, 90},      {"Brasília", "BR", 300, 88},
}};

} // namespace

QString DemoExitPoll::electionName()
{
    return tr("Presidential election 2020 (demo)");
}

Result<int> DemoExitPoll::load(Database &database)
{
    using R = Result<int>;
    ExitPollRepository repository(database);
    if (repository.findElection(electionName()))
        return 0;
    // A savepoint, so that the whole demo data set can be loaded in one transaction.
    Savepoint savepoint(database.connection());
    if (!savepoint.isActive())
        return R::failure(tr("Could not start writing the demo data."));
    const Result<Election> election = repository.ensureElection(electionName());
    if (!election)
        return R::failure(election.error());
    const QStringList options{QStringLiteral("Tsikhanouskaya"), QStringLiteral("Lukashenka"),
                              QStringLiteral("Kanapatskaya"),   QStringLiteral("Dmitriyeu"),
                              QStringLiteral("Cherachen"),      tr("Against all")};
    QList<qint64> keys;
    for (const QString &option : options) {
        const Result<qint64> key = repository.ensureOption(election->pk, option);
        if (!key)
            return R::failure(key.error());
        keys.append(key.value());
    }
    std::mt19937 random(20200809);
    auto below = [&random](int bound) {
        return int(random() % unsigned(bound));
    };
    int added = 0;
    for (int i = 0; i < int(Stations.size()); ++i) {
        const DemoStation &demo = Stations[size_t(i)];
        const Result<PollingStation> station =
            repository.ensureStation(election->pk, QString::number(75 + i), QString::fromUtf8(demo.city),
                                     QString::fromLatin1(demo.country), demo.registered);
        if (!station)
            return R::failure(station.error());
        ++added;
        // Turnout abroad was high: 55-90% of the list, and more than a half of the voters answered.
        const int turnoutPercent = 55 + below(36);
        const qint64 voters = qint64(demo.registered) * turnoutPercent / 100;
        const bool polled = i % 11 != 10; // four stations without volunteers
        QList<qint64> answers(options.size(), 0);
        if (polled) {
            const qint64 respondents = voters * (50 + below(25)) / 100;
            answers[0] = respondents * demo.supportPercent / 100;
            answers[1] = respondents * (3 + below(6)) / 100;
            answers[2] = respondents * (1 + below(2)) / 100;
            answers[3] = respondents * below(2) / 100;
            answers[4] = respondents * below(2) / 100;
            qint64 rest = respondents;
            for (const qint64 a : answers)
                rest -= a;
            answers[5] = std::max<qint64>(0, rest);
            const qint64 refused = respondents * (2 + below(5)) / 100;
            // Over two shifts, as volunteers took turns at the door.
            for (qsizetype o = 0; o < options.size(); ++o) {
                const qint64 morning = answers[o] * (40 + below(20)) / 100;
                if (!repository.setShiftCount(station->pk, tr("morning"), keys[o], morning) ||
                    !repository.setShiftCount(station->pk, tr("afternoon"), keys[o], answers[o] - morning))
                    return R::failure(tr("Could not write the demo data."));
            }
            if (!repository.setShiftCount(station->pk, tr("morning"), ExitPollRepository::Refused, refused))
                return R::failure(tr("Could not write the demo data."));
        }
        // Protocols were published for only some stations; at a third of those the official result is the
        // opposite of what voters said at the door.
        if (i % 3 == 2)
            continue;
        const bool contradicts = i % 4 == 0;
        const qint64 cast = contradicts ? voters + voters / 10 : voters;
        const qint64 spoiled = cast * (1 + below(2)) / 100;
        QList<qint64> votes(options.size(), 0);
        const qint64 valid = cast - spoiled;
        if (contradicts) {
            votes[0] = valid * (12 + below(15)) / 100;
            votes[2] = valid * 2 / 100;
            votes[3] = valid * 1 / 100;
            votes[4] = valid * 1 / 100;
            votes[5] = valid * 5 / 100;
        } else {
            qint64 named = 0;
            for (const qint64 a : answers)
                named += a;
            // An honest protocol follows what voters said, give or take the sample.
            for (qsizetype o = 0; o < options.size(); ++o)
                votes[o] = named > 0 ? valid * answers[o] / named : (o == 0 ? valid * 85 / 100 : 0);
        }
        qint64 others = 0;
        for (qsizetype o = 0; o < options.size(); ++o) {
            if (o != 1)
                others += votes[o];
        }
        votes[1] = valid - others;
        QHash<qint64, std::optional<qint64>> byOption;
        for (qsizetype o = 0; o < options.size(); ++o)
            byOption.insert(keys[o], votes[o]);
        // Two protocols leave the spoiled ballots out: unknown, never zero.
        const std::optional<qint64> spoiledKnown = i == 4 || i == 13 ? std::nullopt : std::optional<qint64>(spoiled);
        if (!repository.setOfficial(station->pk, demo.registered, cast, spoiledKnown, byOption))
            return R::failure(tr("Could not write the demo data."));
        // Observers stood at some of the contradicting stations, counted voters and collected photographed
        // ballots.
        if (contradicts && polled) {
            QHash<qint64, std::optional<qint64>> seen{{keys[0], answers[0] * 6 / 10}};
            if (!repository.setVerified(station->pk, voters, seen))
                return R::failure(tr("Could not write the demo data."));
        }
    }
    if (!savepoint.release())
        return R::failure(tr("Could not save the demo data: %1").arg(savepoint.error()));
    return added;
}

} // namespace supolka
