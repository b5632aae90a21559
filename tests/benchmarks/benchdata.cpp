#include "tests/benchmarks/benchdata.h"

#include <algorithm>
#include <array>

#include <benchmark/benchmark.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QAbstractItemModel>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "models/cases/caserepository.h"
#include "models/csv/csvwriter.h"
#include "models/db/database.h"
#include "models/demo/demodata.h"
#include "models/events/eventrepository.h"
#include "models/members/memberimporter.h"

namespace supolka::bench {

namespace {

constexpr std::array<const char *, 18> FirstNames{
    "Святлана", "Светлана", "Sviatlana", "Аляксандр", "Александр", "Aliaksandr", "Вольга", "Ольга",  "Volha",
    "Дзмітрый", "Дмитрий",  "Dzmitry",   "Марыя",     "Мария",     "Maryia",     "Сяргей", "Сергей", "Siarhei"};
constexpr std::array<const char *, 18> LastNames{
    "Ціханоўская", "Тихановская", "Tsikhanouskaya", "Каваленка", "Коваленко", "Kavalenka",
    "Казлова",     "Козлова",     "Kazlova",        "Лебедзеў",  "Лебедев",   "Lebiadzeu",
    "Жук",         "Жук",         "Zhuk",           "Марозаў",   "Морозов",   "Marozau"};
// Surnames are built from a root and an ending, in Belarusian Cyrillic or in Latin, so that a surname is shared by
// a few hundred people as in a real chapter, not by thousands.
constexpr std::array<std::array<const char *, 2>, 30> Roots{{
    {"Кавал", "Kaval"},     {"Казл", "Kazl"},      {"Лебедз", "Lebiadz"}, {"Мароз", "Maroz"}, {"Багдан", "Bahdan"},
    {"Сідар", "Sidar"},     {"Пазн", "Pazn"},      {"Мацк", "Matsk"},     {"Навум", "Navum"}, {"Шушк", "Shushk"},
    {"Ярош", "Yarosh"},     {"Бабар", "Babar"},    {"Калесн", "Kalesn"},  {"Грыш", "Hrysh"},  {"Дуд", "Dud"},
    {"Зянк", "Ziank"},      {"Ігнат", "Ihnat"},    {"Кулеш", "Kulesh"},   {"Лыс", "Lys"},     {"Міхалк", "Mikhalk"},
    {"Несцяр", "Nestsiar"}, {"Пятр", "Piatr"},     {"Раман", "Raman"},    {"Сакал", "Sakal"}, {"Ціхан", "Tsikhan"},
    {"Фядос", "Fiados"},    {"Хадкев", "Khadkev"}, {"Цвірк", "Tsvirk"},   {"Чарн", "Charn"},  {"Шыдл", "Shydl"},
}};
constexpr std::array<std::array<const char *, 2>, 8> Endings{{
    {"енка", "enka"},
    {"евіч", "evich"},
    {"ук", "uk"},
    {"чык", "chyk"},
    {"оўскі", "ouski"},
    {"ік", "ik"},
    {"ёнак", "ionak"},
    {"ец", "ets"},
}};

QString surnameFor(int i)
{
    const int person = i / 7;
    if (person % 3 == 0)
        return QString::fromUtf8(LastNames[size_t(person % 18)]);
    const auto &root = Roots[size_t(person % 30)];
    const auto &ending = Endings[size_t(person / 30 % 8)];
    const size_t script = size_t(person % 2);
    return QString::fromUtf8(root[script]) + QString::fromUtf8(ending[script]);
}

constexpr std::array<const char *, 6> Countries{"PL", "LT", "DE", "CZ", "GB", "US"};
constexpr std::array<const char *, 6> Cities{"Warszawa", "Vilnius", "Berlin", "Praha", "London", "New York"};
constexpr std::array<const char *, 6> Skills{"lawyer", "doctor", "programmer", "translator", "teacher", "driver"};

QString phoneFor(int i)
{
    // Unique, valid numbers; every other one in the national format the country's people write.
    switch (i % 3) {
    case 0:
        return QStringLiteral("+48 60%1 %2 %3")
            .arg(i % 10)
            .arg(i / 1000 % 1000, 3, 10, QLatin1Char('0'))
            .arg(i % 1000, 3, 10, QLatin1Char('0'));
    case 1:
        return QStringLiteral("+370 6%1").arg(i % 10000000, 7, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("+49 151 %1").arg(i + 20000000, 8, 10, QLatin1Char('0'));
    }
}

} // namespace

QString scratchFolder()
{
    static QTemporaryDir folder;
    return folder.path();
}

QString membersCsv(int rows, bool withPhones)
{
    const QString path = QDir(scratchFolder()).filePath(QStringLiteral("members-%1-%2.csv").arg(rows).arg(withPhones));
    if (QFile::exists(path))
        return path;
    QStringList header{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                       QStringLiteral("city"),       QStringLiteral("country"),   QStringLiteral("birth_date"),
                       QStringLiteral("skills"),     QStringLiteral("status"),    QStringLiteral("joined_on")};
    if (withPhones)
        header.insert(3, QStringLiteral("phone"));
    QList<QStringList> records;
    records.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const int script = i % 3;
        const int person = (i / 3) % 6;
        QStringList row{QString::fromUtf8(FirstNames[size_t(person) * 3 + size_t(script)]), surnameFor(i),
                        QStringLiteral("member%1@example.org").arg(i), QString::fromUtf8(Cities[size_t(i % 6)]),
                        QString::fromLatin1(Countries[size_t(i % 6)]),
                        QDate(1950, 1, 1).addDays(i % 20000).toString(Qt::ISODate),
                        QString::fromLatin1(Skills[size_t(i % 6)]),
                        // Most are active; some left, some are yet to be confirmed, as in a real chapter.
                        i % 7 == 3    ? QStringLiteral("inactive")
                        : i % 11 == 5 ? QStringLiteral("pending")
                                      : QStringLiteral("active"),
                        QDate(2020, 8, 9).addDays(i % 2000).toString(Qt::ISODate)};
        if (withPhones)
            row.insert(3, phoneFor(i));
        records.append(row);
    }
    const Status written = writeCsvFile(path, header, records, CsvProfile::Plain);
    if (!written)
        qFatal("Could not write the benchmark CSV: %s", qPrintable(written.error()));
    return path;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock", ".encrypting"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

QString membersDatabase(int rows)
{
    const QString path = QDir(scratchFolder()).filePath(QStringLiteral("members-%1.db").arg(rows));
    if (QFile::exists(path))
        return path;
    auto database = Database::open(path);
    if (!database)
        qFatal("Could not open the benchmark database: %s", qPrintable(database.error()));
    const Result<ImportReport> report = MemberImporter::importFile(*database.value(), membersCsv(rows, false), {});
    if (!report || report->imported != rows)
        qFatal("The benchmark import failed: %s", qPrintable(report ? QStringLiteral("rows missing") : report.error()));
    return path;
}

QString reportsDatabase(int rows)
{
    const QString path = QDir(scratchFolder()).filePath(QStringLiteral("reports-%1.db").arg(rows));
    if (QFile::exists(path))
        return path;
    if (!QFile::copy(membersDatabase(rows), path))
        qFatal("Could not copy the benchmark members database");
    auto database = Database::open(path);
    if (!database)
        qFatal("Could not open the benchmark database: %s", qPrintable(database.error()));
    if (const auto loaded = DemoData::load(*database.value(), QDate(2026, 12, 7)); !loaded)
        qFatal("Could not load the demo data: %s", qPrintable(loaded.error()));
    return path;
}

QString casesDatabase(int cases)
{
    const QString path = QDir(scratchFolder()).filePath(QStringLiteral("cases-%1.db").arg(cases));
    if (QFile::exists(path))
        return path;
    if (!QFile::copy(membersDatabase(cases), path))
        qFatal("Could not copy the benchmark members database");
    auto database = Database::open(path);
    if (!database)
        qFatal("Could not open the benchmark database: %s", qPrintable(database.error()));
    CaseRepository repository(*database.value());
    const QStringList needs{QStringLiteral("legal"), QStringLiteral("medical"), QStringLiteral("housing"),
                            QStringLiteral("financial"), QStringLiteral("psychological")};
    QSqlDatabase db = database.value()->connection();
    db.transaction();
    for (int i = 0; i < cases; ++i) {
        AidCase aidCase;
        // Two in three are members; the rest people who are not, named in either script.
        if (i % 3 != 2)
            aidCase.memberPk = i + 1;
        else
            aidCase.personName = guestName(i);
        aidCase.needs = {needs.at(i % needs.size())};
        if (i % 4 == 0)
            aidCase.needs.append(needs.at((i / 4) % needs.size()));
        aidCase.needs.removeDuplicates();
        aidCase.priority = i % 10 == 0 ? CasePriority::Urgent : CasePriority::Normal;
        aidCase.summary = QStringLiteral("Case %1").arg(i);
        aidCase.openedOn = QDate(2024, 1, 1).addDays(i % 700);
        if (i % 5 == 0)
            aidCase.dueOn = aidCase.openedOn.addDays(30);
        aidCase.assigneePk = i % 7 == 0 ? 0 : (i * 13) % cases + 1;
        const Result<AidCase> added = repository.add(aidCase, QStringLiteral("benchmark"));
        if (!added)
            qFatal("Could not add a benchmark case: %s", qPrintable(added.error()));
    }
    db.commit();
    return path;
}

void readScreen(const QAbstractItemModel &model, int first)
{
    size_t characters = 0;
    for (int row = first; row < std::min(model.rowCount(), first + 40); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            characters += size_t(model.index(row, column).data().toString().size());
    }
    benchmark::DoNotOptimize(characters);
}

double heapMegabytes()
{
#ifdef __GLIBC__
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void SortTimes::sortEveryColumn(QAbstractItemModel &model)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            QElapsedTimer timer;
            timer.start();
            model.sort(column, order);
            readScreen(model, 0);
            const double ms = elapsedMs(timer);
            totalMs += ms;
            if (ms > slowestMs) {
                slowestMs = ms;
                slowestColumn = model.headerData(column, Qt::Horizontal).toString();
            }
            ++sorts;
        }
    }
}

