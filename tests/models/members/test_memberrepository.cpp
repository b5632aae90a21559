#include <gtest/gtest.h>

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include "models/db/database.h"
#include "models/members/memberrepository.h"
#include "models/text/namekey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Member person(const QString &first, const QString &last, const QString &email = QString(),
              const QString &phone = QString())
{
    Member member;
    member.firstName = first;
    member.lastName = last;
    member.email = email;
    member.phone = phone;
    return member;
}

Member stored(MemberRepository &repository, Member member)
{
    Result<Member> added = repository.add(std::move(member));
    EXPECT_TRUE(added.ok()) << added.error().toStdString();
    return added ? added.value() : Member();
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

int searchRowsOf(Database &database, qint64 pk)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM member_search WHERE member_pk = ?"));
    query.addBindValue(pk);
    EXPECT_TRUE(query.exec() && query.next());
    return query.value(0).toInt();
}

} // namespace

TEST(MemberRepository, AddFindUpdateRoundTrip)
{
    test::ScratchDatabase db;
    ASSERT_TRUE(db->setChapterCode(QStringLiteral("PL-WAW")));
    MemberRepository repository(*db);

    Member member = person(QStringLiteral(" Святлана "), QStringLiteral("Ціханоўская"),
                           QStringLiteral("Sviatlana@Example.ORG"), QStringLiteral("+375 29 123-45-67"));
    member.middleName = QStringLiteral("Георгіеўна");
    member.birthDate = QDate(1982, 9, 11);
    member.city = QStringLiteral("Vilnius");
    member.country = QStringLiteral("lt");
    member.languages = {QStringLiteral("BE"), QStringLiteral("ru"), QStringLiteral("be")};
    member.skills = {QStringLiteral("teacher"), QStringLiteral("translator; lawyer")};
    member.groups = {QStringLiteral("Media")};
    member.status = MemberStatus::Pending;
    member.joinedOn = QDate(2020, 8, 9);
    member.consent = {QStringLiteral("Contact"), QStringLiteral("newsletter")};
    member.consentAt = QStringLiteral("2020-08-09T10:00:00Z");
    member.consentShare = true;
    member.notes = QStringLiteral("Coordinator");

    const Member added = stored(repository, member);
    ASSERT_GT(added.pk, 0);
    EXPECT_FALSE(added.id.isEmpty());
    EXPECT_EQ(added.origin, QStringLiteral("PL-WAW"));
    EXPECT_FALSE(added.createdAt.isEmpty());
    EXPECT_EQ(added.updatedAt, added.createdAt);

    const std::optional<Member> found = repository.find(added.pk);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->firstName, QStringLiteral("Святлана"));
    EXPECT_EQ(found->email, QStringLiteral("sviatlana@example.org"));
    EXPECT_EQ(found->phone, QStringLiteral("+375291234567"));
    EXPECT_EQ(found->country, QStringLiteral("LT"));
    EXPECT_EQ(found->languages, (QStringList{QStringLiteral("be"), QStringLiteral("ru")}));
    EXPECT_EQ(found->skills,
              (QStringList{QStringLiteral("teacher"), QStringLiteral("translator"), QStringLiteral("lawyer")}));
    EXPECT_EQ(found->consent, (QStringList{QStringLiteral("contact"), QStringLiteral("newsletter")}));
    EXPECT_EQ(found->consentAt, QStringLiteral("2020-08-09T10:00:00.000Z"));
    EXPECT_EQ(found->status, MemberStatus::Pending);
    EXPECT_EQ(found->birthDate, QDate(1982, 9, 11));
    EXPECT_TRUE(found->consentShare);
    EXPECT_TRUE(found->sameContent(added));
    EXPECT_EQ(repository.findById(added.id)->pk, added.pk);
    EXPECT_EQ(repository.count(), 1);

    Member changed = *found;
    changed.city = QStringLiteral("Warsaw");
    changed.country = QStringLiteral("PL");
    changed.lastName = QStringLiteral("Tsikhanouskaya");
    const Result<Member> updated = repository.update(changed);
    ASSERT_TRUE(updated) << updated.error().toStdString();
    EXPECT_EQ(updated->createdAt, added.createdAt);
    EXPECT_GE(updated->updatedAt, added.updatedAt);
    EXPECT_EQ(repository.find(added.pk)->city, QStringLiteral("Warsaw"));
    EXPECT_EQ(repository.search(QStringLiteral("Warsaw")).size(), 0); // cities are not searched
    EXPECT_EQ(repository.search(QStringLiteral("Тихановская")), QList<qint64>{added.pk});
}

