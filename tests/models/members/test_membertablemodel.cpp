#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

#include "models/db/database.h"
#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"
#include "models/text/sortkey.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

Member person(const QString &first, const QString &last, const QString &country, const QStringList &skills,
              MemberStatus status = MemberStatus::Active)
{
    Member member;
    member.firstName = first;
    member.lastName = last;
    member.country = country;
    member.skills = skills;
    member.status = status;
    return member;
}

class MemberModels : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_repository = std::make_unique<MemberRepository>(*m_db);
        Member sviatlana = person(QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"), QStringLiteral("LT"),
                                  {QStringLiteral("teacher")});
        sviatlana.joinedOn = QDate(2020, 8, 9);
        sviatlana.groups = {QStringLiteral("Media")};
        sviatlana.phone = QStringLiteral("+37061234567");
        m_sviatlana = add(sviatlana);
        Member alena = person(QStringLiteral("Alena"), QStringLiteral("Kavalenka"), QStringLiteral("PL"),
                              {QStringLiteral("lawyer"), QStringLiteral("Teacher")}, MemberStatus::Pending);
        alena.joinedOn = QDate(2021, 3, 1);
        m_alena = add(alena);
        m_ihar = add(person(QStringLiteral("Ihar"), QStringLiteral("Bialiatski"), QStringLiteral("PL"),
                            {QStringLiteral("doctor")}, MemberStatus::Inactive));
    }

    Member add(const Member &member)
    {
        Result<Member> added = m_repository->add(member);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Member();
    }

    test::ScratchDatabase m_db;
    std::unique_ptr<MemberRepository> m_repository;
    Member m_sviatlana;
    Member m_alena;
    Member m_ihar;
};

QStringList lastNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, MemberTableModel::LastName).data().toString());
    return names;
}

} // namespace

TEST_F(MemberModels, TableModelShowsMembersAndRawValues)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), MemberTableModel::ColumnCount);
    const int row = model.rowOfPk(m_sviatlana.pk);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.index(row, MemberTableModel::LastName).data().toString(), QStringLiteral("Ціханоўская"));
    EXPECT_EQ(model.index(row, MemberTableModel::Phone).data().toString(), QStringLiteral("+370 612 34567"));
    EXPECT_EQ(model.index(row, MemberTableModel::Country).data().toString(), QStringLiteral("Lithuania"));
    EXPECT_EQ(model.index(row, MemberTableModel::Country).data(MemberTableModel::RawValueRole).toString(),
              QStringLiteral("LT"));
    EXPECT_EQ(model.index(row, MemberTableModel::JoinedOn).data(MemberTableModel::RawValueRole).toDate(),
              QDate(2020, 8, 9));
    EXPECT_EQ(model.index(row, MemberTableModel::LastName).data(MemberTableModel::RawValueRole).toString(),
              QStringLiteral("ціханоўская"));
    EXPECT_EQ(model.index(row, 0).data(MemberTableModel::PkRole).toLongLong(), m_sviatlana.pk);
    EXPECT_EQ(model.index(row, 0).data(MemberTableModel::MemberRole).value<Member>().lastName,
              QStringLiteral("Ціханоўская"));
    EXPECT_EQ(model.memberAt(row)->pk, m_sviatlana.pk);
    EXPECT_EQ(model.headerData(MemberTableModel::Email, Qt::Horizontal).toString(), QStringLiteral("E-mail"));
    EXPECT_EQ(model.rowOfPk(424242), -1);
}

