#include "models/demo/demodata.h"

#include <array>
#include <random>

#include <QSqlError>
#include <QTimeZone>
#include <QUuid>

#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/demo/democases.h"
#include "models/demo/demoexitpoll.h"
#include "models/events/eventrepository.h"
#include "models/events/ticketcode.h"
#include "models/members/memberrepository.h"
#include "models/members/phonenormalizer.h"

namespace supolka {

namespace {

// A name in the three spellings people use: Belarusian Cyrillic, Russian Cyrillic, passport Latin.
struct Spellings
{
    const char *belarusian;
    const char *russian;
    const char *latin;
};

struct Surname
{
    Spellings male;
    Spellings female;
};

struct Place
{
    const char *country;
    const char *city;
    const char *phonePattern; // 'N' is replaced by digits
    const char *language;     // the host country's language, if members often speak it
};

constexpr std::array<Spellings, 12> FemaleNames{{
    {"Святлана", "Светлана", "Sviatlana"},
    {"Алена", "Елена", "Alena"},
    {"Вольга", "Ольга", "Volha"},
    {"Таццяна", "Татьяна", "Tatsiana"},
    {"Марыя", "Мария", "Maryia"},
    {"Ганна", "Анна", "Hanna"},
    {"Наталля", "Наталья", "Natallia"},
    {"Юлія", "Юлия", "Yulia"},
    {"Кацярына", "Екатерина", "Katsiaryna"},
    {"Ірына", "Ирина", "Iryna"},
    {"Дар’я", "Дарья", "Darya"},
    {"Мар’яна", "Марьяна", "Maryana"},
}};

constexpr std::array<Spellings, 12> MaleNames{{
    {"Аляксандр", "Александр", "Aliaksandr"},
    {"Дзмітрый", "Дмитрий", "Dzmitry"},
    {"Сяргей", "Сергей", "Siarhei"},
    {"Андрэй", "Андрей", "Andrei"},
    {"Павел", "Павел", "Pavel"},
    {"Юрый", "Юрий", "Yury"},
    {"Міхаіл", "Михаил", "Mikhail"},
    {"Ігар", "Игорь", "Ihar"},
    {"Уладзімір", "Владимир", "Uladzimir"},
    {"Максім", "Максим", "Maksim"},
    {"Віктар", "Виктор", "Viktar"},
    {"Антон", "Антон", "Anton"},
}};

constexpr std::array<Surname, 16> Surnames{{
    {{"Каваленка", "Коваленко", "Kavalenka"}, {"Каваленка", "Коваленко", "Kavalenka"}},
    {{"Ціханоўскі", "Тихановский", "Tsikhanouski"}, {"Ціханоўская", "Тихановская", "Tsikhanouskaya"}},
    {{"Казлоў", "Козлов", "Kazlou"}, {"Казлова", "Козлова", "Kazlova"}},
    {{"Навумчык", "Навумчик", "Navumchyk"}, {"Навумчык", "Навумчик", "Navumchyk"}},
    {{"Шушкевіч", "Шушкевич", "Shushkevich"}, {"Шушкевіч", "Шушкевич", "Shushkevich"}},
    {{"Лебедзеў", "Лебедев", "Lebiadzeu"}, {"Лебедзева", "Лебедева", "Lebiadzeva"}},
    {{"Бабарыка", "Бабарико", "Babaryka"}, {"Бабарыка", "Бабарико", "Babaryka"}},
    {{"Калеснікаў", "Колесников", "Kalesnikau"}, {"Калеснікава", "Колесникова", "Kalesnikava"}},
    {{"Марозаў", "Морозов", "Marozau"}, {"Марозава", "Морозова", "Marozava"}},
    {{"Жук", "Жук", "Zhuk"}, {"Жук", "Жук", "Zhuk"}},
    {{"Багдановіч", "Богданович", "Bahdanovich"}, {"Багдановіч", "Богданович", "Bahdanovich"}},
    {{"Мацкевіч", "Мацкевич", "Matskevich"}, {"Мацкевіч", "Мацкевич", "Matskevich"}},
    {{"Сідарэвіч", "Сидоревич", "Sidarevich"}, {"Сідарэвіч", "Сидоревич", "Sidarevich"}},
    {{"Пазняк", "Позняк", "Pazniak"}, {"Пазняк", "Позняк", "Pazniak"}},
    {{"Вялічка", "Величко", "Vialichka"}, {"Вялічка", "Величко", "Vialichka"}},
    {{"Ярашэвіч", "Ярошевич", "Yarashevich"}, {"Ярашэвіч", "Ярошевич", "Yarashevich"}},
}};

constexpr std::array<Place, 16> Places{{
    {"PL", "Warszawa", "+48 60N NNN NNN", "pl"},
    {"PL", "Białystok", "+48 50N NNN NNN", "pl"},
    {"PL", "Kraków", "+48 69N NNN NNN", "pl"},
    {"LT", "Vilnius", "+370 6NN NNNNN", "lt"},
    {"LV", "Rīga", "+371 2NNN NNNN", "lv"},
    {"DE", "Berlin", "+49 151 NNNNNNNN", "de"},
    {"CZ", "Praha", "+420 60N NNN NNN", "cs"},
    {"GB", "London", "+44 7911 NNNNNN", "en"},
    {"US", "New York", "+1 212 2NN NNNN", "en"},
    {"UA", "Kyiv", "+380 67 NNN NN NN", "uk"},
    {"GE", "Tbilisi", "+995 55N NNN NNN", "ka"},
    {"SE", "Stockholm", "+46 70 NNN NN NN", "sv"},
    {"NL", "Amsterdam", "+31 6 NNNN NNNN", "nl"},
    {"FR", "Paris", "+33 6 NN NN NN NN", "fr"},
    {"EE", "Tallinn", "+372 5NNN NNNN", "et"},
    {"CA", "Toronto", "+1 416 2NN NNNN", "en"},
}};

constexpr std::array<const char *, 12> Skills{"lawyer",   "doctor",     "psychologist", "programmer",
                                              "designer", "translator", "journalist",   "driver",
                                              "teacher",  "accountant", "photographer", "organizer"};

constexpr std::array<const char *, 6> Groups{"Дапамога бежанцам", "Акцыі", "Назіранне за выбарамі", "Медыя",
                                             "Культура",          "Школа"};

constexpr int DemoMembers = 240;

QString pick(const Spellings &spellings, int script)
{
    switch (script) {
    case 0:
        return QString::fromUtf8(spellings.belarusian);
    case 1:
        return QString::fromUtf8(spellings.russian);
    default:
        return QString::fromUtf8(spellings.latin);
    }
}

QString demoUuid(const QString &name)
{
    static const QUuid demoNamespace = QUuid::fromString(QStringLiteral("{6b1c0f5e-3d2a-4f1b-9a57-5e0c2d9b7a10}"));
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

QString demoId(int number)
{
    return demoUuid(QStringLiteral("demo-member-%1").arg(number));
}

Member demoMember(int number, std::mt19937 &random)
{
    auto below = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const bool female = number % 2 == 0;
    const int script = number % 3;
    const Surname &surname = Surnames[size_t(below(int(Surnames.size())))];
    const Place &place = Places[size_t(below(int(Places.size())))];

    Member m;
    m.id = demoId(number);
    const Spellings &firstName = female ? FemaleNames[size_t(below(12))] : MaleNames[size_t(below(12))];
    const Spellings &lastName = female ? surname.female : surname.male;
    m.firstName = pick(firstName, script);
    m.lastName = pick(lastName, script);
    // One draw a statement: the order in which function arguments are evaluated differs between compilers.
    const int birthYear = 1955 + below(50);
    const int birthMonth = 1 + below(12);
    const int birthDay = 1 + below(28);
    m.birthDate = QDate(birthYear, birthMonth, birthDay);
    m.city = QString::fromUtf8(place.city);
    m.country = QString::fromLatin1(place.country);
    m.languages = {QStringLiteral("be"), QStringLiteral("ru")};
    if (below(3) > 0)
        m.languages.append(QString::fromLatin1(place.language));
    if (below(2) == 0 && !m.languages.contains(QStringLiteral("en")))
        m.languages.append(QStringLiteral("en"));

    if (below(10) < 8) {
        m.email =
            QStringLiteral("%1.%2.%3@example.org")
                .arg(QString::fromLatin1(firstName.latin).toLower(), QString::fromLatin1(lastName.latin).toLower())
                .arg(number);
    }
    if (below(10) < 7) {
        QString phone = QString::fromLatin1(place.phonePattern);
        for (QChar &c : phone) {
            if (c == u'N')
                c = QChar(u'0' + below(10));
        }
        const Result<QString> normalized = PhoneNormalizer::normalize(phone, m.country);
        if (normalized)
            m.phone = normalized.value();
    }
    const int skillCount = below(3);
    for (int i = 0; i < skillCount; ++i) {
        const QString skill = QString::fromLatin1(Skills[size_t(below(int(Skills.size())))]);
        if (!m.skills.contains(skill))
            m.skills.append(skill);
    }
    const int groupCount = 1 + below(2);
    for (int i = 0; i < groupCount; ++i) {
        const QString group = QString::fromUtf8(Groups[size_t(below(int(Groups.size())))]);
        if (!m.groups.contains(group))
            m.groups.append(group);
    }
    const int statusRoll = below(10);
    m.status = statusRoll < 7 ? MemberStatus::Active : statusRoll < 9 ? MemberStatus::Inactive : MemberStatus::Pending;
    // Most chapters grew after August 2020.
    m.joinedOn = QDate(2020, 8, 10).addDays(below(6 * 365));
    m.consent = {QStringLiteral("contact")};
    if (below(2) == 0)
        m.consent.append(QStringLiteral("newsletter"));
    if (below(3) == 0)
        m.consent.append(QStringLiteral("photos"));
    m.consentAt = isoTimestamp(m.joinedOn.startOfDay(Qt::UTC).addSecs(3600 * (9 + below(10))));
    m.consentShare = below(10) < 6;
    return m;
}

struct DemoEvent
{
    const char *title;
    EventKind kind;
    int dayOffset; // from today
    int startHourUtc;
    int startMinute;
    int durationHours;
    const char *venue;
    const char *city;
    const char *country;
    int capacity;
    int registrants;
};

constexpr std::array<DemoEvent, 7> DemoEvents{{
    {"Акцыя салідарнасці ў Варшаве", EventKind::Rally, -62, 13, 0, 3, "Plac Zamkowy", "Warszawa", "PL", 0, 46},
    {"Belarus Diaspora Forum", EventKind::Conference, -35, 8, 30, 9, "Festsaal Kreuzberg", "Berlin", "DE", 220, 64},
    {"Сустрэча суполкі ў Вільні", EventKind::Meetup, -21, 16, 0, 2, "Беларускі дом, Vokiečių g. 4", "Vilnius", "LT", 40,
     22},
    {"Дабрачынны вечар для палітвязняў", EventKind::Fundraiser, -9, 17, 0, 4, "Café Lucerna", "Praha", "CZ", 80, 34},
    {"London chapter meetup", EventKind::Meetup, 12, 18, 30, 2, "Conway Hall", "London", "GB", 50, 19},
    {"Пікет каля амбасады ў Вільні", EventKind::Rally, 30, 10, 0, 3, "Katedros aikštė", "Vilnius", "LT", 0, 31},
    {"Charity concert for political prisoners", EventKind::Fundraiser, 47, 17, 30, 3, "Klub Hydrozagadka", "Warszawa",
     "PL", 150, 27},
}};

constexpr std::array<const char *, 2> DoorStations{"Hanna on door-1", "Pavel on door-2"};

struct DemoMember
{
    qint64 pk = 0;
    QString city;
};

// The demo members as stored (those that could be), by their number.
QList<DemoMember> storedDemoMembers(Database &database)
{
    QList<DemoMember> found;
    MemberRepository members(database);
    for (int number = 1; number <= DemoMembers; ++number) {
        if (const std::optional<Member> m = members.findById(demoId(number)); m && !m->isDeleted())
            found.append({m->pk, m->city});
    }
    return found;
}

QString demoTicketCode(std::mt19937 &random)
{
    const QString alphabet = ticketcode::alphabet();
    QString code;
    for (int i = 0; i < ticketcode::Length; ++i)
        code += alphabet.at(int(random() % unsigned(alphabet.size())));
    return code;
}

// A guest who is not a member: a name in one of the three spellings, sometimes an e-mail address or a phone.
Registration demoGuest(const DemoEvent &event, std::mt19937 &random)
{
    auto below = [&random](int n) {
        return int(random() % unsigned(n));
    };
    const bool female = below(2) == 0;
    const int script = below(3);
    const Spellings &first = female ? FemaleNames[size_t(below(12))] : MaleNames[size_t(below(12))];
    const Surname &surname = Surnames[size_t(below(int(Surnames.size())))];
    const Spellings &last = female ? surname.female : surname.male;
    Registration r;
    r.guestName = pick(first, script) + QLatin1Char(' ') + pick(last, script);
    if (below(3) > 0) {
        r.guestEmail = QStringLiteral("%1.%2.%3@example.net")
                           .arg(QString::fromLatin1(first.latin).toLower(), QString::fromLatin1(last.latin).toLower())
                           .arg(below(1000));
    }
    if (below(2) == 0) {
        for (const Place &place : Places) {
            if (QLatin1String(place.city) != QLatin1String(event.city))
                continue;
            QString phone = QString::fromLatin1(place.phonePattern);
            for (QChar &c : phone) {
                if (c == u'N')
                    c = QChar(u'0' + below(10));
            }
            if (const Result<QString> e164 = PhoneNormalizer::normalize(phone, QString::fromLatin1(event.country)))
                r.guestPhone = e164.value();
            break;
        }
    }
    return r;
}

// The events of the demo with their registrations. Past ones have check-ins spread over their first hour and a
// few walk-ins; about one registration in twelve is cancelled.
Status loadDemoEvents(Database &database, const QDate &today, DemoData::Summary &summary)
{
    std::mt19937 random(20200816);
    auto below = [&random](int n) {
        return int(random() % unsigned(n));
    };
    EventRepository events(database);
    const QList<DemoMember> members = storedDemoMembers(database);
    for (int number = 0; number < int(DemoEvents.size()); ++number) {
        const DemoEvent &spec = DemoEvents[size_t(number)];
        Event event;
        event.id = demoUuid(QStringLiteral("demo-event-%1").arg(number + 1));
        if (events.findEventById(event.id))
            continue;
        event.title = QString::fromUtf8(spec.title);
        event.kind = spec.kind;
        event.startsAt = QDateTime(today.addDays(spec.dayOffset), QTime(spec.startHourUtc, spec.startMinute), Qt::UTC);
        event.endsAt = event.startsAt.addSecs(3600 * spec.durationHours);
        event.venue = QString::fromUtf8(spec.venue);
        event.city = QString::fromUtf8(spec.city);
        event.country = QString::fromLatin1(spec.country);
        event.capacity = spec.capacity;
        event.createdAt = isoTimestamp(event.startsAt.addDays(-40));
        event.updatedAt = event.createdAt;
        Result<Event> added = events.addEvent(event);
        if (!added)
            return Status::failure(added.error());
        event = added.value();
        const bool past = spec.dayOffset < 0;

        // Members of the event's city first, then others, and about a third guests.
        QList<qint64> local;
        QList<qint64> others;
        for (const DemoMember &m : members)
            (m.city == event.city ? local : others).append(m.pk);
        // Fisher-Yates by hand: std::shuffle draws differently on each standard library.
        for (QList<qint64> *list : {&local, &others}) {
            for (qsizetype i = list->size() - 1; i > 0; --i)
                list->swapItemsAt(i, below(int(i) + 1));
        }
        QList<qint64> chosen = local.mid(0, spec.registrants / 2);
        chosen += others.mid(0, spec.registrants * 2 / 3 - int(chosen.size()));

        QList<Registration> registrations;
        auto add = [&](Registration r, bool walkIn) {
            const int serial = int(registrations.size()) + 1;
            r.id = demoUuid(QStringLiteral("demo-registration-%1-%2").arg(number + 1).arg(serial));
            r.eventPk = event.pk;
            r.ticketCode = demoTicketCode(random);
            r.origin = database.chapterCode();
            const QDateTime firstHour = event.startsAt.addSecs(below(3600));
            if (walkIn) {
                r.walkIn = true;
                r.checkedInAt = isoTimestamp(firstHour.addMSecs(below(1000)));
                r.checkedInBy = QString::fromLatin1(DoorStations[size_t(below(2))]);
                r.consent = {QStringLiteral("contact")};
                if (below(2) == 0)
                    r.consent.append(QStringLiteral("photos"));
                r.consentAt = r.checkedInAt;
                r.createdAt = r.checkedInAt;
            } else {
                r.createdAt = isoTimestamp(event.startsAt.addSecs(-3600 * (2 + below(24 * 30))));
                if (below(12) == 0)
                    r.status = RegistrationStatus::Cancelled;
                else if (past && below(10) < 8) {
                    r.checkedInAt = isoTimestamp(firstHour.addMSecs(below(1000)));
                    r.checkedInBy = QString::fromLatin1(DoorStations[size_t(below(2))]);
                }
            }
            r.updatedAt = r.checkedInAt.isEmpty() ? r.createdAt : r.checkedInAt;
            registrations.append(r);
        };
        for (const qint64 pk : std::as_const(chosen)) {
            Registration r;
            r.memberPk = pk;
            add(r, false);
        }
        while (registrations.size() < spec.registrants)
            add(demoGuest(spec, random), false);
        if (past) {
            const int walkIns = 2 + below(4);
            for (int i = 0; i < walkIns; ++i)
                add(demoGuest(spec, random), true);
        }
        if (Status status = events.addRegistrations(registrations); !status)
            return status;
        ++summary.events;
        summary.registrations += int(registrations.size());
    }
    return {};
}

} // namespace

Result<DemoData::Summary> DemoData::load(Database &database)
{
    return load(database, QDate::currentDate());
}

Result<DemoData::Summary> DemoData::load(Database &database, const QDate &today)
{
    using R = Result<Summary>;
    std::mt19937 random(20200809);
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return R::failure(tr("Could not start writing the demo data."));
    MemberLookup lookup = MemberLookup::load(database);
    MemberBulkWriter writer(database);
    Summary summary;
    for (int number = 1; number <= DemoMembers; ++number) {
        Member member = demoMember(number, random);
        if (lookup.knowsId(member.id) || lookup.deletedIds.contains(member.id))
            continue;
        if (!MemberRepository::normalizeAndValidate(member).isEmpty())
            continue;
        member.createdAt = isoTimestamp(member.joinedOn.startOfDay(Qt::UTC));
        member.updatedAt = member.createdAt;
        if (Status status = writer.insert(member); !status)
            return R::failure(tr("Could not write the demo data: %1").arg(status.error()));
        ++summary.members;
    }
    if (Status status = loadDemoEvents(database, today, summary); !status)
        return R::failure(tr("Could not write the demo data: %1").arg(status.error()));
    const Result<int> cases = DemoCases::load(database);
    if (!cases)
        return R::failure(cases.error());
    summary.cases = cases.value();
    const Result<int> stations = DemoExitPoll::load(database);
    if (!stations)
        return R::failure(stations.error());
    summary.stations = stations.value();
    if (!transaction.commit())
        return R::failure(tr("Could not save the demo data: %1").arg(transaction.error()));
    return summary;
}

} // namespace supolka