TEST(MemberRepository, ValidationSaysWhatIsWrong)
{
    Member member = person(QStringLiteral("Alena"), QStringLiteral("Kavalenka"), QStringLiteral("alena.example.org"),
                           QStringLiteral("12"));
    member.country = QStringLiteral("XX");
    member.languages = {QStringLiteral("zz")};
    member.birthDate = QDate::currentDate().addDays(3);
    member.joinedOn = QDate::currentDate().addYears(1);
    member.consentAt = QStringLiteral("yesterday");
    const QList<FieldError> errors = MemberRepository::normalizeAndValidate(member, QStringLiteral("PL"));
    const QStringList fields = fieldsOf(errors);
    for (const char *field : {"email", "phone", "country", "languages", "birth_date", "joined_on", "consent_at"})
        EXPECT_TRUE(fields.contains(QLatin1String(field))) << field;
    EXPECT_EQ(errors.at(fields.indexOf(QStringLiteral("email"))).message,
              QStringLiteral("The e-mail address “alena.example.org” has no @."));

    Member nobody;
    EXPECT_EQ(fieldsOf(MemberRepository::normalizeAndValidate(nobody)), QStringList{QStringLiteral("last_name")});

    Member local = person(QStringLiteral("Ihar"), QStringLiteral("Losik"), QString(), QStringLiteral("601 234 567"));
    EXPECT_TRUE(MemberRepository::normalizeAndValidate(local, QStringLiteral("PL")).isEmpty());
    EXPECT_EQ(local.phone, QStringLiteral("+48601234567"));
    Member withCountry =
        person(QStringLiteral("Ihar"), QStringLiteral("Losik"), QString(), QStringLiteral("8 029 1234567"));
    withCountry.country = QStringLiteral("by");
    EXPECT_TRUE(MemberRepository::normalizeAndValidate(withCountry, QStringLiteral("PL")).isEmpty());
    EXPECT_EQ(withCountry.phone, QStringLiteral("+375291234567"));

    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member bad = person(QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("a@b"));
    const Result<Member> refused = repository.add(bad);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("valid domain")));
    EXPECT_EQ(repository.count(), 0);
}

TEST(MemberRepository, RemoveIsATombstoneThatRestores)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    const Member alena = stored(repository, person(QStringLiteral("Alena"), QStringLiteral("Kavalenka")));
    const Member ihar = stored(repository, person(QStringLiteral("Ihar"), QStringLiteral("Kazlou")));

    ASSERT_TRUE(repository.remove(alena.pk));
    EXPECT_EQ(searchRowsOf(*db, alena.pk), 0);
    EXPECT_EQ(repository.count(), 1);
    EXPECT_TRUE(repository.find(alena.pk)->isDeleted());
    EXPECT_EQ(repository.all().size(), 1);
    EXPECT_EQ(repository.all(true).size(), 2);
    EXPECT_TRUE(repository.search(QStringLiteral("Kavalenka")).isEmpty());

    ASSERT_TRUE(repository.restore(alena.pk));
    EXPECT_GT(searchRowsOf(*db, alena.pk), 0);
    EXPECT_FALSE(repository.find(alena.pk)->isDeleted());
    EXPECT_EQ(repository.search(QStringLiteral("Kavalenka")), QList<qint64>{alena.pk});
    EXPECT_FALSE(repository.remove(99999));
    EXPECT_EQ(ihar.status, MemberStatus::Active);
}

