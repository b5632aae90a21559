// The one search over people (PersonSearch): the members page, the pickers and the door use the same keys, the same
// statements and the same ranking.
#include <gtest/gtest.h>

#include <QSqlQuery>

#include "models/events/eventrepository.h"
#include "models/members/memberrepository.h"
#include "models/search/personindex.h"
#include "models/text/namekey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

class PersonSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Event rally;
        rally.title = QStringLiteral("Rally");
        rally.startsAt = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);
        eventPk = events.addEvent(rally).value().pk;
    }

    // A member, registered for the event too.
    qint64 person(const QString &first, const QString &last, const QString &email = QString())
    {
        Member member;
        member.firstName = first;
        member.lastName = last;
        member.email = email;
        const Member added = members.add(member).value();
        Registration registration;
        registration.eventPk = eventPk;
        registration.memberPk = added.pk;
        EXPECT_TRUE(events.addRegistration(registration));
        return added.pk;
    }

    QList<qint64> atTheDoor(const QString &text)
    {
        QList<qint64> pks;
        for (const Registration &r : events.search(eventPk, text, 50))
            pks.append(r.memberPk);
        return pks;
    }

    test::ScratchDatabase db;
    MemberRepository members{*db};
    EventRepository events{*db};
    qint64 eventPk = 0;
};

} // namespace

// Akanne and the host countries' letters reduce to the same key.
TEST(NameKeys, SurnamesInBothLanguagesAndHostCountrySpellingsMeet)
{
    const QList<QStringList> same{
        {QStringLiteral("Чарачэнь"), QStringLiteral("Черечень"), QStringLiteral("Czereczeń"), QStringLiteral("Čaračeń"),
         QStringLiteral("Charachen")},
        {QStringLiteral("Канапацкая"), QStringLiteral("Канопацкая"), QStringLiteral("Kanapackaja"),
         QStringLiteral("Kanopatskaya")},
        {QStringLiteral("Лукашэнка"), QStringLiteral("Лукашенко"), QStringLiteral("Łukaszenka"),
         QStringLiteral("Lukaschenko"), QStringLiteral("Lukašenka"), QStringLiteral("Lukashenko")},
        {QStringLiteral("Пратасевіч"), QStringLiteral("Протасевич"), QStringLiteral("Protassewitsch"),
         QStringLiteral("Pratasiewicz"), QStringLiteral("Pratasevič"), QStringLiteral("Pratasevich")},
        {QStringLiteral("Латушка"), QStringLiteral("Łatuszka"), QStringLiteral("Latuška"), QStringLiteral("Latuschka"),
         QStringLiteral("Latushka")},
        {QStringLiteral("Шушкевіч"), QStringLiteral("Szuszkiewicz"), QStringLiteral("Schuschkewitsch"),
         QStringLiteral("Šuškevič"), QStringLiteral("Shushkevich")},
        {QStringLiteral("Жлобін"), QStringLiteral("Żłobin"), QStringLiteral("Žlobin"), QStringLiteral("Shlobin")},
        {QStringLiteral("Сяргей"), QStringLiteral("Сергей"), QStringLiteral("Siarhiej"), QStringLiteral("Sergei"),
         QStringLiteral("Siarhei")},
    };
    for (const QStringList &forms : same) {
        for (const QString &form : forms) {
            if (form == QStringLiteral("Shlobin"))
                continue; // German sh is no letter of its own: only its own ш-spellings (below)
            EXPECT_EQ(namekey::wordKey(form), namekey::wordKey(forms.first()))
                << form.toStdString() << " vs " << forms.first().toStdString();
        }
    }
    // Different names stay apart.
    EXPECT_NE(namekey::wordKey(QStringLiteral("Казлова")), namekey::wordKey(QStringLiteral("Кавалёва")));
    EXPECT_NE(namekey::wordKey(QStringLiteral("Зайцава")), namekey::wordKey(QStringLiteral("Жукава")));
    // A Latin word half typed still finds the name it grows into: Mari of Maria (the key folds "ia").
    EXPECT_TRUE(namekey::wordKey(QStringLiteral("Maria")).startsWith(namekey::prefixKey(QStringLiteral("Mari"))));
    EXPECT_TRUE(namekey::wordKey(QStringLiteral("Черечень")).startsWith(namekey::prefixKey(QStringLiteral("Czerecz"))));
    EXPECT_TRUE(namekey::wordKey(QStringLiteral("Чарачэнь")).startsWith(namekey::prefixKey(QStringLiteral("Tsch"))));
}

