// Given names in every form: a person stored under one form of a name is found by every other form of it, both
// ways, on the members page and at the door (the table is models/text/givennames.txt).
#include <gtest/gtest.h>

#include <QFile>
#include <QSet>

#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"
#include "models/text/givennames.h"
#include "models/text/namekey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

// The table's lines as written: the forms of each name, without the diminutive mark.
QList<QStringList> tableLines()
{
    QList<QStringList> lines;
    QFile file(QStringLiteral(SUPOLKA_SOURCE_DIR "/models/text/givennames.txt"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        QStringList forms;
        for (QString form : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            forms.append(form.remove(QLatin1Char('~')));
        lines.append(forms);
    }
    return lines;
}

Member person(const QString &first, const QString &last)
{
    Member member;
    member.firstName = first;
    member.lastName = last;
    return member;
}

} // namespace

// Generated from the table: every form leads to every other form of its line, both ways.
TEST(GivenNames, EveryFormOfALineLeadsToEveryOtherForm)
{
    const QList<QStringList> lines = tableLines();
    ASSERT_GE(lines.size(), 140);
    // A name written the same in every script (Тамара, Tamara) has one key and nothing to lead to.
    int withForms = 0;
    for (const QStringList &forms : lines) {
        QSet<QString> keys;
        for (const QString &form : forms)
            keys.insert(namekey::wordKey(form));
        withForms += keys.size() > 1 ? 1 : 0;
    }
    EXPECT_EQ(givennames::nameCount(), withForms) << "the embedded table is the file's";
    int pairs = 0;
    for (const QStringList &forms : lines) {
        for (const QString &a : forms) {
            const QString keyA = namekey::wordKey(a);
            const QStringList others = givennames::otherFormKeys(keyA);
            for (const QString &b : forms) {
                const QString keyB = namekey::wordKey(b);
                if (keyA == keyB)
                    continue;
                EXPECT_TRUE(others.contains(keyB)) << a.toStdString() << " -> " << b.toStdString();
                ++pairs;
            }
        }
    }
    EXPECT_GT(pairs, 2000);
    EXPECT_TRUE(givennames::otherFormKeys(namekey::wordKey(QStringLiteral("Kavalenka"))).isEmpty());
}

// The names the issue names, and the other way round, through the members' search and the door's.
TEST(GivenNames, APersonIsFoundByEveryFormOfTheirGivenNameOnTheMembersPageAndAtTheDoor)
{
    test::ScratchDatabase db;
    MemberRepository members(*db);
    EventRepository events(*db);
    Event rally;
    rally.title = QStringLiteral("Rally");
    rally.startsAt = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);
    rally = events.addEvent(rally).value();

    // Stored under one form; searched by others (with a surname of each person, so that each finds one).
    const QList<std::pair<QStringList, QStringList>> cases{
        {{QStringLiteral("Ганна"), QStringLiteral("Канапацкая")},
         {QStringLiteral("Анна Канопацкая"), QStringLiteral("Hanna"), QStringLiteral("Anna Kanapatskaya")}},
        {{QStringLiteral("Анна"), QStringLiteral("Сідарава")},
         {QStringLiteral("Ганна Сідарава"), QStringLiteral("Hanna Sidarava")}},
        {{QStringLiteral("Вольга"), QStringLiteral("Казлова")},
         {QStringLiteral("Ольга Казлова"), QStringLiteral("Olga Kazlova")}},
        {{QStringLiteral("Кацярына"), QStringLiteral("Ярош")},
         {QStringLiteral("Екатерина Ярош"), QStringLiteral("Katarzyna Jarosz")}},
        {{QStringLiteral("Уладзімір"), QStringLiteral("Някляеў")},
         {QStringLiteral("Владимир Некляев"), QStringLiteral("Volodia")}},
        {{QStringLiteral("Алена"), QStringLiteral("Мельнік")},
         {QStringLiteral("Елена Мельник"), QStringLiteral("Jelena")}},
        {{QStringLiteral("Яўген"), QStringLiteral("Афнагель")},
         {QStringLiteral("Евгений Афнагель"), QStringLiteral("Zhenia")}},
        {{QStringLiteral("Зміцер"), QStringLiteral("Дашкевіч")},
         {QStringLiteral("Дмитрий Дашкевич"), QStringLiteral("Dzmitry")}},
        {{QStringLiteral("Настасся"), QStringLiteral("Лойка")},
         {QStringLiteral("Анастасия Лойко"), QStringLiteral("Nastya")}},
        {{QStringLiteral("Алесь"), QStringLiteral("Бяляцкі")},
         {QStringLiteral("Александр Беляцкий"), QStringLiteral("Aliaksandr")}},
        {{QStringLiteral("Аляксандр"), QStringLiteral("Фядута")},
         {QStringLiteral("Алесь Фядута"), QStringLiteral("Sasha Fiaduta")}},
        {{QStringLiteral("Янка"), QStringLiteral("Купала")}, {QStringLiteral("Іван Купала"), QStringLiteral("Ivan")}},
        {{QStringLiteral("Міхась"), QStringLiteral("Кавалёў")},
         {QStringLiteral("Михаил Ковалев"), QStringLiteral("Misha")}},
        {{QStringLiteral("Сяргей"), QStringLiteral("Ціханоўскі")},
         {QStringLiteral("Сергей Тихановский"), QStringLiteral("Siarhei")}},
    };
    QHash<QString, qint64> pkOf;
    for (const auto &[stored, queries] : cases) {
        const Member added = members.add(person(stored.at(0), stored.at(1))).value();
        pkOf.insert(stored.join(QLatin1Char(' ')), added.pk);
        Registration registration;
        registration.eventPk = rally.pk;
        registration.memberPk = added.pk;
        ASSERT_TRUE(events.addRegistration(registration));
    }
    for (const auto &[stored, queries] : cases) {
        const qint64 pk = pkOf.value(stored.join(QLatin1Char(' ')));
        for (const QString &query : queries) {
            EXPECT_TRUE(members.search(query).contains(pk))
                << query.toStdString() << " -> " << stored.join(QLatin1Char(' ')).toStdString();
            bool atTheDoor = false;
            for (const Registration &r : events.search(rally.pk, query))
                atTheDoor = atTheDoor || r.memberPk == pk;
            EXPECT_TRUE(atTheDoor) << "door: " << query.toStdString();
        }
    }
    // A name half typed is no name yet: "Ан" does not bring Ганна.
    const QList<qint64> halfTyped = members.search(QStringLiteral("Ан"));
    EXPECT_FALSE(halfTyped.contains(pkOf.value(QStringLiteral("Ганна Канапацкая"))));
}