TEST(MemberRepository, EraseLeavesNoPersonalData)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member member = person(QStringLiteral("Maryja"), QStringLiteral("Kalesnikava"), QStringLiteral("maria@example.org"),
                           QStringLiteral("+375291112233"));
    member.middleName = QStringLiteral("Aliaksandraŭna");
    member.birthDate = QDate(1982, 4, 24);
    member.city = QStringLiteral("Minsk");
    member.country = QStringLiteral("BY");
    member.languages = {QStringLiteral("be")};
    member.skills = {QStringLiteral("musician")};
    member.groups = {QStringLiteral("Culture")};
    member.joinedOn = QDate(2020, 7, 1);
    member.consent = {QStringLiteral("contact")};
    member.consentAt = QStringLiteral("2020-07-01T12:00:00Z");
    member.consentShare = true;
    member.notes = QStringLiteral("In prison since 2020");
    const Member added = stored(repository, member);
    ASSERT_GT(searchRowsOf(*db, added.pk), 0);

    ASSERT_TRUE(repository.erase(added.pk));

    QSqlQuery query(db->connection());
    query.prepare(QStringLiteral("SELECT * FROM members WHERE pk = ?"));
    query.addBindValue(added.pk);
    ASSERT_TRUE(query.exec() && query.next());
    const QSqlRecord record = query.record();
    const QStringList kept{QStringLiteral("pk"),         QStringLiteral("id"),           QStringLiteral("created_at"),
                           QStringLiteral("updated_at"), QStringLiteral("deleted_at"),   QStringLiteral("origin"),
                           QStringLiteral("status"),     QStringLiteral("consent_share")};
    for (int i = 0; i < record.count(); ++i) {
        if (kept.contains(record.fieldName(i)))
            continue;
        const QVariant value = query.value(i);
        EXPECT_TRUE(value.isNull() || value.toString().isEmpty()) << record.fieldName(i).toStdString();
    }
    EXPECT_EQ(query.value(QStringLiteral("consent_share")).toInt(), 0);
    EXPECT_EQ(query.value(QStringLiteral("id")).toString(), added.id);
    EXPECT_EQ(query.value(QStringLiteral("created_at")).toString(), added.createdAt);
    EXPECT_FALSE(query.value(QStringLiteral("deleted_at")).toString().isEmpty());
    EXPECT_GE(query.value(QStringLiteral("updated_at")).toString(), added.updatedAt);
    EXPECT_EQ(searchRowsOf(*db, added.pk), 0);
    EXPECT_TRUE(repository.search(QStringLiteral("Kalesnikava")).isEmpty());
    EXPECT_FALSE(repository.restore(added.pk));
    Member refilled = *repository.find(added.pk);
    refilled.firstName = QStringLiteral("Maryja");
    EXPECT_FALSE(repository.update(refilled));
}

TEST(MemberRepository, FindsDuplicatesByEmailPhoneAndNameInAnotherScript)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member original = person(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"), QStringLiteral("s@example.org"),
                             QStringLiteral("+375291234567"));
    original.birthDate = QDate(1982, 9, 11);
    const Member stored1 = stored(repository, original);
    const Member other =
        stored(repository, person(QStringLiteral("Alena"), QStringLiteral("Kavalenka"),
                                  QStringLiteral("alena@example.org"), QStringLiteral("+48601234567")));

    const QList<DuplicateMatch> byEmail =
        repository.findDuplicates(person(QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("S@Example.org")));
    ASSERT_EQ(byEmail.size(), 1);
    EXPECT_EQ(byEmail.first().existing.pk, stored1.pk);
    EXPECT_EQ(byEmail.first().reason, DuplicateMatch::Reason::Email);
    EXPECT_FALSE(byEmail.first().explanation().isEmpty());

    Member byPhoneCandidate =
        person(QStringLiteral("X"), QStringLiteral("Y"), QString(), QStringLiteral("601 234 567"));
    byPhoneCandidate.country = QStringLiteral("PL");
    const QList<DuplicateMatch> byPhone = repository.findDuplicates(byPhoneCandidate);
    ASSERT_EQ(byPhone.size(), 1);
    EXPECT_EQ(byPhone.first().existing.pk, other.pk);
    EXPECT_EQ(byPhone.first().reason, DuplicateMatch::Reason::Phone);

    Member latin = person(QStringLiteral("Sviatlana"), QStringLiteral("Tsikhanouskaya"));
    latin.birthDate = QDate(1982, 9, 11);
    const QList<DuplicateMatch> byName = repository.findDuplicates(latin);
    ASSERT_EQ(byName.size(), 1);
    EXPECT_EQ(byName.first().reason, DuplicateMatch::Reason::NameAndBirthDate);
    latin.birthDate = QDate(1983, 9, 11);
    EXPECT_TRUE(repository.findDuplicates(latin).isEmpty());

    EXPECT_TRUE(repository.findDuplicates(stored1).isEmpty()); // a member is no duplicate of itself
}