TEST_F(PersonSearchTest, TheIssuesNamesAreFoundBothWays)
{
    const qint64 hanna = person(QStringLiteral("Ганна"), QStringLiteral("Канапацкая"));
    const qint64 siarhei = person(QStringLiteral("Сяргей"), QStringLiteral("Чарачэнь"));
    const qint64 raman = person(QStringLiteral("Раман"), QStringLiteral("Пратасевіч"));
    person(QStringLiteral("Вольга"), QStringLiteral("Казлова"));
    for (const auto &[text, pk] : std::initializer_list<std::pair<QString, qint64>>{
             {QStringLiteral("Анна Канопацкая"), hanna},
             {QStringLiteral("Anna Kanopatskaya"), hanna},
             {QStringLiteral("Сергей Черечень"), siarhei},
             {QStringLiteral("Siergiej Czereczeń"), siarhei},
             {QStringLiteral("Roman Protassewitsch"), raman},
             {QStringLiteral("Raman Pratasiewicz"), raman},
         }) {
        EXPECT_EQ(members.search(text), QList<qint64>{pk}) << text.toStdString();
        EXPECT_EQ(atTheDoor(text), QList<qint64>{pk}) << "door: " << text.toStdString();
    }
}

// The first screen is what the person meant: the name as typed, then in another script, then names that start so,
// then other forms of a given name.
TEST_F(PersonSearchTest, RanksTheTypedFormFirstThenOtherScriptsThenOtherForms)
{
    // Inserted in an order that is none of the expected ones, and with surnames that sort against it.
    const qint64 hanna = person(QStringLiteral("Ганна"), QStringLiteral("Абрамава"));
    const qint64 annaLatin = person(QStringLiteral("Anna"), QStringLiteral("Babich"));
    const qint64 annaCyrillic = person(QStringLiteral("Анна"), QStringLiteral("Юркевіч"));
    const qint64 annushka = person(QStringLiteral("Ганначка"), QStringLiteral("Аксёнава"));
    const qint64 annaMaria = person(QStringLiteral("Аннамарыя"), QStringLiteral("Бусел"));

    // As typed, the same name in Latin, a name that starts so, another form, a diminutive.
    const QList<qint64> anna{annaCyrillic, annaLatin, annaMaria, hanna, annushka};
    EXPECT_EQ(members.search(QStringLiteral("Анна")), anna);
    EXPECT_EQ(members.search(QStringLiteral("Anna")),
              (QList<qint64>{annaLatin, annaCyrillic, annaMaria, hanna, annushka}));
    // Ганначка starts as typed; Anna and Анна are other forms (by surname: Latin letters sort first).
    EXPECT_EQ(members.search(QStringLiteral("Ганна")), (QList<qint64>{hanna, annushka, annaLatin, annaCyrillic}));
    // Half typed: names that start so, as typed first (by surname); no other forms yet.
    EXPECT_EQ(members.search(QStringLiteral("Анн")), (QList<qint64>{annaMaria, annaCyrillic, annaLatin}));
    // The door ranks alike.
    EXPECT_EQ(atTheDoor(QStringLiteral("Анна")), anna);
    EXPECT_EQ(atTheDoor(QStringLiteral("Анн")), (QList<qint64>{annaMaria, annaCyrillic, annaLatin}));
}