QString guestName(int i)
{
    const int script = i % 3; // Belarusian Cyrillic, Russian Cyrillic, Latin
    const int person = (i / 3) % 6;
    const QString first = QString::fromUtf8(FirstNames[size_t(person) * 3 + size_t(script)]);
    const int family = i / 18;
    if (family % 3 == 0)
        return first + QLatin1Char(' ') + QString::fromUtf8(LastNames[size_t(family % 6) * 3 + size_t(script)]);
    const size_t latin = script == 2 ? 1 : 0;
    const auto &root = Roots[size_t(family % 30)];
    const auto &ending = Endings[size_t(family / 30 % 8)];
    return first + QLatin1Char(' ') + QString::fromUtf8(root[latin]) + QString::fromUtf8(ending[latin]);
}

QString checkinDatabase(int registrants)
{
    const QString path = QDir(scratchFolder()).filePath(QStringLiteral("checkin-%1.db").arg(registrants));
    if (QFile::exists(path))
        return path;
    if (!QFile::copy(membersDatabase(registrants), path))
        qFatal("Could not copy the benchmark members database");
    auto database = Database::open(path);
    if (!database)
        qFatal("Could not open the benchmark database: %s", qPrintable(database.error()));
    EventRepository events(*database.value());
    Event event;
    event.title = QStringLiteral("Door benchmark");
    event.kind = EventKind::Conference;
    event.startsAt = QDateTime(QDate(2026, 8, 9), QTime(10, 0), Qt::UTC);
    event.city = QStringLiteral("Warszawa");
    event.country = QStringLiteral("PL");
    const Result<Event> added = events.addEvent(event);
    if (!added)
        qFatal("Could not add the benchmark event: %s", qPrintable(added.error()));

    const int memberCount = registrants / 5 * 3;
    QList<qint64> memberPks;
    memberPks.reserve(memberCount);
    QSqlQuery query(database.value()->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT pk FROM members ORDER BY pk LIMIT ?"));
    query.addBindValue(memberCount);
    if (!query.exec())
        qFatal("Could not read the benchmark members");
    while (query.next())
        memberPks.append(query.value(0).toLongLong());
    query.finish();

    QList<Registration> registrations(registrants);
    for (int i = 0; i < registrants; ++i) {
        Registration &r = registrations[i];
        r.eventPk = added->pk;
        if (i < memberPks.size()) {
            r.memberPk = memberPks.at(i);
        } else {
            r.guestName = guestName(i);
            r.guestEmail = QStringLiteral("guest%1@example.net").arg(i);
            r.guestPhone = QStringLiteral("+4860%1").arg(i, 7, 10, QLatin1Char('0'));
        }
        if (i % 50 == 0)
            r.status = RegistrationStatus::Cancelled;
    }
    if (const Status status = events.addRegistrations(registrations); !status)
        qFatal("Could not add the benchmark registrations: %s", qPrintable(status.error()));
    return path;
}

double fileMegabytes(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

double tableMegabytes(const QString &databasePath, const QStringList &prefixes)
{
    const QString connection = QStringLiteral("bench-dbstat");
    double bytes = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))) {
                while (query.next()) {
                    const QString name = query.value(0).toString();
                    if (std::any_of(prefixes.cbegin(), prefixes.cend(),
                                    [&name](const QString &prefix) { return name.startsWith(prefix); }))
                        bytes += query.value(1).toDouble();
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return bytes / (1024.0 * 1024.0);
}

} // namespace supolka::bench