TEST(MemberRepository, MergeTakesWhatIsMissingAndUnitesLists)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member target = person(QStringLiteral("Alena"), QStringLiteral("Kavalenka"), QStringLiteral("alena@example.org"));
    target.skills = {QStringLiteral("lawyer")};
    target.notes = QStringLiteral("Met at the rally");
    const Member stored1 = stored(repository, target);

    Member incoming = person(QStringLiteral("Алена"), QStringLiteral("Каваленка"), QStringLiteral("other@example.org"),
                             QStringLiteral("+48601234567"));
    incoming.city = QStringLiteral("Kraków");
    incoming.skills = {QStringLiteral("Lawyer"), QStringLiteral("translator")};
    incoming.notes = QStringLiteral("Speaks Polish");
    const Result<Member> merged = repository.mergeInto(stored1.pk, incoming);
    ASSERT_TRUE(merged) << merged.error().toStdString();
    EXPECT_EQ(merged->firstName, QStringLiteral("Alena"));
    EXPECT_EQ(merged->email, QStringLiteral("alena@example.org"));
    EXPECT_EQ(merged->phone, QStringLiteral("+48601234567"));
    EXPECT_EQ(merged->city, QStringLiteral("Kraków"));
    EXPECT_EQ(merged->skills, (QStringList{QStringLiteral("lawyer"), QStringLiteral("translator")}));
    EXPECT_TRUE(merged->notes.contains(QStringLiteral("Met at the rally")));
    EXPECT_TRUE(merged->notes.contains(QStringLiteral("Speaks Polish")));
    EXPECT_EQ(repository.search(QStringLiteral("601 234")), QList<qint64>{stored1.pk});
}