TEST_F(MemberModels, TableModelFollowsChanges)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const Member added = add(person(QStringLiteral("Maria"), QStringLiteral("Kalesnikava"), QStringLiteral("DE"), {}));
    model.reload();
    EXPECT_EQ(model.rowCount(), 4);

    Member changed = added;
    changed.city = QStringLiteral("Berlin");
    ASSERT_TRUE(m_repository->update(changed));
    model.reload();
    EXPECT_EQ(model.index(model.rowOfPk(added.pk), MemberTableModel::City).data().toString(), QStringLiteral("Berlin"));

    ASSERT_TRUE(m_repository->remove(m_alena.pk));
    model.reload();
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfPk(m_alena.pk), -1);

    ASSERT_TRUE(m_repository->restore(m_alena.pk));
    model.reload();
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(MemberModels, TableModelFiltersAndSortsInSql)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.sort(MemberTableModel::LastName);
    EXPECT_EQ(lastNames(model),
              (QStringList{QStringLiteral("Bialiatski"), QStringLiteral("Kavalenka"), QStringLiteral("Ціханоўская")}));
    model.sort(MemberTableModel::JoinedOn, Qt::DescendingOrder);
    EXPECT_EQ(lastNames(model).first(), QStringLiteral("Kavalenka"));

    model.setCountryFilter(QStringLiteral("pl"));
    EXPECT_EQ(model.rowCount(), 2);
    model.setSkillFilter(QStringLiteral("teacher"));
    EXPECT_EQ(lastNames(model), QStringList{QStringLiteral("Kavalenka")});
    model.setCountryFilter(QString());
    EXPECT_EQ(model.rowCount(), 2);
    model.setStatusFilter(MemberStatus::Active);
    EXPECT_EQ(lastNames(model), QStringList{QStringLiteral("Ціханоўская")});
    model.setGroupFilter(QStringLiteral("media"));
    EXPECT_EQ(model.rowCount(), 1);
    model.setGroupFilter(QStringLiteral("finance"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setGroupFilter(QString());
    model.setStatusFilter(std::nullopt);
    model.setSkillFilter(QString());
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(MemberModels, TableModelSearchesAcrossScripts)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    model.setSearchText(QStringLiteral("Tsikh"));
    EXPECT_EQ(model.searchText(), QStringLiteral("Tsikh"));
    EXPECT_EQ(lastNames(model), QStringList{QStringLiteral("Ціханоўская")});
    model.setSearchText(QStringLiteral("Каваленка"));
    EXPECT_EQ(lastNames(model), QStringList{QStringLiteral("Kavalenka")});
    model.setSearchText(QStringLiteral("nobody"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSearchText(QString());
    EXPECT_EQ(model.rowCount(), 3);

    // A member added or renamed while a search is shown is matched at once.
    model.setSearchText(QStringLiteral("Kales"));
    EXPECT_EQ(model.rowCount(), 0);
    const Member maria = add(person(QStringLiteral("Марыя"), QStringLiteral("Калеснікава"), QStringLiteral("DE"), {}));
    model.reload();
    EXPECT_EQ(lastNames(model), QStringList{QStringLiteral("Калеснікава")});
    Member renamed = *m_repository->find(m_ihar.pk);
    renamed.lastName = QStringLiteral("Kalesnik");
    ASSERT_TRUE(m_repository->update(renamed));
    model.reload();
    EXPECT_EQ(model.rowCount(), 2);
    model.reload();
    EXPECT_EQ(model.rowCount(), 2);
}

namespace {

// Many members over several pages of the list, in both scripts, with ties, empty fields and a deleted one.
class LongMemberList : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_repository = std::make_unique<MemberRepository>(*m_db);
        const QStringList lasts{QStringLiteral("Ціханоўская"), QStringLiteral("kavalenka"),
                                QStringLiteral("Bialiatski"),  QStringLiteral("Łukašyk"),
                                QStringLiteral("Іваноў"),      QStringLiteral(""),
                                QStringLiteral("Ёрш"),         QStringLiteral("Zhuk")};
        const QStringList countries{QStringLiteral("PL"), QStringLiteral("LT"), QString(), QStringLiteral("DE")};
        for (int i = 0; i < 700; ++i) {
            Member member;
            member.firstName = QStringLiteral("Name%1").arg(i % 13);
            member.lastName = lasts.at(i % lasts.size());
            member.country = countries.at(i % countries.size());
            member.city = i % 5 == 0 ? QString() : QStringLiteral("City%1").arg(i % 9);
            member.status = i % 3 == 0 ? MemberStatus::Inactive : MemberStatus::Active;
            member.skills = i % 4 == 0 ? QStringList{QStringLiteral("Lawyer")}
                                       : QStringList{QStringLiteral("lawyer"), QStringLiteral("driver")};
            if (i % 6 == 1)
                member.skills.clear();
            member.joinedOn = QDate(2020, 1, 1).addDays(i % 50);
            Result<Member> added = m_repository->add(member);
            ASSERT_TRUE(added) << added.error().toStdString();
            m_members.append(added.value());
        }
        ASSERT_TRUE(m_repository->remove(m_members.at(10).pk));
        m_members.removeAt(10);
    }

    // The pks in the order the model shows them.
    static QList<qint64> shownPks(const MemberTableModel &model)
    {
        QList<qint64> pks;
        for (int row = 0; row < model.rowCount(); ++row)
            pks.append(model.index(row, 0).data(MemberTableModel::PkRole).toLongLong());
        return pks;
    }

    // The pks in the order of `key`, ties by pk.
    QList<qint64> expectedPks(const std::function<QByteArray(const Member &)> &key, bool descending = false) const
    {
        QList<Member> sorted = m_members;
        std::sort(sorted.begin(), sorted.end(), [&](const Member &a, const Member &b) {
            const QByteArray ka = key(a);
            const QByteArray kb = key(b);
            if (ka != kb)
                return descending ? ka > kb : ka < kb;
            return descending ? a.pk > b.pk : a.pk < b.pk;
        });
        QList<qint64> pks;
        for (const Member &member : sorted)
            pks.append(member.pk);
        return pks;
    }

    test::ScratchDatabase m_db;
    std::unique_ptr<MemberRepository> m_repository;
    QList<Member> m_members;
};

} // namespace

TEST_F(LongMemberList, EveryOrderIsTheOrderOfItsKeys)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.rowCount(), 699);
    EXPECT_EQ(model.totalCount(), 699);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return sortkey::of(m.lastName); }));
    model.sort(MemberTableModel::LastName, Qt::DescendingOrder);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return sortkey::of(m.lastName); }, true));
    model.sort(MemberTableModel::FirstName);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return sortkey::of(m.firstName); }));
    model.sort(MemberTableModel::City);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return sortkey::of(m.city); }));
    model.sort(MemberTableModel::Country, Qt::DescendingOrder);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return m.country.toUtf8(); }, true));
    model.sort(MemberTableModel::JoinedOn);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return m.joinedOn.toString(Qt::ISODate).toUtf8(); }));
    model.sort(MemberTableModel::Status);
    EXPECT_EQ(shownPks(model), expectedPks([](const Member &m) { return memberStatusKey(m.status).toUtf8(); }));

    // The rows far down the list are the members of those places, read when asked for.
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.memberAt(last)->pk, shownPks(model).constLast());
    EXPECT_EQ(model.index(last, MemberTableModel::FirstName).data().toString(), model.memberAt(last)->firstName);
}

