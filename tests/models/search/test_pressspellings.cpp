// Real names as the press and documents of host countries print them (tests/data/names/press_spellings.tsv): every
// spelling finds the person, stored in whichever form a chapter saved, on the members page and at the door, on the
// first screen.
#include <gtest/gtest.h>

#include <QFile>

#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(PressSpellings, EveryHostCountrySpellingFindsThePerson)
{
    QFile file(test::dataPath(QStringLiteral("names/press_spellings.tsv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    struct Line
    {
        QString stored;
        QString country;
        QString spelling;
    };
    QList<Line> lines;
    for (const QString &text : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')) || text.startsWith(QStringLiteral("stored\t")))
            continue;
        const QStringList cells = text.split(QLatin1Char('\t'));
        ASSERT_EQ(cells.size(), 3) << text.toStdString();
        lines.append({cells.at(0), cells.at(1), cells.at(2)});
    }
    ASSERT_GE(lines.size(), 200);

    test::ScratchDatabase db;
    MemberRepository members(*db);
    EventRepository events(*db);
    Event rally;
    rally.title = QStringLiteral("Rally");
    rally.startsAt = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);
    const qint64 eventPk = events.addEvent(rally).value().pk;
    QHash<QString, qint64> pkOf;
    for (const Line &line : std::as_const(lines)) {
        if (pkOf.contains(line.stored))
            continue;
        const qsizetype space = line.stored.indexOf(QLatin1Char(' '));
        Member member;
        member.firstName = line.stored.left(space);
        member.lastName = line.stored.mid(space + 1);
        const qint64 pk = members.add(member).value().pk;
        pkOf.insert(line.stored, pk);
        Registration registration;
        registration.eventPk = eventPk;
        registration.memberPk = pk;
        ASSERT_TRUE(events.addRegistration(registration));
    }
    ASSERT_GE(pkOf.size(), 35);

    QHash<QString, int> countries;
    for (const Line &line : std::as_const(lines)) {
        const qint64 pk = pkOf.value(line.stored);
        // On the first screen: among the first three people found, for the full name as printed.
        const QList<qint64> found = members.search(line.spelling, 3);
        EXPECT_TRUE(found.contains(pk)) << line.country.toStdString() << ": " << line.spelling.toStdString() << " -> "
                                        << line.stored.toStdString();
        QList<qint64> door;
        for (const Registration &r : events.search(eventPk, line.spelling, 3))
            door.append(r.memberPk);
        EXPECT_EQ(door, found) << "door: " << line.spelling.toStdString();
        // The surname alone too (the given name alone is shared by many).
        const QString surname = line.spelling.mid(line.spelling.lastIndexOf(QLatin1Char(' ')) + 1);
        EXPECT_TRUE(members.search(surname, 50).contains(pk))
            << line.country.toStdString() << ": " << surname.toStdString() << " -> " << line.stored.toStdString();
        ++countries[line.country];
    }
    for (const char *country : {"pl", "lt", "de", "cz", "en"})
        EXPECT_GE(countries.value(QLatin1String(country)), 30) << country;
}