TEST(MemberRepository, SearchRanksWholeWordsFirstThenByName)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    const Member ivanova = stored(repository, person(QStringLiteral("Hanna"), QStringLiteral("Ivanova")));
    const Member ivanou = stored(repository, person(QStringLiteral("Pavel"), QStringLiteral("Ivanou")));
    const Member ivanovski = stored(repository, person(QStringLiteral("Adam"), QStringLiteral("Ivanouski")));
    const Member petrova = stored(repository, person(QStringLiteral("Hanna"), QStringLiteral("Petrova")));

    // "Ivanou" (= Ivanov) is whole for Ivanou only; the others merely start with it.
    EXPECT_EQ(repository.search(QStringLiteral("ivanou")), (QList<qint64>{ivanou.pk, ivanovski.pk, ivanova.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("Ivanova")), (QList<qint64>{ivanova.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("Ivan")), (QList<qint64>{ivanou.pk, ivanovski.pk, ivanova.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("Іванова")), (QList<qint64>{ivanova.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("hanna")), (QList<qint64>{ivanova.pk, petrova.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("Ганна Пятр")), (QList<qint64>{petrova.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("Ivan"), 1).size(), 1);

    // Whole words count in every word of the query, not only the one the search starts from.
    const Member ivanka = stored(repository, person(QStringLiteral("Ivanka"), QStringLiteral("Piatrova")));
    const Member ivan = stored(repository, person(QStringLiteral("Ivan"), QStringLiteral("Piatrou")));
    EXPECT_EQ(repository.search(QStringLiteral("Іван Пятроў")), (QList<qint64>{ivan.pk, ivanka.pk}));
    EXPECT_EQ(repository.search(QStringLiteral("Pyatrov Ivan")), (QList<qint64>{ivan.pk, ivanka.pk}));
    EXPECT_TRUE(repository.search(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(repository.search(QStringLiteral("Zzyzx")).isEmpty());
    EXPECT_TRUE(repository.search(QStringLiteral("— … !")).isEmpty());
    EXPECT_EQ(repository.search(QStringLiteral("hanna ").repeated(40) + QStringLiteral("petrova")).size(), 2);
}

TEST(MemberRepository, SearchFindsAcrossScriptsEmailAndPhone)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    const Member sviatlana =
        stored(repository, person(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"),
                                  QStringLiteral("sviatlana@example.org"), QStringLiteral("+375291234567")));
    const Member dzmitry = stored(
        repository, person(QStringLiteral("Dzmitry"), QStringLiteral("Kavalenka"), QStringLiteral("dk@example.org")));
    const Member mariana = stored(repository, person(QStringLiteral("Мар’яна"), QStringLiteral("Kazlova")));

    for (const char16_t *query :
         {u"Tsikhanouskaya", u"Tikhanovskaya", u"Тихановская", u"Cichanoŭskaja", u"Tsik", u"Ціх", u"Tikhanovsk",
          u"Cichanoŭ", u"svetlana tikh", u"Sviatlana@exa", u"+375 29 123", u"029 1234", u"375291234567"}) {
        EXPECT_EQ(repository.search(QString::fromUtf16(query)), QList<qint64>{sviatlana.pk})
            << QString::fromUtf16(query).toStdString();
    }
    EXPECT_EQ(repository.search(QStringLiteral("Дмитрий")), QList<qint64>{dzmitry.pk});
    EXPECT_EQ(repository.search(QStringLiteral("dk@")), QList<qint64>{dzmitry.pk});
    EXPECT_EQ(repository.search(QStringLiteral("Dzmitry dk@ex")), QList<qint64>{dzmitry.pk});
    EXPECT_EQ(repository.search(QStringLiteral("Дзмітрый dk")), QList<qint64>{dzmitry.pk});
    EXPECT_TRUE(repository.search(QStringLiteral("Dzmitry s@")).isEmpty());
    EXPECT_EQ(repository.search(QStringLiteral("Mar'yana")), QList<qint64>{mariana.pk});
    EXPECT_EQ(repository.search(QStringLiteral("Марьяна Казлова")), QList<qint64>{mariana.pk});
    EXPECT_TRUE(repository.search(QStringLiteral("Kav Kaz")).isEmpty());
    EXPECT_EQ(repository.searchMembers(QStringLiteral("Kav")).value().size(), 1);
    EXPECT_EQ(repository.searchMembers(QStringLiteral("Kav")).value().first().firstName, QStringLiteral("Dzmitry"));
}

TEST(MemberRepository, SearchQueryUsesTheKeyIndex)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    for (const char16_t *text : {u"Tsik", u"Святлана Ціх", u"anna@exa", u"+375 29 123", u"a b c"}) {
        const QStringList plan = repository.explainSearch(QString::fromUtf16(text));
        const QString joined = plan.join(QLatin1Char('\n'));
        ASSERT_FALSE(plan.isEmpty());
        EXPECT_TRUE(joined.contains(QStringLiteral("SEARCH s USING PRIMARY KEY (token>? AND token<?)")))
            << joined.toStdString();
        // The member's sort key and other keys come from one row of member_keys, found by its primary key.
        EXPECT_TRUE(joined.contains(QStringLiteral("SEARCH k USING INTEGER PRIMARY KEY (rowid=?)")))
            << joined.toStdString();
        // Rows come in the key's order: SQLite stops at the limit instead of gathering and sorting every match.
        EXPECT_FALSE(joined.contains(QStringLiteral("TEMP B-TREE"))) << joined.toStdString();
        for (const QString &line : plan) // a SCAN of a table would read every key; the union's own rows are fine
            EXPECT_FALSE(line.startsWith(QStringLiteral("SCAN")) && !line.contains(QStringLiteral("subquery")))
                << joined.toStdString();
    }
}

TEST(MemberRepository, DuplicateLookupsUseIndexes)
{
    test::ScratchDatabase db;
    // E-mail and phone through the members list's indexes of them (schema 12; before, through the search keys'
    // primary key), name and birth date through the name key's index.
    const QString byKey = QStringLiteral("pk IN (SELECT member_pk FROM member_search WHERE token = ?) AND ");
    const QList<QPair<QString, QStringList>> cases{
        {byKey + QStringLiteral("email = ?"),
         {QStringLiteral("SEARCH members USING INDEX members_list_email (email=?")}},
        {byKey + QStringLiteral("phone = ?"),
         {QStringLiteral("SEARCH members USING INDEX members_list_phone (phone=?")}},
        {QStringLiteral("name_key = ? AND birth_date = ?"),
         {QStringLiteral("USING INDEX members_name_key (name_key=?)")}},
    };
    for (const auto &[condition, expected] : cases) {
        QSqlQuery query(db->connection());
        ASSERT_TRUE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT pk FROM members WHERE deleted_at IS NULL "
                                              "AND pk <> 1 AND ") +
                               QString(condition).replace(QLatin1Char('?'), QStringLiteral("'x'"))));
        QStringList plan;
        while (query.next())
            plan.append(query.value(3).toString());
        const QString joined = plan.join(QLatin1Char('\n'));
        for (const QString &step : expected)
            EXPECT_TRUE(joined.contains(step)) << joined.toStdString();
        EXPECT_FALSE(joined.contains(QStringLiteral("SCAN"))) << joined.toStdString();
    }
}

TEST(MemberRepository, LookupMatchesByIdEmailPhoneAndNameWithBirthDate)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member member = person(QStringLiteral("Юрый"), QStringLiteral("Жукаў"), QStringLiteral("yury@example.org"),
                           QStringLiteral("+48601234567"));
    member.birthDate = QDate(1990, 1, 2);
    const Member added = stored(repository, member);
    const Member gone =
        stored(repository, person(QStringLiteral("Gone"), QStringLiteral("Away"), QStringLiteral("gone@example.org")));
    ASSERT_TRUE(repository.remove(gone.pk));

    const MemberLookup lookup = MemberLookup::load(*db);
    Member byId;
    byId.id = added.id;
    EXPECT_EQ(lookup.candidates(byId).byId, added.pk);
    EXPECT_EQ(lookup.candidates(person(QString(), QString(), QStringLiteral("YURY@example.org"))).byEmail, added.pk);
    EXPECT_EQ(lookup.candidates(person(QString(), QString(), QString(), QStringLiteral("+48601234567"))).byPhone,
              added.pk);
    Member latin = person(QStringLiteral("Yury"), QStringLiteral("Zhukau"));
    latin.birthDate = QDate(1990, 1, 2);
    EXPECT_EQ(lookup.candidates(latin).byNameAndBirth, added.pk);
    EXPECT_EQ(MemberLookup::nameAndBirthKey(latin), MemberLookup::nameAndBirthKey(added));
    // A name finds the person of that name in the same city (here: none) ...
    latin.birthDate = QDate();
    EXPECT_EQ(lookup.candidates(latin).byNameAndCity, added.pk);
    // ... and nobody in another city.
    latin.city = QStringLiteral("Vilnius");
    EXPECT_EQ(lookup.candidates(latin).byNameAndCity, 0);
    // A phone or e-mail address kept as typed, unverified, finds nobody.
    Member unverified =
        person(QString(), QString(), QStringLiteral("yury@example.org"), QStringLiteral("+48601234567"));
    unverified.attention = QStringList{QStringLiteral("email"), QStringLiteral("phone")};
    EXPECT_EQ(lookup.candidates(unverified).byEmail, 0);
    EXPECT_EQ(lookup.candidates(unverified).byPhone, 0);
    EXPECT_EQ(lookup.candidates(person(QString(), QString(), QStringLiteral("gone@example.org"))).byEmail, 0);
    EXPECT_TRUE(lookup.deletedIds.contains(gone.id));
}

TEST(MemberRepository, BulkWriterInsertsAndUpdatesInsideOneTransaction)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    {
        Transaction transaction(db->connection());
        ASSERT_TRUE(transaction.isActive());
        MemberBulkWriter writer(*db);
        for (int i = 0; i < 200; ++i) {
            Member member = person(QStringLiteral("Person%1").arg(i), QStringLiteral("Kavalenka"),
                                   QStringLiteral("p%1@example.org").arg(i));
            ASSERT_TRUE(writer.insert(member));
            ASSERT_GT(member.pk, 0);
        }
        std::optional<Member> first = writer.find(1);
        ASSERT_TRUE(first);
        first->lastName = QStringLiteral("Kazlova");
        ASSERT_TRUE(writer.update(*first));
        EXPECT_EQ(writer.find(1)->lastName, QStringLiteral("Kazlova"));
        Member missing = *first;
        missing.pk = 12345;
        EXPECT_FALSE(writer.update(missing));
        // A tombstone that arrives (from another chapter) is stored without search keys.
        Member tombstone = person(QStringLiteral("Gone"), QStringLiteral("Kavalenka"));
        tombstone.deletedAt = QStringLiteral("2024-01-01T00:00:00.000Z");
        ASSERT_TRUE(writer.insert(tombstone));
        EXPECT_EQ(searchRowsOf(*db, tombstone.pk), 0);
        // add() nests inside the caller's transaction.
        ASSERT_TRUE(repository.add(person(QStringLiteral("Inside"), QStringLiteral("Transaction"))));
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(repository.count(), 201);
    EXPECT_EQ(repository.all(true).size(), 202);
    EXPECT_EQ(repository.search(QStringLiteral("Казлова")), QList<qint64>{1});
    EXPECT_EQ(repository.search(QStringLiteral("Kavalenka")).size(), 50);
    EXPECT_EQ(repository.search(QStringLiteral("Kavalenka"), 1000).size(), 199);
}

// Digits in a query are the start of a phone number, taken as typed: "600" must not find +48 603 ....
TEST(MemberRepository, DigitsInAQueryAreTakenAsTyped)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    const Member first = stored(repository, person(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"), QString(),
                                                   QStringLiteral("+48 600 000 000")));
    stored(repository, person(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"), QString(),
                              QStringLiteral("+48 603 000 003")));
    EXPECT_EQ(repository.search(QStringLiteral("Тихан 600")), QList<qint64>{first.pk});
    EXPECT_EQ(repository.search(QStringLiteral("600 Тихан")), QList<qint64>{first.pk});
    EXPECT_EQ(repository.search(QStringLiteral("600")), QList<qint64>{first.pk});
    EXPECT_EQ(repository.search(QStringLiteral("Тихан 60")).size(), 2);
}