TEST_F(LongMemberList, NamesSortInTheAlphabetOfTheLanguageShown)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Belarusian));
    MemberTableModel model(*m_repository);
    QLocale::setDefault(before);
    EXPECT_EQ(model.language(), QLocale::Belarusian);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, MemberTableModel::LastName).data().toString();
        if (order.isEmpty() || order.constLast() != name)
            order.append(name);
    }
    EXPECT_EQ(order, (QStringList{QString(), QStringLiteral("Ёрш"), QStringLiteral("Іваноў"),
                                  QStringLiteral("Ціханоўская"), QStringLiteral("Bialiatski"),
                                  QStringLiteral("kavalenka"), QStringLiteral("Łukašyk"), QStringLiteral("Zhuk")}));
    model.reload();
    EXPECT_EQ(model.language(), QLocale().language());
    EXPECT_EQ(model.index(model.rowCount() - 1, MemberTableModel::LastName).data().toString(),
              QStringLiteral("Ціханоўская"));
}

TEST_F(LongMemberList, FiltersCountEveryoneAndMatchSpellingsInAnyCase)
{
    MemberTableModel model(*m_repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto count = [this](const std::function<bool(const Member &)> &keep) {
        return int(std::count_if(m_members.cbegin(), m_members.cend(), keep));
    };
    model.setStatusFilter(MemberStatus::Inactive);
    EXPECT_EQ(model.rowCount(), count([](const Member &m) { return m.status == MemberStatus::Inactive; }));
    EXPECT_EQ(model.totalCount(), 699);
    model.setCountryFilter(QStringLiteral("lt"));
    EXPECT_EQ(model.rowCount(), count([](const Member &m) {
                  return m.status == MemberStatus::Inactive && m.country == QLatin1String("LT");
              }));
    model.setStatusFilter(std::nullopt);
    model.setCountryFilter({});
    // "Lawyer" and "lawyer" are one skill.
    model.setSkillFilter(QStringLiteral("LAWYER"));
    EXPECT_EQ(model.rowCount(), count([](const Member &m) { return !m.skills.isEmpty(); }));
    model.setSkillFilter(QStringLiteral("driver"));
    EXPECT_EQ(model.rowCount(), count([](const Member &m) { return m.skills.contains(QLatin1String("driver")); }));
    model.setSkillFilter(QStringLiteral("no such skill"));
    EXPECT_EQ(model.rowCount(), 0);
    model.setSkillFilter({});
    const QSet<qint64> two{m_members.at(3).pk, m_members.at(400).pk};
    model.setOnlyMembers(two);
    const QList<qint64> shown = shownPks(model);
    EXPECT_EQ(QSet<qint64>(shown.cbegin(), shown.cend()), two);
    model.setOnlyMembers(std::nullopt);
    EXPECT_EQ(model.rowCount(), 699);
    EXPECT_EQ(model.valuesInUse(MemberList::Values::Countries).size(), 3);
}

TEST_F(LongMemberList, SelectedRowsFollowTheirMembersThroughSortsAndFilters)
{
    MemberTableModel model(*m_repository);
    QItemSelectionModel selection(&model);
    const qint64 chosen = m_members.at(123).pk;
    selection.setCurrentIndex(model.index(model.rowOfPk(chosen), 2),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    model.sort(MemberTableModel::City, Qt::DescendingOrder);
    EXPECT_EQ(selection.currentIndex().row(), model.rowOfPk(chosen));
    EXPECT_EQ(selection.currentIndex().data(MemberTableModel::PkRole).toLongLong(), chosen);
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(selection.selectedRows().constFirst().data(MemberTableModel::PkRole).toLongLong(), chosen);

    // Filtered away, the selection goes; a deleted member goes at the next reload.
    model.setStatusFilter(m_members.at(123).status == MemberStatus::Active ? MemberStatus::Inactive
                                                                           : MemberStatus::Active);
    EXPECT_FALSE(selection.currentIndex().isValid());
    model.setStatusFilter(std::nullopt);
    ASSERT_TRUE(m_repository->remove(chosen));
    model.reload();
    EXPECT_EQ(model.rowOfPk(chosen), -1);
    EXPECT_EQ(model.rowCount(), 698);
}

TEST_F(LongMemberList, AFailedReadIsSaidAndTheListKeepsWhatItShowed)
{
    MemberTableModel model(*m_repository);
    QStringList said;
    QObject::connect(&model, &MemberTableModel::readFailed, [&said](const QString &message) { said.append(message); });
    const int shown = model.rowCount();
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE members RENAME TO members_gone")));
    model.sort(MemberTableModel::City);
    ASSERT_EQ(said.size(), 1);
    EXPECT_FALSE(model.error().isEmpty());
    EXPECT_EQ(model.rowCount(), shown);
    EXPECT_EQ(model.sortColumn(), MemberTableModel::City);
    // A row not read yet cannot be shown: it is empty, not someone else.
    EXPECT_FALSE(model.memberAt(shown - 1).has_value());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE members_gone RENAME TO members")));
    model.reload();
    EXPECT_TRUE(model.error().isEmpty());
    EXPECT_TRUE(model.memberAt(shown - 1).has_value());
}

TEST_F(LongMemberList, ASearchThatReachesItsLimitSaysSo)
{
    MemberTableModel model(*m_repository);
    model.setSearchText(QStringLiteral("Name1"));
    const int found = model.rowCount();
    ASSERT_GT(found, 3);
    EXPECT_FALSE(model.searchCapped());
    model.setSearchLimit(3);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.searchCapped());
    model.setSearchLimit(found);
    EXPECT_EQ(model.rowCount(), found);
    EXPECT_TRUE(model.searchCapped()); // as many as the limit: more may match
    model.setSearchLimit(100000);
    EXPECT_FALSE(model.searchCapped());
    model.setSearchText({});
    EXPECT_FALSE(model.searchCapped());
    EXPECT_EQ(model.rowCount(), 699);
}