// The members page and the door find the same people for the same text.
TEST_F(PersonSearchTest, TheDoorAndTheMembersPageFindTheSamePeople)
{
    const QList<std::pair<QString, QString>> people{
        {QStringLiteral("Святлана"), QStringLiteral("Ціханоўская")},
        {QStringLiteral("Sviatlana"), QStringLiteral("Kavalenka")},
        {QStringLiteral("Аляксандр"), QStringLiteral("Лукашэвіч")},
        {QStringLiteral("Алесь"), QStringLiteral("Бяляцкі")},
        {QStringLiteral("Марыя"), QStringLiteral("Калеснікава")},
        {QStringLiteral("Maria"), QStringLiteral("Kolesnikowa")},
        {QStringLiteral("Зміцер"), QStringLiteral("Дашкевіч")},
        {QStringLiteral("Dmitri"), QStringLiteral("Kazlou")},
        {QStringLiteral("Вольга"), QStringLiteral("Казлова")},
        {QStringLiteral("Olga"), QStringLiteral("Zhuk")},
        {QStringLiteral("Яўген"), QStringLiteral("Афнагель")},
        {QStringLiteral("Евгения"), QStringLiteral("Жук")},
    };
    for (const auto &[first, last] : people)
        person(first, last, first.toLower() + QStringLiteral("@example.org"));
    const QStringList queries{
        QStringLiteral("Светлана"),    QStringLiteral("Swiatłana"),
        QStringLiteral("Sv"),          QStringLiteral("Саша"),
        QStringLiteral("Aleksander"),  QStringLiteral("Ales Bialiatski"),
        QStringLiteral("Kalesnikava"), QStringLiteral("Мария Колесникова"),
        QStringLiteral("Дмитрий"),     QStringLiteral("Ольга"),
        QStringLiteral("Жук"),         QStringLiteral("Женя"),
        QStringLiteral("Jewgeni"),     QStringLiteral("olga@"),
        QStringLiteral("k"),           QStringLiteral("Казл Вол"),
        QStringLiteral("nobody"),
    };
    for (const QString &query : queries) {
        const QList<qint64> page = members.search(query, 50);
        EXPECT_EQ(atTheDoor(query), page) << query.toStdString();
    }
    EXPECT_EQ(members.search(QStringLiteral("Светлана")).size(), 2);
    EXPECT_EQ(members.search(QStringLiteral("Женя")).size(), 2);
    EXPECT_TRUE(members.search(QStringLiteral("nobody")).isEmpty());
}

// One engine, one plan: both indexes are read by range over their primary key, the entries by their key, in key
// order with no sort of every match.
TEST_F(PersonSearchTest, BothIndexesAreSearchedByTheirPrimaryKey)
{
    person(QStringLiteral("Maryia"), QStringLiteral("Zhuk"));
    for (const char16_t *text : {u"Tsik", u"Святлана Ціх", u"anna@exa", u"+375 29 123", u"a b c", u"Ганна Ка"}) {
        const QString query = QString::fromUtf16(text);
        for (const QString &joined : {members.explainSearch(query).join(QLatin1Char('\n')),
                                      events.explainSearch(eventPk, query).join(QLatin1Char('\n'))}) {
            ASSERT_FALSE(joined.isEmpty()) << query.toStdString();
            EXPECT_TRUE(joined.contains(QStringLiteral("SEARCH s USING PRIMARY KEY (")) &&
                        joined.contains(QStringLiteral("token>? AND token<?)")))
                << joined.toStdString();
            EXPECT_TRUE(joined.contains(QStringLiteral("SEARCH k USING INTEGER PRIMARY KEY (rowid=?)")))
                << joined.toStdString();
            EXPECT_FALSE(joined.contains(QStringLiteral("TEMP B-TREE"))) << joined.toStdString();
            EXPECT_FALSE(joined.contains(QStringLiteral("SCAN"))) << joined.toStdString();
        }
    }
    EXPECT_TRUE(events.explainSearch(eventPk, QStringLiteral("Tsik"))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("event_pk=? AND token>? AND token<?")));
}

// One key writer: a registrant's keys and a member's are the same for the same person, and both go with the person.
TEST_F(PersonSearchTest, OneKeyWriterKeepsBothIndexesInStep)
{
    const qint64 pk = person(QStringLiteral("Сяргей"), QStringLiteral("Чарачэнь"), QStringLiteral("s@example.org"));
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT all_keys FROM member_keys")) && query.next());
    const QString memberKeys = query.value(0).toString();
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT all_keys FROM registration_keys")) && query.next());
    QStringList fromMember = memberKeys.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList fromDoor = query.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    fromMember.sort();
    fromDoor.sort();
    EXPECT_EQ(fromMember, fromDoor);
    query.finish();

    Member changed = members.find(pk).value();
    changed.lastName = QStringLiteral("Навумчык");
    ASSERT_TRUE(members.update(changed));
    EXPECT_TRUE(members.search(QStringLiteral("Черечень")).isEmpty());
    EXPECT_TRUE(atTheDoor(QStringLiteral("Черечень")).isEmpty());
    EXPECT_EQ(atTheDoor(QStringLiteral("Navumchyk")), QList<qint64>{pk});
    // Each key row is the entry's: nothing left behind.
    for (const char *table : {"member_search", "registration_search"}) {
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next());
        EXPECT_EQ(query.value(0).toInt(), MemberRepository::searchEntry(changed).keys.size()) << table;
        query.finish();
    }
}