// A word can have spellings whose keys overlap ("Mark": the key "mark" and the start of an e-mail "mark"): each
// member still counts once, and nobody is pushed past the limit by the repeats.
TEST(MemberRepository, OverlappingSpellingsOfAWordFindEveryoneOnce)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    const QStringList surnames{QStringLiteral("Adamovich"), QStringLiteral("Bykau"),   QStringLiteral("Chyrvonaya"),
                               QStringLiteral("Dubouski"),  QStringLiteral("Easman"),  QStringLiteral("Fedarenka"),
                               QStringLiteral("Hlebau"),    QStringLiteral("Ivashka"), QStringLiteral("Jaunyk"),
                               QStringLiteral("Kruk")};
    for (int i = 0; i < 40; ++i) {
        stored(repository, person(QStringLiteral("Mark"), surnames.at(i % 10) + QString(QChar(u'a' + i / 10)),
                                  QStringLiteral("mark%1@example.org").arg(i)));
    }
    const Member maryna = stored(repository, person(QStringLiteral("Maryna"), QStringLiteral("Zhuk")));
    // Every Mark, whole-word matches first, then the prefix match "Mar…".
    const QList<qint64> found = repository.search(QStringLiteral("Mark"), 50);
    ASSERT_EQ(found.size(), 41);
    EXPECT_EQ(QSet<qint64>(found.cbegin(), found.cend()).size(), found.size());
    EXPECT_EQ(found.last(), maryna.pk);
}