// One line is one name: a line that a formatter merged with the next would make Анна find Вольга.
TEST(GivenNames, EachLineIsOneNameAndNamesStayApart)
{
    const QList<QStringList> lines = tableLines();
    ASSERT_GE(lines.size(), 300);
    auto cyrillic = [](const QString &form) {
        return form.at(0).unicode() >= 0x400 && form.at(0).unicode() < 0x530;
    };
    QFile file(QStringLiteral(SUPOLKA_SOURCE_DIR "/models/text/givennames.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        EXPECT_FALSE(line.at(0).isSpace()) << "a continued line: " << line.toStdString();
        // The full forms: Cyrillic first, then Latin; a Cyrillic form after a Latin one is a second name.
        bool latinSeen = false;
        for (const QString &form : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (form.startsWith(QLatin1Char('~')))
                continue;
            EXPECT_FALSE(latinSeen && cyrillic(form)) << "two names on one line: " << line.toStdString();
            latinSeen = latinSeen || !cyrillic(form);
        }
    }
    const auto leads = [](const char16_t *from, const char16_t *to) {
        return givennames::otherFormKeys(namekey::wordKey(QString::fromUtf16(from)))
            .contains(namekey::wordKey(QString::fromUtf16(to)));
    };
    EXPECT_TRUE(leads(u"Анна", u"Ганна"));
    EXPECT_FALSE(leads(u"Анна", u"Вольга"));
    EXPECT_FALSE(leads(u"Ганна", u"Кацярына"));
    EXPECT_TRUE(leads(u"Саша", u"Аляксандр"));
    EXPECT_TRUE(leads(u"Саша", u"Аляксандра"));
    EXPECT_FALSE(leads(u"Саша", u"Сяргей"));
    EXPECT_TRUE(leads(u"Алесь", u"Aleksandras"));
    EXPECT_FALSE(leads(u"Алла", u"Вольга"));
    EXPECT_TRUE(leads(u"Kotryna", u"Кацярына"));
    EXPECT_TRUE(leads(u"Sergejus", u"Сяргей"));
    EXPECT_TRUE(leads(u"Jewgeni", u"Яўген"));
    // Diminutives are told apart from full forms, for ranking.
    const QStringList diminutives = givennames::diminutiveKeys(namekey::wordKey(QStringLiteral("Аляксандр")));
    EXPECT_TRUE(diminutives.contains(namekey::wordKey(QStringLiteral("Саша"))));
    EXPECT_FALSE(diminutives.contains(namekey::wordKey(QStringLiteral("Александр"))));
}
